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
