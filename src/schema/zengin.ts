/**
 * zod schemas of a 全銀 transfer file request (core/zengin/types.ts). Field widths from the 全銀 layout
 * (core/zengin/data/layout.ts; reference/zengin/zengin_transfer_format.md). Kana fields are checked by converting
 * them (core/zengin/kana.ts), so a kanji or emoji is reported here with the character, the field and the employee.
 */
import { array, check, enum as zenum, int, literal, maxLength, minLength, object, optional, regex, safeParse, string, gte, lte, type ZodMiniType } from 'zod/mini';
import { toZenginKana, UnsupportedKanaError } from '../core/zengin/kana';
import type { ZenginTransferRequest } from '../core/zengin/types';
import { fieldPath } from './issues';

/** A kana field: must convert to at most `max` 全銀 half-width characters. */
function kana(max: number) {
  return string().check(
    minLength(1),
    check<string>((ctx) => {
      try {
        const converted = toZenginKana(ctx.value);
        if (converted.length > max) {
          ctx.issues.push({ code: 'custom', input: ctx.value, message: `too long: ${converted.length} half-width characters after conversion, at most ${max} (never truncated)` });
        }
      } catch (e) {
        if (!(e instanceof UnsupportedKanaError)) throw e;
        ctx.issues.push({ code: 'custom', input: ctx.value, message: `character "${e.char}" (position ${e.index + 1}) is not allowed in the Zengin format` });
      }
    }),
  );
}
const digits = (exact: number) => string().check(regex(new RegExp(`^[0-9]{${exact}}$`), `must be exactly ${exact} digits`));
const upToDigits = (max: number) => string().check(regex(new RegExp(`^[0-9]{1,${max}}$`), `must be 1 to ${max} digits`));
/** 振込金額 N10: 1 … 9,999,999,999 yen. */
const amount = int().check(gte(1), lte(9_999_999_999));
const mmdd = string().check(regex(/^(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$/, 'must be MMDD'));

export const zenginConsignorSchema = object({
  consignorCode: digits(10),
  consignorNameKana: kana(40),
  transferDate: mmdd,
  bankCode: digits(4),
  bankNameKana: kana(15),
  branchCode: digits(3),
  branchNameKana: kana(15),
  accountType: zenum(['1', '2', '9']),
  accountNumber: upToDigits(7),
});

export const zenginPayeeSchema = object({
  employeeId: string().check(minLength(1)),
  employeeName: optional(string()),
  bankCode: digits(4),
  bankNameKana: kana(15),
  branchCode: digits(3),
  branchNameKana: kana(15),
  accountType: zenum(['1', '2', '4', '9']),
  accountNumber: upToDigits(7),
  payeeNameKana: kana(30),
  amount,
  customerCode1: optional(string().check(maxLength(10))),
  customerCode2: optional(string().check(maxLength(10))),
  ediInfo: optional(string().check(maxLength(20))),
  transferCategory: optional(literal('7')),
  employeeNumber: optional(upToDigits(10)),
  departmentCode: optional(upToDigits(10)),
});

export const zenginTransferRequestSchema: ZodMiniType<ZenginTransferRequest> = object({
  kind: zenum(['sogo', 'salary', 'bonus']),
  consignor: zenginConsignorSchema,
  payees: array(zenginPayeeSchema).check(minLength(1)),
});

/** Validates a request; errors name the employee ("payees[2] (E003 鈴木一郎).payeeNameKana: …") and the field. */
export function validateZenginRequest(input: unknown): { ok: true; value: ZenginTransferRequest } | { ok: false; errors: string[] } {
  const parsed = safeParse(zenginTransferRequestSchema, input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const payees = (input as { payees?: unknown } | null)?.payees;
  const errors = parsed.error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    if (first === 'payees' && typeof index === 'number' && Array.isArray(payees)) {
      const p = payees[index] as { employeeId?: unknown; employeeName?: unknown } | undefined;
      const who = [p?.employeeId, p?.employeeName].filter((x) => typeof x === 'string' && x !== '').join(' ');
      return `${fieldPath(rest, `payees[${index}]${who ? ` (${who})` : ''}`)}: ${issue.message}`;
    }
    return `${fieldPath(issue.path)}: ${issue.message}`;
  });
  return { ok: false, errors };
}
