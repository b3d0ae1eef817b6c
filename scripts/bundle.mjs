#!/usr/bin/env node
/**
 * Bundles every action (actions/<name>/src/index.ts) with @vercel/ncc into
 * dist/<name>/: index.js (ESM), licenses.txt, and a package.json that says
 * {"type": "module"} so Node loads index.js as ESM.
 *
 *   node scripts/bundle.mjs                 # all actions into dist/  (npm run build)
 *   node scripts/bundle.mjs scan sbom       # only these
 *   node scripts/bundle.mjs --out-dir DIR   # somewhere else (check-dist uses this)
 *   node scripts/bundle.mjs --jobs 1        # one at a time (default: 2 in parallel)
 *
 * Size and load time: a bundle is left unminified unless it would be over
 * the 1.5 MB budget; then it is minified, and a bundle still over budget
 * fails the build. Measured on Node 24 with core + exec + tool-cache +
 * github: the terser-minified bundle was half the size (683 vs 1420 KiB) but
 * loaded slower (median CPU 160 ms vs 127 ms; `node -e ''` is 35 ms), so
 * minifying is the fallback, not the default. No source maps.
 *
 * Type checking: ncc's ts-loader compiles the program of the tsconfig.json
 * nearest above the entry (actions/<name>/tsconfig.json when there is one,
 * else the root one, which includes the tests) and fails on type errors.
 * A transpile-only build is not an option with `module: NodeNext`: without
 * the whole program TypeScript emits CommonJS.
 *
 * Reproducible: ncc's cache is off, module names are relative to the repo
 * root, files are written sorted with fixed modes, and a bundle that
 * contains this checkout's absolute path is rejected. A full build (no
 * names) also removes dist/<name>/ folders whose action no longer exists.
 */
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const SELF = fileURLToPath(import.meta.url);
export const repoRoot = path.resolve(path.dirname(SELF), '..');

/** Bundles above this size are minified; above it even minified, the build fails. */
export const MAX_BUNDLE_BYTES = 1.5 * 1024 * 1024;

const NAME_RE = /^[a-z0-9][a-z0-9-]*$/;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

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
 * Packages left out of an action's bundle, each replaced by a small module
 * written beside index.js. `undici` comes in only through
 * @actions/http-client 4's top-level `import { ProxyAgent }`, which serves a
 * fetch dispatcher for Octokit; `scan`, `setup`, `sign-keyless`, `provenance` and
 * `verify` never build one (their GitHub client and Sigstore's
 * make-fetch-happen use Node's http/fetch), and undici was 60 % of scan's
 * bundle and of its load time (bench/RESULTS.md). Actions that use @actions/github (sbom's artifact
 * upload) keep the real one. The stand-in fails loudly if ever reached.
 */
const UNDICI_SHIM = {
  undici: {
    file: 'undici-unbundled.js',
    source:
      '// undici is left out of this bundle (scripts/bundle.mjs): nothing in this action uses it.\n' +
      'export class ProxyAgent {\n' +
      '  constructor() {\n' +
      "    throw new Error('undici is not bundled with this action: proxy dispatchers for fetch are unavailable');\n" +
      '  }\n' +
      '}\n',
  },
};
/**
 * sbom uses @actions/github (Octokit's fetch goes through undici) in its
 * lazily loaded artifact upload only: undici is bundled on its own, as
 * undici/index.cjs, and loaded on first use (sbom's overhead over bare Node
 * −48 ms, index.js 1.36 → 0.42 MB, measured with bench/).
 */
const UNDICI_LAZY = {
  undici: {
    file: 'undici-lazy.js',
    source:
      '// undici, bundled on its own in undici/index.cjs, is loaded on first use only (scripts/bundle.mjs):\n' +
      '// @actions/http-client and @actions/github import it at top level, but only a proxy dispatcher or\n' +
      "// @actions/github's fetch (the lazily loaded artifact upload) ever use it.\n" +
      "import { createRequire } from 'node:module';\n" +
      'const require = createRequire(import.meta.url);\n' +
      'let undici;\n' +
      "const load = () => (undici ??= require('./undici/index.cjs'));\n" +
      'export class ProxyAgent {\n' +
      '  constructor(...args) {\n' +
      '    return new (load().ProxyAgent)(...args);\n' +
      '  }\n' +
      '}\n' +
      'export function fetch(...args) {\n' +
      '  return load().fetch(...args);\n' +
      '}\n',
    bundle: { entry: 'undici', file: 'undici/index.cjs', licenses: 'undici/licenses.txt' },
  },
};
const UNBUNDLED = {
  sbom: UNDICI_LAZY,
  scan: UNDICI_SHIM,
  setup: UNDICI_SHIM,
  'sign-keyless': UNDICI_SHIM,
  sign: UNDICI_SHIM,
  provenance: UNDICI_SHIM,
  verify: UNDICI_SHIM,
};

/** One ncc run: {relativePath: Buffer}. */
async function nccBuild(name, root, minify) {
  const ncc = require('@vercel/ncc');
  const entry = path.join(root, 'actions', name, 'src', 'index.ts');
  // ncc names modules relative to the working directory and bounds its
  // tsconfig search by it.
  const cwd = process.cwd();
  process.chdir(root);
  const unbundled = UNBUNDLED[name] ?? {};
  const externals = Object.fromEntries(Object.entries(unbundled).map(([pkg, shim]) => [pkg, `./${shim.file}`]));
  let output;
  try {
    output = await ncc(entry, {
      externals,
      cache: false,
      minify,
      sourceMap: false,
      sourceMapRegister: false,
      v8cache: false,
      // One license file per chunk (ncc's license plugin writes each chunk's under the one name
      // given, so with lazy chunks the last chunk's list replaced the entry's); merged below.
      license: '[name].licenses.txt',
      quiet: true,
      transpileOnly: false,
      target: 'es2022',
      esm: true,
      filename: 'index.js',
    });
  } finally {
    process.chdir(cwd);
  }
  const files = { 'index.js': Buffer.from(output.code) };
  const chunkLicenses = [];
  for (const [asset, { source }] of Object.entries(output.assets)) {
    if (asset === 'package.json') continue; // ours below
    const content = Buffer.isBuffer(source) ? source : Buffer.from(source);
    if (asset.endsWith('.licenses.txt')) chunkLicenses.push([asset, content]);
    else files[asset] = content;
  }
  files['licenses.txt'] = mergeLicenses(chunkLicenses);
  for (const shim of Object.values(unbundled)) {
    files[shim.file] = Buffer.from(shim.source);
    if (!shim.bundle) continue;
    // A package bundled on its own (CommonJS), required by the shim on first use.
    process.chdir(root);
    let lib;
    try {
      lib = await ncc(require.resolve(shim.bundle.entry, { paths: [root] }), {
        cache: false,
        minify,
        sourceMap: false,
        sourceMapRegister: false,
        v8cache: false,
        license: 'licenses.txt',
        quiet: true,
        target: 'es2022',
        esm: false,
        filename: 'index.cjs',
      });
    } finally {
      process.chdir(cwd);
    }
    files[shim.bundle.file] = Buffer.from(lib.code);
    const licenses = lib.assets['licenses.txt']?.source;
    if (licenses) files[shim.bundle.licenses] = Buffer.isBuffer(licenses) ? licenses : Buffer.from(licenses);
  }
  files['package.json'] = Buffer.from(`${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  return files;
}

/**
 * One licenses.txt from the per-chunk ones: the entry chunk's first, then the
 * lazy chunks' in name order. Not de-duplicated (the plugin's text has no
 * unambiguous block boundary): a package bundled into two chunks is listed twice.
 */
export function mergeLicenses(chunks) {
  const ordered = [...chunks].sort(([a], [b]) =>
    a === 'main.licenses.txt' ? -1 : b === 'main.licenses.txt' ? 1 : a.localeCompare(b),
  );
  const texts = ordered.map(([, content]) => content.toString('utf8').replace(/\s+$/, '')).filter(Boolean);
  return Buffer.from(texts.length > 0 ? `${texts.join('\n\n')}\n` : '');
}

/**
 * Bundles one action and returns {files, minified}; writes nothing.
 * Throws on type errors, on an absolute path in the output, and when even
 * the minified bundle is over budget.
 */
export async function bundleAction(name, { root = repoRoot } = {}) {
  let files = await nccBuild(name, root, false);
  let minified = false;
  if (files['index.js'].length > MAX_BUNDLE_BYTES) {
    minified = true;
    files = await nccBuild(name, root, true);
    if (files['index.js'].length > MAX_BUNDLE_BYTES) {
      throw new Error(
        `dist/${name}/index.js is ${kib(files['index.js'].length)} even minified, over the ${kib(MAX_BUNDLE_BYTES)} budget`,
      );
    }
  }
  for (const [file, content] of Object.entries(files)) {
    if (content.includes(root)) {
      throw new Error(`dist/${name}/${file} contains the absolute path ${root}: it would differ between checkouts`);
    }
  }
  return { files, minified };
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
function buildInChild(name, outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SELF, '--jobs', '1', '--out-dir', outDir, name], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`bundling ${name} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Builds `names` (default: all) into outDir, `jobs` at a time (in child
 * processes when more than one).
 */
export async function build({
  names,
  outDir = path.join(repoRoot, 'dist'),
  root = repoRoot,
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
        await buildInChild(name, outDir).catch((error) => failures.push(error));
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, selected.length) }, worker));
    if (failures.length > 0) throw new Error(failures.map((e) => e.message).join('; '));
  } else {
    for (const name of selected) {
      const started = performance.now();
      const { files, minified } = await bundleAction(name, { root });
      await writeBundle(outDir, name, files);
      const ms = Math.round(performance.now() - started);
      log(
        `bundle: ${name}: index.js ${kib(files['index.js'].length)}${minified ? ' (minified: over budget plain)' : ''} in ${ms} ms`,
      );
    }
  }

  if (!names || names.length === 0) {
    // Full build: the output folder holds exactly one folder per action.
    if (existsSync(outDir)) {
      for (const entry of await readdir(outDir, { withFileTypes: true })) {
        if (!all.includes(entry.name)) {
          await rm(path.join(outDir, entry.name), { recursive: true, force: true });
          log(`bundle: removed ${entry.name}/ (no such action)`);
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
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: node scripts/bundle.mjs [--out-dir DIR] [--jobs N] [ACTION...]');
    return;
  }
  const outDir = values['out-dir'] ? path.resolve(values['out-dir']) : path.join(repoRoot, 'dist');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    throw new Error(`--jobs must be a positive integer; got '${values.jobs}'`);
  }
  await build({ names: positionals, outDir, jobs });
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
    console.error(`bundle: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
