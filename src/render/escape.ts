/**
 * Escaping for the renderers. Everything a report shows from records (unit names, ids,
 * reasons) is untrusted: a partner or unit named `<script>` must come out as text.
 */

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML (and inline SVG) text content and for double- or single-quoted
 * attribute values, so it can never open a tag, close an attribute or start an entity.
 * @param text - Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
 * @example escapeHtml('<script>alert("x")</script>') // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * @category Render
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

/**
 * Escapes text for a Markdown table cell (or any inline Markdown). Pipes would split the
 * cell, and a newline would end the row, so newlines become spaces: `<br>` would be
 * shown as text by renderers that turn raw HTML off, and those are the ones this guards.
 * Backslashes and the characters that open emphasis, code, links or strikethrough are
 * backslash-escaped, so a name such as `[x](javascript:…)` stays text. `&`, `<` and `>`
 * become character references, which every CommonMark renderer decodes and none turns
 * into a tag, so a name such as `<script>` cannot inject HTML when the Markdown is
 * rendered.
 * @param text - Any text.
 * @returns The text, safe inside `| … |`.
 * @example escapeMarkdownCell('a|b\nc <b>') // 'a\\|b c &lt;b&gt;'
 * @category Render
 * @internal
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, ' ');
}
