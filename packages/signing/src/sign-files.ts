/**
 * `files`: glob patterns in the workspace, expanded with node:fs's glob.
 * Every match must be a regular file whose real path (symlinks resolved)
 * stays in the workspace; bundles (*.sigstore.json) are never signed
 * again; a pattern that matches nothing is an error (a typo must not pass
 * as "signed nothing").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, isWithin } from '@scs/action-kit';

export const BUNDLE_SUFFIX = '.sigstore.json';
/** More files than this in one step is almost certainly a pattern mistake. */
export const MAX_FILES = 1000;

export function expandFiles(patterns: readonly string[], workspace: string): string[] {
  const root = fs.realpathSync(workspace);
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matches = fs.globSync(pattern, { cwd: workspace }).sort();
    let matched = 0;
    for (const match of matches) {
      const absolute = path.resolve(workspace, match);
      if (absolute.endsWith(BUNDLE_SUFFIX)) continue;
      let real: string;
      try {
        real = fs.realpathSync(absolute);
      } catch {
        continue;
      }
      const stat = fs.statSync(real);
      if (!stat.isFile()) continue;
      if (!isWithin(root, real)) {
        throw new ConfigurationError(
          `Input \`files\`: '${match.slice(0, 200)}' resolves outside the workspace (a symlink to ${real}); refusing to sign it.`,
        );
      }
      found.add(absolute);
      matched += 1;
    }
    if (matched === 0)
      throw new ConfigurationError(
        `Input \`files\`: the pattern '${pattern.slice(0, 200)}' matches no file in the workspace (${workspace}).`,
      );
  }
  if (found.size > MAX_FILES)
    throw new ConfigurationError(
      `Input \`files\` matches ${found.size} files; at most ${MAX_FILES} are signed in one step.`,
    );
  return [...found].sort();
}
