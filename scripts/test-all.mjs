#!/usr/bin/env node
/**
 * `npm run test:all`: every jest project (unit and integration) with the
 * integration infrastructure required, so nothing is silently skipped.
 *
 *  1. installs docker-registry and skopeo when missing and allowed
 *     (scripts/install-test-deps.sh: root or password-less sudo),
 *  2. fetches the Trivy test binary and builds (once per machine) the Go
 *     tools of the interop project (scripts/fetch-test-tools.mjs,
 *     scripts/go-test-tools.mjs),
 *  3. runs jest with SCS_REQUIRE_INFRA=1: a missing registry, skopeo or
 *     Trivy fails the integration tests instead of skipping them.
 *
 * Extra arguments go to jest: `npm run test:all -- --selectProjects unit`.
 *
 * Closes with one plain line, `tests: N passed, N failed, N skipped` (also
 * written to .cache/test-summary.txt for .ci/run to repeat at its end).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTrivy } from './fetch-test-tools.mjs';
import { ensureGoTools } from './go-test-tools.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

async function main() {
  if (process.platform === 'linux') {
    const status = run('bash', [path.join(repoRoot, 'scripts', 'install-test-deps.sh')]);
    if (status !== 0) return status;
  }
  const trivy = await ensureTrivy();
  if (trivy.status === 'unsupported') console.log(`test:all: ${trivy.reason}`);
  // The interop project's real tools (built once per machine, outside the clone).
  await ensureGoTools({ log: (m) => console.log(`test:all: ${m}`) });

  const jest = path.join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js');
  const cacheDir = path.join(repoRoot, '.cache');
  const resultsFile = path.join(cacheDir, 'test-results.json');
  mkdirSync(cacheDir, { recursive: true });
  rmSync(resultsFile, { force: true });
  const status = run(
    process.execPath,
    ['--experimental-vm-modules', jest, '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
    { ...process.env, SCS_REQUIRE_INFRA: '1' },
  );

  let line;
  if (existsSync(resultsFile)) {
    const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
    const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
    line = `tests: ${r.numPassedTests} passed, ${failed} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`;
  } else {
    line = `tests: jest reported no results (exit ${status})`;
  }
  writeFileSync(path.join(cacheDir, 'test-summary.txt'), `${line}\n`);
  console.log(line);
  return status;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    console.error(`test:all: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
