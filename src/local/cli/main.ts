/** The `kanri` command. Every command but `calc` and `entrypoints` runs build/Code.js inside the emulator. */
import fs from 'node:fs';
import { runCalc, calcHelp } from './calc';
import { processIo, type CliIo } from './io';
import { parseArgs, optionString, UsageError } from './args';
import { runEntrypoints } from './entrypoints';
import { CompanyError } from '../company';
import { cmdServe } from './serve';
import { cmdExport, EXPORT_HELP } from './export';
import { cmdAttendance, cmdCheck, cmdDemo, cmdInit, cmdPayroll, cmdRpc, cmdSelfTest, cmdTick, localized, type CommandContext } from './workbook-commands';

const HELP = `Usage: kanri <command> [options]

Commands:
  init <dir>                          create a new company workbook with every Kanri sheet
  demo <dir> [--as-of YYYY-MM-DD] [--seed N]  create the demo company (three closed months, one open)
  check <dir>                         validate every table; exit 1 when an error is found
  tick <dir> --at <ISO time>          fire every time-based trigger due up to that time
  rpc <dir> --as <email> <name> [json]  call an entry point as that user, as a page does
  entrypoints [--json]                list every entry point, its roles and input schema
  attendance close|reopen <dir> --month YYYY-MM [--reason …]
  attendance report <dir> [YYYY-MM] [--json]  the 36協定 report; exit 1 when a limit is violated
  serve <dir> [--port N] [--reset]    the local sandbox: admin view and employee web app (npm start)
  payroll run|close|reopen <dir> --month YYYY-MM [--reviewed] [--run … --reason …]
  export bank|journal|payslips|ledger <dir> --run YYYY-MM|--year YYYY --out …  payroll outputs of a closed run
  selftest <dir>                      the self-test (Kanri › 動作確認) in the emulator; exit 0 when every check passes
  calc <name>                         JSON in, JSON out: the core calculations (kanri calc --help)

Options:
  --lang ja|en       language of messages (default ja)
  --stats            print service-call counts and the modelled time (an estimate)
  --help             help for a command

Exit codes: 0 ok, 1 errors found (or a failed call), 2 usage error.`;

const COMMAND_HELP: Record<string, string> = {
  init: 'Usage: kanri init <dir> [--owner <email>]\n\nCreates <dir>/Kanri.xlsx with every Kanri sheet and header; the owner becomes the first admin. Never overwrites.',
  demo: 'Usage: kanri demo <dir> [--as-of YYYY-MM-DD] [--seed N]\n\nCreates the demo interior-design company through Kanri\'s own functions: the three months before the as-of date closed, its month open. Same seed, same workbook. Never overwrites.',
  check: 'Usage: kanri check <dir> [--json]\n\nValidates every table; prints each error with its sheet, row and column; exits 1 when any.',
  selftest: 'Usage: kanri selftest <dir>\n\nRuns the self-test (Kanri › 動作確認) in the emulator as the workbook\'s owner: one row per check (expected / got, what to do); exits 0 when every check passes, 1 otherwise.',
  tick: 'Usage: kanri tick <dir> --at <ISO time>\n\nFires every installed time-based trigger due between the last tick and --at.',
  rpc: 'Usage: kanri rpc <dir> --as <email> <name> [json] [--web]\n\nCalls an RPC through the same server path a page uses, as that user; prints the JSON result or the error (exit 1).',
  entrypoints: 'Usage: kanri entrypoints [--json]\n\nLists every entry point: name, kind (menu/trigger/rpc/web/simple), roles, input schema.',
  serve: 'Usage: kanri serve <dir> [--port N] [--as-of YYYY-MM-DD] [--reset [--yes]]\n\nCreates the sandbox company in <dir> when it has no workbook (never overwrites; --reset asks, or --yes), then serves the admin view at http://localhost:8787/ (PORT or --port) and the employee web app at /exec.',
  payroll: 'Usage: kanri payroll run <dir> --month YYYY-MM [--json]\n       kanri payroll close <dir> --month YYYY-MM --reviewed\n       kanri payroll reopen <dir> --run YYYY-MM --reason <text>\n\nrun: computes the salary run of a work month (pre-flight problems, totals, each difference from last month, ! when over the threshold); exit 1 when something blocks the close. close: 確定, writes 賃金台帳 (needs --reviewed). reopen: audited, with a reason.',
  export: EXPORT_HELP,
  attendance: 'Usage: kanri attendance close|reopen <dir> --month YYYY-MM [--reason <text>]\n       kanri attendance report <dir> [YYYY-MM | --month YYYY-MM] [--json]\n\nclose: closes a month (exit 1 listing the problems when it cannot). reopen: audited, with a reason.\nreport: the 36協定 report of the month (default: this month) as a table: departments compared, the 6-month trend, the people at risk with the month-end pace and each limit (労基法36条); --json prints the overwork view for machines. Exit 1 when a limit of the month is violated.',
};

export async function main(argv: string[], io: CliIo = processIo, readStdin = () => fs.readFileSync(0, 'utf8')): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const args = parseArgs(rest);
  const langOption = optionString(args, 'lang') ?? 'ja';
  if (langOption !== 'ja' && langOption !== 'en') {
    io.err('--lang must be ja or en');
    return 2;
  }
  if (args.options.has('help') && COMMAND_HELP[command]) {
    io.out(COMMAND_HELP[command]!);
    return 0;
  }
  const ctx: CommandContext = { args, io, lang: langOption };
  try {
    switch (command) {
      case 'calc': {
        const name = args.positionals[0];
        if (args.options.has('help') || !name) {
          io.out(calcHelp());
          return name || args.options.has('help') ? 0 : 2;
        }
        return runCalc(name, readStdin(), io);
      }
      case 'entrypoints':
        return runEntrypoints(args.options.has('json'), io);
      case 'init':
        return cmdInit(ctx);
      case 'check':
        return cmdCheck(ctx);
      case 'demo':
        return cmdDemo(ctx);
      case 'tick':
        return cmdTick(ctx);
      case 'rpc':
        return cmdRpc(ctx);
      case 'attendance':
        return cmdAttendance(ctx);
      case 'payroll':
        return cmdPayroll(ctx);
      case 'export':
        return cmdExport(ctx);
      case 'selftest':
        return cmdSelfTest(ctx);
      case 'serve':
        return await cmdServe(ctx);
      default:
        io.err(`kanri: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kanri ${command}: ${e.message}\n\n${COMMAND_HELP[command] ?? HELP}`);
      return 2;
    }
    if (e instanceof CompanyError) {
      io.err(`kanri ${command}: ${localized(e.message, ctx.lang)}`);
      return 1;
    }
    throw e;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    process.stderr.write(`kanri: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(70);
  });
}
