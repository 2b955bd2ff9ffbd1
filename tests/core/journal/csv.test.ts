/**
 * CSV exports: RFC 4180 escaping, formula-injection neutralisation (OWASP "CSV Injection": cells starting with
 * = + - @ tab CR), Kanri's generic format (documented in src/core/journal/generic.ts) and 弥生インポート形式
 * (25 columns; support.yayoi-kk.co.jp page_id=18545 and 27184). Expected text written by hand.
 */
import { csvCell, genericJournalCsv, payrollJournalEntry, yayoiJournalCsv, JournalError } from '../../../src/core/journal';
import type { PayrollJournalInput } from '../../../src/core/journal';

describe('csvCell', () => {
  test.each([
    ['=IMPORTXML("http://evil.example/x","//a")', `"'=IMPORTXML(""http://evil.example/x"",""//a"")"`],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['＝1', "'＝1"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['給与手当', '給与手当'],
    ['a=b', 'a=b'],
  ])('text %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  test('numbers are numbers: a negative number is not prefixed', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1208825)).toBe('1208825');
    expect(csvCell('-5')).toBe("'-5");
  });
});

const input: PayrollJournalInput = {
  date: '2026-04-24',
  description: '2026年4月分 給与',
  groups: [{ label: 'E010', department: '開発部', grossPay: 200000, netPay: 167700,
    withholdings: { healthInsurance: 10000, pension: 18300, employmentInsurance: 1000, incomeTax: 3000 },
    employerShares: { healthInsurance: 10000, pension: 18300 } }],
};
const entry = payrollJournalEntry(input, { netPay: 'bankDeposit' });

describe('generic CSV (UTF-8 with BOM, header, CR LF)', () => {
  test('the whole file', () => {
    const d = '2026-04-24,1';
    const t = '2026年4月分 給与';
    expect(genericJournalCsv([entry])).toBe(
      '\uFEFF伝票日付,伝票番号,行番号,借方勘定科目,借方補助科目,借方部門,借方金額,貸方勘定科目,貸方補助科目,貸方部門,貸方金額,摘要\r\n'
      + `${d},1,給与手当,,開発部,200000,,,,,${t}\r\n`
      + `${d},2,法定福利費,,開発部,28300,,,,,${t}\r\n`
      + `${d},3,,,,,預り金,健康保険料,,10000,${t}\r\n`
      + `${d},4,,,,,預り金,厚生年金保険料,,18300,${t}\r\n`
      + `${d},5,,,,,預り金,雇用保険料,,1000,${t}\r\n`
      + `${d},6,,,,,預り金,源泉所得税,,3000,${t}\r\n`
      + `${d},7,,,,,普通預金,,,167700,${t}\r\n`
      + `${d},8,,,,,未払費用,社会保険料,,28300,${t}\r\n`,
    );
  });
  test('user text is neutralised inside the file', () => {
    const evil = payrollJournalEntry({ ...input, description: '=HYPERLINK("http://evil.example","x")', groups: [{ ...input.groups[0]!, department: '@SUM(1)' }] }, { netPay: 'bankDeposit' });
    const csv = genericJournalCsv([evil]);
    expect(csv).toContain(`,'@SUM(1),200000,`);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")"\r\n`);
    expect(csv).not.toMatch(/,=|,@|,\+/);
  });
  test('an unbalanced entry is not written', () => {
    const bad = { ...entry, lines: entry.lines.map((l, i) => (i === 0 ? { ...l, amount: l.amount + 1 } : l)) };
    expect(() => genericJournalCsv([bad])).toThrow(JournalError);
  });
});

describe('弥生インポート形式 (25 columns, no header, multi-line 伝票 2110/2100/2101)', () => {
  test('rows', () => {
    const t = '2026年4月分 給与,,,0,,,0,0,no';
    const rows = yayoiJournalCsv([entry]).split('\r\n');
    expect(rows).toEqual([
      `2110,,,2026/04/24,給与手当,,開発部,対象外,200000,,,,,,0,,${t}`,
      `2100,,,2026/04/24,法定福利費,,開発部,対象外,28300,,,,,,0,,${t}`,
      `2100,,,2026/04/24,,,,,0,,預り金,健康保険料,,対象外,10000,,${t}`,
      `2100,,,2026/04/24,,,,,0,,預り金,厚生年金保険料,,対象外,18300,,${t}`,
      `2100,,,2026/04/24,,,,,0,,預り金,雇用保険料,,対象外,1000,,${t}`,
      `2100,,,2026/04/24,,,,,0,,預り金,源泉所得税,,対象外,3000,,${t}`,
      `2100,,,2026/04/24,,,,,0,,普通預金,,,対象外,167700,,${t}`,
      `2101,,,2026/04/24,,,,,0,,未払費用,社会保険料,,対象外,28300,,${t}`,
      '',
    ]);
    for (const row of rows.slice(0, -1)) expect(row.split(',')).toHaveLength(25);
  });
  test('limits: account names over 24 half-width columns and amounts over 9 digits are errors, not cut', () => {
    const longName = payrollJournalEntry(input, { netPay: 'bankDeposit', accounts: { salaries: '従業員給与手当及び賞与引当金繰入' } }); // 16 full-width = 32 columns
    expect(() => yayoiJournalCsv([longName])).toThrow('勘定科目 "従業員給与手当及び賞与引当金繰入" exceeds the 弥生インポート形式 limit (24 half-width characters)');
    const huge = payrollJournalEntry({ ...input, groups: [{ label: 'X', grossPay: 1_000_000_000, netPay: 1_000_000_000, withholdings: {} }] }, { netPay: 'bankDeposit' });
    expect(() => yayoiJournalCsv([huge])).toThrow('amount 1000000000 yen exceeds the 弥生インポート形式 limit (999999999 yen)');
  });
});
