/**
 * 設定 values that used to be JSON, as lines a person reads (issue 15 item 5): each line form reads to the
 * value the JSON gave, exactly; the JSON of an older sheet still reads to the same value; a line that
 * cannot be read is an error naming sheet 設定, its row, column 値 and the line in the cell. The expected
 * lines are the product's words, written out here, not produced by our writer.
 */
import {
  readHealthInsurer, readLeaverCases, readMinimumWageReasons, readRateOverrides, readWorkersCompensation, settingLines,
  writeHealthInsurer, writeLeaverCases, writeMinimumWageReasons, writeRateOverrides, writeWorkersCompensation,
} from '../../src/schema/settingLines';
import { sheetValues } from '../support/digest';
import { ADMIN, newCompany } from '../support/company';

const WC = [
  { from: '2024-04-01', industry: '94 その他の各種事業', ratePerMille: '3', source: '厚生労働省「労災保険率表」(令和6年4月1日施行、徴収則 別表第1) https://www.mhlw.go.jp/content/rousaihokenritu_r05.pdf' },
  { from: '2021-04-01', to: '2024-03-31', industry: '94 その他の各種事業', ratePerMille: '3.5', source: '旧 労災保険率表' },
];
const WC_LINES = [
  '2024-04-01から：94 その他の各種事業 1000分の3（出典：厚生労働省「労災保険率表」(令和6年4月1日施行、徴収則 別表第1) https://www.mhlw.go.jp/content/rousaihokenritu_r05.pdf）',
  '2021-04-01から2024-03-31まで：94 その他の各種事業 1000分の3.5（出典：旧 労災保険率表）',
].join('\n');

const UNION = {
  kind: 'union', name: '関東IT健康保険組合',
  healthRates: [{ from: '2026-04', ratePercent: '9.0', employeeRatePercent: '4.2', source: '組合の料率表 2026' }],
  careRates: [{ from: '2026-04', ratePercent: '1.6', source: '組合の料率表 2026' }],
} as const;
const UNION_LINES = '健康保険組合：関東IT健康保険組合\n健康保険料率 2026-04から：9.0%（本人負担 4.2%）（出典：組合の料率表 2026）\n介護保険料率 2026-04から：1.6%（出典：組合の料率表 2026）';

const OVERRIDES = {
  kyokaiHealthRates: { 東京都: [{ from: '2027-03', ratePercent: '9.91', source: '協会けんぽ 令和9年度保険料額表' }] },
  careRates: [{ from: '2027-03', ratePercent: '1.62', source: '協会けんぽ 令和9年度' }],
  pensionRates: [{ from: '2027-09', to: '2028-08', ratePercent: '18.3', source: '厚生年金保険法81条' }],
  employmentInsuranceRates: [{
    from: '2027-04-01', to: '2028-03-31', source: '厚生労働省 令和9年度の雇用保険料率',
    general: { workerPerMille: '5.5', employerPerMille: '9' }, agriculture: { workerPerMille: '6.5', employerPerMille: '10.5' }, construction: { workerPerMille: '6.5', employerPerMille: '11.5' },
  }],
};
const OVERRIDE_LINES = [
  '協会けんぽ健康保険料率 東京都 2027-03から：9.91%（出典：協会けんぽ 令和9年度保険料額表）',
  '介護保険料率 2027-03から：1.62%（出典：協会けんぽ 令和9年度）',
  '厚生年金保険料率 2027-09から2028-08まで：18.3%（出典：厚生年金保険法81条）',
  '雇用保険料率 2027-04-01から2028-03-31まで：一般の事業 労働者1000分の5.5・事業主1000分の9／農林水産・清酒製造の事業 労働者1000分の6.5・事業主1000分の10.5／建設の事業 労働者1000分の6.5・事業主1000分の11.5（出典：厚生労働省 令和9年度の雇用保険料率）',
].join('\n');

describe('設定: structured values as lines, read back exactly', () => {
  test('労災保険率', () => {
    expect(readWorkersCompensation(WC_LINES)).toEqual({ ok: true, value: WC });
    expect(writeWorkersCompensation(WC)).toBe(WC_LINES);
    expect(readWorkersCompensation(JSON.stringify(WC))).toEqual({ ok: true, value: WC });
    expect(readWorkersCompensation('2024-04-01から：94 その他の各種事業 3‰')).toEqual({ ok: false, line: 1, example: expect.stringContaining('1000分の3') });
  });
  test('健康保険組合, and 協会けんぽ', () => {
    expect(readHealthInsurer(UNION_LINES)).toEqual({ ok: true, value: UNION });
    expect(writeHealthInsurer(UNION)).toBe(UNION_LINES);
    expect(readHealthInsurer(JSON.stringify(UNION))).toEqual({ ok: true, value: UNION });
    expect(readHealthInsurer('協会けんぽ')).toEqual({ ok: true, value: { kind: 'kyokai' } });
    // a 健保組合 without its 健康保険料率 cannot be computed: refused
    expect(readHealthInsurer('健康保険組合：関東IT健康保険組合').ok).toBe(false);
  });
  test('法定料率の上書き, and a 源泉徴収税額表 edition carried as its data', () => {
    expect(readRateOverrides(OVERRIDE_LINES)).toEqual({ ok: true, value: OVERRIDES });
    expect(writeRateOverrides(OVERRIDES)).toBe(OVERRIDE_LINES);
    expect(readRateOverrides(JSON.stringify(OVERRIDES))).toEqual({ ok: true, value: OVERRIDES });
    const edition = { effectiveFrom: '2027-01-01', effectiveTo: null, source: '国税庁', kou: { rows: 0, data: [], excess: [] } };
    expect(readRateOverrides(`源泉徴収税額表：${JSON.stringify(edition)}`)).toEqual({ ok: true, value: { withholdingEditions: [edition] } });
    const bad = readRateOverrides(`${OVERRIDE_LINES}\n介護保険料率 2027-03から：1.62（出典：…）`);
    expect(bad).toMatchObject({ ok: false, line: 5 });
  });
  test('最低賃金の確定理由 and 年末調整をする中途退職者', () => {
    expect(readMinimumWageReasons('2026-10 E040：試用期間の減額特例 許可申請中\n2026-10 E041：同上')).toEqual({ ok: true, value: { '2026-10': { E040: '試用期間の減額特例 許可申請中', E041: '同上' } } });
    expect(writeMinimumWageReasons({ '2026-10': { E040: '試用期間の減額特例 許可申請中' } })).toBe('2026-10 E040：試用期間の減額特例 許可申請中');
    expect(readMinimumWageReasons(JSON.stringify({ '2026-10': { E040: '理由' } }))).toEqual({ ok: true, value: { '2026-10': { E040: '理由' } } });
    expect(readLeaverCases('2026年 E041：死亡退職')).toEqual({ ok: true, value: { 2026: { E041: '死亡退職' } } });
    expect(writeLeaverCases({ 2026: { E041: '死亡退職' } })).toBe('2026年 E041：死亡退職');
    expect(readLeaverCases('\n2026年 E041 死亡退職')).toMatchObject({ ok: false, line: 2 });
    // the same person twice is refused (which reason would count?)
    expect(readMinimumWageReasons('2026-10 E040：a\n2026-10 E040：b')).toMatchObject({ ok: false, line: 2 });
  });
  test('a JSON value (older sheet, CLI) is shown as its lines when they read back the same; other text is left as it is', () => {
    expect(settingLines('payroll.workersCompensation', JSON.stringify(WC))).toBe(WC_LINES);
    expect(settingLines('payroll.healthInsurer', JSON.stringify(UNION))).toBe(UNION_LINES);
    expect(settingLines('payroll.rateOverrides', JSON.stringify({ ...OVERRIDES, unknownList: [1] }))).toBe(JSON.stringify({ ...OVERRIDES, unknownList: [1] }));
    expect(settingLines('companyName', '{"a":1}')).toBe('{"a":1}');
  });
});

describe('設定: a line that cannot be read names sheet, row and column', () => {
  test('the payroll preview lists the error with 設定, its row, 値 and the line in the cell', () => {
    const company = newCompany();
    company.rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'payroll.workersCompensation', value: `${WC_LINES.split('\n')[0]}\n2021-04-01：3.5` }] }, ADMIN);
    const preview = company.rpc('payrollPreview', { month: '2026-10' }, ADMIN) as { problems: { ja: string; en: string; blocking: boolean }[] };
    const sheet = sheetValues(company.dir)['設定']!;
    const row = sheet.findIndex((r) => r[0] === '労災保険率') + 1;
    expect(row).toBeGreaterThan(1);
    const problem = preview.problems.find((p) => p.ja.includes('労災保険率'))!;
    expect(problem.blocking).toBe(true);
    expect(problem.ja).toContain(`シート「設定」${row}行目「値」（労災保険率）: セル内2行目を読めません。1行に1つ「2024-04-01から：94 その他の各種事業 1000分の3（出典：厚生労働省「労災保険率表」）」の形で書いてください`);
    expect(problem.ja).toContain(`Sheet "設定" (Settings), row ${row}, column "値" (Value) (payroll.workersCompensation): line 2 in the cell`);
  });
});
