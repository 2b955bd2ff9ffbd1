/**
 * A payslip (給与明細) as printed: the figures of one employee for one closed run, already computed by the
 * payroll engine. The integrator maps the engine's result onto this; nothing here calculates pay.
 */
import type { LocalDate, YearMonth } from '../calendar';
import type { LocalizedLabel } from '../render/format';

export type PayslipKind = 'salary' | 'bonus';

/** One line of 支給 or 控除: a label from the master (Japanese, optional English) and integer yen. */
export interface PayslipLine {
  label: LocalizedLabel;
  /** Integer yen. A deduction may be negative (年末調整 還付 shown as a negative deduction). */
  amount: number;
}

/** 勤怠: the closed month's figures. Minutes are whole minutes, days may be halves (半日有休). */
export interface PayslipAttendance {
  workedDays: number;
  absenceDays: number;
  workedMinutes: number;
  /** 法定時間外労働 (8 h/day, 40 h/week, counted once). */
  legalOvertimeMinutes: number;
  /** The part of legal overtime beyond 60 h in the month (労基法37条1項ただし書, 50 %). */
  over60Minutes: number;
  /** 深夜労働 22:00–5:00. */
  lateNightMinutes: number;
  /** 法定休日労働. */
  legalHolidayMinutes: number;
  /** 年次有給休暇: days taken this month and the balance after it. */
  paidLeaveDaysTaken: number;
  paidLeaveDaysRemaining: number;
}

export interface PayslipData {
  companyName: string;
  employee: { code: string; name: string; department?: string };
  kind: PayslipKind;
  payDate: LocalDate;
  /** The month the pay is for ("2026年4月分"); for a bonus, the month it is paid in. */
  month: YearMonth;
  /** 対象期間 (the wage calculation period); optional for a bonus. */
  period?: { from: LocalDate; to: LocalDate };
  earnings: PayslipLine[];
  deductions: PayslipLine[];
  /** Absent on a bonus statement. */
  attendance?: PayslipAttendance;
  totals: {
    /** 総支給額 = Σ earnings. */
    grossPay: number;
    /** 控除合計 = Σ deductions. */
    totalDeductions: number;
    /** 差引支給額 = grossPay − totalDeductions. */
    netPay: number;
  };
  /** 備考, one paragraph each (line breaks kept). */
  notes?: string[];
}
