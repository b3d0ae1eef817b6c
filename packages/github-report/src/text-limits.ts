/**
 * Cutting Markdown to an API's size limit: at a line break when one is near
 * the limit (so a table row or list item is not split), never inside a
 * surrogate pair, with a closing note that says what happened.
 */

import { truncateUtf8, utf8Bytes } from '@scs/action-kit';

/** How far back from the limit a line break is looked for. */
const LINE_BREAK_WINDOW = 4000;

function cleanCut(text: string): string {
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}

function atLineBreak(cut: string): string {
  const newline = cut.lastIndexOf('\n');
  return newline >= 0 && cut.length - newline <= LINE_BREAK_WINDOW ? cut.slice(0, newline) : cut;
}

export interface Trimmed {
  text: string;
  truncated: boolean;
}

/** At most `maxChars` UTF-16 code units (≥ the characters GitHub counts), ending with `note` when cut. */
export function trimToChars(text: string, maxChars: number, note: string): Trimmed {
  if (text.length <= maxChars) return { text, truncated: false };
  const room = Math.max(0, maxChars - note.length);
  return { text: `${atLineBreak(cleanCut(text.slice(0, room)))}${note}`.slice(0, maxChars), truncated: true };
}

/** At most `maxBytes` UTF-8 bytes (which also bounds the character count), ending with `note` when cut. */
export function trimToBytes(text: string, maxBytes: number, note: string): Trimmed {
  if (utf8Bytes(text) <= maxBytes) return { text, truncated: false };
  const room = Math.max(0, maxBytes - utf8Bytes(note));
  // truncateUtf8 marks its cut with "…"; the note replaces that marker.
  const cut = truncateUtf8(text, room + utf8Bytes('…')).replace(/…$/, '');
  return { text: `${atLineBreak(cut)}${note}`, truncated: true };
}
