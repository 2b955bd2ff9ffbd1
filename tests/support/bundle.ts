/**
 * Test helpers for "the bundle is Apps Script, not Node": load code into a fresh `node:vm` context
 * holding only the globals given (the emulator's Apps Script services). Every Node global the code
 * touches — even `typeof process` — is recorded and throws a ReferenceError, so a test fails.
 * Reusable by the integrator: `loadInBareVm(fs.readFileSync(BUILT_BUNDLE, 'utf8'), {...})`.
 */
import path from 'node:path';
import vm from 'node:vm';

export const BUILT_BUNDLE = path.resolve(__dirname, '../../build/Code.js');

/** Globals Node has and Apps Script does not. */
export const NODE_GLOBALS = [
  'process', 'require', 'module', 'exports', 'Buffer', 'global', '__dirname', '__filename',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'queueMicrotask',
  'fetch', 'XMLHttpRequest', 'TextEncoder', 'TextDecoder', 'structuredClone', 'performance',
];

export interface BareVm {
  readonly context: vm.Context;
  /** Node globals the code touched, in order. */
  readonly touched: string[];
  /** Calls a top-level function of the loaded code. */
  call(name: string, ...args: unknown[]): unknown;
}

export function bareContext(globals: Record<string, unknown> = {}): BareVm {
  const touched: string[] = [];
  const context = vm.createContext({});
  for (const name of NODE_GLOBALS) {
    Object.defineProperty(context, name, {
      configurable: true,
      get() {
        touched.push(name);
        throw new ReferenceError(`${name} is not defined (a Node global, absent in Apps Script)`);
      },
    });
  }
  for (const [name, value] of Object.entries(globals)) Object.defineProperty(context, name, { value, writable: true, configurable: true });
  return {
    context,
    touched,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/** Evaluates `code` in a bare context; throws if it touches a Node global while loading. */
export function loadInBareVm(code: string, globals: Record<string, unknown> = {}, filename = 'Code.js'): BareVm {
  const bare = bareContext(globals);
  vm.runInContext(code, bare.context, { filename });
  return bare;
}
