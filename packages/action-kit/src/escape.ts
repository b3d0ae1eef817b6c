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

/**
 * Characters that render as nothing (or as blank space that is not a space)
 * and so can hide text, smuggle instructions or reorder what a reader sees:
 * - C0/C1 controls except tab and newline;
 * - U+00AD soft hyphen, U+034F combining grapheme joiner, U+061C Arabic letter mark;
 * - Hangul fillers U+115F, U+1160, U+3164, U+FFA0; Khmer U+17B4, U+17B5;
 *   Mongolian free variation selectors and vowel separator U+180B–U+180F;
 * - U+200B–U+200F zero-width space/joiners and LRM/RLM; U+2028/U+2029 are
 *   left to the callers that fold lines;
 * - U+202A–U+202E bidi embeddings and overrides; U+2060–U+206F word joiner,
 *   invisible operators, bidi isolates (U+2066–U+2069) and deprecated format
 *   characters;
 * - U+FEFF byte order mark; U+FFF9–U+FFFB interlinear annotation;
 * - U+1D173–U+1D17A musical formatting; U+E0000–U+E007F tag characters
 *   ("ASCII smuggling"); U+E0100–U+E01EF variation selectors supplement.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching these characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** Removes bidi overrides, zero-width and other characters that hide or reorder text (see {@link INVISIBLE}). */
export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}

/**
 * An `@` that GitHub would turn into a mention (`@user`, `@org/team`): one
 * at the start or after a non-word character (GitHub's mention filter needs
 * `^` or `\W` before the `@`, so `repo@sha256:…`, `release.yml@refs/…` and
 * e-mail addresses are never mentions and stay byte-for-byte copyable) and
 * followed by a letter, digit or `-`/`_`. A zero-width space after the `@`
 * breaks the mention (GitHub links and notifies only `@` directly followed by
 * the name) and keeps the text readable; copying it yields the same name with
 * an invisible character in it, which is the point.
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_-])/g;

/**
 * Plain text GitHub shows as text (check-run titles and annotations): no
 * mention is linked or notified. Apply after {@link stripInvisible}, which
 * would remove the separator again.
 */
export function neutralizeMentions(value: string): string {
  return value.replace(MENTION, '@\u200B');
}

/** Plain untrusted text for GitHub: invisible characters removed, then mentions neutralised. */
export function plainText(value: string): string {
  return neutralizeMentions(stripInvisible(value));
}

/**
 * Text placed inside HTML elements (the summary's <details>, <td>...):
 * invisible characters removed, HTML escaped, and mentions neutralised with a
 * zero-width space written as an entity (so a later stripInvisible of the
 * Markdown cannot undo it; GitHub decodes it to the character).
 */
export function escapeHtml(value: string): string {
  return stripInvisible(value)
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(MENTION, '@&#8203;');
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
  return (
    escapeHtml(value)
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
      .replace(/[\\`*_[\]|~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
      // What would open a block at the start of a line: a heading, a quote, a list item.
      .replace(
        /^(\s*)(#|>|[+-](?=\s|$)|=+\s*$)/,
        (_m, space: string, c: string) => `${space}&#${c.charCodeAt(0)};${c.slice(1)}`,
      )
      .replace(/^(\s*\d+)([.)])(?=\s|$)/, (_m, digits: string, c: string) => `${digits}&#${c.charCodeAt(0)};`)
  );
}

/**
 * Text for inline HTML (<code>, <b>, <summary>): HTML-escaped, and the characters that
 * make Markdown links, images, emphasis or code written as entities, since Markdown
 * still applies inside inline HTML. Entities render as the characters themselves.
 */
export function escapeHtmlAndMarkdown(value: string): string {
  return escapeHtml(value).replace(/[\\`*_[\]~]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
}

/**
 * A command meant to be copied from the summary, as a `<pre><code>` block:
 * invisible characters dropped, line breaks folded to spaces (one line: no
 * value can start a block), HTML and the Markdown characters written as
 * entities (nothing can close the block or render), and NO mention
 * separator — GitHub links and notifies no mention inside `<pre>`/`<code>`,
 * and a zero-width space after the `@` of `…/x.yml@refs/heads/main` would be
 * copied into the identity, which cosign and gh then refuse (found by running
 * the summary's commands with the real tools, test/interop).
 */
export function commandBlock(command: string): string {
  const clean = stripInvisible(command)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/[\\`*_[\]~|]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
  return `<pre><code>${clean}</code></pre>`;
}

/** Inline code span that cannot be broken out of. */
export function markdownCode(value: string): string {
  const clean = stripInvisible(value).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
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
