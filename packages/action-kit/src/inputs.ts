import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from './errors.js';
import { assertConfined, isWithin } from './paths.js';

/**
 * Typed, validated input readers. Every input an action reads goes through
 * `rawInput`, which records the name so a contract test can compare the set of
 * inputs read against the ones action.yml declares.
 */

const inputsRead = new Set<string>();

/** Names read since the last reset (contract tests). */
export function getInputsRead(): ReadonlySet<string> {
  return inputsRead;
}

export function resetInputsRead(): void {
  inputsRead.clear();
}

/** The trimmed raw value of an input ('' when unset). */
export function rawInput(name: string): string {
  inputsRead.add(name);
  return core.getInput(name, { trimWhitespace: true });
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F\u2028\u2029]/;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  // Control, line-separator, bidi and zero-width characters are shown as escapes: an error message
  // must neither break into lines nor hide or reorder what the user typed.
  return `'${shown.replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`)}'`;
}

export interface StringOptions {
  required?: boolean;
  /** Upper bound on length; default 4096. */
  maxLength?: number;
  /** Value must match (anchored by the caller). */
  pattern?: RegExp;
  /** Shown in the error when `pattern` does not match. */
  patternDescription?: string;
}

/** A single-line string; control characters and newlines are refused. '' when unset and not required. */
export function getString(name: string, options: StringOptions = {}): string {
  const value = rawInput(name);
  if (!value) {
    if (options.required) throw new ConfigurationError(`Input \`${name}\` is required and was empty.`);
    return '';
  }
  assertSingleLine(name, value);
  const max = options.maxLength ?? 4096;
  if (value.length > max) {
    throw new ConfigurationError(`Input \`${name}\` is ${value.length} characters long; at most ${max} are accepted.`);
  }
  if (options.pattern && !options.pattern.test(value)) {
    const expected = options.patternDescription ? ` It must be ${options.patternDescription}.` : '';
    throw new ConfigurationError(`Input \`${name}\` has an invalid value ${quote(value)}.${expected}`);
  }
  return value;
}

export function assertSingleLine(name: string, value: string): void {
  if (CONTROL.test(value)) {
    throw new ConfigurationError(
      `Input \`${name}\` contains a newline or control character; it must be a single line of printable text.`,
    );
  }
}

/** `true` or `false` (YAML 1.2 core schema spellings, as @actions/core accepts). */
export function getBoolean(name: string): boolean {
  const value = rawInput(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError(`Input \`${name}\` must be true or false; got ${quote(value)}.`);
}

/** One value of an allow-list (case-insensitive, returned in its canonical spelling). */
export function getEnum<T extends string>(name: string, allowed: readonly T[]): T {
  const value = rawInput(name);
  const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (match === undefined) {
    throw new ConfigurationError(`Input \`${name}\` must be one of ${allowed.join(', ')}; got ${quote(value)}.`);
  }
  return match;
}

/**
 * A list separated by commas and/or newlines; blanks dropped, duplicates removed,
 * order kept. With `allowed`, every item must be in it.
 */
export function getList(name: string): string[];
export function getList<T extends string>(name: string, allowed: readonly T[]): T[];
export function getList(name: string, allowed?: readonly string[]): string[] {
  const value = rawInput(name);
  if (CONTROL_EXCEPT_NEWLINE.test(value)) {
    throw new ConfigurationError(`Input \`${name}\` contains a control character.`);
  }
  const items = [
    ...new Set(
      value
        .split(/[,\r\n]+/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  if (!allowed) return items;
  return items.map((item) => {
    const match = allowed.find((candidate) => candidate.toLowerCase() === item.toLowerCase());
    if (match === undefined) {
      throw new ConfigurationError(`Input \`${name}\` accepts ${allowed.join(', ')}; got ${quote(item)}.`);
    }
    return match;
  });
}

export interface PathOptions {
  /** Workspace root used to resolve relative paths (GITHUB_WORKSPACE or cwd). */
  base: string;
  /** Must exist, and be of this kind. */
  mustExist?: 'file' | 'directory' | 'any';
  /** Refuse paths that resolve outside `base` (and `alsoWithin`), by spelling and by real path. Default true. */
  withinBase?: boolean;
  /**
   * Further folders a path may be in (RUNNER_TEMP, where outputs can go): an
   * absolute path there is accepted, also checked by real path.
   */
  alsoWithin?: readonly string[];
  /**
   * An absolute path may point anywhere (trust material the workflow names
   * on the runner's disk). A relative one is still confined to `base` by real
   * path: a link in the checkout is repository content.
   */
  allowAbsolute?: boolean;
}

/** A filesystem path, resolved against the workspace, validated. '' when unset. */
export function getPath(name: string, options: PathOptions): string {
  const value = getString(name);
  if (!value) return '';
  return validatePath(name, value, options);
}

/** Longer paths are refused before the filesystem sees them (Linux's PATH_MAX is 4096). */
export const MAX_PATH_LENGTH = 4096;

/**
 * Resolves `value` against the workspace and confines it: by spelling (no
 * `..` out, no absolute path elsewhere) and by real path (no symbolic link in
 * the checkout leading out of the workspace / RUNNER_TEMP). The error names
 * the input and never shows the contents of what a link points to.
 */
export function validatePath(name: string, value: string, options: PathOptions): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigurationError(`Input \`${name}\` must be a path, not a URL (${quote(value)}).`);
  }
  if (value.length > MAX_PATH_LENGTH) {
    throw new ConfigurationError(
      `Input \`${name}\` holds a path of ${value.length} characters; at most ${MAX_PATH_LENGTH} are accepted.`,
    );
  }
  const base = path.resolve(options.base);
  const resolved = path.resolve(base, value);
  const roots = [base, ...(options.alsoWithin ?? []).filter(Boolean).map((root) => path.resolve(root))];
  const rootsLabel =
    roots.length > 1 ? `the workspace (${base}) and ${roots.slice(1).join(', ')}` : `the workspace (${base})`;
  const anywhere = path.isAbsolute(value) && options.allowAbsolute === true;
  if (options.withinBase !== false && !anywhere) {
    if (!roots.some((root) => isWithin(root, resolved))) {
      const where = roots.length > 1 ? `outside ${rootsLabel}` : `outside the workspace (${base})`;
      throw new ConfigurationError(`Input \`${name}\` (${quote(value)}) resolves ${where}; use a path inside it.`);
    }
    assertConfined(resolved, { name, value, roots, rootsLabel });
  }
  if (options.mustExist) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(resolved);
    } catch {
      throw new ConfigurationError(`Input \`${name}\`: ${quote(value)} does not exist (resolved to ${resolved}).`);
    }
    if (options.mustExist === 'file' && !stat.isFile()) {
      throw new ConfigurationError(`Input \`${name}\`: ${quote(value)} is not a file.`);
    }
    if (options.mustExist === 'directory' && !stat.isDirectory()) {
      throw new ConfigurationError(`Input \`${name}\`: ${quote(value)} is not a directory.`);
    }
  }
  return resolved;
}

/**
 * Glob patterns relative to the scanned folder, as Trivy's --skip-dirs /
 * --skip-files and Syft's / Grype's --exclude take them: a bounded list of
 * plain pattern characters, never an option, an absolute path or a `..`.
 */
const SKIP_PATTERN = /^[A-Za-z0-9._@+*?{}[\]/-]+$/;
export const MAX_SKIP_PATTERNS = 200;

export function getSkipPatterns(name: string): string[] {
  const items = getList(name);
  if (items.length > MAX_SKIP_PATTERNS) {
    throw new ConfigurationError(
      `Input \`${name}\` lists ${items.length} patterns; at most ${MAX_SKIP_PATTERNS} are accepted.`,
    );
  }
  return items.map((item) => {
    if (
      item.length > 512 ||
      !SKIP_PATTERN.test(item) ||
      item.startsWith('-') ||
      item.startsWith('/') ||
      item.split('/').includes('..')
    ) {
      throw new ConfigurationError(
        `Input \`${name}\` takes glob patterns relative to the scanned folder (letters, digits, . _ - / * ? [ ] { } @ +; not absolute, no '..', at most 512 characters); got '${item.slice(0, 80)}'.`,
      );
    }
    return item;
  });
}

/** Strict version: 1.2.3 with an optional leading v and optional -prerelease; nothing that could escape a URL. */
export const VERSION_PATTERN =
  /^v?(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})(-[0-9A-Za-z]+(\.[0-9A-Za-z]+)*)?$/;

export function getVersion(name: string): string {
  const value = getString(name, { maxLength: 64 });
  if (!value) return '';
  if (!VERSION_PATTERN.test(value)) {
    throw new ConfigurationError(
      `Input \`${name}\` must be a release version such as 0.75.0 or v0.75.0; got ${quote(value)}.`,
    );
  }
  return value.replace(/^v/, '');
}

/** An http(s) URL without credentials, query or fragment. '' when unset. */
export function getUrl(name: string): string {
  const value = getString(name, { maxLength: 2048 });
  if (!value) return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`Input \`${name}\` must be an http(s) URL; got ${quote(value)}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`Input \`${name}\` must be an http(s) URL; got scheme ${quote(url.protocol)}.`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`Input \`${name}\` must not embed credentials in the URL.`);
  }
  if (url.search || url.hash) {
    throw new ConfigurationError(`Input \`${name}\` must not have a query string or fragment.`);
  }
  return url.toString().replace(/\/+$/, '');
}

/** A secret: masked as soon as it is read. '' when unset. */
export function getSecret(name: string): string {
  const value = rawInput(name);
  if (value) core.setSecret(value);
  if (CONTROL.test(value)) {
    throw new ConfigurationError(`Input \`${name}\` contains a newline or control character.`);
  }
  return value;
}

/** Exactly one of several inputs may be set; returns which (or `fallback` when none is). */
export function exactlyOne<T extends string>(values: Record<T, string>, fallback?: NoInfer<T>): T {
  const set = (Object.keys(values) as T[]).filter((key) => values[key] !== '');
  if (set.length > 1) {
    throw new ConfigurationError(
      `Inputs ${set.map((s) => `\`${s}\``).join(' and ')} cannot be used together; set exactly one.`,
    );
  }
  const chosen = set[0] ?? fallback;
  if (chosen === undefined) {
    throw new ConfigurationError(
      `Set one of ${Object.keys(values)
        .map((s) => `\`${s}\``)
        .join(', ')}.`,
    );
  }
  return chosen;
}

/** Where a tool binary comes from: `<tool>-version` + `<tool>-sha256` (a release), or `<tool>-path` (a binary on the runner). */
export interface ToolInputs {
  version: string;
  sha256: string;
  path: string;
}

/**
 * Reads `<tool>-version`, `<tool>-sha256` and `<tool>-path`, with the rules
 * every action shares: a strict version, a 64-hex digest that only makes sense
 * with a version, and an absolute path that excludes both.
 */
export function getToolInputs(tool: string): ToolInputs {
  const version = getVersion(`${tool}-version`);
  const sha256 = getString(`${tool}-sha256`, {
    pattern: /^[a-fA-F0-9]{64}$/,
    patternDescription: '64 hexadecimal characters',
  }).toLowerCase();
  const binary = getString(`${tool}-path`, { maxLength: 1024 });
  if (binary && !path.isAbsolute(binary)) {
    throw new ConfigurationError(
      `Input \`${tool}-path\` must be an absolute path to the ${tool} binary; got '${binary.slice(0, 200)}'.`,
    );
  }
  if (binary && (version || sha256)) {
    throw new ConfigurationError(
      `Input \`${tool}-path\` cannot be combined with \`${tool}-version\` or \`${tool}-sha256\`: nothing is downloaded when a path is given.`,
    );
  }
  if (sha256 && !version) {
    throw new ConfigurationError(
      `Input \`${tool}-sha256\` needs \`${tool}-version\`: it is the digest of that version's release asset.`,
    );
  }
  return { version, sha256, path: binary };
}
