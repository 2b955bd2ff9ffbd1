/**
 * 給与所得の源泉徴収票 (令和8年分) of a worked case: the 設計 manager of the demo (spouse without income, a 19-year-old,
 * a student with 合計所得金額 100万円, new life insurance with a dependant under 23, 介護医療, earthquake), every figure
 * worked by hand from ../shared/reference/year-end-adjustment/ (table rows named), never from running the code.
 */
import { computeYearEndAdjustment, type YearEndAdjustment } from '../../../src/core/year-end/adjustment';
import { renderWithholdingSlipsHtml, withholdingSlipOf, yearEndColumnLines } from '../../../src/core/year-end/slip';
import { unsafeCss } from '../../../src/core/render/html';

const input = {
  year: 2026, salaryTotal: 6_000_000, withheldTotal: 200_000, socialInsurance: 900_000,
  lifeInsurance: { newGeneral: 100_000, newCare: 50_000 }, earthquakeInsurance: { earthquake: 30_000 },
  spouse: { birthDate: '1982-08-20', income: 0, livingTogether: true },
  dependents: [{ name: '吉田 蓮', birthDate: '2007-05-10', income: 0, livingTogether: true }, { name: '吉田 葵', birthDate: '2006-11-02', income: 1_000_000, livingTogether: false }],
};
const people = [
  { person: '配偶者' as const, name: '吉田 久美子', birthDate: '1982-08-20', estimatedIncome: 0, livingTogether: true },
  { person: '扶養親族' as const, name: '吉田 蓮', birthDate: '2007-05-10', estimatedIncome: 0, livingTogether: true },
  { person: '扶養親族' as const, name: '吉田 葵', birthDate: '2006-11-02', estimatedIncome: 1_000_000, livingTogether: false },
];

test('the slip of the worked case', () => {
  const r = computeYearEndAdjustment(input) as YearEndAdjustment;
  const slip = withholdingSlipOf({ year: 2026, employee: { code: 'E001', name: '吉田 千尋', hireDate: '2010-04-01', birthDate: '1968-04-18' }, payer: { name: '株式会社ミナト設計工房' },
    pay: { salaryTotal: 6_000_000, socialInsurance: 900_000, withheldTotal: 200_000 }, input, result: r, people });
  expect(slip.paid).toBe(6_000_000);
  // 生命保険料: 一般(新) 100,000 with a dependant under 23 → 計算式II 100,000/4 + 30,000 = 55,000; 介護医療 50,000 → I: 50,000/4 + 20,000 = 32,500
  expect(slip.life).toBe(87_500);
  expect(slip.quake).toBe(30_000); // 地震: 全額 (≤ 50,000)
  expect(slip.spouse).toMatchObject({ has: true, elderly: false, deduction: 380_000 }); // 配偶者控除 earner ≤ 900万 column: 38万
  expect(slip.dependants).toEqual({ specific: 1, elderly: 0, elderlyTogether: 0, other: 0, young: 0 }); // 19歳: 特定扶養
  // 特定親族特別控除: 合計所得 1,000,000 is in 950,000超1,000,000以下 → 410,000 (tokutei_shinzoku_tokubetsu_kojo_r08.csv)
  expect(slip.specificRelative).toBe(410_000);
  expect(slip.remarks).toEqual(['特定親族 吉田 葵（1,000,000円）', '租税特別措置法第41条の15の5第1項適用']);
  expect(slip.dependantNames).toEqual([{ name: '吉田 蓮', kind: '特定' }]);
  expect(slip.withheld).toBe(r.annualTax);
  const column = yearEndColumnLines(r, { salaryTotal: 6_000_000, socialInsurance: 900_000, withheldTotal: 200_000 });
  expect(column.map((l) => l.no).join('')).toBe('⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗');
  expect(column.find((l) => l.no === '⑱')!.amount).toBe(410_000);
  const html = renderWithholdingSlipsHtml([slip], 'ja', [column]);
  expect(html).toContain('令和8年分 給与所得の源泉徴収票');
  expect(html).toContain('特定親族特別控除の額');
  const css = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
  expect(unsafeCss(css)).toEqual([]);
});

test('未調整: 支払金額, 源泉徴収税額 as withheld, 社会保険料 only, 摘要 年末調整未済', () => {
  const slip = withholdingSlipOf({ year: 2026, employee: { code: 'E040', name: '退職 太郎', hireDate: '2020-04-01', leaveDate: '2026-06-30' }, payer: { name: 'X' },
    pay: { salaryTotal: 1_800_000, socialInsurance: 270_000, withheldTotal: 24_000 }, people: [] });
  expect(slip).toMatchObject({ adjusted: false, paid: 1_800_000, withheld: 24_000, socialInsurance: 270_000, employmentIncome: null, deductionsTotal: null, life: null, remarks: ['年末調整未済'] });
});
