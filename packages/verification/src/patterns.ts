/**
 * Ref patterns (`refs/tags/*`, `refs/heads/release/**`), anchored identity
 * regular expressions, and the check for identity patterns so broad that any
 * repository's workflow would satisfy them.
 */

import * as vm from 'node:vm';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A glob over refs: `*` matches within one path segment, `**` across segments, `?` one character. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      out += '.*';
      i += 1;
    } else if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else {
      out += escapeRegExp(c);
    }
  }
  return new RegExp(`^${out}$`);
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
    super(`the pattern ${pattern.source.slice(0, 200)} took longer than ${budgetMs} ms to evaluate (catastrophic backtracking)`);
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
  regexpContext ??= vm.createContext({});
  regexpContext.pattern = pattern;
  regexpContext.value = value;
  try {
    return vm.runInContext('pattern.lastIndex = 0, pattern.test(value)', regexpContext, { timeout: budgetMs }) === true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RegExpBudgetError(pattern, budgetMs);
    throw error;
  } finally {
    regexpContext.pattern = undefined;
    regexpContext.value = undefined;
  }
}

/**
 * A quantified group that itself ends in a quantifier, such as `(a+)+`,
 * `(.*)*` or `(\\w+){2,}`: the classic exponential-backtracking shape. Returns the
 * offending fragment, or undefined.
 */
export function nestedQuantifier(pattern: string): string | undefined {
  const match = /\((?:\?[:=!]|\?<[A-Za-z_$][\w$]*>)?(?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})\??\)(?:[+*]|\{\d+,\d*\})/.exec(pattern);
  return match?.[0];
}

/** The regexp anchored at both ends (users write cosign-style unanchored patterns). */
export function anchoredRegExp(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/** A 40- or 64-hex commit SHA. */
export function isCommitSha(value: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value);
}

const PROBE_OWNERS = ['zz-unrelated-owner-7f3a', 'another-org-5c21'];
const PROBE_REPOSITORIES = ['zz-unrelated-repo-41b7', 'evil'];

/**
 * True when the anchored identity pattern accepts a workflow of a repository
 * nobody chose. The probes keep everything the pattern asks for (the workflow
 * file and ref it names literally) and change only the owner and repository.
 */
export function matchesAnyRepository(pattern: RegExp, serverUrl = 'https://github.com'): boolean {
  const source = pattern.source.replace(/\\(.)/g, '$1');
  const workflowFiles = new Set(['release.yml', 'build.yml', 'x.yml']);
  for (const match of source.matchAll(/\.github\/workflows\/([A-Za-z0-9_.-]+\.ya?ml)/g)) workflowFiles.add(match[1]!);
  const refs = new Set(['refs/heads/main', 'refs/tags/v1.0.0']);
  for (const match of source.matchAll(/(refs\/(?:heads|tags)\/[A-Za-z0-9_./-]+)/g)) refs.add(match[1]!.replace(/[.]$/, ''));
  for (const owner of PROBE_OWNERS) {
    for (const repo of PROBE_REPOSITORIES) {
      for (const file of workflowFiles) {
        for (const ref of refs) {
          if (boundedTest(pattern, `${serverUrl}/${owner}/${repo}/.github/workflows/${file}@${ref}`)) return true;
        }
      }
    }
  }
  return false;
}
