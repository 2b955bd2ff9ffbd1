/** 全銀協 fixed-length transfer file (総合振込 21, 給与振込 11, 賞与振込 12). See README.md in this folder. */
export { buildZenginFile, layoutRecord } from './build';
export { parseZenginFile, type ParsedZenginFile } from './parse';
export { toZenginKana, zenginKanaTable, UnsupportedKanaError } from './kana';
export { encodeZenginText, decodeZenginBytes } from './encoding';
export { ZenginError, describeZenginIssue, type ZenginIssue } from './errors';
export { ZENGIN_ALLOWED_CHARS, ZENGIN_CHARSET_SOURCE, isZenginChar } from './data/charset';
export * from './data/layout';
export type * from './types';
