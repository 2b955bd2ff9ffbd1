/**
 * 印紙税 against ../shared/reference/contracts/stamp_duty_no2.csv (read here, each band at both of its
 * ends) and the schedule written out in stamp_duty_outsourcing.md (1万円未満 非課税; ≤100万 200円; …).
 */
import { stampDuty, stampDutyNo2 } from '../../../src/core/contracts';
import { readCsv } from '../payroll/reference';

const rows = readCsv('contracts/stamp_duty_no2.csv');

describe('第2号文書: every band of the reference table at both ends', () => {
  const bands = rows.filter((r) => r.document_no === '2' && r.amount_over_yen !== 'no_amount');
  test('the table has its 12 bands', () => expect(bands).toHaveLength(12));
  for (const b of bands) {
    const low = b.amount_over_yen === '' ? 0 : Number(b.amount_over_yen) + 1;
    const high = b.amount_up_to_yen === '' ? 10_000_000_000 : Number(b.amount_up_to_yen);
    test(`${low}〜${high}円: ${b.tax_yen}円`, () => {
      expect(stampDutyNo2(low)).toBe(Number(b.tax_yen));
      expect(stampDutyNo2(high)).toBe(Number(b.tax_yen));
    });
  }
  test('the schedule in words (stamp_duty_outsourcing.md)', () => {
    expect([9_999, 10_000, 1_000_000, 1_000_001, 3_000_000, 5_000_001, 100_000_000, 5_000_000_001].map(stampDutyNo2)).toEqual([0, 200, 200, 400, 1_000, 10_000, 60_000, 600_000]);
  });
});

describe('by document type', () => {
  const no7 = rows.find((r) => r.document_no === '7')!;
  const noAmount = rows.find((r) => r.amount_over_yen === 'no_amount')!;
  test('第2号 without an amount', () => {
    expect(stampDuty({ document: 'no2', amount: null })).toMatchObject({ tax: Number(noAmount.tax_yen) });
  });
  test('第2号 with 2,400,000円: 1,000円, the note names the band', () => {
    const s = stampDuty({ document: 'no2', amount: 2_400_000 });
    expect(s.tax).toBe(1_000);
    expect(s.note).toContain('2,400,000円');
    expect(s.note).toContain('1,000円');
  });
  test('第7号: 4,000円, unless 3 months or less without renewal', () => {
    expect(stampDuty({ document: 'no7', amount: null, months: 12, renews: true }).tax).toBe(Number(no7.tax_yen));
    expect(stampDuty({ document: 'no7', amount: null, months: 3, renews: true }).tax).toBe(Number(no7.tax_yen));
    expect(stampDuty({ document: 'no7', amount: null, months: 3, renews: false }).tax).toBe(0);
    expect(stampDuty({ document: 'no7', amount: null, months: 4, renews: false }).tax).toBe(Number(no7.tax_yen));
  });
  test('electronic contracts and 不課税 documents: 0', () => {
    expect(stampDuty({ document: 'electronic', amount: 50_000_000 }).tax).toBe(0);
    expect(stampDuty({ document: 'none', amount: 50_000_000 }, 'en').note).toMatch(/Not taxable/);
  });
});
