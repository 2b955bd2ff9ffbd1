/**
 * The overwork section of the attendance sidebar (issue 15, item 1): the people at risk first, each
 * with this month so far, the month-end pace (「このペースだと26日に45時間を超えます」) and the 36協定
 * limits with their status; the departments compared, with the 6-month trend drawn as inline SVG
 * (DOM API, no library); a button for the executive report (sheet 「36協定レポート」 and its PDF).
 * Labels of limits, hours and the chart's geometry come from src/core/attendance/overworkReport.ts,
 * the same code the sheet and the PDF use.
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import type { PageLang } from '../messages';
import { ot } from './overwork-messages';
import type { OverworkDepartment, OverworkPerson, OverworkView } from '../../src/core/attendance/overwork';
import type { LimitStatus } from '../../src/core/attendance/agreement36';
import { dayOfMonth, hoursText, limitLabel, limitValueText, statusLabel, trendChart } from '../../src/core/attendance/overworkReport';

interface ReportResult { sheet: string; fileName: string; base64: string }

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const pill = (lang: PageLang, s: LimitStatus) => el('span', { class: `pill ow-${s}` }, statusLabel(lang, s));
const monthText = (m: string, lang: PageLang) => (lang === 'ja' ? `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月` : m);

function chart(lang: PageLang, departments: OverworkDepartment[]): Element {
  const c = trendChart(departments);
  const months = departments[0]?.trend.map((t) => t.month) ?? [];
  const label = ot(lang, 'trendLabel', { from: monthText(months[0] ?? '', lang), to: monthText(months[months.length - 1] ?? '', lang) });
  const root = svg('svg', { viewBox: `0 0 ${c.width} ${c.height}`, role: 'img', 'aria-label': label, class: 'ow-chart', id: 'overwork-chart' });
  root.append(svg('title', {}, label));
  for (const t of c.ticks) {
    root.append(svg('line', { x1: c.plot.left, x2: c.plot.right, y1: t.y, y2: t.y, stroke: '#dadce0' }));
    root.append(svg('text', { x: c.plot.left - 4, y: t.y + 3, 'font-size': 10, 'text-anchor': 'end', fill: '#5f6368' }, t.label));
  }
  for (const m of c.months) root.append(svg('text', { x: m.x, y: c.height - 6, 'font-size': 10, 'text-anchor': 'middle', fill: '#5f6368' }, lang === 'ja' ? `${m.label}月` : m.label));
  departments.forEach((d, k) => {
    const s = c.series[k]!;
    // months with nobody on record (before the first close) draw no point
    const points = s.points.filter((_, i) => d.trend[i]!.employees > 0);
    root.append(svg('polyline', { fill: 'none', stroke: s.color, 'stroke-width': 2, points: points.map((p) => `${p.x},${p.y}`).join(' ') }));
    for (const p of points) {
      const dot = svg('circle', { cx: p.x, cy: p.y, r: 3, fill: s.color });
      dot.append(svg('title', {}, `${d.department} ${hoursText(p.minutes, lang)}`));
      root.append(dot);
    }
  });
  const legend = el('p', { class: 'ow-legend' }, ...c.series.map((s) => el('span', {}, el('span', { class: 'ow-swatch', style: `background:${s.color}` }), s.department)));
  return el('figure', { class: 'ow-figure' }, root, legend);
}

function departmentCard(lang: PageLang, d: OverworkDepartment): Element {
  return el('li', { class: `ow-card ow-${d.worst}`, 'data-department': d.department },
    el('div', { class: 'ow-head' }, el('strong', {}, d.department), pill(lang, d.worst)),
    el('div', {}, `${ot(lang, 'soFar')} ${hoursText(d.soFarMinutes, lang)}・${ot(lang, 'projected')} ${hoursText(d.projectedMinutes, lang)}`),
    el('div', { class: 'muted' }, `${ot(lang, 'perPerson')} ${hoursText(d.people ? Math.floor(d.projectedMinutes / d.people) : 0, lang)}・${ot(lang, 'counts', { violations: d.violations, warnings: d.warnings })}`));
}

function personCard(lang: PageLang, p: OverworkPerson, asOf: string): Element {
  const over = p.soFar.overtimeMinutes > (p.limits.find((l) => l.id === 'monthly45')?.limit ?? Infinity);
  const pace = over ? ot(lang, 'alreadyOver')
    : p.crosses45On && p.crosses45On > asOf ? ot(lang, 'willCross', { day: dayOfMonth(p.crosses45On), date: p.crosses45On }) : '';
  const atIssue = p.limits.filter((l) => l.projectedStatus !== 'ok');
  const limitRow = (l: OverworkPerson['limits'][number]) => el('li', { 'data-limit': l.id },
    el('span', {}, limitLabel(lang, l.id)), ' ', pill(lang, l.status),
    el('div', { class: 'muted' }, ot(lang, 'limitLine', { value: limitValueText(lang, l.id, l.value), limit: limitValueText(lang, l.id, l.limit) }),
      l.projectedStatus !== l.status ? `・${ot(lang, 'projectedStatus', { status: statusLabel(lang, l.projectedStatus) })}` : '',
      `・${l.article}`));
  return el('li', { class: `ow-card ow-${p.worst}`, 'data-code': p.code },
    el('div', { class: 'ow-head' }, el('strong', {}, p.name), el('span', { class: 'muted' }, ` ${p.code}・${p.department}`), pill(lang, p.worst)),
    el('div', {}, ot(lang, 'overtimeLine', { soFar: hoursText(p.soFar.overtimeMinutes, lang), holiday: hoursText(p.soFar.holidayMinutes, lang) })),
    p.projected ? el('div', {}, ot(lang, 'projectedLine', { projected: hoursText(p.projected.overtimeMinutes, lang) })) : null,
    pace ? el('div', { class: 'ow-pace' }, pace) : null,
    ...p.earlier.map((e) => el('div', { class: 'ow-earlier' }, ot(lang, 'earlier', {
      month: monthText(e.month, lang), limit: limitLabel(lang, e.id), value: limitValueText(lang, e.id, e.value) }))),
    atIssue.length ? el('ul', { class: 'ow-limits' }, ...atIssue.map(limitRow)) : null,
    el('details', {}, el('summary', {}, ot(lang, 'allLimits')), el('ul', { class: 'ow-limits' }, ...p.limits.map(limitRow))));
}

function render(lang: PageLang, out: Element, v: OverworkView): void {
  clear(out);
  const first = v.people.find((p) => p.elapsedDays !== null);
  out.append(el('p', { id: 'overwork-summary', class: v.totals.violations ? 'msg error' : v.totals.warnings ? 'msg ow-warnmsg' : 'msg' },
    v.totals.violations || v.totals.warnings ? ot(lang, 'summary', v.totals) : ot(lang, 'summaryOk', v.totals)));
  out.append(el('p', { class: 'muted' }, first ? ot(lang, 'asOf', { date: v.asOf, elapsed: first.elapsedDays!, total: first.totalDays! }) : ot(lang, 'closedMonth')));
  const risk = v.people.filter((p) => p.worst !== 'ok');
  out.append(el('h3', {}, risk.length ? ot(lang, 'atRisk', { count: risk.length }) : ot(lang, 'noneAtRisk')));
  if (risk.length) out.append(el('ul', { class: 'ow-list', id: 'overwork-people' }, ...risk.map((p) => personCard(lang, p, v.asOf))));
  out.append(el('h3', {}, ot(lang, 'departments')));
  out.append(el('ul', { class: 'ow-list', id: 'overwork-departments' }, ...v.departments.map((d) => departmentCard(lang, d))));
  if (v.departments.length) {
    out.append(el('h3', {}, ot(lang, 'trend')));
    out.append(chart(lang, v.departments));
  }
}

/** Mounts the section into `parent`: first the server's current month (the open month, where the pace matters). */
export function mountOverwork(parent: Element, lang: PageLang): void {
  const month = el('input', { type: 'month', id: 'overwork-month', name: 'overwork-month' });
  const chosen = () => (month.value ? { month: month.value } : {});
  const out = el('div', { id: 'overwork' });
  const result = el('div', { id: 'overwork-result', role: 'status' });
  const load = () => {
    clear(out);
    out.append(el('p', { class: 'muted' }, ot(lang, 'working')));
    call('overworkView', chosen()).then((v) => { month.value = v.month; render(lang, out, v); }, (e) => {
      clear(out);
      out.append(el('p', { class: 'msg error' }, errorText(e, lang)));
    });
  };
  const button = el('button', { type: 'button', id: 'overwork-report', onclick: async () => {
    clear(result);
    button.disabled = true;
    result.append(el('p', { class: 'muted' }, ot(lang, 'working')));
    try {
      const r = await call('overworkReport', { ...chosen(), ...(lang === 'en' ? { lang: 'en' } : {}) });
      clear(result);
      result.append(el('div', { class: 'msg' }, ot(lang, 'reportDone', { sheet: r.sheet, file: r.fileName }), ' ',
        el('a', { href: `data:application/pdf;base64,${r.base64}`, download: r.fileName, id: 'overwork-pdf' }, ot(lang, 'download'))));
    } catch (err) {
      clear(result);
      result.append(el('p', { class: 'msg error' }, errorText(err, lang)));
    } finally {
      button.disabled = false;
    }
  } }, ot(lang, 'report'));
  month.addEventListener('change', load);
  parent.append(el('section', { id: 'overwork-section', 'aria-labelledby': 'overwork-title' },
    el('h2', { id: 'overwork-title' }, ot(lang, 'title')),
    el('label', { for: 'overwork-month' }, ot(lang, 'month')), month,
    out,
    el('p', { class: 'muted' }, ot(lang, 'reportHint')),
    el('p', { class: 'row' }, button), result));
  load();
}
