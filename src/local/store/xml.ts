/**
 * A small XML tokenizer (enough for OOXML parts: elements, attributes, text, CDATA, entities;
 * namespace prefixes dropped from element names) and the escaping the writer needs.
 */

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) attrs[m[1] as string] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

export function parseXml(xml: string, h: XmlHandlers): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (h.text && i < n) h.text(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i && h.text) h.text(decodeEntities(xml.slice(i, lt)));
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      i = xml.indexOf('?>', lt) + 2;
    } else if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (h.text) h.text(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (c === 33 /* ! */) {
      i = xml.indexOf('>', lt) + 1;
    } else if (c === 47 /* / */) {
      const end = xml.indexOf('>', lt);
      if (h.close) h.close(localName(xml.slice(lt + 2, end).trim()));
      i = end + 1;
    } else {
      // Find the end of the tag, skipping '>' inside quoted attribute values.
      let j = lt + 1;
      let quote = 0;
      for (; j < n; j++) {
        const ch = xml.charCodeAt(j);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62 /* > */) break;
      }
      const selfClosing = xml.charCodeAt(j - 1) === 47;
      const body = xml.slice(lt + 1, selfClosing ? j - 1 : j);
      const sp = body.search(/\s/);
      const name = localName(sp < 0 ? body : body.slice(0, sp));
      h.open(name, sp < 0 ? {} : parseAttrs(body.slice(sp)), selfClosing);
      if (selfClosing && h.close) h.close(name);
      i = j + 1;
    }
    if (i <= 0) break;
  }
}

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A tree, for the small parts (workbook, rels, styles, custom properties). */
export function parseXmlTree(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parseXml(xml, {
    open(name, attrs) {
      const node: XmlNode = { name, attrs, children: [], text: '' };
      (stack[stack.length - 1] as XmlNode).children.push(node);
      stack.push(node);
    },
    close() {
      if (stack.length > 1) stack.pop();
    },
    text(t) {
      (stack[stack.length - 1] as XmlNode).text += t;
    },
  });
  return root;
}

export function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * OOXML text: characters XML 1.0 cannot carry are written _xHHHH_ (ECMA-376 Part 1, §22.9.2.19
 * ST_Xstring), and a literal "_xHHHH_" is protected as "_x005F_xHHHH_".
 */
export function encodeOoxmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(t);
}

export function decodeOoxmlText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
