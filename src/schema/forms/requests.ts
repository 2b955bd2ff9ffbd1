/**
 * The request forms, one schema each for the server (the RPC's input) and the page (checked before
 * sending): 休暇申請 and 打刻修正 by an employee, and the admin's decision on either.
 * Kept free of table definitions so a page bundles only zod and these fields.
 */
import { object, optional, enum as oneOf, number, minimum, maximum, refine } from 'zod/mini';
import { localDate, localDateTime, punchKinds, requiredText, text } from '../fields';

/** Longest reason a request or a decision carries (the same cap as the tables' 理由). */
export const REASON_MAX = 500;

/** 有給休暇の申請: a day or a half day (0.5 / 1; the server refuses anything between). */
export const leaveRequestForm = object({
  date: localDate(),
  days: number().check(minimum(0.5), maximum(1)),
  reason: optional(text(REASON_MAX)),
});

/** 打刻修正の申請: the missing punch and why. */
export const correctionRequestForm = object({
  at: localDateTime(),
  kind: oneOf(punchKinds),
  reason: requiredText(REASON_MAX),
});

export const decisions = ['approved', 'rejected'] as const;

/** The admin's decision on a pending request: a reason is required to reject (the employee is told why). */
export const requestDecisionForm = object({
  id: requiredText(40),
  decision: oneOf(decisions),
  reason: optional(text(REASON_MAX)),
}).check(refine((v) => v.decision !== 'rejected' || (v.reason ?? '').trim().length > 0, {
  path: ['reason'], params: { messageKey: 'attendance.rejectReasonRequired' },
}));
