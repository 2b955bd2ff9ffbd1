/**
 * 年末調整 on the demo company (issue 14): declarations checked, 導入前の給与, the adjustment confirmed and settled in the
 * run paid on 2026-12-25 (末締め翌月払い: work month 2026-11). The 設計 manager's 年調年税額 is worked by hand from the
 * 賃金台帳 and 導入前の給与 sheets with the reference tables (rows named), never taken from Kanri's answer; the December
 * ledger row carries the difference; the journal still balances; a closed December pay refuses a new confirmation.
 */
import { demoCompany } from '../support/demo';
import { Company, CompanyError } from '../../src/local/company';
import { tempDir } from '../support/company';
import { sheetValues } from '../support/digest';

jest.setTimeout(400_000);

let demo: string;
let admin: string;
let sheets: Record<string, unknown[][]>;
/** A date cell as the sheet shows it (Tokyo calendar date). */
const day = (v: unknown) => {
  const s = v instanceof Date ? v.toISOString() : String(v);
  return s.includes('T') ? new Date(new Date(s).getTime() + 9 * 3_600_000).toISOString().slice(0, 10) : s;
};
const table = (name: string) => {
  const [h, ...rows] = sheets[name]!;
  return rows.map((r) => Object.fromEntries((h as string[]).map((k, i) => [k, r[i]])));
};

beforeAll(() => {
  demo = tempDir('kanri-year-end-demo-');
  admin = demoCompany(demo, { asOf: '2026-12-03' }).admin;
  sheets = sheetValues(demo);
});

test('the 設計 manager: 年調年税額 worked by hand, settled on the December pay', () => {
  const code = String(table('扶養控除等申告書').find((r) => r['区分'] === '配偶者')!['社員番号']);
  const ledger = table('賃金台帳').filter((r) => r['社員番号'] === code && day(r['支給日']).startsWith('2026-'));
  expect(ledger.map((r) => day(r['支給日']))).toEqual(['2026-10-23', '2026-11-25', '2026-12-25']);
  const before = table('導入前の給与').find((r) => r['社員番号'] === code)!;
  const sum = (k: string) => ledger.reduce((s, r) => s + Number(r[k]), 0);
  const salary = sum('課税支給額') + Number(before['支払金額(課税分)']);
  const social = ['健康保険料', '介護保険料', '子ども・子育て支援金', '厚生年金保険料', '雇用保険料'].reduce((s, k) => s + sum(k), 0) + Number(before['社会保険料等']);
  const withheld = sum('源泉所得税') + Number(before['源泉徴収税額']);
  // 給与所得控除後 (kyuyo_shotoku_kojogo_r08.csv, 850万円超: 収入 − 195万円); 所得金額調整控除 (850万超, a dependant under 23): (収入 − 850万) × 10 %, 1円未満切上げ
  expect(salary).toBeGreaterThan(8_500_000);
  expect(salary).toBeLessThanOrEqual(10_000_000);
  const employment = salary - 1_950_000;
  const adjustment = Math.ceil((salary - 8_500_000) / 10);
  const income = employment - adjustment;
  // 基礎控除: 合計所得 655万超2,350万以下 → 62万 (kiso_kojo_r08.csv)
  expect(income).toBeGreaterThan(6_550_000);
  // 生保 55,000 (II) + 32,500 (I), 地震 30,000, 配偶者 38万 (≤ 900万 column), 特定扶養 63万, 特定親族 41万 (95万超100万以下), 基礎 62万
  const deductions = social + 55_000 + 32_500 + 30_000 + 380_000 + 630_000 + 410_000 + 620_000;
  const taxable = Math.floor((income - deductions) / 1000) * 1000;
  expect(taxable).toBeGreaterThan(1_950_000); // 速算表 195万超330万以下: 10 % − 97,500
  expect(taxable).toBeLessThanOrEqual(3_300_000);
  const tax = taxable / 10 - 97_500;
  const annual = Math.floor(Math.floor((tax * 1021) / 1000) / 100) * 100; // × 102.1 %, 100円未満切捨て
  const row = table('年末調整').find((r) => r['社員番号'] === code)!;
  expect(row).toMatchObject({ '給与等の総額': salary, '社会保険料等': social, '徴収税額': withheld, '年調年税額': annual, '過不足額(+徴収・−還付)': annual - withheld, '精算': annual < withheld ? '還付' : '徴収', '精算する給与': '2026-11' });
  const december = ledger.find((r) => r['計算ID'] === '2026-11')!;
  expect(december['年末調整(過不足税額)']).toBe(annual - withheld);
  const deductionColumns = ['健康保険料', '介護保険料', '子ども・子育て支援金', '厚生年金保険料', '雇用保険料', '源泉所得税', '住民税', 'その他控除', '年末調整(過不足税額)'];
  expect(december['控除合計']).toBe(deductionColumns.reduce((s, k) => s + Number(december[k] || 0), 0));
  expect(december['差引支給額']).toBe(Number(december['総支給額']) - Number(december['控除合計']));
});

test('every December ledger row settles its confirmed row; refunds and collections add up', () => {
  const confirmed = table('年末調整');
  const december = new Map(table('賃金台帳').filter((r) => r['計算ID'] === '2026-11').map((r) => [r['社員番号'], r]));
  expect(confirmed.length).toBe(42);
  for (const c of confirmed) expect(Number(december.get(c['社員番号'])!['年末調整(過不足税額)'] || 0)).toBe(c['過不足額(+徴収・−還付)']);
  const company = new Company(demo);
  const preview = company.call('yearEndPreview', [{ year: 2026 }], { kind: 'rpc', user: admin }) as { summary: Record<string, number>; runClosed: boolean };
  const refunds = confirmed.filter((c) => c['精算'] === '還付');
  const collections = confirmed.filter((c) => c['精算'] === '徴収');
  expect(preview.runClosed).toBe(true);
  expect(preview.summary).toMatchObject({
    adjusted: 42, excluded: 0, refunds: refunds.length, collections: collections.length,
    refundTotal: -refunds.reduce((s, c) => s + Number(c['過不足額(+徴収・−還付)']), 0), collectionTotal: collections.reduce((s, c) => s + Number(c['過不足額(+徴収・−還付)']), 0),
  });
  // the journal of the December pay still balances with the settlement in 預り金 (源泉所得税)
  const journal = company.call('exportJournal', [{ runId: '2026-11', format: 'generic' }], { kind: 'rpc', user: admin }) as { totalDebit: number; totalCredit: number };
  expect(journal.totalDebit).toBe(journal.totalCredit);
  // once the December pay is closed, the adjustment cannot change
  expect(() => company.call('confirmYearEndAdjustment', [{ year: 2026, reviewed: true }], { kind: 'rpc', user: admin })).toThrow(CompanyError);
});

test('the 源泉徴収票 PDF of the 設計 manager, and the role check', () => {
  const code = String(table('扶養控除等申告書').find((r) => r['区分'] === '配偶者')!['社員番号']);
  const company = new Company(demo);
  const out = company.call('withholdingSlipPdfs', [{ year: 2026, employeeCode: code }], { kind: 'rpc', user: admin }) as { pdfs: { base64: string; adjusted: boolean }[] };
  expect(out.pdfs).toHaveLength(1);
  expect(out.pdfs[0]!.adjusted).toBe(true);
  expect(Buffer.from(out.pdfs[0]!.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  const employee = String(table('従業員').find((r) => r['社員番号'] === code)!['メールアドレス']);
  expect(() => company.call('yearEndPreview', [{ year: 2026 }], { kind: 'rpc', user: employee })).toThrow(CompanyError);
});
