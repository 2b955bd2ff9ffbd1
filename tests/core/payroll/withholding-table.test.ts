/**
 * 源泉徴収税額表 月額表 (国税庁, 令和9年分, 令和8年分 and 令和2〜7年分) and 賞与の算出率の表, row by row from
 * ../shared/reference/withholding-tax/*.csv: every row at its lower and upper boundary, 甲欄 0–7
 * dependents and 乙欄; the over-7 rule; the top bands' percentage formulas.
 */
import { computeBonusWithholding, computeWithholding } from '../../../src/core/payroll/withholding';
import { floorTimes, readCsv, type Row } from './reference';

const editions = [
  { name: '令和9年分', suffix: '2027', payDates: ['2027-01-01', '2027-06-25'] },
  { name: '令和8年分', suffix: '2026', payDates: ['2026-01-01', '2026-06-25'] },
  { name: '令和2〜7年分', suffix: '2020-2025', payDates: ['2020-01-01', '2025-12-31'] },
];
/** Probe points of a row [from, to): its lower bound and its last yen (open rows: +1,000,000). */
function probes(r: Row, fromKey: string, toKey: string): number[] {
  const from = Number(r[fromKey]);
  return r[toKey] === '' ? [from, from + 1_000_000] : [from, Number(r[toKey]) - 1];
}
/** The tax the table states at `amount`: the row's amount, plus (amount − from) × excess rate, 1円未満切り捨て. */
function tableTax(r: Row, amountKey: string, rateKey: string, amount: number): number {
  const base = Number(r[amountKey]);
  return r[rateKey] ? base + floorTimes(amount - Number(r.from_yen_inclusive), r[rateKey]!) : base;
}

describe.each(editions)('月額表 $name', ({ suffix, payDates }) => {
  const kou = readCsv(`withholding-tax/monthly_kou_${suffix}.csv`);
  const otsu = readCsv(`withholding-tax/monthly_otsu_${suffix}.csv`);
  const payDate = payDates[1]!;

  test(`甲欄: every row (${kou.length}) at both boundaries, 0–7 dependents`, () => {
    let checked = 0;
    for (const r of kou) {
      for (const a of probes(r, 'from_yen_inclusive', 'to_yen_exclusive')) {
        for (let dep = 0; dep <= 7; dep++) {
          const got = computeWithholding({ payDate, taxableAfterSocialInsurance: a, dependents: dep, taxColumn: 'kou' }).incomeTax;
          const want = tableTax(r, `kou_${dep}`, 'kou_excess_rate', a);
          if (got !== want) throw new Error(`A=${a} dependents=${dep}: got ${got}, table says ${want}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(kou.length * 2 * 8);
  });

  test('甲欄: over 7 dependents = the 7 column − 1,610円 per extra person (月額表 甲欄 注), never below 0', () => {
    for (const r of kou) {
      const a = Number(r.from_yen_inclusive);
      for (const dep of [8, 9, 12]) {
        const want = Math.max(0, tableTax(r, 'kou_7', 'kou_excess_rate', a) - (dep - 7) * 1610);
        expect(computeWithholding({ payDate, taxableAfterSocialInsurance: a, dependents: dep, taxColumn: 'kou' }).incomeTax).toBe(want);
      }
    }
  });

  test(`乙欄: every row (${otsu.length}) at both boundaries, incl. 3.063 % under the first band and the top bands`, () => {
    for (const r of otsu) {
      for (const a of probes(r, 'from_yen_inclusive', 'to_yen_exclusive')) {
        const want = tableTax(r, 'otsu_tax', 'otsu_excess_rate', a);
        expect([a, computeWithholding({ payDate, taxableAfterSocialInsurance: a, dependents: 0, taxColumn: 'otsu' }).incomeTax]).toEqual([a, want]);
      }
    }
  });

  test('the edition is chosen by pay date (first day in force)', () => {
    const r = kou.find((x) => Number(x.from_yen_inclusive) <= 300000 && 300000 < Number(x.to_yen_exclusive))!;
    expect(computeWithholding({ payDate: payDates[0]!, taxableAfterSocialInsurance: 300000, dependents: 0, taxColumn: 'kou' }).incomeTax).toBe(Number(r.kou_0));
  });
});

describe.each(editions)('賞与の算出率の表 $name', ({ suffix, payDates }) => {
  const rows = readCsv(`withholding-tax/bonus_rate_${suffix}.csv`);
  test(`every row (${rows.length}) at both boundaries of 前月の社会保険料等控除後の給与等の金額`, () => {
    for (const r of rows) {
      for (const prevRaw of probes(r, 'prev_month_from_yen_inclusive', 'prev_month_to_yen_exclusive')) {
        const prev = Math.max(1, prevRaw); // 0 would be the "no salary last month" case, tested apart
        const bonus = prev * 10; // not over 10×: the rate table applies
        const got = computeBonusWithholding({ payDate: payDates[1]!, bonusAfterSocialInsurance: bonus, previousMonthTaxableAfterSocialInsurance: prev, dependents: r.column === 'kou' ? Number(r.dependents) : 0, taxColumn: r.column as 'kou' | 'otsu' });
        expect([r.column, r.dependents, prev, got.method, got.incomeTax]).toEqual([r.column, r.dependents, prev, 'bonusRateTable', floorTimes(bonus, r.rate!)]);
      }
    }
  });
  test('more than 7 dependents use the 「7人以上」 column', () => {
    const r = rows.find((x) => x.column === 'kou' && x.dependents === '7' && x.rate !== '0.00000')!;
    const prev = Number(r.prev_month_from_yen_inclusive);
    const got = computeBonusWithholding({ payDate: payDates[1]!, bonusAfterSocialInsurance: 500000, previousMonthTaxableAfterSocialInsurance: prev, dependents: 9, taxColumn: 'kou' });
    expect(got.incomeTax).toBe(floorTimes(500000, r.rate!));
  });
});

describe('賞与: the 月額表 special case (国税庁: 前月に給与の支払がない場合・賞与が前月の給与の10倍を超える場合)', () => {
  const kou2026 = readCsv('withholding-tax/monthly_kou_2026.csv');
  const at = (a: number, col: string) => Number(kou2026.find((r) => Number(r.from_yen_inclusive) <= a && (r.to_yen_exclusive === '' || a < Number(r.to_yen_exclusive)))![col]);
  test('no salary last month: (月額表 on bonus ÷ 6) × 6', () => {
    // 1,200,000 ÷ 6 = 200,000 → 月額表 甲欄 0人 row 200,000 (令和8年分); × 6.
    const got = computeBonusWithholding({ payDate: '2026-07-10', bonusAfterSocialInsurance: 1200000, previousMonthTaxableAfterSocialInsurance: 0, dependents: 0, taxColumn: 'kou' });
    expect(got).toMatchObject({ method: 'monthlyTable', rate: null, incomeTax: at(200000, 'kou_0') * 6 });
  });
  test('bonus over 10× last month: (月額表 on prev + bonus ÷ 6 − 月額表 on prev) × 6; ÷ 12 × 12 for a period over 6 months', () => {
    const prev = 110000;
    const bonus = 1200001; // > 1,100,000
    const sixth = Math.floor(bonus / 6); // 200,000 (1円未満切り捨て)
    const got = computeBonusWithholding({ payDate: '2026-12-10', bonusAfterSocialInsurance: bonus, previousMonthTaxableAfterSocialInsurance: prev, dependents: 1, taxColumn: 'kou' });
    expect(got.incomeTax).toBe((at(prev + sixth, 'kou_1') - at(prev, 'kou_1')) * 6);
    const twelfth = Math.floor(bonus / 12); // 100,000
    const long = computeBonusWithholding({ payDate: '2026-12-10', bonusAfterSocialInsurance: bonus, previousMonthTaxableAfterSocialInsurance: prev, dependents: 1, taxColumn: 'kou', bonusPeriodMonths: 12 });
    expect(long.incomeTax).toBe((at(prev + twelfth, 'kou_1') - at(prev, 'kou_1')) * 12);
  });
  test('exactly 10× is not "over": the rate table applies', () => {
    expect(computeBonusWithholding({ payDate: '2026-12-10', bonusAfterSocialInsurance: 1100000, previousMonthTaxableAfterSocialInsurance: 110000, dependents: 1, taxColumn: 'kou' }).method).toBe('bonusRateTable');
  });
});

describe('令和9年分 (2027): the pay date picks the edition; the surtaxes and the bonus table\'s confidence are named', () => {
  const kou2026 = readCsv('withholding-tax/monthly_kou_2026.csv');
  const kou2027 = readCsv('withholding-tax/monthly_kou_2027.csv');
  const at = (rows: Row[], a: number, col: string) => Number(rows.find((r) => Number(r.from_yen_inclusive) <= a && (r.to_yen_exclusive === '' || a < Number(r.to_yen_exclusive)))![col]);
  test('2027-01-25 uses the 令和9年分 table, 2026-12-25 the 令和8年分 one (108,000円: taxed in 2026, under the 2027 threshold 111,000)', () => {
    // monthly_kou_2026.csv row 107,000–109,000 甲欄 0人; monthly_kou_2027.csv row 0–111,000: 0.
    expect(at(kou2026, 108000, 'kou_0')).toBeGreaterThan(0);
    expect(at(kou2027, 108000, 'kou_0')).toBe(0);
    const dec = computeWithholding({ payDate: '2026-12-25', taxableAfterSocialInsurance: 108000, dependents: 0, taxColumn: 'kou' });
    const jan = computeWithholding({ payDate: '2027-01-25', taxableAfterSocialInsurance: 108000, dependents: 0, taxColumn: 'kou' });
    expect([dec.incomeTax, jan.incomeTax]).toEqual([at(kou2026, 108000, 'kou_0'), 0]);
    expect(dec.explanation.join('\n')).toContain('令和8年分');
    expect(jan.explanation.join('\n')).toContain('令和9年分');
    // and a row where both tables tax, 300,000円 2 dependents
    expect(computeWithholding({ payDate: '2027-01-25', taxableAfterSocialInsurance: 300000, dependents: 2, taxColumn: 'kou' }).incomeTax).toBe(at(kou2027, 300000, 'kou_2'));
    expect(computeWithholding({ payDate: '2026-12-31', taxableAfterSocialInsurance: 300000, dependents: 2, taxColumn: 'kou' }).incomeTax).toBe(at(kou2026, 300000, 'kou_2'));
  });
  test('the 2027 explanation names 復興特別所得税 1.1 % and 防衛特別所得税 1 % (together 2.1 %); 2026 does not', () => {
    const jan = computeWithholding({ payDate: '2027-01-25', taxableAfterSocialInsurance: 300000, dependents: 0, taxColumn: 'kou' }).explanation.join('\n');
    expect(jan).toContain('復興特別所得税1.1%と防衛特別所得税1%（合わせて2.1%）');
    const dec = computeWithholding({ payDate: '2026-12-25', taxableAfterSocialInsurance: 300000, dependents: 0, taxColumn: 'kou' }).explanation.join('\n');
    expect(dec).not.toContain('防衛');
    const en = computeWithholding({ payDate: '2027-01-25', taxableAfterSocialInsurance: 300000, dependents: 0, taxColumn: 'kou', method: 'computer', lang: 'en' }).explanation.join('\n');
    expect(en).toContain('defence special income tax 1% (together 2.1%)');
  });
  test('the 2027 bonus rate table shows its single-transcription source and confidence, and needs the admin\'s confirmation', () => {
    const r = readCsv('withholding-tax/bonus_rate_2027.csv').find((x) => x.column === 'kou' && x.dependents === '0' && x.prev_month_from_yen_inclusive === '263000')!;
    const input = { payDate: '2027-07-09', bonusAfterSocialInsurance: 600000, previousMonthTaxableAfterSocialInsurance: 280000, dependents: 0, taxColumn: 'kou' as const };
    const pending = computeBonusWithholding(input);
    expect(pending.incomeTax).toBe(floorTimes(600000, r.rate!));
    expect(pending.needsConfirmation).toBe(true);
    expect(pending.explanation.join('\n')).toMatch(/1つの転記のみ.*norbital-ai\/templates.*確度: 中〜低.*未確認/);
    const ok = computeBonusWithholding({ ...input, bonusTableConfirmation: '2027-01-01 総務 山田 2027-01-06 国税庁PDFと照合' });
    expect(ok.needsConfirmation).toBe(false);
    expect(ok.explanation.join('\n')).toContain('照合済み');
    // a record for another edition does not confirm this one
    expect(computeBonusWithholding({ ...input, bonusTableConfirmation: '2026-01-01 済' }).needsConfirmation).toBe(true);
    // the 令和8年分 table (two sources) needs no confirmation
    expect(computeBonusWithholding({ ...input, payDate: '2026-12-10' }).needsConfirmation).toBe(false);
  });
});
