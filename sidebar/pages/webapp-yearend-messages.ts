/** The web app's year-end strings: the employee's own 申告書 and 源泉徴収票 (kept apart from sidebar/messages.ts so that pages merge cleanly). */
import type { PageLang } from '../messages';

const ja = {
  tab: '年末調整',
  declarationView: '申告書', slipView: '源泉徴収票',
  declarationTitle: '{year}年分の年末調整の申告書',
  declarationHint: '扶養控除等申告書と保険料控除申告書をここから提出できます。保険料の控除証明書（原本）は管理部に提出してください。',
  status_none: '未提出', status_submitted: '提出済み（{at}）', status_locked: '管理部が確認済み',
  lockedNote: '管理部が確認して締めたため、この申告書は変更できません。変更が必要なときは管理部に連絡してください。',
  self: '本人', selfHint: '基礎控除申告書を兼ねます。給与以外に所得がなければ 0 のままにしてください。',
  name: '氏名', relation: '続柄', birthDate: '生年月日', estimatedIncomeSelf: '給与以外の所得の見積額（円）', estimatedIncome: '本年中の所得の見積額（円）',
  disability: '障害者', disability_none: 'なし', disability_general: '障害者', disability_special: '特別障害者',
  widow: '寡婦・ひとり親', widow_none: 'なし', widow_widow: '寡婦', widow_single: 'ひとり親',
  workingStudent: '勤労学生', housingLoanCredit: '住宅借入金等特別控除額（円・2年目以後）',
  spouse: '配偶者', hasSpouse: '配偶者を申告する', livingTogether: '同居している', linealAscendant: '本人または配偶者の直系尊属（父母・祖父母など）',
  dependants: '扶養親族', dependantN: '扶養親族 {n}人目', addDependant: '扶養親族を追加', noDependants: '扶養親族はいません',
  insurance: '保険料控除申告書', premiumN: '保険料 {n}件目', addPremium: '保険料を追加', noPremiums: '申告する保険料はありません',
  kind: '種類', insurer: '保険会社等の名称', policy: '保険等の種類', holder: '契約者', beneficiary: '受取人', paid: '本年中に支払った金額（円）',
  kind_newGeneral: '一般の生命保険料（新）', kind_care: '介護医療保険料', kind_newPension: '個人年金保険料（新）', kind_oldGeneral: '一般の生命保険料（旧）',
  kind_oldPension: '個人年金保険料（旧）', kind_earthquake: '地震保険料', kind_oldLongTerm: '旧長期損害保険料', kind_social: '社会保険料（ご自身で支払ったもの）', kind_mutualAid: '小規模企業共済等掛金',
  certificateChecked: '証明書確認済み',
  remove: '削除', submit: '提出する',
  saved: '{year}年分の申告書を提出しました（扶養控除等申告書 {people}人・保険料 {insurance}件）。管理部が確認すると確定します。',
  savedNoChange: '{year}年分の申告書は提出済みの内容から変わっていません（扶養控除等申告書 {people}人・保険料 {insurance}件）。',
  checkPersonField: '{who}の「{field}」を確認してください', checkPremiumField: '保険料 {n}件目の「{field}」を確認してください',
  slipsTitle: '源泉徴収票', noSlips: '源泉徴収票はまだありません。年末調整の確定後にここで見られます。',
  slipTitle: '{era} 給与所得の源泉徴収票',
  slipPaid: '支払金額', slipEmploymentIncome: '給与所得控除後の金額', slipDeductions: '所得控除の額の合計額', slipWithheld: '源泉徴収税額',
  slipSocial: '社会保険料等の金額', slipHousing: '住宅借入金等特別控除の額',
  settlement_refund: '年末調整で {amount}円が還付されました（{payDate} 支給の給与）', settlement_collection: '年末調整で {amount}円が徴収されました（{payDate} 支給の給与）', settlement_none: '年末調整の過不足はありませんでした',
  openPdf: 'PDFを開く', pdfLater: '12月の給与の確定後にPDFを開けます', pdfSaved: '{file}を保存しました', yen: '{n}円',
};
const en: Record<keyof typeof ja, string> = {
  tab: 'Year end',
  declarationView: 'Declarations', slipView: 'Withholding slip',
  declarationTitle: 'Your {year} year-end declarations',
  declarationHint: 'Submit your dependants declaration and insurance premium declaration here. Hand the original premium certificates to the back office.',
  status_none: 'Not submitted', status_submitted: 'Submitted ({at})', status_locked: 'Checked by the back office',
  lockedNote: 'The back office checked and locked this declaration, so it can no longer be changed. Contact the back office if something must change.',
  self: 'Yourself', selfHint: 'Also your basic deduction declaration. Leave 0 if you have no income other than salary.',
  name: 'Name', relation: 'Relation', birthDate: 'Birth date', estimatedIncomeSelf: 'Estimated income other than salary (yen)', estimatedIncome: 'Estimated income this year (yen)',
  disability: 'Disability', disability_none: 'None', disability_general: 'Disabled', disability_special: 'Specially disabled',
  widow: 'Widow / single parent', widow_none: 'Neither', widow_widow: 'Widow', widow_single: 'Single parent',
  workingStudent: 'Working student', housingLoanCredit: 'Housing-loan credit (yen, from the 2nd year)',
  spouse: 'Spouse', hasSpouse: 'Declare a spouse', livingTogether: 'Living together', linealAscendant: 'A parent or grandparent of you or your spouse',
  dependants: 'Dependants', dependantN: 'Dependant {n}', addDependant: 'Add a dependant', noDependants: 'No dependants',
  insurance: 'Insurance premium declaration', premiumN: 'Premium {n}', addPremium: 'Add a premium', noPremiums: 'No premiums declared',
  kind: 'Kind', insurer: 'Insurer', policy: 'Policy type', holder: 'Policy holder', beneficiary: 'Beneficiary', paid: 'Paid this year (yen)',
  kind_newGeneral: 'Life insurance, general (new)', kind_care: 'Medical and care insurance', kind_newPension: 'Private pension (new)', kind_oldGeneral: 'Life insurance, general (old)',
  kind_oldPension: 'Private pension (old)', kind_earthquake: 'Earthquake insurance', kind_oldLongTerm: 'Old long-term casualty insurance', kind_social: 'Social insurance you paid yourself', kind_mutualAid: 'Small business mutual aid',
  certificateChecked: 'Certificate checked',
  remove: 'Remove', submit: 'Submit',
  saved: 'Your {year} declarations were submitted ({people} people, {insurance} premiums). They are final once the back office checks them.',
  savedNoChange: 'Your {year} declarations are unchanged from what you submitted ({people} people, {insurance} premiums).',
  checkPersonField: 'Please check "{field}" of {who}', checkPremiumField: 'Please check "{field}" of premium {n}',
  slipsTitle: 'Withholding slip', noSlips: 'No withholding slip yet. It appears here once the year-end adjustment is confirmed.',
  slipTitle: 'Withholding slip for employment income, {era}',
  slipPaid: 'Amount paid', slipEmploymentIncome: 'Employment income after deduction', slipDeductions: 'Total income deductions', slipWithheld: 'Tax withheld',
  slipSocial: 'Social insurance premiums', slipHousing: 'Housing-loan credit',
  settlement_refund: 'The year-end adjustment refunded {amount} yen (pay of {payDate})', settlement_collection: 'The year-end adjustment collected {amount} yen (pay of {payDate})', settlement_none: 'The year-end adjustment had nothing to settle',
  openPdf: 'Open the PDF', pdfLater: 'The PDF can be opened once the December pay is confirmed', pdfSaved: 'Saved {file}', yen: '{n} yen',
};

export type YearEndKey = keyof typeof ja;
const catalogs: Record<PageLang, Record<YearEndKey, string>> = { ja, en };

export function yt(lang: PageLang, key: YearEndKey, params: Record<string, string | number> = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}
