/**
 * Reading a big JSON report without building its whole object tree.
 *
 * Scanner reports are one object whose bulk is a single array (Trivy's
 * `Results`). `JSON.parse` of a 300 MB report holds the decoded text, the
 * complete tree and then the model at once (≈ 5× the file in RSS);
 * {@link splitTopLevelObject} instead finds the byte ranges of that array's
 * elements with a small structural scan (strings, escapes and nesting only),
 * so that each element can be decoded and parsed on its own, turned into
 * findings and dropped.
 *
 * It never decides what valid JSON is: every piece it hands out is parsed by
 * `JSON.parse`, and the punctuation between the pieces is checked strictly.
 * Whatever it cannot split (not an object, a syntax error, a truncated file)
 * it returns as undefined; the caller then parses the whole document as
 * before, which yields `JSON.parse`'s own error message.
 */

export interface SplitObject {
  /** Every member of the top-level object except the split array, parsed (the last duplicate key wins, as in JSON.parse). */
  fields: Record<string, unknown>;
  /** When the (last) member named `arrayKey` is an array: the byte ranges [start, end) of its elements, in order. */
  items?: Array<[number, number]>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

class NotSplittable extends Error {}

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Byte-level cursor over one document. */
class Scanner {
  readonly text: Buffer;
  constructor(bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  skipSpace(i: number): number {
    const t = this.text;
    while (isSpace(t[i])) i++;
    return i;
  }

  expect(i: number, byte: number): number {
    if (this.text[i] !== byte) throw new NotSplittable();
    return i + 1;
  }

  /** `i` at an opening quote → just past the closing quote. */
  endOfString(i: number): number {
    const t = this.text;
    let j = i;
    for (;;) {
      j = t.indexOf(QUOTE, j + 1);
      if (j < 0) throw new NotSplittable();
      let backslashes = 0;
      for (let k = j - 1; t[k] === BACKSLASH; k--) backslashes++;
      if (backslashes % 2 === 0) return j + 1;
    }
  }

  /** `i` at the first byte of a value → just past it. Brackets are only counted; JSON.parse checks the piece. */
  endOfValue(i: number): number {
    const t = this.text;
    const first = t[i];
    if (first === QUOTE) return this.endOfString(i);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      const n = t.length;
      for (let j = i; j < n; j++) {
        const b = t[j]!;
        if (b === QUOTE) {
          j = this.endOfString(j) - 1;
        } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
          depth++;
        } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return j + 1;
        }
      }
      throw new NotSplittable();
    }
    // number, true, false, null
    let j = i;
    while (j < t.length) {
      const b = t[j]!;
      if (isSpace(b) || b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET) break;
      j++;
    }
    if (j === i) throw new NotSplittable();
    return j;
  }

  /**
   * `i` at `open` → just past its `close`: the comma-separated members
   * between them, each read by `member` (called at its first byte, returning
   * just past it).
   */
  sequence(i: number, open: number, close: number, member: (start: number) => number): number {
    i = this.skipSpace(this.expect(i, open));
    if (this.text[i] === close) return i + 1;
    for (;;) {
      i = this.skipSpace(member(i));
      if (this.text[i] !== COMMA) return this.expect(i, close);
      i = this.skipSpace(i + 1);
    }
  }

  parse(start: number, end: number): unknown {
    return JSON.parse(this.text.toString('utf8', start, end));
  }
}

/**
 * Splits a JSON document whose top level is an object, parsing every member
 * but `arrayKey`, and locating the elements of `arrayKey` when it is an
 * array. Undefined when the document is anything else or not well-formed
 * around the pieces (elements are checked when the caller parses them with
 * {@link parseRange}).
 */
export function splitTopLevelObject(bytes: Uint8Array, arrayKey: string): SplitObject | undefined {
  const s = new Scanner(bytes);
  try {
    const fields: Record<string, unknown> = {};
    let items: Array<[number, number]> | undefined;
    const end = s.sequence(s.skipSpace(0), OPEN_BRACE, CLOSE_BRACE, (start) => {
      if (s.text[start] !== QUOTE) throw new NotSplittable();
      const keyEnd = s.endOfString(start);
      const key = s.parse(start, keyEnd) as string;
      const valueStart = s.skipSpace(s.expect(s.skipSpace(keyEnd), COLON));
      if (key === arrayKey && s.text[valueStart] === OPEN_BRACKET) {
        const found: Array<[number, number]> = [];
        const arrayEnd = s.sequence(valueStart, OPEN_BRACKET, CLOSE_BRACKET, (element) => {
          const elementEnd = s.endOfValue(element);
          found.push([element, elementEnd]);
          return elementEnd;
        });
        items = found;
        delete fields[key];
        return arrayEnd;
      }
      const valueEnd = s.endOfValue(valueStart);
      // defineProperty: a "__proto__" member is an own property, as JSON.parse makes it.
      Object.defineProperty(fields, key, {
        value: s.parse(valueStart, valueEnd),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (key === arrayKey) items = undefined;
      return valueEnd;
    });
    if (s.skipSpace(end) !== s.text.length) return undefined;
    return items === undefined ? { fields } : { fields, items };
  } catch {
    // NotSplittable or a SyntaxError from a piece: the whole-document parse reports it.
    return undefined;
  }
}

/** JSON.parse of bytes [start, end) of `bytes` (UTF-8). Throws SyntaxError like JSON.parse. */
export function parseRange(bytes: Uint8Array, [start, end]: [number, number]): unknown {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end));
}

/**
 * A copy of `value` that shares no memory with the text it was parsed from.
 * V8 hands out long strings taken from a bigger one as slices that keep the
 * whole parent alive; a model built from per-element parses would otherwise
 * keep every element's text (≈ the report's size) for as long as it lives.
 * Concatenation + slice forces a flat copy of just these characters.
 */
export function detachString(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}
