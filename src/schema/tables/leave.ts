/** 有給付与 and 休暇申請: paid-leave grants and leave requests/taken days. */
import { object, optional, enum as oneOf, number, check, minimum, maximum } from 'zod/mini';
import { col, defineTable } from '../table';
import { LEAVE_BASIS_LABELS, REQUEST_STATUS_LABELS } from '../labels';
import { employeeCode, localDate, localDateTime, requiredText, text } from '../fields';
import { requestStatuses } from './corrections';

export const leaveGrantsTable = defineTable({
  sheet: '有給付与', sheetEn: 'Leave grants',
  columns: [
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('grantDate', '付与日', 'Grant date', 'date'),
    col('days', '付与日数', 'Days', 'number'),
    col('expiresOn', '時効日', 'Expires on', 'date'),
    col('basis', '根拠', 'Basis', 'code', { choices: LEAVE_BASIS_LABELS }),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: object({
    employeeCode: employeeCode(),
    grantDate: localDate(),
    days: number().check(minimum(0), maximum(40)),
    expiresOn: localDate(),
    basis: oneOf(['statutory', 'proportional', 'manual']),
    note: optional(text()),
  }),
  key: ['employeeCode', 'grantDate'],
});

export const leaveTakenTable = defineTable({
  sheet: '休暇申請', sheetEn: 'Leave requests',
  columns: [
    col('id', '申請ID', 'Request id', 'code'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('date', '取得日', 'Date', 'date'),
    col('days', '日数', 'Days', 'number'),
    col('reason', '理由', 'Reason', 'text'),
    col('status', '状態', 'Status', 'code', { choices: REQUEST_STATUS_LABELS }),
    col('requestedAt', '申請日時', 'Requested at', 'datetime'),
    col('decidedAt', '処理日時', 'Decided at', 'datetime'),
    col('decidedBy', '承認者', 'Approver', 'text'),
  ],
  schema: object({
    id: requiredText(40),
    employeeCode: employeeCode(),
    date: localDate(),
    days: number().check(minimum(0.5), maximum(1)),
    reason: optional(text(500)),
    status: oneOf(requestStatuses),
    requestedAt: localDateTime(),
    decidedAt: optional(localDateTime()),
    decidedBy: optional(text(254)),
  }),
  key: ['id'],
});
