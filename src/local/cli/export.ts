/**
 * `kanri export bank|journal|payslips|ledger`: the payroll outputs headless on a company folder, through
 * the same RPCs the sidebar calls (build/Code.js in the emulator, as the script owner = an admin). Each
 * refuses a run that is not closed (exit 1 with the server's message); payslips are written as PDFs and
 * never mailed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Company, CompanyError } from '../company';
import { formatStats } from '../emulator/stats';
import { optionString, UsageError } from './args';
import { localized, type CommandContext } from './workbook-commands';
import { ensurePrivateDir, writePrivateFile } from '../store/private-files';

export const EXPORT_HELP = `Usage: kanri export bank <dir> --run <YYYY-MM|run id> --out <file> [--kind salary|bonus|general] [--line-ending CRLF|LF|none]
       kanri export journal <dir> --run <YYYY-MM|run id> --format generic|yayoi --out <file>
       kanri export payslips <dir> --run <YYYY-MM|run id> --out <folder> [--employee <code>]
       kanri export ledger <dir> --year YYYY --out <file.pdf> [--kind wage|withholding]
       kanri export salary-report <dir> --year YYYY --out <folder> [--municipality <市区町村コード>] [--submission 新規|追加|訂正|取消]
       kanri export filing-summary <dir> --year YYYY --out <file.json>

The 全銀 transfer file (Shift_JIS, 120-byte records), the journal CSV (generic UTF-8 with BOM, or 弥生 Shift_JIS),
the payslip PDFs (no mail is sent) or the yearly 賃金台帳 / 源泉徴収簿 PDF (the sheet is written too),
the 給与支払報告書 PDFs (one per municipality: 総括表 + 個人別明細書) or the 法定調書合計表 figures (JSON) of a year.
Each refuses a run that is not closed (exit 1).`;

function call(ctx: CommandContext, company: Company, name: string, input: unknown): unknown {
  const result = company.run(name, [input], { kind: 'rpc', user: company.owner });
  if (ctx.args.options.has('stats')) ctx.io.err(formatStats(result.stats));
  if (!result.ok) throw new CompanyError(localized(result.error?.message ?? 'error', ctx.lang), result);
  return result.value;
}

function required(ctx: CommandContext, key: string, pattern?: RegExp): string {
  const v = optionString(ctx.args, key);
  if (!v || (pattern && !pattern.test(v))) throw new UsageError(`--${key} is required${pattern ? ` (${pattern.source})` : ''}`);
  return v;
}

/** Exported files (bank file, journal, payslips, ledgers) are confidential: 0600, in folders made 0700. */
function writeFile(file: string, base64: string): void {
  writePrivateFile(file, Buffer.from(base64, 'base64'));
}

export function cmdExport(ctx: CommandContext): number {
  const [what, dirArg] = ctx.args.positionals;
  if (!dirArg) throw new UsageError('a company folder is required');
  const dir = path.resolve(dirArg);
  if (!fs.existsSync(path.join(dir, 'Kanri.xlsx'))) throw new UsageError(`${dir} has no Kanri.xlsx`);
  const company = new Company(dir);
  const out = required(ctx, 'out');
  const ja = ctx.lang === 'ja';
  if (what === 'bank') {
    const kind = optionString(ctx.args, 'kind') ?? 'salary';
    const lineEnding = optionString(ctx.args, 'line-ending') ?? 'CRLF';
    const r = call(ctx, company, 'exportBankFile', { runId: required(ctx, 'run'), kind, lineEnding }) as { base64: string; count: number; total: number; bytes: number };
    writeFile(out, r.base64);
    ctx.io.out(ja ? `${out}: ${r.count}件, 合計 ${r.total.toLocaleString('ja-JP')}円 (${r.bytes} バイト)` : `${out}: ${r.count} transfers, total ${r.total} yen (${r.bytes} bytes)`);
    return 0;
  }
  if (what === 'journal') {
    const format = required(ctx, 'format', /^(generic|yayoi)$/);
    const r = call(ctx, company, 'exportJournal', { runId: required(ctx, 'run'), format }) as { base64: string; lines: number; totalDebit: number; totalCredit: number };
    writeFile(out, r.base64);
    ctx.io.out(ja ? `${out}: ${r.lines}行, 借方 ${r.totalDebit} = 貸方 ${r.totalCredit}` : `${out}: ${r.lines} lines, debit ${r.totalDebit} = credit ${r.totalCredit}`);
    return 0;
  }
  if (what === 'payslips') {
    const employeeCode = optionString(ctx.args, 'employee');
    ensurePrivateDir(out);
    // one bounded page per call, as a page would page through them
    const pdfs: { fileName: string; base64: string }[] = [];
    for (let from: number | null = 0; from !== null;) {
      const page = call(ctx, company, 'payslipPdfs', { runId: required(ctx, 'run'), from, ...(employeeCode ? { employeeCode } : {}), ...(ctx.lang === 'en' ? { lang: 'en' } : {}) }) as { pdfs: { fileName: string; base64: string }[]; next: number | null };
      for (const p of page.pdfs) { writeFile(path.join(out, p.fileName), p.base64); pdfs.push(p); }
      from = page.next;
    }
    ctx.io.out(ja ? `${out}: 給与明細 ${pdfs.length}件 (メールは送っていません)` : `${out}: ${pdfs.length} payslips (no mail sent)`);
    return 0;
  }
  if (what === 'ledger') {
    const year = Number(required(ctx, 'year', /^\d{4}$/));
    const kind = optionString(ctx.args, 'kind') ?? 'wage';
    if (kind !== 'wage' && kind !== 'withholding') throw new UsageError('--kind wage|withholding');
    const r = call(ctx, company, kind === 'wage' ? 'exportWageLedger' : 'exportWithholdingLedger', { year, ...(ctx.lang === 'en' ? { lang: 'en' } : {}) }) as { base64: string; sheet: string; employees: number };
    writeFile(out, r.base64);
    ctx.io.out(ja ? `${out}: ${r.sheet} (${r.employees}名, シートにも書きました)` : `${out}: ${r.sheet} (${r.employees} people; the sheet is written too)`);
    return 0;
  }
  if (what === 'salary-report') {
    const year = Number(required(ctx, 'year', /^\d{4}$/));
    const municipalityCode = optionString(ctx.args, 'municipality');
    const submission = optionString(ctx.args, 'submission');
    if (submission && !['新規', '追加', '訂正', '取消'].includes(submission)) throw new UsageError('--submission 新規|追加|訂正|取消');
    ensurePrivateDir(out);
    const written: { fileName: string; reported: number }[] = [];
    for (let from: number | null = 0; from !== null;) {
      const page = call(ctx, company, 'salaryPaymentReportPdfs', { year, from, ...(municipalityCode ? { municipalityCode } : {}), ...(submission ? { submission } : {}), ...(ctx.lang === 'en' ? { lang: 'en' } : {}) }) as { pdfs: { fileName: string; base64: string; reported: number }[]; next: number | null };
      for (const p of page.pdfs) { writeFile(path.join(out, p.fileName), p.base64); written.push(p); }
      from = page.next;
    }
    const people = written.reduce((s, p) => s + p.reported, 0);
    ctx.io.out(ja ? `${out}: 給与支払報告書 ${written.length}市区町村, 個人別明細書 ${people}枚` : `${out}: salary payment reports for ${written.length} municipalities, ${people} statements`);
    return 0;
  }
  if (what === 'filing-summary') {
    const year = Number(required(ctx, 'year', /^\d{4}$/));
    const r = call(ctx, company, 'yearEndFilingSummary', { year, ...(ctx.lang === 'en' ? { lang: 'en' } : {}) }) as { statutory: { total: { people: number; paid: number; withheld: number }; filed: { people: number; paid: number; withheld: number } } };
    writePrivateFile(out, Buffer.from(`${JSON.stringify(r, null, 2)}\n`, 'utf8'));
    const { total, filed } = r.statutory;
    ctx.io.out(ja ? `${out}: 法定調書合計表 Ⓐ ${total.people}人 支払金額 ${total.paid.toLocaleString('ja-JP')}円 源泉徴収税額 ${total.withheld.toLocaleString('ja-JP')}円 / Ⓑ 提出 ${filed.people}人 ${filed.paid.toLocaleString('ja-JP')}円 ${filed.withheld.toLocaleString('ja-JP')}円`
      : `${out}: statutory summary Ⓐ ${total.people} people, paid ${total.paid}, withheld ${total.withheld} / Ⓑ filed ${filed.people}, ${filed.paid}, ${filed.withheld}`);
    return 0;
  }
  throw new UsageError('kanri export bank|journal|payslips|ledger|salary-report|filing-summary <dir> …');
}
