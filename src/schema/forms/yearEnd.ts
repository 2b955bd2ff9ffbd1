/**
 * The employee's own 扶養控除等申告書 and 保険料控除申告書 (issue 14), as the web app sends them: one schema for each
 * row's own fields, shared with the sheets' row schemas (src/schema/tables/yearEndDeclarations.ts), so the phone
 * form, the RPC's input and the sheet rows are checked by the same rules. Kept free of table definitions so the
 * page bundles only zod and these fields. Who the rows belong to (社員番号), their 行, 状態 and 確認者 are the
 * server's: never in the form.
 */
import { array, boolean, enum as oneOf, int, maxLength, maximum, minimum, number, object, optional } from 'zod/mini';
import { localDate, requiredText, text, yen } from '../fields';

export const declarationYear = () => number().check(int(), minimum(2026), maximum(2100));

export const declaredPersons = ['本人', '配偶者', '扶養親族'] as const;
export const disabilities = ['なし', '障害者', '特別障害者'] as const;
export const widowOrSingleParent = ['なし', '寡婦', 'ひとり親'] as const;

/** One person of the 扶養控除等申告書 (with the 基礎控除申告書 / 配偶者控除等申告書 estimates). */
export const declaredPersonFields = {
  person: oneOf(declaredPersons),
  name: requiredText(100),
  relation: optional(text(20)),
  birthDate: localDate(),
  /** 合計所得金額の見積額 (配偶者: 配偶者控除等申告書; 扶養親族); 本人: 給与所得以外の所得の見積額 (基礎控除申告書) */
  estimatedIncome: yen(),
  livingTogether: optional(boolean()),
  linealAscendant: optional(boolean()),
  disability: optional(oneOf(disabilities)),
  /** 本人 only */
  widowOrSingleParent: optional(oneOf(widowOrSingleParent)),
  workingStudent: optional(boolean()),
  /** 本人 only: the 住宅借入金等特別控除額 of the (特定増改築等)住宅借入金等特別控除申告書 (2年目以後). */
  housingLoanCredit: optional(yen()),
};

export const insuranceKinds = ['一般(新)', '介護医療', '個人年金(新)', '一般(旧)', '個人年金(旧)', '地震', '旧長期損害', '社会保険料', '小規模企業共済等'] as const;

/** One premium of the 保険料控除申告書: the certificate's details (the paper certificate stays with the admin). */
export const declaredPremiumFields = {
  kind: oneOf(insuranceKinds),
  insurer: requiredText(100),
  policy: optional(text(100)),
  holder: optional(text(100)),
  beneficiary: optional(text(100)),
  paid: yen(),
};

/** Most people and premiums one declaration holds (the sheets' 行 bounds). */
export const MAX_DECLARED_PERSONS = 30;
export const MAX_DECLARED_PREMIUMS = 50;

/** The whole declaration of one year, as the employee saves it: every row again (a row left out is withdrawn). */
export const myDeclarationForm = object({
  year: declarationYear(),
  people: array(object(declaredPersonFields)).check(maxLength(MAX_DECLARED_PERSONS)),
  insurance: array(object(declaredPremiumFields)).check(maxLength(MAX_DECLARED_PREMIUMS)),
});
