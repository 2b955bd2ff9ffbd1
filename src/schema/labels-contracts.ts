/**
 * The Japanese labels of the contracts module's codes (see labels.ts for how labels work). Kept out
 * of labels.ts because only the contracts lazy module and its tables read them: Code.js stays small.
 */
import type { Choice, Choices } from './labels';

const c = (code: string, ja: string, en: string): Choice => ({ code, ja, en });
/** 契約: the kind of contract, its workflow status, the billing cycle, the 印紙税 document class, the renewal clause of a fixed-term employment. */
export const CONTRACT_TYPE_LABELS: Choices = [
  c('outsourcing', '業務委託', 'Outsourcing'), c('lease', 'リース', 'Lease'), c('rent', '賃貸借', 'Rent'), c('maintenance', '保守', 'Maintenance'),
  c('nda', 'NDA（秘密保持）', 'NDA'), c('employment', '雇用', 'Employment'), c('other', 'その他', 'Other'),
];
export const CONTRACT_STATUS_LABELS: Choices = [
  c('draft', '下書き', 'Draft'), c('sent', '送付済', 'Sent'), c('signed', '締結', 'Signed'), c('active', '有効', 'Active'), c('renewed', '更新', 'Renewed'), c('ended', '終了', 'Ended'),
];
export const BILLING_CYCLE_LABELS: Choices = [c('once', '一括', 'Once'), c('monthly', '月額', 'Monthly'), c('yearly', '年額', 'Yearly')];
export const STAMP_DOCUMENT_LABELS: Choices = [
  c('no2', '第2号文書（請負）', 'No. 2 (contract for work)'), c('no7', '第7号文書（継続的取引の基本契約）', 'No. 7 (basic contract)'),
  c('none', '不課税', 'Not taxable'), c('electronic', '電子契約', 'Electronic'),
];
/** 則5条1項1号の2: whether a fixed-term employment is renewed. */
export const RENEWAL_CLAUSE_LABELS: Choices = [c('automatic', '自動的に更新する', 'Renewed automatically'), c('possible', '更新する場合があり得る', 'May be renewed'), c('none', '契約の更新はしない', 'Not renewed')];

