/**
 * Type tests that work across realms: the bundle runs in a node:vm context whose Date, Array and
 * Object are not the host's, so `instanceof` cannot be used on values coming from it.
 */
import { AppsScriptError } from '../types';

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Java's byte[] as Apps Script exposes it: numbers from -128 to 127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes[i]! << 24) >> 24;
  return out;
}

/** Accepts a byte[] as Apps Script does (signed or unsigned numbers), or a typed array. */
export function fromByteArray(data: unknown, what = 'data'): Uint8Array {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  if (!Array.isArray(data)) throw new AppsScriptError(`Invalid argument: ${what}`);
  const out = new Uint8Array(data.length);
  data.forEach((b, i) => {
    if (typeof b !== 'number' || !Number.isInteger(b) || b < -128 || b > 255) throw new AppsScriptError(`Invalid argument: ${what}`);
    out[i] = b & 0xff;
  });
  return out;
}

export function requireArgs(method: string, args: IArguments | unknown[], count: number): void {
  if (args.length < count) throw new AppsScriptError(`The parameters () don't match the method signature for ${method}.`);
}
