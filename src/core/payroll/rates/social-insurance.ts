/** Lookups of the dated social-insurance data (generated) with admin overrides; each returns its source. */
import { percentRate, type Rate } from '../../money';
import { datedEntryOn, type DatedRate, type HealthInsurer, type RateOverrides } from './overrides';
import { childRearingContributionRates, childSupportRates, gradeTable, kyokaiCareRates, kyokaiHealthRates, pensionRates, prefectures } from './social-insurance.generated';

export interface CitedRate {
  readonly rate: Rate;
  /** Set when the employee's part is not half the total (some 健保組合). */
  readonly employeeRate: Rate | null;
  readonly from: string;
  readonly to: string | null;
  readonly source: string;
}

const cite = (e: DatedRate): CitedRate => ({
  to: e.to ?? null,
  rate: percentRate(e.ratePercent),
  employeeRate: e.employeeRatePercent ? percentRate(e.employeeRatePercent) : null,
  from: e.from,
  source: e.source,
});

function pick(name: string, at: string, shipped: readonly DatedRate[], override?: readonly DatedRate[]): CitedRate {
  const e = datedEntryOn([...shipped, ...(override ?? [])], at);
  if (!e) throw new Error(`no ${name} rate in force for insurance month ${at}`);
  return cite(e);
}

/** 985 → "9.85" by integer arithmetic (no float formatting). */
function hundredthsText(v: number): string {
  return `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}

/** 協会けんぽ rates as DatedRate lists per prefecture (from the generated arrays). */
function kyokaiHealthList(prefecture: string): DatedRate[] {
  const i = (prefectures as readonly string[]).indexOf(prefecture);
  if (i < 0) throw new Error(`unknown prefecture "${prefecture}" (expected e.g. 東京都, 大阪府, 北海道)`);
  return kyokaiHealthRates.map((y) => ({ from: y.from, to: y.to, ratePercent: hundredthsText(y.hundredthsPercent[i]!), source: `${y.source} (${prefecture})` }));
}

/** 健康保険料率 for the insurance month (協会けんぽ: 年度 from March). */
export function healthRateFor(insuranceMonth: string, prefecture: string, insurer: HealthInsurer = { kind: 'kyokai' }, overrides?: RateOverrides): CitedRate {
  if (insurer.kind === 'union') return pick(`${insurer.name} health`, insuranceMonth, insurer.healthRates);
  return pick(`協会けんぽ health (${prefecture})`, insuranceMonth, kyokaiHealthList(prefecture), overrides?.kyokaiHealthRates?.[prefecture]);
}
export function careRateFor(insuranceMonth: string, insurer: HealthInsurer = { kind: 'kyokai' }, overrides?: RateOverrides): CitedRate {
  if (insurer.kind === 'union' && insurer.careRates) return pick(`${insurer.name} care`, insuranceMonth, insurer.careRates);
  return pick('care (介護)', insuranceMonth, kyokaiCareRates, overrides?.careRates);
}
/** 子ども・子育て支援金率, or null before it starts (insurance month 2026-04). */
export function childSupportRateFor(insuranceMonth: string, insurer: HealthInsurer = { kind: 'kyokai' }, overrides?: RateOverrides): CitedRate | null {
  const list = [...(insurer.kind === 'union' && insurer.childSupportRates ? insurer.childSupportRates : childSupportRates), ...(overrides?.childSupportRates ?? [])];
  const e = datedEntryOn(list, insuranceMonth);
  if (e) return cite(e);
  // Before the levy began there is none; after the shipped years it is unknown, not zero.
  if (list.some((x) => x.from <= insuranceMonth)) throw new Error(`no 子ども・子育て支援金 rate in force for insurance month ${insuranceMonth}; add it in the settings`);
  return null;
}
export function pensionRateFor(insuranceMonth: string, overrides?: RateOverrides): CitedRate {
  return pick('厚生年金', insuranceMonth, pensionRates, overrides?.pensionRates);
}
/**
 * 子ども・子育て拠出金率 (子ども・子育て支援法 第69条・第70条): employer only, on the 厚生年金 標準報酬月額 and
 * 標準賞与額, collected with the pension premium.
 */
export function childRearingContributionRateFor(insuranceMonth: string, overrides?: RateOverrides): CitedRate {
  return pick('子ども・子育て拠出金', insuranceMonth, childRearingContributionRates, overrides?.childRearingContributionRates);
}

export interface Grade {
  readonly grade: number;
  readonly standard: number;
  readonly from: number;
  readonly to: number | null;
}
export interface Grades {
  readonly health: readonly Grade[];
  readonly pension: readonly Grade[];
  readonly source: string;
}

let cachedGrades: Grades | undefined;
/** 標準報酬月額 grade tables, decoded. Pension grade 1 also covers anything below its range, the last grade anything above. */
export function gradeTables(): Grades {
  if (cachedGrades) return cachedGrades;
  const t = gradeTable.thousands;
  const health: Grade[] = [];
  for (let i = 0; i < t.length; i += 2) health.push({ grade: i / 2 + 1, standard: t[i]! * 1000, from: t[i + 1]! * 1000, to: i + 3 < t.length ? t[i + 3]! * 1000 : null });
  const pension = health.slice(gradeTable.pensionFirstHealthGrade - 1, gradeTable.pensionLastHealthGrade).map((g, i, all) => ({
    grade: i + 1,
    standard: g.standard,
    from: i === 0 ? 0 : g.from,
    to: i === all.length - 1 ? null : g.to,
  }));
  cachedGrades = { health, pension, source: gradeTable.source };
  return cachedGrades;
}
