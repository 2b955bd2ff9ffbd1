import { dueTriggers, recordTick } from '../../../src/local/emulator/services';
import { harness } from './harness';

const TOKYO = (iso: string) => new Date(`${iso}+09:00`);

describe('ScriptApp triggers', () => {
  test('triggers persist with their creator; 20 per user per script, with Apps Script\'s error', () => {
    const h = harness();
    for (let i = 0; i < 20; i++) h.g.ScriptApp.newTrigger(`job${i}`).timeBased().everyHours(1).create();
    expect(() => h.g.ScriptApp.newTrigger('one_more').timeBased().everyDays(1).create())
      .toThrow('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const other = harness({ dir: h.dir, execution: { effectiveUser: 'other@example.co.jp' } });
    const t = other.g.ScriptApp.newTrigger('mine').timeBased().everyDays(1).atHour(9).create();
    expect(other.g.ScriptApp.getProjectTriggers().map((x: any) => x.getHandlerFunction())).toEqual(['mine']);
    expect(h.g.ScriptApp.getProjectTriggers()).toHaveLength(20);
    expect(t.getTriggerSource()).toBe(h.g.ScriptApp.TriggerSource.CLOCK);
    expect(t.getEventType()).toBe('CLOCK');
    expect(h.env.read((s) => s.triggers.find((x) => x.id === t.getUniqueId())?.creator)).toBe('other@example.co.jp');
    other.g.ScriptApp.deleteTrigger(t);
    expect(other.g.ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  test('everyMinutes accepts only 1, 5, 10, 15 or 30', () => {
    const b = harness().g.ScriptApp.newTrigger('f').timeBased();
    expect(() => b.everyMinutes(2)).toThrow(/1, 5, 10, 15 or 30/);
    expect(() => b.everyMinutes(15)).not.toThrow();
  });

  test('a daily trigger at 9 fires once a day at one minute between 9:00 and 10:00 Tokyo time', () => {
    const h = harness();
    h.clock.now = TOKYO('2025-04-01T12:00:00');
    h.g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(9).create();
    const due = h.env.read((s) => dueTriggers(s, TOKYO('2025-04-01T12:00:00'), TOKYO('2025-04-04T12:00:00')));
    expect(due.map((d) => d.trigger.handler)).toEqual(['dailyCheck', 'dailyCheck', 'dailyCheck']);
    const minutes = due.map((d) => h.g.Utilities.formatDate(d.at, 'Asia/Tokyo', 'yyyy-MM-dd HH:mm'));
    expect(minutes.map((m: string) => m.slice(0, 13))).toEqual(['2025-04-02 09', '2025-04-03 09', '2025-04-04 09']);
    expect(new Set(minutes.map((m: string) => m.slice(14))).size).toBe(1); // the same minute every day
  });

  test('every 15 minutes, weekly on Monday, monthly on the 31st, one-off after', () => {
    const h = harness();
    h.clock.now = TOKYO('2025-02-01T00:00:00');
    h.g.ScriptApp.newTrigger('quarter').timeBased().everyMinutes(15).create();
    h.g.ScriptApp.newTrigger('monday').timeBased().onWeekDay(h.g.ScriptApp.WeekDay.MONDAY).atHour(8).create();
    h.g.ScriptApp.newTrigger('endOfMonth').timeBased().onMonthDay(31).atHour(7).create();
    h.g.ScriptApp.newTrigger('once').timeBased().after(90 * 60_000).create();
    const count = (from: string, to: string, name: string) =>
      h.env.read((s) => dueTriggers(s, TOKYO(from), TOKYO(to))).filter((d) => d.trigger.handler === name).length;
    expect(count('2025-02-01T00:00:00', '2025-02-01T01:00:00', 'quarter')).toBe(4);
    // February 2025: Mondays 3, 10, 17, 24
    expect(count('2025-02-01T00:00:00', '2025-03-01T00:00:00', 'monday')).toBe(4);
    expect(count('2025-02-01T00:00:00', '2025-03-01T00:00:00', 'endOfMonth')).toBe(0); // no 31 February
    expect(count('2025-03-01T00:00:00', '2025-04-01T00:00:00', 'endOfMonth')).toBe(1);
    expect(count('2025-02-01T00:00:00', '2025-02-01T01:00:00', 'once')).toBe(0);
    expect(count('2025-02-01T01:00:00', '2025-02-01T02:00:00', 'once')).toBe(1);
  });

  test('the last tick is recorded; spreadsheet triggers never fire by time; getService().getUrl()', () => {
    const h = harness({ webAppBaseUrl: 'http://localhost:9999/exec' });
    h.g.ScriptApp.newTrigger('onOpenInstalled').forSpreadsheet('sheet-id').onOpen().create();
    expect(h.env.read((s) => dueTriggers(s, TOKYO('2025-01-01T00:00:00'), TOKYO('2026-01-01T00:00:00')))).toEqual([]);
    recordTick(h.env, TOKYO('2025-04-01T09:30:00'));
    expect(h.env.read((s) => s.lastTick)).toBe('2025-04-01T00:30:00.000Z');
    expect(h.g.ScriptApp.getService().getUrl()).toBe('http://localhost:9999/exec');
  });
});
