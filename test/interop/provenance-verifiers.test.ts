/**
 * provenance (dist), both engines (the REAL cosign 3.1.3 through
 * `cosign-path`, and the in-process sigstore engine) → the real verifiers:
 *
 * - `cosign verify-attestation` on an image in both registries
 *   (docker-registry 2.8: tag fallback; go-containerregistry: referrers API)
 *   accepts SLSA provenance (`--type slsaprovenance1`), a CycloneDX SBOM
 *   (`cyclonedx`), an SPDX SBOM and a vulnerability scan (`vuln`), and
 *   refuses another identity. An SPDX 2.3 document is attested as
 *   `https://spdx.dev/Document/v2.3` (GitHub's attest-sbom does the same);
 *   cosign's `--type spdxjson` means exactly `https://spdx.dev/Document`, so
 *   it refuses ours with "none of the attestations matched the predicate
 *   type" and `--type https://spdx.dev/Document/v2.3` (what the provenance
 *   action prints) accepts. Our verify's `spdxjson` accepts both.
 * - `cosign verify-blob-attestation` and `gh attestation verify <file>
 *   --bundle … --custom-trusted-root …` (offline) accept the SLSA provenance
 *   of a file with the expected `--repo` and `--signer-workflow`, and refuse
 *   another workflow or repository. gh reads the custom trusted root as JSON
 *   lines: a pretty-printed trusted_root.json fails in gh ("proto: unexpected
 *   EOF") while cosign takes either; the test writes it on one line.
 * - `gh attestation verify oci://… --bundle-from-oci` accepts an image
 *   attestation read from docker-registry's tag-schema index (gh wants
 *   GH_TOKEN set even offline); on go-containerregistry's registry it finds
 *   none, because that registry lists config.mediaType as artifactType and
 *   gh filters on it (our verify and cosign read such entries).
 * - slsa-verifier 2.7.1 refuses, and the test pins down why: it takes the
 *   Sigstore trusted root only from the public-good TUF repository
 *   (verifiers/utils/sigstore_tuf.go; no flag or variable for another root),
 *   so it cannot verify anything signed by a private instance, the loopback
 *   stack included — it tries tuf-repo-cdn.sigstore.dev, which the egress
 *   trap refuses. Its builder model would apply (verify-github-attestation
 *   checks GitHub's buildType https://actions.github.io/buildtypes/workflow/v1,
 *   the one our SLSA predicate uses) only for public-good signatures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, type ActionRun } from '../support/action-harness.js';
import { runTool, startEgressTrap, toolEnv, type EgressTrap } from '../support/interop.js';
import { copyImage as copyImageAll } from '../support/oci-image.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireGoTool, requireInfra, requireReferrersRegistry, type TestImage } from '../support/test-tools.js';

const infra = requireInfra();
const cosign = infra ? requireGoTool(infra, 'cosign') : undefined;
const gh = infra ? requireGoTool(infra, 'gh') : undefined;
const slsaVerifier = infra ? requireGoTool(infra, 'slsa-verifier') : undefined;
const referrers = infra ? requireReferrersRegistry(infra) : undefined;
const ready = Boolean(infra && cosign && gh && slsaVerifier && referrers);
const describeReady = ready ? describe : describe.skip;

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
const REPOSITORY = 'octo-org/app';
const WORKFLOW = `${REPOSITORY}/.github/workflows/release.yml`;
const IDENTITY = `https://github.com/${WORKFLOW}@refs/heads/main`;
const WRONG_IDENTITY = `https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/heads/main`;
const SLSA = 'https://slsa.dev/provenance/v1';
const SPDX_23 = 'https://spdx.dev/Document/v2.3';
const CYCLONEDX = 'https://cyclonedx.org/bom';
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';

const engines = ['cosign', 'sigstore'] as const;
type Engine = (typeof engines)[number];

let stack: SigstoreStack;
let trap: EgressTrap;
/** The stack's trusted root on one line: what gh's --custom-trusted-root (JSON lines) reads; cosign takes it too. */
let trustedRootLine: string;

beforeAll(async () => {
  if (!ready) return;
  stack = await startSigstoreStack({ claims: { repository: REPOSITORY, repository_owner: 'octo-org' } });
  trap = await startEgressTrap();
  trustedRootLine = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-root-')), 'trusted_root.jsonl');
  fs.writeFileSync(trustedRootLine, `${JSON.stringify(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')))}\n`);
});
afterAll(async () => {
  await stack?.close();
  await trap?.close();
});

function failure(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

async function attest(engine: Engine, inputs: Record<string, string>, workspace: string): Promise<ActionRun> {
  const run = await runAction('provenance', {
    inputs: {
      engine,
      ...(engine === 'cosign' ? { 'cosign-path': cosign! } : {}),
      'sigstore-instance': 'custom',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'tsa-url': stack.tsaUrl,
      'trusted-root': stack.trustedRootPath,
      'oidc-issuer': stack.issuer,
      ...inputs,
    },
    env: { ...stack.env(), ...trap.env() },
    workspace,
  });
  expect(failure(run)).toBe('');
  expect(run.exitCode).toBe(0);
  return run;
}

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-ws-'));
  fs.copyFileSync(path.join(FIXTURES, 'syft', 'spdxjson__identify-2.3.json'), path.join(dir, 'sbom.spdx.json'));
  fs.copyFileSync(path.join(FIXTURES, 'syft', 'cyclonedxjson__identify-1.6.json'), path.join(dir, 'sbom.cdx.json'));
  fs.copyFileSync(path.join(FIXTURES, 'trivy', 'alpine-39.json.golden'), path.join(dir, 'trivy.json'));
  return dir;
}

function copyImage(registry: string, image: TestImage, name: string): { tag: string; byDigest: string } {
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
  return { tag: `${registry}/${name}:v1`, byDigest: `${registry}/${name}@${image.digest}` };
}

function cosignVerifyAttestation(type: string, imageByDigest: string, identity = IDENTITY) {
  return runTool(
    cosign!,
    [
      'verify-attestation',
      '--type',
      type,
      '--trusted-root',
      stack.trustedRootPath,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      stack.issuer,
      '--allow-http-registry',
      imageByDigest,
    ],
    { env: toolEnv(trap) },
  );
}

/** The in-toto statements `cosign verify-attestation` printed (one DSSE envelope per line). */
function statements(stdout: string): { predicateType: string; subject: { digest: { sha256: string } }[] }[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map(
      (line) =>
        JSON.parse(
          Buffer.from((JSON.parse(line) as { payload: string }).payload, 'base64').toString('utf8'),
        ) as ReturnType<typeof statements>[number],
    );
}

describeReady('provenance (dist) → real cosign verify-attestation, gh attestation verify, slsa-verifier', () => {
  afterAll(() => {
    // The only request that tried to leave loopback is slsa-verifier's public-good TUF fetch (asserted below).
    expect(trap.requests.filter((r) => !r.includes('tuf-repo-cdn.sigstore.dev'))).toEqual([]);
  });

  const registries = ready
    ? [
        {
          name: 'docker-registry 2.8 (tag-schema fallback)',
          registry: infra!.registry,
          image: infra!.images['alpine-app']!,
          multi: infra!.multiPlatform,
          via: 'tag-schema',
        },
        {
          name: 'go-containerregistry (OCI 1.1 referrers API)',
          registry: referrers!.registry,
          image: referrers!.images['alpine-app']!,
          multi: referrers!.multiPlatform,
          via: 'referrers-api',
        },
      ]
    : [];

  describe.each(engines)('engine %s', (engine) => {
    it.each(registries)(
      'image attestations in $name: cosign verify-attestation accepts SLSA, CycloneDX, SPDX (by its URI) and vuln; refuses another identity; our verify agrees',
      async (target) => {
        const ws = workspace();
        const image = copyImage(
          target.registry,
          target.image,
          `interop/prov-${engine}-${randomBytes(4).toString('hex')}`,
        );
        const predicates: [string, Record<string, string>][] = [
          [SLSA, { predicate: 'slsa' }],
          [CYCLONEDX, { predicate: 'sbom', 'sbom-path': 'sbom.cdx.json' }],
          [SPDX_23, { predicate: 'sbom', 'sbom-path': 'sbom.spdx.json' }],
          [VULN, { predicate: 'vuln', 'scan-report': 'trivy.json' }],
        ];
        for (const [type, inputs] of predicates) {
          const run = await attest(engine, { 'subject-image': image.tag, ...inputs }, ws);
          expect(run.outputs['predicate-type']).toBe(type);
          expect((JSON.parse(run.outputs['attestation-refs']!) as { via: string }[]).map((r) => r.via)).toEqual([
            target.via,
          ]);
        }

        for (const [type, uri] of [
          ['slsaprovenance1', SLSA],
          ['cyclonedx', CYCLONEDX],
          [SPDX_23, SPDX_23],
          ['vuln', VULN],
        ] as const) {
          const ok = await cosignVerifyAttestation(type, image.byDigest);
          expect({ type, status: ok.status }).toEqual({ type, status: 0 });
          expect(ok.stderr).toContain('The cosign claims were validated');
          const verified = statements(ok.stdout);
          expect(verified.map((s) => s.predicateType)).toEqual([uri]);
          expect(verified[0]!.subject[0]!.digest.sha256).toBe(target.image.digest.slice('sha256:'.length));
        }
        // cosign's short name spdxjson is exactly https://spdx.dev/Document: not ours (…/v2.3).
        const shortName = await cosignVerifyAttestation('spdxjson', image.byDigest);
        expect(shortName.status).not.toBe(0);
        expect(shortName.stderr).toContain(`none of the attestations matched the predicate type: spdxjson, found: `);
        expect(shortName.stderr).toContain(SPDX_23);

        const wrong = await cosignVerifyAttestation('slsaprovenance1', image.byDigest, WRONG_IDENTITY);
        expect(wrong.status).not.toBe(0);
        expect(wrong.stderr).toContain('no matching CertificateIdentity found');

        const ours = await runAction('verify', {
          inputs: {
            image: image.byDigest,
            sources: 'referrers',
            'sigstore-instance': 'custom',
            'trusted-root': stack.trustedRootPath,
            'certificate-identity': IDENTITY,
            'certificate-oidc-issuer': stack.issuer,
            'require-attestations': 'slsaprovenance1, cyclonedx, spdxjson, vuln',
            'export-policy': 'false',
          },
          env: trap.env(),
        });
        expect(failure(ours)).toBe('');
        expect(ours.outputs.verified).toBe('true');
      },
    );

    it.each(registries)(
      'per-platform attestations of a multi-platform index in $name: cosign verify-attestation accepts SLSA and CycloneDX by each platform manifest digest (issue 18.4)',
      async (target) => {
        const multi = target.multi!;
        const ref = copyImageAll(
          target.registry,
          multi.ref,
          `interop/prov-platforms-${engine}-${randomBytes(4).toString('hex')}`,
        );
        const repository = ref.replace(/:v1$/, '');
        const predicates: Record<string, string>[] = [
          { predicate: 'slsa' },
          { predicate: 'sbom', 'sbom-path': 'sbom.cdx.json' },
        ];
        for (const inputs of predicates) {
          const run = await attest(engine, { 'subject-image': ref, platform: 'all', ...inputs }, workspace());
          const made = JSON.parse(run.outputs.attestations!) as { platform: string }[];
          expect(made.map((m) => m.platform)).toEqual([
            '',
            ...multi.platforms.map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')),
          ]);
        }
        for (const digest of [multi.digest, ...multi.platforms.map((p) => p.digest)]) {
          for (const [type, uri] of [
            ['slsaprovenance1', SLSA],
            ['cyclonedx', CYCLONEDX],
          ] as const) {
            const ok = await cosignVerifyAttestation(type, `${repository}@${digest}`);
            expect({ digest, type, status: ok.status }).toEqual({ digest, type, status: 0 });
            const verified = statements(ok.stdout);
            expect(verified.map((s) => s.predicateType)).toEqual([uri]);
            expect(verified[0]!.subject.map((s) => s.digest.sha256)).toEqual([digest.slice('sha256:'.length)]);
          }
        }
      },
    );

    it('file provenance: gh attestation verify (offline, --bundle, --custom-trusted-root) and cosign verify-blob-attestation accept it with the expected repository and signer workflow, and refuse others', async () => {
      const ws = workspace();
      fs.writeFileSync(path.join(ws, 'app.tar.gz'), randomBytes(2048));
      const run = await attest(engine, { 'subject-path': 'app.tar.gz', predicate: 'slsa' }, ws);
      const bundle = run.outputs['bundle-path']!;
      const artifact = path.join(ws, 'app.tar.gz');

      const ghVerify = (extra: string[]) =>
        runTool(
          gh!,
          [
            'attestation',
            'verify',
            artifact,
            '--bundle',
            bundle,
            '--custom-trusted-root',
            trustedRootLine,
            '--cert-oidc-issuer',
            stack.issuer,
            '--format',
            'json',
            ...extra,
          ],
          {
            env: toolEnv(trap),
          },
        );
      const ok = await ghVerify(['--repo', REPOSITORY, '--signer-workflow', WORKFLOW]);
      expect({ status: ok.status, stderr: ok.stderr }).toEqual({ status: 0, stderr: '' });
      const [result] = JSON.parse(ok.stdout) as {
        verificationResult: {
          statement: { predicateType: string; subject: { name: string; digest: { sha256: string } }[] };
          signature: { certificate: { subjectAlternativeName: string } };
        };
      }[];
      expect(result!.verificationResult.statement.predicateType).toBe(SLSA);
      expect(result!.verificationResult.statement.subject).toEqual(JSON.parse(run.outputs.subjects!));
      expect(result!.verificationResult.signature.certificate.subjectAlternativeName).toBe(IDENTITY);

      const otherWorkflow = await ghVerify([
        '--repo',
        REPOSITORY,
        '--signer-workflow',
        `${REPOSITORY}/.github/workflows/other.yml`,
      ]);
      expect(otherWorkflow.status).not.toBe(0);
      expect(otherWorkflow.all).toMatch(/verifying with issuer|expected SAN|Build Signer URI|failed to verify/i);
      const otherRepository = await ghVerify(['--repo', 'octo-org/other-app']);
      expect(otherRepository.status).not.toBe(0);

      // gh reads --custom-trusted-root as JSON lines: the pretty-printed trusted_root.json (fine for cosign) is refused.
      const pretty = await runTool(
        gh!,
        [
          'attestation',
          'verify',
          artifact,
          '--bundle',
          bundle,
          '--custom-trusted-root',
          stack.trustedRootPath,
          '--cert-oidc-issuer',
          stack.issuer,
          '--repo',
          REPOSITORY,
        ],
        { env: toolEnv(trap) },
      );
      expect(pretty.status).not.toBe(0);
      expect(pretty.stderr).toContain('failed to proto-json unmarshal trusted root');

      const blob = (identity: string) =>
        runTool(
          cosign!,
          [
            'verify-blob-attestation',
            '--bundle',
            bundle,
            '--type',
            'slsaprovenance1',
            '--trusted-root',
            stack.trustedRootPath,
            '--certificate-identity',
            identity,
            '--certificate-oidc-issuer',
            stack.issuer,
            artifact,
          ],
          {
            env: toolEnv(trap),
          },
        );
      const blobOk = await blob(IDENTITY);
      expect({ status: blobOk.status, stderr: blobOk.stderr.trim() }).toEqual({ status: 0, stderr: 'Verified OK' });
      expect((await blob(WRONG_IDENTITY)).status).not.toBe(0);

      // The copy-paste commands of the job summary, run by a shell in the workspace with the instance's
      // trusted_root.json there (on one line, as gh needs it). cosign's runs exactly as printed; gh's gets
      // --cert-oidc-issuer appended, the loopback issuer being the one thing a real run would not have.
      fs.copyFileSync(trustedRootLine, path.join(ws, 'trusted_root.json'));
      const printed = [
        ...run.summary.matchAll(/<code>((?:gh attestation verify|cosign verify-blob-attestation) [^<]*)<\/code>/g),
      ].map((m) =>
        m[1]!
          .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
          .replace(/&quot;/g, '"')
          .replace(/&#39;|&apos;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
      expect(printed.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([
        'gh attestation',
        'cosign verify-blob-attestation',
      ]);
      const shell = (command: string) =>
        runTool('/bin/sh', ['-c', command], {
          cwd: ws,
          env: { ...toolEnv(trap), PATH: `${path.dirname(cosign!)}:${process.env.PATH ?? ''}` },
        });
      const cosignPrinted = await shell(printed[1]!);
      expect({ status: cosignPrinted.status, stderr: cosignPrinted.stderr.trim() }).toEqual({
        status: 0,
        stderr: 'Verified OK',
      });
      const ghPrinted = await shell(`${printed[0]!} --cert-oidc-issuer ${stack.issuer}`);
      expect({ status: ghPrinted.status, stderr: ghPrinted.stderr }).toEqual({ status: 0, stderr: '' });
    });
  });

  it('gh attestation verify oci://… --bundle-from-oci: accepts our image attestation from the tag-schema index (docker-registry); finds none on go-containerregistry, whose referrers API lists the config media type as artifactType (our manifest declares the bundle type)', async () => {
    const run = async (target: { registry: string; image: TestImage }) => {
      const image = copyImage(target.registry, target.image, `interop/prov-gh-oci-${randomBytes(4).toString('hex')}`);
      await attest('sigstore', { 'subject-image': image.tag, predicate: 'slsa' }, workspace());
      // gh wants a token even when nothing is fetched from GitHub (exit 4, "gh auth login" otherwise); any value does.
      const verified = await runTool(
        gh!,
        [
          'attestation',
          'verify',
          `oci://${image.byDigest}`,
          '--bundle-from-oci',
          '--custom-trusted-root',
          trustedRootLine,
          '--repo',
          REPOSITORY,
          '--signer-workflow',
          WORKFLOW,
          '--cert-oidc-issuer',
          stack.issuer,
          '--format',
          'json',
        ],
        { env: toolEnv(trap, { GH_TOKEN: 'gho_not_used_offline' }) },
      );
      return { image, verified };
    };
    const tagSchema = await run({ registry: infra!.registry, image: infra!.images['alpine-app']! });
    expect({ status: tagSchema.verified.status, stderr: tagSchema.verified.stderr }).toEqual({ status: 0, stderr: '' });
    const [result] = JSON.parse(tagSchema.verified.stdout) as {
      verificationResult: { statement: { predicateType: string } };
    }[];
    expect(result!.verificationResult.statement.predicateType).toBe(SLSA);

    const referrersApi = await run({ registry: referrers!.registry, image: referrers!.images['alpine-app']! });
    expect(referrersApi.verified.status).not.toBe(0);
    expect(referrersApi.verified.stderr).toContain('no attestations found in the OCI registry');
    // Why: go-containerregistry 0.22.1's referrers API reports config.mediaType as each entry's artifactType
    // (pkg/registry/manifest.go) where image-spec 1.1 says the manifest's artifactType; gh filters on it.
    const [repository] = referrersApi.image.byDigest.split('@');
    const name = repository!.slice(referrers!.registry.length + 1);
    const listing = (await (
      await fetch(`http://${referrers!.registry}/v2/${name}/referrers/${referrers!.images['alpine-app']!.digest}`)
    ).json()) as { manifests: { digest: string; artifactType: string }[] };
    expect(listing.manifests.map((m) => m.artifactType)).toEqual(['application/vnd.oci.empty.v1+json']);
    const manifest = (await (
      await fetch(`http://${referrers!.registry}/v2/${name}/manifests/${listing.manifests[0]!.digest}`, {
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
    ).json()) as { artifactType: string; config: { mediaType: string } };
    expect(manifest).toMatchObject({
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json' },
    });
  });

  it('slsa-verifier 2.7.1 refuses: it takes the trusted root only from the public-good TUF repository, so a private instance cannot be verified (the egress trap sees the TUF fetch)', async () => {
    const ws = workspace();
    fs.writeFileSync(path.join(ws, 'app.tar.gz'), randomBytes(1024));
    const run = await attest('sigstore', { 'subject-path': 'app.tar.gz', predicate: 'slsa' }, ws);
    const bundle = run.outputs['bundle-path']!;
    const statement = JSON.parse(
      Buffer.from(
        (JSON.parse(fs.readFileSync(bundle, 'utf8')) as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
        'base64',
      ).toString('utf8'),
    ) as {
      predicate: { buildDefinition: { buildType: string } };
    };
    // The builder model slsa-verifier's verify-github-attestation checks (GitHub's own attestations) is ours.
    expect(statement.predicate.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');

    const before = trap.requests.length;
    for (const args of [
      [
        'verify-artifact',
        path.join(ws, 'app.tar.gz'),
        '--provenance-path',
        bundle,
        '--source-uri',
        `github.com/${REPOSITORY}`,
      ],
      [
        'verify-github-attestation',
        path.join(ws, 'app.tar.gz'),
        '--attestation-path',
        bundle,
        '--builder-id',
        IDENTITY,
        '--source-uri',
        `github.com/${REPOSITORY}`,
      ],
    ]) {
      const refused = await runTool(slsaVerifier!, args, { env: toolEnv(trap), timeoutMs: 120_000 });
      expect(refused.status).not.toBe(0);
      expect(refused.all).toContain('tuf refresh failed: Get "https://tuf-repo-cdn.sigstore.dev/');
    }
    const tried = trap.requests.slice(before);
    expect(tried.length).toBeGreaterThan(0);
    expect(new Set(tried)).toEqual(new Set(['CONNECT tuf-repo-cdn.sigstore.dev:443']));
  });
});
