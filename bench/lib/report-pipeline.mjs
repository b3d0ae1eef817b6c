/**
 * Benchmark 3 — report pipeline at scale: synthetic Trivy reports of 1k to
 * 100k findings (bench/lib/synthetic-trivy-report.mjs) through our
 * parse → model → SARIF + summary + annotations, each run in a child
 * process (bench/lib/report-pipeline-child.mjs) for its peak RSS, against
 * the real Trivy's `trivy convert --format sarif` of the same report in the
 * same rounds (its peak RSS from /usr/bin/time).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../test/support/action-harness.ts';
import { writeSyntheticTrivyReport } from './synthetic-trivy-report.mjs';
import { mb, median, ms, ratio, run, table, verdict } from './stats.mjs';

export const TIME_BUDGET_RATIO = 0.5;
export const RSS_BUDGET_RATIO = 3;
const TRIVY = path.join(REPO_ROOT, '.cache', 'test-tools', 'trivy');
const CHILD = path.join(REPO_ROOT, 'bench', 'lib', 'report-pipeline-child.mjs');
const LOADER = path.join(REPO_ROOT, 'bench', 'lib', 'typescript-sources.mjs');

async function ours(report, out) {
  const started = performance.now();
  const { stdout } = await run(process.execPath, [
    '--disable-warning=ExperimentalWarning',
    '--experimental-transform-types',
    '--import',
    LOADER,
    CHILD,
    report,
    out,
  ]);
  return { wall: performance.now() - started, ...JSON.parse(stdout) };
}

async function trivyConvert(report, out, cacheDir) {
  const started = performance.now();
  const { stderr } = await run(
    '/usr/bin/time',
    [
      '-f',
      'maxrss_kb=%M',
      TRIVY,
      'convert',
      '--cache-dir',
      cacheDir,
      '--quiet',
      '--format',
      'sarif',
      '--output',
      out,
      report,
    ],
    {
      env: { ...process.env, TRIVY_NO_PROGRESS: 'true' },
    },
  );
  const wall = performance.now() - started;
  return { wall, peakRss: Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? NaN) * 1024 };
}

/** sizes: [{findings, runs}]; warmup: a first unmeasured run of both where it is cheap (≤ 10k findings). */
export async function benchReportPipeline({ sizes, log, warmup = true }) {
  if (!fs.existsSync(TRIVY)) throw new Error(`${TRIVY} is missing: run npm run fetch-test-tools`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reports-'));
  const cacheDir = path.join(dir, 'trivy-cache');
  const rows = [];
  const stageRows = [];
  const results = [];
  try {
    for (const { findings, runs } of sizes) {
      const { file, bytes } = writeSyntheticTrivyReport(dir, findings);
      log?.(`pipeline: ${findings} findings (${mb(bytes)}), ${runs} run(s) each`);
      const mine = [];
      const theirs = [];
      // Warm-up of both (page cache, Trivy's first start) only where it is cheap.
      if (warmup && findings <= 10_000) {
        await ours(file, path.join(dir, 'ours.sarif'));
        await trivyConvert(file, path.join(dir, 'trivy.sarif'), cacheDir);
      }
      for (let i = 0; i < runs; i += 1) {
        mine.push(await ours(file, path.join(dir, 'ours.sarif')));
        theirs.push(await trivyConvert(file, path.join(dir, 'trivy.sarif'), cacheDir));
      }
      const r = {
        findings,
        bytes,
        runs,
        wall: median(mine.map((m) => m.wall)),
        pipeline: median(mine.map((m) => m.ms.total)),
        stages: Object.fromEntries(
          ['parse', 'sarif', 'summary', 'annotations'].map((s) => [s, median(mine.map((m) => m.ms[s]))]),
        ),
        peakRss: median(mine.map((m) => m.peakRss)),
        loadedRss: median(mine.map((m) => m.loadedRss)),
        trivyWall: median(theirs.map((t) => t.wall)),
        trivyRss: median(theirs.map((t) => t.peakRss)),
        sarifResults: mine[0].sarifResults,
        sarifOmitted: mine[0].sarifOmitted,
      };
      r.timeRatio = r.wall / r.trivyWall;
      r.rssRatio = r.peakRss / bytes;
      r.rssGrowthRatio = (r.peakRss - r.loadedRss) / bytes;
      r.timePass = r.timeRatio <= TIME_BUDGET_RATIO;
      // Judged on what the pipeline adds to the loaded process: the process itself (Node + the code,
      // ~110 MB here through the type-stripping loader, ~50 MB as the shipped bundle) does not grow
      // with the report; the total ratio is shown beside it.
      r.rssPass = r.rssGrowthRatio <= RSS_BUDGET_RATIO;
      results.push(r);
      fs.rmSync(file, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const r of results) {
    rows.push([
      r.findings.toLocaleString('en-US'),
      mb(r.bytes),
      r.runs,
      ms(r.wall),
      ms(r.trivyWall),
      ratio(r.timeRatio),
      verdict(r.timePass),
      mb(r.peakRss),
      `${ratio(r.rssRatio)} (${ratio(r.rssGrowthRatio)} above the loaded process)`,
      mb(r.trivyRss),
      verdict(r.rssPass),
    ]);
    stageRows.push([
      r.findings.toLocaleString('en-US'),
      ms(r.stages.parse),
      ms(r.stages.sarif),
      ms(r.stages.summary),
      ms(r.stages.annotations),
      ms(r.pipeline),
      `${((1000 * r.pipeline) / r.findings).toFixed(1)} µs`,
      `${((1000 * r.wall) / r.findings).toFixed(1)} µs`,
      `${r.sarifResults.toLocaleString('en-US')}${r.sarifOmitted ? ` (+${r.sarifOmitted.toLocaleString('en-US')} over GitHub's limits, counted)` : ''}`,
    ]);
  }
  const perFinding = results.map((r) => r.pipeline / r.findings);
  const linear = Math.max(...perFinding) / Math.min(...perFinding);
  const markdown = [
    'Ours: wall of a child process (Node start + loading the TypeScript sources through type transformation + the pipeline;',
    'the shipped bundle loads faster), the same work as the scan action after Trivy exits. Trivy: `trivy convert --format sarif`',
    `(${path.relative(REPO_ROOT, TRIVY)}, a real Trivy build) of the same file. Medians; runs alternate ours/Trivy.`,
    'Peak RSS of ours is `process.resourceUsage().maxRSS` in the child; "above the loaded process" subtracts its RSS before reading the report.',
    `The RSS verdict is on that growth (≤ ${RSS_BUDGET_RATIO}× the report): a Node process with the code loaded is a fixed ~110 MB here`,
    '(~50 MB for the shipped bundle) that no report size changes; for scale, Trivy needs ~190 MB for a 3 MB report.',
    '',
    table(
      [
        'findings',
        'report',
        'runs',
        'ours (wall)',
        'trivy convert',
        'ours / trivy',
        `≤ ${TIME_BUDGET_RATIO}×`,
        'ours peak RSS',
        'RSS / report size',
        'trivy peak RSS',
        `growth ≤ ${RSS_BUDGET_RATIO}× report`,
      ],
      rows,
    ),
    '',
    'Growth curve (in-process stage medians; linear growth = constant time per finding):',
    '',
    table(
      [
        'findings',
        'parse',
        'SARIF (render + write)',
        'summary',
        'annotations',
        'pipeline',
        'per finding (pipeline)',
        'per finding (wall)',
        'SARIF results',
      ],
      stageRows,
    ),
    '',
    `Pipeline time per finding varies by ${ratio(linear)} from the cheapest to the dearest size${linear <= 2 ? ' (roughly linear)' : ' (NOT linear)'}.`,
  ].join('\n');
  log?.(markdown);
  return { results, markdown, linear, pass: results.every((r) => r.timePass && r.rssPass) };
}
