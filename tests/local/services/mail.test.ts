import fs from 'node:fs';
import { readOutbox } from '../../../src/local/emulator/services';
import { harness } from './harness';

// guides/services/quotas: "Email recipients per day" 100 (consumer) / 1,500 (Workspace);
// "Email recipients per message" 50; quotas reset 24 hours after the first request.
describe('MailApp', () => {
  test('a mail with HTML body and attachments is written to the outbox as MIME', () => {
    const h = harness();
    const csv = h.g.Utilities.newBlob('氏名,金額\n山田,1000\n', 'text/csv', '振込.csv');
    h.g.MailApp.sendEmail('yamada@example.co.jp', '4月分 給与明細', 'テキスト本文', {
      htmlBody: '<b>HTML本文</b>', cc: 'keiri@example.co.jp', bcc: 'audit@example.co.jp', name: '管理部', attachments: [csv],
    });
    const [mail] = readOutbox(h.dir);
    expect(mail).toMatchObject({
      to: ['yamada@example.co.jp'], cc: ['keiri@example.co.jp'], bcc: ['audit@example.co.jp'],
      subject: '4月分 給与明細', text: 'テキスト本文', html: '<b>HTML本文</b>', from: '管理部 <admin@example.co.jp>',
      date: 'Tue, 01 Apr 2025 09:00:00 +0900',
    });
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]).toMatchObject({ name: '振込.csv', contentType: 'text/csv' });
    expect(mail!.attachments[0]!.bytes.toString('utf8')).toBe('氏名,金額\n山田,1000\n');
    const raw = fs.readFileSync(mail!.file, 'utf8');
    expect(raw).toContain('MIME-Version: 1.0');
    expect(raw).toContain('Content-Transfer-Encoding: base64');
  });

  test('the message-object form and the 4-string form', () => {
    const h = harness();
    h.g.MailApp.sendEmail({ to: 'a@example.co.jp,b@example.co.jp', subject: 's', body: 'b', replyTo: 'r@example.co.jp' });
    h.g.MailApp.sendEmail('c@example.co.jp', 'reply@example.co.jp', 'subject', 'body');
    const [m1, m2] = readOutbox(h.dir);
    expect(m1!.to).toEqual(['a@example.co.jp', 'b@example.co.jp']);
    expect(m1!.replyTo).toBe('r@example.co.jp');
    expect(m2).toMatchObject({ to: ['c@example.co.jp'], replyTo: 'reply@example.co.jp', subject: 'subject', text: 'body' });
    expect(h.g.MailApp.getRemainingDailyQuota()).toBe(1500 - 3);
  });

  test('a consumer account sends to 100 recipients a day, then fails until 24 h after the first send', () => {
    const h = harness({ accountType: 'consumer' });
    expect(h.g.MailApp.getRemainingDailyQuota()).toBe(100);
    const fifty = Array.from({ length: 50 }, (_, i) => `u${i}@example.co.jp`).join(',');
    h.g.MailApp.sendEmail(fifty, 's', 'b');
    h.clock.now = new Date(h.clock.now.getTime() + 3600_000);
    h.g.MailApp.sendEmail(fifty, 's', 'b');
    expect(h.g.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => h.g.MailApp.sendEmail('x@example.co.jp', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(readOutbox(h.dir)).toHaveLength(2);
    h.clock.now = new Date(Date.parse('2025-04-02T00:00:00Z'));
    expect(h.g.MailApp.getRemainingDailyQuota()).toBe(100);
    h.g.MailApp.sendEmail('x@example.co.jp', 's', 'b');
  });

  test('51 recipients in one message fail; bad addresses fail', () => {
    const h = harness();
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.co.jp`);
    expect(() => h.g.MailApp.sendEmail({ to: many.slice(0, 40).join(','), cc: many.slice(40).join(','), subject: 's', body: 'b' }))
      .toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(() => h.g.MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(readOutbox(h.dir)).toHaveLength(0);
    expect(h.g.MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  test('the quota belongs to the sending (effective) user', () => {
    const h = harness({ mailDailyRecipients: 1 });
    h.g.MailApp.sendEmail('a@example.co.jp', 's', 'b');
    expect(() => h.g.MailApp.sendEmail('a@example.co.jp', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    const other = harness({ dir: h.dir, mailDailyRecipients: 1, execution: { effectiveUser: 'other@example.co.jp' } });
    other.g.MailApp.sendEmail('a@example.co.jp', 's', 'b');
  });
});
