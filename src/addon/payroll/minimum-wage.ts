/**
 * The minimum-wage check of the payroll preview (issue 21 item 7): each employee's wage that counts
 * (core/payroll/minimum-wage.ts) against the 地域別最低賃金 of the 給与設定's prefecture on the last day of the
 * work month (the later amount when a revision falls inside the month: the stricter reading). Below it is a
 * blocking problem naming the person and the shortfall, unless the admin has recorded a reason in 設定
 * `payroll.minimumWageReasons` (a line 「<run> <社員番号>：<reason>」); then it is shown, not blocking.
 */
import { checkMinimumWage, type MinimumWagePart } from '../../core/payroll/minimum-wage';
import type { PayAllowance, PaySetting } from '../../core/payroll/employee-month';
import { yen } from '../../core/money';
import { readMinimumWageReasons, SETTING_LINE_EXAMPLES, type MinimumWageReasons } from '../../schema/settingLines';
import { readLineSetting } from '../settingLines';
import type { Settings } from '../settings';

/** Allowances a 給与設定 does not mark: excluded by name when they are of a kind the law leaves out. */
function partOf(a: PayAllowance): MinimumWagePart {
  if (a.minimumWage === true) return { name: a.name, amount: a.amount, kind: 'counted' };
  if (/精皆勤|皆勤|精勤/.test(a.name)) return { name: a.name, amount: a.amount, kind: 'attendance' };
  if (/家族|扶養/.test(a.name)) return { name: a.name, amount: a.amount, kind: 'family' };
  if (/通勤/.test(a.name)) return { name: a.name, amount: a.amount, kind: 'commuting' };
  return { name: a.name, amount: a.amount, kind: a.minimumWage === false ? 'temporary' : 'counted' };
}

export type { MinimumWageReasons };
/** 設定 payroll.minimumWageReasons: 「2026-06 0012：理由」 a line (schema/settingLines.ts), or the JSON of older sheets. */
export function parseMinimumWageReasons(settings: Settings): { reasons: MinimumWageReasons; error?: string } {
  const read = readLineSetting(settings, 'payroll.minimumWageReasons', readMinimumWageReasons);
  if (read.error) return { reasons: {}, error: read.error };
  const v = read.value ?? {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { reasons: {}, error: `設定 payroll.minimumWageReasons: ${SETTING_LINE_EXAMPLES['payroll.minimumWageReasons']} の形で1行に1件書いてください` };
  return { reasons: v };
}

export interface MinimumWageFinding {
  readonly key: 'payroll.belowMinimumWage' | 'payroll.belowMinimumWageAccepted';
  readonly params: Record<string, string | number>;
  readonly blocking: boolean;
}
export function minimumWageFinding(
  setting: Pick<PaySetting, 'payType' | 'basePay' | 'allowances' | 'prefecture'>, date: string,
  facts: { monthlyAverageScheduledMinutes: number; dailyScheduledMinutes: number }, reason: string | undefined,
): MinimumWageFinding | null {
  const r = checkMinimumWage({
    prefecture: setting.prefecture, date, payType: setting.payType, wage: setting.basePay, parts: setting.allowances.map(partOf),
    monthlyAverageScheduledMinutes: facts.monthlyAverageScheduledMinutes, dailyScheduledMinutes: facts.dailyScheduledMinutes,
  });
  if (!r.below) return null;
  const params = { hourly: r.hourlyEquivalent, minimum: yen(r.minimumWage), prefecture: setting.prefecture, from: r.minimumWageFrom, shortfall: yen(r.shortfall), monthly: r.monthlyShortfall === null ? '—' : yen(r.monthlyShortfall), reason: reason ?? '' };
  return reason && reason.trim() ? { key: 'payroll.belowMinimumWageAccepted', params, blocking: false } : { key: 'payroll.belowMinimumWage', params, blocking: true };
}
