/**
 * The reverse direction: what the REAL cosign 3.1.3 signs and attests, our
 * `verify` (dist) accepts with the right identity and refuses with a wrong one.
 *
 * cosign signs against the loopback Sigstore stack the way a user of a
 * private instance does: an identity token in SIGSTORE_ID_TOKEN (minted by
 * the stack's fake GitHub OIDC issuer), the instance's services in a
 * SigningConfig v0.2 file (`--signing-config`; v3 refuses service URLs next
 * to it), its trusted root (`--trusted-root`), a private TUF_ROOT, and the
 * egress trap (nothing leaves loopback).
 *
 * - v3 defaults (`cosign sign` / `cosign attest`: a Sigstore bundle pushed as
 *   an OCI 1.1 referrer — through the referrers API on go-containerregistry,
 *   as a sha256-<digest> tag-schema index on docker-registry 2.8): our verify
 *   (sources: referrers) passes both the signature and the SLSA provenance;
 * - legacy (`--new-bundle-format=false --use-signing-config=false` with
 *   `--fulcio-url`/`--rekor-url`: `.sig` and `.att` tags with the certificate
 *   and Rekor bundle in annotations): our verify (sources: legacy) passes;
 * - files: `cosign sign-blob --bundle` and `cosign attest-blob --bundle`
 *   bundles pass our verify (sources: files).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { runTool, startEgressTrap, toolEnv, type EgressTrap } from '../support/interop.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireGoTool, requireInfra, requireReferrersRegistry, type TestImage } from '../support/test-tools.js';

const infra = requireInfra();
const cosign = infra ? requireGoTool(infra, 'cosign') : undefined;
const referrers = infra ? requireReferrersRegistry(infra) : undefined;
const ready = Boolean(infra && cosign && referrers);
const describeReady = ready ? describe : describe.skip;

const IDENTITY = 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main';
const WRONG_IDENTITY = 'https://github.com/octo-org/app/.github/workflows/other.yml@refs/heads/main';

let stack: SigstoreStack;
let trap: EgressTrap;
let work: string;
let signingConfig: string;
let predicate: string;

beforeAll(async () => {
  if (!ready) return;
  stack = await startSigstoreStack({ claims: { repository: 'octo-org/app', repository_owner: 'octo-org' } });
  trap = await startEgressTrap();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-reverse-'));
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: { start: '2020-01-01T00:00:00Z' },
    operator: 'loopback',
  });
  signingConfig = path.join(work, 'signing-config.json');
  fs.writeFileSync(
    signingConfig,
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service(stack.fulcioUrl)],
      oidcUrls: [],
      rekorTlogUrls: [service(stack.rekorUrl)],
      tsaUrls: [service(`${stack.tsaUrl}/api/v1/timestamp`)],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    }),
  );
  predicate = path.join(work, 'provenance.json');
  fs.writeFileSync(
    predicate,
    JSON.stringify({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { repository: 'https://github.com/octo-org/app' } },
      },
      runDetails: { builder: { id: IDENTITY } },
    }),
  );
});
afterAll(async () => {
  await stack?.close();
  await trap?.close();
});

/** cosign with a fresh identity token in SIGSTORE_ID_TOKEN; must succeed. */
async function cosignRun(args: string[]): Promise<void> {
  const run = await runTool(cosign!, args, {
    env: toolEnv(trap, { SIGSTORE_ID_TOKEN: await stack.mintToken() }),
    timeoutMs: 120_000,
  });
  expect({ args, status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
    args,
    status: 0,
    stderr: '',
  });
}

const NEW_FORMAT = () => ['--yes', '--signing-config', signingConfig, '--trusted-root', stack.trustedRootPath];
const LEGACY_FORMAT = () => [
  '--yes',
  '--new-bundle-format=false',
  '--use-signing-config=false',
  '--fulcio-url',
  stack.fulcioUrl,
  '--rekor-url',
  stack.rekorUrl,
  '--trusted-root',
  stack.trustedRootPath,
];

function copyImage(registry: string, image: TestImage, name: string): string {
  execFileSync(
    'skopeo',
    [
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${image.ref}`,
      `docker://${registry}/${name}:v1`,
    ],
    {
      stdio: 'pipe',
      timeout: 60_000,
    },
  );
  return `${registry}/${name}@${image.digest}`;
}

function failure(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

interface Entry {
  source: string;
  type: string;
  predicateType: string | null;
  identity: string | null;
  passed: boolean;
}

function verify(inputs: Record<string, string>, identity: string, workspace?: string): Promise<ActionRun> {
  return runAction('verify', {
    inputs: {
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      'certificate-identity': identity,
      'certificate-oidc-issuer': stack.issuer,
      'export-policy': 'false',
      ...inputs,
    },
    env: trap.env(),
    ...(workspace ? { workspace } : {}),
  });
}

async function expectVerdicts(
  inputs: Record<string, string>,
  expected: { source: string; type: string; predicateType: string | null }[],
  workspace?: string,
): Promise<void> {
  const ok = await verify(inputs, IDENTITY, workspace);
  expect(failure(ok)).toBe('');
  expect(ok.outputs.verified).toBe('true');
  const entries = JSON.parse(ok.outputs.results!) as Entry[];
  expect(
    entries
      .map((e) => ({ source: e.source, type: e.type, predicateType: e.predicateType }))
      .sort((a, b) => `${a.type}${a.predicateType}`.localeCompare(`${b.type}${b.predicateType}`)),
  ).toEqual(expected);
  for (const entry of entries)
    expect({ identity: entry.identity, passed: entry.passed }).toEqual({ identity: IDENTITY, passed: true });

  const wrong = await verify(inputs, WRONG_IDENTITY, workspace);
  expect(wrong.exitCode).toBe(1);
  expect(wrong.outputs.verified).toBe('false');
  expect(failure(wrong)).toContain(WRONG_IDENTITY);
}

describeReady('real cosign 3.1.3 signs and attests → our verify (dist)', () => {
  afterAll(() => {
    expect(trap.requests).toEqual([]);
  });

  const registries = ready
    ? [
        {
          name: 'docker-registry 2.8 (tag-schema fallback)',
          registry: infra!.registry,
          image: infra!.images['alpine-app']!,
        },
        {
          name: 'go-containerregistry (OCI 1.1 referrers API)',
          registry: referrers!.registry,
          image: referrers!.images['alpine-app']!,
        },
      ]
    : [];

  describe.each(registries)('$name', (target) => {
    it('v3 bundles as referrers (cosign sign + cosign attest --type slsaprovenance1): passes with the identity, refused with another', async () => {
      const image = copyImage(target.registry, target.image, `interop/reverse-v3-${randomBytes(4).toString('hex')}`);
      await cosignRun(['sign', ...NEW_FORMAT(), '--allow-http-registry', image]);
      await cosignRun([
        'attest',
        ...NEW_FORMAT(),
        '--type',
        'slsaprovenance1',
        '--predicate',
        predicate,
        '--allow-http-registry',
        image,
      ]);
      await expectVerdicts({ image, sources: 'referrers', 'require-attestations': 'slsaprovenance1' }, [
        { source: 'referrers', type: 'dsse', predicateType: 'https://sigstore.dev/cosign/sign/v1' },
        { source: 'referrers', type: 'dsse', predicateType: 'https://slsa.dev/provenance/v1' },
      ]);
    });

    it('legacy .sig and .att tags (--new-bundle-format=false): passes with the identity, refused with another', async () => {
      const image = copyImage(
        target.registry,
        target.image,
        `interop/reverse-legacy-${randomBytes(4).toString('hex')}`,
      );
      await cosignRun(['sign', ...LEGACY_FORMAT(), '--allow-http-registry', image]);
      await cosignRun([
        'attest',
        ...LEGACY_FORMAT(),
        '--type',
        'slsaprovenance1',
        '--predicate',
        predicate,
        '--allow-http-registry',
        image,
      ]);
      await expectVerdicts({ image, sources: 'legacy', 'require-attestations': 'slsaprovenance1' }, [
        { source: 'legacy', type: 'legacy-attestation', predicateType: 'https://slsa.dev/provenance/v1' },
        { source: 'legacy', type: 'legacy-signature', predicateType: null },
      ]);
    });
  });

  it('files: cosign sign-blob and attest-blob bundles pass with the identity, are refused with another', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-ws-'));
    const file = path.join(workspace, 'app.tar.gz');
    fs.writeFileSync(file, randomBytes(2048));
    await cosignRun(['sign-blob', ...NEW_FORMAT(), '--bundle', `${file}.sigstore.json`, file]);
    await cosignRun([
      'attest-blob',
      ...NEW_FORMAT(),
      '--type',
      'slsaprovenance1',
      '--predicate',
      predicate,
      '--bundle',
      path.join(workspace, 'app.intoto.sigstore.json'),
      file,
    ]);
    await expectVerdicts(
      {
        files: 'app.tar.gz',
        'bundle-paths': 'app.tar.gz.sigstore.json, app.intoto.sigstore.json',
        sources: 'files',
        'require-attestations': 'slsaprovenance1',
      },
      [
        { source: 'files', type: 'dsse', predicateType: 'https://slsa.dev/provenance/v1' },
        { source: 'files', type: 'message-signature', predicateType: null },
      ],
      workspace,
    );
  });
});
