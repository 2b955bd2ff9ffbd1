/** 会社休日: company holidays added by the admin (public holidays are built in). */
import { object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { localDate, requiredText, text } from '../fields';

export const companyHolidaysTable = defineTable({
  sheet: '会社休日', sheetEn: 'Company holidays',
  columns: [col('date', '日付', 'Date', 'date'), col('name', '名称', 'Name', 'text'), col('note', '備考', 'Note', 'text')],
  schema: object({ date: localDate(), name: requiredText(100), note: optional(text()) }),
  key: ['date'],
});
