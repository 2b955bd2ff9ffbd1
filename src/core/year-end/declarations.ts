/**
 * From the employee's declarations (扶養控除等申告書 rows, 保険料控除申告書 rows: src/schema/tables/yearEndDeclarations.ts)
 * and the year's totals of the 賃金台帳 to the input of the 年末調整. Only 確認済み (checked by the admin) rows count.
 */
import type { DisabilityInput, YearEndDependent, YearEndInput } from './adjustment';

export interface DependantDeclaration {
  readonly person: '本人' | '配偶者' | '扶養親族';
  readonly name: string;
  readonly birthDate: string;
  readonly estimatedIncome: number;
  readonly livingTogether?: boolean | undefined;
  readonly linealAscendant?: boolean | undefined;
  readonly disability?: 'なし' | '障害者' | '特別障害者' | undefined;
  readonly widowOrSingleParent?: 'なし' | '寡婦' | 'ひとり親' | undefined;
  readonly workingStudent?: boolean | undefined;
  /** 本人 only: 住宅借入金等特別控除額 (住宅借入金等特別控除申告書). */
  readonly housingLoanCredit?: number | undefined;
  readonly status: string;
}
export interface InsuranceDeclaration {
  readonly kind: '一般(新)' | '介護医療' | '個人年金(新)' | '一般(旧)' | '個人年金(旧)' | '地震' | '旧長期損害' | '社会保険料' | '小規模企業共済等';
  readonly paid: number;
  readonly status: string;
}
export interface YearTotals {
  readonly year: number;
  readonly salaryTotal: number;
  readonly withheldTotal: number;
  readonly socialInsurance: number;
  readonly previousEmployer?: YearEndInput['previousEmployer'];
  readonly taxColumn?: 'kou' | 'otsu';
}

const CHECKED = '確認済み';
const disability = (d: DependantDeclaration['disability']): DisabilityInput | undefined => (d === '障害者' ? 'general' : d === '特別障害者' ? 'special' : undefined);

export function yearEndInputFromDeclarations(totals: YearTotals, people: readonly DependantDeclaration[], insurance: readonly InsuranceDeclaration[]): YearEndInput {
  const checked = people.filter((p) => p.status === CHECKED);
  const self = checked.find((p) => p.person === '本人');
  const spouse = checked.find((p) => p.person === '配偶者');
  const dependents: YearEndDependent[] = checked.filter((p) => p.person === '扶養親族').map((p) => ({
    name: p.name, birthDate: p.birthDate, income: p.estimatedIncome, livingTogether: !!p.livingTogether,
    ...(p.linealAscendant ? { linealAscendant: true } : {}), ...(disability(p.disability) ? { disability: disability(p.disability)! } : {}),
  }));
  const paid = (kind: InsuranceDeclaration['kind']) => insurance.filter((i) => i.status === CHECKED && i.kind === kind).reduce((s, i) => s + i.paid, 0);
  return {
    year: totals.year, salaryTotal: totals.salaryTotal, withheldTotal: totals.withheldTotal, socialInsurance: totals.socialInsurance,
    ...(totals.previousEmployer ? { previousEmployer: totals.previousEmployer } : {}),
    ...(self?.housingLoanCredit ? { housingLoanCredit: self.housingLoanCredit } : {}),
    ...(totals.taxColumn ? { taxColumn: totals.taxColumn } : {}),
    socialInsuranceDeclared: paid('社会保険料'),
    smallBusinessMutualAid: paid('小規模企業共済等'),
    lifeInsurance: { newGeneral: paid('一般(新)'), newCare: paid('介護医療'), newPension: paid('個人年金(新)'), oldGeneral: paid('一般(旧)'), oldPension: paid('個人年金(旧)') },
    earthquakeInsurance: { earthquake: paid('地震'), oldLongTerm: paid('旧長期損害') },
    ...(self ? {
      otherIncome: Math.max(0, self.estimatedIncome),
      self: { birthDate: self.birthDate, widow: self.widowOrSingleParent === '寡婦', singleParent: self.widowOrSingleParent === 'ひとり親', workingStudent: !!self.workingStudent, ...(disability(self.disability) ? { disability: disability(self.disability)! } : {}) },
    } : {}),
    ...(spouse ? { spouse: { birthDate: spouse.birthDate, income: spouse.estimatedIncome, livingTogether: !!spouse.livingTogether, ...(disability(spouse.disability) ? { disability: disability(spouse.disability)! } : {}) } } : {}),
    dependents,
  };
}
