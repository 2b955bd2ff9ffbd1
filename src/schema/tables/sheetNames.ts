/**
 * The sheet of every table in `allTables` (./index.ts), in its order: what the edit trigger needs
 * to tell a Kanri table from any other sheet without loading every table's definition (Code.js
 * stays small; tests/schema/tables.test.ts keeps the two lists equal).
 */
export const TABLE_SHEETS: readonly string[] = [
  '従業員', '勤務区分', '打刻', '打刻修正', '有給付与', '休暇申請',
  '会社休日', '導入前の週の労働時間', '月次勤怠', '給与設定', '給与計算', '賃金台帳',
  '導入前の給与', '扶養控除等申告書', '保険料控除申告書', '年末調整', '源泉徴収簿 年末調整欄',
  '備品台帳', '貸出履歴', '消耗品', '入出庫', '備品申請', '契約', '有期雇用契約',
  '締め状態', '権限', '設定', '監査ログ',
];
