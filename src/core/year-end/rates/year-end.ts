/** Lookup of the dated 年末調整 data (generated from ../shared/reference/year-end-adjustment/), decoded once. */
import { decodeColumns } from '../../payroll/rates/withholding-types';
import { yearEndEditions } from './year-end.generated';
import type { YearEndEditionData } from './year-end-types';

export interface EmploymentIncomeBand {
  readonly from: number;
  /** exclusive */
  readonly to: number;
  readonly amount: number;
}
export interface YearEndEdition extends YearEndEditionData {
  /** 別表第五 bands (給与等の金額 from ≤ x < to → 給与所得控除後の給与等の金額). */
  readonly bands: readonly EmploymentIncomeBand[];
}

const decoded = new Map<number, YearEndEdition>();

/** The 年末調整 rules of a year (令和8年分 = 2026). Throws for a year whose rules are not shipped. */
export function yearEndEditionFor(year: number): YearEndEdition {
  const hit = decoded.get(year);
  if (hit) return hit;
  const e = yearEndEditions.find((x) => x.year === year);
  if (!e) throw new Error(`no 年末調整 rules for ${year} (shipped: ${yearEndEditions.map((x) => `${x.year} ${x.label}`).join(', ')})`);
  const t = e.employmentIncome.table;
  const [from, amount] = decodeColumns(t.data, t.rows, 2) as [number[], number[]];
  const bands = from.map((f, i) => ({ from: f * 1000, to: i + 1 < from.length ? from[i + 1]! * 1000 : t.to, amount: amount[i]! * 100 }));
  const edition: YearEndEdition = { ...e, bands };
  decoded.set(year, edition);
  return edition;
}

/** The years with shipped rules. */
export function yearEndYears(): number[] {
  return yearEndEditions.map((e) => e.year);
}
