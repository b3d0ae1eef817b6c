#!/usr/bin/env node
/**
 * Rebuilds every action into a temporary folder and compares it with dist/,
 * byte for byte and file set included. On a difference it prints which files
 * differ with a short diff, appends the same to $GITHUB_STEP_SUMMARY when
 * set, and exits 1.
 *
 *   npm run check-dist
 */
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, repoRoot } from './bundle.mjs';

const execFileAsync = promisify(execFile);
const MAX_DIFF_LINES = 40;

/** Relative paths of all files under dir (sorted); [] when dir is missing. */
async function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** `diff -u` of two files: {added, removed, excerpt}. */
async function unifiedDiff(committed, rebuilt, label) {
  let out = '';
  try {
    await execFileAsync(
      'diff',
      ['-u', '--label', `committed/${label}`, '--label', `rebuilt/${label}`, committed, rebuilt],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    );
  } catch (error) {
    if (error && error.code === 1) out = error.stdout;
    else return { added: 0, removed: 0, excerpt: `(no diff available: ${error.message})` };
  }
  const lines = out.split('\n');
  const body = lines.slice(2);
  const added = body.filter((l) => l.startsWith('+')).length;
  const removed = body.filter((l) => l.startsWith('-')).length;
  const excerpt = lines
    .slice(0, MAX_DIFF_LINES)
    .map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l))
    .join('\n');
  const more = lines.length > MAX_DIFF_LINES ? `\n… ${lines.length - MAX_DIFF_LINES} more diff lines` : '';
  return { added, removed, excerpt: excerpt + more };
}

export async function compareTrees(committedDir, rebuiltDir) {
  const committed = await listFiles(committedDir);
  const rebuilt = await listFiles(rebuiltDir);
  const problems = [];
  for (const file of rebuilt.filter((f) => !committed.includes(f))) {
    problems.push({ file, kind: 'missing', detail: 'built, but not in dist/ (not committed?)' });
  }
  for (const file of committed.filter((f) => !rebuilt.includes(f))) {
    problems.push({ file, kind: 'extra', detail: 'in dist/, but the build does not produce it (stale?)' });
  }
  for (const file of committed.filter((f) => rebuilt.includes(f))) {
    const a = await readFile(path.join(committedDir, file));
    const b = await readFile(path.join(rebuiltDir, file));
    if (a.equals(b)) continue;
    const diff = await unifiedDiff(path.join(committedDir, file), path.join(rebuiltDir, file), file);
    problems.push({
      file,
      kind: 'differs',
      detail: `${a.length} → ${b.length} bytes, +${diff.added} −${diff.removed} lines`,
      excerpt: diff.excerpt,
    });
  }
  return problems.sort((x, y) => x.file.localeCompare(y.file));
}

function renderText(problems) {
  const lines = [`check-dist: dist/ is not what the sources build (${problems.length} file(s)):`];
  for (const p of problems) lines.push(`  ${p.kind.padEnd(8)} dist/${p.file}: ${p.detail}`);
  for (const p of problems.filter((x) => x.excerpt)) lines.push('', p.excerpt);
  lines.push('', 'Fix: run `npm run build` and commit dist/.');
  return lines.join('\n');
}

function renderMarkdown(problems) {
  const lines = [
    '## ❌ dist/ is out of date',
    '',
    'Rebuilding the actions gives different files than the ones committed in `dist/`. Run `npm run build` and commit `dist/`.',
    '',
    '| file | | detail |',
    '|---|---|---|',
  ];
  for (const p of problems) lines.push(`| \`dist/${p.file}\` | ${p.kind} | ${p.detail} |`);
  for (const p of problems.filter((x) => x.excerpt)) {
    lines.push(
      '',
      `<details><summary>diff of dist/${p.file}</summary>`,
      '',
      '~~~~~diff',
      p.excerpt,
      '~~~~~',
      '',
      '</details>',
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const distDir = path.join(repoRoot, 'dist');
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'check-dist-'));
  try {
    const started = performance.now();
    await build({ outDir: tmp, log: console.log });
    const problems = await compareTrees(distDir, tmp);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (problems.length === 0) {
      const count = (await listFiles(tmp)).length;
      console.log(`check-dist: dist/ matches a fresh build (${count} files, ${seconds} s)`);
      return;
    }
    console.error(renderText(problems));
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, renderMarkdown(problems));
    process.exitCode = 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// Run when executed, not when imported (import.meta.main is Node >= 24.2).
function executedDirectly() {
  if (typeof import.meta.main === 'boolean') return import.meta.main;
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (executedDirectly()) {
  main().catch((error) => {
    console.error(`check-dist: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
