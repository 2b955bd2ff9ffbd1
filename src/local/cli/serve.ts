/**
 * `kanri serve <dir>` (what `npm start` runs): creates the sandbox company in <dir> when it has no
 * workbook (never overwrites; `--reset` asks first), then serves the admin view and the web app.
 */
import path from 'node:path';
import readline from 'node:readline';
import { message, type Lang } from '../../core/i18n';
import { tokyoDateOf, isLocalDate } from '../../core/calendar';
import { ensureSandboxWorkbook, hasWorkbook } from '../sandbox/workbook';
import { startSandboxServer, type SandboxServer } from '../sandbox/server';
import { optionString, UsageError, type ParsedArgs } from './args';
import type { CliIo } from './io';

export const DEFAULT_PORT = 8787;

function ask(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => rl.question(question, (answer) => { rl.close(); resolve(answer); }));
}

export async function cmdServe(ctx: { args: ParsedArgs; io: CliIo; lang: Lang }, waitForStop = true): Promise<number> {
  const { args, io, lang } = ctx;
  const dirArg = args.positionals[0];
  if (!dirArg) throw new UsageError('a company folder is required');
  const dir = path.resolve(dirArg);
  const portText = optionString(args, 'port') ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`not a port: ${portText}`);
  const asOf = optionString(args, 'as-of') ?? tokyoDateOf(new Date());
  if (!isLocalDate(asOf)) throw new UsageError('--as-of must be a date YYYY-MM-DD');

  let reset = args.options.has('reset') && hasWorkbook(dir);
  if (reset && !args.options.has('yes')) {
    if (!process.stdin.isTTY) {
      io.err(message(lang, 'sandbox.cli.resetNeedsYes'));
      return 2;
    }
    const answer = await ask(message(lang, 'sandbox.cli.resetAsk', { dir }));
    reset = /^y(es)?$/i.test(answer.trim());
    if (!reset) io.out(message(lang, 'sandbox.cli.resetKept'));
  }
  const started = Date.now();
  const { created, reset: report } = ensureSandboxWorkbook(dir, { reset, asOf });
  if (report) {
    const sep = message(lang, 'sandbox.cli.resetSeparator');
    io.out(message(lang, 'sandbox.cli.resetDeleted', { list: report.deleted.map((d) => (d.path.includes('/') ? message(lang, 'sandbox.cli.resetFiles', { path: d.path, files: d.files }) : d.path)).join(sep) }));
    if (report.kept.length) io.out(message(lang, 'sandbox.cli.resetOthersKept', { list: report.kept.join(sep) }));
  }
  io.out(created ? message(lang, 'sandbox.cli.created', { dir, ms: Date.now() - started }) : message(lang, 'sandbox.cli.opened', { dir }));

  let server: SandboxServer;
  try {
    server = await startSandboxServer(dir, port);
  } catch (e) {
    if ((e as { code?: string }).code === 'EADDRINUSE') {
      io.err(message(lang, 'sandbox.cli.portInUse', { port }));
      return 1;
    }
    throw e;
  }
  // From the process start (node's own start included): what `npm start` makes a user wait.
  io.out(message(lang, 'sandbox.cli.serving', { url: server.url, ms: Math.round(process.uptime() * 1000) }));
  if (!waitForStop) {
    await server.close();
    return 0;
  }
  return new Promise<number>((resolve) => {
    const stop = () => { void server.close().then(() => resolve(0)); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
