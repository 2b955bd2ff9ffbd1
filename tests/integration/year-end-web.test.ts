/**
 * Issue 14, the employees' side of the 年末調整 on the demo company (as of 2026-12-03: the adjustment confirmed and
 * settled in the December pay, run 2026-11, closed):
 * - an employee declares their own 扶養控除等申告書 and 保険料控除申告書 from the web app: only their own rows are read
 *   or written (an employee code in the input is ignored), each change audited, a row left out withdrawn (取消);
 * - the admin locks a declaration (確認済み, 確認者): the employee's change is refused with a clear message; the admin
 *   unlocks it with a reason (in the audit rows); the employee cannot lock or unlock;
 * - the employee sees their own 令和8年分 源泉徴収票 (the confirmed row's figures) and opens its PDF;
 * - the admin mails every employee's own slip: in batches, once each; asked again, nothing is sent twice.
 */
import fs from 'node:fs';
import { demoCompany } from '../support/demo';
import { Company, CompanyError } from '../../src/local/company';
import { tempDir } from '../support/company';
import { sheetValues } from '../support/digest';
import { expectOneAddresseeEach } from '../support/outbox';
import { allCells } from '../security/fixture';

jest.setTimeout(900_000);

let demo: string;
let admin: string;
let employees: { code: string; name: string; email: string }[];

const rowsOf = (dir: string, sheet: string) => {
  const [h, ...rows] = sheetValues(dir)[sheet]!;
  return rows.map((r) => Object.fromEntries((h as string[]).map((k, i) => [k, r[i]])));
};

function copy(): Company {
  const dir = tempDir('kanri-ye-web-');
  fs.cpSync(demo, dir, { recursive: true });
  return new Company(dir);
}

/** The error's Japanese half ("日本語 / English"). */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CompanyError);
    return (e as Error).message.split(' / ')[0]!;
  }
  throw new Error('expected a refusal');
}

beforeAll(() => {
  demo = tempDir('kanri-ye-web-demo-');
  admin = demoCompany(demo, { asOf: '2026-12-03' }).admin;
  employees = rowsOf(demo, '従業員').map((r) => ({ code: String(r['社員番号']), name: String(r['氏名']), email: String(r['メールアドレス']) }));
});

const declaration = (selfName: string) => ({
  year: 2026,
  people: [
    { person: '本人', name: selfName, birthDate: '1988-04-10', estimatedIncome: 0, widowOrSingleParent: 'なし', workingStudent: false },
    { person: '配偶者', name: '申告 配偶者', birthDate: '1989-09-01', estimatedIncome: 480_000, livingTogether: true, disability: 'なし' },
    { person: '扶養親族', name: '申告 長男', relation: '長男', birthDate: '2007-06-15', estimatedIncome: 0, livingTogether: true },
    { person: '扶養親族', name: '申告 母', relation: '母', birthDate: '1950-02-20', estimatedIncome: 300_000, livingTogether: true, linealAscendant: true, disability: '障害者' },
  ],
  insurance: [
    { kind: '一般(新)', insurer: '申告生命保険', policy: '終身保険', holder: selfName, beneficiary: '申告 配偶者', paid: 96_000 },
    { kind: '介護医療', insurer: '申告生命保険', policy: '医療保険', holder: selfName, paid: 42_000 },
    { kind: '地震', insurer: '申告損害保険', policy: '地震保険', holder: selfName, paid: 25_000 },
    { kind: '社会保険料', insurer: '国民年金', policy: '国民年金保険料（配偶者分）', paid: 204_000 },
    { kind: '小規模企業共済等', insurer: 'iDeCo', policy: '個人型確定拠出年金', paid: 144_000 },
  ],
});

test("an employee declares from the phone: their own rows only, each change audited, a row left out withdrawn", () => {
  const company = copy();
  const declared = new Set(rowsOf(company.dir, '扶養控除等申告書').map((r) => String(r['社員番号'])));
  const me = employees.find((e) => !declared.has(e.code) && e.email)!;
  const other = employees.find((e) => declared.has(e.code))!;
  const theirsBefore = JSON.stringify([rowsOf(company.dir, '扶養控除等申告書'), rowsOf(company.dir, '保険料控除申告書')].map((rows) => rows.filter((r) => r['社員番号'] !== me.code)));
  expect(company.rpc('myYearEndDeclaration', { year: 2026 }, me.email)).toMatchObject({ year: 2026, name: me.name, status: 'none', people: [], insurance: [] });

  // an employee code in the input is not part of the form: the rows are the caller's, whatever it says
  const saved = company.rpc('saveMyYearEndDeclaration', { ...declaration(me.name), employeeCode: other.code }, me.email) as { people: number; insurance: number; changed: number };
  expect(saved).toMatchObject({ people: 4, insurance: 5, changed: 9 });
  const people = rowsOf(company.dir, '扶養控除等申告書').filter((r) => r['社員番号'] === me.code);
  expect(people.map((r) => [r['行'], r['区分'], r['氏名'], r['状態']])).toEqual([
    [1, '本人', me.name, '提出済み'], [2, '配偶者', '申告 配偶者', '提出済み'], [3, '扶養親族', '申告 長男', '提出済み'], [4, '扶養親族', '申告 母', '提出済み']]);
  expect(people[3]).toMatchObject({ '同居': 'はい', '直系尊属': 'はい', '障害者': '障害者', '所得の見積額（本人は給与以外）': 300_000 });
  const premiums = rowsOf(company.dir, '保険料控除申告書').filter((r) => r['社員番号'] === me.code);
  expect(premiums.map((r) => [r['種類'], r['保険会社等の名称'], r['本年中に支払った保険料等の金額'], r['状態']])).toEqual([
    ['一般(新)', '申告生命保険', 96_000, '提出済み'], ['介護医療', '申告生命保険', 42_000, '提出済み'], ['地震', '申告損害保険', 25_000, '提出済み'],
    ['社会保険料', '国民年金', 204_000, '提出済み'], ['小規模企業共済等', 'iDeCo', 144_000, '提出済み']]);
  const theirs = () => JSON.stringify([rowsOf(company.dir, '扶養控除等申告書'), rowsOf(company.dir, '保険料控除申告書')].map((rows) => rows.filter((r) => r['社員番号'] !== me.code)));
  expect(theirs()).toBe(theirsBefore);
  // one audit row per new row, by the employee
  const audit = () => rowsOf(company.dir, '監査ログ').filter((r) => (r['表'] === '扶養控除等申告書' || r['表'] === '保険料控除申告書') && String(r['行キー']).includes(me.code));
  expect(audit().map((r) => [r['表'], r['操作'], r['実行者']])).toEqual([
    ...Array(4).fill(['扶養控除等申告書', '追加', me.email]), ...Array(5).fill(['保険料控除申告書', '追加', me.email])]);

  // the same again: nothing changes, nothing is audited
  expect(company.rpc('saveMyYearEndDeclaration', declaration(me.name), me.email)).toMatchObject({ changed: 0 });
  expect(audit()).toHaveLength(9);
  // the mother taken out, the spouse's income changed: one update audited for the income, the last line withdrawn
  const next = declaration(me.name);
  next.people = next.people.slice(0, 3);
  next.people[1]!.estimatedIncome = 580_000;
  expect(company.rpc('saveMyYearEndDeclaration', next, me.email)).toMatchObject({ people: 3, changed: 2 });
  const updates = audit().slice(9).map((r) => [r['列'], r['変更前'], r['変更後']]);
  expect(updates).toContainEqual(['所得の見積額（本人は給与以外）', '480000', '580000']);
  expect(updates).toContainEqual(['状態', '提出済み', '取消']);
  expect(rowsOf(company.dir, '扶養控除等申告書').filter((r) => r['社員番号'] === me.code).map((r) => r['状態'])).toEqual(['提出済み', '提出済み', '提出済み', '取消']);
  // what the web app reads back: the caller's live rows, nobody else's
  const mine = company.rpc('myYearEndDeclaration', { year: 2026 }, me.email) as { status: string; people: { name: string }[]; insurance: unknown[] };
  expect(mine.status).toBe('submitted');
  expect(mine.people.map((p) => p.name)).toEqual([me.name, '申告 配偶者', '申告 長男']);
  expect(mine.insurance).toHaveLength(5);
  expect(JSON.stringify(mine)).not.toContain(other.name);

  // rules across rows, refused with the field named, nothing written
  const before = JSON.stringify(rowsOf(company.dir, '扶養控除等申告書'));
  const twoSpouses = declaration(me.name);
  twoSpouses.people.push({ ...twoSpouses.people[1]! });
  expect(refusal(() => company.rpc('saveMyYearEndDeclaration', twoSpouses, me.email))).toBe('配偶者は1人だけ書けます（いま 2 人）');
  const student = declaration(me.name);
  (student.people[2] as Record<string, unknown>).workingStudent = true;
  expect(refusal(() => company.rpc('saveMyYearEndDeclaration', student, me.email))).toBe('3人目（申告 長男）: 「勤労学生」は本人だけに書けます');
  const noBirth = declaration(me.name);
  noBirth.people[2]!.birthDate = '2007-02-30';
  expect(refusal(() => company.rpc('saveMyYearEndDeclaration', noBirth, me.email))).toContain('birthDate');
  expect(JSON.stringify(rowsOf(company.dir, '扶養控除等申告書'))).toBe(before);
});

test("what an employee types is stored as text: a formula or a script in a name stays text, and comes back as typed", () => {
  const company = copy();
  const declared = new Set(rowsOf(company.dir, '扶養控除等申告書').map((r) => String(r['社員番号'])));
  const me = employees.find((e) => !declared.has(e.code) && e.email)!;
  const hostile = declaration(me.name);
  hostile.people[2]!.name = '=HYPERLINK("http://x","y")';
  hostile.insurance[0]!.insurer = '<img src=x onerror=alert(1)>';
  hostile.insurance[1]!.policy = '+cmd';
  company.rpc('saveMyYearEndDeclaration', hostile, me.email);
  const cells = allCells(company.dir);
  expect(cells.filter((c) => c.formula)).toEqual([]);
  for (const v of ['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>', '+cmd']) expect(cells.some((c) => c.sheet !== '監査ログ' && c.value === v)).toBe(true);
  const back = company.rpc('myYearEndDeclaration', { year: 2026 }, me.email) as { people: { name: string }[]; insurance: { insurer: string; policy?: string }[] };
  expect(back.people[2]!.name).toBe('=HYPERLINK("http://x","y")');
  expect(back.insurance[0]!.insurer).toBe('<img src=x onerror=alert(1)>');
  expect(back.insurance[1]!.policy).toBe('+cmd');
});

test('the admin locks a declaration: the employee is refused; unlocked with a reason (audited), the employee may change it', () => {
  const company = copy();
  // the 設計 manager's declaration is checked (確認済み) in the demo: locked
  const code = String(rowsOf(company.dir, '扶養控除等申告書').find((r) => r['区分'] === '配偶者' && r['状態'] === '確認済み')!['社員番号']);
  const me = employees.find((e) => e.code === code)!;
  const mine = company.rpc('myYearEndDeclaration', { year: 2026 }, me.email) as { status: string; people: { person: string; name: string }[] };
  expect(mine.status).toBe('locked');
  const before = JSON.stringify([rowsOf(company.dir, '扶養控除等申告書'), rowsOf(company.dir, '保険料控除申告書'), rowsOf(company.dir, '監査ログ').length]);
  const state = () => JSON.stringify([rowsOf(company.dir, '扶養控除等申告書'), rowsOf(company.dir, '保険料控除申告書'), rowsOf(company.dir, '監査ログ').length]);
  expect(refusal(() => company.rpc('saveMyYearEndDeclaration', declaration(me.name), me.email))).toMatch(/^2026年分の申告書は管理部が確認して締めたため、変更できません（\d{4}-\d\d-\d\d \d\d:\d\d 確認）。変更が必要なときは管理部に連絡してください$/);
  expect(state()).toBe(before);
  // the employee cannot lock or unlock, not even their own
  for (const name of ['unlockYearEndDeclaration', 'lockYearEndDeclaration']) {
    expect(refusal(() => company.rpc(name, { year: 2026, employeeCode: code, reason: '自分で' }, me.email))).toContain('権限');
  }
  expect(state()).toBe(before);
  // the admin's review list
  const review = company.rpc('yearEndDeclarations', { year: 2026 }, admin) as { employeeCode: string; status: string; people: number }[];
  expect(review.find((r) => r.employeeCode === code)).toMatchObject({ status: 'locked' });

  expect(refusal(() => company.rpc('unlockYearEndDeclaration', { year: 2026, employeeCode: code, reason: '' }, admin))).toBeTruthy();
  const unlocked = company.rpc('unlockYearEndDeclaration', { year: 2026, employeeCode: code, reason: '扶養親族の所得の訂正' }, admin) as { changed: number };
  const locked = rowsOf(company.dir, '扶養控除等申告書').filter((r) => r['社員番号'] === code).length + rowsOf(company.dir, '保険料控除申告書').filter((r) => r['社員番号'] === code).length;
  expect(unlocked.changed).toBe(locked);
  const unlockAudit = rowsOf(company.dir, '監査ログ').filter((r) => r['理由'] === '扶養親族の所得の訂正');
  expect(unlockAudit.filter((r) => r['列'] === '状態').map((r) => [r['変更前'], r['変更後'], r['実行者']])).toEqual(Array(locked).fill(['確認済み', '提出済み', admin]));
  expect(company.rpc('myYearEndDeclaration', { year: 2026 }, me.email)).toMatchObject({ status: 'submitted' });
  expect(refusal(() => company.rpc('unlockYearEndDeclaration', { year: 2026, employeeCode: code, reason: 'もう一度' }, admin))).toContain('確認済みではありません');

  // the employee changes it, the admin locks it again: 確認済み, 確認者 the admin; the employee is refused again
  expect(company.rpc('saveMyYearEndDeclaration', declaration(me.name), me.email)).toMatchObject({ people: 4, insurance: 5 });
  expect(company.rpc('lockYearEndDeclaration', { year: 2026, employeeCode: code }, admin)).toMatchObject({ locked: true });
  const rows = rowsOf(company.dir, '扶養控除等申告書').filter((r) => r['社員番号'] === code && r['状態'] !== '取消');
  expect(rows.map((r) => [r['状態'], r['確認者']])).toEqual(Array(4).fill(['確認済み', admin]));
  expect(refusal(() => company.rpc('saveMyYearEndDeclaration', declaration(me.name), me.email))).toContain('変更できません');
  const nobody = employees.find((e) => !rowsOf(company.dir, '扶養控除等申告書').some((r) => r['社員番号'] === e.code))!;
  expect(refusal(() => company.rpc('lockYearEndDeclaration', { year: 2026, employeeCode: nobody.code }, admin))).toBe(`${nobody.code} の2026年分の申告書はまだ提出されていません`);
});

test("the employee's own 令和8年分 源泉徴収票 in the web app: the confirmed figures and the PDF, nobody else's", () => {
  const company = copy();
  const confirmed = rowsOf(company.dir, '年末調整');
  const row = confirmed.find((r) => r['精算'] === '還付') ?? confirmed[0]!;
  const me = employees.find((e) => e.code === row['社員番号'])!;
  const slips = company.rpc('myWithholdingSlips', {}, me.email) as Record<string, unknown>[];
  expect(slips).toEqual([{
    year: 2026, era: '令和8年分', runId: '2026-11', payDate: '2026-12-25', salaryTotal: row['給与等の総額'], employmentIncome: row['給与所得控除後の給与等の金額'],
    deductionsTotal: row['所得控除の額の合計額'], socialInsurance: row['社会保険料等'], housingLoanCredit: row['住宅借入金等特別控除額'],
    annualTax: row['年調年税額'], difference: row['過不足額(+徴収・−還付)'], settlement: row['精算'], pdfReady: true,
  }]);
  expect(JSON.stringify(slips)).not.toContain(employees.find((e) => e.code !== me.code)!.name);
  const pdf = company.rpc('myWithholdingSlipPdf', { year: 2026 }, me.email) as { fileName: string; base64: string };
  expect(pdf.fileName).toBe(`令和8年分_給与所得の源泉徴収票_${me.code}.pdf`);
  expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  // a year without a confirmed adjustment: said so
  expect(refusal(() => company.rpc('myWithholdingSlipPdf', { year: 2027 }, me.email))).toMatch(/^2027年分の源泉徴収票はまだありません|^2027年12月に支給する給与がありません/);
});

test('the admin mails every employee their own slip, in batches, once: asked twice, nothing is sent twice', () => {
  const company = copy();
  const slips = (company.rpc('withholdingSlipStatus', { year: 2026 }, admin) as { total: number; sent: number }).total;
  const withEmail = employees.filter((e) => e.email).length;
  expect(slips).toBeGreaterThan(0);
  let session: string | undefined;
  let report: { sent: number; sentTotal: number; done: boolean; session: string; noEmail: unknown[] };
  const batches: number[] = [];
  do {
    report = company.rpc('sendWithholdingSlips', { year: 2026, batch: 20, ...(session ? { session } : {}) }, admin) as typeof report;
    session = report.session;
    batches.push(report.sent);
  } while (!report.done);
  expect(batches.every((n) => n <= 20)).toBe(true);
  expect(report.sentTotal).toBe(slips - report.noEmail.length);
  const mails = expectOneAddresseeEach(company.dir);
  expect(mails).toHaveLength(report.sentTotal);
  const byEmail = new Map(employees.map((e) => [e.email, e]));
  const confirmed = new Map(rowsOf(company.dir, '年末調整').map((r) => [String(r['社員番号']), r]));
  for (const m of mails) {
    const who = byEmail.get(m.to[0]!)!;
    expect(m.subject).toContain('令和8年分 給与所得の源泉徴収票');
    expect(m.text).toContain(who.name);
    const annual = Number(confirmed.get(who.code)?.['年調年税額'] ?? 0);
    if (annual >= 1000) expect(m.text).not.toContain(annual.toLocaleString('en-US'));
    expect(m.attachments.map((a) => a.name)).toEqual([`令和8年分_給与所得の源泉徴収票_${who.code}.pdf`]);
  }
  expect(new Set(mails.map((m) => m.to[0])).size).toBe(mails.length);
  // asked again (a second click, a retried trigger): nothing is sent twice
  expect(company.rpc('sendWithholdingSlips', { year: 2026 }, admin)).toMatchObject({ sent: 0, alreadySent: report.sentTotal, pending: 0 });
  expect(expectOneAddresseeEach(company.dir)).toHaveLength(mails.length);
  expect(company.rpc('withholdingSlipStatus', { year: 2026 }, admin)).toMatchObject({ total: slips, sent: report.sentTotal, pending: slips - report.sentTotal });
  // one audit row per mail
  const audit = rowsOf(company.dir, '監査ログ').filter((r) => r['表'] === '源泉徴収票' && r['操作'] === 'メール送信');
  expect(audit).toHaveLength(mails.length);
  expect(new Set(audit.map((r) => r['行キー']))).toEqual(new Set(mails.map((m) => `2026/${byEmail.get(m.to[0]!)!.code}`)));
  // an employee cannot send them
  expect(refusal(() => company.rpc('sendWithholdingSlips', { year: 2026 }, employees[0]!.email))).toContain('権限');
  expect(withEmail).toBeGreaterThanOrEqual(mails.length);
});
