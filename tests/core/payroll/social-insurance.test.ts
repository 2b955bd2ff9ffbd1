/**
 * 健康保険・介護・子ども・子育て支援金・厚生年金 against ../shared/reference/social-insurance/: every grade
 * boundary of both grade tables, every prefecture's 協会けんぽ rate for each 年度 shipped, and
 * amounts worked by hand as the 協会けんぽ 保険料額表 prints them.
 */
import {
  careInsuranceApplies, computeBonusSocialInsurance, computeSocialInsurance, computeStandardBonus, gradesForRemuneration,
} from '../../../src/core/payroll/social-insurance';
import { readCsv, readJson } from './reference';

const young = '1995-06-15'; // 30-ish: no 介護
const si = (over: Partial<Parameters<typeof computeSocialInsurance>[0]>) =>
  computeSocialInsurance({ insuranceMonth: '2026-05', prefecture: '東京都', birthDate: young, standardMonthlyRemuneration: 300000, ...over });

describe('標準報酬月額 grade tables (健康保険法 第40条, 厚生年金保険法 第20条)', () => {
  const grades = readCsv('social-insurance/standard_monthly_remuneration_grades.csv');
  test(`every boundary of the ${grades.length} health grades and the pension grades`, () => {
    const pensionRows = grades.filter((g) => g.pension_grade !== '');
    const firstPension = pensionRows[0]!;
    const lastPension = pensionRows[pensionRows.length - 1]!;
    for (const g of grades) {
      const from = Number(g.remuneration_from_yen_inclusive);
      const probes = g.remuneration_to_yen_exclusive === '' ? [from, from + 5000000] : [from, Number(g.remuneration_to_yen_exclusive) - 1];
      for (const p of probes) {
        const got = gradesForRemuneration(p);
        // Pension: the row's own pension grade; below grade 1's range grade 1, above grade 32's range grade 32 (README).
        const pension = g.pension_grade !== '' ? g : Number(g.health_grade) < Number(firstPension.health_grade) ? firstPension : lastPension;
        expect([p, got.health.grade, got.health.standard, got.pension.grade, got.pension.standard]).toEqual([
          p, Number(g.health_grade), Number(g.standard_monthly_remuneration_yen), Number(pension.pension_grade), Number(pension.standard_monthly_remuneration_yen),
        ]);
      }
    }
    expect(grades).toHaveLength(50);
    expect(pensionRows).toHaveLength(32);
  });
});

describe('協会けんぽ 健康保険料率, every prefecture and 年度 (from the March insurance month)', () => {
  const rates = readCsv('social-insurance/kyoukaikenpo_health_rates.csv');
  const years = [
    { column: 'health_rate_pct_R07_from_2025-03', months: ['2025-03', '2026-02'] },
    { column: 'health_rate_pct_R08_from_2026-03', months: ['2026-03', '2027-02'] },
  ];
  test.each(years)('$column', ({ column, months }) => {
    for (const r of rates) {
      const hundredths = Number(r[column]!.replace('.', ''));
      for (const insuranceMonth of months) {
        // 標準報酬 410,000 × rate ÷ 2 = 20.5 × hundredths: x.5 when odd, which the 50銭以下切り捨て
        // drops; so the employee share is floor(205 × hundredths / 10).
        const got = si({ insuranceMonth, prefecture: r.prefecture!, standardMonthlyRemuneration: 410000 });
        expect([r.prefecture, insuranceMonth, got.healthInsurance]).toEqual([r.prefecture, insuranceMonth, Math.floor((205 * hundredths) / 10)]);
        // Employer: 全額 410,000 × rate (= 41 × hundredths, whole yen) − employee share.
        expect(got.employer.healthInsurance).toBe(41 * hundredths - Math.floor((205 * hundredths) / 10));
      }
    }
    expect(rates).toHaveLength(47);
  });
  test('an insurance month before the shipped years needs an override', () => {
    expect(() => si({ insuranceMonth: '2025-02' })).toThrow(/no 協会けんぽ health/);
    // The admin adds 令和6年度 (東京都 9.98 %) as data: 300,000 × 9.98 % ÷ 2 = 14,970.
    const got = si({ insuranceMonth: '2025-02', overrides: { kyokaiHealthRates: { 東京都: [{ from: '2024-03', ratePercent: '9.98', source: '協会けんぽ 令和6年度 (admin)' }] } } });
    expect(got.healthInsurance).toBe(14970);
    expect(got.explanation.join('\n')).toContain('協会けんぽ 令和6年度 (admin)');
  });
});

describe('保険料額表 amounts worked by hand (協会けんぽ 令和8年度 東京都 9.85 %, 介護 1.62 %, 支援金 0.23 %, 厚生年金 18.3 %)', () => {
  test('標準報酬 300,000, under 40, insurance month 2026-05', () => {
    // 健康 300,000 × 9.85 % = 29,550 → 折半 14,775; 支援金 300,000 × 0.23 % = 690 → 345;
    // 厚生年金 300,000 × 18.3 % = 54,900 → 27,450.
    const r = si({});
    expect([r.healthGrade, r.pensionGrade]).toEqual([22, 19]);
    expect([r.healthInsurance, r.careInsurance, r.childSupport, r.pension]).toEqual([14775, 0, 345, 27450]);
    // 子ども・子育て拠出金 (employer only, 0.36 % of the pension standard; social_insurance_rates.json): 300,000 × 0.36 % = 1,080.
    expect(r.employer).toEqual({ healthInsurance: 14775, careInsurance: 0, childSupport: 345, pension: 27450, childRearingContribution: 1080, total: 43650 });
  });
  test('介護保険第2号被保険者: health + care 11.47 % charged together', () => {
    // 300,000 × 11.47 % = 34,410 → 折半 17,205; careInsurance = 17,205 − 14,775 = 2,430.
    const r = si({ birthDate: '1980-10-15' });
    expect([r.healthInsurance, r.careInsurance]).toEqual([14775, 2430]);
    // 標準報酬 410,000: × 11.47 % = 47,027 → 23,513.5 → 23,513 (50銭以下切り捨て); health alone 40,385 → 20,192.5 → 20,192.
    const s = si({ birthDate: '1980-10-15', standardMonthlyRemuneration: 410000 });
    expect([s.healthInsurance, s.careInsurance]).toEqual([20192, 23513 - 20192]);
    // Employer: 全額 47,027 − 23,513 = 23,514 for health + care; health alone 40,385 − 20,192 = 20,193.
    expect(s.employer.healthInsurance + s.employer.careInsurance).toBe(47027 - 23513);
    expect(s.employer.healthInsurance).toBe(20193);
  });
  test('令和7年度 東京都 9.91 %, 介護 1.59 % (insurance month 2025-10, no 支援金 yet)', () => {
    // 300,000 × 9.91 % = 29,730 → 14,865; × 11.50 % = 34,500 → 17,250; 支援金 starts 2026-04.
    const r = si({ insuranceMonth: '2025-10', birthDate: '1980-10-15' });
    expect([r.healthInsurance, r.careInsurance, r.childSupport, r.pension]).toEqual([14865, 17250 - 14865, 0, 27450]);
    expect(si({ insuranceMonth: '2026-03' }).childSupport).toBe(0);
    expect(si({ insuranceMonth: '2026-04' }).childSupport).toBe(345);
  });
  test('厚生年金 grade 1 and 32 at the ends of the health table; 50銭 rule on 18.3 %', () => {
    // 58,000 (health grade 1) → pension grade 1 88,000: 88,000 × 18.3 % = 16,104 → 8,052.
    expect(si({ standardMonthlyRemuneration: 58000 })).toMatchObject({ healthGrade: 1, pensionGrade: 1, pension: 8052 });
    // 1,390,000 → pension grade 32 650,000: 118,950 → 59,475.
    expect(si({ standardMonthlyRemuneration: 1390000 })).toMatchObject({ healthGrade: 50, pensionGrade: 32, pension: 59475 });
    // 98,000: 98,000 × 18.3 % = 17,934 → 8,967; 104,000 × 18.3 % = 19,032 → 9,516; 9.85 % of 98,000 = 9,653 → 4,826.5 → 4,826.
    expect(si({ standardMonthlyRemuneration: 98000 })).toMatchObject({ pension: 8967, healthInsurance: 4826 });
    expect(() => si({ standardMonthlyRemuneration: 301000 })).toThrow(/not a 標準報酬月額/);
  });
  test('rates in the reference JSON are the ones applied', () => {
    const j = readJson('social-insurance/social_insurance_rates.json');
    expect(j.kosei_nenkin_pension[0].rate_pct).toBe(18.3);
    expect(si({}).rates).toEqual({ health: '9.85%', care: null, childSupport: `${j.kodomo_kosodate_shienkin[0].rate_pct}%`, pension: '18.3%', childRearingContribution: `${j.kodomo_kosodate_kyoshutsukin_employer_only[0].rate_pct}%` });
  });
});

describe('介護保険: from the month of the day before the 40th birthday to the month before that of the 65th (介護保険法 第9条)', () => {
  test('birthday on the 1st: the day before falls in the previous month', () => {
    // Born 1986-04-01: 40 is reached on 2026-03-31 → due from insurance month 2026-03.
    expect(careInsuranceApplies('1986-04-01', '2026-02')).toBe(false);
    expect(careInsuranceApplies('1986-04-01', '2026-03')).toBe(true);
    // Born 1986-04-02: reached on 2026-04-01 → from 2026-04.
    expect(careInsuranceApplies('1986-04-02', '2026-03')).toBe(false);
    expect(careInsuranceApplies('1986-04-02', '2026-04')).toBe(true);
  });
  test('65: the last month is the one before the month containing the day before the birthday', () => {
    // Born 1961-04-02: 65 reached on 2026-04-01 → last month 2026-03.
    expect(careInsuranceApplies('1961-04-02', '2026-03')).toBe(true);
    expect(careInsuranceApplies('1961-04-02', '2026-04')).toBe(false);
    // Born 1961-04-01: reached 2026-03-31 → last month 2026-02.
    expect(careInsuranceApplies('1961-04-01', '2026-02')).toBe(true);
    expect(careInsuranceApplies('1961-04-01', '2026-03')).toBe(false);
  });
});

describe('標準賞与額 and bonus premiums (健康保険法 第45条, 厚生年金保険法 第24条の4)', () => {
  test('1,000円未満切り捨て, health 573万 a 年度, pension 150万 a payment', () => {
    expect(computeStandardBonus(1234567)).toMatchObject({ standardBonus: 1234000, healthStandardBonus: 1234000, pensionStandardBonus: 1234000 });
    expect(computeStandardBonus(2000999)).toMatchObject({ standardBonus: 2000000, healthStandardBonus: 2000000, pensionStandardBonus: 1500000 });
    // Already 5,000,000 this 年度: only 730,000 more counts for health.
    expect(computeStandardBonus(1000000, 5000000)).toMatchObject({ healthStandardBonus: 730000, pensionStandardBonus: 1000000 });
    expect(computeStandardBonus(1000000, 5730000)).toMatchObject({ healthStandardBonus: 0 });
  });
  test('bonus 500,500 paid 2026-07, 東京都, age 45', () => {
    // 標準賞与額 500,000. health+care 11.47 % = 57,350 → 28,675; health 9.85 % = 49,250 → 24,625;
    // 支援金 0.23 % = 1,150 → 575; 厚生年金 18.3 % = 91,500 → 45,750.
    const r = computeBonusSocialInsurance({ insuranceMonth: '2026-07', prefecture: '東京都', birthDate: '1981-01-10', bonus: 500500 });
    expect([r.healthInsurance, r.careInsurance, r.childSupport, r.pension]).toEqual([24625, 28675 - 24625, 575, 45750]);
  });
});

describe('a 健保組合 with its own rates, as data', () => {
  test('employee rate set apart from the total', () => {
    // 組合: total 9.0 %, employee 4.2 %: 300,000 × 4.2 % = 12,600; employer 27,000 − 12,600 = 14,400.
    const r = si({ healthInsurer: { kind: 'union', name: 'ABC健康保険組合', healthRates: [{ from: '2026-03', ratePercent: '9.0', employeeRatePercent: '4.2', source: 'ABC健保 規約' }] } });
    expect([r.healthInsurance, r.employer.healthInsurance]).toEqual([12600, 14400]);
  });
});

describe('子ども・子育て拠出金: employer only, 0.36 % of the 厚生年金 standard (子ども・子育て支援法69条・70条; social_insurance_rates.json)', () => {
  test('標準報酬 980,000 (a health grade above the pension table): the pension standard is 650,000 → 650,000 × 0.36 % = 2,340', () => {
    const r = si({ standardMonthlyRemuneration: 980_000 });
    expect(r.pensionStandardMonthlyRemuneration).toBe(650_000);
    expect(r.employer.childRearingContribution).toBe(2340);
    expect(r.total).toBe(r.healthInsurance + r.careInsurance + r.childSupport + r.pension); // never deducted from the employee
  });
  test('標準報酬 98,000 → 98,000 × 0.36 % = 352.8 → 352 (1円未満切り捨て)', () => {
    expect(si({ standardMonthlyRemuneration: 98_000 }).employer.childRearingContribution).toBe(352);
  });
  test('on a bonus: the pension 標準賞与額 (1,800,000 capped at 1,500,000) × 0.36 % = 5,400', () => {
    const b = computeBonusSocialInsurance({ insuranceMonth: '2026-12', prefecture: '東京都', birthDate: '1990-05-10', bonus: 1_800_000 });
    expect(b.employerChildRearingContribution).toBe(5400);
  });
  test('none once the pension premium stops at 70 (厚生年金保険法9条)', () => {
    const r = si({ birthDate: '1954-01-15', insuranceMonth: '2026-05' }); // 70 on 2024-01-14 (pension ends), 75 only in 2029
    expect([r.pension, r.employer.childRearingContribution]).toEqual([0, 0]);
    expect(r.healthInsurance).toBe(14775);
  });
});
