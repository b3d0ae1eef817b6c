/**
 * Ref patterns (`refs/tags/*`, `refs/heads/release/**`), anchored identity
 * regular expressions, and the check for identity patterns so broad that any
 * repository's workflow would satisfy them.
 */

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
          if (pattern.test(`${serverUrl}/${owner}/${repo}/.github/workflows/${file}@${ref}`)) return true;
        }
      }
    }
  }
  return false;
}
