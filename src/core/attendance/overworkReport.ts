/**
 * The overwork view in words, for people: the labels of the 36協定 limits, hours as 「80時間42分」, the
 * trend chart's geometry (drawn as SVG by the sidebar with the DOM and by the PDF as markup), the rows
 * of the sheet 「36協定レポート」 and the HTML of its PDF. Pure; the sheet is Japanese whatever the language
 * (sheets a person reads show Japanese labels), the PDF follows the chosen language.
 */
import type { Lang } from '../i18n';
import type { LimitId, LimitStatus } from './agreement36';
import type { OverworkDepartment, OverworkPerson, OverworkView } from './overwork';
import { escapeHtml, htmlDocument, DOCUMENT_FONT_STACK } from '../render/html';

export type ReportCell = string | number;

const LABELS = {
  ja: {
    title: '36協定レポート', month: '対象月', asOf: '基準日', basis: '根拠', basisText: '労働基準法第36条（{from}施行の上限規制）',
    specialClause: '特別条項', yes: 'あり', no: 'なし',
    departments: '部署別の比較', department: '部署', people: '人数', soFar: '当月（時間外＋休日）', projected: '月末見込み', perPerson: '1人あたり',
    violations: '違反', warnings: '注意', status: '判定', trend: '部署別の推移（時間外＋休日、6か月）',
    atRisk: '要注意者', code: '社員番号', name: '氏名', overtime: '時間外', holiday: '休日', crosses45: '45時間を超える日', earlier: '過去の違反', limits: '注意・違反の項目',
    none: 'なし', chartNote: 'グラフ：部署ごとの時間外＋休日労働の合計（時間）', notShown: '（所属長の閲覧範囲外の人は名前を出していません）',
    ok: '適合', warning: '注意', violation: '違反',
    monthly45: '月45時間', yearly360: '年360時間', yearly720: '年720時間', monthlyUnder100: '月100時間未満', average80: '2〜6か月平均80時間', over45Count: '45時間超の月数',
    averageOf: '{months}か月平均', countUnit: '{n}回',
  },
  en: {
    title: '36 Agreement report', month: 'Month', asOf: 'As of', basis: 'Basis', basisText: 'Labour Standards Act art. 36 (limits in force from {from})',
    specialClause: 'Special clause', yes: 'yes', no: 'no',
    departments: 'Departments compared', department: 'Department', people: 'People', soFar: 'This month (overtime + holiday)', projected: 'Month-end pace', perPerson: 'Per person',
    violations: 'Violations', warnings: 'Warnings', status: 'Status', trend: 'Trend by department (overtime + holiday, 6 months)',
    atRisk: 'People at risk', code: 'Code', name: 'Name', overtime: 'Overtime', holiday: 'Holiday', crosses45: 'Crosses 45 h on', earlier: 'Earlier violations', limits: 'Limits at issue',
    none: 'none', chartNote: 'Chart: overtime + holiday work per department (hours)', notShown: '',
    ok: 'OK', warning: 'Warning', violation: 'Violation',
    monthly45: '45 h / month', yearly360: '360 h / year', yearly720: '720 h / year', monthlyUnder100: 'under 100 h / month', average80: '2–6-month average 80 h', over45Count: 'Months over 45 h',
    averageOf: '{months}-month average', countUnit: '{n}',
  },
} as const;

type Key = keyof typeof LABELS.ja;
export function overworkLabel(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
export const limitLabel = (lang: Lang, id: LimitId): string => overworkLabel(lang, id);
export const statusLabel = (lang: Lang, s: LimitStatus): string => overworkLabel(lang, s);

/** 4842 → 「80時間42分」 (ja) / "80 h 42 min" (en); whole minutes. */
export function hoursText(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (lang === 'ja') return m ? `${h}時間${m}分` : `${h}時間`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** A limit's value in words: minutes as hours, over45Count as a count. */
export function limitValueText(lang: Lang, id: LimitId, value: number): string {
  return id === 'over45Count' ? overworkLabel(lang, 'countUnit', { n: value }) : hoursText(value, lang);
}

/** 2026-11-20 → 「20日」 / "the 20th" (the day in the month, for the pace sentence). */
export function dayOfMonth(date: string): number {
  return Number(date.slice(8, 10));
}

// ---- the trend chart --------------------------------------------------------------------------

export interface TrendChart {
  readonly width: number;
  readonly height: number;
  readonly plot: { left: number; top: number; right: number; bottom: number };
  readonly months: { label: string; x: number }[];
  readonly ticks: { label: string; y: number }[];
  readonly series: { department: string; color: string; points: { x: number; y: number; minutes: number }[] }[];
}

/** Colour per series (Okabe–Ito, readable by people with colour-vision deficiency). */
export const TREND_COLOURS = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/** Geometry of the 6-month trend: one line per department, y in hours from 0 to a round maximum. */
export function trendChart(departments: readonly OverworkDepartment[], width = 280, height = 160): TrendChart {
  const plot = { left: 34, top: 8, right: width - 8, bottom: height - 22 };
  const months = departments[0]?.trend.map((t) => t.month) ?? [];
  const max = Math.max(60, ...departments.flatMap((d) => d.trend.map((t) => t.totalMinutes)));
  const stepHours = max / 60 > 400 ? 200 : max / 60 > 200 ? 100 : 50;
  const top = Math.ceil(max / 60 / stepHours) * stepHours;
  const x = (i: number) => plot.left + (months.length <= 1 ? 0 : ((plot.right - plot.left) * i) / (months.length - 1));
  const y = (minutes: number) => plot.bottom - ((plot.bottom - plot.top) * minutes) / (top * 60);
  const ticks = [];
  for (let h = 0; h <= top; h += stepHours) ticks.push({ label: String(h), y: Math.round(y(h * 60) * 10) / 10 });
  return {
    width, height, plot,
    months: months.map((m, i) => ({ label: `${Number(m.slice(5))}`, x: Math.round(x(i) * 10) / 10 })),
    ticks,
    series: departments.map((d, k) => ({
      department: d.department, color: TREND_COLOURS[k % TREND_COLOURS.length]!,
      points: d.trend.map((t, i) => ({ x: Math.round(x(i) * 10) / 10, y: Math.round(y(t.totalMinutes) * 10) / 10, minutes: t.totalMinutes })),
    })),
  };
}

function trendSvg(chart: TrendChart, lang: Lang): string {
  const { plot } = chart;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-label="${escapeHtml(overworkLabel(lang, 'chartNote'))}">`];
  for (const t of chart.ticks) parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${t.y}" y2="${t.y}" stroke="#ddd"/><text x="${plot.left - 4}" y="${t.y + 3}" font-size="9" text-anchor="end">${t.label}</text>`);
  for (const m of chart.months) parts.push(`<text x="${m.x}" y="${chart.height - 8}" font-size="9" text-anchor="middle">${escapeHtml(lang === 'ja' ? `${m.label}月` : m.label)}</text>`);
  for (const s of chart.series) {
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${s.points.map((p) => `${p.x},${p.y}`).join(' ')}"/>`);
    for (const p of s.points) parts.push(`<circle cx="${p.x}" cy="${p.y}" r="2.5" fill="${s.color}"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

// ---- the sheet and the PDF --------------------------------------------------------------------

const monthText = (m: string, lang: Lang) => (lang === 'ja' ? `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月` : m);

function personLimitsText(p: OverworkPerson, lang: Lang): string {
  const bad = p.limits.filter((l) => l.projectedStatus !== 'ok');
  if (!bad.length) return overworkLabel(lang, 'none');
  return bad.map((l) => `${limitLabel(lang, l.id)} ${statusLabel(lang, l.projectedStatus)}（${limitValueText(lang, l.id, l.value)}）`).join(lang === 'ja' ? '、' : '; ');
}

function earlierText(p: OverworkPerson, lang: Lang): string {
  if (!p.earlier.length) return overworkLabel(lang, 'none');
  return p.earlier.map((e) => `${monthText(e.month, lang)} ${limitLabel(lang, e.id)}（${e.months ? `${overworkLabel(lang, 'averageOf', { months: e.months })} ` : ''}${limitValueText(lang, e.id, e.value)}）`).join(lang === 'ja' ? '、' : '; ');
}

const perPerson = (d: OverworkDepartment) => (d.people ? Math.floor(d.projectedMinutes / d.people) : 0);

/**
 * The rows of 「36協定レポート」: heading, the department comparison, the trend table (the chart's data:
 * the emulator has no chart builder, so the sheet carries the figures), the people at risk. Every row
 * has the same width; hours as text 「80時間42分」.
 */
export function overworkSheetRows(view: OverworkView, lang: Lang = 'ja'): ReportCell[][] {
  const t = (k: Key, p?: Record<string, string | number>) => overworkLabel(lang, k, p);
  const h = (m: number) => hoursText(m, lang);
  const trendMonths = view.departments[0]?.trend.map((x) => x.month) ?? [];
  const rows: ReportCell[][] = [
    [t('title')],
    [t('month'), monthText(view.month, lang), t('asOf'), view.asOf],
    [t('basis'), t('basisText', { from: view.effectiveFrom }), t('specialClause'), view.agreement.specialClause ? t('yes') : t('no')],
    [],
    [t('departments')],
    [t('department'), t('people'), t('soFar'), t('projected'), t('perPerson'), t('violations'), t('warnings'), t('status')],
    ...view.departments.map((d) => [d.department, d.people, h(d.soFarMinutes), h(d.projectedMinutes), h(perPerson(d)), d.violations, d.warnings, statusLabel(lang, d.worst)]),
    [],
    [t('trend')],
    [t('department'), ...trendMonths.map((m) => monthText(m, lang))],
    ...view.departments.map((d) => [d.department, ...d.trend.map((x) => h(x.totalMinutes))]),
    [],
    [t('atRisk')],
    [t('code'), t('name'), t('department'), t('overtime'), t('holiday'), t('projected'), t('crosses45'), t('status'), t('limits'), t('earlier')],
    ...view.people.filter((p) => p.worst !== 'ok').map((p) => [p.code, p.name, p.department, h(p.soFar.overtimeMinutes), h(p.soFar.holidayMinutes),
      p.projected ? h(p.projected.overtimeMinutes + p.projected.holidayMinutes) : '—', p.crosses45On ?? '—', statusLabel(lang, p.worst), personLimitsText(p, lang), earlierText(p, lang)]),
  ];
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);
}

const CSS = `body { font-family: ${DOCUMENT_FONT_STACK}; font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }
table { border-collapse: collapse; width: 100%; }
th { background-color: #eee; font-weight: bold; }
th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
p.note { color: #555; font-size: 9pt; margin: 2pt 0; }
.violation { color: #b00020; font-weight: bold; }
.warning { color: #8a5a00; font-weight: bold; }`;

/** The PDF to hand to the board: heading, the department comparison, the trend chart and table, the people at risk. */
export function overworkReportHtml(view: OverworkView, lang: Lang = 'ja'): string {
  const t = (k: Key, p?: Record<string, string | number>) => escapeHtml(overworkLabel(lang, k, p));
  const h = (m: number) => escapeHtml(hoursText(m, lang));
  const e = escapeHtml;
  const status = (s: LimitStatus) => `<span class="${s}">${e(statusLabel(lang, s))}</span>`;
  const chart = trendChart(view.departments, 520, 200);
  const months = view.departments[0]?.trend.map((x) => x.month) ?? [];
  const risk = view.people.filter((p) => p.worst !== 'ok');
  const body = `<h1>${t('title')} ${e(monthText(view.month, lang))}</h1>
<p class="note">${t('asOf')}: ${e(view.asOf)} ・ ${t('basisText', { from: view.effectiveFrom })} ・ ${t('specialClause')}: ${view.agreement.specialClause ? t('yes') : t('no')}</p>
<h2>${t('departments')}</h2>
<table><tr><th>${t('department')}</th><th>${t('people')}</th><th>${t('soFar')}</th><th>${t('projected')}</th><th>${t('perPerson')}</th><th>${t('violations')}</th><th>${t('warnings')}</th><th>${t('status')}</th></tr>
${view.departments.map((d) => `<tr><td>${e(d.department)}</td><td class="n">${d.people}</td><td class="n">${h(d.soFarMinutes)}</td><td class="n">${h(d.projectedMinutes)}</td><td class="n">${h(perPerson(d))}</td><td class="n">${d.violations}</td><td class="n">${d.warnings}</td><td>${status(d.worst)}</td></tr>`).join('\n')}</table>
<h2>${t('trend')}</h2>
${trendSvg(chart, lang)}
<p class="note">${chart.series.map((s) => `<span style="color: ${s.color}">■</span> ${e(s.department)}`).join('　')}</p>
<table><tr><th>${t('department')}</th>${months.map((m) => `<th>${e(monthText(m, lang))}</th>`).join('')}</tr>
${view.departments.map((d) => `<tr><td>${e(d.department)}</td>${d.trend.map((x) => `<td class="n">${h(x.totalMinutes)}</td>`).join('')}</tr>`).join('\n')}</table>
<h2>${t('atRisk')}</h2>
${risk.length ? `<table><tr><th>${t('name')}</th><th>${t('department')}</th><th>${t('overtime')}</th><th>${t('projected')}</th><th>${t('limits')}</th><th>${t('earlier')}</th></tr>
${risk.map((p) => `<tr><td>${e(p.name)}（${e(p.code)}）</td><td>${e(p.department)}</td><td class="n">${h(p.soFar.overtimeMinutes)}</td><td class="n">${p.projected ? h(p.projected.overtimeMinutes + p.projected.holidayMinutes) : '—'}</td><td>${status(p.worst)}: ${e(personLimitsText(p, lang))}</td><td>${e(earlierText(p, lang))}</td></tr>`).join('\n')}</table>` : `<p>${t('none')}</p>`}`;
  return htmlDocument(lang, `${overworkLabel(lang, 'title')} ${view.month}`, CSS, body);
}

/** The sheet's name (one sheet, replaced on each run). */
export const OVERWORK_SHEET = LABELS.ja.title;