/**
 * A workbook written before the readable forms (issue 15 item 5): cells typed the old way (所定労働日 as
 * monday,friday, 設定 労災保険率 as JSON) still read, and 初期設定 run again rewrites them as the
 * sheet now shows them (月,金, one line an entry), the values unchanged.
 */
import { ADMIN, newCompany } from '../support/company';
import { sheetValues } from '../support/digest';
import { Bridge } from '../../src/local/sandbox/bridge';
import { SETTING_DEFAULTS } from '../../src/addon/settings';

test('old cells read, and 初期設定 rewrites them in words', () => {
  const c = newCompany();
  c.rpc('saveMasterRows', { table: 'workRules', rows: [{ code: 'STD', name: '通常', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,tuesday', publicHolidaysOff: false, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false }] }, ADMIN);
  const bridge = new Bridge(c);
  // 勤務区分 row 2, F 所定労働日 (columns as 初期設定 made them; 祝日休み's dropdown now refuses a typed TRUE, so the
  // old yes/no cells are covered by tests/schema/labels.test.ts)
  expect(bridge.editCell('勤務区分', 2, 6, 'monday,friday', ADMIN).error).toBeUndefined();
  const wcRow = Object.keys(SETTING_DEFAULTS).indexOf('payroll.workersCompensation') + 2;
  const json = JSON.stringify([{ from: '2024-04-01', industry: '94 その他の各種事業', ratePerMille: '3', source: '厚生労働省「労災保険率表」' }]);
  expect(bridge.editCell('設定', wcRow, 2, json, ADMIN).error).toBeUndefined();
  // the old cells read: the check finds nothing wrong
  expect(c.run('kanriCheck', [], { kind: 'menu', user: ADMIN }).value).toMatchObject({ errors: [] });
  c.call('kanriSetUp', [], { kind: 'menu', user: ADMIN });
  const sheets = sheetValues(c.dir);
  expect(sheets['勤務区分']![1]!.slice(5, 7)).toEqual(['月,金', 'いいえ']);
  expect(sheets['設定']![wcRow - 1]!.slice(0, 2)).toEqual(['労災保険率', '2024-04-01から：94 その他の各種事業 1000分の3（出典：厚生労働省「労災保険率表」）']);
});
