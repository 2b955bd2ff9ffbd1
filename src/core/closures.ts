/** Whether a period is closed: the latest row for (area, period) in 締め状態 decides. Pure. */
export type ClosureArea = 'attendance' | 'payroll';

export interface ClosureRow {
  area: ClosureArea;
  period: string;
  status: 'closed' | 'reopened';
  at: string;
}

export function isClosed(rows: readonly ClosureRow[], area: ClosureArea, period: string): boolean {
  let latest: ClosureRow | undefined;
  for (const r of rows) if (r.area === area && r.period === period && (!latest || r.at >= latest.at)) latest = r;
  return latest?.status === 'closed';
}

export function closedPeriods(rows: readonly ClosureRow[], area: ClosureArea): Set<string> {
  const periods = new Set(rows.filter((r) => r.area === area).map((r) => r.period));
  return new Set([...periods].filter((p) => isClosed(rows, area, p)));
}
