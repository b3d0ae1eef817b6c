import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import { escapeHtmlAndMarkdown, escapeMarkdown, markdownCode, safeUrl, stripInvisible, truncate } from './escape.js';

/**
 * Job-summary builder with a byte budget.
 *
 * GitHub rejects a step summary larger than 1 MiB (the whole file named by
 * GITHUB_STEP_SUMMARY, per step), and shows an error instead of it. Rather than
 * pushing into `core.summary`'s buffer and hoping, sections are appended here in
 * order and measured in UTF-8 bytes; a section that does not fit is cut at a
 * clean boundary (whole table rows, list items, details blocks), every later
 * section is counted but left out, and one closing note says how much is missing
 * and where to find it.
 *
 * Text is untrusted unless wrapped in `SafeMarkdown`: plain strings passed to the
 * builder are escaped (`escapeMarkdown` in Markdown, `escapeHtml` inside HTML
 * tags), truncated and folded to one line.
 */

/** GitHub's limit for one step's summary. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Default budget: the 1 MiB limit less a safety margin (48,576 bytes). */
export const DEFAULT_SUMMARY_BUDGET_BYTES = 1_000_000;

/** Bytes kept free for the closing "not shown" note. */
const NOTE_RESERVE_BYTES = 2048;

/** Markdown that is placed as is: built by `md.*` helpers or by trusted code. */
export class SafeMarkdown {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A plain string is untrusted text (escaped on output); `SafeMarkdown` is placed as is. */
export type MarkdownText = string | SafeMarkdown;

/** UTF-8 length of a string. */
export function utf8Bytes(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

/**
 * Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a
 * character (or a surrogate pair), marking the cut with `…` when it happens.
 */
export function truncateUtf8(value: string, maxBytes: number): string {
  if (utf8Bytes(value) <= maxBytes) return value;
  const ellipsis = '…';
  const room = Math.max(0, maxBytes - utf8Bytes(ellipsis));
  const buffer = Buffer.from(value, 'utf8');
  let end = Math.min(room, buffer.length);
  // Step back over UTF-8 continuation bytes so the cut lands on a character start.
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  let cut = buffer.subarray(0, end).toString('utf8');
  // A lone high surrogate cannot come out of valid UTF-8, but guard anyway.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return maxBytes >= utf8Bytes(ellipsis) ? `${cut}${ellipsis}` : cut;
}

function foldLines(value: string): string {
  return value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}

/** Escapes a URL for use as a Markdown link destination (inside a table too). */
function linkDestination(url: string): string {
  return url.replace(/[|()<> \\`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Default length cap for one piece of untrusted text (UTF-16 units). */
export const DEFAULT_MAX_TEXT_CHARS = 1000;

/** Helpers that turn untrusted values into `SafeMarkdown`. */
export const md = {
  /** Trusted Markdown written by this code base. */
  raw(trusted: string): SafeMarkdown {
    return new SafeMarkdown(trusted);
  },
  /** Untrusted text: invisible characters removed, escaped, one line, capped. */
  text(untrusted: string, maxChars = DEFAULT_MAX_TEXT_CHARS): SafeMarkdown {
    return new SafeMarkdown(escapeMarkdown(truncate(stripInvisible(untrusted), maxChars)));
  },
  /** Untrusted text as an inline code span (`|` as an entity, so it is safe in a table cell). */
  code(untrusted: string, maxChars = DEFAULT_MAX_TEXT_CHARS): SafeMarkdown {
    return new SafeMarkdown(markdownCode(truncate(untrusted, maxChars)).replace(/\|/g, '&#124;'));
  },
  bold(value: MarkdownText): SafeMarkdown {
    return new SafeMarkdown(`**${render(value)}**`);
  },
  /**
   * A link when `url` is http(s), plain text otherwise (javascript:, data: and
   * garbage are dropped). The destination is percent-escaped so it cannot end
   * the link or a table cell early.
   */
  link(text: MarkdownText, url: string | undefined): SafeMarkdown {
    const label = render(text);
    const safe = safeUrl(url);
    if (!safe) return new SafeMarkdown(label);
    return new SafeMarkdown(`[${label}](${linkDestination(safe)})`);
  },
  join(parts: readonly MarkdownText[], separator = ' '): SafeMarkdown {
    return new SafeMarkdown(parts.map((part) => render(part)).join(separator));
  },
};

/** Untrusted text for HTML context (e.g. `<summary>`): escaped, one line, capped. */
export function htmlText(untrusted: string, maxChars = DEFAULT_MAX_TEXT_CHARS): string {
  return foldLines(escapeHtmlAndMarkdown(truncate(stripInvisible(untrusted), maxChars)));
}

function render(value: MarkdownText, maxChars = DEFAULT_MAX_TEXT_CHARS): string {
  return value instanceof SafeMarkdown ? value.text : md.text(value, maxChars).text;
}

function renderCell(value: MarkdownText, maxChars: number): string {
  // Cells must stay on one line; trusted Markdown is folded too.
  const text = foldLines(render(value, maxChars)).trim();
  return text === '' ? ' ' : text;
}

export type ColumnAlign = 'left' | 'center' | 'right';

export interface SummaryTable {
  headers: readonly MarkdownText[];
  rows: readonly (readonly MarkdownText[])[];
  align?: readonly ColumnAlign[];
  /** How many counted items each row stands for (default 1). */
  itemsPerRow?: number;
}

export interface SummaryDetails {
  /** Shown in `<summary>`: plain strings are HTML-escaped; `SafeMarkdown` must be valid inline HTML. */
  summary: MarkdownText;
  open?: boolean;
  table?: SummaryTable;
  list?: readonly MarkdownText[];
  /** Trusted Markdown after the table/list inside the block. */
  footer?: SafeMarkdown;
}

export interface SummaryOmissions {
  /** Counted items (table rows, list items) that were left out. */
  items: number;
  /** Sections left out entirely (including those without counted items). */
  sections: number;
}

export interface SummaryBuilderOptions {
  /** Maximum size of the whole summary in UTF-8 bytes (default 1,000,000). */
  budgetBytes?: number;
  /** What a counted item is called, singular and plural (default finding/findings). */
  itemNoun?: readonly [string, string];
  /** Where left-out items can be seen, e.g. "the SARIF/JSON report" (trusted text). */
  seeAlso?: string;
  /** Length cap for one untrusted value in a cell or list item (default 1000 chars). */
  maxTextChars?: number;
  /** Custom closing note (trusted Markdown) when something was left out. */
  omissionNote?: (omitted: SummaryOmissions) => string;
}

export interface SummaryResult {
  markdown: string;
  bytes: number;
  truncated: boolean;
  omitted: SummaryOmissions;
}

interface Section {
  open: string;
  units: { text: string; items: number }[];
  close: string;
}

export class SummaryBuilder {
  private readonly parts: string[] = [];
  private used = 0;
  private truncated = false;
  private omittedItems = 0;
  private omittedSections = 0;
  private readonly budget: number;
  private readonly noteReserve: number;
  private readonly noun: readonly [string, string];
  private readonly maxText: number;

  constructor(private readonly options: SummaryBuilderOptions = {}) {
    this.budget = options.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES;
    if (!Number.isFinite(this.budget) || this.budget < 0) {
      throw new RangeError(`summary budget must be a number of bytes >= 0, got ${this.budget}`);
    }
    // A tiny budget (a summary file already nearly full) leaves everything out;
    // the note is kept only when it can say something useful.
    this.noteReserve = Math.min(NOTE_RESERVE_BYTES, this.budget);
    this.noun = options.itemNoun ?? ['finding', 'findings'];
    this.maxText = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  }

  /** Bytes available for content (the closing note has its own reserve). */
  get remainingBytes(): number {
    return Math.max(0, this.contentBudget() - this.used);
  }

  get isTruncated(): boolean {
    return this.truncated;
  }

  heading(text: MarkdownText, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): this {
    return this.atomic(`${'#'.repeat(level)} ${foldLines(render(text, this.maxText))}\n\n`);
  }

  paragraph(text: MarkdownText): this {
    return this.atomic(`${render(text, this.maxText)}\n\n`);
  }

  /** Trusted Markdown block, placed whole or not at all. */
  markdown(block: SafeMarkdown, items = 0): this {
    return this.atomic(`${block.text.trimEnd()}\n\n`, items);
  }

  table(table: SummaryTable): this {
    return this.add({ open: this.tableHead(table), units: this.tableRows(table), close: '\n' });
  }

  list(items: readonly MarkdownText[], itemsPerEntry = 1): this {
    return this.add({
      open: '',
      units: items.map((item) => ({ text: `- ${renderCell(item, this.maxText)}\n`, items: itemsPerEntry })),
      close: '\n',
    });
  }

  /** A `<details>` block; with a table or list it may be cut at a row/item boundary and is always closed. */
  details(details: SummaryDetails): this {
    const summary =
      details.summary instanceof SafeMarkdown
        ? foldLines(details.summary.text)
        : htmlText(details.summary, this.maxText);
    let open = `<details${details.open ? ' open' : ''}><summary>${summary}</summary>\n\n`;
    let units: Section['units'] = [];
    if (details.table) {
      open += this.tableHead(details.table);
      units = this.tableRows(details.table);
    } else if (details.list) {
      units = details.list.map((item) => ({ text: `- ${renderCell(item, this.maxText)}\n`, items: 1 }));
    }
    const footer = details.footer ? `\n${details.footer.text}\n` : '';
    return this.add({ open, units, close: `${footer}\n</details>\n\n` });
  }

  /** The summary, with a closing note when anything was left out. */
  build(): SummaryResult {
    let markdown = this.parts.join('');
    const omitted = { items: this.omittedItems, sections: this.omittedSections };
    if (this.truncated && this.noteReserve >= 64) {
      const note = truncateUtf8(this.omissionNote(omitted), this.noteReserve - 1);
      markdown += `${note}\n`;
    }
    return { markdown, bytes: utf8Bytes(markdown), truncated: this.truncated, omitted };
  }

  private omissionNote(omitted: SummaryOmissions): string {
    if (this.options.omissionNote) return foldNote(this.options.omissionNote(omitted));
    const [one, many] = this.noun;
    const what =
      omitted.items > 0
        ? `${omitted.items.toLocaleString('en-US')} ${omitted.items === 1 ? one : many} not shown`
        : 'some sections not shown';
    const where = this.options.seeAlso ? `; see ${this.options.seeAlso}` : '';
    return `> [!NOTE]\n> This summary was cut to stay within GitHub's 1 MiB step-summary limit: ${what}${where}.`;
  }

  private contentBudget(): number {
    return this.budget - this.noteReserve;
  }

  private tableHead(table: SummaryTable): string {
    const headers = table.headers.map((h) => renderCell(h, this.maxText));
    const align = headers.map((_, i) => {
      const a = table.align?.[i];
      return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    return `| ${headers.join(' | ')} |\n| ${align.join(' | ')} |\n`;
  }

  private tableRows(table: SummaryTable): Section['units'] {
    const width = table.headers.length;
    const items = table.itemsPerRow ?? 1;
    return table.rows.map((row) => {
      const cells: string[] = [];
      for (let i = 0; i < width; i += 1) cells.push(renderCell(row[i] ?? '', this.maxText));
      return { text: `| ${cells.join(' | ')} |\n`, items };
    });
  }

  private atomic(text: string, items = 0): this {
    return this.add({ open: '', units: [{ text, items }], close: '' });
  }

  private add(section: Section): this {
    const total = section.units.reduce((sum, unit) => sum + unit.items, 0);
    if (this.truncated) {
      this.skip(total);
      return this;
    }
    const remaining = this.contentBudget() - this.used;
    const fixed = utf8Bytes(section.open) + utf8Bytes(section.close);
    const first = section.units[0];
    const minimum = fixed + (first ? utf8Bytes(first.text) : 0);
    if (minimum > remaining) {
      this.truncated = true;
      this.skip(total);
      return this;
    }
    let used = fixed;
    const kept: string[] = [section.open];
    let keptItems = 0;
    for (const unit of section.units) {
      const size = utf8Bytes(unit.text);
      if (used + size > remaining) {
        this.truncated = true;
        break;
      }
      kept.push(unit.text);
      used += size;
      keptItems += unit.items;
    }
    kept.push(section.close);
    this.parts.push(kept.join(''));
    this.used += used;
    this.omittedItems += total - keptItems;
    return this;
  }

  private skip(items: number): void {
    this.omittedItems += items;
    this.omittedSections += 1;
  }
}

function foldNote(note: string): string {
  return note.endsWith('\n') ? note.slice(0, -1) : note;
}

export interface WriteSummaryOptions {
  /** Environment to read GITHUB_STEP_SUMMARY from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where to say that the summary was not written (default core.info). */
  log?: (message: string) => void;
}

function describePath(value: string): string {
  return foldLines(stripInvisible(value));
}

/**
 * Bytes a summary may still use in this step: the budget less what is already
 * in the GITHUB_STEP_SUMMARY file (other steps' tools may have written there).
 */
export async function availableSummaryBytes(
  budgetBytes = DEFAULT_SUMMARY_BUDGET_BYTES,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return budgetBytes;
  try {
    const stat = await fs.stat(file);
    return Math.max(0, budgetBytes - stat.size);
  } catch {
    return budgetBytes;
  }
}

/**
 * Appends `markdown` to the file named by GITHUB_STEP_SUMMARY. Returns false
 * (after an info message) when the variable is unset, the file cannot be
 * written, or the result would exceed GitHub's 1 MiB limit; never throws for
 * those, as a missing summary must not fail a scan.
 */
export async function writeJobSummary(markdown: string, options: WriteSummaryOptions = {}): Promise<boolean> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((message: string) => core.info(message));
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    log('GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner?); the job summary was not written.');
    return false;
  }
  try {
    let existing = 0;
    try {
      existing = (await fs.stat(file)).size;
    } catch {
      existing = 0;
    }
    const size = utf8Bytes(markdown);
    if (existing + size > STEP_SUMMARY_LIMIT_BYTES) {
      log(
        `The job summary (${size} bytes) would take the step summary file past GitHub's 1 MiB limit ` +
          `(${existing} bytes already there); it was not written.`,
      );
      return false;
    }
    await fs.appendFile(file, markdown, { encoding: 'utf8' });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`Could not write the job summary to ${describePath(file)}: ${describePath(reason)}`);
    return false;
  }
}

/**
 * The job summary of a step that could not finish (a tool that crashed, a
 * report that could not be read, a download that failed): what did not
 * happen and why, so that a missing verdict is never read as a pass.
 */
export function failureSummaryMarkdown(title: string, message: string, budgetBytes = 16_384): string {
  const builder = new SummaryBuilder({ budgetBytes });
  builder.heading(md.text(title, 200), 2);
  builder.paragraph(md.raw(':x: **Not completed:** no result was produced.'));
  builder.paragraph(md.text(message, 4000));
  return builder.build().markdown;
}
