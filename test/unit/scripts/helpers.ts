/** Loads the repository's .mjs scripts (plain JavaScript, no declarations) and makes scratch trees. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../support/action-harness.js';

export async function loadScript<T>(name: string): Promise<T> {
  const url = pathToFileURL(path.join(REPO_ROOT, 'scripts', name)).href;
  return (await import(url)) as T;
}

/** A temporary directory with the given files (relative path → content); removed by the caller. */
export function scratchTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-scripts-'));
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(root, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

export interface Problem {
  file: string;
  line: number;
  column?: number;
  message: string;
}
