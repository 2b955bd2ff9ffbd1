/**
 * Department view of overtime (for the executives' report): per department and month, legal
 * overtime + legal-holiday work, ranked for one month, with the trend over the last 6 months.
 */
import { addYearMonths, type YearMonth } from '../calendar';

export interface EmployeeMonthHours {
  readonly department: string;
  readonly employeeCode: string;
  readonly month: YearMonth;
  readonly overtimeMinutes: number;
  readonly holidayMinutes: number;
}

export interface DepartmentMonth {
  readonly month: YearMonth;
  readonly overtimeMinutes: number;
  readonly holidayMinutes: number;
  /** overtime + holiday, the figure the 100 h / 80 h limits look at. */
  readonly totalMinutes: number;
  readonly employees: number;
}

export interface DepartmentRanking extends DepartmentMonth {
  readonly department: string;
  /** 1 = most hours; ties share a rank (1, 1, 3). */
  readonly rank: number;
  /** totalMinutes / employees, rounded down to a minute (display only). */
  readonly averageMinutesPerEmployee: number;
  /** The last `trendMonths` months ending at `month`, oldest first (0 where no data). */
  readonly trend: DepartmentMonth[];
}

export const DEPARTMENT_TREND_MONTHS = 6;

export function departmentRanking(rows: readonly EmployeeMonthHours[], month: YearMonth, trendMonths = DEPARTMENT_TREND_MONTHS): DepartmentRanking[] {
  const cells = new Map<string, { overtime: number; holiday: number; employees: Set<string> }>();
  for (const r of rows) {
    const key = `${r.department}\u0000${r.month}`;
    const c = cells.get(key) ?? { overtime: 0, holiday: 0, employees: new Set<string>() };
    c.overtime += r.overtimeMinutes;
    c.holiday += r.holidayMinutes;
    c.employees.add(r.employeeCode);
    cells.set(key, c);
  }
  const cell = (department: string, m: YearMonth): DepartmentMonth => {
    const c = cells.get(`${department}\u0000${m}`);
    return { month: m, overtimeMinutes: c?.overtime ?? 0, holidayMinutes: c?.holiday ?? 0,
      totalMinutes: (c?.overtime ?? 0) + (c?.holiday ?? 0), employees: c?.employees.size ?? 0 };
  };
  const departments = [...new Set(rows.map((r) => r.department))];
  const ranked = departments
    .map((department) => ({ department, ...cell(department, month) }))
    .sort((a, b) => b.totalMinutes - a.totalMinutes || (a.department < b.department ? -1 : 1));
  return ranked.map((d) => ({
    ...d,
    rank: ranked.findIndex((x) => x.totalMinutes === d.totalMinutes) + 1,
    averageMinutesPerEmployee: d.employees ? Math.floor(d.totalMinutes / d.employees) : 0,
    trend: Array.from({ length: trendMonths }, (_, k) => cell(d.department, addYearMonths(month, k - trendMonths + 1))),
  }));
}
