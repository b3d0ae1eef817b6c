#!/usr/bin/env node
/**
 * Bundles every action (actions/<name>/src/index.ts) with @vercel/ncc into
 * dist/<name>/: index.js (ESM), licenses.txt and a package.json that says
 * {"type": "module"} so Node loads index.js as ESM.
 *
 *   node scripts/bundle.mjs                 # all actions into dist/
 *   node scripts/bundle.mjs scan sbom       # only these
 *   node scripts/bundle.mjs --out-dir DIR   # somewhere else (check-dist uses this)
 *   node scripts/bundle.mjs --jobs 1        # one at a time (default: 2 in parallel)
 *
 * Not minified, on purpose: on Node 24 an ncc+terser bundle of @actions/*
 * loaded ~35% slower (CPU 160 ms vs 127 ms, `node -e ''` = 35 ms) than the
 * plain one, which is twice the size but stays under the 1.5 MB budget that
 * this script enforces. `--minify` exists for when it would not.
 *
 * Output is a pure function of the sources and the lockfile: ncc's cache is
 * off, no source maps, files are written in sorted order with fixed modes,
 * and the bundle is checked for absolute paths of this checkout (which would
 * make it differ between clones). A full build (no names) also removes
 * dist/<name>/ folders whose action no longer exists.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles above this size fail the build: they cost load time on every run. */
export const MAX_BUNDLE_BYTES = 1.5 * 1024 * 1024;

const NAME_RE = /^[a-z0-9][a-z0-9-]*$/;

/** Names of the actions that have a src/index.ts, sorted. */
export async function listActions(root = repoRoot) {
  const dir = path.join(root, 'actions');
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'src', 'index.ts')))
    .map((e) => e.name)
    .sort();
}

/**
 * Bundles one action and returns its files as {relativePath: Buffer}.
 * Nothing is written here.
 */
export async function bundleAction(name, { root = repoRoot, minify = false } = {}) {
  const ncc = require('@vercel/ncc');
  const entry = path.join(root, 'actions', name, 'src', 'index.ts');
  // ncc names modules in the bundle relative to the working directory.
  const cwd = process.cwd();
  process.chdir(root);
  let output;
  try {
    output = await ncc(entry, {
      cache: false,
      minify,
      sourceMap: false,
      sourceMapRegister: false,
      v8cache: false,
      license: 'licenses.txt',
      quiet: true,
      // Full ts-loader: with `module: NodeNext` only a whole-program compile
      // knows these files are ESM (transpile-only would emit CommonJS and
      // resolve the ESM-only @actions/* packages with `require` conditions).
      // It type-checks the tsconfig program found above the entry, too.
      transpileOnly: false,
      target: 'es2022',
      esm: true,
      filename: 'index.js',
    });
  } finally {
    process.chdir(cwd);
  }
  const { code, assets } = output;
  /** @type {Record<string, Buffer>} */
  const files = { 'index.js': Buffer.from(code) };
  for (const [asset, { source }] of Object.entries(assets)) {
    if (asset === 'package.json') continue; // ours below
    files[asset] = Buffer.isBuffer(source) ? source : Buffer.from(source);
  }
  files['package.json'] = Buffer.from(`${JSON.stringify({ type: 'module' }, null, 2)}\n`);

  // A bundle that names this checkout's path would differ between clones.
  for (const [file, content] of Object.entries(files)) {
    if (content.includes(root)) {
      throw new Error(`dist/${name}/${file} contains the absolute path ${root}; the bundle would not be reproducible`);
    }
  }
  const size = files['index.js'].length;
  if (size > MAX_BUNDLE_BYTES) {
    throw new Error(`dist/${name}/index.js is ${(size / 1048576).toFixed(2)} MB, over the ${MAX_BUNDLE_BYTES / 1048576} MB budget`);
  }
  return files;
}

/** Replaces outDir/<name>/ with exactly `files`. */
export async function writeBundle(outDir, name, files) {
  const dir = path.join(outDir, name);
  await rm(dir, { recursive: true, force: true });
  for (const file of Object.keys(files).sort()) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, files[file], { mode: 0o644 });
  }
}

/** Builds one action in a child process (ncc works relative to the process's cwd). */
function buildInChild(name, { outDir, minify }) {
  const argv = [fileURLToPath(import.meta.url), '--jobs', '1', '--out-dir', outDir, ...(minify ? ['--minify'] : []), name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`bundling ${name} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Builds `names` (default: all) into outDir, `jobs` actions at a time (in
 * child processes when more than one).
 */
export async function build({
  names,
  outDir = path.join(repoRoot, 'dist'),
  root = repoRoot,
  minify = false,
  jobs = Math.min(2, os.availableParallelism()),
  log = console.log,
} = {}) {
  const all = await listActions(root);
  const selected = names && names.length > 0 ? names : all;
  for (const name of selected) {
    if (!NAME_RE.test(name)) throw new Error(`not an action name: ${JSON.stringify(name)}`);
    if (!all.includes(name)) throw new Error(`no action '${name}': expected actions/${name}/src/index.ts`);
  }
  if (all.length === 0) log('bundle: no actions/*/src/index.ts found; nothing to build');

  if (jobs > 1 && selected.length > 1 && root === repoRoot) {
    const queue = [...selected];
    const failures = [];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        await buildInChild(name, { outDir, minify }).catch((error) => failures.push(error));
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, selected.length) }, worker));
    if (failures.length > 0) throw new Error(failures.map((e) => e.message).join('; '));
  } else {
    for (const name of selected) {
      const started = performance.now();
      const files = await bundleAction(name, { root, minify });
      await writeBundle(outDir, name, files);
      const ms = Math.round(performance.now() - started);
      const size = files['index.js'].length;
      log(`bundle: ${name}: index.js ${(size / 1024).toFixed(0)} KiB (${ms} ms)`);
    }
  }

  if (!names || names.length === 0) {
    // Full build: the output folder holds exactly one folder per action.
    if (existsSync(outDir)) {
      for (const entry of await readdir(outDir, { withFileTypes: true })) {
        if (!all.includes(entry.name)) {
          await rm(path.join(outDir, entry.name), { recursive: true, force: true });
          log(`bundle: removed ${entry.name}/ from ${path.relative(root, outDir) || outDir} (no such action)`);
        }
      }
    }
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string' },
      minify: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: node scripts/bundle.mjs [--out-dir DIR] [--minify] [--jobs N] [ACTION...]');
    return;
  }
  const outDir = values['out-dir'] ? path.resolve(values['out-dir']) : path.join(repoRoot, 'dist');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new Error(`--jobs must be a positive integer; got '${values.jobs}'`);
  await build({ names: positionals, outDir, minify: values.minify, jobs });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`bundle: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
