/**
 * `MailApp` (reference/mail/mail-app): each mail is an RFC 822 message (MIME, UTF-8, base64 parts)
 * written to `<dir>/outbox/`. Quotas (guides/services/quotas): recipients a day per user (100
 * consumer, 1,500 Workspace; To, Cc and Bcc each count), 50 recipients a message, body 200/400 kB.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CallStats, ExecutionOptions } from '../types';
import { AppsScriptError } from '../types';
import { toBlob, type Blob } from './blob';
import { modelledCost } from './costs';
import type { ServiceEnvironment } from './environment';
import { formatDate } from './format-date';
import { currentWindow } from './quota';
import { isPlainObject } from './values';
import { writePrivateFile } from '../../store/private-files';

export const RECIPIENTS_PER_MESSAGE = 50;
export const ATTACHMENTS_LIMIT_BYTES = 25 * 1024 * 1024;
const EMAIL = /^[^\s@,<>"]+@[^\s@,<>"]+\.[^\s@,<>"]+$/;

interface MailMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments: Blob[];
}

function splitAddresses(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return String(value).split(',').map((a) => a.trim()).filter((a) => a !== '');
}

function checkAddress(address: string): void {
  const bare = address.match(/<([^>]+)>\s*$/)?.[1] ?? address;
  if (!EMAIL.test(bare)) throw new AppsScriptError(`Invalid email: ${address}`);
}

function encodeWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? ['']).join('\r\n');
}

function textPart(type: 'plain' | 'html', text: string): string {
  return `Content-Type: text/${type}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(text, 'utf8'))}\r\n`;
}

function boundary(): string {
  return `kanri-${crypto.randomBytes(12).toString('hex')}`;
}

export function toEml(message: MailMessage, from: string, date: Date, messageId: string): string {
  const headers = [
    `From: ${message.name ? `${encodeWord(message.name)} <${from}>` : from}`,
    `To: ${message.to.join(', ')}`,
    ...(message.cc.length ? [`Cc: ${message.cc.join(', ')}`] : []),
    // Kept in the outbox copy so tests can see who was blind-copied; a real transfer strips it.
    ...(message.bcc.length ? [`Bcc: ${message.bcc.join(', ')}`] : []),
    ...(message.replyTo ? [`Reply-To: ${message.replyTo}`] : []),
    `Subject: ${encodeWord(message.subject)}`,
    `Date: ${formatDate(date, 'Asia/Tokyo', 'EEE, dd MMM yyyy HH:mm:ss Z')}`,
    `Message-ID: <${messageId}>`,
    'MIME-Version: 1.0',
  ];
  let body = message.htmlBody !== undefined
    ? (() => {
        const b = boundary();
        return `Content-Type: multipart/alternative; boundary="${b}"\r\n\r\n--${b}\r\n${textPart('plain', message.body)}--${b}\r\n${textPart('html', message.htmlBody)}--${b}--\r\n`;
      })()
    : textPart('plain', message.body);
  if (message.attachments.length) {
    const b = boundary();
    const parts = message.attachments.map((a, i) => {
      const name = a.getName() ?? `attachment${i + 1}`;
      const type = a.getContentType() ?? 'application/octet-stream';
      return `Content-Type: ${type}; name="${encodeWord(name)}"\r\nContent-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(name)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(a.rawBytes())}\r\n`;
    });
    body = `Content-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\n${body}${parts.map((p) => `--${b}\r\n${p}`).join('')}--${b}--\r\n`;
  }
  return `${headers.join('\r\n')}\r\n${body}`;
}

function parseArgs(args: unknown[]): MailMessage {
  let m: Record<string, unknown>;
  if (args.length === 1 && isPlainObject(args[0])) m = args[0];
  else if (args.length === 4 && typeof args[3] === 'string') m = { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
  else if (args.length >= 3) m = { ...(isPlainObject(args[3]) ? args[3] : {}), to: args[0], subject: args[1], body: args[2] };
  else throw new AppsScriptError("The parameters () don't match the method signature for MailApp.sendEmail.");
  const attachments = m.attachments === undefined ? [] : Array.isArray(m.attachments) ? m.attachments.map(toBlob) : [toBlob(m.attachments)];
  return {
    to: splitAddresses(m.to), cc: splitAddresses(m.cc), bcc: splitAddresses(m.bcc),
    subject: m.subject === undefined || m.subject === null ? '' : String(m.subject),
    body: m.body === undefined || m.body === null ? '' : String(m.body),
    ...(m.htmlBody !== undefined ? { htmlBody: String(m.htmlBody) } : {}),
    ...(m.name !== undefined ? { name: String(m.name) } : {}),
    ...(m.replyTo ? { replyTo: String(m.replyTo) } : {}),
    ...(m.noReply ? { noReply: true } : {}),
    attachments,
  };
}

export function createMailApp(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  const sender = () => execution.effectiveUser;
  return {
    sendEmail(...args: unknown[]): void {
      stats.record('MailApp.sendEmail', modelledCost.mail);
      const message = parseArgs(args);
      const recipients = [...message.to, ...message.cc, ...message.bcc];
      if (recipients.length === 0) throw new AppsScriptError('Failed to send email: no recipient');
      recipients.forEach(checkAddress);
      if (message.replyTo) checkAddress(message.replyTo);
      if (recipients.length > RECIPIENTS_PER_MESSAGE) throw new AppsScriptError('Limit Exceeded: Email Recipients Per Message.');
      const bodyBytes = Buffer.byteLength(message.body) + Buffer.byteLength(message.htmlBody ?? '');
      if (bodyBytes > env.mailBodyBytes) throw new AppsScriptError('Limit Exceeded: Email Body Size.');
      if (message.attachments.reduce((n, a) => n + a.rawBytes().length, 0) > ATTACHMENTS_LIMIT_BYTES) {
        throw new AppsScriptError('Limit Exceeded: Email Total Attachments Size.');
      }
      const now = execution.now();
      const seq = env.update((state) => {
        const window = currentWindow(state.mailQuota[sender()], now.getTime());
        if (window.used + recipients.length > env.mailDailyRecipients) throw new AppsScriptError('Service invoked too many times for one day: email.');
        state.mailQuota[sender()] = { ...window, used: window.used + recipients.length };
        return ++state.mailSequence;
      });
      const from = message.noReply ? `noreply@${sender().split('@')[1] ?? 'example.com'}` : sender();
      const eml = toEml(message, from, now, `${crypto.randomUUID()}@kanri.local`);
      const file = path.join(env.outboxDir, `${String(seq).padStart(6, '0')}-${formatDate(now, 'Asia/Tokyo', "yyyyMMdd'T'HHmmss")}.eml`);
      writePrivateFile(file, eml);
    },
    getRemainingDailyQuota(): number {
      stats.record('MailApp.getRemainingDailyQuota', modelledCost.mail);
      return env.read((state) => env.mailDailyRecipients - currentWindow(state.mailQuota[sender()], execution.now().getTime()).used);
    },
  };
}

// ---- Reading the outbox back (tests, the sandbox's mail viewer) ----

export interface OutboxAttachment {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface OutboxMail {
  file: string;
  headers: Record<string, string>;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  subject: string;
  date: string;
  text: string;
  html: string | null;
  attachments: OutboxAttachment[];
}

function decodeWords(text: string): string {
  return text.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

interface Part {
  headers: Record<string, string>;
  body: Buffer;
}

function leafParts(raw: string): Part[] {
  const split = raw.indexOf('\r\n\r\n');
  const headers = parseHeaders(raw.slice(0, split));
  const content = raw.slice(split + 4);
  const type = headers['content-type'] ?? 'text/plain';
  const b = type.match(/boundary="([^"]+)"/)?.[1];
  if (b) {
    return content.split(`--${b}`).slice(1, -1).flatMap((p) => leafParts(p.replace(/^\r\n/, '')));
  }
  const body = headers['content-transfer-encoding'] === 'base64' ? Buffer.from(content.replace(/\s+/g, ''), 'base64') : Buffer.from(content, 'utf8');
  return [{ headers, body }];
}

export function readOutbox(dir: string): OutboxMail[] {
  const outbox = path.join(dir, 'outbox');
  if (!fs.existsSync(outbox)) return [];
  return fs.readdirSync(outbox).filter((f) => f.endsWith('.eml')).sort().map((f) => {
    const raw = fs.readFileSync(path.join(outbox, f), 'utf8');
    const headers = parseHeaders(raw.slice(0, raw.indexOf('\r\nContent-Type:')));
    const parts = leafParts(raw.slice(raw.indexOf('Content-Type:', raw.indexOf('MIME-Version'))));
    const mail: OutboxMail = {
      file: path.join(outbox, f), headers, from: decodeWords(headers.from ?? ''),
      to: splitAddresses(headers.to), cc: splitAddresses(headers.cc), bcc: splitAddresses(headers.bcc),
      replyTo: headers['reply-to'] ?? '', subject: decodeWords(headers.subject ?? ''), date: headers.date ?? '',
      text: '', html: null, attachments: [],
    };
    for (const p of parts) {
      const disposition = p.headers['content-disposition'] ?? '';
      const type = (p.headers['content-type'] ?? '').split(';')[0]!.trim();
      if (disposition.startsWith('attachment')) {
        const name = decodeURIComponent(disposition.match(/filename\*=UTF-8''(\S+)/)?.[1] ?? '');
        mail.attachments.push({ name, contentType: type, bytes: p.body });
      } else if (type === 'text/html') mail.html = p.body.toString('utf8');
      else mail.text = p.body.toString('utf8');
    }
    return mail;
  });
}
