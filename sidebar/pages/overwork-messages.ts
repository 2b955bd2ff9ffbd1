/** The overwork section's own strings (kept apart from sidebar/messages.ts so that pages merge cleanly). */
import type { PageLang } from '../messages';

const ja = {
  title: '長時間労働（36協定）',
  summary: '違反 {violations}名・注意 {warnings}名（{people}名中）',
  summaryOk: '上限に近い人はいません（{people}名）',
  asOf: '{date}現在・所定労働日 {elapsed}/{total}日',
  closedMonth: '締め済みの月です（見込みはありません）',
  departments: '部署別',
  soFar: '当月', projected: '月末見込み', perPerson: '1人あたり見込み',
  counts: '違反 {violations}・注意 {warnings}',
  trend: '部署別の推移（時間外＋休日、6か月）',
  trendLabel: '部署ごとの時間外＋休日労働の合計（時間）、{from}〜{to}',
  atRisk: '要注意者（{count}名）', noneAtRisk: '要注意者はいません',
  overtimeLine: '時間外 {soFar}・休日 {holiday}',
  projectedLine: '月末見込み {projected}',
  willCross: 'このペースだと{day}日に45時間を超えます',
  alreadyOver: 'すでに45時間を超えています',
  earlier: '{month}：{limit}を超えました（{value}）',
  allLimits: '上限をすべて見る',
  limitLine: '{value} ／ 上限 {limit}',
  projectedStatus: '月末見込み：{status}',
  report: '役員向けレポートを作成',
  reportHint: 'シート「36協定レポート」とPDFを作成します。',
  reportDone: 'シート「{sheet}」を更新し、PDF（{file}）を作成しました。',
  download: 'PDFを保存',
  working: '作成しています…',
  month: '対象月',
  show: '表示',
} as const;

const en: Record<keyof typeof ja, string> = {
  title: 'Overwork (36 Agreement)',
  summary: '{violations} in violation, {warnings} with warnings (of {people})',
  summaryOk: 'Nobody is near a limit ({people} people)',
  asOf: 'As of {date}, scheduled days {elapsed}/{total}',
  closedMonth: 'This month is closed (no projection)',
  departments: 'By department',
  soFar: 'This month', projected: 'Month-end pace', perPerson: 'Per person (pace)',
  counts: '{violations} violations, {warnings} warnings',
  trend: 'Trend by department (overtime + holiday, 6 months)',
  trendLabel: 'Overtime + holiday work per department (hours), {from} to {to}',
  atRisk: 'People at risk ({count})', noneAtRisk: 'Nobody at risk',
  overtimeLine: 'Overtime {soFar}, holiday {holiday}',
  projectedLine: 'Month-end pace {projected}',
  willCross: 'At this pace, 45 hours are exceeded on {date}',
  alreadyOver: 'Already over 45 hours',
  earlier: '{month}: {limit} exceeded ({value})',
  allLimits: 'All limits',
  limitLine: '{value} / limit {limit}',
  projectedStatus: 'Month end: {status}',
  report: 'Make the executive report',
  reportHint: 'Writes the sheet 「36協定レポート」 and a PDF.',
  reportDone: 'Updated the sheet "{sheet}" and made the PDF ({file}).',
  download: 'Save the PDF',
  working: 'Working…',
  month: 'Month',
  show: 'Show',
};

export type OverworkKey = keyof typeof ja;
const catalogs: Record<PageLang, Record<OverworkKey, string>> = { ja, en };

export function ot(lang: PageLang, key: OverworkKey, params: Record<string, string | number> = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}
