/**
 * Depreciation against the published examples: 国税庁 タックスアンサー No.2106「定額法と定率法による
 * 減価償却（平成19年4月1日以後に取得をされた場合）」 (取得価額1,000,000円、耐用年数10年: 定額法 償却率0.100
 * → 100,000円 × 9年 and 99,999円 in year 10; 200%定率法 償却率0.200・改定償却率0.250・保証率0.06552 →
 * 償却保証額65,520円, 200,000 / 160,000 / 128,000 / 102,400 / 81,920 / 65,536, then 改定取得価額262,144 ×
 * 0.250 = 65,536 from year 7, 65,535 in year 10), and No.5404「中古資産の耐用年数」 (簡便法). Other
 * figures are worked by hand in the comments, from the rates of 別表第八・第十.
 */
import { depreciationSchedule, fiscalSchedule, fiscalYearOf, lumpSumSchedule, monthsInService, rateRow, smallAssetOptions,
  smeAnnualCap, firstOverSmeCap, usedAssetLife, valueOn, withinSmeCap, taxBookDifference } from '../../../src/core/assets';

const tenYears = { acquisitionCost: 1_000_000, usefulLifeYears: 10, acquiredOn: '2024-04-01', firstYearMonths: 12 } as const;

describe('depreciation: 国税庁 No.2106 (1,000,000円, 10年)', () => {
  test('定額法: 100,000円 a year, 99,999円 in year 10, 1 yen left', () => {
    const s = depreciationSchedule({ ...tenYears, method: 'straight_line' });
    expect(s.years.map((y) => y.depreciation)).toEqual([...Array(9).fill(100_000), 99_999]);
    expect(s.years[9]!.closingBookValue).toBe(1);
    expect(s.guaranteeAmount).toBeNull();
    expect(s.switchYear).toBeNull();
    expect(s.explanation.join('\n')).toContain('別表第八 耐用年数10年');
  });
  test('200%定率法: 償却保証額65,520円, the switch in year 7 to 262,144 × 0.250', () => {
    const s = depreciationSchedule({ ...tenYears, method: 'declining_balance_200' });
    expect(s.guaranteeAmount).toBe(65_520);
    expect(s.switchYear).toBe(7);
    expect(s.years.map((y) => y.depreciation)).toEqual([200_000, 160_000, 128_000, 102_400, 81_920, 65_536, 65_536, 65_536, 65_536, 65_535]);
    expect(s.years.map((y) => y.closingBookValue)).toEqual([800_000, 640_000, 512_000, 409_600, 327_680, 262_144, 196_608, 131_072, 65_536, 1]);
    expect(s.explanation.join('\n')).toMatch(/7年目.*52,428円.*65,520円.*262,144円.*0\.250.*65,536円/);
  });
  test('the rates come from the table rows (別表第十 10年: 0.200 / 0.250 / 0.06552)', () => {
    const r = rateRow('declining_balance_200', 10, '2024-04-01');
    expect([r.rate.text, r.revisedRate?.text, r.guaranteeRate?.text]).toEqual(['0.200', '0.250', '0.06552']);
    expect(rateRow('straight_line', 4, '2024-04-01').rate.text).toBe('0.250');
    expect(() => rateRow('declining_balance_200', 10, '2012-03-31')).toThrow(/2012-04-01/);
    expect(() => rateRow('straight_line', 51, '2024-04-01')).toThrow(/usefulLifeYears/);
  });
});

describe('depreciation: first year, 1 yen, short lives (worked by hand)', () => {
  test('a 3-month first year: 定額法 PC 240,000円, 4年 (0.250): 60,000 × 3/12 = 15,000, then 60,000 ×3, the last 44,999', () => {
    // 240,000 − 15,000 − 180,000 = 45,000 left for year 5, which is capped at 45,000 − 1 = 44,999.
    const s = depreciationSchedule({ acquisitionCost: 240_000, usefulLifeYears: 4, method: 'straight_line', acquiredOn: '2026-01-10', firstYearMonths: 3 });
    expect(s.years.map((y) => y.depreciation)).toEqual([15_000, 60_000, 60_000, 60_000, 44_999]);
    expect(s.years.map((y) => y.months)).toEqual([3, 12, 12, 12, 12]);
    expect(s.years[4]!.closingBookValue).toBe(1);
  });
  test('a 3-month first year, 200%定率法 10年: 1,000,000 × 0.200 × 3/12 = 50,000', () => {
    // year 2: 950,000 × 0.200 = 190,000; the guarantee test uses the annual amount before proration
    const s = depreciationSchedule({ ...tenYears, method: 'declining_balance_200', firstYearMonths: 3 });
    expect(s.years.slice(0, 2).map((y) => y.depreciation)).toEqual([50_000, 190_000]);
    expect(s.years[s.years.length - 1]!.closingBookValue).toBe(1);
    expect(s.years.reduce((a, y) => a + y.depreciation, 0)).toBe(999_999);
  });
  test('1-yen rule: 定率法 4年 (0.500, 改定1.000, 保証率0.12499): 300,000 → 150,000, 75,000, then 75,000 − 1', () => {
    // 償却保証額 = 300,000 × 0.12499 = 37,497; year 3: 75,000 × 0.5 = 37,500 ≥ 37,497, so no switch yet;
    // year 4: 37,500 × 0.5 = 18,750 < 37,497 → 改定取得価額37,500 × 1.000 = 37,500, capped at 37,499.
    const s = depreciationSchedule({ acquisitionCost: 300_000, usefulLifeYears: 4, method: 'declining_balance_200', acquiredOn: '2026-04-01', firstYearMonths: 12 });
    expect(s.guaranteeAmount).toBe(37_497);
    expect(s.years.map((y) => y.depreciation)).toEqual([150_000, 75_000, 37_500, 37_499]);
    expect(s.switchYear).toBe(4);
    expect(s.years[3]!.closingBookValue).toBe(1);
  });
  test('2 years (別表第十 has no 改定償却率): 定率法 1.000 writes all but 1 yen in year 1', () => {
    const s = depreciationSchedule({ acquisitionCost: 50_000, usefulLifeYears: 2, method: 'declining_balance_200', acquiredOn: '2026-04-01', firstYearMonths: 12 });
    expect(s.years).toEqual([{ year: 1, months: 12, openingBookValue: 50_000, depreciation: 49_999, closingBookValue: 1 }]);
    expect(s.switchYear).toBeNull();
  });
  test('software (intangible, 5年 定額法 0.200) ends at 0', () => {
    const s = depreciationSchedule({ acquisitionCost: 500_000, usefulLifeYears: 5, method: 'straight_line', acquiredOn: '2026-04-01', firstYearMonths: 12, intangible: true });
    expect(s.years.map((y) => y.depreciation)).toEqual([100_000, 100_000, 100_000, 100_000, 100_000]);
    expect(s.years[4]!.closingBookValue).toBe(0);
  });
  test('the amounts are exact: 333,333円 × 0.334 = 111,333.222 → 111,333 (1円未満切捨て)', () => {
    const s = depreciationSchedule({ acquisitionCost: 333_333, usefulLifeYears: 3, method: 'straight_line', acquiredOn: '2026-04-01', firstYearMonths: 12 });
    expect(s.years.map((y) => y.depreciation)).toEqual([111_333, 111_333, 110_666]);
  });
});

describe('small assets: thresholds by cost and acquisition date (small_asset_rules.json)', () => {
  test('under 100,000: immediate, lump sum, SME, normal', () => {
    expect(smallAssetOptions({ cost: 99_999, acquiredOn: '2026-05-01', smeEligible: true }).options).toEqual(['immediate_expense', 'ikkatsu_3y', 'sme_special', 'normal']);
    expect(smallAssetOptions({ cost: 100_000, acquiredOn: '2026-05-01', smeEligible: true }).options).toEqual(['ikkatsu_3y', 'sme_special', 'normal']);
    expect(smallAssetOptions({ cost: 200_000, acquiredOn: '2026-05-01', smeEligible: false }).options).toEqual(['normal']);
  });
  test('the SME threshold on both sides of 2026-04-01: 30万円未満 before, 40万円未満 from (令和8年度税制改正)', () => {
    expect(smallAssetOptions({ cost: 350_000, acquiredOn: '2026-03-31', smeEligible: true }).options).toEqual(['normal']);
    expect(smallAssetOptions({ cost: 350_000, acquiredOn: '2026-04-01', smeEligible: true }).options).toEqual(['sme_special', 'normal']);
    expect(smallAssetOptions({ cost: 299_999, acquiredOn: '2026-03-31', smeEligible: true }).options).toEqual(['sme_special', 'normal']);
    expect(smallAssetOptions({ cost: 400_000, acquiredOn: '2026-04-01', smeEligible: true }).options).toEqual(['normal']);
    expect(smallAssetOptions({ cost: 399_999, acquiredOn: '2029-03-31', smeEligible: true }).options).toContain('sme_special');
    const after = smallAssetOptions({ cost: 150_000, acquiredOn: '2029-04-01', smeEligible: true });
    expect(after.options).toEqual(['ikkatsu_3y', 'normal']);
    expect(after.explanation.join('\n')).toContain('2029-04-01');
  });
  test('the annual cap 300万円 (× months/12 for a short year) and the items within it', () => {
    expect(smeAnnualCap()).toBe(3_000_000);
    expect(smeAnnualCap(6)).toBe(1_500_000);
    const r = withinSmeCap([{ id: 'a', cost: 1_400_000 }, { id: 'b', cost: 1_500_000 }, { id: 'c', cost: 200_000 }, { id: 'd', cost: 100_000 }]);
    expect(r.within.map((x) => x.id)).toEqual(['a', 'b', 'd']);
    expect(r.over.map((x) => x.id)).toEqual(['c']);
    expect(r.total).toBe(3_000_000);
  });
  test('the cap across a register: the year counts what is registered, a replaced row is not counted twice, a short year 300万円×6/12', () => {
    // 租税特別措置法67条の5第1項・国税庁 No.5408: 「合計額300万円（事業年度が1年未満の場合は300万円を12で除し、事業年度の月数を掛けた金額）を限度」
    const reg = [{ id: 'A', cost: 2_000_000, fiscalYear: 2026 }, { id: 'B', cost: 900_000, fiscalYear: 2026 }, { id: 'C', cost: 2_900_000, fiscalYear: 2025 }];
    expect(firstOverSmeCap(reg, [{ id: 'D', cost: 100_000, fiscalYear: 2026 }])).toBeNull(); // 3,000,000 exactly: 「以下」
    expect(firstOverSmeCap(reg, [{ id: 'D', cost: 100_001, fiscalYear: 2026 }])).toMatchObject({ item: { id: 'D' }, runningTotal: 2_900_000, totalWith: 3_000_001, cap: 3_000_000 });
    expect(firstOverSmeCap(reg, [{ id: 'D', cost: 100_001, fiscalYear: 2027 }])).toBeNull();
    // B updated to a higher cost replaces its row
    expect(firstOverSmeCap(reg, [{ id: 'B', cost: 1_000_000, fiscalYear: 2026 }])).toBeNull();
    expect(firstOverSmeCap(reg, [{ id: 'B', cost: 1_000_001, fiscalYear: 2026 }])?.runningTotal).toBe(2_000_000);
    // the candidates in order: the second one over
    expect(firstOverSmeCap([], [{ id: 'x', cost: 1_000_000, fiscalYear: 2026 }, { id: 'y', cost: 600_000, fiscalYear: 2026 }], (y) => (y === 2026 ? 6 : 12)))
      .toMatchObject({ item: { id: 'y' }, runningTotal: 1_000_000, cap: 1_500_000, months: 6 });
  });
  test('一括償却資産: 3 equal years whatever the month put in service, the total is the cost', () => {
    expect(lumpSumSchedule(150_000).map((y) => y.depreciation)).toEqual([50_000, 50_000, 50_000]);
    expect(lumpSumSchedule(100_001).map((y) => y.depreciation)).toEqual([33_333, 33_333, 33_335]);
  });
});

describe('used asset life, 簡便法 (国税庁 No.5404)', () => {
  test('part of the life passed: 普通自動車 6年, 2年6か月経過 → (72 − 30) + 30 × 20% = 48か月 = 4年', () => {
    expect(usedAssetLife({ statutoryLifeYears: 6, elapsedYears: 2, elapsedMonths: 6 }).usefulLifeYears).toBe(4);
  });
  test('the whole life passed: 6年 × 20% = 14.4か月 → 1年 → at least 2年', () => {
    expect(usedAssetLife({ statutoryLifeYears: 6, elapsedYears: 7 }).usefulLifeYears).toBe(2);
    expect(usedAssetLife({ statutoryLifeYears: 15, elapsedYears: 20 }).usefulLifeYears).toBe(3); // 180 × 0.2 = 36か月
  });
  test('a fraction of a year is dropped: 10年, 3年経過 → 84 + 7.2 = 91.2か月 → 7年', () => {
    expect(usedAssetLife({ statutoryLifeYears: 10, elapsedYears: 3 }).usefulLifeYears).toBe(7);
  });
});

describe('fiscal years and values on a date', () => {
  const pc = { acquisitionCost: 240_000, acquiredOn: '2026-01-10', servicedOn: '2026-01-10' };
  test('months in service count a part month as one; a 3月決算 company serviced on 3/31 has 1 month', () => {
    expect(monthsInService('2026-03-31', '2026-03-31')).toBe(1);
    expect(monthsInService('2026-01-10', '2026-03-31')).toBe(3);
    expect(fiscalYearOf('2026-03-31', 4)).toEqual({ label: 2025, start: '2025-04-01', end: '2026-03-31' });
    expect(fiscalYearOf('2026-12-31', 1)).toEqual({ label: 2026, start: '2026-01-01', end: '2026-12-31' });
  });
  test('fiscal schedule (April start) and the value at a year end and mid-year', () => {
    const s = fiscalSchedule(pc, { treatment: 'normal', method: 'straight_line', usefulLifeYears: 4 }, 4);
    expect(s.map((y) => [y.label, y.depreciation])).toEqual([[2025, 15_000], [2026, 60_000], [2027, 60_000], [2028, 60_000], [2029, 44_999]]);
    expect(valueOn(pc, s, '2026-03-31', 4, 'yearEnd').bookValue).toBe(225_000);
    expect(valueOn(pc, s, '2026-09-30', 4, 'yearEnd').bookValue).toBe(225_000);
    // monthly: April–September = 6 of 12 months of 60,000 → 30,000
    expect(valueOn(pc, s, '2026-09-30', 4, 'monthly').bookValue).toBe(195_000);
    expect(valueOn(pc, s, '2026-09-29', 4, 'monthly').bookValue).toBe(200_000);
    expect(valueOn(pc, s, '2025-12-31', 4, 'monthly')).toMatchObject({ inService: false, bookValue: 240_000 });
    expect(valueOn(pc, s, '2031-01-01', 4, 'yearEnd').bookValue).toBe(1);
  });
  test('tax and books apart: the books over 3 years straight line, tax over the statutory 4', () => {
    const tax = fiscalSchedule(pc, { treatment: 'normal', method: 'straight_line', usefulLifeYears: 4 }, 4);
    const book = fiscalSchedule(pc, { treatment: 'normal', method: 'straight_line', usefulLifeYears: 3 }, 4);
    // books: 240,000 × 0.334 = 80,160 a year, 80,160 × 3/12 = 20,040 in the first
    expect(taxBookDifference(tax, book, 2025)).toEqual({ label: 2025, tax: 15_000, book: 20_040, difference: 5_040 });
    expect(taxBookDifference(tax, book, 2026)).toEqual({ label: 2026, tax: 60_000, book: 80_160, difference: 20_160 });
  });
  test('an expensed small asset is 0 after its first year; 一括償却 by fiscal years', () => {
    const gloves = { acquisitionCost: 80_000, acquiredOn: '2026-06-01', servicedOn: '2026-06-01' };
    const s = fiscalSchedule(gloves, { treatment: 'immediate_expense', method: 'straight_line', usefulLifeYears: 4 }, 4);
    expect(s).toHaveLength(1);
    expect(valueOn(gloves, s, '2027-03-31', 4, 'yearEnd').bookValue).toBe(0);
    const lump = fiscalSchedule({ ...gloves, acquisitionCost: 150_000 }, { treatment: 'ikkatsu_3y', method: 'straight_line', usefulLifeYears: 4 }, 4);
    expect(lump.map((y) => [y.label, y.depreciation, y.closingBookValue])).toEqual([[2026, 50_000, 100_000], [2027, 50_000, 50_000], [2028, 50_000, 0]]);
  });
});
