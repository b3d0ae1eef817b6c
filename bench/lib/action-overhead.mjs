/**
 * Benchmark 1 — action overhead: wall time of `node dist/<a>/index.js`, run
 * the way the runner runs it (test/support/action-harness.ts), with the tool
 * replaced by an instant shell stand-in (bench/stand-ins/), minus the
 * stand-in's own time, against a bare `node -e ''` measured in the same
 * rounds.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, REPO_ROOT } from '../../test/support/action-harness.ts';
import { interleaved, median, ms, table, verdict } from './stats.mjs';

export const OVERHEAD_BUDGET_MS = 60;
const STAND_INS = path.join(REPO_ROOT, 'bench', 'stand-ins');

/** Wall time of one child process, measured like the harness does (spawn → close, stdout piped). */
function timeSpawn(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - started));
  });
}

const ACTIONS = {
  scan: {
    standIn: path.join(STAND_INS, 'instant-trivy.sh'),
    inputs: (standIn) => ({ path: '.', scanners: 'secret', 'trivy-path': standIn, 'db-cache': 'false' }),
  },
  sbom: {
    standIn: path.join(STAND_INS, 'instant-syft.sh'),
    inputs: (standIn) => ({
      path: '.',
      generator: 'syft',
      format: 'cyclonedx-json',
      'syft-path': standIn,
      'upload-artifact': 'false',
      'upload-release-assets': 'false',
      'dependency-snapshot': 'false',
      matrix: 'null',
    }),
  },
};

async function prepare(action) {
  const spec = ACTIONS[action];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-overhead-${action}-`));
  const dirs = { workspace: path.join(root, 'ws'), toolCache: path.join(root, 'tc'), runnerTemp: path.join(root, 'tmp') };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dirs.workspace, 'README.md'), '# empty project\n');
  const log = path.join(root, 'stand-in.log');
  const options = { inputs: spec.inputs(spec.standIn), ...dirs };
  // A first run that records the stand-in's invocations (and checks the action succeeds).
  const first = await runAction(action, { ...options, env: { BENCH_STANDIN_LOG: log } });
  if (first.exitCode !== 0) throw new Error(`${action} with the instant stand-in failed (exit ${first.exitCode}):\n${first.stdout.slice(-3000)}\n${first.stderr.slice(-2000)}`);
  const invocations = fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' '));
  // Replays of the same invocations, for the stand-in's own time (outputs to a scratch file).
  const scratch = path.join(root, 'scratch.json');
  const replay = invocations.map((argv) => argv.map((a, i) => (i > 0 && ['--output', '-o'].includes(argv[i - 1]) ? a.replace(/[^=]*$/, scratch) : a)));
  return { root, options, invocations, replay, standIn: spec.standIn };
}

export async function benchActionOverhead({ runs, log }) {
  const prepared = {};
  for (const action of Object.keys(ACTIONS)) prepared[action] = await prepare(action);
  const entries = [{ name: 'bare', fn: () => timeSpawn(process.execPath, ['-e', '']) }];
  // The harness's own duration (spawn → close) of each action run, warm-up included.
  const durations = Object.fromEntries(Object.keys(ACTIONS).map((a) => [a, []]));
  for (const [action, p] of Object.entries(prepared)) {
    entries.push({
      name: action,
      fn: async () => {
        const result = await runAction(action, p.options);
        if (result.exitCode !== 0) throw new Error(`${action} failed during the benchmark: ${result.stdout.slice(-2000)}`);
        durations[action].push(result.durationMs);
      },
    });
    entries.push({
      name: `${action}-standin`,
      fn: async () => {
        for (const argv of p.replay) await timeSpawn(p.standIn, argv);
      },
    });
  }
  const times = await interleaved(entries, { runs, warmup: 1 });
  const bare = median(times.bare);
  const rows = [];
  const results = {};
  for (const action of Object.keys(ACTIONS)) {
    const wall = median(durations[action].slice(1)); // warm-up dropped
    const standIn = median(times[`${action}-standin`]);
    const overhead = wall - standIn - bare;
    results[action] = { wall, standIn, bare, overhead, pass: overhead <= OVERHEAD_BUDGET_MS };
    rows.push([
      action,
      ms(wall),
      `${ms(standIn)} (${prepared[action].invocations.length} call(s))`,
      ms(bare),
      ms(overhead),
      `${(wall - standIn) / bare > 0 ? ((wall - standIn) / bare).toFixed(2) : '–'}×`,
      `≤ ${OVERHEAD_BUDGET_MS} ms`,
      verdict(overhead <= OVERHEAD_BUDGET_MS),
    ]);
  }
  for (const p of Object.values(prepared)) fs.rmSync(p.root, { recursive: true, force: true });
  const markdown = [
    `Medians of ${runs} runs after a warm-up, interleaved with a bare \`node -e ''\` (${ms(bare)} here) in the same rounds.`,
    'Stand-ins: `bench/stand-ins/instant-trivy.sh` (scan: `path: .`, `scanners: secret`, `trivy-path`) and',
    '`instant-syft.sh` (sbom: `path: .`, `format: cyclonedx-json`, `syft-path`, no artifact/snapshot); their own time is the',
    'median of replaying the invocations the action made. Overhead = wall − stand-in − bare node.',
    '',
    table(['action', 'wall (median)', 'stand-in', 'bare node', 'overhead over bare node', '(wall − stand-in) / bare', 'budget', 'verdict'], rows),
  ].join('\n');
  log?.(markdown);
  return { results, markdown, pass: Object.values(results).every((r) => r.pass) };
}
