/**
 * The filings after the 年末調整 on the demo company (issue 14), December pay 2026 closed. Expected values come from the
 * sheets and the law, never from Kanri's answer:
 * - 給与支払報告書 (地方税法317条の6第1項): one per 市区町村コード of the 従業員 sheet, every employee paid in 2026 (賃金台帳
 *   支給日 2026) to their municipality; 受給者総人員 = those paid on 2027-01-01 (no 退職日 in 2026), every municipality;
 * - 法定調書合計表 Ⓐ: 支払金額 = 課税支給額 of the 2026 賃金台帳 rows + 導入前の給与; 源泉徴収税額 = the year's 年調年税額 =
 *   源泉所得税 withheld + 導入前 + the December 年末調整(過不足税額); Ⓑ: 支払金額 over 500万円 (役員 150万円, 所得税法施行規則
 *   93条2項 as NTA タックスアンサー No.7411 lists it);
 * - 源泉徴収簿 年末調整欄: ㉑ = ⑫〜⑳ (所得控除額の合計額), ㉒ = ⑪ − ㉑ 1,000円未満切捨て, ㉕ = ㉓ − ㉔, ㉖ = ㉕ × 102.1 %
 *   100円未満切捨て (復興財源確保法13条, NTA 年末調整のしかた), ㉗ = |㉖ − ⑧| in the 還付 or 徴収 box.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { demoCompany } from '../support/demo';
import { Company, CompanyError } from '../../src/local/company';
import { kanri, tempDir } from '../support/company';
import { sheetValues } from '../support/digest';

jest.setTimeout(600_000);

let demo: string;
let admin: string;
let sheets: Record<string, unknown[][]>;
const day = (v: unknown) => {
  const s = v instanceof Date ? v.toISOString() : String(v);
  return s.includes('T') ? new Date(new Date(s).getTime() + 9 * 3_600_000).toISOString().slice(0, 10) : s;
};
const table = (name: string) => {
  const [h, ...rows] = sheets[name]!;
  return rows.map((r) => Object.fromEntries((h as string[]).map((k, i) => [k, r[i]])));
};
const n = (v: unknown) => Number(v || 0);

beforeAll(() => {
  demo = tempDir('kanri-year-end-filings-');
  admin = demoCompany(demo, { asOf: '2026-12-03' }).admin;
  sheets = sheetValues(demo);
});

/** Per employee paid in 2026: 支払金額, withheld after the settlement, 役員 at any time. */
function yearFromSheets() {
  const ledger = table('賃金台帳').filter((r) => day(r['支給日']).startsWith('2026-'));
  const before = table('導入前の給与').filter((r) => n(r['年分']) === 2026);
  const out = new Map<string, { paid: number; withheld: number; officer: boolean }>();
  const at = (code: string) => out.get(code) ?? out.set(code, { paid: 0, withheld: 0, officer: false }).get(code)!;
  for (const r of ledger) {
    const e = at(String(r['社員番号']));
    e.paid += n(r['課税支給額']);
    e.withheld += n(r['源泉所得税']) + n(r['年末調整(過不足税額)']);
    if (r['役員'] === true) e.officer = true;
  }
  for (const r of before) {
    const e = at(String(r['社員番号']));
    e.paid += n(r['支払金額(課税分)']);
    e.withheld += n(r['源泉徴収税額']);
  }
  return out;
}

test('給与支払報告書: counts per municipality from the 従業員 sheet', () => {
  const paid = yearFromSheets();
  const employees = table('従業員').filter((r) => paid.has(String(r['社員番号'])));
  expect(employees.length).toBe(paid.size);
  const byCode = new Map<string, string[]>();
  for (const e of employees) byCode.set(String(e['市区町村コード(1月1日の住所)']), [...(byCode.get(String(e['市区町村コード(1月1日の住所)'])) ?? []), String(e['社員番号'])]);
  const onJanuary1 = employees.filter((e) => !e['退職日'] || day(e['退職日']) > '2026-12-31').length;
  const company = new Company(demo);
  const s = company.call('yearEndFilingSummary', [{ year: 2026 }], { kind: 'rpc', user: admin }) as { municipalities: { code: string; name: string; recipientsTotal: number; reported: number; special: number; ordinary: number }[] };
  expect(s.municipalities.map((m) => m.code)).toEqual([...byCode.keys()].sort());
  for (const m of s.municipalities) {
    const codes = byCode.get(m.code)!;
    const ordinary = employees.filter((e) => codes.includes(String(e['社員番号'])) && (e['住民税 普通徴収の理由'] || (e['退職日'] && day(e['退職日']) <= '2026-12-31'))).length;
    expect([m.reported, m.special, m.ordinary, m.recipientsTotal]).toEqual([codes.length, codes.length - ordinary, ordinary, onJanuary1]);
  }
  // the demo: 42 people in 港区, 品川区, 大田区 and 川崎市
  expect(s.municipalities.map((m) => `${m.name} ${m.reported}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^港区 \d+$/), expect.stringMatching(/^川崎市 \d+$/)]));
  expect(s.municipalities.reduce((t, m) => t + m.reported, 0)).toBe(42);
});

test('法定調書合計表: Ⓐ and Ⓑ from the 賃金台帳 and 導入前の給与', () => {
  const year = [...yearFromSheets().entries()];
  const filed = year.filter(([, e]) => e.paid > (e.officer ? 1_500_000 : 5_000_000));
  const sum = (rows: typeof year, k: 'paid' | 'withheld') => rows.reduce((t, [, e]) => t + e[k], 0);
  // the 年末調整 sheet's 年調年税額 are what the ledger says was finally withheld
  const adjusted = table('年末調整').filter((r) => n(r['年分']) === 2026);
  expect(adjusted.reduce((t, r) => t + n(r['年調年税額']), 0)).toBe(sum(year, 'withheld'));
  const company = new Company(demo);
  const s = company.call('yearEndFilingSummary', [{ year: 2026 }], { kind: 'rpc', user: admin }) as { statutory: { total: object; filed: object; filedRecipients: { code: string }[] } };
  expect(s.statutory.total).toEqual({ people: year.length, paid: sum(year, 'paid'), withheld: sum(year, 'withheld') });
  expect(s.statutory.filed).toEqual({ people: filed.length, paid: sum(filed, 'paid'), withheld: sum(filed, 'withheld') });
  expect(s.statutory.filedRecipients.map((r) => r.code).sort()).toEqual(filed.map(([c]) => c).sort());
  expect(filed.length).toBeGreaterThan(0);
  expect(filed.length).toBeLessThan(year.length);
});

test('源泉徴収簿 年末調整欄: one row per adjusted employee, the column adds up by the law', () => {
  const rows = table('源泉徴収簿 年末調整欄').filter((r) => n(r['年分']) === 2026);
  const adjusted = table('年末調整').filter((r) => n(r['年分']) === 2026);
  expect(rows.length).toBe(adjusted.length);
  const box = (r: Record<string, unknown>, no: string) => {
    const k = Object.keys(r).filter((h) => h.startsWith(`${no} `));
    return k.reduce((t, h) => t + n(r[h]), 0);
  };
  for (const r of rows) {
    const a = adjusted.find((x) => x['社員番号'] === r['社員番号'])!;
    expect(box(r, '⑦')).toBe(a['給与等の総額']);
    expect(box(r, '⑧')).toBe(a['徴収税額']);
    const deductions = ['⑫', '⑬', '⑭', '⑮', '⑯', '⑰', '⑱', '⑲', '⑳'].reduce((t, no) => t + box(r, no), 0);
    expect(box(r, '㉑')).toBe(deductions);
    expect(box(r, '㉒')).toBe(Math.max(0, Math.floor((box(r, '⑪') - deductions) / 1000) * 1000));
    expect(box(r, '㉕')).toBe(Math.max(0, box(r, '㉓') - box(r, '㉔')));
    expect(box(r, '㉖')).toBe(Math.floor(Math.floor((box(r, '㉕') * 1021) / 1000) / 100) * 100);
    const difference = box(r, '㉖') - box(r, '⑧');
    expect([n(r['㉗ 差引超過額(還付)']), n(r['㉗ 差引不足額(徴収)'])]).toEqual(difference < 0 ? [-difference, 0] : [0, difference]);
  }
});

test('the 給与支払報告書 PDF of a municipality: 総括表 + one 個人別明細書 each; the CLI; a blank 市区町村名 refused, the 合計表 still given', () => {
  const company = new Company(demo);
  const s = company.call('yearEndFilingSummary', [{ year: 2026 }], { kind: 'rpc', user: admin }) as { municipalities: { code: string; reported: number }[] };
  const small = [...s.municipalities].sort((a, b) => a.reported - b.reported)[0]!;
  const out = company.call('salaryPaymentReportPdfs', [{ year: 2026, municipalityCode: small.code }], { kind: 'rpc', user: admin }) as { pdfs: { fileName: string; base64: string }[]; next: number | null };
  expect(out.pdfs).toHaveLength(1);
  expect(out.next).toBeNull();
  const file = path.join(demo, out.pdfs[0]!.fileName);
  fs.writeFileSync(file, Buffer.from(out.pdfs[0]!.base64, 'base64'));
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)![1])).toBe(1 + small.reported);
  if (process.env.KANRI_KEEP_PDF) fs.copyFileSync(file, process.env.KANRI_KEEP_PDF);
  // the CLI: every municipality through the same RPC, and the 合計表 as JSON
  const folder = path.join(demo, 'reports');
  const cli = kanri(['export', 'salary-report', demo, '--year', '2026', '--out', folder]);
  expect(cli.stderr).toBe('');
  expect(cli.status).toBe(0);
  expect(fs.readdirSync(folder).length).toBe(s.municipalities.length);
  const json = path.join(demo, 'summary.json');
  expect(kanri(['export', 'filing-summary', demo, '--year', '2026', '--out', json]).status).toBe(0);
  expect(JSON.parse(fs.readFileSync(json, 'utf8')).statutory.total.people).toBe(42);
  // an employee with no 市区町村名: refused, naming the employee and the column
  const e = table('従業員')[0]!;
  company.call('saveMasterRows', [{ table: 'employees', rows: [{ code: e['社員番号'], municipality: '' }] }], { kind: 'rpc', user: admin });
  let error: unknown;
  try {
    company.call('salaryPaymentReportPdfs', [{ year: 2026 }], { kind: 'rpc', user: admin });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(CompanyError);
  const expected = `${e['氏名']}（社員番号 ${e['社員番号']}）の 従業員 シートの「市区町村名(1月1日の住所)」が空欄です`;
  expect(String((error as Error).message)).toContain(expected);
  // the 合計表 figures need no municipality: still there, the blank named
  const after = company.call('yearEndFilingSummary', [{ year: 2026 }], { kind: 'rpc', user: admin }) as { statutory: { total: { people: number } }; municipalities: unknown[]; missing: { ja: string }[] };
  expect(after.statutory.total.people).toBe(42);
  expect(after.municipalities).toEqual([]);
  expect(after.missing.map((m) => m.ja)).toEqual([expect.stringContaining(expected)]);
});
