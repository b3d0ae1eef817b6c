/**
 * Every local run of `npm run example -- <run>` (test/support/local-runs.ts,
 * scripts/example.mjs): each runs the built bundles as the runner does on the
 * bundled example, offline, and its outputs are checked here — the signing
 * runs' bundles independently with @sigstore/verify against the loopback
 * stack's trusted root, and the chain's verify against what sign-keyless and
 * provenance just wrote.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { REPO_ROOT } from '../support/action-harness.js';
import { LOCAL_RUNS, RELEASE_FILE, localRun, localTool, type LocalRunResult } from '../support/local-runs.js';
import { requireTrivy } from '../support/test-tools.js';

const trivy = requireTrivy();
const withTrivy = trivy ? it : it.skip;
/** The real cosign (built by npm run test:interop), for the printed verify command. */
const cosign = localTool('cosign');
if (!cosign) {
  const message = 'the real cosign is missing in .cache/test-tools (npm run test:interop builds it)';
  if (process.env.SCS_REQUIRE_INFRA === '1') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
}
const withCosign = cosign ? it : it.skip;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function errors(result: LocalRunResult): string {
  return result.steps
    .flatMap((step) =>
      step.run.commands.filter((c) => c.command === 'error').map((c) => `${step.action}: ${c.message}`),
    )
    .join('\n');
}

function step(result: LocalRunResult, action: string) {
  const found = result.steps.find((s) => s.action === action);
  if (!found) throw new Error(`${result.name} ran no ${action} step`);
  return found.run;
}

/** Verifies a bundle file with @sigstore/verify against the run's trusted root; returns the signer and the bundle. */
function verifyBundle(result: LocalRunResult, file: string, data?: Buffer) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const root = TrustedRoot.fromJSON(result.trustedRoot);
  const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 0 });
  return { signer: verifier.verify(toSignedEntity(bundleFromJSON(json), data)), json };
}

const IDENTITY = 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main';

describe('local runs (npm run example -- <run>), offline', () => {
  withTrivy(
    'scan: the gate fails on the deliberately flawed example, with SARIF and findings',
    async () => {
      const result = await localRun('scan');
      const run = step(result, 'scan');
      expect(run.outputs.gate).toBe('fail');
      expect(Number(run.outputs['gate-count'])).toBeGreaterThan(0);
      expect(fs.existsSync(run.outputs['sarif-file']!)).toBe(true);
      expect(result.ok).toBe(true);
    },
    300_000,
  );

  withTrivy(
    'sbom: a CycloneDX document whose digest the step reports',
    async () => {
      const result = await localRun('sbom');
      expect(errors(result)).toBe('');
      const run = step(result, 'sbom');
      const file = run.outputs['sbom-file']!;
      const body = fs.readFileSync(file);
      expect((JSON.parse(body.toString('utf8')) as { bomFormat: string }).bomFormat).toBe('CycloneDX');
      expect(run.outputs['sbom-digest']).toBe(`sha256:${sha256(body)}`);
      expect(result.ok).toBe(true);
    },
    300_000,
  );

  withTrivy(
    'setup: the local tools on PATH, each with its digest and probed version',
    async () => {
      const result = await localRun('setup');
      expect(errors(result)).toBe('');
      const run = step(result, 'setup');
      const tools = JSON.parse(run.outputs.tools!) as {
        name: string;
        binary: string;
        sha256: string;
        source: string;
      }[];
      expect(tools.map((t) => t.name)).toContain('trivy');
      for (const tool of tools) {
        expect(tool.source).toBe('path');
        expect(tool.sha256).toBe(sha256(fs.readFileSync(tool.binary)));
        // A later step finds it by name through GITHUB_PATH, and it is the same file.
        const onPath = run.pathFile
          .split('\n')
          .filter(Boolean)
          .map((dir) => path.join(dir, tool.name))
          .find((file) => fs.existsSync(file));
        expect(onPath && sha256(fs.readFileSync(onPath))).toBe(tool.sha256);
      }
      expect(result.ok).toBe(true);
    },
    300_000,
  );

  it('sign-keyless: a bundle over the release file that verifies against the loopback trusted root', async () => {
    const result = await localRun('sign-keyless');
    expect(errors(result)).toBe('');
    const run = step(result, 'sign-keyless');
    const [bundle] = JSON.parse(run.outputs['bundle-paths']!) as string[];
    expect(bundle).toBe(path.join(run.workspace, `${RELEASE_FILE}.sigstore.json`));
    const { signer } = verifyBundle(result, bundle!, fs.readFileSync(path.join(run.workspace, RELEASE_FILE)));
    expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);
    expect(run.outputs['certificate-identity']).toBe(IDENTITY);
    expect(run.outputs['rekor-log-index']).toMatch(/^\d+$/);
    expect(result.ok).toBe(true);
  });

  withCosign(
    'sign-keyless: the verify command it prints passes with the real cosign, after the stack is gone',
    async () => {
      const result = await localRun('sign-keyless');
      const run = step(result, 'sign-keyless');
      const command = run.outputs['verify-command']!;
      expect(command).toMatch(/^cosign verify-blob /);
      const env = { PATH: `${path.dirname(cosign!)}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: run.workspace };
      const ok = spawnSync('sh', ['-c', command], { cwd: run.workspace, env, encoding: 'utf8', timeout: 60_000 });
      expect(`${ok.stdout}${ok.stderr}`).toMatch(/Verified OK/);
      expect(ok.status).toBe(0);
      // And it is a real check: another identity is refused.
      const other = command.replace('release.yml@refs/heads/main', 'other.yml@refs/heads/main');
      const refused = spawnSync('sh', ['-c', other], { cwd: run.workspace, env, encoding: 'utf8', timeout: 60_000 });
      expect(refused.status).not.toBe(0);
    },
  );

  it('provenance: SLSA v1 provenance of the release file, signed by the same identity', async () => {
    const result = await localRun('provenance');
    expect(errors(result)).toBe('');
    const run = step(result, 'provenance');
    const { signer, json } = verifyBundle(result, run.outputs['bundle-path']!);
    expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);
    const envelope = (json as { dsseEnvelope: { payload: string } }).dsseEnvelope;
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      predicateType: string;
      subject: { name: string; digest: { sha256: string } }[];
    };
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([
      {
        name: path.basename(RELEASE_FILE),
        digest: { sha256: sha256(fs.readFileSync(path.join(run.workspace, RELEASE_FILE))) },
      },
    ]);
    expect(result.ok).toBe(true);
  });

  it('verify: the signature sign-keyless just made passes the identity policy', async () => {
    const result = await localRun('verify');
    expect(errors(result)).toBe('');
    expect(result.steps.map((s) => s.action)).toEqual(['sign-keyless', 'verify']);
    const run = step(result, 'verify');
    expect(run.outputs.verified).toBe('true');
    const entries = JSON.parse(run.outputs.results!) as { type: string; passed: boolean; identity: string }[];
    expect(entries).toEqual([expect.objectContaining({ type: 'message-signature', passed: true, identity: IDENTITY })]);
    expect(result.ok).toBe(true);
  });

  it('chain: sign → provenance → verify, the signature and the provenance both verified and required', async () => {
    const result = await localRun('chain');
    expect(errors(result)).toBe('');
    expect(result.steps.map((s) => s.action)).toEqual(['sign-keyless', 'provenance', 'verify']);
    const run = step(result, 'verify');
    expect(run.outputs.verified).toBe('true');
    const entries = JSON.parse(run.outputs.results!) as { predicateType: string | null; passed: boolean }[];
    expect(entries.map((e) => [e.predicateType, e.passed])).toEqual([
      [null, true],
      ['https://slsa.dev/provenance/v1', true],
    ]);
    expect(result.ok).toBe(true);
  });

  it('the CLI: an unknown run prints the list of runs; `verify` runs and ends with its verdict', () => {
    const script = path.join(REPO_ROOT, 'scripts', 'example.mjs');
    const bad = spawnSync(process.execPath, [script, 'nonsense'], { encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    for (const name of Object.keys(LOCAL_RUNS)) expect(bad.stderr).toContain(`  ${name} `);
    const good = spawnSync(process.execPath, [script, 'verify'], { encoding: 'utf8', timeout: 120_000 });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('=== verify (dist/verify/index.js) ===');
    expect(good.stdout.trimEnd().split('\n').at(-1)).toBe(`Verified: true, signer ${IDENTITY}.`);
    // The runner masks what ::add-mask:: names; so does the printout (the OIDC token never shows).
    expect(good.stdout).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}\.eyJ/);
  });
});
