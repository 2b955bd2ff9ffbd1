/**
 * The structured values of 設定 in a form a person reads and types, one entry a line (as the 手当 lines of
 * 給与設定, payItems.ts), instead of JSON:
 *   payroll.workersCompensation   2024-04-01から：94 その他の各種事業 1000分の3（出典：厚生労働省「労災保険率表」…）
 *   payroll.healthInsurer         健康保険組合：関東IT健康保険組合
 *                                 健康保険料率 2026-04から：9.0%（本人負担 4.2%）（出典：組合の料率表）
 *   payroll.rateOverrides         協会けんぽ健康保険料率 東京都 2027-03から：9.91%（出典：協会けんぽ 令和9年度保険料額表）
 *                                 雇用保険料率 2027-04-01から2028-03-31まで：一般の事業 労働者1000分の5.5・事業主1000分の9／…（出典：…）
 *   payroll.minimumWageReasons    2026-06 0012：試用期間中で最低賃金の減額特例の許可あり
 *   yearEnd.leaverCases           2026年 E041：死亡退職
 * What the code receives is what the JSON used to give, exactly; a cell written as JSON (before this form)
 * still reads. A 源泉徴収税額表 edition is a whole table of numbers: its line carries the table as JSON
 * (源泉徴収税額表：{…}), the one place JSON stays. Pure: no Apps Script.
 */
import type { DatedRate, EmploymentInsuranceYear, HealthInsurer, RateOverrides } from '../core/payroll/rates/overrides';
import type { WorkersCompensationRate } from '../core/payroll/rates/workers-compensation';
import type { WithholdingEditionData } from '../core/payroll/rates/withholding-types';

/** What a line setting reads as, or the line of the cell that cannot be read and the form it should take. */
export type LinesRead<T> = { ok: true; value: T } | { ok: false; line: number; example: string };

export type MinimumWageReasons = Record<string, Record<string, string>>;
export type LeaverCases = Record<string, Record<string, string>>;

export const LINE_SETTING_KEYS = ['payroll.workersCompensation', 'payroll.healthInsurer', 'payroll.rateOverrides', 'payroll.minimumWageReasons', 'yearEnd.leaverCases'] as const;
export type LineSettingKey = (typeof LINE_SETTING_KEYS)[number];

export const SETTING_LINE_EXAMPLES: Readonly<Record<LineSettingKey, string>> = {
  'payroll.workersCompensation': '2024-04-01から：94 その他の各種事業 1000分の3（出典：厚生労働省「労災保険率表」）',
  'payroll.healthInsurer': '健康保険組合：〇〇健康保険組合 / 健康保険料率 2026-04から：9.0%（本人負担 4.2%）（出典：…）',
  'payroll.rateOverrides': '協会けんぽ健康保険料率 東京都 2027-03から：9.91%（出典：…）',
  'payroll.minimumWageReasons': '2026-06 0012：理由',
  'yearEnd.leaverCases': '2026年 E041：死亡退職',
};

const EI_TYPES = [['general', '一般の事業'], ['agriculture', '農林水産・清酒製造の事業'], ['construction', '建設の事業']] as const;

/** Rate lists of 設定 payroll.rateOverrides, by the words that start their lines. */
const OVERRIDE_RATES = [
  ['careRates', '介護保険料率'], ['childSupportRates', '子ども・子育て支援金率'], ['pensionRates', '厚生年金保険料率'],
  ['childRearingContributionRates', '子ども・子育て拠出金率'],
] as const;
const KYOKAI = '協会けんぽ健康保険料率';
const EMPLOYMENT = '雇用保険料率';
const WITHHOLDING = '源泉徴収税額表';
/** Rate lists of a 健保組合 (payroll.healthInsurer). */
const UNION_RATES = [['healthRates', '健康保険料率'], ['careRates', '介護保険料率'], ['childSupportRates', '子ども・子育て支援金率']] as const;
const UNION = '健康保険組合';
const KYOKAI_INSURER = '協会けんぽ';

const digits = (s: string) => s.replace(/[０-９．]/g, (d) => (d === '．' ? '.' : String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
const NUM = '([0-9０-９]+(?:[.．][0-9０-９]+)?)';
const PERIOD = '(\\d{4}-\\d{2}(?:-\\d{2})?)から(?:\\s*(\\d{4}-\\d{2}(?:-\\d{2})?)まで)?';
/** `<head> <from>から[<to>まで]：<body>（出典：<source>）` — every dated line of these settings. */
const DATED = new RegExp(`^(.*?)\\s*${PERIOD}\\s*[：:]\\s*(.*?)\\s*[（(]出典\\s*[：:]\\s*(.+)[）)]$`);
const RATE_BODY = new RegExp(`^${NUM}\\s*[%％](?:\\s*[（(]本人負担\\s*${NUM}\\s*[%％][）)])?$`);
const WC_BODY = new RegExp(`^(.+?)\\s*1000分の${NUM}$`);
const EI_PART = new RegExp(`^(.+?)\\s*労働者\\s*1000分の${NUM}\\s*[・、,]\\s*事業主\\s*1000分の${NUM}$`);
const NAMED = /^(.+?)\s*[：:]\s*(.+)$/;

interface Dated { head: string; from: string; to?: string; body: string; source: string }

function dated(line: string): Dated | null {
  const m = DATED.exec(line);
  return m ? { head: m[1]!.trim(), from: m[2]!, ...(m[3] ? { to: m[3] } : {}), body: m[4]!.trim(), source: m[5]!.trim() } : null;
}

function rateOf(d: Dated): DatedRate | null {
  const m = RATE_BODY.exec(d.body);
  if (!m) return null;
  return { from: d.from, ...(d.to ? { to: d.to } : {}), ratePercent: digits(m[1]!), ...(m[2] ? { employeeRatePercent: digits(m[2]) } : {}), source: d.source };
}

const period = (r: { from: string; to?: string }) => `${r.from}から${r.to ? `${r.to}まで` : ''}`;
const rateLine = (head: string, r: DatedRate) =>
  `${head} ${period(r)}：${r.ratePercent}%${r.employeeRatePercent ? `（本人負担 ${r.employeeRatePercent}%）` : ''}（出典：${r.source}）`;

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim());
}

/** A cell written before the line form: JSON (an object, a list or a quoted word). */
function legacy(text: string): { value: unknown } | 'invalid' | undefined {
  const t = text.trim();
  if (!/^[[{"]/.test(t)) return undefined;
  try {
    return { value: JSON.parse(t) };
  } catch {
    return 'invalid';
  }
}

/** Reads each non-empty line with `read`; the first line it refuses is the error. */
function eachLine(text: string, example: string, read: (line: string) => boolean): LinesRead<true> {
  const all = lines(text);
  for (let i = 0; i < all.length; i++) if (all[i] && !read(all[i]!)) return { ok: false, line: i + 1, example };
  return { ok: true, value: true };
}

function withLegacy<T>(key: LineSettingKey, text: string, parse: (text: string) => LinesRead<T>): LinesRead<T> {
  const old = legacy(text);
  if (old === 'invalid') return { ok: false, line: 1, example: SETTING_LINE_EXAMPLES[key] };
  return old ? { ok: true, value: old.value as T } : parse(text);
}

export function readWorkersCompensation(text: string): LinesRead<WorkersCompensationRate[]> {
  const key = 'payroll.workersCompensation';
  return withLegacy(key, text, (t) => {
    const out: WorkersCompensationRate[] = [];
    const r = eachLine(t, SETTING_LINE_EXAMPLES[key], (line) => {
      const d = dated(line);
      const m = d && !d.head && d.from.length === 10 && (!d.to || d.to.length === 10) ? WC_BODY.exec(d.body) : null;
      if (!d || !m) return false;
      out.push({ from: d.from, ...(d.to ? { to: d.to } : {}), industry: m[1]!.trim(), ratePerMille: digits(m[2]!), source: d.source });
      return true;
    });
    return r.ok ? { ok: true, value: out } : r;
  });
}

export function writeWorkersCompensation(rates: readonly WorkersCompensationRate[]): string {
  return rates.map((r) => `${period(r)}：${r.industry} 1000分の${r.ratePerMille}（出典：${r.source}）`).join('\n');
}

export function readHealthInsurer(text: string): LinesRead<HealthInsurer> {
  const key = 'payroll.healthInsurer';
  return withLegacy<HealthInsurer>(key, text, (t) => {
    let name: string | undefined;
    let kyokai = false;
    const rates: Record<string, DatedRate[]> = {};
    const r = eachLine(t, SETTING_LINE_EXAMPLES[key], (line) => {
      if (line === KYOKAI_INSURER) return (kyokai = true);
      const d = dated(line);
      if (d) {
        const list = UNION_RATES.find(([, words]) => words === d.head)?.[0];
        const rate = list ? rateOf(d) : null;
        if (!list || !rate) return false;
        (rates[list] ??= []).push(rate);
        return true;
      }
      const m = NAMED.exec(line);
      if (!m || m[1] !== UNION || name !== undefined) return false;
      name = m[2]!.trim();
      return true;
    });
    if (!r.ok) return r;
    if (kyokai && name === undefined && !Object.keys(rates).length) return { ok: true, value: { kind: 'kyokai' } };
    if (kyokai || name === undefined || !rates.healthRates) return { ok: false, line: 1, example: SETTING_LINE_EXAMPLES[key] };
    return { ok: true, value: { kind: 'union', name, healthRates: rates.healthRates, ...(rates.careRates ? { careRates: rates.careRates } : {}), ...(rates.childSupportRates ? { childSupportRates: rates.childSupportRates } : {}) } };
  });
}

export function writeHealthInsurer(insurer: HealthInsurer): string {
  if ((insurer as unknown) === 'kyokai' || insurer.kind === 'kyokai') return KYOKAI_INSURER;
  const out = [`${UNION}：${insurer.name}`];
  for (const [list, words] of UNION_RATES) for (const r of insurer[list] ?? []) out.push(rateLine(words, r));
  return out.join('\n');
}

export function readRateOverrides(text: string): LinesRead<RateOverrides> {
  const key = 'payroll.rateOverrides';
  return withLegacy(key, text, (t) => {
    const out: Record<string, unknown> = {};
    const push = (list: string, v: unknown) => ((out[list] ??= []) as unknown[]).push(v);
    const r = eachLine(t, SETTING_LINE_EXAMPLES[key], (line) => {
      const table = NAMED.exec(line);
      if (table && table[1] === WITHHOLDING) {
        const v = legacy(table[2]!);
        if (!v || v === 'invalid' || typeof v.value !== 'object' || Array.isArray(v.value)) return false;
        push('withholdingEditions', v.value as WithholdingEditionData);
        return true;
      }
      const d = dated(line);
      if (!d) return false;
      if (d.head === EMPLOYMENT) return employmentLine(d, (v) => push('employmentInsuranceRates', v));
      const [words, prefecture, ...rest] = d.head.split(/\s+/);
      const rate = rateOf(d);
      if (!rate || rest.length) return false;
      if (words === KYOKAI && prefecture) {
        const byPrefecture = (out.kyokaiHealthRates ??= {}) as Record<string, DatedRate[]>;
        (byPrefecture[prefecture] ??= []).push(rate);
        return true;
      }
      const list = OVERRIDE_RATES.find(([, w]) => w === words)?.[0];
      if (!list || prefecture) return false;
      push(list, rate);
      return true;
    });
    return r.ok ? { ok: true, value: out as RateOverrides } : r;
  });
}

function employmentLine(d: Dated, push: (v: EmploymentInsuranceYear) => void): boolean {
  if (!d.to) return false;
  const parts: Record<string, { workerPerMille: string; employerPerMille: string }> = {};
  for (const part of d.body.split(/\s*[／/]\s*/)) {
    const m = EI_PART.exec(part);
    const type = m && EI_TYPES.find(([, words]) => words === m[1]!.trim())?.[0];
    if (!m || !type || parts[type]) return false;
    parts[type] = { workerPerMille: digits(m[2]!), employerPerMille: digits(m[3]!) };
  }
  if (!parts.general || !parts.agriculture || !parts.construction) return false;
  push({ from: d.from, to: d.to, source: d.source, general: parts.general, agriculture: parts.agriculture, construction: parts.construction });
  return true;
}

export function writeRateOverrides(o: RateOverrides): string {
  const out: string[] = [];
  for (const [prefecture, rates] of Object.entries(o.kyokaiHealthRates ?? {})) for (const r of rates) out.push(rateLine(`${KYOKAI} ${prefecture}`, r));
  for (const [list, words] of OVERRIDE_RATES) for (const r of o[list] ?? []) out.push(rateLine(words, r));
  for (const y of o.employmentInsuranceRates ?? []) {
    const body = EI_TYPES.map(([type, words]) => `${words} 労働者1000分の${y[type].workerPerMille}・事業主1000分の${y[type].employerPerMille}`).join('／');
    out.push(`${EMPLOYMENT} ${period(y)}：${body}（出典：${y.source}）`);
  }
  for (const e of o.withholdingEditions ?? []) out.push(`${WITHHOLDING}：${JSON.stringify(e)}`);
  return out.join('\n');
}

/** `<a> <b>：<text>` lines into {a: {b: text}} (minimum-wage reasons by run, leaver cases by year). */
function readPairs(key: LineSettingKey, text: string, first: RegExp): LinesRead<Record<string, Record<string, string>>> {
  return withLegacy(key, text, (t) => {
    const out: Record<string, Record<string, string>> = {};
    const r = eachLine(t, SETTING_LINE_EXAMPLES[key], (line) => {
      const m = /^(\S+)\s+(\S+?)\s*[：:]\s*(.+)$/.exec(line);
      const a = m && first.exec(m[1]!)?.[1];
      if (!m || !a || out[a]?.[m[2]!] !== undefined) return false;
      (out[a] ??= {})[m[2]!] = m[3]!.trim();
      return true;
    });
    return r.ok ? { ok: true, value: out } : r;
  });
}

export const readMinimumWageReasons = (text: string) => readPairs('payroll.minimumWageReasons', text, /^(\S+)$/) as LinesRead<MinimumWageReasons>;
export const readLeaverCases = (text: string) => readPairs('yearEnd.leaverCases', text, /^(\d{4})年?$/) as LinesRead<LeaverCases>;

const writePairs = (pairs: Record<string, Record<string, string>>, suffix: string) =>
  Object.entries(pairs).flatMap(([a, inner]) => Object.entries(inner).map(([b, text]) => `${a}${suffix} ${b}：${text}`)).join('\n');
export const writeMinimumWageReasons = (reasons: MinimumWageReasons) => writePairs(reasons, '');
export const writeLeaverCases = (cases: LeaverCases) => writePairs(cases, '年');

const READERS: Record<LineSettingKey, (text: string) => LinesRead<unknown>> = {
  'payroll.workersCompensation': readWorkersCompensation, 'payroll.healthInsurer': readHealthInsurer, 'payroll.rateOverrides': readRateOverrides,
  'payroll.minimumWageReasons': readMinimumWageReasons, 'yearEnd.leaverCases': readLeaverCases,
};
const WRITERS: Record<LineSettingKey, (value: never) => string> = {
  'payroll.workersCompensation': writeWorkersCompensation, 'payroll.healthInsurer': writeHealthInsurer, 'payroll.rateOverrides': writeRateOverrides,
  'payroll.minimumWageReasons': writeMinimumWageReasons, 'yearEnd.leaverCases': writeLeaverCases,
};

export const isLineSetting = (key: string): key is LineSettingKey => (LINE_SETTING_KEYS as readonly string[]).includes(key);

/** A 設定 value as the sheet shows it: a JSON value of a line setting (older sheets, the CLI) as its lines; anything else as it is. */
export function settingLines(key: string, text: string): string {
  if (!isLineSetting(key)) return text;
  const old = legacy(text);
  if (!old || old === 'invalid') return text;
  const read = READERS[key](text);
  if (!read.ok) return text;
  try {
    const written = WRITERS[key](read.value as never);
    // Only when the lines read back to the same value (a legacy value of an unexpected shape stays JSON).
    const again = READERS[key](written);
    return again.ok && canonical(again.value) === canonical(read.value) ? written : text;
  } catch {
    return text;
  }
}

/** JSON with every object's keys in order: the same value gives the same text whatever order its keys were written in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}
