/** 設定: key–value settings the admin may change (company name, close rules, rate overrides). */
import { object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { requiredText, text } from '../fields';

export const settingsTable = defineTable({
  sheet: '設定', sheetEn: 'Settings',
  columns: [col('key', '項目', 'Key', 'code'), col('value', '値', 'Value', 'text'), col('note', '備考', 'Note', 'text')],
  schema: object({ key: requiredText(100), value: optional(text()), note: optional(text()) }),
  key: ['key'],
});
