/**
 * Issue 12 item 17: Kanri's own check passes after ordinary use. Every job runs twice in the same
 * minute on the demo company (the audit log's key was built from the minute, so a second export
 * duplicated it), a reopen and a close follow each other, and then `check` finds no error.
 */
import { demoCompany } from '../support/demo';
import { Company } from '../../src/local/company';
import { tempDir } from '../support/company';

jest.setTimeout(600_000);

test('item 17: every job twice in the same minute, then kanri check: no error', () => {
  const dir = tempDir('kanri-audit-');
  const { admin } = demoCompany(dir, { asOf: '2026-11-25' });
  const company = new Company(dir);
  // one minute of simulated time, 2026-11-26 10:00 Tokyo: every call below lands in it
  const start = new Date('2026-11-26T01:00:00Z').getTime();
  let tick = 0;
  company.clock = () => new Date(start + Math.min(59_000, tick++ * 200));
  const rpc = (name: string, input: unknown) => {
    const r = company.run(name, [input], { kind: 'rpc', user: admin });
    if (!r.ok) throw new Error(`${name}: ${r.error?.message}`);
    return r.value;
  };
  const exports: [string, unknown][] = [
    ['exportBankFile', { runId: '2026-10', kind: 'salary' }],
    ['exportJournal', { runId: '2026-10', format: 'generic' }],
    ['exportJournal', { runId: '2026-10', format: 'yayoi' }],
    ['payslipPdfs', { runId: '2026-10' }],
    ['sendPayslips', { runId: '2026-10' }],
    ['exportWageLedger', { year: 2026 }],
    ['exportWithholdingLedger', { year: 2026 }],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [name, input] of exports) rpc(name, input);
    const daily = company.fireTrigger('kanriDaily');
    expect(daily.error).toBeUndefined();
    const install = company.run('kanriInstallTriggers', [], { kind: 'menu', user: admin });
    expect(install.error).toBeUndefined();
  }
  // reopen → close, twice (a close and its reopen in one minute are refused as a duplicate: the next minute)
  for (const minute of [1, 2]) {
    tick = 0;
    company.clock = () => new Date(start + minute * 60_000 + Math.min(59_000, tick++ * 200));
    rpc('reopenPayroll', { runId: '2026-10', reason: '再計算 recalculation' });
    rpc('reopenAttendance', { month: '2026-10', reason: '打刻の訂正 correction' });
    rpc('closeAttendance', { month: '2026-10' });
    rpc('closePayroll', { month: '2026-10', reviewed: true });
  }
  const check = company.run('kanriCheck', [], { kind: 'menu', user: admin });
  expect(check.error).toBeUndefined();
  expect((check.value as { errors: { ja: string }[] }).errors.map((e) => e.ja)).toEqual([]);
});
