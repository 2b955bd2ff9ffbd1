/** A small argument parser: positionals, `--flag`, `--key value` and `--key=value`. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

/** Options that take a value (everything else starting with -- is a flag). */
const VALUED = new Set(['seed', 'owner', 'lang', 'at', 'as', 'as-of', 'month', 'reason', 'run', 'out', 'format', 'year', 'port', 'seed', 'kind', 'line-ending', 'employee']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) options.set(key, a.slice(eq + 1));
      else if (VALUED.has(key) && i + 1 < argv.length) options.set(key, argv[++i]!);
      else options.set(key, true);
    } else if (a === '-h') {
      options.set('help', true);
    } else {
      positionals.push(a);
    }
  }
  return { positionals, options };
}

export function optionString(args: ParsedArgs, key: string): string | undefined {
  const v = args.options.get(key);
  return typeof v === 'string' ? v : undefined;
}

export class UsageError extends Error {}
