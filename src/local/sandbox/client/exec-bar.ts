/**
 * The local-only bar on top of the web app: which demo employee you are (on Google, the signed-in
 * account decides). Injected by the sandbox server; it does not exist in the Apps Script build.
 */
import { sandboxMessages } from '../../../core/messages/sandbox';

declare global {
  interface Window { KANRI_SANDBOX_USERS?: { people: { email: string; label: string }[]; current: string }; KANRI_RPC_HEADERS?: Record<string, string> }
}

const lang = localStorage.getItem('kanri.lang') === 'en' ? 'en' : 'ja';
const m = sandboxMessages[lang];
const data = window.KANRI_SANDBOX_USERS ?? { people: [], current: '' };

const style = document.createElement('style');
style.textContent = `#kanri-sandbox-bar { display: flex; align-items: center; gap: 8px; padding: 6px 12px; background: #fef7e0; border-bottom: 1px solid #f9e1a0; font: 13px/1.3 system-ui, sans-serif; color: #5f4b00; }
#kanri-sandbox-bar select { flex: 1; min-width: 0; min-height: 36px; font: inherit; border: 1px solid #e0c46c; border-radius: 6px; background: #fff; }
#kanri-sandbox-bar span { white-space: nowrap; }`;
const bar = document.createElement('div');
bar.id = 'kanri-sandbox-bar';
const label = document.createElement('label');
label.htmlFor = 'kanri-sandbox-user';
const tag = document.createElement('span');
tag.textContent = `${m['sandbox.employeeAs']} (${m['sandbox.localOnly']})`;
label.append(tag);
const select = document.createElement('select');
select.id = 'kanri-sandbox-user';
if (!data.people.length) select.append(new Option(m['sandbox.noEmployees'], ''));
for (const p of data.people) select.append(new Option(p.label, p.email, false, p.email === data.current));
select.addEventListener('change', () => {
  // The server's token, injected with the page (pages.ts): the switch is refused without it.
  fetch('/api/web-user', { method: 'POST', headers: Object.assign({}, window.KANRI_RPC_HEADERS, { 'Content-Type': 'application/json' }), body: JSON.stringify({ email: select.value }) })
    .then(() => location.reload(), () => location.reload());
});
bar.append(label, select);
document.head.append(style);
document.body.insertBefore(bar, document.body.firstChild);
