/**
 * Reads a 全銀 file back into its records by the same field table (data/layout.ts): used by the tests and as the
 * check before a file is offered for download. Checks the record length (120), the order (header, data × n,
 * trailer, end), that N fields are digits, and that the trailer's count and total equal the data.
 */
import {
  END_FIELDS, HEADER_FIELDS, TRAILER_FIELDS, ZENGIN_RECORD_KINDS, ZENGIN_RECORD_LENGTH, ZENGIN_TYPE_CODES, dataFieldsFor,
  type ZenginField,
} from './data/layout';
import { decodeZenginBytes } from './encoding';
import { ZenginError } from './errors';
import type { ZenginLineEnding } from './types';

export type ZenginRecordValues = Record<string, string>;
export interface ParsedZenginFile {
  lineEnding: ZenginLineEnding;
  header: ZenginRecordValues;
  data: ZenginRecordValues[];
  trailer: ZenginRecordValues;
  end: ZenginRecordValues;
}

function fail(detail: string): never {
  throw new ZenginError([{ key: 'zengin.error.parse', params: { detail } }]);
}

/** Splits one decoded 120-character record into its fields (values as written, padding included). */
export function splitRecord(fields: readonly ZenginField[], text: string, recordNo: number): ZenginRecordValues {
  const values: ZenginRecordValues = {};
  let at = 0;
  for (const [key, type, length, label] of fields) {
    const v = text.slice(at, at + length);
    if (type === 'N' && !/^[0-9]*$/.test(v)) fail(`record ${recordNo}: ${label} "${v}" is not numeric`);
    values[key] = v;
    at += length;
  }
  return values;
}

function detectLineEnding(bytes: Uint8Array): ZenginLineEnding {
  if (bytes[ZENGIN_RECORD_LENGTH] === 0x0d && bytes[ZENGIN_RECORD_LENGTH + 1] === 0x0a) return 'CRLF';
  if (bytes[ZENGIN_RECORD_LENGTH] === 0x0a) return 'LF';
  return 'none';
}

export function parseZenginFile(bytes: Uint8Array): ParsedZenginFile {
  const lineEnding = detectLineEnding(bytes);
  const stride = ZENGIN_RECORD_LENGTH + (lineEnding === 'CRLF' ? 2 : lineEnding === 'LF' ? 1 : 0);
  if (bytes.length === 0 || bytes.length % stride !== 0) fail(`length ${bytes.length} is not a multiple of ${stride} bytes`);
  const texts: string[] = [];
  for (let at = 0; at < bytes.length; at += stride) {
    const record = bytes.subarray(at, at + ZENGIN_RECORD_LENGTH);
    const eol = bytes.subarray(at + ZENGIN_RECORD_LENGTH, at + stride);
    if (lineEnding === 'CRLF' && !(eol[0] === 0x0d && eol[1] === 0x0a)) fail(`record ${texts.length + 1}: missing CR LF`);
    if (lineEnding === 'LF' && eol[0] !== 0x0a) fail(`record ${texts.length + 1}: missing LF`);
    try {
      texts.push(decodeZenginBytes(record));
    } catch (e) {
      fail(`record ${texts.length + 1}: ${(e as Error).message}`);
    }
  }
  const kinds = texts.map((t) => t[0]);
  const last = texts.length - 1;
  if (texts.length < 3 || kinds[0] !== ZENGIN_RECORD_KINDS.header || kinds[last] !== ZENGIN_RECORD_KINDS.end
      || kinds[last - 1] !== ZENGIN_RECORD_KINDS.trailer || kinds.slice(1, last - 1).some((k) => k !== ZENGIN_RECORD_KINDS.data)) {
    fail(`record kinds ${kinds.join('')} are not header, data × n, trailer, end`);
  }
  const header = splitRecord(HEADER_FIELDS, texts[0]!, 1);
  if (!Object.values(ZENGIN_TYPE_CODES).includes(header.typeCode as never)) fail(`種別コード ${header.typeCode} is not 21, 11 or 12`);
  const dataFields = dataFieldsFor(header.typeCode!);
  const data = texts.slice(1, last - 1).map((t, i) => splitRecord(dataFields, t, i + 2));
  const trailer = splitRecord(TRAILER_FIELDS, texts[last - 1]!, last);
  const end = splitRecord(END_FIELDS, texts[last]!, last + 1);
  const total = data.reduce((sum, d) => sum + Number(d.amount), 0);
  if (Number(trailer.totalCount) !== data.length || Number(trailer.totalAmount) !== total) {
    throw new ZenginError([{ key: 'zengin.error.trailerMismatch', params: {
      trailerCount: Number(trailer.totalCount), trailerTotal: Number(trailer.totalAmount), count: data.length, total,
    } }]);
  }
  return { lineEnding, header, data, trailer, end };
}
