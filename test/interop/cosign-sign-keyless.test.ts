/**
 * sign-keyless (dist) → the REAL cosign 3.1.3 verifies it.
 *
 * The action runs as the runner runs it, with `engine: cosign` fed the real
 * cosign binary the way a user on an air-gapped runner does (`cosign-path`;
 * the default path downloads the release asset pinned in pins.json, whose
 * SHA-256 a locally built cosign cannot match), against the loopback Sigstore
 * stack (Fulcio, Rekor, TSA, fake GitHub OIDC issuer) and both local
 * registries: docker-registry 2.8 (no referrers API: the sha256-<digest> tag
 * fallback) and go-containerregistry's registry (the OCI 1.1 referrers API).
 *
 * Then, per registry: `cosign verify` (the stack's trusted root, the exact
 * identity and issuer) accepts the single-platform image, the index and, with
 * `recursive`, every platform manifest; the `verify-command` the action
 * prints runs as printed; our `verify` (dist) accepts; a wrong identity is
 * refused by both. Files: `cosign verify-blob --bundle` accepts the
 * `<file>.sigstore.json` bundle and refuses a wrong identity and another
 * file. The sigstore engine's outputs verify with cosign too.
 *
 * Every tool and action run goes through an egress trap (test/support/interop.ts):
 * nothing leaves loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { copyImage } from '../support/oci-image.js';
import { runTool, startEgressTrap, toolEnv, type EgressTrap } from '../support/interop.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import {
  requireGoTool,
  requireInfra,
  requireMultiPlatformImage,
  requireReferrersRegistry,
  type MultiPlatformTestImage,
  type TestImage,
} from '../support/test-tools.js';

const infra = requireInfra();
const cosign = infra ? requireGoTool(infra, 'cosign') : undefined;
const referrers = infra ? requireReferrersRegistry(infra) : undefined;
const dockerMulti = infra ? requireMultiPlatformImage(infra) : undefined;
const ready = Boolean(infra && cosign && referrers && dockerMulti && referrers.multiPlatform);
const describeReady = ready ? describe : describe.skip;

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const WRONG_IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/other.yml@refs/heads/main';

interface RegistryUnderTest {
  name: string;
  registry: string;
  single: TestImage;
  multi: MultiPlatformTestImage;
  via: 'tag-schema' | 'referrers-api';
}

const registries: RegistryUnderTest[] = ready
  ? [
      {
        name: 'docker-registry 2.8 (tag-schema fallback)',
        registry: infra!.registry,
        single: infra!.images['alpine-app']!,
        multi: dockerMulti!,
        via: 'tag-schema',
      },
      {
        name: 'go-containerregistry (OCI 1.1 referrers API)',
        registry: referrers!.registry,
        single: referrers!.images['alpine-app']!,
        multi: referrers!.multiPlatform!,
        via: 'referrers-api',
      },
    ]
  : [];

let stack: SigstoreStack;
let trap: EgressTrap;

beforeAll(async () => {
  if (!ready) return;
  stack = await startSigstoreStack();
  trap = await startEgressTrap();
});
afterAll(async () => {
  await stack?.close();
  await trap?.close();
});

function unique(prefix: string): string {
  return `interop/${prefix}-${randomBytes(4).toString('hex')}`;
}

function stackInputs(): Record<string, string> {
  return {
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

function failure(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

async function sign(inputs: Record<string, string>, workspace?: string): Promise<ActionRun> {
  const run = await runAction('sign-keyless', {
    inputs: { ...stackInputs(), ...inputs },
    env: { ...stack.env(), ...trap.env() },
    ...(workspace ? { workspace } : {}),
  });
  expect(failure(run)).toBe('');
  expect(run.exitCode).toBe(0);
  return run;
}

/** `cosign verify` of name@digest with the stack's trusted root. */
function cosignVerify(imageByDigest: string, identity: string) {
  return runTool(
    cosign!,
    [
      'verify',
      '--trusted-root',
      stack.trustedRootPath,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      stack.issuer,
      '--allow-http-registry',
      '--output',
      'json',
      imageByDigest,
    ],
    { env: toolEnv(trap) },
  );
}

/** What `cosign verify` printed: one simple-signing payload per verified signature. */
function verifiedPayloads(stdout: string): {
  critical: { identity: { 'docker-reference': string }; image: { 'docker-manifest-digest': string }; type: string };
}[] {
  return JSON.parse(stdout) as ReturnType<typeof verifiedPayloads>;
}

async function expectCosignAccepts(repository: string, digest: string): Promise<void> {
  const ok = await cosignVerify(`${repository}@${digest}`, IDENTITY);
  expect({ status: ok.status, stderr: ok.stderr }).toEqual({
    status: 0,
    stderr: expect.stringContaining('The cosign claims were validated'),
  });
  const payloads = verifiedPayloads(ok.stdout);
  expect(payloads.length).toBeGreaterThanOrEqual(1);
  for (const payload of payloads) {
    expect(payload.critical.image['docker-manifest-digest']).toBe(digest);
    expect(payload.critical.type).toBe('https://sigstore.dev/cosign/sign/v1');
  }
}

async function expectCosignRefusesIdentity(repository: string, digest: string): Promise<void> {
  const wrong = await cosignVerify(`${repository}@${digest}`, WRONG_IDENTITY);
  expect(wrong.status).not.toBe(0);
  expect(wrong.stderr).toMatch(/no matching CertificateIdentity found|none of the expected identities matched/);
}

/** Our verify (dist) on name@digest: the exact identity, sources referrers, the stack's trusted root. */
async function ourVerify(imageByDigest: string, identity: string): Promise<ActionRun> {
  return runAction('verify', {
    inputs: {
      image: imageByDigest,
      sources: 'referrers',
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      'certificate-identity': identity,
      'certificate-oidc-issuer': stack.issuer,
      'export-policy': 'false',
    },
    env: trap.env(),
  });
}

async function expectOurVerify(imageByDigest: string): Promise<void> {
  const ok = await ourVerify(imageByDigest, IDENTITY);
  expect(failure(ok)).toBe('');
  expect(ok.outputs.verified).toBe('true');
  const wrong = await ourVerify(imageByDigest, WRONG_IDENTITY);
  expect(wrong.exitCode).toBe(1);
  expect(wrong.outputs.verified).toBe('false');
  expect(failure(wrong)).toContain(WRONG_IDENTITY);
}

describeReady(
  'sign-keyless (dist, engine: cosign = the real cosign 3.1.3) → real cosign verify, both registries',
  () => {
    afterAll(() => {
      // Nothing of any run (action or tool) tried to leave loopback.
      expect(trap.requests).toEqual([]);
    });

    describe.each(registries)('$name', (target) => {
      it('a single-platform image: stored via the expected route; cosign verify and our verify accept the identity, refuse another; the printed verify-command runs as printed', async () => {
        const image = copyImage(target.registry, target.single.ref, unique('single'));
        const repository = image.replace(/:v1$/, '');
        const run = await sign({ image, engine: 'cosign', 'cosign-path': cosign! });
        expect(run.outputs.digest).toBe(target.single.digest);
        expect(run.outputs['certificate-identity']).toBe(IDENTITY);
        const refs = JSON.parse(run.outputs['signature-refs']!) as { via: string }[];
        expect(refs.map((r) => r.via)).toEqual([target.via]);

        await expectCosignAccepts(repository, target.single.digest);
        await expectCosignRefusesIdentity(repository, target.single.digest);

        // The copy-paste command from the outputs, run by a shell exactly as printed.
        const printed = run.outputs['verify-command']!;
        expect(printed).toContain(`--certificate-identity '${IDENTITY}'`);
        const asPrinted = await runTool('/bin/sh', ['-c', printed], {
          env: { ...toolEnv(trap), PATH: `${path.dirname(cosign!)}:${process.env.PATH ?? ''}` },
        });
        expect({ status: asPrinted.status, stderr: asPrinted.stderr }).toEqual({
          status: 0,
          stderr: expect.stringContaining('The cosign claims were validated'),
        });

        await expectOurVerify(`${repository}@${target.single.digest}`);
      });

      it('a multi-platform index with recursive: the index and every platform manifest verify with cosign and with our verify', async () => {
        const image = copyImage(target.registry, target.multi.ref, unique('multi'));
        const repository = image.replace(/:v1$/, '');
        const run = await sign({ image, engine: 'cosign', 'cosign-path': cosign!, recursive: 'true' });
        const refs = JSON.parse(run.outputs['signature-refs']!) as { subject: string; via: string }[];
        const digests = [target.multi.digest, ...target.multi.platforms.map((p) => p.digest)];
        expect(refs.map((r) => r.subject).sort()).toEqual(digests.map((d) => `${repository}@${d}`).sort());
        expect(new Set(refs.map((r) => r.via))).toEqual(new Set([target.via]));
        for (const digest of digests) {
          await expectCosignAccepts(repository, digest);
          await expectCosignRefusesIdentity(repository, digest);
        }
        await expectOurVerify(`${repository}@${target.multi.platforms[1]!.digest}`);
      });

      it('the sigstore engine’s image signature verifies with cosign too', async () => {
        const image = copyImage(target.registry, target.single.ref, unique('sigstore-engine'));
        const repository = image.replace(/:v1$/, '');
        await sign({ image, engine: 'sigstore' });
        await expectCosignAccepts(repository, target.single.digest);
        await expectCosignRefusesIdentity(repository, target.single.digest);
      });
    });

    it('the real cosign’s own failure text is classified: Fulcio 401 is named, not retried, and nothing is written', async () => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-ws-'));
      fs.writeFileSync(path.join(workspace, 'f.bin'), 'x');
      const before = stack.requests.fulcio;
      stack.faults.fulcio = { status: 401, times: 1 };
      const run = await runAction('sign-keyless', {
        inputs: { ...stackInputs(), files: 'f.bin', engine: 'cosign', 'cosign-path': cosign! },
        env: { ...stack.env(), ...trap.env(), SCS_SIGSTORE_RETRY_BASE_MS: '5' },
        workspace,
      });
      stack.faults.fulcio = undefined;
      expect(run.exitCode).toBe(1);
      // sigstore-go's wording ("Fulcio returned 401: …"), not the cosign 1/2 texts the stand-in replays.
      expect(failure(run)).toMatch(
        /cosign sign-blob f\.bin failed \(Fulcio\): .*Fulcio returned 401: .*injected Fulcio fault \(401\).*This is not retried/s,
      );
      expect(stack.requests.fulcio - before).toBe(1);
      expect(fs.existsSync(path.join(workspace, 'f.bin.sigstore.json'))).toBe(false);
    });

    it('a Rekor answer lost after the entry was logged: cosign 3 fails on the 409 of its resend, the engine re-runs it, the new bundle verifies (the first entry stays, an orphan)', async () => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-ws-'));
      fs.writeFileSync(path.join(workspace, 'f.bin'), randomBytes(64));
      const before = stack.rekorEntries();
      stack.faults.rekor = { status: 503, times: 1, afterHandler: true };
      const run = await runAction('sign-keyless', {
        inputs: { ...stackInputs(), files: 'f.bin', engine: 'cosign', 'cosign-path': cosign! },
        env: { ...stack.env(), ...trap.env(), SCS_SIGSTORE_RETRY_BASE_MS: '5' },
        workspace,
      });
      stack.faults.rekor = undefined;
      expect(failure(run)).toBe('');
      expect(run.stdout).toMatch(
        /cosign sign-blob f\.bin: .*\[POST \/api\/v1\/log\/entries\]\[409\] createLogEntryConflict.* — retrying in \d+ ms \(try 2 of \d\)/,
      );
      expect(stack.rekorEntries() - before).toBe(2);
      const ok = await runTool(
        cosign!,
        [
          'verify-blob',
          '--bundle',
          path.join(workspace, 'f.bin.sigstore.json'),
          '--trusted-root',
          stack.trustedRootPath,
          '--certificate-identity',
          IDENTITY,
          '--certificate-oidc-issuer',
          stack.issuer,
          path.join(workspace, 'f.bin'),
        ],
        { env: toolEnv(trap) },
      );
      expect({ status: ok.status, stderr: ok.stderr.trim() }).toEqual({ status: 0, stderr: 'Verified OK' });
    });

    it.each(['cosign', 'sigstore'] as const)(
      'files (engine %s): cosign verify-blob --bundle accepts <file>.sigstore.json, refuses another identity and another file; our verify agrees',
      async (engine) => {
        const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-ws-'));
        fs.writeFileSync(path.join(workspace, 'app.tar.gz'), randomBytes(4096));
        fs.writeFileSync(path.join(workspace, 'other.bin'), 'not the signed file');
        await sign(
          { files: 'app.tar.gz', engine, ...(engine === 'cosign' ? { 'cosign-path': cosign! } : {}) },
          workspace,
        );
        const bundle = path.join(workspace, 'app.tar.gz.sigstore.json');
        expect(fs.existsSync(bundle)).toBe(true);
        const verifyBlob = (file: string, identity: string) =>
          runTool(
            cosign!,
            [
              'verify-blob',
              '--bundle',
              bundle,
              '--trusted-root',
              stack.trustedRootPath,
              '--certificate-identity',
              identity,
              '--certificate-oidc-issuer',
              stack.issuer,
              file,
            ],
            {
              env: toolEnv(trap),
            },
          );
        const ok = await verifyBlob(path.join(workspace, 'app.tar.gz'), IDENTITY);
        expect({ status: ok.status, stderr: ok.stderr }).toEqual({
          status: 0,
          stderr: expect.stringContaining('Verified OK'),
        });
        const wrongIdentity = await verifyBlob(path.join(workspace, 'app.tar.gz'), WRONG_IDENTITY);
        expect(wrongIdentity.status).not.toBe(0);
        expect(wrongIdentity.stderr).toMatch(
          /no matching CertificateIdentity found|none of the expected identities matched/,
        );
        const wrongFile = await verifyBlob(path.join(workspace, 'other.bin'), IDENTITY);
        expect(wrongFile.status).not.toBe(0);

        const ours = (identity: string) =>
          runAction('verify', {
            inputs: {
              files: 'app.tar.gz',
              'bundle-paths': 'app.tar.gz.sigstore.json',
              sources: 'files',
              'sigstore-instance': 'custom',
              'trusted-root': stack.trustedRootPath,
              'certificate-identity': identity,
              'certificate-oidc-issuer': stack.issuer,
              'export-policy': 'false',
            },
            env: trap.env(),
            workspace,
          });
        const accepted = await ours(IDENTITY);
        expect(failure(accepted)).toBe('');
        expect(accepted.outputs.verified).toBe('true');
        const refused = await ours(WRONG_IDENTITY);
        expect(refused.exitCode).toBe(1);
        expect(refused.outputs.verified).toBe('false');
      },
    );
  },
);
