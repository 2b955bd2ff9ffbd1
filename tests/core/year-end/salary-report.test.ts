/**
 * 給与支払報告書 and 法定調書合計表 (issue 14), pure. Expected values from the rules, worked by hand:
 * - 税務署提出範囲 (所得税法226条1項・施行規則93条2項; NTA タックスアンサー No.7411): 年末調整をした人 500万円超, 役員
 *   150万円超; 年の中途の退職者 250万円超 (役員 50万円超); 2,000万円超 全員; 乙欄 50万円超 — "を超える": the amount itself is not filed;
 * - 給与支払報告書 (地方税法317条の6): 1月1日 paid employees and the year's leavers, each to their municipality; a leaver paid
 *   30万円 or less need not be reported (3項 ただし書); 受給者総人員 counts those paid on 1月1日 in every municipality;
 * - 市区町村コード 検査数字 (総務省): 札幌市 01100 → 011002, 港区 13103 → 131032, 川崎市 14130 → 141305, 大田区 13111 → 131113.
 */
import { isMunicipalityCode, municipalityCheckDigit } from '../../../src/core/year-end/municipality';
import { collectionOf, filedWithTaxOffice, renderSalaryReportHtml, salaryPaymentReports, statutorySummary, type ReportRecipient } from '../../../src/core/year-end/salary-report';
import type { WithholdingSlip } from '../../../src/core/year-end/slip';
import { parseTable } from '../../../src/addon/tables';
import { employeesTable } from '../../../src/schema/tables/employees';

const slip = (paid: number, withheld: number) => ({ paid, withheld, employee: { code: 'x', name: 'x', hireDate: '2020-04-01' } }) as unknown as WithholdingSlip;
const person = (code: string, municipalityCode: string, paid: number, withheld: number, extra: Partial<ReportRecipient> = {}): ReportRecipient => ({
  code, name: `氏名${code}`, municipalityCode, municipality: municipalityCode === '131032' ? '港区' : '品川区', officer: false, status: 'adjusted', slip: slip(paid, withheld), ...extra,
});

describe('市区町村コード', () => {
  test('check digits of known codes', () => {
    expect(municipalityCheckDigit('01100')).toBe(2);
    expect(municipalityCheckDigit('13103')).toBe(2);
    expect(municipalityCheckDigit('14130')).toBe(5);
    expect(municipalityCheckDigit('13111')).toBe(3);
    expect(isMunicipalityCode('131032')).toBe(true);
    expect(isMunicipalityCode('131033')).toBe(false);
    expect(isMunicipalityCode('13103')).toBe(false);
  });
  test('the 従業員 sheet refuses a wrong check digit, naming row and column', () => {
    const header = employeesTable.columns.map((c) => c.header);
    const row = (code: string) => header.map((h) => ({ 社員番号: '0001', 氏名: '山田 花子', フリガナ: 'ヤマダ ハナコ', 部署: '設計', 雇用形態: 'regular', 入社日: new Date('2020-03-31T15:00:00Z'), 勤務区分: 'STD', 週所定労働日数: 5, '週所定労働時間(分)': 2400, '市区町村コード(1月1日の住所)': code } as Record<string, string | number | Date>)[h] ?? '');
    expect(parseTable(employeesTable, [header, row('131032')]).errors).toEqual([]);
    const bad = parseTable(employeesTable, [header, row('131033')]);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ sheet: '従業員', row: 2, column: '市区町村コード(1月1日の住所)' });
  });
});

describe('源泉徴収票の税務署提出範囲', () => {
  const filed = (paid: number, extra: Partial<ReportRecipient> = {}) => filedWithTaxOffice(person('E1', '131032', paid, 0, extra), 2026).filed;
  test('adjusted: over 5,000,000; an officer over 1,500,000', () => {
    expect(filed(5_000_000)).toBe(false);
    expect(filed(5_000_001)).toBe(true);
    expect(filed(1_500_000, { officer: true })).toBe(false);
    expect(filed(1_500_001, { officer: true })).toBe(true);
  });
  test('not adjusted: leavers over 2,500,000 (officers 500,000), 乙欄 over 500,000, over 20M all', () => {
    expect(filed(2_500_000, { status: 'leaver' })).toBe(false);
    expect(filed(2_500_001, { status: 'leaver' })).toBe(true);
    expect(filed(500_001, { status: 'leaver', officer: true })).toBe(true);
    expect(filed(500_000, { status: 'otsu' })).toBe(false);
    expect(filed(500_001, { status: 'otsu' })).toBe(true);
    expect(filed(20_000_001, { status: 'over20M' })).toBe(true);
  });
});

describe('給与支払報告書 per municipality', () => {
  const people = [
    person('E1', '131032', 4_800_000, 120_000),
    person('E2', '131032', 6_000_000, 210_000, { ordinaryReason: '給与が少なく税額が引けない' }),
    person('E3', '131091', 3_000_000, 50_000),
    person('E4', '131091', 300_000, 0, { status: 'leaver', leaveDate: '2026-03-31' }),
    person('E5', '131032', 2_600_000, 80_000, { status: 'leaver', leaveDate: '2026-09-30' }),
    // left in January of the next year: still paid on 1月1日
    person('E6', '131091', 5_200_000, 150_000, { leaveDate: '2027-01-15' }),
  ];
  const reports = salaryPaymentReports(2026, people, { 131032: '00012345' });

  test('counts: 受給者総人員 across municipalities, 報告人員, 特別徴収 / 普通徴収', () => {
    expect(reports.map((r) => [r.code, r.name, r.designatedNumber, r.recipientsTotal, r.reported, r.special, r.ordinary])).toEqual([
      ['131032', '港区', '00012345', 4, 3, 1, 2],
      ['131091', '品川区', null, 4, 3, 2, 1],
    ]);
    expect(reports[0]!.submission).toBe('新規');
  });

  test('a leaver is 普通徴収; one paid 300,000 or less is not required', () => {
    expect(collectionOf(people[3]!, 2026)).toEqual({ collection: '普通徴収', reason: '退職 2026-03-31' });
    expect(collectionOf(people[5]!, 2026)).toEqual({ collection: '特別徴収' });
    const e4 = reports[1]!.recipients.find((r) => r.code === 'E4')!;
    const e5 = reports[0]!.recipients.find((r) => r.code === 'E5')!;
    expect([e4.required, e5.required]).toEqual([false, true]);
  });

  test('法定調書合計表: Ⓐ all slips, Ⓑ those over the 提出範囲', () => {
    const s = statutorySummary(2026, people);
    expect(s.total).toEqual({ people: 6, paid: 4_800_000 + 6_000_000 + 3_000_000 + 300_000 + 2_600_000 + 5_200_000, withheld: 120_000 + 210_000 + 50_000 + 80_000 + 150_000 });
    // E2 (600万 > 500万), E5 (leaver 260万 > 250万), E6 (520万)
    expect(s.filedRecipients.map((r) => r.code)).toEqual(['E2', 'E5', 'E6']);
    expect(s.filed).toEqual({ people: 3, paid: 6_000_000 + 2_600_000 + 5_200_000, withheld: 210_000 + 80_000 + 150_000 });
    expect(s.source).toContain('所得税法226条1項');
  });

  test('the 総括表 page: 年度, the municipality, its counts, who is 普通徴収; user text escaped', () => {
    const html = renderSalaryReportHtml(2026, { ...reports[0]!, recipients: [] , reported: 3 }, { name: '株式会社<テスト>', address: '東京都港区' }, '2027-01-20');
    expect(html).toContain('令和9年度（令和8年分）給与支払報告書（総括表）');
    expect(html).toContain('港区長 あて');
    expect(html).toContain('00012345');
    expect(html).toContain('株式会社&lt;テスト&gt;');
    expect(html).not.toContain('<テスト>');
  });
});
