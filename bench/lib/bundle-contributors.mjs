#!/usr/bin/env node
/**
 * What makes an action's bundle big: bundles actions/<name>/src/index.ts with
 * ncc using the options of scripts/bundle.mjs, and prints (JSON) webpack's
 * module stats summed per package, split into the entry chunk (index.js) and
 * lazy chunks. Sizes are of the modules as webpack saw them (after ts-loader,
 * before concatenation), so they sum close to, not exactly to, the file size.
 *
 *   node bench/lib/bundle-contributors.mjs scan
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** "node_modules/@actions/core/lib/core.js" → "@actions/core"; "packages/findings/src/x.ts" → "@scs/findings". */
export function ownerOf(name) {
  const clean = name.replace(/^\.\//, '').replace(/ \+ \d+ modules$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const ws = /^packages\/([^/]+)\//.exec(clean);
  if (ws) return `@scs/${ws[1]} (workspace)`;
  const action = /^actions\/([^/]+)\//.exec(clean);
  if (action) return `actions/${action[1]}`;
  return clean.startsWith('external ') || clean.startsWith('node:') ? '(node built-ins)' : clean;
}

async function main(name) {
  const ncc = require('@vercel/ncc');
  process.chdir(repoRoot);
  const output = await ncc(path.join(repoRoot, 'actions', name, 'src', 'index.ts'), {
    cache: false,
    minify: false,
    sourceMap: false,
    sourceMapRegister: false,
    v8cache: false,
    license: 'licenses.txt',
    quiet: true,
    transpileOnly: false,
    target: 'es2022',
    esm: true,
    filename: 'index.js',
  });
  const stats = output.stats.toJson({
    modules: true,
    chunks: true,
    chunkModules: true,
    nestedModules: true,
    reasons: false,
    source: false,
  });
  const entryChunks = new Set(stats.chunks.filter((c) => c.initial).map((c) => c.id));
  const byOwner = {};
  const seen = new Set();
  const walk = (modules, chunks) => {
    for (const m of modules ?? []) {
      if (m.modules?.length) {
        walk(m.modules, m.chunks?.length ? m.chunks : chunks);
        continue;
      }
      const id = m.identifier ?? m.name;
      if (seen.has(id)) continue;
      seen.add(id);
      const owner = ownerOf(m.name ?? m.identifier ?? '?');
      const where = (m.chunks?.length ? m.chunks : (chunks ?? [])).some((c) => entryChunks.has(c)) ? 'entry' : 'lazy';
      const row = (byOwner[owner] ??= { entry: 0, lazy: 0, modules: 0 });
      row[where] += m.size ?? 0;
      row.modules += 1;
    }
  };
  walk(stats.modules);
  process.stdout.write(`${JSON.stringify({ action: name, indexBytes: Buffer.byteLength(output.code), byOwner })}\n`);
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
