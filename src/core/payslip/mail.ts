/**
 * The payslip mail. Decision: the subject and body carry NO amount (no pay, no deduction, no net pay). A mail body
 * travels and is stored in more places than the PDF (mail servers, previews on a lock screen, forwarded
 * threads); the figures are in the attached PDF and in the employee's web app only. The pay date is named so
 * the employee knows which payslip it is.
 */
import { message, type Lang } from '../i18n';
import { formatDate, formatYearMonth } from '../render/format';
import type { PayslipData } from './types';

/** A header value on one line: a CR/LF in a name would otherwise start a new header line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

export function payslipMailText(data: PayslipData, lang: Lang = 'ja'): { subject: string; body: string } {
  const month = formatYearMonth(data.month, lang);
  const bonus = data.kind === 'bonus';
  const subject = oneLine(message(lang, bonus ? 'payslip.mail.subject.bonus' : 'payslip.mail.subject.salary', { company: oneLine(data.companyName), month }));
  const body = message(lang, 'payslip.mail.body', {
    name: oneLine(data.employee.name),
    document: message(lang, bonus ? 'payslip.mail.document.bonus' : 'payslip.mail.document.salary', { month }),
    payDate: formatDate(data.payDate, lang),
    company: data.companyName,
  });
  return { subject, body };
}
