/**
 * Benchmark 2 — bundle size and load: bytes of dist/<a>/index.js and of its
 * lazy chunks, and the time to load index.js (run with an empty environment,
 * it evaluates the whole bundle and stops at the first input check) over a
 * bare `node -e ''` measured in the same rounds. When an index.js is over
 * budget, bench/lib/bundle-contributors.mjs says which packages fill it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../test/support/action-harness.ts';
import { interleaved, median, ms, run, table, verdict } from './stats.mjs';

export const BUNDLE_BUDGET_BYTES = 1_500_000;
const kb = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;

function actions() {
  const dist = path.join(REPO_ROOT, 'dist');
  return fs
    .readdirSync(dist)
    .filter((name) => fs.existsSync(path.join(dist, name, 'index.js')))
    .sort();
}

export async function benchBundleSize({ runs, log, analyze = true }) {
  const names = actions();
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const entries = [{ name: 'bare', fn: () => run(process.execPath, ['-e', ''], { env, cwd: empty }) }];
  for (const name of names) {
    entries.push({
      name,
      fn: () =>
        run(process.execPath, [path.join(REPO_ROOT, 'dist', name, 'index.js')], {
          env,
          cwd: empty,
          allowFailure: true,
        }),
    });
  }
  // Indicator: importing undici from node_modules alone (the biggest package in index.js, see below).
  entries.push({
    name: 'undici-alone',
    fn: () => run(process.execPath, ['--input-type=module', '-e', "await import('undici')"], { env, cwd: REPO_ROOT }),
  });
  const times = await interleaved(entries, { runs, warmup: 1 });
  const bare = median(times.bare);
  const rows = [];
  const results = {};
  for (const name of names) {
    const dir = path.join(REPO_ROOT, 'dist', name);
    const index = fs.statSync(path.join(dir, 'index.js')).size;
    const chunks = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.js') && f !== 'index.js')
      .sort();
    const load = median(times[name]) - bare;
    results[name] = {
      index,
      chunks: Object.fromEntries(chunks.map((c) => [c, fs.statSync(path.join(dir, c)).size])),
      load,
      pass: index <= BUNDLE_BUDGET_BYTES,
    };
    rows.push([
      name,
      `${index.toLocaleString('en-US')} B`,
      chunks.map((c) => `${c} ${kb(results[name].chunks[c])}`).join(', ') || '–',
      ms(load),
      `${(median(times[name]) / bare).toFixed(2)}×`,
      '≤ 1,500,000 B',
      verdict(results[name].pass),
    ]);
  }
  fs.rmSync(empty, { recursive: true, force: true });
  const parts = [
    `Load = median wall of \`node dist/<a>/index.js\` with an empty environment (the bundle is evaluated, then the action stops at`,
    `its first input check) minus bare \`node -e ''\` (${ms(bare)}), ${runs} interleaved runs after a warm-up. Lazy chunks load only when used`,
    '(e.g. `@actions/cache` on a DB-cache restore/save, `@actions/artifact` on an upload).',
    '',
    table(['action', 'index.js', 'lazy chunks', 'load over bare node', 'load / bare', 'budget', 'verdict'], rows),
    '',
    `For scale: \`await import('undici')\` from node_modules alone costs ${ms(median(times['undici-alone']) - bare)} over bare node.`,
  ];
  const over = names.filter((n) => !results[n].pass);
  let lazyOk = true;
  if (analyze) {
    const lazyRows = [];
    for (const name of names) {
      log?.(`bundle: analysing dist/${name}/index.js (ncc module stats; takes ~20 s)`);
      const { stdout } = await run(process.execPath, [
        path.join(REPO_ROOT, 'bench', 'lib', 'bundle-contributors.mjs'),
        name,
      ]);
      const { byOwner } = JSON.parse(stdout);
      const heavy = Object.entries(byOwner).filter(([owner]) => /^@actions\/(cache|artifact)$|^@azure\//.test(owner));
      const eager = heavy.filter(([, v]) => v.entry > 0).map(([owner]) => owner);
      const lazy = heavy.filter(([, v]) => v.lazy > 0).map(([owner]) => owner);
      lazyOk &&= eager.length === 0;
      results[name].eagerHeavy = eager;
      lazyRows.push([
        name,
        lazy.length ? lazy.join(', ') : '–',
        eager.length ? eager.join(', ') : 'none',
        verdict(eager.length === 0),
      ]);
      if (results[name].pass) continue;
      const sorted = Object.entries(byOwner)
        .filter(([, v]) => v.entry > 0)
        .sort((a, b) => b[1].entry - a[1].entry);
      const total = sorted.reduce((sum, [, v]) => sum + v.entry, 0);
      results[name].contributors = sorted
        .slice(0, 12)
        .map(([owner, v]) => ({ owner, bytes: v.entry, modules: v.modules }));
      parts.push(
        '',
        `**Why dist/${name}/index.js is over budget** — webpack module stats of its entry chunk, summed per package (module sizes before concatenation, ${kb(total)} in all):`,
        '',
        table(
          ['package', 'bytes in index.js', 'share'],
          results[name].contributors.map((c) => [c.owner, kb(c.bytes), `${((100 * c.bytes) / total).toFixed(1)} %`]),
        ),
      );
    }
    parts.push(
      '',
      '`@actions/cache`, `@actions/artifact` and `@azure/*` must live in lazy chunks only (from the same module stats):',
      '',
      table(['action', 'in lazy chunks', 'in index.js', 'verdict'], lazyRows),
    );
  }
  const markdown = parts.join('\n');
  log?.(markdown);
  return { results, markdown, pass: over.length === 0 && lazyOk };
}
