/** Journal entries (仕訳) from a closed payroll run, and their CSV exports. See README.md in this folder. */
export { payrollJournalEntry, assertBalanced } from './entries';
export { genericJournalCsv, GENERIC_JOURNAL_HEADER } from './generic';
export { yayoiJournalCsv, yayoiJournalBytes, YAYOI_CHARSET, YAYOI_COLUMNS, YAYOI_FLAGS, type Codec } from './yayoi';
export { csvCell, csvRow, neutraliseFormula, halfWidthLength } from './csv';
export { JournalError } from './errors';
export { DEFAULT_ACCOUNT_NAMES, WITHHOLDING_KINDS, EMPLOYER_SHARE_KINDS } from './data/accounts';
export type * from './types';
