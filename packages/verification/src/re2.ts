/**
 * One regular-expression language for the gate and the admission exports.
 *
 * Identity patterns (`certificate-identity-regexp`) are exported verbatim to
 * Kyverno and the Sigstore policy-controller, which compile them with Go's
 * RE2 (`regexp` package). JavaScript's RegExp accepts constructs RE2 does not
 * (lookarounds, backreferences, `\u`, `\c`, identity escapes of letters) and
 * reads some shared syntax differently (`.` and `\s` over other line breaks
 * and Unicode spaces, a class starting with `]`, `[[:alpha:]]`, code units
 * instead of code points). So a pattern is accepted only when it lies in the
 * part of the syntax both engines read the same way, and the gate evaluates a
 * translation with RE2's meaning:
 *
 *   - `.` matches any character except `\n` (RE2 without the `s` flag);
 *   - `\s` / `\S` are RE2's `[\t\n\f\r ]` and its complement;
 *   - the RegExp is compiled with the `u` flag (code points, like RE2's UTF-8);
 *   - `^` and `$` are the ends of the text (neither engine in multi-line mode).
 *
 * Refused, each with the reason: lookahead/lookbehind, backreferences and
 * octal escapes, named groups, inline flags, `\p{…}`, `\Q…\E`, `\A`, `\z`,
 * `\x{…}`, `\u`, `\c`, unknown letter escapes, POSIX classes, a class that
 * starts with `]`, an unescaped `{` that is not a repetition, repetition counts
 * above RE2's limit of 1000 (nested counts multiply, as in RE2).
 */

/** A pattern outside the syntax RE2 and JavaScript read the same way. */
export class Re2SyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Re2SyntaxError';
  }
}

/** A pattern neither engine accepts. */
function invalid(message: string): SyntaxError {
  return new SyntaxError(`Invalid regular expression: ${message}`);
}

/** RE2's limit on a repetition count (and on the product of nested counts). */
export const RE2_MAX_REPEAT = 1000;

const SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);
const RE2_SPACE = '\\t\\n\\f\\r ';

function isAsciiAlnum(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

/** A literal character, written so that a `u`-mode RegExp reads it as itself (outside a class). */
function literal(c: string): string {
  return SYNTAX.has(c) ? `\\${c}` : c;
}

/** A literal character inside a class. */
function classLiteral(c: string): string {
  return SYNTAX.has(c) || c === '-' ? `\\${c}` : c;
}

interface Escape {
  /** JavaScript (`u` mode) text with RE2's meaning. */
  text: string;
  /** How many characters of the pattern it used (after the backslash). */
  length: number;
  /** A single character (usable as a class range end). */
  single: boolean;
}

/** Reads the escape after a backslash at `i` (pattern[i] is the character after `\`). */
function readEscape(pattern: string, i: number, inClass: boolean): Escape {
  const c = pattern[i];
  if (c === undefined) throw invalid('it ends with a lone backslash');
  if (!isAsciiAlnum(c)) {
    if (c.charCodeAt(0) > 0x7f) throw new Re2SyntaxError(`\\${c}: escape only ASCII punctuation`);
    return { text: inClass ? classLiteral(c) : literal(c), length: 1, single: true };
  }
  switch (c) {
    case 'd':
    case 'D':
    case 'w':
    case 'W':
      return { text: `\\${c}`, length: 1, single: false };
    case 's':
      return { text: inClass ? RE2_SPACE : `[${RE2_SPACE}]`, length: 1, single: false };
    case 'S':
      if (inClass) throw new Re2SyntaxError('\\S inside a character class: write the class without it');
      return { text: `[^${RE2_SPACE}]`, length: 1, single: false };
    case 'b':
    case 'B':
      if (inClass)
        throw new Re2SyntaxError(`\\${c} inside a character class (a backspace in JavaScript, an error in RE2)`);
      return { text: `\\${c}`, length: 1, single: false };
    case 't':
    case 'n':
    case 'r':
    case 'f':
    case 'v':
      return { text: `\\${c}`, length: 1, single: true };
    case 'x': {
      const hex = /^[0-9A-Fa-f]{2}/.exec(pattern.slice(i + 1, i + 3));
      if (!hex) throw new Re2SyntaxError('\\x needs exactly two hex digits (\\x{…} is RE2-only)');
      return { text: `\\x${hex[0]}`, length: 3, single: true };
    }
    default:
      break;
  }
  if (/[0-9]/.test(c)) throw new Re2SyntaxError(`\\${c}: backreferences (and octal escapes) are not RE2`);
  if (c === 'k') throw new Re2SyntaxError('\\k<…>: named backreferences are not RE2');
  if (c === 'p' || c === 'P')
    throw new Re2SyntaxError(
      `\\${c}{…}: Unicode classes read differently in RE2 and JavaScript; spell the characters out`,
    );
  if (c === 'Q' || c === 'E' || c === 'A' || c === 'z' || c === 'C')
    throw new Re2SyntaxError(`\\${c} is RE2-only (JavaScript reads it as the letter)`);
  if (c === 'u' || c === 'c') throw new Re2SyntaxError(`\\${c} is JavaScript-only (RE2 refuses it)`);
  throw new Re2SyntaxError(`\\${c} is not an escape RE2 knows (escape only punctuation)`);
}

interface Group {
  /** The largest product of counted repetitions inside the group so far. */
  inner: number;
}

/** The translation's state while it walks the pattern. */
interface Translation {
  out: string;
  /** The repetition product of the last atom (for a count that applies to it). */
  lastAtom: number;
  canRepeat: boolean;
  stack: Group[];
}

/** What one step of the walk consumed and wrote. */
interface Step {
  text: string;
  length: number;
}

/**
 * The JavaScript source (for `new RegExp(source, 'u')`) with the RE2 meaning of
 * `pattern`; throws Re2SyntaxError for what is outside the common syntax.
 */
export function re2ToJavaScript(pattern: string): string {
  const state: Translation = { out: '', lastAtom: 1, canRepeat: false, stack: [{ inner: 1 }] };
  for (let i = 0; i < pattern.length;) i += translateOne(pattern, i, state);
  if (state.stack.length > 1) throw invalid('a ( is not closed');
  return state.out;
}

/** Translates the construct at pattern[i] into state; returns how many characters it consumed. */
function translateOne(pattern: string, i: number, state: Translation): number {
  const c = pattern[i]!;
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return atom(state, surrogatePair(pattern, i));
  switch (c) {
    case '\\': {
      const escape = readEscape(pattern, i + 1, false);
      const length = atom(state, { text: escape.text, length: 1 + escape.length });
      state.canRepeat = !/^\\[bB]$/.test(escape.text);
      return length;
    }
    case '.':
      return atom(state, { text: '[^\\n]', length: 1 });
    case '[': {
      const { text, end } = readClass(pattern, i);
      return atom(state, { text, length: end - i });
    }
    case '(': {
      const open = openGroup(pattern, i);
      state.out += open.text;
      state.stack.push({ inner: 1 });
      state.canRepeat = false;
      return open.length;
    }
    case ')':
      return closeGroup(state);
    case '|':
    case '^':
    case '$':
      state.out += c;
      state.canRepeat = false;
      return 1;
    case '*':
    case '+':
    case '?':
    case '{':
      return repetition(pattern, i, state);
    case ']':
    case '}':
      return atom(state, { text: `\\${c}`, length: 1 });
    default:
      return atom(state, { text: literal(c), length: 1 });
  }
}

/** Appends a single (repeatable, count-1) atom. */
function atom(state: Translation, step: Step): number {
  state.out += step.text;
  state.lastAtom = 1;
  state.canRepeat = true;
  return step.length;
}

/** A surrogate pair at pattern[i], or an error for a lone surrogate. */
function surrogatePair(pattern: string, i: number): Step {
  const code = pattern.charCodeAt(i);
  const next = pattern.charCodeAt(i + 1);
  if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff))
    throw new Re2SyntaxError('it holds a lone UTF-16 surrogate');
  return { text: pattern.slice(i, i + 2), length: 2 };
}

/** The opening of a group at pattern[i] === '(': only plain and non-capturing groups are common syntax. */
function openGroup(pattern: string, i: number): Step {
  if (pattern[i + 1] !== '?') return { text: '(', length: 1 };
  if (pattern[i + 2] === ':') return { text: '(?:', length: 3 };
  const rest = pattern.slice(i + 2, i + 4);
  if (rest.startsWith('=') || rest.startsWith('!') || rest === '<=' || rest === '<!') {
    throw new Re2SyntaxError(`(?${rest.startsWith('<') ? rest : rest[0]}…): lookahead and lookbehind are not RE2`);
  }
  if (rest.startsWith('<') || rest.startsWith('P'))
    throw new Re2SyntaxError('named groups read differently in RE2 and JavaScript; use (?:…)');
  throw new Re2SyntaxError(
    'inline flags such as (?i) are not JavaScript (and a case-insensitive identity is not what you want)',
  );
}

/** Closes the innermost group; the group's repetition product becomes the last atom's. */
function closeGroup(state: Translation): number {
  if (state.stack.length === 1) throw invalid('a ) has no matching (');
  const group = state.stack.pop()!;
  const top = state.stack[state.stack.length - 1]!;
  state.out += ')';
  state.lastAtom = group.inner;
  top.inner = Math.max(top.inner, group.inner);
  state.canRepeat = true;
  return 1;
}

/** The quantifier at pattern[i] (`*`, `+`, `?` or a count), with RE2's limits on counts. */
function repetition(pattern: string, i: number, state: Translation): number {
  const { quantifier: base, count } = readQuantifier(pattern, i);
  if (!state.canRepeat) throw invalid(`${base} has nothing to repeat`);
  let quantifier = base;
  let end = i + base.length;
  if (pattern[end] === '?') {
    quantifier += '?';
    end += 1;
  }
  if (pattern[end] === '*' || pattern[end] === '+' || pattern[end] === '?' || pattern[end] === '{') {
    throw new Re2SyntaxError(
      `${quantifier}${pattern[end]}: a repetition of a repetition (possessive or nested) is not RE2`,
    );
  }
  if (count > 0) {
    const product = state.lastAtom * count;
    if (product > RE2_MAX_REPEAT)
      throw new Re2SyntaxError(
        `nested repetition counts multiply to ${product}, above RE2's limit of ${RE2_MAX_REPEAT}`,
      );
    const top = state.stack[state.stack.length - 1]!;
    top.inner = Math.max(top.inner, product);
  }
  state.out += quantifier;
  state.canRepeat = false;
  return end - i;
}

/** The quantifier text at pattern[i] and its largest count (0 for `*`, `+`, `?`). */
function readQuantifier(pattern: string, i: number): { quantifier: string; count: number } {
  const c = pattern[i]!;
  if (c !== '{') return { quantifier: c, count: 0 };
  const match = /^\{(\d{1,7})(,(\d{0,7}))?\}/.exec(pattern.slice(i));
  if (!match) throw new Re2SyntaxError('a { that is not a repetition {n}, {n,} or {n,m}: escape it as \\{');
  const min = Number(match[1]);
  const max = match[3] ? Number(match[3]) : undefined;
  if (min > RE2_MAX_REPEAT || (max !== undefined && max > RE2_MAX_REPEAT))
    throw new Re2SyntaxError(`a repetition count above ${RE2_MAX_REPEAT} (RE2's limit)`);
  if (max !== undefined && max < min) throw invalid(`the repetition {${min},${max}} counts backwards`);
  return { quantifier: match[0], count: max ?? min };
}

/** Reads the class starting at pattern[start] === '['; returns its JavaScript text and the index after it. */
function readClass(pattern: string, start: number): { text: string; end: number } {
  let i = start + 1;
  let text = '[';
  if (pattern[i] === '^') {
    text += '^';
    i += 1;
  }
  if (pattern[i] === ']')
    throw new Re2SyntaxError(
      'a class starting with ] (a literal ] in RE2, an empty class in JavaScript): escape it as \\]',
    );
  let items = 0;
  /** Whether the previous item was a single character (a range can start there). */
  let previousSingle = false;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === ']') {
      if (items === 0) throw invalid('an empty character class');
      return { text: `${text}]`, end: i + 1 };
    }
    if (c === '[') {
      if (pattern[i + 1] === ':' || pattern[i + 1] === '=' || pattern[i + 1] === '.') {
        throw new Re2SyntaxError('POSIX classes such as [[:alpha:]] are RE2-only: spell the range out ([A-Za-z])');
      }
      throw new Re2SyntaxError('an unescaped [ inside a class: escape it as \\[');
    }
    if (c === '-' && previousSingle && pattern[i + 1] !== ']') {
      // A range: the end must be a single character too.
      const endChar = pattern[i + 1]!;
      let endText: string;
      let used: number;
      if (endChar === '\\') {
        const escape = readEscape(pattern, i + 2, true);
        if (!escape.single) throw new Re2SyntaxError('a class range ends in a class escape such as \\d');
        endText = escape.text;
        used = 2 + escape.length;
      } else if (endChar === '[') {
        throw new Re2SyntaxError('an unescaped [ inside a class: escape it as \\[');
      } else {
        endText = classLiteral(endChar);
        used = 2;
      }
      text += `-${endText}`;
      i += used;
      previousSingle = false;
      items += 1;
      continue;
    }
    if (c === '\\') {
      const escape = readEscape(pattern, i + 1, true);
      text += escape.text;
      i += 1 + escape.length;
      previousSingle = escape.single;
      items += 1;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = pattern.charCodeAt(i + 1);
      if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff))
        throw new Re2SyntaxError('it holds a lone UTF-16 surrogate');
      text += pattern.slice(i, i + 2);
      i += 2;
      previousSingle = true;
      items += 1;
      continue;
    }
    text += classLiteral(c);
    i += 1;
    previousSingle = true;
    items += 1;
  }
  throw invalid('a [ is not closed');
}

/**
 * The pattern anchored at both ends, as RE2 (and so Kyverno and
 * policy-controller, which receive `^(?:pattern)$`) reads it. Throws
 * Re2SyntaxError for a pattern outside the common syntax, SyntaxError for
 * one neither engine accepts.
 */
export function re2AnchoredRegExp(pattern: string): RegExp {
  return new RegExp(`^(?:${re2ToJavaScript(pattern)})$`, 'u');
}
