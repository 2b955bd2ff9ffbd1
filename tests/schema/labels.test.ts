/**
 * Codes shown as Japanese labels (issue 15 item 5): the sheet holds the label, code sees the code;
 * a sheet written before labels (holding codes) still reads; 手当/控除 are readable lines, and a
 * JSON cell of an older sheet still reads. Expected labels are the product's words (labels.ts),
 * checked here against the cells Transaction writes, not against our own reader only.
 */
import { parseTable } from '../../src/addon/tables';
import { employeesTable } from '../../src/schema/tables/employees';
import { paySettingsTable } from '../../src/schema/tables/payroll';
import { leaveTakenTable } from '../../src/schema/tables/leave';
import { readCell, writeCell } from '../../src/schema/cells';
import { allTables } from '../../src/schema/tables';
import type { TableDef } from '../../src/schema/table';

const column = (def: TableDef<any>, key: string) => def.columns.find((c) => c.key === key)!;

function rowCells(def: TableDef<any>, row: Record<string, unknown>) {
  return def.columns.map((c) => writeCell(c, row[c.key]));
}

const employee = {
  code: '0001', name: '山田 花子', kana: 'ヤマダ ハナコ', email: 'hanako@example.jp', department: '設計', employmentType: 'partTime',
  hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 3, weeklyScheduledMinutes: 1200, sex: '女',
};

const pay = {
  employeeCode: '0001', effectiveFrom: '2026-04', payType: 'monthly', basePay: 250000,
  allowances: [
    { name: '役職手当', amount: 30000, taxable: true, inOvertimeBase: true },
    { name: '住宅手当', amount: 20000, taxable: true, inOvertimeBase: false, minimumWage: false },
  ],
  commutingAllowance: 12000, dependents: 1, taxColumn: 'kou', residentTaxJune: 10000, residentTaxMonthly: 9000, prefecture: '東京',
  employmentInsuranceType: 'general', employmentInsuranceEnrolled: true, standardMonthlyRemuneration: 300000, officer: false,
  otherDeductions: [{ name: '社宅費', amount: 15000 }], accountType: '1',
};

describe('labels: the sheet shows 正社員, the code sees regular', () => {
  test('a row written shows labels in the cells and reads back as the same codes', () => {
    const cells = rowCells(employeesTable, employee);
    expect(cells[employeesTable.columns.findIndex((c) => c.key === 'employmentType')]).toBe('パート・アルバイト');
    const read = parseTable(employeesTable, [employeesTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value.employmentType).toBe('partTime');
  });
  test('給与設定: 月給, 甲, 一般の事業, 普通, and 手当/控除 as lines, never JSON; the row reads back identical', () => {
    const cells = rowCells(paySettingsTable, pay);
    const at = (key: string) => cells[paySettingsTable.columns.findIndex((c) => c.key === key)];
    expect(at('payType')).toBe('月給');
    expect(at('taxColumn')).toBe('甲');
    expect(at('employmentInsuranceType')).toBe('一般の事業');
    expect(at('accountType')).toBe('普通');
    expect(at('allowances')).toBe('役職手当：30,000円（課税・割増基礎）\n住宅手当：20,000円（課税・割増基礎外・最賃除外）');
    expect(at('otherDeductions')).toBe('社宅費：15,000円');
    const read = parseTable(paySettingsTable, [paySettingsTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value).toEqual(pay);
  });
  test('an old sheet holding codes and JSON still reads, to the same values', () => {
    const cells = rowCells(paySettingsTable, pay).map((v, i) => {
      const c = paySettingsTable.columns[i]!;
      if (c.kind === 'allowances' || c.kind === 'deductions') return JSON.stringify(pay[c.key as 'allowances']);
      return c.choices ? String(pay[c.key as keyof typeof pay]) : v;
    });
    expect(cells).toContain('monthly');
    expect(cells).toContain('kou');
    const read = parseTable(paySettingsTable, [paySettingsTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value).toEqual(pay);
  });
  test('申請中 and pending both read as pending', () => {
    const status = column(leaveTakenTable, 'status');
    expect(readCell(status, '申請中')).toEqual({ ok: true, value: 'pending' });
    expect(readCell(status, 'pending')).toEqual({ ok: true, value: 'pending' });
    expect(writeCell(status, 'pending')).toBe('申請中');
  });
  test('a wrong label is an error naming sheet, row and column, listing the labels', () => {
    const cells = rowCells(employeesTable, employee);
    cells[employeesTable.columns.findIndex((c) => c.key === 'employmentType')] = '正規';
    const read = parseTable(employeesTable, [employeesTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ sheet: '従業員', row: 2, column: '雇用形態' });
    expect(read.errors[0]!.ja).toBe('シート「従業員」2行目「雇用形態」: 次のいずれかを指定してください: 正社員、契約社員(有期)、パート・アルバイト');
  });
  test('a 手当 line without its 課税 flag is an error naming the line in the cell', () => {
    const cells = rowCells(paySettingsTable, pay);
    cells[paySettingsTable.columns.findIndex((c) => c.key === 'allowances')] = '役職手当：30,000円（課税・割増基礎）\n住宅手当：20,000円';
    const read = parseTable(paySettingsTable, [paySettingsTable.columns.map((c) => c.header), cells]);
    expect(read.errors[0]).toMatchObject({ sheet: '給与設定', row: 2, column: '手当' });
    expect(read.errors[0]!.ja).toContain('セル内2行目');
  });
  test('empty 手当 is the empty list; full-width digits are read', () => {
    const allowances = column(paySettingsTable, 'allowances');
    expect(readCell(allowances, '')).toEqual({ ok: true, value: [] });
    expect(readCell(allowances, '皆勤手当：５，０００円（課税・割増基礎外）')).toEqual({ ok: true, value: [{ name: '皆勤手当', amount: 5000, taxable: true, inOvertimeBase: false }] });
  });
  test('every label is unique within its column and differs from every other code of it', () => {
    for (const def of allTables) for (const c of def.columns) {
      if (!c.choices) continue;
      const words = c.choices.flatMap((x) => (x.ja === x.code ? [x.ja] : [x.ja, x.code]));
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

describe('設定: a Japanese label per key, values with choices as labels', () => {
  // Imported here so the schema test covers the keys Kanri really reads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SETTING_DEFAULTS } = require('../../src/addon/settings') as typeof import('../../src/addon/settings');
  const { SETTING_LABELS, SETTING_VALUE_CHOICES, settingValueLabel, settingsTable } = require('../../src/schema/tables/settings') as typeof import('../../src/schema/tables/settings');
  test('every setting key has a label, and every label names a key Kanri reads', () => {
    expect(SETTING_LABELS.map((x) => x.code).sort()).toEqual(Object.keys(SETTING_DEFAULTS).sort());
  });
  test('each default of a key with choices is one of its choices', () => {
    for (const [key, choices] of Object.entries(SETTING_VALUE_CHOICES)) {
      const d = (SETTING_DEFAULTS as Record<string, { value: string }>)[key]!.value;
      expect(choices.map((x) => x.code)).toContain(d);
    }
    expect(settingValueLabel('agreement36.specialClause', 'TRUE')).toBe('はい');
    expect(settingValueLabel('payroll.proration', 'calendarDays')).toBe('暦日');
    expect(settingValueLabel('companyName', 'TRUE')).toBe('TRUE');
  });
  test('項目 reads the label and the old key alike', () => {
    const key = settingsTable.columns[0]!;
    expect(readCell(key, '給与支給日')).toEqual({ ok: true, value: 'payroll.payDay' });
    expect(readCell(key, 'payroll.payDay')).toEqual({ ok: true, value: 'payroll.payDay' });
  });
});

describe('賃金台帳, 勤務区分 and 締め状態 read in Japanese', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { wageLedgerTable } = require('../../src/schema/tables/payroll') as typeof import('../../src/schema/tables/payroll');
  const { workRulesTable } = require('../../src/schema/tables/workRules') as typeof import('../../src/schema/tables/workRules');
  const { closuresTable } = require('../../src/schema/tables/closures') as typeof import('../../src/schema/tables/closures');
  const earnings = [
    { key: 'basePay', name: '基本給', amount: 250000, taxable: true },
    { key: 'allowance', name: '役職手当', amount: 30000, taxable: true },
    { key: 'overtimeOver60', name: '時間外手当 (60時間超)', amount: 0, taxable: true },
    { key: 'absence', name: '欠勤・遅早控除', amount: -12500, taxable: true },
    { key: 'commuting', name: '通勤手当', amount: 12000, taxable: false },
    // an allowance named like a fixed item keeps its key
    { key: 'allowance', name: '深夜手当', amount: 5000, taxable: true },
  ];
  test('支給内訳 and 計算の説明 as lines, never JSON; they read back identical; an old JSON cell still reads', () => {
    const earningsColumn = column(wageLedgerTable, 'earnings');
    const explanation = column(wageLedgerTable, 'explanation');
    expect(writeCell(earningsColumn, earnings)).toBe([
      '基本給：250,000円（課税）', '役職手当：30,000円（課税）', '時間外手当 (60時間超)：0円（課税）', '欠勤・遅早控除：-12,500円（課税）', '通勤手当：12,000円（非課税）', '深夜手当：5,000円（課税・手当）',
    ].join('\n'));
    expect(readCell(earningsColumn, writeCell(earningsColumn, earnings))).toEqual({ ok: true, value: earnings });
    expect(readCell(earningsColumn, JSON.stringify(earnings))).toEqual({ ok: true, value: earnings });
    expect(readCell(earningsColumn, '基本給：250,000円')).toEqual({ ok: false, problem: 'items', line: 1 });
    const lines = ['標準報酬月額 300,000円 (東京都, 2026年3月分から)', '健康保険料 14,955円 = 300,000円 × 9.91% ÷ 2 (50銭以下切り捨て)'];
    expect(writeCell(explanation, lines)).toBe(lines.join('\n'));
    expect(readCell(explanation, lines.join('\n'))).toEqual({ ok: true, value: lines });
    expect(readCell(explanation, JSON.stringify(lines))).toEqual({ ok: true, value: lines });
    expect(readCell(explanation, '')).toEqual({ ok: true, value: [] });
  });
  test('所定労働日 as 月,火,水,木,金; 月曜日 and the codes of older sheets read too', () => {
    const workdays = column(workRulesTable, 'workdays');
    expect(writeCell(workdays, 'monday,tuesday,wednesday,thursday,friday')).toBe('月,火,水,木,金');
    for (const cell of ['月,火,水,木,金', '月・火・水・木・金', '月曜日、火曜日、水曜日、木曜日、金曜日', 'monday,tuesday,wednesday,thursday,friday']) {
      expect(readCell(workdays, cell)).toEqual({ ok: true, value: 'monday,tuesday,wednesday,thursday,friday' });
    }
    const rule = { code: 'STD', name: '通常勤務', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,saturday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'floor15', premiumWithinLegal: false };
    const cells = rowCells(workRulesTable, rule);
    expect(cells).toEqual(expect.arrayContaining(['月,土', '日曜日', '15分未満切り捨て']));
    expect(cells.some((c) => /monday|sunday|floor15/.test(String(c)))).toBe(false);
    const read = parseTable(workRulesTable, [workRulesTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value).toEqual(rule);
    cells[workRulesTable.columns.findIndex((c) => c.key === 'workdays')] = '月,祝';
    const bad = parseTable(workRulesTable, [workRulesTable.columns.map((c) => c.header), cells]);
    expect(bad.errors[0]).toMatchObject({ sheet: '勤務区分', row: 2, column: '所定労働日' });
  });
  test('締め状態 shows 勤怠/給与 and 締め済み/再開; the codes of older rows read the same', () => {
    const row = { area: 'payroll', period: '2026-10', status: 'reopened', at: '2026-11-20T10:00', by: 'owner@kanri.local', reason: '通勤手当の誤り', seal: 'abc' };
    const cells = rowCells(closuresTable, row);
    expect(cells.slice(0, 3)).toEqual(['給与', '2026-10', '再開']);
    const header = closuresTable.columns.map((c) => c.header);
    expect(parseTable(closuresTable, [header, cells]).rows[0]!.value).toEqual(row);
    const old = [...cells];
    old[0] = 'payroll';
    old[2] = 'reopened';
    expect(parseTable(closuresTable, [header, old]).rows[0]!.value).toEqual(row);
    expect(writeCell(column(closuresTable, 'area'), 'attendance')).toBe('勤怠');
    expect(writeCell(column(closuresTable, 'status'), 'closed')).toBe('締め済み');
  });
});

describe('年末調整 sheets and yes/no columns read in Japanese', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dependantDeclarationsTable, insuranceDeclarationsTable } = require('../../src/schema/tables/yearEndDeclarations') as typeof import('../../src/schema/tables/yearEndDeclarations');
  const { yearEndAdjustmentsTable } = require('../../src/schema/tables/yearEnd') as typeof import('../../src/schema/tables/yearEnd');
  const { numberFormatOf } = require('../../src/schema/cells') as typeof import('../../src/schema/cells');
  const parent = {
    year: 2026, employeeCode: 'E012', line: 2, person: '扶養親族', name: '施工 一郎', relation: '父', birthDate: '1950-03-01', estimatedIncome: 380000,
    livingTogether: true, linealAscendant: true, disability: 'なし', workingStudent: false, status: '提出済み', updatedAt: '2026-11-20T10:00',
  };
  test('扶養控除等申告書: 同居・直系尊属 as はい/いいえ, 年分 and 行 as 2026 and 1 (not 2026.0), the 見積額 in yen; reads back identical', () => {
    const cells = rowCells(dependantDeclarationsTable, parent);
    const at = (key: string) => cells[dependantDeclarationsTable.columns.findIndex((c) => c.key === key)];
    expect([at('livingTogether'), at('linealAscendant'), at('workingStudent')]).toEqual(['はい', 'はい', 'いいえ']);
    expect(cells.some((c) => typeof c === 'boolean')).toBe(false);
    const format = (key: string) => numberFormatOf(column(dependantDeclarationsTable, key).kind);
    expect([format('year'), format('line'), format('estimatedIncome')]).toEqual(['0', '0', '#,##0']);
    expect(numberFormatOf(column(insuranceDeclarationsTable, 'paid').kind)).toBe('#,##0');
    const header = dependantDeclarationsTable.columns.map((c) => c.header);
    expect(parseTable(dependantDeclarationsTable, [header, cells]).rows[0]!.value).toEqual(parent);
    // an older sheet: TRUE/FALSE cells (Sheets' booleans) and 'TRUE' text read the same
    const old = cells.map((v) => (v === 'はい' ? true : v === 'いいえ' ? 'FALSE' : v));
    const read = parseTable(dependantDeclarationsTable, [header, old]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value).toEqual(parent);
  });
  test('年末調整: 12月の給与で精算 as はい; 給与設定 雇用保険加入・役員 and 勤務区分 祝日休み likewise', () => {
    expect(writeCell(column(yearEndAdjustmentsTable, 'inDecemberPay'), true)).toBe('はい');
    expect(writeCell(column(paySettingsTable, 'officer'), false)).toBe('いいえ');
    expect(readCell(column(paySettingsTable, 'employmentInsuranceEnrolled'), 'はい')).toEqual({ ok: true, value: true });
    expect(readCell(column(paySettingsTable, 'employmentInsuranceEnrolled'), true)).toEqual({ ok: true, value: true });
    expect(readCell(column(paySettingsTable, 'employmentInsuranceEnrolled'), 'たぶん')).toEqual({ ok: false, problem: 'type' });
  });
});
