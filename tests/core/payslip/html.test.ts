/** The payslip document: layout blocks, figures formatted, every data string escaped, one employee only. */
import { renderPayslipHtml, assertPayslipConsistent } from '../../../src/core/payslip';
import { escapeHtml } from '../../../src/core/render/html';
import { formatMinutes, formatYen, groupThousands } from '../../../src/core/render/format';
import { KanriError } from '../../../src/core/errors';
import { yamada, sato } from './fixtures';

const XSS = '<img src=x onerror=alert(1)>';
const QUOTES = `"'&`;

/** The text content of a document: tags dropped, the five entities decoded. */
function textOf(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('formats', () => {
  test('thousands separators, yen in ja and en, minutes as h:mm', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1,000');
    expect(groupThousands(1234567)).toBe('1,234,567');
    expect(groupThousands(-1234)).toBe('-1,234');
    expect(formatYen(251245, 'ja')).toBe('251,245円');
    expect(formatYen(251245, 'en')).toBe('¥251,245');
    expect(formatYen(-3000, 'en')).toBe('-¥3,000');
    expect(formatMinutes(0)).toBe('0:00');
    expect(formatMinutes(95)).toBe('1:35');
    expect(formatMinutes(10230)).toBe('170:30');
    expect(() => groupThousands(1.5)).toThrow(KanriError);
    expect(() => formatMinutes(0.5)).toThrow(KanriError);
  });
  test('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderPayslipHtml', () => {
  test('a complete self-contained A4 document with the Japanese font first', () => {
    const html = renderPayslipHtml(yamada(), 'ja');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).toMatch(/font-family: "Noto Sans CJK JP", "Noto Sans JP",/);
    expect(html).not.toMatch(/<link|<script|src="http|url\(/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('ja: the 支給 / 控除 / 勤怠 blocks, 差引支給額 in its own box, figures formatted', () => {
    const html = renderPayslipHtml(yamada(), 'ja');
    const text = textOf(html);
    for (const label of ['2026年4月分 給与明細書', '株式会社カンリ商事', '支給日', '2026年4月24日', '山田 太郎 様', 'E001', '営業部',
      '支給', '控除', '勤怠', '総支給額', '控除合計', '差引支給額', '出勤日数', '欠勤日数', '労働時間', '法定時間外', '60時間超', '深夜',
      '法定休日', '有休取得', '有休残', '基本給', '時間外手当', '健康保険料', '厚生年金保険料', '源泉所得税', '備考', '5月から住民税額が変わります',
      '2026年4月1日〜2026年4月30日']) expect(text).toContain(label);
    expect(text).toContain('280,000円');
    expect(text).toContain('300,000円');
    expect(text).toContain('48,755円');
    expect(html).toMatch(/<table class="net">.*差引支給額.*251,245円/);
    expect(text).toContain('170:30'); // 10,230 minutes
    expect(text).toContain('12:30'); // 750 minutes
    expect(text).toContain('1:35'); // 95 minutes
    expect(text).toContain('1.5日');
    expect(text).toContain('8.5日');
    // order: 勤怠 before 支給 before 控除 before 差引支給額
    const at = (s: string) => text.indexOf(s);
    expect(at('勤怠')).toBeLessThan(at('総支給額'));
    expect(at('総支給額')).toBeLessThan(at('控除合計'));
    expect(at('控除合計')).toBeLessThan(at('差引支給額'));
  });

  test('en: English labels, the English name of a line when the master has one, the Japanese one otherwise', () => {
    const html = renderPayslipHtml(sato(), 'en');
    const text = textOf(html);
    expect(html).toContain('<html lang="en">');
    for (const label of ['Payslip for 2026-04', 'Pay date', '2026-04-24', 'Earnings', 'Deductions', 'Attendance', 'Gross pay',
      'Total deductions', 'Net pay', 'Days worked', 'Days absent', 'Base pay', 'Income tax']) expect(text).toContain(label);
    expect(text).toContain('住宅手当'); // no English name in the master
    expect(text).toContain('¥260,000');
    expect(text).toContain('¥243,000');
    expect(text).not.toContain('差引支給額');
    expect(text).not.toContain('円');
  });

  test('a bonus statement has no attendance block', () => {
    const bonus = { ...yamada(), kind: 'bonus' as const, month: '2026-07', payDate: '2026-07-10', attendance: undefined, period: undefined,
      earnings: [{ label: { ja: '賞与' }, amount: 500000 }], deductions: [{ label: { ja: '源泉所得税' }, amount: 20000 }],
      totals: { grossPay: 500000, totalDeductions: 20000, netPay: 480000 }, notes: [] };
    const text = textOf(renderPayslipHtml(bonus));
    expect(text).toContain('2026年7月 賞与明細書');
    expect(text).not.toContain('勤怠');
    expect(text).toContain('480,000円');
  });

  test('every user-supplied string is escaped: no markup from data survives', () => {
    const evil = yamada();
    evil.companyName = `${XSS}${QUOTES}`;
    evil.employee = { code: `E9${QUOTES}`, name: `${XSS} 太郎`, department: `${QUOTES}${XSS}` };
    evil.earnings[0]!.label = { ja: `${XSS}基本給`, en: `${QUOTES}` };
    evil.deductions[0]!.label = { ja: `${QUOTES}${XSS}` };
    evil.notes = [`${XSS}\n${QUOTES}`];
    for (const lang of ['ja', 'en'] as const) {
      const html = renderPayslipHtml(evil, lang);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('onerror=alert(1)>');
      expect(html).not.toMatch(/"'&(?!amp;)/);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('&quot;&#39;&amp;');
      // the only tags are the template's own
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z0-9!]+)/g)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].sort()).toEqual(['!doctype', 'body', 'br', 'div', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'style', 'table', 'tbody', 'td', 'th', 'title', 'tr'].sort());
      // and the text reads back as given
      expect(textOf(html)).toContain(`${XSS}${QUOTES}`);
    }
  });

  test("one employee's payslip holds no other employee's data", () => {
    const a = textOf(renderPayslipHtml(yamada()));
    const b = textOf(renderPayslipHtml(sato()));
    for (const other of ['佐藤', 'E002', '管理部', '住宅手当', '260,000', '243,000', '17,000']) expect(a).not.toContain(other);
    for (const other of ['山田', 'E001', '営業部', '時間外手当', '300,000', '251,245', '48,755', '住民税額']) expect(b).not.toContain(other);
    expect(a).toContain('251,245円');
    expect(b).toContain('243,000円');
  });

  test('a payslip that does not add up is refused, naming the employee', () => {
    const wrongGross = yamada();
    wrongGross.totals.grossPay = 300001;
    expect(() => renderPayslipHtml(wrongGross)).toThrow(/E001 山田 太郎: 総支給額 300001円 が明細の合計 300000円/);
    const wrongDeductions = yamada();
    wrongDeductions.deductions.pop();
    expect(() => assertPayslipConsistent(wrongDeductions)).toThrow(/控除合計 48755円 が明細の合計 42225円/); // 14,775 + 27,450
    const wrongNet = yamada();
    wrongNet.totals.netPay = 251246;
    expect(() => renderPayslipHtml(wrongNet)).toThrow(/差引支給額 251246円/);
    const fraction = yamada();
    fraction.earnings[1]!.amount = 20000.5;
    fraction.totals.grossPay = 300000.5;
    expect(() => renderPayslipHtml(fraction)).toThrow(KanriError);
  });
});
