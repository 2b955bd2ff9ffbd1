/**
 * `HtmlService` (reference/html/html-service, guides/html/templates): HTML outputs and templates.
 * Templates: `<?= expr ?>` prints with contextual escaping (HTML-escaped in markup, a JavaScript
 * literal inside <script>), `<?!= expr ?>` prints raw, `<? code ?>` runs code; the template's own
 * properties and the script's global functions are in scope.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CallStats } from '../types';
import { AppsScriptError } from '../types';
import { Blob } from './blob';
import { encodeText } from './charset';
import type { ServiceEnvironment } from './environment';

export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
/** HtmlOutput#addMetaTag accepts only these names (reference/html/html-output#addMetaTag). */
const META_NAMES = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

export function escapeHtml(value: unknown): string {
  return (value === null || value === undefined ? '' : String(value))
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A value printed inside <script>: a JavaScript literal that cannot close the element. */
export function escapeScript(value: unknown): string {
  const json = JSON.stringify(value === undefined ? null : value) ?? 'null';
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

class HtmlOutputMetaTag {
  constructor(private readonly name: string, private readonly content: string) {}
  getName() {
    return this.name;
  }
  getContent() {
    return this.content;
  }
}

export class HtmlOutput {
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl: string | null = null;
  private readonly metaTags: HtmlOutputMetaTag[] = [];
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  sandboxMode: string = SandboxMode.IFRAME;

  constructor(content = '') {
    this.content = content;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this;
  }
  clear(): HtmlOutput {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = Number(height);
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    if (!META_NAMES.includes(String(name))) throw new AppsScriptError(`Invalid argument: name. Meta tag "${name}" is not allowed.`);
    this.metaTags.push(new HtmlOutputMetaTag(String(name), String(content)));
    return this;
  }
  getMetaTags(): HtmlOutputMetaTag[] {
    return [...this.metaTags];
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    if (!Object.values(XFrameOptionsMode).includes(mode as never)) throw new AppsScriptError('Invalid argument: mode');
    this.xFrameOptionsMode = mode;
    return this;
  }
  /** Every mode is IFRAME today ("NATIVE and EMULATED ... now fall back to IFRAME"). */
  setSandboxMode(mode: string): HtmlOutput {
    this.sandboxMode = mode;
    return this;
  }
  getSandboxMode(): string {
    return SandboxMode.IFRAME;
  }
  setFaviconUrl(url: string): HtmlOutput {
    this.faviconUrl = String(url);
    return this;
  }
  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }
  getBlob(): Blob {
    return new Blob(encodeText(this.content, 'UTF-8'), 'text/html', this.title ? `${this.title}.html` : null);
  }
  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this.content, () => undefined);
  }
}

type Segment = { kind: 'text' | 'print' | 'raw' | 'code'; text: string; inScript: boolean };

function parseTemplate(source: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  let markup = '';
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      segments.push({ kind: 'text', text: source.slice(i), inScript: false });
      break;
    }
    if (open > i) segments.push({ kind: 'text', text: source.slice(i, open), inScript: false });
    markup += source.slice(i, open);
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw new AppsScriptError('Unterminated scriptlet: missing ?>');
    const body = source.slice(open + 2, close);
    const lower = markup.toLowerCase();
    const inScript = lower.lastIndexOf('<script') > lower.lastIndexOf('</script');
    if (body.startsWith('!=')) segments.push({ kind: 'raw', text: body.slice(2), inScript });
    else if (body.startsWith('=')) segments.push({ kind: 'print', text: body.slice(1), inScript });
    else segments.push({ kind: 'code', text: body, inScript });
    i = close + 2;
  }
  return segments;
}

function compile(source: string): string {
  const lines = parseTemplate(source).map((s) => {
    if (s.kind === 'text') return `__out.push(${JSON.stringify(s.text)});`;
    if (s.kind === 'raw') return `__out.push(__raw(${s.text}));`;
    if (s.kind === 'print') return `__out.push(${s.inScript ? '__js' : '__html'}(${s.text}));`;
    return `${s.text}\n`;
  });
  return `var __out = [];\nwith (__scope) {\n${lines.join('\n')}\n}\nreturn __out.join('');`;
}

const TEMPLATE_METHODS = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);

export class HtmlTemplate {
  [variable: string]: unknown;

  constructor(source: string, globals: () => Record<string, unknown> | undefined) {
    Object.defineProperty(this, '__source', { value: source, enumerable: false });
    Object.defineProperty(this, '__globals', { value: globals, enumerable: false });
  }
  getRawContent(): string {
    return this.__source as string;
  }
  getCode(): string {
    return compile(this.__source as string);
  }
  getCodeWithComments(): string {
    return this.getCode();
  }
  evaluate(): HtmlOutput {
    const data = this as Record<string, unknown>;
    const globals = (this.__globals as () => Record<string, unknown> | undefined)() ?? {};
    const scope = new Proxy({} as Record<string, unknown>, {
      has: (_t, key) => typeof key === 'string' && !TEMPLATE_METHODS.has(key) && (Object.prototype.hasOwnProperty.call(data, key) || key in globals),
      get: (_t, key) => {
        if (key === Symbol.unscopables) return undefined;
        if (typeof key !== 'string') return undefined;
        return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : globals[key];
      },
      set: (_t, key, value) => {
        data[key as string] = value;
        return true;
      },
    });
    let fn: (scope: unknown, html: unknown, js: unknown, raw: unknown) => string;
    try {
      fn = new Function('__scope', '__html', '__js', '__raw', compile(this.__source as string)) as typeof fn;
    } catch (e) {
      throw new AppsScriptError(`SyntaxError in template: ${(e as Error).message}`);
    }
    const raw = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    return new HtmlOutput(fn(scope, escapeHtml, escapeScript, raw));
  }
}

export function createHtmlService(env: ServiceEnvironment, stats: CallStats): Record<string, unknown> {
  const rec = (m: string) => stats.record(`HtmlService.${m}`, 0);
  const globals = () => env.scriptGlobals;
  function readFile(name: string): string {
    const file = path.join(env.buildDir, String(name).endsWith('.html') ? String(name) : `${name}.html`);
    if (!fs.existsSync(file)) throw new AppsScriptError(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
  return {
    XFrameOptionsMode, SandboxMode,
    createHtmlOutput(html?: unknown): HtmlOutput {
      rec('createHtmlOutput');
      if (html && typeof (html as Blob).getDataAsString === 'function') return new HtmlOutput((html as Blob).getDataAsString());
      return new HtmlOutput(html === undefined ? '' : String(html));
    },
    createHtmlOutputFromFile(filename: string): HtmlOutput {
      rec('createHtmlOutputFromFile');
      return new HtmlOutput(readFile(filename));
    },
    createTemplate(html: unknown): HtmlTemplate {
      rec('createTemplate');
      const text = html && typeof (html as Blob).getDataAsString === 'function' ? (html as Blob).getDataAsString() : String(html);
      return new HtmlTemplate(text, globals);
    },
    createTemplateFromFile(filename: string): HtmlTemplate {
      rec('createTemplateFromFile');
      return new HtmlTemplate(readFile(filename), globals);
    },
  };
}
