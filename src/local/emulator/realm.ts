/**
 * The JavaScript realm the bundle runs in. Code in a `node:vm` context has its own `Date`, `Array`
 * and `Error`: a host `Date` fails `value instanceof Date` inside the bundle (and zod's z.date()),
 * a host `Error` fails `e instanceof Error`. So every Date, array and error the emulator hands to
 * the bundle is made with the bundle's own constructors, and values coming back are recognised
 * by their tag (`Object.prototype.toString`), never by `instanceof`.
 */
import vm from 'node:vm';
import { AppsScriptError } from './types';

export interface Realm {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Error: ErrorConstructor;
  /** An Apps Script exception ("Exception: <message>" in the log). */
  error(message: string): Error;
}

export const hostRealm: Realm = {
  Date,
  Array,
  Error,
  error: (message) => new AppsScriptError(message),
};

export function realmOf(context: vm.Context): Realm {
  const [D, A, E] = vm.runInContext('[Date, Array, Error]', context) as [DateConstructor, ArrayConstructor, ErrorConstructor];
  return {
    Date: D,
    Array: A,
    Error: E,
    error(message) {
      const e = new E(message);
      e.name = 'Exception';
      return e;
    },
  };
}

/** A Date of any realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
