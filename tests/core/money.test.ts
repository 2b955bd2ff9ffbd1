import {
  ceilYen, floorToThousand, floorYen, fraction, parseDecimal, percentRate, perMilleRate, roundHalfDown50Sen, roundHalfUp, roundHalfUpToTen, yenTimes,
} from '../../src/core/money';

describe('money: exact rates and named rounding rules', () => {
  test('rates parse exactly from decimal text (0.1 + 0.2 style float errors impossible)', () => {
    expect(percentRate('9.85')).toMatchObject({ n: 197, d: 2000 }); // 985/10000 reduced
    expect(perMilleRate('5.5')).toMatchObject({ n: 11, d: 2000 });
    expect(parseDecimal('5/1000')).toEqual({ n: 1, d: 200 });
    expect(parseDecimal('-8333')).toEqual({ n: -8333, d: 1 });
    // 300,000 × 9.85% ÷ 2 = 14,775 exactly; in binary floating point 300000*0.0985/2 = 14774.999999999998.
    expect(roundHalfDown50Sen(yenTimes(150000, percentRate('9.85')))).toBe(14775);
  });
  test('roundHalfDown50Sen: 50銭以下切り捨て・50銭超切り上げ (通貨の単位及び貨幣の発行等に関する法律 第3条)', () => {
    expect(roundHalfDown50Sen(fraction(142825, 10))).toBe(14282); // 14,282.50 → 14,282
    expect(roundHalfDown50Sen(fraction(1428251, 100))).toBe(14283); // 14,282.51 → 14,283
    expect(roundHalfDown50Sen(fraction(1428249, 100))).toBe(14282);
    expect(roundHalfDown50Sen(fraction(14282))).toBe(14282);
  });
  test('half-up, floor, ceil, to ten, to thousand', () => {
    expect(roundHalfUp(fraction(15305, 10))).toBe(1531); // 1,530.5 → 1,531
    expect(roundHalfUp(fraction(15304, 10))).toBe(1530);
    expect(floorYen(fraction(9999, 10))).toBe(999);
    expect(floorYen(fraction(-1, 10))).toBe(-1);
    expect(ceilYen(fraction(81666_1, 10))).toBe(81667);
    expect(roundHalfUpToTen(fraction(4509_3486, 10000))).toBe(4510); // 4,509.3486 → 4,510
    expect(roundHalfUpToTen(fraction(4504_99, 100))).toBe(4500);
    expect(floorToThousand(1_234_567)).toBe(1_234_000);
  });
  test('refuses inexact input', () => {
    expect(() => yenTimes(0.5, percentRate('1'))).toThrow();
    expect(() => parseDecimal('1e3')).toThrow();
  });
});
