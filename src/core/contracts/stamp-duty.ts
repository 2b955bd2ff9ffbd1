/**
 * 印紙税 of a contract document (印紙税法 別表第一; ../shared/reference/contracts/stamp_duty_outsourcing.md):
 * 第2号文書 (請負) by the stated contract amount, 第7号文書 (継続的取引の基本となる契約書) 4,000円, and
 * none for 委任・準委任, leases of buildings and movables, NDAs, employment and electronic contracts.
 */
import { STAMP_DUTY_NO2_BANDS, STAMP_DUTY_NO2_NO_AMOUNT, STAMP_DUTY_NO7, STAMP_DUTY_SOURCE } from './rates';
import { message, type Lang } from '../i18n';
import { yen } from '../money';

/** no2: 請負; no7: 継続的取引の基本契約; none: 不課税 (委任・賃貸借・NDA・雇用…); electronic: 電子契約 (not a 課税文書). */
export type StampDocument = 'no2' | 'no7' | 'none' | 'electronic';

export interface StampDuty {
  readonly tax: number;
  readonly note: string;
}

/** The 第2号 band of a stated amount (each band runs from just above its lower bound up to and including its upper). */
export function stampDutyNo2(amount: number): number {
  const band = STAMP_DUTY_NO2_BANDS.find(([over, upTo]) => (over === null || amount > over) && (upTo === null || amount <= upTo));
  if (!band) throw new RangeError(`amount: ${amount} is outside the 第2号 table`);
  return band[2];
}

/**
 * The tax on one paper original. `amount` is the contract amount stated in the document (null when it
 * states none); `months` the term, for 第7号's exclusion of terms of 3 months or less without renewal.
 */
export function stampDuty(input: { document: StampDocument; amount: number | null; months?: number; renews?: boolean }, lang: Lang = 'ja'): StampDuty {
  const t = (key: Parameters<typeof message>[1], p: Record<string, string | number> = {}) => message(lang, key, p);
  switch (input.document) {
    case 'electronic':
      return { tax: 0, note: t('contracts.stamp.electronic') };
    case 'none':
      return { tax: 0, note: t('contracts.stamp.none') };
    case 'no7':
      // 印紙税法施行令26条: a term of 3 months or less with no renewal clause is not 第7号
      if (input.months !== undefined && input.months <= 3 && !input.renews) return { tax: 0, note: t('contracts.stamp.no7Short') };
      return { tax: STAMP_DUTY_NO7, note: t('contracts.stamp.no7', { tax: yen(STAMP_DUTY_NO7), source: STAMP_DUTY_SOURCE }) };
    case 'no2': {
      if (input.amount === null) return { tax: STAMP_DUTY_NO2_NO_AMOUNT, note: t('contracts.stamp.no2NoAmount', { tax: yen(STAMP_DUTY_NO2_NO_AMOUNT), source: STAMP_DUTY_SOURCE }) };
      const tax = stampDutyNo2(input.amount);
      return { tax, note: t('contracts.stamp.no2', { amount: yen(input.amount), tax: yen(tax), source: STAMP_DUTY_SOURCE }) };
    }
  }
}
