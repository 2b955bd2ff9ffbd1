/** The heartbeat: late means more than 26 hours (a daily trigger's hour window plus a margin; Kanri's choice). */
import { heartbeatState, HEARTBEAT_MAX_MINUTES } from '../../../src/core/routine/heartbeat';

test('26 h exactly is on time; one minute more is stale; never run is notInstalled', () => {
  expect(HEARTBEAT_MAX_MINUTES).toBe(26 * 60);
  expect(heartbeatState('2026-11-26T06:40', '2026-11-27T08:40')).toBe('ok');
  expect(heartbeatState('2026-11-26T06:40', '2026-11-27T08:41')).toBe('stale');
  expect(heartbeatState('2026-12-31T06:00', '2027-01-01T09:00')).toBe('stale'); // across a year
  expect(heartbeatState(null, '2026-11-27T08:41')).toBe('notInstalled');
});

test('installed but never run: notYetRun, never ok (「定期処理の状態」 must not say it runs); late: stale', () => {
  expect(heartbeatState('2026-11-26T10:00', '2026-11-26T10:05', true)).toBe('notYetRun');
  expect(heartbeatState('2026-11-26T10:00', '2026-11-27T12:01', true)).toBe('stale');
});
