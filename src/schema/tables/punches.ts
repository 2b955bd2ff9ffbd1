/** 打刻: one row per punch; appended, never rewritten (corrections are separate requests). */
import { object, optional, enum as oneOf } from 'zod/mini';
import { col, defineTable } from '../table';
import { employeeCode, localDateTime, requiredText, text } from '../fields';

export const punchKinds = ['clockIn', 'clockOut', 'breakStart', 'breakEnd'] as const;
export type PunchKind = (typeof punchKinds)[number];

export const punchesTable = defineTable({
  sheet: '打刻', sheetEn: 'Punches',
  columns: [
    col('id', '打刻ID', 'Punch id', 'code'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('at', '日時', 'Time', 'datetime'),
    col('kind', '種別', 'Kind', 'code'),
    col('source', '入力元', 'Source', 'code'),
    col('note', 'メモ', 'Note', 'text'),
    col('recordedAt', '記録日時', 'Recorded at', 'datetime'),
    col('recordedBy', '記録者', 'Recorded by', 'text'),
  ],
  schema: object({
    id: requiredText(40),
    employeeCode: employeeCode(),
    at: localDateTime(),
    kind: oneOf(punchKinds),
    source: oneOf(['web', 'admin', 'import', 'correction']),
    note: optional(text(500)),
    recordedAt: localDateTime(),
    recordedBy: optional(text(254)),
  }),
  key: ['id'],
});
