/**
 * Apps Script's Blob (reference/base/blob): bytes, a content type and a name.
 */
import { AppsScriptError } from '../types';
import { decodeText, encodeText } from './charset';
import { renderPdf } from './pdf';
import { fromByteArray, toSignedBytes } from './values';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf', 'text/html': 'html', 'text/plain': 'txt', 'text/csv': 'csv',
  'application/json': 'json', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif',
  'application/zip': 'zip', 'message/rfc822': 'eml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

export function contentTypeFromName(name: string | null): string | null {
  const ext = name?.match(/\.([A-Za-z0-9]+)$/)?.[1]?.toLowerCase();
  if (!ext) return null;
  return Object.entries(EXTENSIONS).find(([, e]) => e === ext)?.[0] ?? null;
}

function baseType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Counts one file conversion against the daily quota (throws when it is used up). */
export type ConversionCounter = () => void;

export class Blob {
  private bytes: Uint8Array;
  private contentType: string | null;
  private name: string | null;
  private readonly conversions: ConversionCounter | undefined;

  constructor(bytes: Uint8Array, contentType: string | null = null, name: string | null = null, conversions?: ConversionCounter) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.name = name;
    this.conversions = conversions;
  }

  /** Bytes as a Node Uint8Array (for the emulator itself, not part of Apps Script). */
  rawBytes(): Uint8Array {
    return this.bytes;
  }

  getBlob(): Blob {
    return this;
  }
  copyBlob(): Blob {
    return new Blob(this.bytes.slice(), this.contentType, this.name);
  }
  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }
  setBytes(data: unknown): Blob {
    this.bytes = fromByteArray(data);
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): Blob {
    const type = contentTypeFromName(this.name);
    if (!type) throw new AppsScriptError(`Unable to determine the content type from the extension of ${this.name ?? 'an unnamed blob'}.`);
    this.contentType = type;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  /** "Gets the data of this blob as a String with UTF-8 encoding" unless a charset is given. */
  getDataAsString(charset?: string): string {
    return decodeText(this.bytes, charset);
  }
  setDataFromString(string: string, charset?: string): Blob {
    this.bytes = encodeText(String(string), charset);
    return this;
  }

  /**
   * reference/base/blob#getAs: "adds the appropriate extension to the filename—for example,
   * 'myfile.pdf'. However, it assumes that the part of the filename that follows the final period
   * (if any) is an existing extension that should be replaced."
   */
  getAs(contentType: string): Blob {
    const from = baseType(this.contentType);
    const to = baseType(contentType);
    let bytes: Uint8Array;
    if (from === to) bytes = this.bytes.slice();
    else if (to === 'application/pdf' && (from === 'text/html' || from === 'text/plain')) {
      const text = this.getDataAsString();
      const html = from === 'text/html' ? text : `<pre style="white-space:pre-wrap">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`;
      // guides/services/quotas, "Files converted": 2,000 a day (consumer), 4,000 (Workspace).
      this.conversions?.();
      bytes = renderPdf(html);
    } else {
      throw new AppsScriptError(`Converting from ${from || 'an unknown type'} to ${to} is not supported.`);
    }
    const ext = EXTENSIONS[to];
    const name = this.name && ext ? `${this.name.replace(/\.[^.]*$/, '')}.${ext}` : this.name;
    return new Blob(bytes, contentType, name, this.conversions);
  }
}

export function isBlob(value: unknown): value is Blob {
  return value instanceof Blob;
}

/** Anything with getBlob() (a Blob, a File, an HtmlOutput), as Apps Script's BlobSource. */
export function toBlob(source: unknown): Blob {
  if (source instanceof Blob) return source;
  const getBlob = (source as { getBlob?: () => unknown } | null)?.getBlob;
  if (typeof getBlob === 'function') {
    const blob = getBlob.call(source);
    if (blob instanceof Blob) return blob;
  }
  throw new AppsScriptError('Invalid argument: blob');
}
