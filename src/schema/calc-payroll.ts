/** Input schemas of the payroll `kanri calc` commands (issue 5, item 9). Names from the glossary. */
import { array, boolean, enum as zenum, int, literal, maxLength, maximum, minimum, number, object, optional, refine, string, union } from 'zod/mini';
import { isLocalDate, isYearMonth, lastDayOfMonth } from '../core/calendar';
import { birthDateWindow } from './person-dates';

const date = string().check(refine((s: string) => isLocalDate(s), 'must be a calendar date YYYY-MM-DD'));
const month = string().check(refine((s: string) => isYearMonth(s), 'must be a month YYYY-MM'));
const yen = int().check(minimum(0));
const decimal = string().check(refine((s: string) => /^\d+(\.\d+)?$/.test(s), 'must be a decimal number as text, e.g. "9.85"'));
const datedRate = object({ from: string(), ratePercent: decimal, employeeRatePercent: optional(decimal), source: string() });

export const taxColumnSchema = zenum(['kou', 'otsu']);
export const employmentInsuranceTypeSchema = zenum(['general', 'agriculture', 'construction']);
const dependents = int().check(minimum(0), maximum(99));
/** Language of the explanation lines (default ja). */
const lang = optional(zenum(['ja', 'en']));

/** 'kyokai' (協会けんぽ by prefecture, the default) or a 健保組合 with its own dated rates. */
export const healthInsurerSchema = union([
  literal('kyokai'),
  object({ kind: literal('union'), name: string(), healthRates: array(datedRate), careRates: optional(array(datedRate)), childSupportRates: optional(array(datedRate)) }),
]);

export const socialInsuranceCalcInput = object({
  insuranceMonth: month,
  prefecture: string(),
  birthDate: date,
  monthlyRemuneration: optional(yen),
  standardMonthlyRemuneration: optional(yen),
  healthInsurer: optional(healthInsurerSchema),
  lang,
}).check(refine((v) => v.monthlyRemuneration !== undefined || v.standardMonthlyRemuneration !== undefined, { message: 'give monthlyRemuneration or standardMonthlyRemuneration', path: ['monthlyRemuneration'] }),
  birthDateWindow('birthDate', (v) => (typeof v.insuranceMonth === 'string' && isYearMonth(v.insuranceMonth) ? lastDayOfMonth(v.insuranceMonth) : undefined)));

export const employmentInsuranceCalcInput = object({
  wageClosingDate: date,
  wages: yen,
  employmentInsuranceType: employmentInsuranceTypeSchema,
  lang,
});

export const withholdingCalcInput = object({
  payDate: date,
  taxableAfterSocialInsurance: yen,
  dependents,
  taxColumn: taxColumnSchema,
  method: optional(zenum(['table', 'computer'])),
  // 月額表 only: the 日額表 (甲・乙・丙) has no official data in ../shared/reference/ yet (issue 21 item 5).
  table: optional(literal('monthly', { message: 'only "monthly": the 日額表 (甲・乙・丙欄) is not shipped (its official table is not in the reference data yet) / 日額表は未収録です' })),
  lang,
});

export const bonusWithholdingCalcInput = object({
  payDate: date,
  bonusAfterSocialInsurance: yen,
  previousMonthTaxableAfterSocialInsurance: yen,
  dependents,
  taxColumn: taxColumnSchema,
  bonusPeriodMonths: optional(int().check(minimum(1), maximum(12))),
  bonusTableConfirmation: optional(string().check(maxLength(500))),
  lang,
});

export const payrollCalcInput = object({
  payDate: date,
  insuranceMonth: optional(month),
  wageClosingDate: optional(date),
  prefecture: string(),
  birthDate: date,
  standardMonthlyRemuneration: yen,
  taxableWages: yen,
  nonTaxableCommuting: yen,
  dependents,
  taxColumn: taxColumnSchema,
  method: optional(zenum(['table', 'computer'])),
  employmentInsuranceType: employmentInsuranceTypeSchema,
  residentTax: yen,
  socialInsuranceCharged: optional(boolean()),
  healthInsurer: optional(healthInsurerSchema),
  lang,
}).check(birthDateWindow('birthDate', (v) => (typeof v.payDate === 'string' ? v.payDate : undefined)));

/** `calc commuting-allowance` (issue 21 item 6). */
export const commutingAllowanceCalcInput = object({
  means: zenum(['publicTransit', 'commuterPass', 'car', 'bicycle', 'mixed']),
  oneWayKm: optional(number().check(minimum(0), maximum(1000))),
  monthlyAmount: yen,
  transitMonthlyFare: optional(yen),
  payDate: date,
  lang,
});

/** `calc minimum-wage` (issue 21 item 7). */
export const minimumWageCalcInput = object({
  prefecture: string(),
  date,
  payType: zenum(['hourly', 'daily', 'monthly']),
  wage: yen,
  parts: optional(array(object({
    name: string(),
    amount: yen,
    kind: zenum(['counted', 'temporary', 'overMonth', 'overtime', 'holiday', 'lateNight', 'attendance', 'commuting', 'family']),
  }))),
  monthlyAverageScheduledMinutes: optional(int().check(minimum(1), maximum(744 * 60))),
  dailyScheduledMinutes: optional(int().check(minimum(1), maximum(24 * 60))),
  lang,
});

/** `calc resident-tax` (issue 21 item 8): the 特別徴収 schedule of a 年度 and a leaver's rest. */
export const residentTaxCalcInput = object({
  fiscalYear: int().check(minimum(2000), maximum(2100)),
  annualAmount: optional(yen),
  juneAmount: optional(yen),
  monthlyAmount: optional(yen),
  leave: optional(object({ leaveDate: date, lastDeductedMonth: month, lumpSumRequested: boolean(), lastPayAvailable: optional(yen) })),
  lang,
});
