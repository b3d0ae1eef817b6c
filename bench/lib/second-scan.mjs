/**
 * Benchmark 5 — second scan in a job: the loopback registry with the Trivy DB
 * fixture and the alpine-app image, set up exactly as the integration tests
 * do (test/setup/global-setup.ts), and a counting proxy
 * (test/support/counting-proxy.ts) in front of it for the DB repository
 * only. The scan bundle runs twice with the same RUNNER_TEMP, as two steps of
 * one job would; the second must make no DB request.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import globalSetup from '../../test/setup/global-setup.ts';
import globalTeardown from '../../test/setup/global-teardown.ts';
import { runAction } from '../../test/support/action-harness.ts';
import { CountingProxy } from '../../test/support/counting-proxy.ts';
import { ms, table, verdict } from './stats.mjs';

export async function benchSecondScan({ pairs = 1, log }) {
  const previous = process.env.SCS_TEST_INFRA;
  await globalSetup();
  const state = JSON.parse(fs.readFileSync(process.env.SCS_TEST_INFRA, 'utf8'));
  try {
    const infra = state.infra;
    if (!infra?.trivyDb || !infra.trivy) {
      const why = state.missing.join('; ') || 'unknown';
      const markdown = `Not run: the test infrastructure is incomplete (${why}).`;
      log?.(markdown);
      return { markdown, pass: false, skipped: true };
    }
    const proxy = new CountingProxy(infra.registry);
    await proxy.start();
    const rows = [];
    let pass = true;
    try {
      const image = infra.images['alpine-app'];
      const dbRepository = infra.trivyDb.repository.replace(infra.registry, proxy.address);
      for (let pair = 0; pair < pairs; pair += 1) {
        const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-second-scan-'));
        const scan = async () => {
          proxy.paths.length = 0;
          const result = await runAction('scan', {
            runnerTemp,
            inputs: {
              image: image.refByDigest,
              scanners: 'vuln',
              'trivy-path': infra.trivy,
              'db-repository': dbRepository,
              'db-cache': 'false',
              'fail-on': 'none',
            },
            env: {
              HTTPS_PROXY: 'http://127.0.0.1:9',
              HTTP_PROXY: 'http://127.0.0.1:9',
              NO_PROXY: '127.0.0.1,localhost',
            },
            timeoutMs: 300_000,
          });
          if (result.exitCode !== 0 || result.outputs.total !== '1') {
            throw new Error(
              `scan failed (exit ${result.exitCode}, total ${result.outputs.total}):\n${result.stdout.slice(-3000)}`,
            );
          }
          return { ms: result.durationMs, requests: [...proxy.paths] };
        };
        const first = await scan();
        const second = await scan();
        const ok = first.requests.length > 0 && second.requests.length === 0;
        pass &&= ok;
        rows.push([
          pair + 1,
          ms(first.ms),
          first.requests.length,
          ms(second.ms),
          second.requests.length,
          ms(first.ms - second.ms),
          '0 DB requests',
          verdict(ok),
        ]);
        fs.rmSync(runnerTemp, { recursive: true, force: true });
      }
    } finally {
      await proxy.stop();
    }
    const markdown = [
      `Real Trivy (\`trivy-path\`), \`scanners: vuln\` on the alpine-app test image, the DB fixture \`${infra.trivyDb.repository.replace(/^[^/]+/, 'REGISTRY')}\``,
      'through a counting proxy, `db-cache: false` (no Actions cache: what is reused is the DB the first step prepared in RUNNER_TEMP).',
      "Wall times are the harness's (spawn → exit of `node dist/scan/index.js`), including Trivy's own scan.",
      '',
      table(
        ['pair', 'first scan', 'DB requests', 'second scan', 'DB requests', 'saved', 'budget (second)', 'verdict'],
        rows,
      ),
    ].join('\n');
    log?.(markdown);
    return { markdown, pass };
  } finally {
    await globalTeardown();
    if (previous === undefined) delete process.env.SCS_TEST_INFRA;
    else process.env.SCS_TEST_INFRA = previous;
  }
}
