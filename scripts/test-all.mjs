#!/usr/bin/env node
/**
 * `npm run test:all`: every jest project (unit and integration) with the
 * integration infrastructure required, so nothing is silently skipped.
 *
 *  1. installs docker-registry and skopeo when missing and allowed
 *     (scripts/install-test-deps.sh: root or password-less sudo),
 *  2. fetches the Trivy test binary (scripts/fetch-test-tools.mjs),
 *  3. runs jest with SCS_REQUIRE_INFRA=1: a missing registry, skopeo or
 *     Trivy fails the integration tests instead of skipping them.
 *
 * Extra arguments go to jest: `npm run test:all -- --selectProjects unit`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTrivy } from './fetch-test-tools.mjs';

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

  const jest = path.join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js');
  return run(process.execPath, ['--experimental-vm-modules', jest, ...process.argv.slice(2)], {
    ...process.env,
    SCS_REQUIRE_INFRA: '1',
  });
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
