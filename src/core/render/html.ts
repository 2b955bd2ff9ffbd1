/**
 * HTML for documents that leave the back office (payslips, ledgers as PDF). Every string that comes
 * from data (names, labels, notes, the company name) goes through `escapeHtml`; nothing else builds markup.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute value (both quote kinds). */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Escaped text with line breaks kept as <br> (notes). */
export function escapeHtmlLines(text: string): string {
  return String(text).split(/\r\n|\r|\n/).map(escapeHtml).join('<br>');
}

/**
 * Font stack of every printed document: the Debian/Google Japanese fonts first (the local emulator renders
 * with Chromium and Noto Sans CJK JP), then the usual desktop fonts.
 */
export const DOCUMENT_FONT_STACK = `"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif`;

/** A complete, self-contained HTML document (inline CSS, no external resource). `title` and `lang` are escaped here. */
export function htmlDocument(lang: string, title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The CSS Kanri's printed documents may use. Google does not document what its HTML → PDF converter
 * (Blob.getAs('application/pdf')) supports (docs/APPS-SCRIPT-NOTES.md), so documents keep to CSS 2.1
 * that any print engine has: type, element and descendant selectors (no `>`, `+`, `~`, `*`,
 * pseudo-classes or attribute selectors) and the properties below; `@page` only as a size/margin
 * hint.
 */
const SAFE_PROPERTIES = new Set([
  'font-family', 'font-size', 'font-weight', 'color', 'background', 'background-color', 'border', 'border-top',
  'border-right', 'border-bottom', 'border-left', 'border-collapse', 'padding', 'padding-top', 'padding-right',
  'padding-bottom', 'padding-left', 'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'text-align', 'vertical-align', 'width', 'white-space', 'letter-spacing', 'table-layout', 'line-height',
  'page-break-after', 'page-break-before', 'page-break-inside',
]);

/** Each rule or declaration of `css` outside that subset (empty when the document is safe). */
export function unsafeCss(css: string): string[] {
  const problems: string[] = [];
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of body.matchAll(/@([a-z-]+)/gi)) if (m[1]!.toLowerCase() !== 'page') problems.push(`@${m[1]!}: at-rule`);
  for (const m of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = m[1]!.trim();
    const declarations = m[2]!.split(';').map((d) => d.trim()).filter(Boolean);
    if (selector.startsWith('@')) {
      for (const d of declarations) if (!/^(size|margin)\s*:/.test(d)) problems.push(`@page { ${d} }`);
      continue;
    }
    for (const part of selector.split(',').map((s) => s.trim())) {
      if (!/^[a-z0-9]*(\.[a-z][a-z0-9-]*)*(\s+[a-z0-9]*(\.[a-z][a-z0-9-]*)*)*$/i.test(part) || part === '') problems.push(`${part}: selector`);
    }
    for (const d of declarations) {
      const property = d.split(':')[0]!.trim().toLowerCase();
      if (!SAFE_PROPERTIES.has(property)) problems.push(`${selector} { ${d} }`);
    }
  }
  return problems;
}
