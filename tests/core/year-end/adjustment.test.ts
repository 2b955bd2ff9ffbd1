/**
 * 年末調整 令和8年分 (issue 14): every expected value below is worked by hand from the NTA rules and tables
 * as transcribed in ../shared/reference/year-end-adjustment/ (file and row cited at each figure), never
 * from running this code: 給与所得控除後の給与等の金額 (所得税法別表第五, 措法29条の4: 令和8年分 minimum 74万),
 * 基礎控除 (所法86条 + 措法41条の16の2), 配偶者(特別)控除 (所法83条・83条の2), 特定親族特別控除 (所法84条の2),
 * 扶養控除 (所法84条, 措法41条の16), 生命保険料控除 (所法76条, 措法41条の15の5), 地震保険料控除 (所法77条),
 * 所得金額調整控除 (措法41条の3の11), the 速算表 (所法89条) and 年調年税額 = 年調所得税額 × 102.1 % (100円未満切捨て).
 */
import { computeYearEndAdjustment, type YearEndAdjustment, type YearEndInput } from '../../../src/core/year-end/adjustment';
import { referenceDir } from '../payroll/reference';
import fs from 'node:fs';
import path from 'node:path';

/** The rows of a year-end CSV (its `#` comment lines dropped). */
function yearEndCsv(file: string): Record<string, string>[] {
  const lines = fs.readFileSync(path.join(referenceDir, 'year-end-adjustment', file), 'utf8').trim().split(/\r?\n/).filter((l) => !l.startsWith('#'));
  const cols = lines[0]!.split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

const base: YearEndInput = { year: 2026, salaryTotal: 0, withheldTotal: 0, socialInsurance: 0 };
function adjust(input: Partial<YearEndInput>): YearEndAdjustment {
  const r = computeYearEndAdjustment({ ...base, ...input });
  if (!r.eligible) throw new Error(`excluded: ${r.reason}`);
  return r;
}
const employmentIncome = (salaryTotal: number) => adjust({ salaryTotal }).employmentIncome;

describe('給与所得控除後の給与等の金額 at the edges of every band (kyuyo_shotoku_kojogo_r08.csv)', () => {
  test('under 741,000 → 0; 741,000 … 2,190,999 → 給与 − 740,000 (措法29条の4: minimum 74万 for 令和8年分)', () => {
    expect(employmentIncome(0)).toBe(0);
    expect(employmentIncome(740_999)).toBe(0);
    expect(employmentIncome(741_000)).toBe(1_000);
    expect(employmentIncome(1_230_000)).toBe(490_000);
    expect(employmentIncome(2_190_999)).toBe(1_450_999);
  });
  test('2,191,000: the table starts (rows 2,191,000–2,193,000 → 1,451,000; 2,193,000–2,196,000 → 1,453,000)', () => {
    expect(employmentIncome(2_191_000)).toBe(1_451_000);
    expect(employmentIncome(2_192_999)).toBe(1_451_000);
    expect(employmentIncome(2_193_000)).toBe(1_453_000);
    // 2,200,000–2,204,000: 別表第五 q = 2,200,000 → 2,200,000 × 2.8 / 4 − 80,000 = 1,460,000
    expect(employmentIncome(2_200_000)).toBe(1_460_000);
  });
  test('the table on its band starts: 3,600,000 switches the 別表第五 rule (q × 3.2 − 440,000); 4,000,000; 5,000,000', () => {
    // 3,596,000–3,600,000: q = 899,000 × 4 = 3,596,000 → 899,000 × 2.8 − 80,000 = 2,437,200
    expect(employmentIncome(3_599_999)).toBe(2_437_200);
    // 3,600,000–3,604,000: 900,000 × 3.2 − 440,000 = 2,440,000
    expect(employmentIncome(3_600_000)).toBe(2_440_000);
    expect(employmentIncome(4_000_000)).toBe(2_760_000);
    expect(employmentIncome(5_003_999)).toBe(3_560_000);
  });
  test('6.6 M: 6,599,999 is the last table row (6,596,000–6,600,000 → 4,836,800); 6,600,000 uses 収入 × 90 % − 1,100,000', () => {
    expect(employmentIncome(6_599_999)).toBe(4_836_800);
    expect(employmentIncome(6_600_000)).toBe(4_840_000); // 5,940,000 − 1,100,000
    expect(employmentIncome(6_600_009)).toBe(4_840_008); // floor(5,940,008.1) − 1,100,000
  });
  test('8.5 M: 8,499,999 → floor(7,649,999.1) − 1,100,000 = 6,549,999; 8,500,000 → 8,500,000 − 1,950,000 = 6,550,000', () => {
    expect(employmentIncome(8_499_999)).toBe(6_549_999);
    expect(employmentIncome(8_500_000)).toBe(6_550_000);
  });
  test('the table rows themselves: every band start and last yen equals the reference file', () => {
    const rows = yearEndCsv('kyuyo_shotoku_kojogo_r08.csv').filter((r) => r.kyuyo_shotoku !== '');
    expect(rows.length).toBeGreaterThan(1100);
    for (const r of rows) {
      const want = Number(r.kyuyo_shotoku);
      expect([r.from_incl, employmentIncome(Number(r.from_incl))]).toEqual([r.from_incl, want]);
      expect([r.to_excl, employmentIncome(Number(r.to_excl) - 1)]).toEqual([r.to_excl, want]);
    }
  });
  test('the explanation names the table row and the source', () => {
    const text = adjust({ salaryTotal: 5_000_000 }).explanation.join('\n');
    expect(text).toContain('5,000,000円以上5,004,000円未満の欄 → 3,560,000円');
    expect(text).toContain('年末調整等のための給与所得控除後の給与等の金額の表');
  });
});

describe('exclusions (所得税法第190条)', () => {
  test('pay over 20,000,000 is not adjusted; exactly 20,000,000 is (「二千万円以下」: 20,000,000 − 1,950,000 = 18,050,000)', () => {
    const over = computeYearEndAdjustment({ ...base, salaryTotal: 20_000_001 });
    expect(over).toMatchObject({ eligible: false, reason: 'salaryOver20M' });
    expect(over.explanation.join('\n')).toContain('年末調整の対象外');
    expect(adjust({ salaryTotal: 20_000_000 }).employmentIncome).toBe(18_050_000);
    // a mid-year joiner: the previous employer's pay counts
    expect(computeYearEndAdjustment({ ...base, salaryTotal: 15_000_000, previousEmployer: { salary: 5_000_001, withheld: 0, socialInsurance: 0 } })).toMatchObject({ eligible: false, reason: 'salaryOver20M' });
  });
  test('乙欄 is not adjusted, with the reason', () => {
    const r = computeYearEndAdjustment({ ...base, salaryTotal: 3_000_000, taxColumn: 'otsu' });
    expect(r).toMatchObject({ eligible: false, reason: 'otsu' });
    expect(r.explanation.join('\n')).toContain('乙欄');
  });
});

describe('所得金額調整控除 at 8.5 M (措法41条の3の11: (min(収入, 1,000万) − 850万) × 10 %, 1円未満切上げ, max 15万)', () => {
  const child = { birthDate: '2010-05-05', income: 0, livingTogether: true }; // 16 on 2026-12-31: under 23
  test('8,500,000: none (not over 850万); 8,500,001: ceil(0.1) = 1; 9,000,000: 50,000; 12,000,000: 150,000', () => {
    expect(adjust({ salaryTotal: 8_500_000, dependents: [child] }).incomeAdjustment).toBe(0);
    expect(adjust({ salaryTotal: 8_500_001, dependents: [child] }).incomeAdjustment).toBe(1);
    expect(adjust({ salaryTotal: 9_000_000, dependents: [child] }).incomeAdjustment).toBe(50_000);
    expect(adjust({ salaryTotal: 12_000_000, dependents: [child] }).incomeAdjustment).toBe(150_000);
  });
  test('only with a 23歳未満の扶養親族 or a 特別障害者; a 特定親族 does not count', () => {
    expect(adjust({ salaryTotal: 9_000_000 }).incomeAdjustment).toBe(0);
    expect(adjust({ salaryTotal: 9_000_000, self: { disability: 'special' } }).incomeAdjustment).toBe(50_000);
    expect(adjust({ salaryTotal: 9_000_000, self: { disability: 'general' } }).incomeAdjustment).toBe(0);
    // a 20-year-old earning 100万 is a 特定親族, not a 扶養親族
    expect(adjust({ salaryTotal: 9_000_000, dependents: [{ birthDate: '2006-06-01', income: 1_000_000, livingTogether: false }] }).incomeAdjustment).toBe(0);
  });
});

describe('基礎控除 at 489万 and 655万 of 合計所得金額 (kiso_kojo_r08.csv)', () => {
  test('4,890,000 → 1,040,000; 4,890,001 → 670,000 (salary 6,655,556: floor(5,990,000.4) − 1,100,000 = 4,890,000)', () => {
    expect(adjust({ salaryTotal: 6_655_556 })).toMatchObject({ totalIncome: 4_890_000, deductions: { basic: 1_040_000 } });
    expect(adjust({ salaryTotal: 6_655_557 })).toMatchObject({ totalIncome: 4_890_001, deductions: { basic: 670_000 } });
  });
  test('6,550,000 → 670,000; 6,550,001 → 620,000 (salary 8,500,000 and 8,500,001)', () => {
    expect(adjust({ salaryTotal: 8_500_000 })).toMatchObject({ totalIncome: 6_550_000, deductions: { basic: 670_000 } });
    expect(adjust({ salaryTotal: 8_500_001 })).toMatchObject({ totalIncome: 6_550_001, deductions: { basic: 620_000 } });
  });
  test('other income counts for 合計所得金額 but not for the tax base; 2,350万 → 620,000, then 480,000', () => {
    const r = adjust({ salaryTotal: 2_000_000, otherIncome: 3_000_000 });
    expect(r).toMatchObject({ employmentIncome: 1_260_000, totalIncome: 4_260_000, deductions: { basic: 1_040_000 } });
    expect(adjust({ otherIncome: 23_500_000 }).deductions.basic).toBe(620_000);
    expect(adjust({ otherIncome: 23_500_001 }).deductions.basic).toBe(480_000);
  });
});

describe('扶養控除, 特定扶養 and 特定親族特別控除 at 62万 and 123万 (fuyo_shogai_etc_r08.csv, tokutei_shinzoku_tokubetsu_kojo_r08.csv)', () => {
  const one = (dep: { birthDate: string; income: number; livingTogether?: boolean; linealAscendant?: boolean }) =>
    adjust({ salaryTotal: 5_000_000, dependents: [{ livingTogether: true, ...dep }] });
  test('a 20-year-old: 620,000 → 特定扶養 630,000; 620,001 → 特定親族 630,000 (62万超85万以下); 1,230,000 → 30,000; 1,230,001 → none', () => {
    expect(one({ birthDate: '2006-06-01', income: 620_000 })).toMatchObject({ dependentKinds: ['specific'], deductions: { dependents: 630_000, specificRelative: 0 } });
    expect(one({ birthDate: '2006-06-01', income: 620_001 })).toMatchObject({ dependentKinds: ['specificRelative'], deductions: { dependents: 0, specificRelative: 630_000 } });
    expect(one({ birthDate: '2006-06-01', income: 1_000_000 }).deductions.specificRelative).toBe(410_000); // 95万超100万以下
    expect(one({ birthDate: '2006-06-01', income: 1_230_000 }).deductions.specificRelative).toBe(30_000); // 120万超123万以下
    expect(one({ birthDate: '2006-06-01', income: 1_230_001 })).toMatchObject({ dependentKinds: ['none'], deductions: { dependents: 0, specificRelative: 0 } });
  });
  test('a 30-year-old: 620,000 → 380,000; 620,001 → none (not 19–22, so no 特定親族)', () => {
    expect(one({ birthDate: '1996-06-01', income: 620_000 }).deductions.dependents).toBe(380_000);
    expect(one({ birthDate: '1996-06-01', income: 620_001 }).deductions).toMatchObject({ dependents: 0, specificRelative: 0 });
  });
  test('ages on 2026-12-31 (年齢計算ニ関スル法律): 特定 = born 2004-01-02 … 2008-01-01; 老人 = born on or before 1957-01-01', () => {
    expect(one({ birthDate: '2004-01-01', income: 0 }).deductions.dependents).toBe(380_000); // 23
    expect(one({ birthDate: '2004-01-02', income: 0 }).deductions.dependents).toBe(630_000); // 22
    expect(one({ birthDate: '2008-01-01', income: 0 }).deductions.dependents).toBe(630_000); // 19
    expect(one({ birthDate: '2008-01-02', income: 0 }).deductions.dependents).toBe(380_000); // 18
    expect(one({ birthDate: '2011-01-01', income: 0 }).deductions.dependents).toBe(380_000); // 16
    expect(one({ birthDate: '2011-01-02', income: 0 })).toMatchObject({ dependentKinds: ['young'], deductions: { dependents: 0 } }); // 15
    expect(one({ birthDate: '1957-01-02', income: 0 }).deductions.dependents).toBe(380_000); // 69
    expect(one({ birthDate: '1957-01-01', income: 0, livingTogether: false }).deductions.dependents).toBe(480_000); // 70: 老人
    expect(one({ birthDate: '1957-01-01', income: 0, livingTogether: true }).deductions.dependents).toBe(480_000); // not said to be a parent
    expect(one({ birthDate: '1957-01-01', income: 0, livingTogether: true, linealAscendant: true }).deductions.dependents).toBe(580_000); // 同居老親等
  });
  test('障害者控除: 270,000 / 特別 400,000 / 同居特別 750,000, also for a 年少扶養親族', () => {
    const dis = (disability: 'general' | 'special', livingTogether: boolean) => adjust({ salaryTotal: 5_000_000, dependents: [{ birthDate: '2018-01-01', income: 0, livingTogether, disability }] }).deductions.disability;
    expect([dis('general', true), dis('special', false), dis('special', true)]).toEqual([270_000, 400_000, 750_000]);
  });
});

describe('配偶者控除・配偶者特別控除 (haigusha_kojo_r08.csv)', () => {
  const withSpouse = (income: number, extra: Partial<YearEndInput> = {}, birthDate = '1985-01-01') => adjust({ salaryTotal: 5_000_000, spouse: { birthDate, income }, ...extra }).deductions;
  test('spouse 620,000 → 配偶者控除 380,000; 620,001 → 配偶者特別控除 380,000; 1,330,000 → 30,000; 1,330,001 → none', () => {
    expect(withSpouse(620_000)).toMatchObject({ spouse: 380_000, spouseSpecial: 0 });
    expect(withSpouse(620_001)).toMatchObject({ spouse: 0, spouseSpecial: 380_000 });
    expect(withSpouse(950_001)).toMatchObject({ spouseSpecial: 360_000 });
    expect(withSpouse(1_330_000)).toMatchObject({ spouseSpecial: 30_000 });
    expect(withSpouse(1_330_001)).toMatchObject({ spouse: 0, spouseSpecial: 0 });
  });
  test('老人控除対象配偶者 (70 on 31 December) 480,000; by the earner\'s 合計所得金額: ≤900万 / ≤950万 / ≤1,000万 / over', () => {
    expect(withSpouse(0, {}, '1956-12-31').spouse).toBe(480_000);
    const byEarner = (otherIncome: number) => withSpouse(0, { salaryTotal: 0, otherIncome }).spouse;
    expect([byEarner(9_000_000), byEarner(9_000_001), byEarner(9_500_001), byEarner(10_000_000), byEarner(10_000_001)]).toEqual([380_000, 260_000, 130_000, 130_000, 0]);
  });
});

describe('生命保険料控除 and 地震保険料控除 (nencho_r08_other_rules.json)', () => {
  const life = (li: YearEndInput['lifeInsurance'], dependents: YearEndInput['dependents'] = []) => adjust({ salaryTotal: 5_000_000, lifeInsurance: li, dependents }).deductions.lifeInsurance;
  const adult = [{ birthDate: '1990-01-01', income: 0, livingTogether: true }];
  const under23 = [{ birthDate: '2010-01-01', income: 0, livingTogether: true }];
  test('new (計算式I): 20,000 全額; 20,001 → 20,001/2 + 10,000 = 20,000.5 → 20,001 (切上げ); 80,001 → 40,000', () => {
    expect([life({ newGeneral: 20_000 }), life({ newGeneral: 20_001 }), life({ newGeneral: 40_001 }), life({ newGeneral: 80_001 })]).toEqual([20_000, 20_001, 30_001, 40_000]);
  });
  test('old (計算式III): 25,000 全額; 50,000 → 37,500; 100,001 → 50,000; new + old general: min(sum, 40,000) or old alone when larger', () => {
    expect([life({ oldGeneral: 25_000 }), life({ oldGeneral: 50_000 }), life({ oldGeneral: 100_001 })]).toEqual([25_000, 37_500, 50_000]);
    expect(life({ newGeneral: 30_000, oldGeneral: 30_000 })).toBe(40_000); // 25,000 + 27,500 → 40,000
    expect(life({ newGeneral: 10_000, oldGeneral: 120_000 })).toBe(50_000); // old alone 50,000 > 40,000
  });
  test('the 令和8年分 special for a 扶養親族 under 23 (措法41条の15の5, 計算式II, max 60,000), new general only; total 120,000', () => {
    expect(life({ newGeneral: 120_000 }, adult)).toBe(40_000);
    expect(life({ newGeneral: 120_000 }, under23)).toBe(60_000); // 120,000/4 + 30,000
    expect(life({ newGeneral: 30_000 }, under23)).toBe(30_000);
    expect(life({ newGeneral: 30_001 }, under23)).toBe(30_001); // 15,000.5 → 15,001 + 15,000
    expect(life({ newGeneral: 200_000, newCare: 200_000, newPension: 200_000 }, under23)).toBe(120_000); // 60,000 + 40,000 + 40,000 → cap
    const r = adjust({ salaryTotal: 5_000_000, lifeInsurance: { newGeneral: 120_000 }, dependents: under23 });
    expect(r.remarks).toContain('租税特別措置法第41条の15の5第1項適用');
    // a 特定親族 (income over 62万) is not a 扶養親族: no special
    expect(life({ newGeneral: 120_000 }, [{ birthDate: '2006-01-10', income: 700_000, livingTogether: true }])).toBe(40_000);
  });
  test('地震保険料: 全額 up to 50,000; 旧長期 10,000 全額, 20,000 → 15,000, over → 15,000; together at most 50,000', () => {
    const eq = (e: YearEndInput['earthquakeInsurance']) => adjust({ salaryTotal: 5_000_000, earthquakeInsurance: e }).deductions.earthquakeInsurance;
    expect([eq({ earthquake: 60_000 }), eq({ oldLongTerm: 10_000 }), eq({ oldLongTerm: 20_000 }), eq({ oldLongTerm: 30_000 }), eq({ earthquake: 40_000, oldLongTerm: 30_000 })]).toEqual([50_000, 10_000, 15_000, 15_000, 50_000]);
  });
});

describe('本人: 寡婦・ひとり親・勤労学生・障害者 (fuyo_shogai_etc_r08.csv)', () => {
  test('ひとり親 350,000 and 寡婦 270,000 up to 合計所得金額 500万; ひとり親 wins when both are ticked', () => {
    expect(adjust({ salaryTotal: 5_000_000, self: { singleParent: true } }).deductions.singleParent).toBe(350_000);
    expect(adjust({ salaryTotal: 5_000_000, self: { widow: true } }).deductions.widow).toBe(270_000);
    expect(adjust({ salaryTotal: 5_000_000, self: { widow: true, singleParent: true } }).deductions).toMatchObject({ widow: 0, singleParent: 350_000 });
    // salary 7,000,000: 6,300,000 − 1,100,000 = 5,200,000 > 500万
    expect(adjust({ salaryTotal: 7_000_000, self: { singleParent: true } }).deductions.singleParent).toBe(0);
  });
  test('勤労学生 270,000 up to 合計所得金額 89万 (salary 1,630,000 → 890,000; 1,630,001 → 890,001)', () => {
    expect(adjust({ salaryTotal: 1_630_000, self: { workingStudent: true } }).deductions.workingStudent).toBe(270_000);
    expect(adjust({ salaryTotal: 1_630_001, self: { workingStudent: true } }).deductions.workingStudent).toBe(0);
  });
});

describe('whole adjustments worked by hand: a refund, a collection, a housing-loan credit, a mid-year joiner', () => {
  test('refund: 5,000,000, spouse without income, a 19-year-old, life 100,000 (special), earthquake 20,000', () => {
    // ⑨ 3,560,000 (row 5,000,000–5,004,000). 合計所得 3,560,000 → 基礎控除 1,040,000.
    // 社会保険料 720,000; 生命 (計算式II) 100,000/4 + 30,000 = 55,000; 地震 20,000; 配偶者 380,000 (≤900万 column); 特定扶養 630,000.
    // 控除計 2,845,000 → 課税 715,000 → × 5 % = 35,750 → × 102.1 % = 36,500.75 → 36,500; 36,500 − 120,000 = −83,500.
    const r = adjust({
      salaryTotal: 5_000_000, withheldTotal: 120_000, socialInsurance: 720_000, lifeInsurance: { newGeneral: 100_000 }, earthquakeInsurance: { earthquake: 20_000 },
      spouse: { birthDate: '1988-05-01', income: 0 }, dependents: [{ birthDate: '2007-04-10', income: 0, livingTogether: true }],
    });
    expect(r).toMatchObject({ employmentIncome: 3_560_000, deductionsTotal: 2_845_000, taxableIncome: 715_000, calculatedTax: 35_750, annualTax: 36_500, difference: -83_500, settlement: 'refund' });
    expect(r.deductions).toEqual({ socialInsurance: 720_000, smallBusinessMutualAid: 0, lifeInsurance: 55_000, earthquakeInsurance: 20_000, spouse: 380_000, spouseSpecial: 0, specificRelative: 0, dependents: 630_000, disability: 0, widow: 0, singleParent: 0, workingStudent: 0, basic: 1_040_000 });
    const text = r.explanation.join('\n');
    expect(text).toContain('715,000円（速算表 0円超1,950,000円以下）× 5% − 0円 = 35,750円');
    expect(text).toContain('35,750円 × 102.1% = 36,500円 → 36,500円（100円未満切捨て');
    expect(text).toContain('過納額（還付）83,500円');
  });
  test('collection: 6,600,000, single, social insurance 950,000, withheld 150,000', () => {
    // ⑨ 6,600,000 × 90 % − 1,100,000 = 4,840,000 (≤ 489万: 基礎控除 1,040,000). 控除計 1,990,000 → 課税 2,850,000
    // → × 10 % − 97,500 = 187,500 → × 102.1 % = 191,437.5 → 191,400; 191,400 − 150,000 = +41,400.
    const r = adjust({ salaryTotal: 6_600_000, withheldTotal: 150_000, socialInsurance: 950_000 });
    expect(r).toMatchObject({ employmentIncome: 4_840_000, taxableIncome: 2_850_000, calculatedTax: 187_500, annualTax: 191_400, difference: 41_400, settlement: 'collection' });
    expect(r.explanation.join('\n')).toContain('不足額（徴収）41,400円');
  });
  test('a household with every kind of person, old and new insurance, and a housing-loan credit larger than the tax', () => {
    // ⑨ 9,000,000 − 1,950,000 = 7,050,000; 調整控除 (9,000,000 − 8,500,000) × 10 % = 50,000 → 7,000,000 (基礎控除 620,000).
    // 生命: 一般 new 100,000 (II) 55,000 + old 60,000 (III) 40,000 → min(95,000, 60,000) = 60,000; 介護 50,000 (I) 32,500;
    //   年金 old 120,000 → 50,000; total 142,500 → 120,000. 地震 30,000 + 旧長期 15,000/2 + 5,000 = 12,500 → 42,500.
    // 配偶者 income 1,000,000 (95万超100万以下, ≤900万) 360,000. 長男 19 特定 630,000; 長女 21 earning 100万 特定親族 410,000;
    // 父 76 同居老親等 580,000; 次男 12 年少 0 + 同居特別障害者 750,000. 社保 1,300,000.
    // 控除計 4,812,500 → 課税 2,187,500 → 2,187,000 → × 10 % − 97,500 = 121,200; 住宅 200,000 → 121,200 used, 78,800 unused → 0.
    const r = adjust({
      salaryTotal: 9_000_000, withheldTotal: 600_000, socialInsurance: 1_300_000,
      lifeInsurance: { newGeneral: 100_000, oldGeneral: 60_000, newCare: 50_000, oldPension: 120_000 }, earthquakeInsurance: { earthquake: 30_000, oldLongTerm: 15_000 },
      spouse: { birthDate: '1980-01-01', income: 1_000_000 },
      dependents: [
        { name: '長男', birthDate: '2007-06-01', income: 0, livingTogether: true },
        { name: '長女', birthDate: '2005-03-01', income: 1_000_000, livingTogether: false },
        { name: '父', birthDate: '1950-02-02', income: 400_000, livingTogether: true, linealAscendant: true },
        { name: '次男', birthDate: '2014-06-01', income: 0, livingTogether: true, disability: 'special' },
      ],
      housingLoanCredit: 200_000,
    });
    expect(r).toMatchObject({ employmentIncome: 7_050_000, incomeAdjustment: 50_000, totalIncome: 7_000_000, deductionsTotal: 4_812_500, taxableIncome: 2_187_000, calculatedTax: 121_200, housingLoanCredit: 121_200, housingLoanCreditUnused: 78_800, adjustedIncomeTax: 0, annualTax: 0, difference: -600_000 });
    expect(r.deductions).toMatchObject({ lifeInsurance: 120_000, earthquakeInsurance: 42_500, spouseSpecial: 360_000, specificRelative: 410_000, dependents: 1_210_000, disability: 750_000, basic: 620_000 });
    expect(r.dependentKinds).toEqual(['specific', 'specificRelative', 'elderlyParentLivingTogether', 'young']);
  });
  test('a mid-year joiner: the previous employer\'s pay, tax and social insurance are added', () => {
    // 3,000,000 + 1,000,000 = 4,000,000 → ⑨ 2,760,000 (row 4,000,000–4,004,000); 社保 450,000 + 150,000 = 600,000; 基礎 1,040,000
    // 課税 1,120,000 → 56,000 → × 102.1 % = 57,176 → 57,100; withheld 60,000 + 20,000 = 80,000 → −22,900.
    const r = adjust({ salaryTotal: 3_000_000, withheldTotal: 60_000, socialInsurance: 450_000, previousEmployer: { salary: 1_000_000, withheld: 20_000, socialInsurance: 150_000 } });
    expect(r).toMatchObject({ salaryTotal: 4_000_000, withheldTotal: 80_000, employmentIncome: 2_760_000, taxableIncome: 1_120_000, annualTax: 57_100, difference: -22_900 });
  });
  test('速算表 rows at their edges (sokusan_nencho_r08.csv): 6,950,000 × 20 % − 427,500; 6,951,000 × 23 % − 636,000; 9,000,000 / 9,001,000', () => {
    // ⑨ = S − 1,950,000 for S ≥ 8,500,000, and 基礎控除 620,000 (合計所得 > 655万): taxable = S − 2,570,000.
    const taxOn = (taxable: number) => adjust({ salaryTotal: taxable + 1_950_000 + 620_000 }).calculatedTax;
    expect(taxOn(6_950_000)).toBe(962_500); // × 20 % − 427,500
    expect(taxOn(6_951_000)).toBe(962_730); // × 23 % − 636,000
    expect(taxOn(9_000_000)).toBe(1_434_000);
    expect(taxOn(9_001_000)).toBe(1_434_330); // × 33 % − 1,536,000
  });
});
