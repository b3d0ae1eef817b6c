#!/usr/bin/env node
// Runs an action of the suite from its built bundle (dist/<action>/index.js) on
// the bundled example project (examples/demo-app), exactly as the GitHub runner
// would, and prints what a reviewer would see: the log, the job summary, the
// outputs and the annotations.
//
//   npm run example                   # scan (the suite's main job)
//   npm run example -- <run>          # scan | sbom | sign-keyless | provenance | verify | chain | setup
//   npm run example -- <run> --offline   # never try github.com (scan, sbom, setup)
//
// scan, sbom and setup install the pinned tools (digest checked) when github.com
// is reachable, and otherwise use the test binaries in .cache/test-tools through
// the actions' `*-path` inputs. sign-keyless, provenance, verify and chain run
// against a loopback Sigstore stack and make no request beyond 127.0.0.1.
// What each run does: docs/local-runs.md; the runs themselves:
// test/support/local-runs.ts (which the integration tests run too).
import '../bench/lib/typescript-sources.mjs';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// After the hook above is registered: the .ts sources import each other as `./x.js`.
const { LOCAL_RUNS, isLocalRunName, localRun } = await import('../test/support/local-runs.ts');

const NEEDS_NETWORK = new Set(['scan', 'sbom', 'setup']);
const ACTIONS = { verify: ['sign-keyless', 'verify'], chain: ['sign-keyless', 'provenance', 'verify'] };

function usage() {
  const lines = Object.entries(LOCAL_RUNS).map(([name, what]) => `  ${name.padEnd(13)} ${what}`);
  return `usage: npm run example [-- <run>] [--offline]\n\nruns:\n${lines.join('\n')}`;
}

async function githubReachable() {
  try {
    const response = await fetch('https://github.com/aquasecurity/trivy/releases', {
      method: 'HEAD',
      signal: AbortSignal.timeout(5000),
    });
    return response.status < 500;
  } catch {
    return false;
  }
}

function print(action, run) {
  console.log(`\n=== ${action} (dist/${action}/index.js) ===`);
  console.log('--- action log (stdout; masked values shown as *** like the runner does) ---');
  const masked = run.commands.filter((c) => c.command === 'add-mask' && c.message).map((c) => c.message);
  let log = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of masked) log = log.split(secret).join('***');
  console.log(log);
  if (run.stderr.trim()) console.log(`--- stderr ---\n${run.stderr}`);
  console.log('--- job summary ---');
  console.log(run.summary);
  console.log('--- outputs ---');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`);
  const annotations = run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
  console.log(`--- ${annotations.length} annotations; the step's exit code was ${run.exitCode} ---`);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage());
  process.exit(0);
}
const offline = args.includes('--offline');
const names = args.filter((arg) => arg !== '--offline');
if (names.length > 1 || (names[0] !== undefined && !isLocalRunName(names[0]))) {
  console.error(usage());
  process.exit(2);
}
const name = names[0] ?? 'scan';

for (const action of ACTIONS[name] ?? [name]) {
  if (!fs.existsSync(path.join(root, 'dist', action, 'index.js'))) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), action], { stdio: 'inherit' });
  }
}

let online = false;
if (NEEDS_NETWORK.has(name) && !offline) {
  online = await githubReachable();
  if (!online) console.log('No network access to github.com: the pinned releases cannot be downloaded here.');
}
console.log(`Running ${name} (${LOCAL_RUNS[name]}) …`);
const result = await localRun(name, { online });
for (const note of result.notes) console.log(note);
for (const step of result.steps) print(step.action, step.run);
console.log(`\n${result.verdict}`);
if (!result.ok) process.exit(1);
