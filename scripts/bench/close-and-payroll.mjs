// Benchmark: the monthly attendance close and the salary run of a 300-person company with one
// month of punches (≈ 26,000), on the built bundle inside the emulator. Prints, for each step,
// the exact service-call counts (reads and writes per table) and the modelled Google time (an
// estimate, see src/local/emulator/stats.ts), plus the real local time.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(os.tmpdir(), `kanri-bench-close-${process.pid}.cjs`);
await build({
  stdin: {
    contents: `export { Company } from './src/local/company'; export { formatStats } from './src/local/emulator/stats'; export { demoPeople } from './src/local/demo/people'; export { demoPunches } from './src/local/demo/punches'; export { demoPaySettings } from './src/local/demo/pay';`,
    resolveDir: root, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning', packages: 'external',
});
const k = createRequire(import.meta.url)(out);
fs.rmSync(out);

const PEOPLE = 300;
const MONTH = '2026-10';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-bench-'));
const roster = [];
// Later seeds can draw a hire date before the end of the school year after age 15 (労基法56条), which the
// employee master refuses: such people are left out of the bench roster (the counts do not depend on who).
const hireable = (p) => p.hireDate >= `${Number(p.birthDate.slice(0, 4)) + (p.birthDate.slice(5) >= '04-02' ? 16 : 15)}-04-01`;
for (let s = 1; roster.length < PEOPLE; s++) for (const p of k.demoPeople(s)) if (roster.length < PEOPLE && hireable(p)) roster.push({ ...p, code: `E${String(roster.length + 1).padStart(3, '0')}`, email: `p${roster.length + 1}@bench.example`, role: 'employee' });
const admin = 'admin@bench.example';
const company = new k.Company(dir, { owner: admin, buildDir: path.join(root, 'build') });
company.clock = () => new Date('2026-11-24T23:30:00Z');
const call = (fn, input) => company.run(fn, [input], { kind: 'rpc', user: admin });
const must = (r) => { if (!r.ok) throw new Error(r.error.message); return r; };

must(company.run('kanriSetUp', [], { kind: 'menu', user: admin }));
must(call('saveMasterRows', { table: 'workRules', rows: [
  { code: 'STD', name: '通常', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false },
  { code: 'PART', name: 'パート', scheduledStart: '10:00', scheduledEnd: '17:00', breakMinutes: 60, workdays: 'monday,wednesday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false },
] }));
must(call('saveMasterRows', { table: 'employees', rows: roster.map((p) => ({ code: p.code, name: p.name, kana: p.kana, email: p.email, department: p.department, employmentType: p.employmentType, hireDate: p.hireDate, workRule: p.workRule, weeklyScheduledDays: p.weeklyScheduledDays, weeklyScheduledMinutes: p.weeklyScheduledMinutes, birthDate: p.birthDate, sex: p.sex })) }));
must(call('saveMasterRows', { table: 'paySettings', rows: k.demoPaySettings(roster, 1).map((r, i) => ({ ...r, employeeCode: roster[i].code })) }));
const punches = k.demoPunches(roster, '2026-09-27', '2026-10-31', new Map(), 1);
must(call('importPunches', { punches }));

function step(title, fn, input) {
  const started = Date.now();
  const r = must(company.run(fn, [input], { kind: 'rpc', user: admin }));
  console.log(`\n### ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s local`);
  console.log(k.formatStats(r.stats));
  return r.value;
}

console.log(`${PEOPLE} employees, ${punches.length} punches (${MONTH} and the week before it)`);
const close = step(`attendance close ${MONTH}`, 'closeAttendance', { month: MONTH });
if (!close.closed) throw new Error(`close failed: ${JSON.stringify(close.problems.slice(0, 3))}`);
step(`payroll preview ${MONTH}`, 'payrollPreview', { month: MONTH });
const closed = step(`payroll close ${MONTH}`, 'closePayroll', { month: MONTH, reviewed: true });
if (!closed.closed) throw new Error(`payroll close failed: ${JSON.stringify(closed.problems.slice(0, 3))}`);
fs.rmSync(dir, { recursive: true, force: true });
