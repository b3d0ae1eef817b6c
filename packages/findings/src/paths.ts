import { posix } from 'node:path';

/**
 * Joins the scanned directory (relative to the repository root) and a path
 * relative to it, giving a repository-relative path with forward slashes.
 * Undefined when the result would leave the repository (`..`, absolute).
 */
export function repoRelativePath(prefix: string | undefined, path: string): string | undefined {
  const base = (prefix ?? '')
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
  const relative = path.replace(/\\/g, '/');
  if (relative.startsWith('/') || base.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(base === '.' ? '' : base, relative));
  if (joined === '.' || joined === '..' || joined.startsWith('../')) return undefined;
  return joined.replace(/^\.\//, '');
}
