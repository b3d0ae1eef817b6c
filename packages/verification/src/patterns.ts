/**
 * Ref patterns (`refs/tags/*`, `refs/heads/release/**`), anchored identity
 * regular expressions, and the check for identity patterns so broad that any
 * repository's workflow would satisfy them.
 */

import * as vm from 'node:vm';
import { re2AnchoredRegExp } from './re2.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A ref glob's body as a regular expression source, each literal character
 * escaped by `escape`: `*` matches within one path segment, `**` across
 * segments, `?` one character. The gate and the admission exports (RE2) share it.
 */
export function globSource(pattern: string, escape: (text: string) => string = escapeRegExp): string {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      out += '.*';
      i += 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += escape(c);
  }
  return out;
}

/** A glob over refs: `*` matches within one path segment, `**` across segments, `?` one character. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${globSource(pattern)}$`);
}

export function matchesGlob(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  return globToRegExp(pattern).test(value);
}

/** How long one identity-pattern test may run before it is abandoned (fail closed). */
export const REGEXP_BUDGET_MS = 250;

/** A pattern test ran out of its time budget (catastrophic backtracking). */
export class RegExpBudgetError extends Error {
  constructor(pattern: RegExp, budgetMs: number) {
    super(
      `the pattern ${pattern.source.slice(0, 200)} took longer than ${budgetMs} ms to evaluate (catastrophic backtracking)`,
    );
    this.name = 'RegExpBudgetError';
  }
}

let regexpContext: vm.Context | undefined;

/**
 * `pattern.test(value)` with a time budget: identity patterns come from the
 * workflow and the values they are tested against (certificate SANs) from
 * whoever signed, so a backtracking pattern must not hang the step. Runs in
 * a vm context whose timeout interrupts the regexp engine; throws
 * RegExpBudgetError when the budget is spent (callers fail closed).
 */
export function boundedTest(pattern: RegExp, value: string, budgetMs = REGEXP_BUDGET_MS): boolean {
  return boundedFindIndex(pattern, [value], budgetMs) === 0;
}

/**
 * A quantified group that itself ends in a quantifier, such as `(a+)+`,
 * `(.*)*` or `(\\w+){2,}`: the classic exponential-backtracking shape. Returns the
 * offending fragment, or undefined.
 */
export function nestedQuantifier(pattern: string): string | undefined {
  const match = /\((?:\?[:=!]|\?<[A-Za-z_$][\w$]*>)?(?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})\??\)(?:[+*]|\{\d+,\d*\})/.exec(
    pattern,
  );
  return match?.[0];
}

/**
 * The regexp anchored at both ends (users write cosign-style unanchored
 * patterns), with RE2's meaning (re2.ts): the gate reads the pattern as the
 * exported Kyverno and policy-controller policies do. Throws Re2SyntaxError
 * for a construct outside the syntax both engines share.
 */
export function anchoredRegExp(pattern: string): RegExp {
  return re2AnchoredRegExp(pattern);
}

/** A 40- or 64-hex commit SHA. */
export function isCommitSha(value: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value);
}

/** How long all the probes of one identity pattern may take together. */
export const PROBE_BUDGET_MS = 1_000;

/**
 * The index of the first value the pattern matches (-1: none), all tests
 * together under one time budget (RegExpBudgetError when it is spent).
 */
export function boundedFindIndex(pattern: RegExp, values: readonly string[], budgetMs = PROBE_BUDGET_MS): number {
  regexpContext ??= vm.createContext({});
  regexpContext.pattern = pattern;
  regexpContext.values = values;
  try {
    const found = vm.runInContext('values.findIndex((v) => (pattern.lastIndex = 0, pattern.test(v)))', regexpContext, {
      timeout: budgetMs,
    }) as unknown;
    return typeof found === 'number' ? found : -1;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new RegExpBudgetError(pattern, budgetMs);
    throw error;
  } finally {
    regexpContext.pattern = undefined;
    regexpContext.values = undefined;
  }
}

/** Owners and repositories nobody chose, in the shapes a class or wildcard may admit. */
const FOREIGN_NAMES = ['zz-unrelated-owner-7f3a', 'evil', 'EVIL', 'x', 'e9', 'evil-org', 'evil_org', 'evil.org', '1'];
const MAX_TOKENS = 10;

/** Literal name-like runs of the pattern: `https://github\\.com/acme.*` → github.com, acme (the host part dropped below). */
function literalTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) tokens.push(current);
    current = '';
  };
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i += 1;
      if (/[A-Za-z0-9]/.test(next)) {
        flush();
        if (next === 'x') i += 2;
      } else if (/[-_.]/.test(next)) {
        current += next;
      } else {
        flush();
      }
    } else if (c === '[') {
      flush();
      // Skip the class: a class admits more than one name, it is never "the" name.
      let j = i + 1;
      if (pattern[j] === ']') j += 1;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      i = j;
    } else if (/[A-Za-z0-9_-]/.test(c)) {
      current += c;
    } else {
      // `.` unescaped is any character, and every other metacharacter ends a literal run too.
      flush();
    }
  }
  flush();
  return tokens;
}

/** Ways a literal owner or repository name gets stretched by a sloppy pattern (`acme.*`, `acme[a-z]*`, `acm.`). */
function mutations(token: string): string[] {
  return [
    `${token}-evil`,
    `${token}evil`,
    `${token}x`,
    `${token}1`,
    `evil-${token}`,
    `x${token}`,
    `${token.slice(0, -1)}x`,
    token.toUpperCase(),
  ];
}

const NOT_NAMES = new Set([
  'https',
  'http',
  'github',
  'com',
  'workflows',
  'refs',
  'heads',
  'tags',
  'pull',
  'yml',
  'yaml',
]);

/**
 * An identity the anchored pattern accepts although it belongs to an owner
 * the pattern does not name literally, or undefined when none was found.
 * Probes GitHub workflow identities whose owner is either unrelated
 * (`zz-unrelated-owner-7f3a`, `evil`, …) or derived from the names the
 * pattern spells out (`acme` → `acme-evil`, `acmex`, `evil-acme`, …), with
 * the repositories, workflow files and refs the pattern names, so that
 * `https://github.com/.*\/app/…` (any owner) and `https://github\.com/acme.*`
 * (`acme-evil`) are caught as well as `.*`. An owner the pattern spells out
 * literally (`(acme|acme-labs)`) counts as chosen. All probes together run
 * under PROBE_BUDGET_MS (RegExpBudgetError).
 */
export function foreignOwnerIdentity(
  pattern: RegExp,
  source: string,
  serverUrl = 'https://github.com',
): string | undefined {
  const server = serverUrl.replace(/\/+$/, '');
  const host = server.replace(/^https?:\/\//, '').toLowerCase();
  const hostParts = new Set([host, ...host.split('.')]);
  const unescaped = source.replace(/\\(.)/g, '$1');
  const workflowFiles = new Set<string>();
  for (const match of unescaped.matchAll(/\.github\/workflows\/([A-Za-z0-9_.-]+\.ya?ml)/g))
    workflowFiles.add(match[1]!);
  if (workflowFiles.size === 0) workflowFiles.add('release.yml');
  while (workflowFiles.size > 4) workflowFiles.delete([...workflowFiles].pop()!);
  const refs = new Set<string>();
  for (const match of unescaped.matchAll(/(refs\/(?:heads|tags)\/[A-Za-z0-9_./-]+)/g))
    refs.add(match[1]!.replace(/[.]$/, ''));
  while (refs.size > 3) refs.delete([...refs].pop()!);
  refs.add('refs/heads/main');
  refs.add('refs/tags/v1.0.0');
  const fileTokens = new Set(
    [...workflowFiles].flatMap((f) => [f, f.replace(/\.ya?ml$/, '')]).map((t) => t.toLowerCase()),
  );
  const names = [
    ...new Set(
      literalTokens(source)
        .map((t) => t.replace(/^[._-]+|[._-]+$/g, ''))
        .filter(
          (t) =>
            t &&
            !NOT_NAMES.has(t.toLowerCase()) &&
            !hostParts.has(t.toLowerCase()) &&
            !fileTokens.has(t.toLowerCase()) &&
            !t.startsWith('github.') &&
            !/^v?\d+$/.test(t),
        ),
    ),
  ].slice(0, MAX_TOKENS);
  const chosen = new Set(names.map((n) => n.toLowerCase()));
  const owners = [...new Set([...FOREIGN_NAMES, ...names.flatMap(mutations)])].filter(
    (o) => !chosen.has(o.toLowerCase()),
  );
  const repositories = [...new Set([...names, ...FOREIGN_NAMES.slice(0, 3), ...names.flatMap(mutations)])];
  const probes: string[] = [];
  for (const owner of owners) {
    for (const repo of repositories) {
      for (const file of workflowFiles) {
        for (const ref of refs) probes.push(`${server}/${owner}/${repo}/.github/workflows/${file}@${ref}`);
      }
    }
  }
  // The names the pattern spells out may also sit at the end of an identity an attacker controls
  // (`…|.*evil`, `.*acme/app.*`): unrelated owners with those names as workflow file and branch.
  for (const owner of FOREIGN_NAMES.slice(0, 3)) {
    for (const repo of [...FOREIGN_NAMES.slice(0, 2), ...names]) {
      for (const name of names) {
        probes.push(`${server}/${owner}/${repo}/.github/workflows/${name}.yml@refs/heads/${name}`);
        probes.push(`${server}/${owner}/${repo}/.github/workflows/release.yml@refs/heads/${name}`);
        probes.push(`${server}/${owner}/${repo}/.github/workflows/release.yml@refs/heads/x/${names.join('/')}`);
      }
    }
  }
  const index = boundedFindIndex(pattern, probes);
  return index >= 0 ? probes[index] : undefined;
}

/**
 * True when the anchored identity pattern accepts a workflow of an owner it
 * does not name (see foreignOwnerIdentity).
 */
export function matchesAnyRepository(pattern: RegExp, serverUrl = 'https://github.com'): boolean {
  return foreignOwnerIdentity(pattern, pattern.source, serverUrl) !== undefined;
}
