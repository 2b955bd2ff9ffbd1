/**
 * In Apps Script, google.script.run can call every top-level function whose name does not end with
 * `_`. This loads build/Code.js in a bare context and fails if any global function is neither a
 * declared entry point nor private by name.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { entryPoints } from '../../src/addon/registry';

const code = fs.readFileSync(path.join(__dirname, '../../build/Code.js'), 'utf8');

describe('the bundle exposes only declared entry points', () => {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const globals = Object.getOwnPropertyNames(context).filter((n) => typeof (context as Record<string, unknown>)[n] === 'function');
  const declared = new Set(entryPoints.map((e) => e.name));

  test('every global function is a declared entry point or ends with _', () => {
    const undeclared = globals.filter((n) => !declared.has(n) && !n.endsWith('_'));
    expect(undeclared).toEqual([]);
  });
  test('every declared entry point is a global function', () => {
    expect([...declared].filter((n) => !globals.includes(n))).toEqual([]);
  });
  test('every RPC declares at least one role', () => {
    for (const e of entryPoints) if (e.kind === 'rpc') expect(e.roles.length).toBeGreaterThan(0);
  });
  test('the only global values besides the functions are the Kanri namespace and zod\'s config (neither callable)', () => {
    const values = Object.getOwnPropertyNames(context).filter((n) => typeof (context as Record<string, unknown>)[n] !== 'function');
    expect(values.sort()).toEqual(['Kanri', '__zod_globalConfig']);
  });
});
