/**
 * `Utilities` (reference/utilities/utilities): dates, blobs, base64, digests, UUIDs, sleep.
 * Computed inside Apps Script's runtime, so each call is counted with no modelled latency, except
 * `sleep`, whose duration is added to the modelled time (never slept for real).
 */
import crypto from 'node:crypto';
import type { CallStats } from '../types';
import { AppsScriptError } from '../types';
import { Blob, type ConversionCounter } from './blob';
import { encodeText } from './charset';
import { modelledCost } from './costs';
import { formatDate } from './format-date';
import { fromByteArray, toSignedBytes } from './values';

export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
export const DigestAlgorithm = Object.freeze({ MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' });
export const MacAlgorithm = Object.freeze({ HMAC_MD5: 'HMAC_MD5', HMAC_SHA_1: 'HMAC_SHA_1', HMAC_SHA_256: 'HMAC_SHA_256', HMAC_SHA_384: 'HMAC_SHA_384', HMAC_SHA_512: 'HMAC_SHA_512' });

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** A string (encoded in `charset`, UTF-8 by default) or a byte[]. */
function bytesOf(value: unknown, charset?: string): Uint8Array {
  if (typeof value === 'string') return encodeText(value, charset);
  return fromByteArray(value, 'value');
}

function charsetName(charset: unknown): string | undefined {
  if (charset === undefined || charset === null) return undefined;
  return String(charset).replace(/^UTF_8$/, 'UTF-8').replace(/^US_ASCII$/, 'US-ASCII');
}

function base64Decode(encoded: string, webSafe: boolean): number[] {
  const text = String(encoded).trim();
  const re = webSafe ? /^[A-Za-z0-9\-_]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!re.test(text) || text.replace(/=+$/, '').length % 4 === 1) throw new AppsScriptError('Could not decode string.');
  return toSignedBytes(new Uint8Array(Buffer.from(text, webSafe ? 'base64url' : 'base64')));
}

export function createUtilities(stats: CallStats, uuid: () => string = () => crypto.randomUUID(), conversions?: ConversionCounter): Record<string, unknown> {
  const rec = (m: string, ms: number = modelledCost.local) => stats.record(`Utilities.${m}`, ms);
  return {
    Charset,
    DigestAlgorithm,
    MacAlgorithm,
    formatDate(date: Date, timeZone: string, format: string): string {
      rec('formatDate');
      if (arguments.length < 3) throw new AppsScriptError("The parameters () don't match the method signature for Utilities.formatDate.");
      return formatDate(date, String(timeZone), String(format));
    },
    newBlob(data: unknown, contentType?: string | null, name?: string | null): Blob {
      rec('newBlob');
      const bytes = typeof data === 'string' ? encodeText(data, 'UTF-8') : fromByteArray(data);
      return new Blob(bytes, contentType ?? null, name ?? null, conversions);
    },
    base64Encode(data: unknown, charset?: string): string {
      rec('base64Encode');
      return Buffer.from(bytesOf(data, charsetName(charset))).toString('base64');
    },
    base64EncodeWebSafe(data: unknown, charset?: string): string {
      rec('base64EncodeWebSafe');
      // Java's URL-safe encoder keeps the '=' padding, as Apps Script's output shows
      return Buffer.from(bytesOf(data, charsetName(charset))).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      rec('base64Decode');
      return base64Decode(encoded, false);
    },
    base64DecodeWebSafe(encoded: string): number[] {
      rec('base64DecodeWebSafe');
      return base64Decode(encoded, true);
    },
    computeDigest(algorithm: string, value: unknown, charset?: string): number[] {
      rec('computeDigest');
      const name = NODE_DIGEST[String(algorithm)];
      if (!name) throw new AppsScriptError(`Invalid argument: algorithm`);
      return toSignedBytes(new Uint8Array(crypto.createHash(name).update(bytesOf(value, charsetName(charset))).digest()));
    },
    computeHmacSignature(algorithm: string, value: unknown, key: unknown, charset?: string): number[] {
      rec('computeHmacSignature');
      const name = NODE_DIGEST[String(algorithm).replace(/^HMAC_/, '')];
      if (!name) throw new AppsScriptError(`Invalid argument: algorithm`);
      const cs = charsetName(charset);
      return toSignedBytes(new Uint8Array(crypto.createHmac(name, bytesOf(key, cs)).update(bytesOf(value, cs)).digest()));
    },
    computeHmacSha256Signature(value: unknown, key: unknown, charset?: string): number[] {
      rec('computeHmacSha256Signature');
      const cs = charsetName(charset);
      return toSignedBytes(new Uint8Array(crypto.createHmac('sha256', bytesOf(key, cs)).update(bytesOf(value, cs)).digest()));
    },
    getUuid(): string {
      rec('getUuid');
      return uuid();
    },
    /** "The maximum allowed value is 300000 (or 5 minutes)." Modelled, not slept. */
    sleep(milliseconds: number): void {
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0 || ms > 300_000) throw new AppsScriptError('Invalid argument: milliseconds');
      rec('sleep', ms);
    },
  };
}
