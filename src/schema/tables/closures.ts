/** 締め状態: which attendance months and payroll runs are closed; a reopen is a new, audited row. 対象 and 状態 read 勤怠/給与, 締め済み/再開 (the codes of older rows too). */
import { object, optional, enum as oneOf } from 'zod/mini';
import { col, defineTable } from '../table';
import { localDateTime, requiredText, text } from '../fields';
import { CLOSURE_AREA_LABELS, CLOSURE_STATUS_LABELS } from '../labels';

export const closuresTable = defineTable({
  sheet: '締め状態', sheetEn: 'Closures',
  columns: [
    col('area', '対象', 'Area', 'code', { choices: CLOSURE_AREA_LABELS, dropdown: false }),
    col('period', '期間', 'Period', 'code'),
    col('status', '状態', 'Status', 'code', { choices: CLOSURE_STATUS_LABELS, dropdown: false }),
    col('at', '日時', 'At', 'datetime'),
    col('by', '実行者', 'By', 'text'),
    col('reason', '理由', 'Reason', 'text'),
    // An HMAC of the row with a key in the script properties (addon/closures.ts): a row altered in
    // the sheet no longer matches it, and the close rules refuse to act on it (issue 12 item 4).
    col('seal', '検証値', 'Seal', 'code'),
  ],
  schema: object({
    area: oneOf(['attendance', 'payroll']),
    period: requiredText(40),
    status: oneOf(['closed', 'reopened']),
    at: localDateTime(),
    by: optional(text(254)),
    reason: optional(text(1000)),
    seal: optional(text(100)),
  }),
  // A close and its reopen can fall in the same minute: the status is part of the key, or the reopen row would be a duplicate and be ignored.
  key: ['area', 'period', 'at', 'status'],
  protectedSheet: true,
});
