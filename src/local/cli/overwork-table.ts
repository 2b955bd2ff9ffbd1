/**
 * `kanri attendance report`: the overwork view as a table a person reads in a terminal (Japanese by
 * default, --lang en), or --json for machines. Columns are padded by display width (a full-width
 * character takes two columns). The exit code says whether a 36協定 limit is violated in the month.
 */
import type { OverworkView } from '../../core/attendance/overwork';
import { dayOfMonth, hoursText, limitLabel, limitValueText, overworkLabel, statusLabel } from '../../core/attendance/overworkReport';

type Lang = 'ja' | 'en';

/** Terminal columns of a string: East Asian wide and full-width characters count 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
      || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function table(rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) => r.map((cell, i) => {
    const pad = ' '.repeat(widths[i]! - displayWidth(cell));
    return right.has(i) ? pad + cell : i === r.length - 1 ? cell : cell + pad;
  }).join('  ').trimEnd());
}

/** Whether a limit of the month itself is violated (not a projection, not an earlier month). */
export function violatesLimit(view: OverworkView): boolean {
  return view.people.some((p) => p.limits.some((l) => l.status === 'violation'));
}

export function overworkTable(view: OverworkView, lang: Lang): string {
  const t = (k: Parameters<typeof overworkLabel>[1], p?: Record<string, string | number>) => overworkLabel(lang, k, p);
  const h = (m: number) => hoursText(m, lang);
  const month = lang === 'ja' ? `${Number(view.month.slice(0, 4))}年${Number(view.month.slice(5))}月` : view.month;
  const out: string[] = [];
  out.push(`${t('title')} ${month}（${t('asOf')} ${view.asOf}・${t('specialClause')} ${view.agreement.specialClause ? t('yes') : t('no')}）`);
  out.push(t('basisText', { from: view.effectiveFrom }));
  out.push(lang === 'ja'
    ? `違反 ${view.totals.violations}名・注意 ${view.totals.warnings}名（${view.totals.people}名中）`
    : `${view.totals.violations} in violation, ${view.totals.warnings} with warnings (of ${view.totals.people})`);
  out.push('', `■ ${t('departments')}`);
  out.push(...table([
    [t('department'), t('people'), t('soFar'), t('projected'), t('perPerson'), t('violations'), t('warnings'), t('status')],
    ...view.departments.map((d) => [d.department, String(d.people), h(d.soFarMinutes), h(d.projectedMinutes),
      h(d.people ? Math.floor(d.projectedMinutes / d.people) : 0), String(d.violations), String(d.warnings), statusLabel(lang, d.worst)]),
  ], new Set([1, 2, 3, 4, 5, 6])));
  const months = view.departments[0]?.trend.map((x) => x.month) ?? [];
  out.push('', `■ ${t('trend')}`);
  out.push(...table([
    [t('department'), ...months.map((m) => (lang === 'ja' ? `${Number(m.slice(5))}月` : m))],
    ...view.departments.map((d) => [d.department, ...d.trend.map((x) => (x.employees ? h(x.totalMinutes) : '—'))]),
  ], new Set(months.map((_, i) => i + 1))));
  const risk = view.people.filter((p) => p.worst !== 'ok');
  out.push('', `■ ${t('atRisk')}（${risk.length}）`);
  if (!risk.length) out.push(t('none'));
  else {
    out.push(...table([
      [t('code'), t('name'), t('department'), t('overtime'), t('holiday'), t('projected'), t('crosses45'), t('status'), t('limits')],
      ...risk.map((p) => {
        const issues = [
          ...p.limits.filter((l) => l.projectedStatus !== 'ok').map((l) => `${limitLabel(lang, l.id)} ${statusLabel(lang, l.projectedStatus)}(${limitValueText(lang, l.id, l.value)})`),
          ...p.earlier.map((e) => `${e.month} ${limitLabel(lang, e.id)} ${statusLabel(lang, 'violation')}(${limitValueText(lang, e.id, e.value)})`),
        ];
        const crosses = p.crosses45On ? (lang === 'ja' ? `${dayOfMonth(p.crosses45On)}日` : p.crosses45On) : '—';
        return [p.code, p.name, p.department, h(p.soFar.overtimeMinutes), h(p.soFar.holidayMinutes),
          p.projected ? h(p.projected.overtimeMinutes + p.projected.holidayMinutes) : '—', crosses, statusLabel(lang, p.worst), issues.join(lang === 'ja' ? '、' : '; ')];
      }),
    ], new Set([3, 4, 5])));
  }
  out.push('');
  out.push(violatesLimit(view)
    ? (lang === 'ja' ? '36協定の上限を超えた人がいます（終了コード 1）。' : 'A 36 Agreement limit is violated (exit code 1).')
    : (lang === 'ja' ? 'この月に36協定の上限を超えた人はいません。' : 'No 36 Agreement limit is violated this month.'));
  return out.join('\n');
}
