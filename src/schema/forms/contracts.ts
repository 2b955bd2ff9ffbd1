/**
 * The contracts module's forms (契約): a contract of the register and a fixed-term employment term,
 * one schema each for the server (the RPC's input) and the page, and the import of many at once.
 * Kept free of table definitions so a page bundles only zod and these fields.
 */
import { object, optional, enum as oneOf, number, int, minimum, maximum, array, maxLength, boolean, refine } from 'zod/mini';
import { employeeCode, localDate, requiredText, text, yen } from '../fields';
import { REASON_MAX } from './requests';

export const contractTypes = ['outsourcing', 'lease', 'rent', 'maintenance', 'nda', 'employment', 'other'] as const;
export type ContractType = (typeof contractTypes)[number];
/** 下書き → 送付済 → 締結 → 有効 → 更新 / 終了. */
export const contractStatuses = ['draft', 'sent', 'signed', 'active', 'renewed', 'ended'] as const;
export type ContractStatusCode = (typeof contractStatuses)[number];
export const billingCycles = ['once', 'monthly', 'yearly'] as const;
export const stampDocuments = ['no2', 'no7', 'none', 'electronic'] as const;
export const renewalClauses = ['automatic', 'possible', 'none'] as const;

const months = (max: number) => number().check(int(), minimum(1), maximum(max));
const reminderDays = () => number().check(int(), minimum(0), maximum(366));

interface Term { start: string; end: string }
interface Terms extends Term { autoRenew: boolean; renewalMonths?: number; noticeMonths?: number; noticeDays?: number; amount?: number; billingCycle?: string }

/** The rules of a term (shared by the form and the sheet's row). */
export const termChecks = () => [refine<Term>((c) => c.end >= c.start, { message: '満了日が開始日より前です / the end is before the start', path: ['end'] })];
export const contractChecks = () => [
  ...termChecks(),
  refine<Terms>((c) => !c.autoRenew || c.renewalMonths !== undefined, { message: '自動更新には更新期間（月）が要ります / renewalMonths is required when auto-renewing', path: ['renewalMonths'] }),
  refine<Terms>((c) => c.noticeMonths === undefined || c.noticeDays === undefined, { message: '通知期限は月か日のどちらか一方です / give notice in months or in days, not both', path: ['noticeDays'] }),
  refine<Terms>((c) => c.amount === undefined || c.billingCycle !== undefined, { message: '金額には請求周期が要ります / an amount needs its billing cycle', path: ['billingCycle'] }),
];

/** 契約の登録・変更 (admin). */
export const contractForm = object({
  id: employeeCode(),
  title: requiredText(200),
  counterparty: requiredText(200),
  type: oneOf(contractTypes),
  status: oneOf(contractStatuses),
  start: localDate(),
  end: localDate(),
  autoRenew: boolean(),
  renewalMonths: optional(months(120)),
  noticeMonths: optional(months(60)),
  noticeDays: optional(number().check(int(), minimum(1), maximum(1830))),
  amount: optional(yen()),
  billingCycle: optional(oneOf(billingCycles)),
  stampDocument: optional(oneOf(stampDocuments)),
  owner: optional(employeeCode()),
  reminderDays: optional(reminderDays()),
  documentUrl: optional(text(500)),
  note: optional(text(REASON_MAX)),
}).check(...contractChecks());

/** One term of a fixed-term employment (有期労働契約): each renewal is a new term. */
export const employmentContractForm = object({
  id: employeeCode(),
  employeeCode: employeeCode(),
  start: localDate(),
  end: localDate(),
  renewal: oneOf(renewalClauses),
  /** 更新上限 (則5条1項1号の2): e.g. 通算5年, 更新3回; empty when none. */
  renewalCap: optional(text(200)),
  status: oneOf(contractStatuses),
  reminderDays: optional(reminderDays()),
  documentUrl: optional(text(500)),
  note: optional(text(REASON_MAX)),
}).check(...termChecks());

export const importContractsForm = object({
  contracts: array(contractForm).check(maxLength(2000)),
  employmentContracts: array(employmentContractForm).check(maxLength(2000)),
});

export const contractsAsOfForm = object({ asOf: optional(localDate()), horizonDays: optional(number().check(int(), minimum(1), maximum(366))) });
