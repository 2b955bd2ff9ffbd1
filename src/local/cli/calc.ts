/** `kanri calc <name>`: JSON on stdin, JSON on stdout; bad JSON or a bad field exits 1 naming the field. */
import { assetsCalcCommands } from '../calc/assets';
import { safeParse } from 'zod/mini';
import { attendanceCalcCommands } from '../calc/attendance';
import { contractsCalcCommands } from '../calc/contracts';
import { payrollCalcCommands } from '../calc/payroll';
import { yearEndCalcCommands } from '../calc/year-end';
import type { CalcCommand } from '../calc/types';
import { describeIssue } from '../../schema/issues';
import type { CliIo } from './io';

export const calcCommands: Record<string, CalcCommand> = { ...attendanceCalcCommands, ...payrollCalcCommands, ...yearEndCalcCommands, ...assetsCalcCommands, ...contractsCalcCommands };

export function calcHelp(): string {
  const names = Object.entries(calcCommands).map(([name, c]) => `  ${name.padEnd(22)} ${c.summary}`);
  return ['Usage: kanri calc <name> < input.json', '', 'Reads one JSON object on stdin and prints the result as JSON.', '', 'Commands:', ...names].join('\n');
}

export function runCalc(name: string | undefined, stdin: string, io: CliIo): number {
  const command = name ? calcCommands[name] : undefined;
  if (!command) {
    io.err(name ? `kanri calc: unknown command "${name}"\n\n${calcHelp()}` : calcHelp());
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(stdin);
  } catch (e) {
    io.err(`kanri calc ${name}: input is not valid JSON: ${(e as Error).message}`);
    return 1;
  }
  const parsed = safeParse(command.input, json);
  if (!parsed.success) {
    io.err(`kanri calc ${name}: invalid input\n${parsed.error.issues.map((i) => `  ${describeIssue(i)}`).join('\n')}`);
    return 1;
  }
  try {
    io.out(JSON.stringify(command.run(parsed.data), null, 2));
    return 0;
  } catch (e) {
    io.err(`kanri calc ${name}: ${(e as Error).message}`);
    return 1;
  }
}
