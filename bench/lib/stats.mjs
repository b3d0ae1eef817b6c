/** Timing and formatting helpers shared by the benchmarks. */
import { spawn, spawnSync } from 'node:child_process';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` once as a warm-up, then `runs` times; returns the durations in ms. */
export async function timeRuns(fn, { runs, warmup = 1 }) {
  for (let i = 0; i < warmup; i += 1) await fn(-1);
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Several measured commands interleaved round by round (A B C, A B C, …), so
 * that a noisy stretch of the machine hits all of them alike. Each entry is
 * {name, fn}; returns {name: durations[]}.
 */
export async function interleaved(entries, { runs, warmup = 1 }) {
  const times = Object.fromEntries(entries.map((e) => [e.name, []]));
  for (let round = -warmup; round < runs; round += 1) {
    for (const { name, fn } of entries) {
      const started = performance.now();
      await fn(round);
      if (round >= 0) times[name].push(performance.now() - started);
    }
  }
  return times;
}

/** Spawns a process, resolves with {code, stdout, stderr}; rejects on a non-zero exit unless allowFailure. */
export function run(command, args, { env, cwd, allowFailure = false, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: env ?? process.env,
      cwd,
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    if (input) child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && !allowFailure)
        reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ code, stdout, stderr });
    });
  });
}

export function runSync(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options });
}

export const ms = (value) =>
  value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
export const ratio = (value) => `${value.toFixed(2)}×`;
export const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
