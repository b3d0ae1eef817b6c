/**
 * Per-platform attestations (issue 18 item 4), from dist/: provenance with `platform` attests the platform
 * manifests of a real multi-platform index (pushed by the global setup, copied to a fresh repository per
 * test) as well as the index, with the sigstore engine and with the cosign engine (the recording
 * stand-in here; the real cosign in test/interop), against the loopback Sigstore stack; verify's `platform`
 * then requires the index and every platform manifest (default) or the index and one platform.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runAction, type ActionRun } from '../support/action-harness.js';
import { copyImage } from '../support/oci-image.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import {
  requireInfra,
  requireMultiPlatformImage,
  type MultiPlatformTestImage,
  type TestInfra,
} from '../support/test-tools.js';

const infra: TestInfra | undefined = requireInfra();
const multi: MultiPlatformTestImage | undefined = infra ? requireMultiPlatformImage(infra) : undefined;
const withImage = infra && multi ? it : it.skip;
const standIn = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'cosign-stand-in.mjs');

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstoreStack({ claims: { repository: 'octo-org/app', repository_owner: 'octo-org' } });
  fs.chmodSync(standIn, 0o755);
});
afterAll(async () => {
  await stack?.close();
});

interface SubjectResult {
  subject: string;
  digest: string;
  platform: string | null;
  passed: boolean;
  reasons: string[];
}

const name = (p: { os: string; architecture: string; variant?: string }) =>
  [p.os, p.architecture, p.variant].filter(Boolean).join('/');

function fresh(): string {
  return copyImage(infra!.registry, multi!.ref, `platforms-${randomBytes(4).toString('hex')}`);
}

function attest(ref: string, inputs: Record<string, string>, engine: 'sigstore' | 'cosign' = 'sigstore') {
  return runAction('provenance', {
    inputs: {
      'subject-image': ref,
      engine,
      ...(engine === 'cosign' ? { 'cosign-path': standIn } : {}),
      'sigstore-instance': 'custom',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'oidc-issuer': stack.issuer,
      'github-attestation': 'false',
      ...inputs,
    },
    env: { ...stack.env(), SCS_SIGSTORE_RETRY_BASE_MS: '5' },
  });
}

function verify(ref: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify', {
    inputs: {
      image: ref,
      sources: 'referrers',
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      'certificate-identity': `https://github.com/${stack.claims().job_workflow_ref}`,
      'certificate-oidc-issuer': stack.issuer,
      ...inputs,
    },
  });
}

function expectSuccess(result: ActionRun): void {
  if (result.exitCode !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
}

function subjects(result: ActionRun): SubjectResult[] {
  return JSON.parse(result.outputs.subjects!) as SubjectResult[];
}

describe('per-platform attestations (provenance platform → verify platform, from dist/)', () => {
  for (const engine of ['sigstore', 'cosign'] as const) {
    withImage(
      `${engine} engine: platform: all attests the index and each platform manifest; verify's default (all) passes them one by one`,
      async () => {
        const ref = fresh();
        expectSuccess(await attest(ref, { platform: 'all' }, engine));
        const result = await verify(ref);
        expectSuccess(result);
        expect(result.outputs.verified).toBe('true');
        expect(result.outputs.digest).toBe(multi!.digest);
        expect(subjects(result).map(({ digest, platform, passed }) => ({ digest, platform, passed }))).toEqual([
          { digest: multi!.digest, platform: null, passed: true },
          ...multi!.platforms.map((p) => ({ digest: p.digest, platform: name(p), passed: true })),
        ]);
        // The summary has a verdict per platform manifest.
        for (const p of multi!.platforms) expect(result.summary).toContain(`${p.digest} (${name(p)})`);
      },
    );
  }

  withImage(
    'an index attested alone fails every platform (each named, one gate); platform: linux/amd64 passes once that manifest is attested',
    async () => {
      const ref = fresh();
      expectSuccess(await attest(ref, {}));
      const all = await verify(ref);
      expect(all.exitCode).not.toBe(0);
      expect(all.outputs.verified).toBe('false');
      const results = subjects(all);
      expect(results[0]).toMatchObject({ digest: multi!.digest, passed: true });
      for (const [i, p] of multi!.platforms.entries()) {
        expect(results[i + 1]).toMatchObject({ digest: p.digest, platform: name(p), passed: false });
        expect(results[i + 1]!.reasons.join('\n')).toContain('no evidence found');
        expect(all.stdout).toContain(`${p.digest} (${name(p)}): the policy failed`);
      }

      const amd64 = multi!.platforms.find((p) => p.architecture === 'amd64')!;
      expectSuccess(await attest(ref, { platform: 'linux/amd64' }));
      const one = await verify(ref, { platform: 'linux/amd64' });
      expectSuccess(one);
      expect(subjects(one).map((s) => s.digest)).toEqual([multi!.digest, amd64.digest]);
      // Every platform is still required by default: arm64 has no attestation of its own.
      expect((await verify(ref)).outputs.verified).toBe('false');
    },
  );

  withImage(
    'the admission export cannot limit a check to platform manifests: refused with the reason, written with allow-unenforced: platform',
    async () => {
      const ref = fresh();
      expectSuccess(await attest(ref, { platform: 'all' }));
      const refused = await verify(ref, { 'export-policy': 'true', 'export-controllers': 'kyverno' });
      expectSuccess(refused); // the verification result stands; the export is a warning
      expect(refused.outputs['kyverno-policy-file']).toBeUndefined();
      expect(refused.stdout).toContain('Input `platform` cannot be enforced by Kyverno');
      expect(refused.stdout).toContain('allow-unenforced: platform');

      const accepted = await verify(ref, {
        'export-policy': 'true',
        'export-controllers': 'kyverno',
        'allow-unenforced': 'platform',
      });
      expectSuccess(accepted);
      const notEnforced = JSON.parse(accepted.outputs['not-enforced']!) as string[];
      expect(notEnforced).toEqual([
        expect.stringContaining('Kyverno: platform: Kyverno checks the evidence of the digest a pod names'),
      ]);
      expect(fs.readFileSync(accepted.outputs['kyverno-policy-file']!, 'utf8')).toContain(
        'supply-chain-verify/not-enforced',
      );
    },
  );

  withImage('refuses a platform the index does not list, and platform with files, naming the input', async () => {
    const ref = fresh();
    const missing = await verify(ref, { platform: 'linux/s390x' });
    expect(missing.exitCode).not.toBe(0);
    expect(missing.stdout).toContain('Input `platform` is linux/s390x, but image');
    const files = await runAction('verify', { inputs: { files: 'a.txt', platform: 'linux/amd64' } });
    expect(files.exitCode).not.toBe(0);
    expect(files.stdout).toContain('Input `platform` applies to `image`');
  });
});
