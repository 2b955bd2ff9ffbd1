/** The `kanri` command. Every command but `calc` runs the built build/Code.js inside the emulator. */
import fs from 'node:fs';
import { runCalc, calcHelp } from './calc';
import { processIo, type CliIo } from './io';

const HELP = `Usage: kanri <command> [options]

Commands:
  calc <name>        JSON in, JSON out: the core calculations (kanri calc --help)

Options:
  --lang ja|en       language of messages (default ja)
  --help             help for a command`;

export async function main(argv: string[], io: CliIo = processIo, readStdin = () => fs.readFileSync(0, 'utf8')): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'calc': {
      const name = rest.find((a) => !a.startsWith('-'));
      if (rest.includes('--help') || !name) {
        io.out(calcHelp());
        return name || rest.includes('--help') ? 0 : 2;
      }
      return runCalc(name, readStdin(), io);
    }
    default:
      io.err(`kanri: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

if (typeof require !== "undefined" && require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    process.stderr.write(`kanri: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(70);
  });
}
