/** Input schemas of the contracts `kanri calc` commands (contract-deadlines, indefinite-conversion). */
import * as z from 'zod/mini';
import { isLocalDate } from '../core/calendar';

const localDate = z.string().check(z.refine(isLocalDate, 'must be a date YYYY-MM-DD'));
const count = (max: number) => z.number().check(z.int(), z.minimum(1), z.maximum(max));

export const contractDeadlinesInput = z
  .object({
    start: localDate,
    end: localDate,
    autoRenew: z.boolean(),
    renewalMonths: z.optional(count(120)),
    noticeMonths: z.optional(count(60)),
    noticeDays: z.optional(count(1830)),
    asOf: localDate,
    lang: z.optional(z.enum(['ja', 'en'])),
  })
  .check(
    z.refine((v) => v.end >= v.start, { message: 'must not be before start / 終了日が開始日より前です', path: ['end'] }),
    z.refine((v) => !v.autoRenew || v.renewalMonths !== undefined, { message: 'required when autoRenew is true / 自動更新には更新期間（月）が必要です', path: ['renewalMonths'] }),
    z.refine((v) => v.noticeMonths === undefined || v.noticeDays === undefined, { message: 'give only one of noticeMonths and noticeDays / 通知期間は月か日のどちらか一方を指定してください', path: ['noticeDays'] }),
  );
export type ContractDeadlinesCalcInput = z.output<typeof contractDeadlinesInput>;

const term = z.object({ start: localDate, end: localDate });

export const indefiniteConversionInput = z.object({
  terms: z.array(term).check(z.minLength(1), z.maxLength(400)),
  asOf: localDate,
  lang: z.optional(z.enum(['ja', 'en'])),
});
export type IndefiniteConversionCalcInput = z.output<typeof indefiniteConversionInput>;
