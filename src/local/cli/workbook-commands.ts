/**
 * The CLI commands that run the bundle on a company folder: init, check, tick, rpc, attendance.
 * Each runs build/Code.js inside the emulator, exactly as Apps Script would run it.
 */
import { demoMessage, demoStepKey } from '../demo/messages';
import fs from 'node:fs';
import path from 'node:path';
import { Company, CompanyError } from '../company';
import { formatStats } from '../emulator/stats';
import type { ExecutionResult } from '../emulator/runtime';
import { clockEvent, dueTriggers, recordTick } from '../emulator/services';
import type { CliIo } from './io';
import { createDemoCompany } from '../demo';
import { tokyoDateOf, isLocalDate } from '../../core/calendar';
import { optionString, UsageError, type ParsedArgs } from './args';
import { ensurePrivateDir } from '../store/private-files';
import { overworkTable, violatesLimit } from './overwork-table';
import type { OverworkView } from '../../core/attendance/overwork';

type Lang = 'ja' | 'en';

export interface CommandContext {
  args: ParsedArgs;
  io: CliIo;
  lang: Lang;
}

function folderArg(args: ParsedArgs, index = 0): string {
  const dir = args.positionals[index];
  if (!dir) throw new UsageError('a company folder is required');
  return path.resolve(dir);
}

function existingCompany(dir: string): Company {
  if (!fs.existsSync(path.join(dir, 'Kanri.xlsx'))) throw new UsageError(`${dir} has no Kanri.xlsx (create one with: kanri init ${dir})`);
  return new Company(dir);
}

/** Prints the service-call counts and the modelled time when --stats is given. */
function stats(ctx: CommandContext, results: ExecutionResult[]): void {
  if (!ctx.args.options.has('stats')) return;
  for (const r of results) ctx.io.err(formatStats(r.stats));
}

/** The text of a bilingual error ("日本語 / English") in the chosen language. */
export function localized(message: string, lang: Lang): string {
  const [first, ...rest] = message.split('\n');
  const parts = (first ?? '').split(' / ');
  const head = parts.length === 2 ? (lang === 'ja' ? parts[0] : parts[1]) : first;
  return [head, ...rest].join('\n');
}

function run(ctx: CommandContext, company: Company, fn: string, args: unknown[], kind: 'menu' | 'rpc' | 'trigger', user?: string): { value: unknown; result: ExecutionResult } {
  const result = company.run(fn, args, { kind, user: user ?? company.owner });
  stats(ctx, [result]);
  if (!result.ok) throw new CompanyError(localized(result.error?.message ?? 'error', ctx.lang), result);
  return { value: result.value, result };
}

export function cmdInit(ctx: CommandContext): number {
  const dir = folderArg(ctx.args);
  if (fs.existsSync(path.join(dir, 'Kanri.xlsx'))) throw new UsageError(`${dir} already has a Kanri.xlsx; init never overwrites a workbook`);
  ensurePrivateDir(dir);
  const owner = optionString(ctx.args, 'owner');
  const company = new Company(dir, owner ? { owner } : {});
  const { value } = run(ctx, company, 'kanriSetUp', [], 'menu');
  // The daily triggers too, so `kanri tick` runs the routine on a new folder.
  run(ctx, company, 'kanriInstallTriggers', [], 'menu');
  const report = value as { created: string[] };
  ctx.io.out(ctx.lang === 'ja'
    ? `${dir} に新しい会社のワークブックを作成しました (${report.created.length} シート: ${report.created.join(', ')})。管理者: ${company.owner}`
    : `Created a new company workbook in ${dir} (${report.created.length} sheets: ${report.created.join(', ')}). Admin: ${company.owner}`);
  return 0;
}

export function cmdCheck(ctx: CommandContext): number {
  const company = existingCompany(folderArg(ctx.args));
  const { value } = run(ctx, company, 'kanriCheck', [], 'menu');
  const report = value as { tables: number; rows: number; errors: { ja: string; en: string }[] };
  if (ctx.args.options.has('json')) ctx.io.out(JSON.stringify(report, null, 2));
  else if (!report.errors.length) ctx.io.out(ctx.lang === 'ja' ? `エラーはありません (${report.tables}表, ${report.rows}行)。` : `No errors (${report.tables} tables, ${report.rows} rows).`);
  else for (const e of report.errors) ctx.io.out(ctx.lang === 'ja' ? e.ja : e.en);
  return report.errors.length ? 1 : 0;
}

export function cmdTick(ctx: CommandContext): number {
  const company = existingCompany(folderArg(ctx.args));
  const atText = optionString(ctx.args, 'at');
  const at = atText ? new Date(atText) : new Date();
  if (Number.isNaN(at.getTime())) throw new UsageError(`--at: not a date-time: ${atText}`);
  const state = company.services.read((s) => s);
  const from = state.lastTick ? new Date(state.lastTick) : new Date(at.getTime() - 60_000);
  const due = dueTriggers(state, from, at);
  let failed = 0;
  for (const d of due) {
    const result = company.run(d.trigger.handler, [clockEvent(d.trigger, d.at)], { kind: 'trigger', at: d.at, effectiveUser: d.trigger.creator });
    stats(ctx, [result]);
    ctx.io.out(`${d.at.toISOString()} ${d.trigger.handler}: ${result.ok ? 'ok' : `error: ${localized(result.error?.message ?? '', ctx.lang)}`}`);
    if (!result.ok) failed++;
  }
  recordTick(company.services, at);
  if (!due.length) ctx.io.out(ctx.lang === 'ja' ? '実行するトリガーはありません。' : 'No trigger is due.');
  return failed ? 1 : 0;
}

export function cmdRpc(ctx: CommandContext): number {
  const company = existingCompany(folderArg(ctx.args));
  const user = optionString(ctx.args, 'as');
  if (!user) throw new UsageError('--as <email> is required');
  const name = ctx.args.positionals[1];
  if (!name) throw new UsageError('the RPC name is required');
  let input: unknown = {};
  if (ctx.args.positionals[2] !== undefined) {
    try {
      input = JSON.parse(ctx.args.positionals[2]);
    } catch {
      throw new UsageError('the RPC arguments must be JSON');
    }
  }
  const result = company.run(name, [input], { kind: ctx.args.options.has('web') ? 'web' : 'rpc', user });
  stats(ctx, [result]);
  if (!result.ok) {
    ctx.io.err(localized(result.error?.message ?? 'error', ctx.lang));
    return 1;
  }
  ctx.io.out(JSON.stringify(result.value, null, 2));
  return 0;
}

export function cmdAttendance(ctx: CommandContext): number {
  const [action, ...rest] = ctx.args.positionals;
  // the month may also be given as a positional, before or after the folder: `report <dir> 2026-10`
  const positionalMonth = rest.find((p) => /^\d{4}-\d{2}$/.test(p));
  const folder = rest.find((p) => p !== positionalMonth);
  if (!folder) throw new UsageError('a company folder is required');
  const company = existingCompany(path.resolve(folder));
  const month = optionString(ctx.args, 'month') ?? positionalMonth;
  if (action === 'report' && !month) return attendanceReport(ctx, company, undefined);
  if (!month || !/^\d{4}-\d{2}$/.test(month)) throw new UsageError('--month YYYY-MM is required');
  if (action === 'close') {
    const { value } = run(ctx, company, 'closeAttendance', [{ month }], 'rpc');
    const report = value as { closed: boolean; count: number; problems: { employeeCode: string; name: string; ja: string; en: string }[] };
    if (!report.closed) {
      ctx.io.out(ctx.lang === 'ja' ? `${month} は締められません (${report.problems.length}件):` : `${month} cannot close (${report.problems.length} problems):`);
      for (const p of report.problems) ctx.io.out(`  ${p.employeeCode} ${p.name}: ${ctx.lang === 'ja' ? p.ja : p.en}`);
      return 1;
    }
    ctx.io.out(ctx.lang === 'ja' ? `${month} の勤怠を締めました (${report.count}名)。` : `Closed attendance for ${month} (${report.count} people).`);
    return 0;
  }
  if (action === 'reopen') {
    const reason = optionString(ctx.args, 'reason');
    if (!reason) throw new UsageError('--reason is required to reopen');
    run(ctx, company, 'reopenAttendance', [{ month, reason }], 'rpc');
    ctx.io.out(ctx.lang === 'ja' ? `${month} の締めを解除しました (理由: ${reason})。` : `Reopened ${month} (reason: ${reason}).`);
    return 0;
  }
  if (action === 'report') return attendanceReport(ctx, company, month);
  throw new UsageError('kanri attendance close|reopen|report <dir> --month YYYY-MM');
}

/** The 36協定 report: a table (or --json); exit 1 when a limit of the month is violated. */
function attendanceReport(ctx: CommandContext, company: Company, month: string | undefined): number {
  const { value } = run(ctx, company, 'overworkView', [month ? { month } : {}], 'rpc');
  const view = value as OverworkView;
  ctx.io.out(ctx.args.options.has('json') ? JSON.stringify(view, null, 2) : overworkTable(view, ctx.lang));
  return violatesLimit(view) ? 1 : 0;
}

export function cmdDemo(ctx: CommandContext): number {
  const dir = folderArg(ctx.args);
  if (fs.existsSync(path.join(dir, 'Kanri.xlsx'))) throw new UsageError(`${dir} already has a Kanri.xlsx; the demo never overwrites a workbook`);
  const asOf = optionString(ctx.args, 'as-of') ?? tokyoDateOf(new Date());
  if (!isLocalDate(asOf)) throw new UsageError(`--as-of: not a date YYYY-MM-DD: ${asOf}`);
  const seedText = optionString(ctx.args, 'seed');
  // progress on stderr in the chosen language (--lang), one line per step
  const summary = createDemoCompany(dir, { asOf, ...(seedText ? { seed: Number(seedText) } : {}), onStep: (s) => ctx.io.err(demoMessage(ctx.lang, demoStepKey(s))) });
  ctx.io.out(demoMessage(ctx.lang, 'demo.created', { dir: summary.dir, people: summary.people, closed: summary.closedMonths.join(ctx.lang === 'ja' ? '・' : ', '),
    open: summary.openMonth, punches: summary.punches, seconds: summary.seconds.toFixed(1), admin: summary.admin }));
  return 0;
}

interface PreviewEmployee { code: string; name: string; department: string; grossPay: number; totalDeductions: number; netPay: number; difference: { previousNet: number | null; delta: number; reasons: string[]; highlighted: boolean } }
interface Preview { runId: string; payDate: string; closed: boolean; totals: { employees: number; gross: number; deductions: number; net: number; employer: number }; problems: { employeeCode: string; name: string; ja: string; en: string; blocking: boolean }[]; employees: PreviewEmployee[] }

const yenText = (n: number) => `${n < 0 ? '-' : ''}${Math.abs(n).toLocaleString('en-US')}`;

export function cmdPayroll(ctx: CommandContext): number {
  const [action] = ctx.args.positionals;
  const company = existingCompany(folderArg(ctx.args, 1));
  if (action === 'reopen') {
    const runId = optionString(ctx.args, 'run') ?? optionString(ctx.args, 'month');
    const reason = optionString(ctx.args, 'reason');
    if (!runId) throw new UsageError('--run <YYYY-MM> is required');
    if (!reason) throw new UsageError('--reason is required to reopen');
    run(ctx, company, 'reopenPayroll', [{ runId, reason }], 'rpc');
    ctx.io.out(ctx.lang === 'ja' ? `${runId} の給与の確定を解除しました (理由: ${reason})。` : `Reopened payroll ${runId} (reason: ${reason}).`);
    return 0;
  }
  const month = optionString(ctx.args, 'month');
  if (!month || !/^\d{4}-\d{2}$/.test(month)) throw new UsageError('--month YYYY-MM is required');
  if (action === 'run') {
    const { value } = run(ctx, company, 'payrollPreview', [{ month }], 'rpc');
    const p = value as Preview;
    if (ctx.args.options.has('json')) {
      ctx.io.out(JSON.stringify(p, null, 2));
      return p.problems.some((x) => x.blocking) ? 1 : 0;
    }
    ctx.io.out(`${p.runId} ${ctx.lang === 'ja' ? '支給日' : 'pay date'} ${p.payDate}${p.closed ? (ctx.lang === 'ja' ? ' (確定済み)' : ' (closed)') : ''}`);
    for (const e of p.employees) {
      const d = e.difference;
      const mark = d.highlighted ? '!' : ' ';
      ctx.io.out(`${mark} ${e.code} ${e.name.padEnd(8, '　')} ${e.department.padEnd(4, '　')} ${yenText(e.grossPay).padStart(10)} ${yenText(e.totalDeductions).padStart(10)} ${yenText(e.netPay).padStart(10)}  ${d.previousNet === null ? '' : `${d.delta >= 0 ? '+' : ''}${yenText(d.delta)}`} ${d.reasons.join(',')}`);
    }
    ctx.io.out(`${ctx.lang === 'ja' ? '合計' : 'total'}: ${p.totals.employees} ${yenText(p.totals.gross)} ${yenText(p.totals.deductions)} ${yenText(p.totals.net)} (${ctx.lang === 'ja' ? '会社負担' : 'employer'} ${yenText(p.totals.employer)})`);
    for (const x of p.problems) ctx.io.out(`${x.blocking ? 'ERROR' : 'warn '} ${x.employeeCode} ${x.name}: ${ctx.lang === 'ja' ? x.ja : x.en}`);
    return p.problems.some((x) => x.blocking) ? 1 : 0;
  }
  if (action === 'close') {
    const { value } = run(ctx, company, 'closePayroll', [{ month, reviewed: ctx.args.options.has('reviewed') }], 'rpc');
    const r = value as { runId: string; closed: boolean; count: number; netTotal: number; problems: { employeeCode: string; name: string; ja: string; en: string }[] };
    if (!r.closed) {
      for (const x of r.problems) ctx.io.out(`ERROR ${x.employeeCode} ${x.name}: ${ctx.lang === 'ja' ? x.ja : x.en}`);
      return 1;
    }
    ctx.io.out(ctx.lang === 'ja' ? `${r.runId} の給与を確定しました (${r.count}名, 差引支給額合計 ${yenText(r.netTotal)}円)。` : `Closed payroll ${r.runId} (${r.count} people, net total ${yenText(r.netTotal)} yen).`);
    return 0;
  }
  throw new UsageError('kanri payroll run|close|reopen <dir> --month YYYY-MM [--reviewed] [--run YYYY-MM --reason …]');
}

/** `kanri selftest <dir>`: the self-test (Kanri › 動作確認) in the emulator, as the workbook's owner; its table; exit 0 when all pass. */
export function cmdSelfTest(ctx: CommandContext): number {
  const company = existingCompany(folderArg(ctx.args));
  const result = company.run('runSelfTest', [{}], { kind: 'rpc', user: company.owner });
  stats(ctx, [result]);
  if (!result.ok) {
    ctx.io.err(localized(result.error?.message ?? 'error', ctx.lang));
    return 1;
  }
  const report = result.value as { rows: { id: string; label: { ja: string; en: string }; todo: { ja: string; en: string }; expected: string; got: string; ok: boolean }[]; passed: number; failed: number };
  const ja = ctx.lang === 'ja';
  for (const r of report.rows) {
    ctx.io.out(`${r.ok ? 'OK  ' : (ja ? 'NG  ' : 'FAIL')} ${r.label[ctx.lang]}\n      ${ja ? '期待値' : 'expected'}: ${r.expected}\n      ${ja ? '実際' : 'got'}:   ${r.got}${r.ok ? '' : `\n      ${ja ? '対処' : 'what to do'}: ${r.todo[ctx.lang]}`}`);
  }
  ctx.io.out(ja ? `合格 ${report.passed} / 不合格 ${report.failed}` : `${report.passed} passed, ${report.failed} failed`);
  return report.failed === 0 ? 0 : 1;
}
