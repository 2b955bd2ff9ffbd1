/** Messages of the 全銀 transfer file (zengin). {who}: the employee ("E001 山田太郎") or the consignor; {field}: the 全銀 field name. */
const ja = {
  'zengin.who.consignor': '振込依頼人',
  'zengin.error.unsupportedChar': '{who}: {field}に全銀フォーマットで使えない文字「{char}」({position}文字目)があります。マスタのカナを直してください',
  'zengin.error.tooLong': '{who}: {field}が長すぎます (半角{length}桁、上限{max}桁)。切り捨てはしません',
  'zengin.error.notDigits': '{who}: {field}は半角数字{max}桁以内で入力してください (値「{value}」)',
  'zengin.error.exactDigits': '{who}: {field}は半角数字ちょうど{max}桁です (値「{value}」)',
  'zengin.error.badValue': '{who}: {field}の値「{value}」は使えません (使える値: {allowed})',
  'zengin.error.amount': '{who}: 振込金額は1円以上{max}円以下の整数です (値 {value})',
  'zengin.error.date': '{who}: 振込指定日はMMDDの実在する月日です (値「{value}」)',
  'zengin.error.fieldNotForKind': '{who}: {field}はこの種別 ({kind}) のファイルにはありません',
  'zengin.error.noPayees': '振込先がありません',
  'zengin.error.tooMany': '件数{count}件は合計件数の桁数 (6桁) を超えます',
  'zengin.error.totalOverflow': '合計金額{total}円は合計金額の桁数 (12桁) を超えます',
  'zengin.error.trailerMismatch': 'トレーラの合計 ({trailerCount}件 {trailerTotal}円) がデータ ({count}件 {total}円) と一致しません',
  'zengin.error.parse': '全銀ファイルを読めません: {detail}',
} as const;
const en: Record<keyof typeof ja, string> = {
  'zengin.who.consignor': 'consignor',
  'zengin.error.unsupportedChar': '{who}: {field} contains "{char}" (character {position}), which the Zengin format does not allow; fix the kana in the master',
  'zengin.error.tooLong': '{who}: {field} is too long ({length} half-width characters, at most {max}); it is never truncated',
  'zengin.error.notDigits': '{who}: {field} must be at most {max} digits (got "{value}")',
  'zengin.error.exactDigits': '{who}: {field} must be exactly {max} digits (got "{value}")',
  'zengin.error.badValue': '{who}: {field} "{value}" is not allowed (allowed: {allowed})',
  'zengin.error.amount': '{who}: the amount must be an integer from 1 to {max} yen (got {value})',
  'zengin.error.date': '{who}: the transfer date must be a real month-day MMDD (got "{value}")',
  'zengin.error.fieldNotForKind': '{who}: {field} does not exist in a file of kind {kind}',
  'zengin.error.noPayees': 'there are no payees',
  'zengin.error.tooMany': '{count} records exceed the 6-digit record count',
  'zengin.error.totalOverflow': 'the total {total} yen exceeds the 12-digit total',
  'zengin.error.trailerMismatch': 'trailer totals ({trailerCount} records, {trailerTotal} yen) differ from the data ({count} records, {total} yen)',
  'zengin.error.parse': 'cannot read the Zengin file: {detail}',
};
export const zenginMessages = { ja, en };
