/** Input schema of `kanri calc year-end-adjustment` (issue 14, item 4). Names from the glossary. */
import { array, boolean, check, enum as zenum, int, maxLength, minimum, object, optional, refine, string, union } from 'zod/mini';
import { isLocalDate } from '../core/calendar';
import { yearEndYears } from '../core/year-end/rates/year-end';

const date = string().check(refine((s: string) => isLocalDate(s), 'must be a calendar date YYYY-MM-DD'));
const yen = int().check(minimum(0));
const lang = optional(zenum(['ja', 'en']));
/** 障害者: "general" (障害者) / "special" (特別障害者); true = "general", false = none. */
const disability = optional(union([zenum(['general', 'special']), boolean()]));

const dependent = object({
  name: optional(string().check(maxLength(100))),
  birthDate: date,
  /** 合計所得金額 (見積額) */
  income: yen,
  livingTogether: boolean(),
  disability,
  /** 直系尊属 (parent or grandparent): 70+ and living together = 同居老親等 */
  linealAscendant: optional(boolean()),
});

export const yearEndAdjustmentCalcInput = object({
  year: int().check(refine((y: number) => yearEndYears().includes(y), { message: `no 年末調整 rules for this year (shipped: ${yearEndYears().join(', ')})` })),
  salaryTotal: yen,
  withheldTotal: yen,
  socialInsurance: yen,
  socialInsuranceDeclared: optional(yen),
  smallBusinessMutualAid: optional(yen),
  previousEmployer: optional(object({ salary: yen, withheld: yen, socialInsurance: yen })),
  otherIncome: optional(yen),
  lifeInsurance: optional(object({ newGeneral: optional(yen), newCare: optional(yen), newPension: optional(yen), oldGeneral: optional(yen), oldPension: optional(yen) })),
  earthquakeInsurance: optional(object({ earthquake: optional(yen), oldLongTerm: optional(yen) })),
  spouse: optional(object({ birthDate: date, income: yen, disability, livingTogether: optional(boolean()) })),
  dependents: optional(array(dependent).check(maxLength(30))),
  self: optional(object({ birthDate: optional(date), widow: optional(boolean()), singleParent: optional(boolean()), disability, workingStudent: optional(boolean()) })),
  housingLoanCredit: optional(yen),
  taxColumn: optional(zenum(['kou', 'otsu'])),
  lang,
}).check(check<any>((ctx) => {
  // a person born after 31 December of the year cannot be declared for it
  const v = ctx.value as { year?: number; spouse?: { birthDate?: string }; dependents?: { birthDate?: string }[]; self?: { birthDate?: string } };
  if (typeof v.year !== 'number') return;
  const dec31 = `${v.year}-12-31`;
  const late = (b: unknown, path: PropertyKey[]) => {
    if (typeof b === 'string' && isLocalDate(b) && b > dec31) ctx.issues.push({ code: 'custom', message: `birth date ${b} is after ${dec31}`, input: b, path });
  };
  late(v.spouse?.birthDate, ['spouse', 'birthDate']);
  late(v.self?.birthDate, ['self', 'birthDate']);
  (v.dependents ?? []).forEach((d, i) => late(d?.birthDate, ['dependents', i, 'birthDate']));
}));
