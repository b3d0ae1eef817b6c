#!/usr/bin/env node
/**
 * CI smoke run of the benchmark harness (issue #8): every benchmark once, at
 * tiny sizes (`bench/run.mjs --smoke`), then a check that each one ran and
 * produced numbers. There is no timing assertion — machines differ — only a
 * guard against a harness that hangs. Needs what the benchmarks need: the
 * built dist/, the Trivy test binary (npm run fetch-test-tools) and the test
 * infrastructure of the integration tests (docker-registry, skopeo, Go).
 *
 *   node scripts/bench-smoke.mjs            # exit 0: all benchmarks ran
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HARD_LIMIT_MS = 5 * 60_000;
const BENCHMARKS = [
  '1. Action overhead',
  '2. Bundle size and load',
  '3. Report pipeline at scale',
  '4. Verified install',
  '5. Second scan in a job',
  '6. Verify throughput',
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
const out = path.join(work, 'smoke.md');
const started = performance.now();
const args = [
  '--disable-warning=ExperimentalWarning',
  '--experimental-transform-types',
  '--import',
  './bench/lib/typescript-sources.mjs',
  'bench/run.mjs',
  '--smoke',
  '--out',
  out,
];
const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
const timer = setTimeout(() => {
  console.error(`bench-smoke: the harness ran for over ${HARD_LIMIT_MS / 60_000} minutes; stopping it`);
  child.kill('SIGKILL');
}, HARD_LIMIT_MS);
const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(signal ? 128 : c)));
clearTimeout(timer);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const problems = [];
if (code !== 0) problems.push(`bench/run.mjs exited with ${code}`);
const document = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
if (!document) problems.push('bench/run.mjs wrote no results');
for (const name of BENCHMARKS) {
  const start = document.indexOf(`## ${name} — `);
  if (start < 0) {
    problems.push(`${name}: no section`);
    continue;
  }
  const next = document.indexOf('\n## ', start + 1);
  const section = document.slice(start, next < 0 ? undefined : next);
  const verdict = /^## .* — (\S+(?: \S+)?)$/m.exec(section)?.[1];
  if (verdict !== 'PASS' && verdict !== 'FAIL') problems.push(`${name}: ${verdict ?? 'no verdict'} (it did not run)`);
  // A results row: a table line with a measured number and its unit.
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !/^\|( ?-+ ?\|)+$/.test(line));
  if (!rows.some((line) => /\d(\.\d+)? ?(ms|MB|B|kB|×)\b/.test(line) || /\d(\.\d+)? ?(ms|MB|B|kB)\s*\|/.test(line))) {
    problems.push(`${name}: no measured numbers in its tables`);
  }
}
fs.rmSync(work, { recursive: true, force: true });

if (problems.length > 0) {
  console.error(`\nbench-smoke: FAILED after ${seconds} s`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `\nbench-smoke: all ${BENCHMARKS.length} benchmarks ran and produced numbers in ${seconds} s (no timing assertion)`,
);
