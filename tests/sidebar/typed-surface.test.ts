/**
 * Issue 15 item 8: the pages' client is typed from the entry registry, so a renamed field or RPC is a
 * type error in the page. Each case compiles real files with TypeScript (tsconfig.json's options),
 * once as they are and once with one thing renamed in memory, and expects the page to fail.
 */
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
const options: ts.CompilerOptions = { ...config.options, noEmit: true };
let previous: ts.Program | undefined;

/** Type errors of `roots`, with files' text replaced by `edits` (path relative to the repo → new text). */
function typeErrors(roots: string[], edits: Record<string, (text: string) => string> = {}): { file: string; line: number; text: string }[] {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const abs = new Map(Object.entries(edits).map(([p, f]) => [path.join(root, p), f]));
  host.readFile = (file) => {
    const edit = abs.get(path.resolve(file));
    return edit ? edit(readFile(file) ?? '') : readFile(file);
  };
  host.fileExists = (file) => abs.has(path.resolve(file)) || ts.sys.fileExists(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, onError) => {
    if (abs.has(path.resolve(file))) return ts.createSourceFile(file, host.readFile(file)!, lang, true);
    return previous?.getSourceFile(file) ?? getSourceFile(file, lang, onError);
  };
  const program = ts.createProgram(roots.map((r) => path.join(root, r)), options, host);
  if (!Object.keys(edits).length) previous = program;
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file).map((d) => ({
    file: path.relative(root, d.file!.fileName),
    line: d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
    text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

const replaceOnce = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture out of date: ${from} not found`);
  return text.replace(from, to);
};

const pages = ['attendance', 'payroll', 'requests', 'selftest', 'webapp', 'assets'].map((p) => `sidebar/pages/${p}.ts`);

describe('the typed surface between pages and server', () => {
  test('every page type-checks against the registry as it is', () => {
    expect(typeErrors(pages)).toEqual([]);
  });

  test("renaming a field of a handler's answer (attendancePreview's employees[].department) is a type error in the attendance page", () => {
    const errors = typeErrors(['sidebar/pages/attendance.ts'], {
      'src/addon/attendance/close.ts': replaceOnce('employees: { code: string; name: string; department: string; summary', 'employees: { code: string; name: string; section: string; summary'),
    });
    expect(errors.filter((e) => e.file === 'sidebar/pages/attendance.ts').map((e) => e.text).join('\n')).toMatch(/Property 'department' does not exist/);
  });

  test('renaming a field of a form schema (leaveRequestForm.days) is a type error in the web app page', () => {
    const errors = typeErrors(['sidebar/pages/webapp.ts'], {
      'src/schema/forms/requests.ts': replaceOnce('  days: number().check(minimum(0.5), maximum(1)),', '  dayCount: number().check(minimum(0.5), maximum(1)),'),
    });
    expect(errors.filter((e) => e.file === 'sidebar/pages/webapp.ts').map((e) => e.text).join('\n')).toMatch(/'days' does not exist/);
  });

  test('a page that names an unknown RPC, sends a wrong field or reads a missing one does not compile', () => {
    const fixture = 'sidebar/pages/__misuse.ts';
    const lines = [
      "import { call } from '../lib/run';",
      "call('attendancePreviews', { month: '2026-10' });", // 2: no such RPC
      "call('attendancePreview', { months: '2026-10' });", // 3: input field renamed
      "call('attendancePreview', { month: '2026-10' }).then((p) => p.employees[0]?.summary.workMinutes);", // 4: answer field renamed
      "call('decideRequest', { id: 'L-1', decision: 'maybe' });", // 5: not one of the schema's values
      "call('requestsInbox').then((r) => r.leave.map((l) => l.balanceDays + l.pendingDays));", // 6: fine
    ];
    const errors = typeErrors([fixture], { [fixture]: () => lines.join('\n') }).filter((e) => e.file === fixture);
    expect([...new Set(errors.map((e) => e.line))].sort()).toEqual([2, 3, 4, 5]);
  });
});
