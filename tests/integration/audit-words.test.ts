/**
 * 監査ログ reads in Japanese (issue 15 item 5): a row added is 「見出し：値」 lines with the table's headers and
 * codes as labels; a change shows the column's value before and after as the sheet shows it; the action is
 * a word (追加, 変更, 締めの解除), not a code; no cell is JSON.
 */
import { sheetValues } from '../support/digest';
import { ADMIN, newCompany } from '../support/company';

test('added and changed rows, and a reopen, in words', () => {
  const c = newCompany();
  const rule = { code: 'STD', name: '通常勤務', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false };
  c.rpc('saveMasterRows', { table: 'workRules', rows: [rule] }, ADMIN);
  const employee = { code: 'E001', name: '山田 花子', kana: 'ヤマダ ハナコ', email: 'e001@example.jp', department: '設計', employmentType: 'regular', hireDate: '2026-10-31', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400, sex: '女' };
  c.rpc('saveMasterRows', { table: 'employees', rows: [employee] }, ADMIN);
  c.rpc('saveMasterRows', { table: 'employees', rows: [{ ...employee, employmentType: 'partTime' }] }, ADMIN);
  c.rpc('saveMasterRows', { table: 'workRules', rows: [{ ...rule, workdays: 'monday,tuesday,wednesday,thursday' }] }, ADMIN);
  c.rpc('closeAttendance', { month: '2026-10' }, ADMIN);
  c.rpc('reopenAttendance', { month: '2026-10', reason: '打刻漏れの訂正' }, ADMIN);

  const audit = sheetValues(c.dir)['監査ログ']!;
  const h = audit[0]!;
  const rows = audit.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [String(k), String(r[i] ?? '')])) as Record<string, string>);
  const added = rows.find((r) => r['表'] === '従業員' && r['操作'] === '追加')!;
  expect(added['変更後']!.split('\n')).toEqual(expect.arrayContaining(['社員番号：E001', '氏名：山田 花子', '雇用形態：正社員', '入社日：2026-10-31']));
  const changed = rows.find((r) => r['表'] === '従業員' && r['操作'] === '変更')!;
  expect([changed['列'], changed['変更前'], changed['変更後']]).toEqual(['雇用形態', '正社員', 'パート・アルバイト']);
  const days = rows.find((r) => r['表'] === '勤務区分' && r['操作'] === '変更')!;
  expect([days['列'], days['変更前'], days['変更後']]).toEqual(['所定労働日', '月,火,水,木,金', '月,火,水,木']);
  const closed = rows.find((r) => r['表'] === '締め状態' && r['操作'] === '追加')!;
  expect(closed['行キー']).toMatch(/^勤怠\/2026-10\/2026-\d\d-\d\d \d\d:\d\d\/締め済み$/);
  expect(closed['変更後']).toContain('状態：締め済み');
  expect(rows.some((r) => r['操作'] === '締めの解除' && r['行キー'] === '勤怠/2026-10' && r['理由'] === '打刻漏れの訂正')).toBe(true);
  // no JSON and no internal code in any row
  for (const r of rows) {
    expect(`${r['変更前']}${r['変更後']}`).not.toMatch(/^[[{]|"[a-zA-Z]+":/);
    expect(r['操作']).not.toMatch(/^(append|update|reopen)$/);
    expect(r['変更後']).not.toMatch(/regular|monday|attendance|closed/);
  }
});
