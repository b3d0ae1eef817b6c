#!/usr/bin/env node
/**
 * The benchmark suite (issue #8): runs every benchmark against the built
 * bundles in dist/ and writes bench/RESULTS.md (machine, Node version, date,
 * one section per benchmark with its budget and PASS/FAIL).
 *
 *   npm run bench                      # everything, ≥ 5 runs each (a few minutes)
 *   npm run bench -- --only 1,2        # some benchmarks (1 overhead, 2 bundle, 3 pipeline, 4 install, 5 second scan, 6 verify throughput)
 *   npm run bench -- --runs 7          # more runs
 *   npm run bench -- --smoke           # CI smoke: 1 run, tiny sizes, no RESULTS.md (no timing assertion;
 *                                      # scripts/bench-smoke.mjs runs it and checks every benchmark produced numbers)
 *
 * Baselines are measured in the same invocation, interleaved with what they
 * are compared to: absolute times are not comparable across runs here.
 * Budgets that are missed are reported as FAIL; the exit code is non-zero
 * only when a benchmark could not run.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../test/support/action-harness.ts';
import { benchActionOverhead } from './lib/action-overhead.mjs';
import { benchBundleSize } from './lib/bundle-size.mjs';
import { benchReportPipeline } from './lib/report-pipeline.mjs';
import { benchSecondScan } from './lib/second-scan.mjs';
import { benchVerifiedInstall } from './lib/verified-install.mjs';
import { benchVerifyThroughput } from './lib/verify-throughput.mjs';
import { table } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '5' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const runs = values.smoke ? 1 : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : undefined;
const outFile = values.out
  ? path.resolve(values.out)
  : values.smoke
    ? undefined
    : path.join(REPO_ROOT, 'bench', 'RESULTS.md');

const log = (text) => process.stdout.write(`${text}\n`);
const PROFILES = path.join(REPO_ROOT, 'bench', 'PROFILES.md');
for (const action of ['scan', 'sbom', 'setup', 'sign-keyless', 'provenance', 'verify']) {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', action, 'index.js')))
    throw new Error(`dist/${action}/index.js is missing: run npm run build first`);
}

const sizes = values.smoke
  ? [{ findings: 200, runs: 1 }]
  : [
      { findings: 1_000, runs },
      { findings: 10_000, runs },
      { findings: 25_000, runs },
      // Trivy takes over a minute per run here at 100k: fewer runs.
      { findings: 100_000, runs: Math.min(runs, 2) },
    ];

const BENCHMARKS = [
  {
    id: '1',
    title: 'Action overhead',
    budget: "≤ 60 ms over bare Node per action; scan's wall ≤ 0.7× anchore/scan-action's (peer, same rounds)",
    run: () => benchActionOverhead({ runs, log }),
  },
  {
    id: '2',
    title: 'Bundle size and load',
    budget: '≤ 1,500,000 bytes per index.js; cache/artifact code only in lazy chunks',
    run: () => benchBundleSize({ runs, log, analyze: !values.smoke }),
  },
  {
    id: '3',
    title: 'Report pipeline at scale',
    budget: '≤ 0.5× `trivy convert` time; peak RSS ≤ 3× report size; linear growth',
    run: () => benchReportPipeline({ sizes, log, warmup: !values.smoke }),
  },
  {
    id: '4',
    title: 'Verified install',
    budget:
      '≤ 1.3× curl + sha256sum + tar; cache hit checked against a pinned binary digest ≤ 2× openssl dgst of the binary',
    run: () =>
      benchVerifiedInstall({
        runs,
        log,
        ...(values.smoke ? { installBytes: 1024 * 1024, hitBytes: 2 * 1024 * 1024 } : {}),
      }),
  },
  {
    id: '5',
    title: 'Second scan in a job',
    budget: 'second scan makes 0 DB requests',
    run: () => benchSecondScan({ pairs: values.smoke ? 1 : 3, log }),
  },
  {
    id: '6',
    title: 'Verify throughput',
    budget: '50 attestations on one digest verified in ≤ 2 s (trusted root loaded once)',
    run: () => benchVerifyThroughput({ runs, log, attestations: values.smoke ? 4 : 50 }),
  },
];

function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'actions', 'packages'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    }).trim();
    if (dirty) commit += ' (with uncommitted changes to dist/, actions/ or packages/)';
  } catch {
    // not a git checkout: the commit stays unknown
  }
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpu} × ${os.availableParallelism()}; ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; ${os.type()} ${os.release()}`,
    `- Node: ${process.version}`,
    `- Commit: ${commit}`,
    `- Load average when the run ended (1/5/15 min; the 15-min figure spans most of a full run): ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ' / ',
      )} on ${os.availableParallelism()} CPUs (other work on the machine slows absolute times; same-run ratios are the comparable figures)`,
    `- Runs: ${runs} per measurement after a warm-up unless a section says otherwise`,
  ].join('\n');
}

const sections = [];
const summary = [];
let broken = false;
for (const bench of BENCHMARKS) {
  if (only && !only.has(bench.id)) continue;
  log(`\n## ${bench.id}. ${bench.title}\n`);
  const started = performance.now();
  let outcome;
  try {
    outcome = await bench.run();
  } catch (error) {
    broken = true;
    outcome = {
      markdown: `Could not run: ${error instanceof Error ? error.stack : String(error)}`,
      pass: false,
      error: true,
    };
    log(outcome.markdown);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const verdict = outcome.error ? 'ERROR' : outcome.skipped ? 'NOT RUN' : outcome.pass ? 'PASS' : 'FAIL';
  summary.push([`${bench.id}. ${bench.title}`, bench.budget, verdict]);
  sections.push(
    `## ${bench.id}. ${bench.title} — ${verdict}\n\nBudget: ${bench.budget}. (${seconds} s)\n\n${outcome.markdown}`,
  );
}

const document = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (bench/run.mjs); rerun it to refresh. Ratios compare against baselines measured in the same run.',
  '',
  machine(),
  '',
  table(['benchmark', 'budget', 'verdict'], summary),
  '',
  ...sections.flatMap((s) => [s, '']),
  // Profiles, designs and plans behind the numbers: kept by hand next to this script.
  ...(fs.existsSync(PROFILES) ? [fs.readFileSync(PROFILES, 'utf8').trimEnd(), ''] : []),
].join('\n');
log(`\n${table(['benchmark', 'budget', 'verdict'], summary)}`);
if (outFile) {
  fs.writeFileSync(outFile, document);
  log(`\nwrote ${path.relative(process.cwd(), outFile)}`);
}
if (broken) process.exitCode = 1;
