/** 打刻: one row per punch; appended, never rewritten (corrections are separate requests). */
import { object, optional, enum as oneOf } from 'zod/mini';
import { col, defineTable } from '../table';
import { PUNCH_KIND_LABELS, PUNCH_SOURCE_LABELS } from '../labels';
import { employeeCode, localDateTime, punchKinds, requiredText, text } from '../fields';

export { punchKinds, type PunchKind } from '../fields';

export const punchesTable = defineTable({
  sheet: '打刻', sheetEn: 'Punches',
  columns: [
    col('id', '打刻ID', 'Punch id', 'code'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('at', '日時', 'Time', 'datetime'),
    col('kind', '種別', 'Kind', 'code', { choices: PUNCH_KIND_LABELS }),
    col('source', '入力元', 'Source', 'code', { choices: PUNCH_SOURCE_LABELS }),
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
