/**
 * Payroll outputs on the demo company (issue 6): the 全銀 file read back byte by byte against the layout
 * (../shared/reference/zengin/zengin_transfer_format.md), a payslip PDF as text (pdftotext), the journal
 * balanced, payslip mail sent once per employee within the daily quota, and every export refusing a run
 * that is not closed. Expected figures come from the workbook the demo closed (給与計算, 賃金台帳), the
 * reference layout and the mail rule, never from the exporters themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { demoCompany } from '../support/demo';
import { Company, CompanyError } from '../../src/local/company';
import { kanri, tempDir } from '../support/company';
import { sheetValues } from '../support/digest';
import { expectOneAddresseeEach } from '../support/outbox';

jest.setTimeout(400_000);

const AS_OF = '2026-11-25';
const AT = new Date('2026-11-26T01:00:00Z');
let demo: string;
let admin: string;
/** 給与計算 2026-10 and its 賃金台帳 rows, as the demo closed them. */
let netTotal: number;
let ledger: { code: string; name: string; netPay: number }[];
let employees: { code: string; name: string; email: string }[];

beforeAll(() => {
  demo = tempDir('kanri-outputs-demo-');
  admin = demoCompany(demo, { asOf: AS_OF }).admin;
  const sheets = sheetValues(demo);
  const runs = sheets['給与計算']!;
  const h = runs[0]!;
  const run = runs.find((r) => r[h.indexOf('計算ID')] === '2026-10')!;
  netTotal = run[h.indexOf('差引支給額合計')] as number;
  const l = sheets['賃金台帳']!;
  const lh = l[0]!;
  ledger = l.slice(1).filter((r) => r[lh.indexOf('計算ID')] === '2026-10')
    .map((r) => ({ code: String(r[lh.indexOf('社員番号')]), name: String(r[lh.indexOf('氏名')]), netPay: r[lh.indexOf('差引支給額')] as number }));
  const e = sheets['従業員']!;
  const eh = e[0]!;
  employees = e.slice(1).map((r) => ({ code: String(r[eh.indexOf('社員番号')]), name: String(r[eh.indexOf('氏名')]), email: String(r[eh.indexOf('メールアドレス')]) }));
});

function copy(options: { mailDailyRecipients?: number } = {}): Company {
  const dir = tempDir('kanri-outputs-');
  fs.cpSync(demo, dir, { recursive: true });
  const company = new Company(dir, options);
  company.clock = ticking(AT);
  return company;
}

const sjis = new TextDecoder('shift_jis');

/** A simulated clock that starts at `from` and moves with real time (quota windows start at the first mail). */
function ticking(from: Date): () => Date {
  const started = Date.now();
  return () => new Date(from.getTime() + Date.now() - started);
}

test('the 全銀 salary file of 2026-10: 120-byte records, header/data/trailer/end by the layout, trailer = data = the run\'s net total', () => {
  const company = copy();
  const r = company.rpc('exportBankFile', { runId: '2026-10', kind: 'salary' }, admin) as { base64: string; count: number; total: number };
  const bytes = Buffer.from(r.base64, 'base64');
  // CR LF after each record (the default): n records of 122 bytes.
  expect(bytes.length % 122).toBe(0);
  const records: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 122) {
    expect([bytes[at + 120], bytes[at + 121]]).toEqual([0x0d, 0x0a]);
    records.push(bytes.subarray(at, at + 120));
  }
  for (const rec of records) expect(rec.length).toBe(120);
  // Every byte is a single-byte Shift_JIS character: ASCII or half-width katakana 0xA1–0xDF.
  for (const b of bytes) expect(b < 0x80 || (b >= 0xa1 && b <= 0xdf)).toBe(true);
  const text = (rec: Buffer, from: number, to: number) => sjis.decode(rec.subarray(from - 1, to));
  const [header, ...rest] = records;
  const end = rest.pop()!;
  const trailer = rest.pop()!;
  const data = rest;
  // Header (positions from the reference table): 1 データ区分, 2–3 種別コード 11 (給与), 4 コード区分 0, 5–14 委託者コード,
  // 55–58 振込指定日 MMDD = the pay date 2026-11-25, 59–62 仕向銀行番号, 97–103 口座番号 (the demo's 設定 bank.*).
  expect(text(header!, 1, 1)).toBe('1');
  expect(text(header!, 2, 3)).toBe('11');
  expect(text(header!, 4, 4)).toBe('0');
  expect(text(header!, 5, 14)).toBe('1234567890');
  expect(text(header!, 55, 58)).toBe('1125');
  expect(text(header!, 59, 62)).toBe('0001');
  expect(text(header!, 97, 103)).toBe('1234567');
  // Data: one per employee with net pay > 0, in the ledger's amounts.
  const paid = ledger.filter((x) => x.netPay > 0).sort((a, b) => (a.code < b.code ? -1 : 1));
  expect(data.length).toBe(paid.length);
  data.forEach((rec, i) => {
    expect(text(rec, 1, 1)).toBe('2');
    expect(text(rec, 39, 42)).toBe('0000'); // 手形交換所番号: 未使用 (0)
    expect(Number(text(rec, 81, 90))).toBe(paid[i]!.netPay);
    expect(text(rec, 91, 91)).toBe('0'); // 新規コード
  });
  // E001 吉田 千尋: 三菱UFJ 丸の内 普通 4284936, ヨシダ チヒロ → ﾖｼﾀﾞ ﾁﾋﾛ (濁点 as a separate ﾞ), left-aligned, space-filled.
  expect(text(data[0]!, 2, 5)).toBe('0005');
  expect(text(data[0]!, 21, 23)).toBe('011');
  expect(text(data[0]!, 43, 50)).toBe('14284936');
  expect(text(data[0]!, 51, 80)).toBe('ﾖｼﾀﾞ ﾁﾋﾛ'.padEnd(30, ' '));
  const dataTotal = data.reduce((s, rec) => s + Number(text(rec, 81, 90)), 0);
  expect(text(trailer, 1, 1)).toBe('8');
  expect(Number(text(trailer, 2, 7))).toBe(data.length);
  expect(Number(text(trailer, 8, 19))).toBe(dataTotal);
  expect(dataTotal).toBe(netTotal);
  expect(text(end, 1, 1)).toBe('9');
  expect(text(end, 2, 120)).toBe(' '.repeat(119));
  expect({ count: r.count, total: r.total }).toEqual({ count: data.length, total: netTotal });
  // LF and no line ending: the same records.
  const lf = Buffer.from((company.rpc('exportBankFile', { runId: '2026-10', kind: 'salary', lineEnding: 'LF' }, admin) as { base64: string }).base64, 'base64');
  expect(lf.length).toBe(records.length * 121);
  const none = Buffer.from((company.rpc('exportBankFile', { runId: '2026-10', kind: 'bonus', lineEnding: 'none' }, admin) as { base64: string }).base64, 'base64');
  expect(none.length).toBe(records.length * 120);
  expect(sjis.decode(none.subarray(1, 3))).toBe('12'); // 賞与振込
});

test('the journal of 2026-10 balances: debits = credits, net pay credited = the run\'s net total (generic UTF-8 with BOM, 弥生 Shift_JIS)', () => {
  const company = copy();
  const generic = company.rpc('exportJournal', { runId: '2026-10', format: 'generic' }, admin) as { base64: string };
  const text = Buffer.from(generic.base64, 'base64').toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
  expect(rows[0]).toEqual(['伝票日付', '伝票番号', '行番号', '借方勘定科目', '借方補助科目', '借方部門', '借方金額', '貸方勘定科目', '貸方補助科目', '貸方部門', '貸方金額', '摘要']);
  const body = rows.slice(1);
  const debit = body.reduce((s, r) => s + Number(r[6] || 0), 0);
  const credit = body.reduce((s, r) => s + Number(r[10] || 0), 0);
  expect(debit).toBe(credit);
  expect(debit).toBeGreaterThan(netTotal);
  expect(body.filter((r) => r[7] === '普通預金').reduce((s, r) => s + Number(r[10]), 0)).toBe(netTotal);
  expect(new Set(body.map((r) => r[5]).filter(Boolean))).toEqual(new Set(['設計', '施工管理', '営業', '管理部']));
  expect(body.every((r) => r[0] === '2026-11-25')).toBe(true);

  const yayoi = company.rpc('exportJournal', { runId: '2026-10', format: 'yayoi' }, admin) as { base64: string };
  const lines = sjis.decode(Buffer.from(yayoi.base64, 'base64')).trimEnd().split('\r\n').map((l) => l.split(','));
  // 弥生インポート形式: 25 columns; 借方金額 column 9, 貸方金額 column 15 (support.yayoi-kk.co.jp page_id=18545).
  expect(lines.every((l) => l.length === 25)).toBe(true);
  expect(lines.reduce((s, l) => s + Number(l[8]), 0)).toBe(lines.reduce((s, l) => s + Number(l[14]), 0));
  expect(lines[0]![0]).toBe('2110');
  expect(lines[lines.length - 1]![0]).toBe('2101');
});

test('one employee\'s payslip PDF, as text, has their net pay and name and no other employee\'s name', () => {
  const company = copy();
  const me = ledger.find((x) => x.code === 'E003')!;
  const [pdf] = (company.rpc('payslipPdfs', { runId: '2026-10', employeeCode: 'E003' }, admin) as { pdfs: { base64: string }[] }).pdfs;
  const file = path.join(company.dir, 'E003.pdf');
  fs.writeFileSync(file, Buffer.from(pdf!.base64, 'base64'));
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const text = run.stdout.replace(/\s+/g, '');
  expect(text).toContain(me.netPay.toLocaleString('en-US'));
  expect(text).toContain(me.name.replace(/\s+/g, ''));
  expect(text).toContain('2026年10月分');
  for (const other of employees.filter((x) => x.code !== 'E003')) expect(text).not.toContain(other.name.replace(/\s+/g, ''));
});

test('payslip PDFs come one bounded page per call (a google.script.run reply never holds every PDF)', () => {
  const company = copy();
  const first = company.rpc('payslipPdfs', { runId: '2026-10' }, admin) as { pdfs: { employeeCode: string; base64: string }[]; total: number; next: number | null };
  expect(ledger.length).toBeGreaterThan(10);
  expect(first.total).toBe(ledger.length);
  expect(first.pdfs).toHaveLength(10);
  expect(first.next).toBe(10);
  for (const p of first.pdfs) expect(Buffer.from(p.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const last = company.rpc('payslipPdfs', { runId: '2026-10', from: ledger.length - 2 }, admin) as typeof first;
  expect(last.pdfs).toHaveLength(2);
  expect(last.next).toBeNull();
  expect(new Set([...first.pdfs, ...last.pdfs].map((p) => p.employeeCode)).size).toBe(12);
});

test('payslips: mailed once per employee, alone, within the daily quota, continuing where it stopped; resend is explicit', () => {
  const limited = copy({ mailDailyRecipients: 10 });
  const dir = limited.dir;
  const first = limited.rpc('sendPayslips', { runId: '2026-10' }, admin) as { sent: number; pending: number; quotaExhausted: boolean; message?: { ja: string } };
  expect(first).toMatchObject({ sent: 10, pending: ledger.length - 10, quotaExhausted: true });
  expect(first.message!.ja).toContain(String(ledger.length - 10));
  // The same day: the quota is used up, nothing more goes out.
  expect(limited.rpc('sendPayslips', { runId: '2026-10' }, admin)).toMatchObject({ sent: 0, alreadySent: 10, pending: ledger.length - 10 });
  expect(limited.rpc('payslipStatus', { runId: '2026-10' }, admin)).toMatchObject({ total: ledger.length, sent: 10, pending: ledger.length - 10, remainingQuota: 0 });
  // The next day (a new 24-hour window; a larger quota so the test stays short): continues with the rest,
  // then a third run sends nothing.
  const later = new Company(dir, { mailDailyRecipients: 100 });
  later.clock = ticking(new Date(AT.getTime() + 25 * 3600_000));
  expect(later.rpc('sendPayslips', { runId: '2026-10' }, admin)).toMatchObject({ sent: ledger.length - 10, alreadySent: 10, pending: 0, quotaExhausted: false });
  expect(later.rpc('sendPayslips', { runId: '2026-10' }, admin)).toMatchObject({ sent: 0, alreadySent: ledger.length, pending: 0 });
  const mails = expectOneAddresseeEach(dir);
  expect(mails.length).toBe(ledger.length);
  const byCode = new Map(employees.map((e) => [e.email, e]));
  const to = mails.map((m) => m.to[0]!);
  expect(new Set(to).size).toBe(ledger.length);
  expect(new Set(to)).toEqual(new Set(ledger.map((x) => employees.find((e) => e.code === x.code)!.email)));
  for (const m of mails) {
    const who = byCode.get(m.to[0]!)!;
    const net = ledger.find((x) => x.code === who.code)!.netPay;
    // The body names the employee and carries no amount; the PDF is attached, named for that employee.
    expect(m.text).toContain(who.name);
    expect(m.text).not.toContain(net.toLocaleString('en-US'));
    expect(m.attachments.map((a) => a.name)).toEqual([`給与明細_2026-10_${who.code}.pdf`]);
    expect(m.attachments[0]!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }
  // Saved in Drive, private to the owner: shared with nobody.
  const state = JSON.parse(fs.readFileSync(path.join(dir, '.kanri/state.json'), 'utf8')) as { drive: { items: Record<string, { name: string; kind: string; access: string; editors: string[]; viewers: string[]; trashed: boolean; owner: string }> } };
  const items = Object.values(state.drive.items);
  const slips = items.filter((i) => i.kind === 'file' && i.name.startsWith('給与明細_2026-10_') && !i.trashed);
  expect(slips.length).toBe(ledger.length);
  for (const f of [...slips, ...items.filter((i) => i.name === 'Kanri 給与明細' || i.name === '2026-10')]) {
    expect({ access: f.access, editors: f.editors, viewers: f.viewers, owner: f.owner }).toEqual({ access: 'PRIVATE', editors: [], viewers: [], owner: admin });
  }
  // Resend: only by the explicit action, one more mail to that employee alone.
  later.rpc('resendPayslip', { runId: '2026-10', employeeCode: 'E001' }, admin);
  const after = expectOneAddresseeEach(dir);
  expect(after.length).toBe(ledger.length + 1);
  expect(after[after.length - 1]!.to).toEqual([employees.find((e) => e.code === 'E001')!.email]);
});

test('an employee sees only their own payslips of closed runs, and cannot mail or export', () => {
  const company = copy();
  const e = employees.find((x) => x.code === 'E002')!;
  const mine = company.rpc('myPayslips', {}, e.email, { fromWebApp: true }) as { runId: string; netPay: number; earnings: unknown[] }[];
  expect(mine.map((p) => p.runId)).toEqual(['2026-10', '2026-09', '2026-08']);
  expect(mine[0]!.netPay).toBe(ledger.find((x) => x.code === 'E002')!.netPay);
  const pdf = company.rpc('myPayslipPdf', { runId: '2026-10' }, e.email, { fromWebApp: true }) as { fileName: string; base64: string };
  expect(pdf.fileName).toBe('給与明細_2026-10_E002.pdf');
  expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  expect(() => company.rpc('myPayslipPdf', { runId: '2026-11' }, e.email, { fromWebApp: true })).toThrow(CompanyError);
  for (const [name, input] of [['sendPayslips', { runId: '2026-10' }], ['exportBankFile', { runId: '2026-10', kind: 'salary' }], ['payslipPdfs', { runId: '2026-10' }]] as const) {
    expect(() => company.rpc(name, input, e.email, { fromWebApp: true })).toThrow(CompanyError);
  }
});

test('every export refuses a run that is not closed (2026-11 is open)', () => {
  const company = copy();
  for (const [name, input] of [
    ['sendPayslips', { runId: '2026-11' }], ['exportBankFile', { runId: '2026-11', kind: 'salary' }],
    ['exportJournal', { runId: '2026-11', format: 'generic' }], ['payslipPdfs', { runId: '2026-11' }],
  ] as const) {
    expect(() => company.rpc(name, input, admin)).toThrow('2026-11 の給与は確定していません。');
  }
  expect(fs.readdirSync(path.join(company.dir, 'outbox'))).toEqual([]);
});

test('the yearly wage ledger and 源泉徴収簿 are written to protected sheets in one write each, with a PDF', () => {
  const company = copy();
  const wage = company.rpc('exportWageLedger', { year: 2026 }, admin) as { sheet: string; employees: number; rows: number; base64: string };
  expect(wage.sheet).toBe('賃金台帳(年次) 2026');
  expect(wage.employees).toBe(42);
  // Header + per employee: the three payments of 2026 (paid Sep, Oct, Nov) and the year total.
  expect(wage.rows).toBe(1 + 42 * 4);
  expect(Buffer.from(wage.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  const withholding = company.rpc('exportWithholdingLedger', { year: 2026 }, admin) as { sheet: string };
  const sheets = sheetValues(company.dir);
  expect(sheets['賃金台帳(年次) 2026']!.length).toBe(1 + 42 * 4);
  expect(sheets[withholding.sheet]!.length).toBeGreaterThan(42);
  expect(() => company.rpc('exportWageLedger', { year: 2025 }, admin)).toThrow('2025年に支給日のある確定済みの給与はありません。');
});

test('the CLI exports through the same server path and refuses an open run (exit 1)', () => {
  const company = copy();
  const out = path.join(company.dir, 'bank.txt');
  const ok = kanri(['export', 'bank', company.dir, '--run', '2026-10', '--out', out]);
  expect(ok.stderr).toBe('');
  expect(ok.status).toBe(0);
  const bytes = fs.readFileSync(out);
  expect(bytes.length % 122).toBe(0);
  expect(Number(sjis.decode(bytes.subarray(bytes.length - 244 + 7, bytes.length - 244 + 19)))).toBe(netTotal);
  const journal = path.join(company.dir, 'j.csv');
  expect(kanri(['export', 'journal', company.dir, '--run', '2026-10', '--format', 'yayoi', '--out', journal]).status).toBe(0);
  expect(sjis.decode(fs.readFileSync(journal))).toContain('給与手当');
  const refused = kanri(['export', 'bank', company.dir, '--run', '2026-11', '--out', path.join(company.dir, 'no.txt')]);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('2026-11 の給与は確定していません。');
  expect(fs.existsSync(path.join(company.dir, 'no.txt'))).toBe(false);
});

/** Issue 12, item 9: Drive folders found by name. */
describe('issue 12 item 9: confidential files go only into the folders Kanri created, kept by ID, and never into a shared one', () => {
  type Item = { id: string; name: string; kind: string; parents: string[]; viewers: string[]; trashed: boolean; app?: boolean };
  const stateOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, '.kanri/state.json'), 'utf8')) as { drive: { rootId: string; items: Record<string, Item> }; properties: { script: Record<string, string> } };

  test('a pre-existing folder named 「Kanri 給与明細」 shared with an employee does not receive the bank file', () => {
    const company = copy();
    const staff = employees.find((e) => e.code === 'E002')!.email;
    // Made by a person in Drive's UI, shared with an employee: not Kanri's.
    company.services.update((s) => {
      s.drive.items.theirs = { id: 'theirs', kind: 'folder', name: 'Kanri 給与明細', parents: [s.drive.rootId], owner: company.owner, editors: [], viewers: [staff], access: 'PRIVATE', permission: 'NONE', trashed: false, mimeType: 'application/vnd.google-apps.folder', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' };
    });
    company.rpc('exportBankFile', { runId: '2026-10', kind: 'salary' }, admin);
    const state = stateOf(company.dir);
    const items = Object.values(state.drive.items);
    expect(items.filter((i) => i.parents.includes('theirs'))).toEqual([]);
    const kanriFolder = state.properties.script['KANRI_DRIVE_FOLDER:Kanri 給与明細'];
    expect(kanriFolder).toBeDefined();
    expect(kanriFolder).not.toBe('theirs');
    const runFolder = state.properties.script['KANRI_DRIVE_FOLDER:Kanri 給与明細/2026-10']!;
    expect(state.drive.items[runFolder]!.parents).toEqual([kanriFolder]);
    const bank = items.filter((i) => i.kind === 'file' && !i.trashed && i.parents.includes(runFolder));
    expect(bank.length).toBe(1);
    expect(bank[0]!.viewers).toEqual([]);
  });

  test('a Kanri folder shared afterwards is refused with a clear message (ja/en), and nothing is written', () => {
    const company = copy();
    company.rpc('exportBankFile', { runId: '2026-10', kind: 'salary' }, admin);
    const before = stateOf(company.dir);
    const top = before.properties.script['KANRI_DRIVE_FOLDER:Kanri 給与明細']!;
    const staff = employees.find((e) => e.code === 'E002')!.email;
    company.services.update((s) => {
      s.drive.items[top]!.viewers.push(staff);
    });
    const files = () => Object.values(stateOf(company.dir).drive.items).filter((i) => i.kind === 'file').length;
    const count = files();
    expect(() => company.rpc('exportJournal', { runId: '2026-10', format: 'generic' }, admin)).toThrow(
      `Google ドライブのフォルダ「Kanri 給与明細 / 2026-10」が共有されています (${staff})`,
    );
    try {
      company.rpc('exportJournal', { runId: '2026-10', format: 'generic' }, admin);
    } catch (e) {
      expect((e as Error).message).toContain('The Google Drive folder "Kanri 給与明細 / 2026-10" is shared');
    }
    expect(files()).toBe(count);
  });
});

test('payslips in batches the page drives: sent / total after each, a second start refused on the server while one runs', () => {
  const company = copy();
  type Batch = { sent: number; sentTotal: number; total: number; done: boolean; session: string };
  const first = company.rpc('sendPayslips', { runId: '2026-10', batch: 3 }, admin) as Batch;
  expect(first).toMatchObject({ sent: 3, sentTotal: 3, total: ledger.length, done: false });
  expect(first.session).toMatch(/\S/);
  // another start (another admin's sidebar, a double click) while this sending lives: refused, nothing mailed
  const second = company.run('sendPayslips', [{ runId: '2026-10', batch: 3 }], { kind: 'rpc', user: admin });
  expect(second.ok).toBe(false);
  expect(second.error!.message).toContain(`${admin}さんが`);
  expect(second.error!.message).toContain('給与明細を送っています。終わるまで待ってください');
  expect(company.run('sendPayslips', [{ runId: '2026-10' }], { kind: 'rpc', user: admin }).ok).toBe(false);
  expect(company.rpc('payslipStatus', { runId: '2026-10' }, admin)).toMatchObject({ sent: 3, sending: { by: admin } });
  const next = company.rpc('sendPayslips', { runId: '2026-10', batch: 3, session: first.session }, admin) as Batch;
  expect(next).toMatchObject({ sent: 3, sentTotal: 6, done: false, session: first.session });
  expect(expectOneAddresseeEach(company.dir)).toHaveLength(6);
  // the page was closed: after SENDING_STALE_MINUTES without a batch a new start takes over, continuing
  const later = new Company(company.dir);
  later.clock = ticking(new Date(AT.getTime() + 11 * 60_000));
  const resumed = later.rpc('sendPayslips', { runId: '2026-10', batch: 50 }, admin) as Batch;
  expect(resumed).toMatchObject({ sent: ledger.length - 6, sentTotal: ledger.length, done: true });
  expect(later.rpc('payslipStatus', { runId: '2026-10' }, admin)).toMatchObject({ sent: ledger.length, sending: null });
});
