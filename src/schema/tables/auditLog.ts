/** 監査ログ: every write made through Kanri (who, when, table, row, column, before, after, reason). */
import { object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { localDateTime, requiredText, text } from '../fields';

export const auditLogTable = defineTable({
  sheet: '監査ログ', sheetEn: 'Audit log',
  columns: [
    col('at', '日時', 'At', 'datetime'),
    col('user', '実行者', 'User', 'text'),
    col('table', '表', 'Table', 'text'),
    col('rowKey', '行キー', 'Row key', 'text'),
    col('column', '列', 'Column', 'text'),
    col('before', '変更前', 'Before', 'text'),
    col('after', '変更後', 'After', 'text'),
    col('reason', '理由', 'Reason', 'text'),
    col('action', '操作', 'Action', 'code'),
  ],
  schema: object({
    at: localDateTime(), user: optional(text(254)), table: requiredText(100), rowKey: optional(text(500)),
    column: optional(text(100)), before: optional(text(50000)), after: optional(text(50000)), reason: optional(text(2000)),
    action: requiredText(40),
  }),
  key: ['at', 'table', 'rowKey', 'column'],
  protectedSheet: true,
});
