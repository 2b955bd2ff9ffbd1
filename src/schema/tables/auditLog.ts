/**
 * 監査ログ: every write made through Kanri (who, when, table, row, column, before, after, reason).
 * ID makes each row's key unique by construction (one UUID per commit + the row's place in it):
 * the minute alone repeated when two exports ran in the same minute (issue 12 item 17). Rows
 * written before the ID existed keep the old key, with an empty ID. 変更前/変更後 are in words (schema/auditText.ts:
 * 「見出し：値」 lines, codes as labels); rows written before hold JSON and read as they are.
 */
import { object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { localDateTime, requiredText, text } from '../fields';
import { AUDIT_ACTION_LABELS } from '../labels';

export const auditLogTable = defineTable({
  sheet: '監査ログ', sheetEn: 'Audit log',
  columns: [
    col('at', '日時', 'At', 'datetime'),
    col('user', '実行者', 'User', 'text'),
    col('table', '表', 'Table', 'text'),
    col('rowKey', '行キー', 'Row key', 'text'),
    col('column', '列', 'Column', 'text'),
    col('before', '変更前', 'Before', 'text', { width: 240 }),
    col('after', '変更後', 'After', 'text', { width: 360 }),
    col('reason', '理由', 'Reason', 'text'),
    col('action', '操作', 'Action', 'code', { choices: AUDIT_ACTION_LABELS, dropdown: false }),
    col('id', 'ID', 'ID', 'code'),
  ],
  schema: object({
    at: localDateTime(), user: optional(text(254)), table: requiredText(100), rowKey: optional(text(500)),
    column: optional(text(100)), before: optional(text(50000)), after: optional(text(50000)), reason: optional(text(2000)),
    action: requiredText(40), id: optional(text(60)),
  }),
  key: ['id', 'at', 'table', 'rowKey', 'column'],
  protectedSheet: true,
});
