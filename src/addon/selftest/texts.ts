/** What each self-test check proves and what to do when it fails (Japanese first, English complete). */
type Text = { ja: string; en: string };
export const selfTestTexts: Record<string, { label: Text; todo: Text }> = {
  plainText: {
    label: { ja: '書式「書式なしテキスト」(@) のセルは書いた文字列をそのまま保つ (先頭の \' も)', en: 'A plain-text (@) cell keeps a written string as it is (a leading \' too)' },
    todo: { ja: 'コード・月・小数の読み書きが Google と食い違います。表の値を変更せず、この表を添えて開発者に報告してください。', en: 'Codes, months and decimals would be read differently on Google. Change no data; send this table to the developers.' },
  },
  formulaGuard: {
    label: { ja: '「=」で始まる入力は数式にならない (テキスト列の書式 @)', en: 'Input starting with "=" does not become a formula (text columns are @)' },
    todo: { ja: '入力が数式として実行されるおそれがあります。利用を止め、開発者に報告してください。', en: 'User input could run as a formula. Stop using Kanri and tell the developers.' },
  },
  codeRoundTrip: {
    label: { ja: '社員番号 0012 が Kanri の書き込みで 0012 のまま読める', en: 'Employee code 0012 written by Kanri reads back as 0012' },
    todo: { ja: '社員番号の先頭の 0 が失われます。開発者に報告してください。', en: 'Leading zeros of codes are lost. Tell the developers.' },
  },
  dateTokyo: {
    label: { ja: '日時 2026-05-11 09:30 (東京) が同じ日時で読める', en: 'Date-time 2026-05-11 09:30 (Tokyo) reads back unchanged' },
    todo: { ja: 'スプレッドシートのタイムゾーンを確認してください (ファイル › 設定 › タイムゾーン: 東京)。', en: 'Check the spreadsheet time zone (File › Settings › Time zone: Tokyo).' },
  },
  timeZones: {
    label: { ja: 'スクリプトとスプレッドシートのタイムゾーンが Asia/Tokyo', en: 'Script and spreadsheet time zones are Asia/Tokyo' },
    todo: { ja: 'ファイル › 設定 › タイムゾーンを「(GMT+09:00) 東京」にしてください。', en: 'Set File › Settings › Time zone to (GMT+09:00) Tokyo.' },
  },
  windows31j: {
    label: { ja: 'Windows-31J (弥生の文字コード) で ①㈱髙﨑 のバイト列', en: 'Windows-31J (弥生\'s charset) bytes of ①㈱髙﨑' },
    todo: { ja: '弥生の仕訳ファイルの文字が化けます。開発者に報告してください。', en: 'The 弥生 journal file would be garbled. Tell the developers.' },
  },
  shiftJis: {
    label: { ja: 'Shift_JIS で 山田ｱ のバイト列', en: 'Shift_JIS bytes of 山田ｱ' },
    todo: { ja: 'Shift_JIS の変換が想定と違います。開発者に報告してください。', en: 'Shift_JIS conversion differs. Tell the developers.' },
  },
  hmac: {
    label: { ja: 'HMAC-SHA256 (RFC 4231 テストケース2)', en: 'HMAC-SHA256 (RFC 4231 test case 2)' },
    todo: { ja: '個人用リンクの署名が検証できません。個人用リンクを使わず、開発者に報告してください。', en: 'Personal link signatures cannot be trusted. Do not use personal links; tell the developers.' },
  },
  pdf: {
    label: { ja: 'HTML から PDF を作れる', en: 'HTML converts to a PDF' },
    todo: { ja: '給与明細と台帳の PDF が作れません。変換の1日の上限に達していないか確認し、翌日もう一度実行してください。', en: 'Payslip and ledger PDFs cannot be made. Check the daily conversion quota and run again tomorrow.' },
  },
  lock: {
    label: { ja: 'スクリプトロックを取得・保持・解放できる', en: 'The script lock can be taken, held and released' },
    todo: { ja: '同時の書き込みを防げません。しばらく待ってもう一度実行し、続くなら開発者に報告してください。', en: 'Concurrent writes cannot be prevented. Try again later; if it persists, tell the developers.' },
  },
  drive: {
    label: { ja: 'マイドライブに非公開フォルダとファイルを作れる (宣言したスコープで)', en: 'A private folder and file can be made in My Drive (under the declared scopes)' },
    todo: { ja: '承認を確認してください: 拡張機能 › Apps Script で一度実行して Drive へのアクセスを許可してください。', en: 'Check the authorisation: run once from Extensions › Apps Script and allow Drive access.' },
  },
  lazyModule: {
    label: { ja: '遅延読み込みモジュール (給与計算) を読み込める', en: 'A lazy module (payroll) loads' },
    todo: { ja: 'clasp push がすべてのファイルを送ったか確認し、npm run deploy をやり直してください。', en: 'Check that clasp pushed every file; run npm run deploy again.' },
  },
};
