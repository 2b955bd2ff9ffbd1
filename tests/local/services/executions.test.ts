/** "Simultaneous executions: 30 per user" (guides/services/quotas), across processes of one folder. */
import fs from 'node:fs';
import path from 'node:path';
import { enterExecution, SIMULTANEOUS_EXECUTIONS_PER_USER, TOO_MANY_EXECUTIONS } from '../../../src/local/emulator/services/executions';
import { harness } from './harness';

test('the 31st simultaneous execution of one user fails; another user and a finished one free a place', () => {
  const h = harness();
  expect(SIMULTANEOUS_EXECUTIONS_PER_USER).toBe(30);
  const running = Array.from({ length: 30 }, () => enterExecution(h.env, 'owner@example.co.jp'));
  expect(() => enterExecution(h.env, 'owner@example.co.jp')).toThrow(TOO_MANY_EXECUTIONS);
  const other = enterExecution(h.env, 'admin2@example.co.jp');
  running.pop()!();
  const again = enterExecution(h.env, 'owner@example.co.jp');
  for (const leave of [...running, other, again]) leave();
  expect(fs.readdirSync(path.join(h.dir, '.kanri/running'))).toEqual([]);
});

test('executions of a process that died do not count', () => {
  const h = harness();
  const dir = path.join(h.dir, '.kanri/running');
  fs.mkdirSync(dir, { recursive: true });
  const leave = enterExecution(h.env, 'owner@example.co.jp');
  const mine = fs.readdirSync(dir)[0]!.split('.')[0]!;
  // 30 markers of a process id that is not running (pid 2^22 + 1 is above Linux's pid_max default).
  for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `${mine}.4194305.dead-${i}`), '');
  const next = enterExecution(h.env, 'owner@example.co.jp');
  expect(fs.readdirSync(dir).length).toBe(2);
  leave();
  next();
});
