/** `kanri calc contract-deadlines | indefinite-conversion` (issue 17 item 5): the contract's fields; bad input exits 1 naming the field. */
import { runCalc } from '../../../src/local/cli/calc';

function calc(name: string, input: unknown): { code: number; out: any; err: string } {
  let out = '';
  let err = '';
  const code = runCalc(name, JSON.stringify(input), { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out: out ? JSON.parse(out) : undefined, err };
}

describe('kanri calc (contracts)', () => {
  test('contract-deadlines: a yearly lease from 2026-04-01, 3 months\' notice (12-31 for a term ending 03-31)', () => {
    const r = calc('contract-deadlines', { start: '2026-04-01', end: '2027-03-31', autoRenew: true, renewalMonths: 12, noticeMonths: 3, asOf: '2027-01-05' });
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({ currentTermStart: '2026-04-01', currentTermEnd: '2027-03-31', nextNoticeDeadline: '2027-12-31', nextRenewal: '2027-04-01', status: 'active' });
    const once = calc('contract-deadlines', { start: '2026-01-31', end: '2026-02-28', autoRenew: false, noticeDays: 10, asOf: '2026-02-01' });
    expect(once.out).toMatchObject({ currentTermEnd: '2026-02-28', nextNoticeDeadline: '2026-02-18', nextRenewal: null, status: 'active' });
  });
  test('indefinite-conversion: 1-year terms from 2013-04-01, the right with the 6th (2018-04-01)', () => {
    const terms = [2013, 2014, 2015, 2016, 2017, 2018].map((y) => ({ start: `${y}-04-01`, end: `${y + 1}-03-31` }));
    const r = calc('indefinite-conversion', { terms, asOf: '2018-05-01' });
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({ totalMonths: 72, rightArisesOn: '2018-04-01' });
    expect(r.out.explanation.length).toBeGreaterThan(3);
  });
  test('bad input exits 1 naming the field', () => {
    const noMonths = calc('contract-deadlines', { start: '2026-04-01', end: '2027-03-31', autoRenew: true, noticeMonths: 3, asOf: '2026-06-01' });
    expect(noMonths.code).toBe(1);
    expect(noMonths.err).toContain('input.renewalMonths');
    expect(calc('contract-deadlines', { start: '2026-04-01', end: '2026-03-31', autoRenew: false, asOf: '2026-06-01' }).err).toContain('input.end');
    expect(calc('contract-deadlines', { start: '2026-04-01', end: '2027-03-31', autoRenew: false, noticeMonths: 1, noticeDays: 5, asOf: '2026-06-01' }).err).toContain('input.noticeDays');
    expect(calc('indefinite-conversion', { terms: [{ start: '2026-02-30', end: '2027-01-01' }], asOf: '2026-06-01' }).err).toContain('input.terms[0].start');
    const overlap = calc('indefinite-conversion', { terms: [{ start: '2025-04-01', end: '2026-03-31' }, { start: '2026-03-01', end: '2027-02-28' }], asOf: '2026-06-01' });
    expect([overlap.code, /overlap/.test(overlap.err)]).toEqual([1, true]);
  });
});
