/**
 * 年末調整 (year-end adjustment) of one employee, in the NTA's order (源泉徴収簿 年末調整欄 ⑦〜㉗, 国税庁
 * 「年末調整のしかた」): 給与所得控除後の給与等の金額 (別表第五 under 6.6 M yen, the formulas above),
 * 所得金額調整控除, every 所得控除, 課税給与所得金額 (1,000円未満切捨て), 算出所得税額 by the 速算表,
 * 住宅借入金等特別控除, 年調年税額 (× 102.1 %, 100円未満切捨て) and the 過不足 against the tax withheld.
 * Pure: integer yen, exact rates, every figure explained with its rule and table row.
 */
import { ageOn } from '../calendar';
import { ceilYen, floorYen, formatFraction, fraction, mul, parseDecimal, yen, yenTimes } from '../money';
import type { Lang, MessageKey } from '../i18n';
import { Explainer } from '../payroll/explain';
import { yearEndEditionFor, type YearEndEdition } from './rates/year-end';
import type { LifeFormulaRow } from './rates/year-end-types';

export type Disability = 'general' | 'special';
/** As declared: a kind, or true (= 障害者) / false (none). */
export type DisabilityInput = Disability | boolean;
/** The declared disability as a kind (true = 障害者). */
export function disabilityKind(d: DisabilityInput | undefined): Disability | undefined {
  return d === true ? 'general' : d === false ? undefined : d;
}

export interface YearEndSpouse {
  readonly birthDate: string;
  /** 配偶者の合計所得金額 (見積額, 配偶者控除等申告書). */
  readonly income: number;
  readonly disability?: DisabilityInput;
  readonly livingTogether?: boolean;
}
export interface YearEndDependent {
  readonly name?: string;
  readonly birthDate: string;
  /** 合計所得金額 (見積額, 扶養控除等申告書). */
  readonly income: number;
  readonly livingTogether: boolean;
  readonly disability?: DisabilityInput;
  /** 直系尊属 (parent, grandparent): with livingTogether, a 70+ dependant is a 同居老親等. */
  readonly linealAscendant?: boolean;
}
export interface YearEndSelf {
  readonly birthDate?: string;
  readonly widow?: boolean;
  readonly singleParent?: boolean;
  readonly disability?: DisabilityInput;
  readonly workingStudent?: boolean;
}
export interface YearEndInput {
  readonly year: number;
  /** 給与等の総額 paid by this employer in the year (salary and bonuses, 賃金台帳). */
  readonly salaryTotal: number;
  /** 源泉徴収税額 withheld by this employer in the year. */
  readonly withheldTotal: number;
  /** 社会保険料 deducted from pay. */
  readonly socialInsurance: number;
  /** 社会保険料 paid directly and declared (国民年金・国民健康保険 …, 保険料控除申告書). */
  readonly socialInsuranceDeclared?: number;
  /** 小規模企業共済等掛金 (iDeCo, 企業型DC 加入者掛金 …). */
  readonly smallBusinessMutualAid?: number;
  /** A mid-year joiner's previous employer (前職の源泉徴収票). */
  readonly previousEmployer?: { readonly salary: number; readonly withheld: number; readonly socialInsurance: number };
  /** 給与所得以外の所得の見積額 (基礎控除申告書): counts for 合計所得金額, not for the tax base. */
  readonly otherIncome?: number;
  /** Premiums paid in the year (生命保険料控除). */
  readonly lifeInsurance?: { readonly newGeneral?: number; readonly newCare?: number; readonly newPension?: number; readonly oldGeneral?: number; readonly oldPension?: number };
  readonly earthquakeInsurance?: { readonly earthquake?: number; readonly oldLongTerm?: number };
  readonly spouse?: YearEndSpouse;
  readonly dependents?: readonly YearEndDependent[];
  readonly self?: YearEndSelf;
  /** 住宅借入金等特別控除額 (from the 住宅借入金等特別控除申告書). */
  readonly housingLoanCredit?: number;
  readonly taxColumn?: 'kou' | 'otsu';
  readonly lang?: Lang;
}

export interface YearEndDeductions {
  readonly socialInsurance: number;
  readonly smallBusinessMutualAid: number;
  readonly lifeInsurance: number;
  readonly earthquakeInsurance: number;
  readonly spouse: number;
  readonly spouseSpecial: number;
  readonly specificRelative: number;
  readonly dependents: number;
  readonly disability: number;
  readonly widow: number;
  readonly singleParent: number;
  readonly workingStudent: number;
  readonly basic: number;
}
export type DependentKind = 'young' | 'general' | 'specific' | 'elderly' | 'elderlyParentLivingTogether' | 'specificRelative' | 'none';
export interface YearEndAdjustment {
  readonly eligible: true;
  readonly year: number;
  readonly salaryTotal: number;
  readonly withheldTotal: number;
  /** 給与所得控除後の給与等の金額 (⑨). */
  readonly employmentIncome: number;
  /** 所得金額調整控除 (⑩). */
  readonly incomeAdjustment: number;
  /** ⑪ = ⑨ − ⑩ (給与所得). */
  readonly employmentIncomeAfterAdjustment: number;
  /** 本人の合計所得金額 (見積額): ⑪ + other income; decides 基礎控除, 配偶者(特別)控除 … */
  readonly totalIncome: number;
  readonly deductions: YearEndDeductions;
  readonly deductionsTotal: number;
  /** 課税給与所得金額 (㉒, 1,000円未満切捨て). */
  readonly taxableIncome: number;
  /** 算出所得税額 (㉓). */
  readonly calculatedTax: number;
  /** 住宅借入金等特別控除額 applied (㉔, at most ㉓) and the part that could not be used (源泉徴収票 控除可能額 − 控除額). */
  readonly housingLoanCredit: number;
  readonly housingLoanCreditUnused: number;
  /** 年調所得税額 (㉕). */
  readonly adjustedIncomeTax: number;
  /** 年調年税額 (㉖). */
  readonly annualTax: number;
  /** ㉖ − withheld: negative = 超過額 (refund, 還付), positive = 不足額 (collection, 徴収). */
  readonly difference: number;
  readonly settlement: 'refund' | 'collection' | 'none';
  readonly dependentKinds: readonly DependentKind[];
  /** 源泉徴収票 摘要 notes (e.g. the under-23 life-insurance special). */
  readonly remarks: readonly string[];
  readonly explanation: string[];
}
export interface YearEndExclusion {
  readonly eligible: false;
  readonly year: number;
  readonly reason: 'salaryOver20M' | 'otsu';
  readonly explanation: string[];
}
export type YearEndResult = YearEndAdjustment | YearEndExclusion;

function assertYen(v: number | undefined, field: string): number {
  const x = v ?? 0;
  if (!Number.isSafeInteger(x) || x < 0) throw new Error(`${field} must be a non-negative integer number of yen, got ${v}`);
  return x;
}

/** ">{over} ≤{upto}" rows: the first row also holds 0. */
function overUpto<T extends readonly [number, number | null, ...unknown[]]>(rows: readonly T[], x: number): T | undefined {
  return rows.find((r, i) => (i === 0 ? x >= r[0] : x > r[0]) && (r[1] === null || x <= r[1]));
}

/** 給与所得控除後の給与等の金額 (⑨): 別表第五 band or formula. */
export function employmentIncomeOf(e: YearEndEdition, salary: number, ex: Explainer): number {
  const t = e.employmentIncome.table;
  if (salary >= t.from && salary < t.to) {
    let lo = 0;
    let hi = e.bands.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (e.bands[mid]!.from <= salary) lo = mid;
      else hi = mid - 1;
    }
    const b = e.bands[lo]!;
    ex.add('ye.employmentTable', { salary: yen(salary), from: yen(b.from), to: yen(b.to), amount: yen(b.amount), source: e.sources.employmentIncome! });
    return b.amount;
  }
  const formulas = e.employmentIncome.formulas;
  // The last formula runs up to and including the 2,000万円 limit (所得税法第190条「二千万円以下」).
  const f = formulas.find((r, i) => salary >= r.from && (salary < r.to || (i === formulas.length - 1 && salary <= e.salaryLimit)));
  if (!f) throw new Error(`salaryTotal ${salary} is outside the 給与所得控除後の給与等の金額 rules`);
  // 1円未満の端数は切捨て (floorYen) before subtracting.
  const amount = Math.max(0, floorYen(yenTimes(salary, parseDecimal(f.rate))) - f.subtract);
  const range = ex.text('ye.range', { from: yen(f.from), to: yen(f.to) });
  if (f.rate === '0') ex.add('ye.employmentZero', { salary: yen(salary), range, source: e.sources.employmentIncome! });
  else if (f.rate === '1') ex.add('ye.employmentMinus', { salary: yen(salary), range, subtract: yen(f.subtract), amount: yen(amount), source: e.sources.employmentIncome! });
  else ex.add('ye.employmentFormula', { salary: yen(salary), range, rate: `${formatPercent(f.rate)}`, subtract: yen(f.subtract), amount: yen(amount), source: e.sources.employmentIncome! });
  return amount;
}

function formatPercent(rate: string): string {
  return `${formatFraction(mul(parseDecimal(rate), fraction(100)))}%`;
}

/** A premium-deduction formula row for `paid`: the amount, 1円未満切上げ. */
function formulaAmount(rows: readonly LifeFormulaRow[], paid: number): { amount: number; row: LifeFormulaRow } {
  const row = rows.find((r) => r[0] === null || paid <= r[0])!;
  const amount = paid === 0 ? 0 : row[1] === 0 ? row[2] : ceilYen(fraction(paid, row[1])) + row[2];
  return { amount, row };
}
function formulaText(ex: Explainer, row: LifeFormulaRow, paid: number, amount: number): string {
  if (row[1] === 0) return ex.text('ye.formulaFixed', { paid: yen(paid), amount: yen(amount) });
  if (row[1] === 1) return ex.text('ye.formulaAll', { paid: yen(paid), upto: yen(row[0]!), amount: yen(amount) });
  return ex.text('ye.formulaPart', { paid: yen(paid), upto: yen(row[0]!), divisor: row[1], add: yen(row[2]), amount: yen(amount) });
}

interface Classified {
  readonly kinds: DependentKind[];
  readonly dependants: number;
  readonly specificRelative: number;
  readonly disability: number;
  /** 扶養親族 (incl. 年少) under 23 on 31 December. */
  readonly under23: boolean;
  /** 特別障害者 among the 同一生計配偶者 and 扶養親族. */
  readonly specialDisabledFamily: boolean;
}

function disabilityAmount(e: YearEndEdition, declared: DisabilityInput | undefined, livingTogether: boolean): number {
  const d = disabilityKind(declared);
  if (!d) return 0;
  if (d === 'general') return e.amounts.disability;
  return livingTogether ? e.amounts.specialDisabilityLivingTogether : e.amounts.specialDisability;
}

function classifyDependents(e: YearEndEdition, year: number, list: readonly YearEndDependent[], ex: Explainer): Classified {
  const dec31 = `${year}-12-31`;
  const a = e.dependantAges;
  const kinds: DependentKind[] = [];
  let dependants = 0;
  let specificRelative = 0;
  let disability = 0;
  let under23 = false;
  let specialDisabledFamily = false;
  list.forEach((d, i) => {
    const who = d.name ?? ex.text('ye.dependentN', { n: i + 1 });
    const age = ageOn(d.birthDate, dec31);
    const income = assertYen(d.income, `dependents[${i}].income`);
    if (income <= e.dependantIncomeLimit) {
      if (age < e.life.under23Age) under23 = true;
      let kind: DependentKind;
      let amount: number;
      if (age < a.general) [kind, amount] = ['young', 0];
      else if (age >= a.specificFrom && age <= a.specificTo) [kind, amount] = ['specific', e.amounts.specific];
      else if (age >= a.elderly) [kind, amount] = d.livingTogether && d.linealAscendant ? ['elderlyParentLivingTogether', e.amounts.elderlyParentLivingTogether] : ['elderly', e.amounts.elderly];
      else [kind, amount] = ['general', e.amounts.general];
      kinds.push(kind);
      dependants += amount;
      ex.add(`ye.dep.${kind}` as MessageKey, { who, age, income: yen(income), limit: yen(e.dependantIncomeLimit), amount: yen(amount), general: a.general, from: a.specificFrom, to: a.specificTo, elderly: a.elderly });
      const dis = disabilityAmount(e, d.disability, d.livingTogether);
      if (dis) {
        disability += dis;
        if (disabilityKind(d.disability) === 'special') specialDisabledFamily = true;
        ex.add(disabilityKind(d.disability) === 'general' ? 'ye.dis.general' : d.livingTogether ? 'ye.dis.specialTogether' : 'ye.dis.special', { who, amount: yen(dis), source: e.sources.disability! });
      }
      return;
    }
    const s = e.specificRelative;
    const row = age >= s.minAge && age < s.underAge ? s.rows.find((r) => income > r[0] && income <= r[1]) : undefined;
    if (row) {
      kinds.push('specificRelative');
      specificRelative += row[2];
      ex.add('ye.dep.specificRelativeRow', { who, age, income: yen(income), over: yen(row[0]), upto: yen(row[1]), amount: yen(row[2]), source: e.sources.specificRelative! });
      return;
    }
    kinds.push('none');
    ex.add('ye.dep.noneIncome', { who, age, income: yen(income), limit: yen(e.dependantIncomeLimit), relativeMax: yen(s.rows[s.rows.length - 1]![1]), from: s.minAge, under: s.underAge });
  });
  if (dependants) ex.add('ye.dep.total', { amount: yen(dependants), source: e.sources.dependants! });
  return { kinds, dependants, specificRelative, disability, under23, specialDisabledFamily };
}

/** 所得金額調整控除 (⑩, 措法41条の3の11第1項). */
function incomeAdjustmentOf(e: YearEndEdition, salary: number, employmentIncome: number, eligible: boolean, ex: Explainer): number {
  const r = e.incomeAdjustment;
  if (salary <= r.salaryOver) return 0;
  if (!eligible) {
    ex.add('ye.adjNone', { salary: yen(salary), over: yen(r.salaryOver) });
    return 0;
  }
  // (min(収入, 1,000万) − 850万) × 10 %, 1円未満切上げ, at most 15万.
  const raw = ceilYen(mul(fraction(Math.min(salary, r.salaryCap) - r.base), mul(parseDecimal(r.percent), fraction(1, 100))));
  const amount = Math.min(raw, r.max, employmentIncome);
  ex.add('ye.adj', { salary: yen(Math.min(salary, r.salaryCap)), base: yen(r.base), percent: r.percent, amount: yen(amount), max: yen(r.max), source: e.sources.incomeAdjustment! });
  return amount;
}

function lifeInsuranceOf(e: YearEndEdition, li: YearEndInput['lifeInsurance'], under23: boolean, ex: Explainer, remarks: string[]): number {
  if (!li) return 0;
  const L = e.life;
  const paid = {
    newGeneral: assertYen(li.newGeneral, 'lifeInsurance.newGeneral'), newCare: assertYen(li.newCare, 'lifeInsurance.newCare'), newPension: assertYen(li.newPension, 'lifeInsurance.newPension'),
    oldGeneral: assertYen(li.oldGeneral, 'lifeInsurance.oldGeneral'), oldPension: assertYen(li.oldPension, 'lifeInsurance.oldPension'),
  };
  if (!Object.values(paid).some((v) => v > 0)) return 0;
  // 一般: new with the under-23 special (措法41条の15の5) when a 扶養親族 under 23 exists, old by formula III.
  const category = (label: string, newPaid: number, oldPaid: number, special: boolean): number => {
    const nf = special ? L.under23Formula : L.newFormula;
    const n = formulaAmount(nf, newPaid);
    const o = formulaAmount(L.oldFormula, oldPaid);
    if (newPaid) ex.add('ye.life.new', { label, formula: ex.text(special ? 'ye.life.formulaII' : 'ye.life.formulaI'), text: formulaText(ex, n.row, newPaid, n.amount) });
    if (oldPaid) ex.add('ye.life.old', { label, text: formulaText(ex, o.row, oldPaid, o.amount) });
    if (newPaid && oldPaid) {
      const cap = special ? L.under23Max : L.newMax;
      const both = Math.min(n.amount + o.amount, cap);
      const amount = Math.max(both, o.amount);
      ex.add('ye.life.both', { label, sum: yen(n.amount + o.amount), cap: yen(cap), both: yen(both), old: yen(o.amount), amount: yen(amount) });
      return amount;
    }
    return newPaid ? n.amount : o.amount;
  };
  const special = under23 && paid.newGeneral > 0;
  if (special) {
    ex.add('ye.life.special', { age: L.under23Age, max: yen(L.under23Max), source: e.sources.life! });
    remarks.push(ex.text('ye.remark.lifeSpecial'));
  }
  const general = category(ex.text('ye.life.general'), paid.newGeneral, paid.oldGeneral, special);
  const care = category(ex.text('ye.life.care'), paid.newCare, 0, false);
  const pension = category(ex.text('ye.life.pension'), paid.newPension, paid.oldPension, false);
  const total = Math.min(general + care + pension, L.total);
  ex.add('ye.life.total', { general: yen(general), care: yen(care), pension: yen(pension), total: yen(total), cap: yen(L.total), source: e.sources.life! });
  return total;
}

function earthquakeOf(e: YearEndEdition, eq: YearEndInput['earthquakeInsurance'], ex: Explainer): number {
  if (!eq) return 0;
  const E = e.earthquake;
  const quake = assertYen(eq.earthquake, 'earthquakeInsurance.earthquake');
  const old = assertYen(eq.oldLongTerm, 'earthquakeInsurance.oldLongTerm');
  if (!quake && !old) return 0;
  const q = Math.min(quake, E.earthquakeMax);
  const o = formulaAmount(E.oldLongTermFormula, old);
  const total = Math.min(q + o.amount, E.total);
  ex.add('ye.quake', { paid: yen(quake), amount: yen(q), max: yen(E.earthquakeMax), old: old ? formulaText(ex, o.row, old, o.amount) : yen(0), total: yen(total), cap: yen(E.total), source: e.sources.earthquake! });
  return total;
}

/** The 年末調整 of one employee for `year` (令和8年分 = 2026). */
export function computeYearEndAdjustment(input: YearEndInput): YearEndResult {
  const e = yearEndEditionFor(input.year);
  const ex = new Explainer(input.lang);
  const prev = input.previousEmployer;
  const ownSalary = assertYen(input.salaryTotal, 'salaryTotal');
  const ownWithheld = assertYen(input.withheldTotal, 'withheldTotal');
  const salary = ownSalary + (prev ? assertYen(prev.salary, 'previousEmployer.salary') : 0);
  const withheld = ownWithheld + (prev ? assertYen(prev.withheld, 'previousEmployer.withheld') : 0);
  ex.add('ye.edition', { label: e.label, source: e.source });
  if (prev) ex.add('ye.previous', { salary: yen(prev.salary), withheld: yen(prev.withheld), social: yen(prev.socialInsurance) });
  ex.add('ye.salary', { salary: yen(salary), withheld: yen(withheld) });
  if (input.taxColumn === 'otsu') {
    ex.add('ye.excludedOtsu', { source: e.sources.eligibility! });
    return { eligible: false, year: input.year, reason: 'otsu', explanation: ex.lines };
  }
  if (salary > e.salaryLimit) {
    ex.add('ye.excludedOver', { salary: yen(salary), limit: yen(e.salaryLimit), source: e.sources.eligibility! });
    return { eligible: false, year: input.year, reason: 'salaryOver20M', explanation: ex.lines };
  }
  const remarks: string[] = [];
  // ⑨ 給与所得控除後の給与等の金額
  const employmentIncome = employmentIncomeOf(e, salary, ex);
  // people first: the 所得金額調整控除 and the life-insurance special depend on them
  const dec31 = `${input.year}-12-31`;
  const self = input.self ?? {};
  const spouse = input.spouse;
  const spouseIncome = spouse ? assertYen(spouse.income, 'spouse.income') : 0;
  const spouseSameHousehold = !!spouse && spouseIncome <= e.dependantIncomeLimit; // 同一生計配偶者
  // the dependants' lines go where the NTA order puts their deductions (after the spouse)
  const peopleEx = new Explainer(input.lang);
  const people = classifyDependents(e, input.year, input.dependents ?? [], peopleEx);
  const specialFamily = people.specialDisabledFamily || (spouseSameHousehold && disabilityKind(spouse!.disability) === 'special');
  // ⑩ 所得金額調整控除
  const incomeAdjustment = incomeAdjustmentOf(e, salary, employmentIncome, disabilityKind(self.disability) === 'special' || people.under23 || specialFamily, ex);
  const afterAdjustment = employmentIncome - incomeAdjustment;
  const otherIncome = assertYen(input.otherIncome, 'otherIncome');
  const totalIncome = afterAdjustment + otherIncome;
  ex.add('ye.totalIncome', { employment: yen(employmentIncome), adjustment: yen(incomeAdjustment), after: yen(afterAdjustment), other: yen(otherIncome), total: yen(totalIncome) });

  // ⑫ 社会保険料等, 小規模企業共済等掛金
  const social = assertYen(input.socialInsurance, 'socialInsurance') + (prev ? assertYen(prev.socialInsurance, 'previousEmployer.socialInsurance') : 0) + assertYen(input.socialInsuranceDeclared, 'socialInsuranceDeclared');
  const mutual = assertYen(input.smallBusinessMutualAid, 'smallBusinessMutualAid');
  ex.add('ye.social', { amount: yen(social), source: e.sources.socialInsurance! });
  if (mutual) ex.add('ye.mutual', { amount: yen(mutual), source: e.sources.mutualAid! });
  // 生命保険料, 地震保険料
  const life = lifeInsuranceOf(e, input.lifeInsurance, people.under23, ex, remarks);
  const quake = earthquakeOf(e, input.earthquakeInsurance, ex);

  // 配偶者控除 / 配偶者特別控除 (by the employee's 合計所得金額 column)
  let spouseDeduction = 0;
  let spouseSpecial = 0;
  let disability = people.disability;
  if (spouse) {
    const col = e.earnerLimits.findIndex((l) => totalIncome <= l);
    const age = ageOn(spouse.birthDate, dec31);
    if (col < 0) ex.add('ye.spouse.earnerOver', { total: yen(totalIncome), limit: yen(e.earnerLimits[e.earnerLimits.length - 1]!) });
    else {
      const column = ex.text('ye.spouse.column', { limit: yen(e.earnerLimits[col]!) });
      if (spouseSameHousehold) {
        const row = e.spouse.find((r) => r.kind === (age >= e.elderlyAge ? 'elderlySpouse' : 'spouse'))!;
        spouseDeduction = row.amounts[col]!;
        ex.add(age >= e.elderlyAge ? 'ye.spouse.elderly' : 'ye.spouse.general', { age, income: yen(spouseIncome), limit: yen(row.upto), column, amount: yen(spouseDeduction), elderly: e.elderlyAge, source: e.sources.spouse! });
      } else {
        const row = e.spouse.find((r) => r.kind === 'special' && spouseIncome > r.over! && spouseIncome <= r.upto);
        if (row) {
          spouseSpecial = row.amounts[col]!;
          ex.add('ye.spouse.special', { income: yen(spouseIncome), over: yen(row.over!), upto: yen(row.upto), column, amount: yen(spouseSpecial), source: e.sources.spouse! });
        } else ex.add('ye.spouse.none', { income: yen(spouseIncome), max: yen(e.spouse[e.spouse.length - 1]!.upto) });
      }
    }
    if (spouseSameHousehold) {
      const dis = disabilityAmount(e, spouse.disability, !!spouse.livingTogether);
      if (dis) {
        disability += dis;
        ex.add(disabilityKind(spouse.disability) === 'general' ? 'ye.dis.general' : spouse.livingTogether ? 'ye.dis.specialTogether' : 'ye.dis.special', { who: ex.text('ye.spouse.who'), amount: yen(dis), source: e.sources.disability! });
      }
    }
  }
  ex.append(peopleEx.lines);
  if (people.specificRelative) ex.add('ye.specificRelativeTotal', { amount: yen(people.specificRelative), source: e.sources.specificRelative! });
  // 本人: 障害者, 寡婦 / ひとり親, 勤労学生
  const selfDis = disabilityAmount(e, self.disability, false);
  if (selfDis) {
    disability += selfDis;
    ex.add(disabilityKind(self.disability) === 'general' ? 'ye.dis.general' : 'ye.dis.special', { who: ex.text('ye.self'), amount: yen(selfDis), source: e.sources.disability! });
  }
  let widow = 0;
  let singleParent = 0;
  if (self.singleParent) {
    // ひとり親 and 寡婦 exclude each other (寡婦 is defined as not being a ひとり親).
    if (totalIncome <= e.incomeLimits.singleParent) singleParent = e.amounts.singleParent;
    ex.add(singleParent ? 'ye.singleParent' : 'ye.singleParentOver', { amount: yen(singleParent), total: yen(totalIncome), limit: yen(e.incomeLimits.singleParent), source: e.sources.widowSingleParent! });
  } else if (self.widow) {
    if (totalIncome <= e.incomeLimits.widow) widow = e.amounts.widow;
    ex.add(widow ? 'ye.widow' : 'ye.widowOver', { amount: yen(widow), total: yen(totalIncome), limit: yen(e.incomeLimits.widow), source: e.sources.widowSingleParent! });
  }
  let workingStudent = 0;
  if (self.workingStudent) {
    if (totalIncome <= e.incomeLimits.workingStudent && otherIncome <= e.incomeLimits.workingStudentOther) workingStudent = e.amounts.workingStudent;
    ex.add(workingStudent ? 'ye.student' : 'ye.studentOver', { amount: yen(workingStudent), total: yen(totalIncome), limit: yen(e.incomeLimits.workingStudent), other: yen(otherIncome), otherLimit: yen(e.incomeLimits.workingStudentOther), source: e.sources.workingStudent! });
  }
  // 基礎控除 by 合計所得金額
  const basicRow = overUpto(e.basic, totalIncome)!;
  const basic = basicRow[2];
  ex.add(basicRow[1] === null ? 'ye.basicOpen' : 'ye.basic', { total: yen(totalIncome), over: yen(basicRow[0]), upto: basicRow[1] === null ? '' : yen(basicRow[1]), amount: yen(basic), source: e.sources.basic! });

  const deductions: YearEndDeductions = {
    socialInsurance: social, smallBusinessMutualAid: mutual, lifeInsurance: life, earthquakeInsurance: quake, spouse: spouseDeduction, spouseSpecial,
    specificRelative: people.specificRelative, dependents: people.dependants, disability, widow, singleParent, workingStudent, basic,
  };
  const deductionsTotal = Object.values(deductions).reduce((s, v) => s + v, 0);
  // ㉒ 課税給与所得金額: (⑪ − ㉑), 1,000円未満切捨て
  const taxableIncome = Math.floor(Math.max(0, afterAdjustment - deductionsTotal) / 1000) * 1000;
  ex.add('ye.taxable', { after: yen(afterAdjustment), deductions: yen(deductionsTotal), taxable: yen(taxableIncome) });
  // ㉓ 算出所得税額 (速算表)
  const rate = overUpto(e.rates, taxableIncome);
  if (!rate) throw new Error(`課税給与所得金額 ${taxableIncome} is beyond the 年末調整 速算表`);
  const calculatedTax = Math.max(0, floorYen(yenTimes(taxableIncome, parseDecimal(rate[2]))) - rate[3]);
  ex.add('ye.tax', { taxable: yen(taxableIncome), over: yen(rate[0]), upto: yen(rate[1]!), rate: formatPercent(rate[2]), subtract: yen(rate[3]), tax: yen(calculatedTax), source: e.sources.rates! });
  // ㉔ 住宅借入金等特別控除 (at most ㉓), ㉕ 年調所得税額
  const credit = assertYen(input.housingLoanCredit, 'housingLoanCredit');
  const applied = Math.min(credit, calculatedTax);
  const adjustedIncomeTax = calculatedTax - applied;
  if (credit) ex.add('ye.housing', { credit: yen(credit), applied: yen(applied), unused: yen(credit - applied), tax: yen(adjustedIncomeTax), source: e.sources.housingLoan! });
  // ㉖ 年調年税額 = ㉕ × 102.1 %, 100円未満切捨て
  const withSurtax = yenTimes(adjustedIncomeTax, fraction(e.surtax.numerator, e.surtax.denominator));
  const annualTax = Math.floor(floorYen(withSurtax) / 100) * 100;
  ex.add('ye.annual', { tax: yen(adjustedIncomeTax), percent: `${formatFraction(fraction(e.surtax.numerator * 100, e.surtax.denominator))}%`, raw: yen(floorYen(withSurtax)), annual: yen(annualTax), source: e.sources.surtax! });
  // ㉗ 過不足
  const difference = annualTax - withheld;
  const settlement = difference < 0 ? 'refund' : difference > 0 ? 'collection' : 'none';
  ex.add(`ye.settle.${settlement}` as MessageKey, { annual: yen(annualTax), withheld: yen(withheld), amount: yen(Math.abs(difference)) });
  return {
    eligible: true, year: input.year, salaryTotal: salary, withheldTotal: withheld, employmentIncome, incomeAdjustment, employmentIncomeAfterAdjustment: afterAdjustment, totalIncome,
    deductions, deductionsTotal, taxableIncome, calculatedTax, housingLoanCredit: applied, housingLoanCreditUnused: credit - applied, adjustedIncomeTax, annualTax, difference, settlement,
    dependentKinds: people.kinds, remarks, explanation: ex.lines,
  };
}
