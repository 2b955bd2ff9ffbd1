/**
 * The as-of depreciation report for the accountant (減価償却明細 as of a date): one row per owned
 * asset with the tax side (税務: what the return shows, values at the last closed fiscal year end)
 * and the books side (会計: booked month by month) apart, totals by category and in all, and the
 * difference of the year's depreciation (会計 − 税務: 償却超過額 +, 不足額 −). The same rows make
 * the sheet (Japanese labels; amounts as numbers the sheet shows as #,##0) and the CSV (UTF-8 with
 * a BOM, CR LF, integer yen digits only; cells escaped and formula-safe, ../journal/csv.ts).
 */
import { csvRow } from '../journal/csv';
import type { Lang } from '../i18n';
import type { SmallAssetOption } from './small-assets';
import type { DepreciationMethod } from './rates';

export interface ReportSide {
  readonly treatment: SmallAssetOption;
  readonly method: DepreciationMethod;
  readonly usefulLifeYears: number;
  readonly depreciationThisYear: number;
  readonly accumulated: number;
  readonly bookValue: number;
}

export interface ReportLine {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly categoryName: string;
  readonly acquiredOn: string;
  readonly servicedOn: string;
  readonly acquisitionCost: number;
  readonly disposed: boolean;
  readonly tax: ReportSide;
  readonly book: ReportSide;
}

export type ReportCell = string | number;

const TREATMENT = {
  ja: { normal: '通常償却', immediate_expense: '少額即時償却', ikkatsu_3y: '一括償却', sme_special: '中小特例' },
  en: { normal: 'Normal', immediate_expense: 'Expensed (<100,000)', ikkatsu_3y: 'Lump sum 3y', sme_special: 'SME rule' },
} as const;
const METHOD = { ja: { straight_line: '定額法', declining_balance_200: '200%定率法' }, en: { straight_line: 'Straight line', declining_balance_200: '200% declining' } } as const;

const HEAD = {
  ja: {
    title: '減価償却明細（{asOf}現在）', fiscal: '事業年度 {start}〜{end}', tax: '税務', book: '会計',
    cols: ['資産番号', '品名', '区分', '取得日', '事業供用日', '取得価額', '税務:処理', '税務:償却方法', '税務:耐用年数', '税務:当期償却額', '税務:償却累計額', '税務:帳簿価額',
      '会計:償却方法', '会計:耐用年数', '会計:当期償却額', '会計:償却累計額', '会計:帳簿価額', '当期差額(会計−税務)', '廃棄'],
    total: '合計', subtotal: '小計: {category}', disposed: '廃棄済',
  },
  en: {
    title: 'Depreciation as of {asOf}', fiscal: 'Fiscal year {start} to {end}', tax: 'Tax', book: 'Books',
    cols: ['Asset tag', 'Name', 'Category', 'Acquired on', 'In service from', 'Cost', 'Tax: treatment', 'Tax: method', 'Tax: life', 'Tax: this year', 'Tax: accumulated', 'Tax: book value',
      'Books: method', 'Books: life', 'Books: this year', 'Books: accumulated', 'Books: book value', 'Difference this year (books − tax)', 'Disposed'],
    total: 'Total', subtotal: 'Subtotal: {category}', disposed: 'disposed',
  },
} as const;

const fill = (t: string, p: Record<string, string>) => t.replace(/\{(\w+)\}/g, (a, k: string) => p[k] ?? a);

interface Sums { count: number; cost: number; taxYear: number; taxAcc: number; taxValue: number; bookYear: number; bookAcc: number; bookValue: number }
const zero = (): Sums => ({ count: 0, cost: 0, taxYear: 0, taxAcc: 0, taxValue: 0, bookYear: 0, bookAcc: 0, bookValue: 0 });
function add(s: Sums, l: ReportLine): void {
  s.count++; s.cost += l.acquisitionCost;
  s.taxYear += l.tax.depreciationThisYear; s.taxAcc += l.tax.accumulated; s.taxValue += l.tax.bookValue;
  s.bookYear += l.book.depreciationThisYear; s.bookAcc += l.book.accumulated; s.bookValue += l.book.bookValue;
}
const sumRow = (label: string, s: Sums): ReportCell[] =>
  [label, `${s.count}`, '', '', '', s.cost, '', '', '', s.taxYear, s.taxAcc, s.taxValue, '', '', s.bookYear, s.bookAcc, s.bookValue, s.bookYear - s.taxYear, ''];

const sorted = (lines: readonly ReportLine[]) => [...lines].sort((a, b) => (a.category === b.category ? (a.id < b.id ? -1 : 1) : a.category < b.category ? -1 : 1));

// a method and a life only for depreciation over the useful life (an item expensed or written off over 3 years has neither)
const method = (s: ReportSide, lang: Lang) => (s.treatment === 'normal' ? METHOD[lang][s.method] : TREATMENT[lang][s.treatment]);
const life = (s: ReportSide) => (s.treatment === 'normal' ? `${s.usefulLifeYears}` : '');

function lineRow(l: ReportLine, lang: Lang): ReportCell[] {
  return [l.id, l.name, l.categoryName, l.acquiredOn, l.servicedOn, l.acquisitionCost,
    TREATMENT[lang][l.tax.treatment], method(l.tax, lang), life(l.tax), l.tax.depreciationThisYear, l.tax.accumulated, l.tax.bookValue,
    method(l.book, lang), life(l.book), l.book.depreciationThisYear, l.book.accumulated, l.book.bookValue,
    l.book.depreciationThisYear - l.tax.depreciationThisYear, l.disposed ? HEAD[lang].disposed : ''];
}

/**
 * The report as rows: a title row, the fiscal year, the header, one row per asset (by category,
 * then tag), a subtotal per category and the total. Amounts are numbers; everything else text.
 */
export function depreciationReportRows(input: { asOf: string; fiscalYear: { start: string; end: string }; lines: readonly ReportLine[] }, lang: Lang = 'ja'): ReportCell[][] {
  const h = HEAD[lang];
  const width = h.cols.length;
  const pad = (row: ReportCell[]) => [...row, ...Array(width - row.length).fill('')];
  const rows: ReportCell[][] = [pad([fill(h.title, { asOf: input.asOf })]), pad([fill(h.fiscal, input.fiscalYear)]), [...h.cols]];
  const lines = sorted(input.lines);
  const total = zero();
  let group: { category: string; name: string; sums: Sums } | null = null;
  const close = () => { if (group) rows.push(sumRow(fill(h.subtotal, { category: group.name }), group.sums)); };
  for (const l of lines) {
    if (!group || group.category !== l.category) { close(); group = { category: l.category, name: l.categoryName, sums: zero() }; }
    add(group.sums, l); add(total, l);
    rows.push(lineRow(l, lang));
  }
  close();
  rows.push(sumRow(h.total, total));
  return rows;
}

/** The CSV for the accountant: the header and one row per asset (no title, no subtotals), UTF-8 with a BOM, CR LF. */
export function depreciationReportCsv(lines: readonly ReportLine[], lang: Lang = 'ja'): string {
  return '\uFEFF' + [[...HEAD[lang].cols], ...sorted(lines).map((l) => lineRow(l, lang))].map((r) => csvRow(r) + '\r\n').join('');
}
