/**
 * The assets pages' own strings (the admin 資産 sidebar, the web app's 備品 tab, the manager's team
 * view), kept apart from sidebar/messages.ts so that pages merge cleanly. Terms as in the glossary
 * (../shared/GLOSSARY.md): 備品 (asset), 消耗品 (consumable), 貸出 / 返却, 発注点, 入出庫, 減価償却.
 */
import type { PageLang } from '../messages';

const ja = {
  // the admin sidebar's sections
  tabAssets: '備品', tabStock: '消耗品', tabRequests: '申請', tabDepreciation: '減価償却',
  refresh: '更新', loading: '読み込んでいます…', none: 'ありません',
  // 備品 (the register)
  assetCount: '備品 {count}点（貸出中 {out}・返却期限切れ {overdue}）',
  status_在庫: '在庫', status_貸出中: '貸出中', status_修理中: '修理中', status_廃棄: '廃棄',
  heldBy: '使用者: {name}', since: '{date}から', dueOn: '返却予定 {date}', overdue: '返却期限切れ', noDue: '返却予定なし', site: '現場・用途',
  location: '保管場所', cost: '取得価額 {cost}',
  lend: '貸し出す', lendTo: '貸出先', lentOn: '貸出日', dueDate: '返却予定日', conditionOut: '貸出時の状態',
  lent: '{asset}を{name}さんに貸し出しました（返却予定 {due}）', lentNoDue: '{asset}を{name}さんに貸し出しました',
  giveBack: '返却を記録', returnedOn: '返却日', conditionIn: '返却時の状態', needsRepair: '故障あり（修理中にする）',
  returned: '{asset}の返却を記録しました（{status}）',
  changeStatus: '状態を変更（修理・廃棄）', newStatus: '新しい状態', statusOn: '日付', statusReason: '理由（監査ログに残ります）', setStatus: '変更する',
  statusChanged: '{asset}を「{status}」にしました',
  register: '備品を登録', tag: '資産番号', name: '品名', category: '区分', usefulLife: '耐用年数（年）', maker: 'メーカー', model: '型番', serial: 'シリアル番号',
  ownership: '所有区分', acquiredOn: '取得日', acquisitionCost: '取得価額（円）', taxTreatment: '税務処理', method: '償却方法', note: '備考',
  save: '登録する', saved: '{asset}（{tag}）を登録しました', updated: '{asset}（{tag}）を更新しました',
  chooseEmployee: '社員を選んでください',
  // 消耗品 and 入出庫
  stockCount: '消耗品 {count}品目（発注点以下 {low}）', stockLine: '在庫 {stock}{unit}・発注点 {reorderPoint}', low: '発注点以下', place: '保管場所',
  movement: '入出庫を記録', item: '品目', kind: '種別', quantity: '数量', reason: '理由', record: '記録する',
  kind_入庫: '入庫', kind_出庫: '出庫', kind_調整: '調整', reasonMove: '理由（調整は必須）',
  moved: '{item}: {kind} {quantity}{unit}を記録しました（在庫 {stock}{unit}）',
  stockTake: '棚卸', counted: '数えた数', stockTakeReason: '棚卸の理由（例: 事務所移転前の棚卸）', book: '棚卸を記録',
  stockTaken: '棚卸を記録しました: {counted}品目を数え、差異 {differences}品目を調整しました', noCounts: '数えた数を1つ以上入力してください',
  orders: '発注リスト（発注先別）', orderLine: '{item} {quantity}{unit}（在庫 {stock}）', restocks: '最近の入庫',
  // 申請 (the inbox)
  inboxCount: '未処理の備品申請 {count}件', inboxEmpty: '未処理の備品申請はありません',
  req_消耗品: '消耗品', req_貸出: '貸出', 'req_故障・紛失': '故障・紛失',
  requestLine: '{kind}: {item} × {quantity}', stockNow: '在庫 {stock}{unit}', neededBy: '希望日 {date}', requestedAt: '申請 {at}',
  lendAsset: '貸し出す備品', approve: '承認', reject: '却下', rejectReason: '却下の理由', rejectReasonRequired: '却下するには理由を入力してください',
  approvedMsg: '{name}さんの申請（{id}）を承認しました', rejectedMsg: '{name}さんの申請（{id}）を却下しました',
  // 減価償却
  asOf: '基準日', basis: '区分', basis_tax: '税務（期末の帳簿価額）', basis_book: '会計（月割）', show: '表示',
  reportTotal: '{count}点・取得価額 {cost}・帳簿価額 {value}', byCategory: '区分別', thisYear: '当期償却額 {amount}',
  exportReport: 'シートとCSVを作成', exportHint: 'シート「減価償却明細」（税務と会計を並べて）とCSV（会計事務所向け）を作成します。',
  exported: 'シート「{sheet}」を更新し、CSV（{file}）を作成しました: {count}点、税務の帳簿価額 {tax}、会計の帳簿価額 {book}',
  downloadCsv: 'CSVを保存',
  checkField: '「{field}」を確認してください',
  // the web app's 備品 tab
  myHoldings: '借りている備品', noHoldings: '借りている備品はありません',
  reportFault: '故障・紛失を報告', faultReason: '状況（いつ・どこで・どうなったか）', sendReport: '報告する',
  faultSent: '{asset}の故障・紛失を報告しました（{id}）。管理部から連絡があります。',
  askFor: '備品・消耗品の申請', askKind: '申請の種類', askConsumable: '消耗品をもらう', askLoan: '備品を借りる',
  askItem: '品目', askLoanItem: '借りたいもの（例: レーザー距離計）', askQuantity: '数量', askSite: '現場名', askNeededBy: '希望日', askReason: '理由・用途',
  send: '申請する', sent: '申請しました（{id}）。承認されると「自分の申請」に表示されます。',
  myRequests: '自分の申請', rs_pending: '申請中', rs_approved: '承認済み', rs_rejected: '却下', rs_cancelled: '取消',
  answer: '回答: {answer}',
  team: 'チームの備品', teamEmpty: 'チームに貸出中の備品はありません', teamCount: '{count}点（返却期限切れ {overdue}）',
} as const;

export type AssetsKey = keyof typeof ja;

const en: Record<AssetsKey, string> = {
  tabAssets: 'Assets', tabStock: 'Consumables', tabRequests: 'Requests', tabDepreciation: 'Depreciation',
  refresh: 'Refresh', loading: 'Loading…', none: 'None',
  assetCount: '{count} assets ({out} on loan, {overdue} overdue)',
  status_在庫: 'In stock', status_貸出中: 'On loan', status_修理中: 'In repair', status_廃棄: 'Disposed',
  heldBy: 'Held by {name}', since: 'since {date}', dueOn: 'due {date}', overdue: 'Overdue', noDue: 'no due date', site: 'Site or use',
  location: 'Location', cost: 'Cost {cost}',
  lend: 'Lend', lendTo: 'Lend to', lentOn: 'Lent on', dueDate: 'Due on', conditionOut: 'Condition out',
  lent: '{asset} lent to {name} (due {due})', lentNoDue: '{asset} lent to {name}',
  giveBack: 'Record return', returnedOn: 'Returned on', conditionIn: 'Condition in', needsRepair: 'Broken (send to repair)',
  returned: 'Return of {asset} recorded ({status})',
  changeStatus: 'Change status (repair, disposal)', newStatus: 'New status', statusOn: 'Date', statusReason: 'Reason (kept in the audit log)', setStatus: 'Change',
  statusChanged: '{asset} is now "{status}"',
  register: 'Register an asset', tag: 'Asset tag', name: 'Name', category: 'Category', usefulLife: 'Useful life (years)', maker: 'Maker', model: 'Model', serial: 'Serial',
  ownership: 'Ownership', acquiredOn: 'Acquired on', acquisitionCost: 'Cost (yen)', taxTreatment: 'Tax treatment', method: 'Method', note: 'Note',
  save: 'Save', saved: '{asset} ({tag}) registered', updated: '{asset} ({tag}) updated',
  chooseEmployee: 'Choose an employee',
  stockCount: '{count} consumables ({low} at or under the reorder point)', stockLine: '{stock} {unit} in stock, reorder point {reorderPoint}', low: 'Reorder', place: 'Place',
  movement: 'Record a stock movement', item: 'Item', kind: 'Kind', quantity: 'Quantity', reason: 'Reason', record: 'Record',
  kind_入庫: 'Receipt', kind_出庫: 'Issue', kind_調整: 'Adjustment', reasonMove: 'Reason (needed for an adjustment)',
  moved: '{item}: {kind} of {quantity} {unit} recorded ({stock} {unit} in stock)',
  stockTake: 'Stock-take', counted: 'Counted', stockTakeReason: 'Reason (e.g. count before the office move)', book: 'Book the stock-take',
  stockTaken: 'Stock-take booked: {counted} items counted, {differences} differences adjusted', noCounts: 'Enter at least one count',
  orders: 'Order list (by vendor)', orderLine: '{item} {quantity} {unit} ({stock} in stock)', restocks: 'Recent receipts',
  inboxCount: '{count} equipment requests waiting', inboxEmpty: 'No equipment requests waiting',
  req_消耗品: 'Consumable', req_貸出: 'Loan', 'req_故障・紛失': 'Fault or loss',
  requestLine: '{kind}: {item} × {quantity}', stockNow: '{stock} {unit} in stock', neededBy: 'needed by {date}', requestedAt: 'Requested {at}',
  lendAsset: 'Asset to lend', approve: 'Approve', reject: 'Reject', rejectReason: 'Reason for rejecting', rejectReasonRequired: 'Enter a reason to reject',
  approvedMsg: "{name}'s request ({id}) approved", rejectedMsg: "{name}'s request ({id}) rejected",
  asOf: 'As of', basis: 'Basis', basis_tax: 'Tax (book value at the year end)', basis_book: 'Books (monthly)', show: 'Show',
  reportTotal: '{count} assets, cost {cost}, book value {value}', byCategory: 'By category', thisYear: 'This year {amount}',
  exportReport: 'Make the sheet and CSV', exportHint: 'Makes the sheet 減価償却明細 (tax and books side by side) and a CSV for the accountant.',
  exported: 'Sheet "{sheet}" updated and CSV ({file}) made: {count} assets, tax book value {tax}, books {book}',
  downloadCsv: 'Save the CSV',
  checkField: 'Check "{field}"',
  myHoldings: 'What I hold', noHoldings: 'You hold no equipment',
  reportFault: 'Report a fault or loss', faultReason: 'What happened (when, where, how)', sendReport: 'Report',
  faultSent: 'Fault or loss of {asset} reported ({id}). The back office will contact you.',
  askFor: 'Ask for equipment or supplies', askKind: 'Kind of request', askConsumable: 'Take a consumable', askLoan: 'Borrow equipment',
  askItem: 'Item', askLoanItem: 'What you need (e.g. laser measure)', askQuantity: 'Quantity', askSite: 'Site', askNeededBy: 'Needed by', askReason: 'Reason or use',
  send: 'Send', sent: 'Request sent ({id}). Its answer appears under "My requests".',
  myRequests: 'My requests', rs_pending: 'Pending', rs_approved: 'Approved', rs_rejected: 'Rejected', rs_cancelled: 'Cancelled',
  answer: 'Answer: {answer}',
  team: "My team's equipment", teamEmpty: 'Nobody in your team holds equipment', teamCount: '{count} items ({overdue} overdue)',
};

const catalogs: Record<PageLang, Record<AssetsKey, string>> = { ja, en };

export function at(lang: PageLang, key: AssetsKey, params: Record<string, string | number> = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

/** Yen for a person: 「240,000円」 / 「¥240,000」. */
export function yenText(lang: PageLang, n: number): string {
  return lang === 'ja' ? `${n.toLocaleString('ja-JP')}円` : `¥${n.toLocaleString('en-US')}`;
}
