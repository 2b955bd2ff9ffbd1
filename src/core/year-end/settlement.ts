/**
 * 年末調整 in the payroll (issue 14), pure: the year's pay from the 賃金台帳 rows (salary and bonuses by pay date,
 * 所得税法183条: the year the pay is paid in), who is adjusted and who is not, and the settlement line of the December pay.
 * Who (所得税法190条, 国税庁「年末調整のしかた」「年末調整の対象となる人」): everyone employed at the year's last pay who
 * submitted the 扶養控除等申告書 (甲欄); of those who left during the year only (イ) 死亡退職, (ロ) 著しい心身の障害 for which
 * no re-employment is expected this year, (ハ) those who left after receiving the pay due in December, (ニ) パートタイマー等
 * whose year's pay is within the limit and who expect no other pay this year. (イ)(ロ)(ニ) need the admin's judgement and are
 * recorded by the admin (設定 yearEnd.leaverCases); (ハ) is read from the dates. Pay over 2,000万円 and 乙欄: the core
 * (adjustment.ts) says so.
 */
import type { LocalDate } from '../calendar';

/** What a 賃金台帳 row contributes to the year (the ledger's own columns). */
export interface LedgerPay {
  readonly runId: string;
  readonly employeeCode: string;
  readonly payDate: LocalDate;
  /** 課税支給額 (非課税の通勤手当を除く). */
  readonly taxableWages: number;
  readonly healthInsurance: number;
  readonly careInsurance: number;
  readonly childSupport: number;
  readonly pension: number;
  readonly employmentInsurance: number;
  readonly incomeTax: number;
}
export interface YearPay {
  /** 給与等の総額 (源泉徴収簿 ⑦): taxable salary and bonuses paid in the year. */
  readonly salaryTotal: number;
  /** 社会保険料等の控除額 deducted from pay. */
  readonly socialInsurance: number;
  /** 算出税額 withheld (⑧), without any 年末調整 line. */
  readonly withheldTotal: number;
  readonly payments: number;
}
/** This year's pay before the company's first Kanri run (導入前の給与). */
export interface PayBefore {
  readonly salary: number;
  readonly socialInsurance: number;
  readonly withheld: number;
}

/** The year's totals of one employee: ledger rows paid in `year` (each run once) plus the pay before go-live. */
export function yearPayOf(rows: readonly LedgerPay[], year: number, employeeCode: string, before?: PayBefore): YearPay {
  const seen = new Set<string>();
  let salaryTotal = before?.salary ?? 0;
  let socialInsurance = before?.socialInsurance ?? 0;
  let withheldTotal = before?.withheld ?? 0;
  let payments = 0;
  for (const r of rows) {
    if (r.employeeCode !== employeeCode || !r.payDate.startsWith(`${year}-`) || seen.has(r.runId)) continue;
    seen.add(r.runId);
    payments++;
    salaryTotal += r.taxableWages;
    socialInsurance += r.healthInsurance + r.careInsurance + r.childSupport + r.pension + r.employmentInsurance;
    withheldTotal += r.incomeTax;
  }
  return { salaryTotal, socialInsurance, withheldTotal, payments };
}

/** The leaver cases the admin records (Japanese, as 設定 holds them). */
export const LEAVER_CASES = ['死亡退職', '心身の障害', 'パートタイマー等'] as const;
export type LeaverCase = (typeof LEAVER_CASES)[number];

export type Coverage =
  | { readonly covered: true; readonly inDecemberPay: boolean; readonly basis: 'employed' | 'afterDecemberPay' | LeaverCase }
  | { readonly covered: false; readonly reason: 'leaver' | 'noPay' };

/**
 * Whether the employee is adjusted by this employer for `year`, and whether the settlement goes on the December pay
 * (`decemberPayDate`, the year's last salary): a leaver of case (イ)(ロ)(ニ) is adjusted, but settled when they left.
 */
export function coverageOf(e: { readonly hireDate: LocalDate; readonly leaveDate?: LocalDate | undefined }, year: number, decemberPayDate: LocalDate,
  inDecemberRun: boolean, payments: number, recorded?: LeaverCase): Coverage {
  if (payments === 0 && !inDecemberRun) return { covered: false, reason: 'noPay' };
  const leftInYear = !!e.leaveDate && e.leaveDate <= `${year}-12-31`;
  if (!leftInYear) return { covered: true, inDecemberPay: inDecemberRun, basis: 'employed' };
  // (ハ) 12月中に支給期の到来する給与の支払を受けた後に退職: left on or after the December pay date, and paid in it.
  if (inDecemberRun && e.leaveDate! >= decemberPayDate) return { covered: true, inDecemberPay: true, basis: 'afterDecemberPay' };
  if (recorded) return { covered: true, inDecemberPay: inDecemberRun, basis: recorded };
  return { covered: false, reason: 'leaver' };
}

/** The December pay's line: 年末調整(過不足税額) = difference (+ 徴収 adds to the deductions, − 還付 pays back). */
export function settleOnPay<T extends { totalDeductions: number; netPay: number }>(ledger: T, difference: number): T & { yearEndAdjustment: number } {
  return { ...ledger, yearEndAdjustment: difference, totalDeductions: ledger.totalDeductions + difference, netPay: ledger.netPay - difference };
}

/** Whether a confirmed adjustment still matches the year's pay (else it must be computed and confirmed again). */
export function sameYearPay(confirmed: { salaryTotal: number; socialInsurance: number; withheldTotal: number }, now: YearPay): boolean {
  return confirmed.salaryTotal === now.salaryTotal && confirmed.socialInsurance === now.socialInsurance && confirmed.withheldTotal === now.withheldTotal;
}
