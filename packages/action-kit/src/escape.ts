/**
 * Escaping for text that came from somewhere we do not control (tool reports,
 * package names, file paths) before it reaches a workflow command, Markdown or HTML.
 */

/** Workflow command data (message part): the runner's own escaping. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command property values (file=, title=). */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Removes bidi overrides, zero-width and other control characters that hide or reorder text. */
export function stripInvisible(value: string): string {
  // C0/C1 controls except tab/newline, bidi embeddings/overrides/isolates, zero-width chars, BOM.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '');
}

/** Text placed inside HTML elements (the summary's <details>, <td>...). */
export function escapeHtml(value: string): string {
  return stripInvisible(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const MARKDOWN_ENTITIES: Record<string, string> = {
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '~': '&#126;',
};

/**
 * Text placed in Markdown (including table cells): HTML-escaped, newlines
 * folded to spaces so a value can never start a new block, table row or
 * heading, and the characters that make emphasis, code, links, strike-through
 * or cell breaks written as numeric entities. Entities (not backslashes) keep
 * the HTML escapes intact: `\&#39;` would show as text.
 */
export function escapeMarkdown(value: string): string {
  return escapeHtml(value)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
    // What would open a block at the start of a line: a heading, a quote, a list item.
    .replace(/^(\s*)(#|>|[+-](?=\s|$)|=+\s*$)/, (_m, space: string, c: string) => `${space}&#${c.charCodeAt(0)};${c.slice(1)}`)
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, (_m, digits: string, c: string) => `${digits}&#${c.charCodeAt(0)};`);
}

/**
 * Text for inline HTML (<code>, <b>, <summary>): HTML-escaped, and the characters that
 * make Markdown links, images, emphasis or code written as entities, since Markdown
 * still applies inside inline HTML. Entities render as the characters themselves.
 */
export function escapeHtmlAndMarkdown(value: string): string {
  return escapeHtml(value).replace(/[\\`*_[\]~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
}

/** Inline code span that cannot be broken out of. */
export function markdownCode(value: string): string {
  const clean = stripInvisible(value).replace(/\r\n|\r|\n/g, ' ');
  return `<code>${escapeHtmlAndMarkdown(clean)}</code>`;
}

/** Truncates to at most `max` characters (UTF-16 units), marking the cut. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 1))}…`;
}

/** Allows http(s) URLs only; anything else (javascript:, data:) is dropped. */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}
