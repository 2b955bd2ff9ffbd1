/**
 * The contracts module's tables (契約): the register and the fixed-term employment terms (one row
 * per term; a renewal is a new row). Codes are shown as Japanese labels with dropdowns (labels.ts).
 * 金額 and the 印紙税 note (which states the amount) are confidential: admin answers only.
 * 通知済み期限 records the deadline a reminder was sent for (written before the mail: sent once).
 */
import { object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { localDate, text } from '../fields';
import { BILLING_CYCLE_LABELS, CONTRACT_STATUS_LABELS, CONTRACT_TYPE_LABELS, RENEWAL_CLAUSE_LABELS, STAMP_DOCUMENT_LABELS } from '../labels-contracts';
import { contractChecks, contractForm, employmentContractForm, termChecks } from '../forms/contracts';

export { contractTypes, contractStatuses, billingCycles, stampDocuments, renewalClauses } from '../forms/contracts';
export type { ContractType, ContractStatusCode } from '../forms/contracts';

export const contractsTable = defineTable({
  sheet: '契約', sheetEn: 'Contracts',
  columns: [
    col('id', '契約番号', 'Contract id', 'code'),
    col('title', '件名', 'Title', 'text', { width: 220 }),
    col('counterparty', '相手方', 'Counterparty', 'text', { width: 200 }),
    col('type', '種類', 'Type', 'code', { choices: CONTRACT_TYPE_LABELS }),
    col('status', '状態', 'Status', 'code', { choices: CONTRACT_STATUS_LABELS }),
    col('start', '開始日', 'Start', 'date'),
    col('end', '当初の満了日', 'First term ends', 'date'),
    col('autoRenew', '自動更新', 'Auto-renewal', 'boolean'),
    col('renewalMonths', '更新期間（月）', 'Renewal (months)', 'integer'),
    col('noticeMonths', '通知期限（満了の何か月前）', 'Notice (months before)', 'integer'),
    col('noticeDays', '通知期限（満了の何日前）', 'Notice (days before)', 'integer'),
    col('amount', '金額', 'Amount', 'integer', { confidential: true }),
    col('billingCycle', '請求周期', 'Billing cycle', 'code', { choices: BILLING_CYCLE_LABELS }),
    col('stampDocument', '印紙区分', 'Stamp class', 'code', { choices: STAMP_DOCUMENT_LABELS }),
    col('stampNote', '印紙税', 'Stamp duty', 'text', { confidential: true, width: 320 }),
    col('owner', '担当者', 'Owner', 'code'),
    col('reminderDays', 'お知らせ（何日前）', 'Reminder (days ahead)', 'integer'),
    col('documentUrl', '契約書', 'Document', 'text'),
    col('remindedFor', '通知済み期限', 'Reminded for', 'date'),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: object({
    ...contractForm.shape,
    stampNote: optional(text(500)),
    remindedFor: optional(localDate()),
  }).check(...contractChecks()),
  key: ['id'],
});

export const employmentContractsTable = defineTable({
  sheet: '有期雇用契約', sheetEn: 'Fixed-term employment',
  columns: [
    col('id', '契約番号', 'Contract id', 'code'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('start', '開始日', 'Start', 'date'),
    col('end', '満了日', 'End', 'date'),
    col('renewal', '更新の有無', 'Renewal', 'code', { choices: RENEWAL_CLAUSE_LABELS, width: 200 }),
    col('renewalCap', '更新上限', 'Renewal cap', 'text'),
    col('status', '状態', 'Status', 'code', { choices: CONTRACT_STATUS_LABELS }),
    col('reminderDays', 'お知らせ（何日前）', 'Reminder (days ahead)', 'integer'),
    col('documentUrl', '労働条件通知書', 'Terms notice', 'text'),
    col('remindedFor', '通知済み期限', 'Reminded for', 'date'),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: object({
    ...employmentContractForm.shape,
    remindedFor: optional(localDate()),
  }).check(...termChecks()),
  key: ['id'],
});

export const contractTables = [contractsTable, employmentContractsTable] as const;
