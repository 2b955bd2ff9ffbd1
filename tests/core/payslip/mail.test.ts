/** The payslip mail names the run and the pay date but carries no amount (see the comment in src/core/payslip/mail.ts). */
import { payslipMailText } from '../../../src/core/payslip';
import { yamada, sato } from './fixtures';

/** Any figure that looks like money: "251,245", "251245", "¥…", "…円". */
const MONEY = /[¥￥]|円|\d{1,3}(,\d{3})+|\d{4,}(?![年-])/;

describe('payslipMailText', () => {
  test('ja: subject and body name the month, the pay date and the employee, no amount', () => {
    const { subject, body } = payslipMailText(yamada(), 'ja');
    expect(subject).toBe('【株式会社カンリ商事】2026年4月分 給与明細のお知らせ');
    expect(body).toContain('山田 太郎 様');
    expect(body).toContain('2026年4月24日');
    for (const text of [subject, body]) {
      expect(text).not.toMatch(MONEY);
      for (const amount of [300000, 48755, 251245, 280000, 20000, 14775, 27450, 6530]) {
        expect(text).not.toContain(String(amount));
        expect(text).not.toContain(amount.toLocaleString('en-US'));
      }
    }
  });

  test('en: no amount either; a bonus says so', () => {
    const { subject, body } = payslipMailText({ ...sato(), kind: 'bonus', month: '2026-07', payDate: '2026-07-10' }, 'en');
    expect(subject).toBe('[株式会社カンリ商事] Your bonus statement, 2026-07');
    expect(body).toContain('Dear 佐藤 花子,');
    expect(body).toContain('Pay date: 2026-07-10');
    expect(`${subject}\n${body}`).not.toMatch(MONEY);
    for (const amount of ['260,000', '243,000', '17,000', '260000', '243000']) expect(body).not.toContain(amount);
  });

  test('a line break in the company name cannot add a header line to the subject', () => {
    const data = { ...yamada(), companyName: '株式会社カンリ\r\nBcc: someone@example.com' };
    expect(payslipMailText(data).subject).not.toMatch(/[\r\n]/);
  });
});
