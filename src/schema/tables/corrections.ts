/** 打刻修正: an employee's request to add a missing punch, approved or rejected by an admin. */
import { object, optional, enum as oneOf } from 'zod/mini';
import { col, defineTable } from '../table';
import { PUNCH_KIND_LABELS, REQUEST_STATUS_LABELS } from '../labels';
import { employeeCode, localDateTime, requiredText, text } from '../fields';
import { punchKinds } from './punches';

export const requestStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;

export const correctionsTable = defineTable({
  sheet: '打刻修正', sheetEn: 'Corrections',
  columns: [
    col('id', '申請ID', 'Request id', 'code'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('at', '打刻日時', 'Punch time', 'datetime'),
    col('kind', '種別', 'Kind', 'code', { choices: PUNCH_KIND_LABELS }),
    col('reason', '理由', 'Reason', 'text'),
    col('status', '状態', 'Status', 'code', { choices: REQUEST_STATUS_LABELS }),
    col('requestedAt', '申請日時', 'Requested at', 'datetime'),
    col('decidedAt', '処理日時', 'Decided at', 'datetime'),
    col('decidedBy', '承認者', 'Approver', 'text'),
  ],
  schema: object({
    id: requiredText(40),
    employeeCode: employeeCode(),
    at: localDateTime(),
    kind: oneOf(punchKinds),
    reason: requiredText(500),
    status: oneOf(requestStatuses),
    requestedAt: localDateTime(),
    decidedAt: optional(localDateTime()),
    decidedBy: optional(text(254)),
  }),
  key: ['id'],
});
