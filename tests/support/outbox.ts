/** Reads a company's emulated outbox and checks Kanri's mail rule: one addressee per mail, no Cc, no Bcc. */
import { readOutbox, type OutboxMail } from '../../src/local/emulator/services';

export function outbox(dir: string): OutboxMail[] {
  return readOutbox(dir);
}

/** Every mail has exactly one To address and no Cc/Bcc; returns the mails. */
export function expectOneAddresseeEach(dir: string): OutboxMail[] {
  const mails = readOutbox(dir);
  for (const m of mails) {
    expect({ file: m.file, to: m.to.length, cc: m.cc, bcc: m.bcc }).toEqual({ file: m.file, to: 1, cc: [], bcc: [] });
  }
  return mails;
}
