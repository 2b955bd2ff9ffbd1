/** Messages of the journal entries (仕訳) export. */
const ja = {
  'journal.error.unbalancedGroup': '{who}: 総支給額 {gross}円 が 控除合計 {deductions}円 + 差引支給額 {net}円 と一致しません',
  'journal.error.unbalanced': '仕訳の借方合計 {debit}円 と貸方合計 {credit}円 が一致しません。出力しません',
  'journal.error.negative': '{who}: {item}が負の値です ({value})',
  'journal.error.notInteger': '{who}: {item}は円単位の整数です ({value})',
  'journal.error.tooLarge': '{item}の金額 {value}円 は{format}の上限 ({max}円) を超えます',
  'journal.error.textTooLong': '{item}「{value}」は{format}の上限 (半角{max}桁) を超えます。切り捨てはしません',
  'journal.error.empty': '仕訳にする金額がありません',
  'journal.error.unencodable': '弥生CSV {row}行目の「{field}」に {charset} で表せない文字「{char}」があります。マスタの表記を直してください (「?」に置き換えはしません)',
} as const;
const en: Record<keyof typeof ja, string> = {
  'journal.error.unbalancedGroup': '{who}: gross pay {gross} yen differs from deductions {deductions} yen + net pay {net} yen',
  'journal.error.unbalanced': 'journal debits {debit} yen differ from credits {credit} yen; nothing is written',
  'journal.error.negative': '{who}: {item} is negative ({value})',
  'journal.error.notInteger': '{who}: {item} must be whole yen ({value})',
  'journal.error.tooLarge': '{item} amount {value} yen exceeds the {format} limit ({max} yen)',
  'journal.error.textTooLong': '{item} "{value}" exceeds the {format} limit ({max} half-width characters); it is never truncated',
  'journal.error.empty': 'there is no amount to journalise',
  'journal.error.unencodable': '弥生 CSV row {row}, field 「{field}」: the character 「{char}」 cannot be written in {charset}. Correct the master data (it is never replaced by "?")',
};
export const journalMessages = { ja, en };
