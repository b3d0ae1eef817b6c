/**
 * The provenance action from dist/, with the sigstore engine against the
 * loopback Sigstore stack (Fulcio, Rekor, TSA, a fake GitHub OIDC issuer),
 * the loopback registry and a fake GitHub API: what it signs verifies with
 * @sigstore/verify against the stack's trusted root, the DSSE payload is the
 * statement the inputs ask for, and it lands where it should.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { RegistryClient, SIGSTORE_BUNDLE_MEDIA_TYPE, parseRegistryReference } from '@scs/oci';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun, type RunOptions } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { copyImage } from '../support/oci-image.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireInfra, requireMultiPlatformImage, testImage, type TestInfra } from '../support/test-tools.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed statement, read field by field
type JsonObject = Record<string, any>;
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

let stack: SigstoreStack;
let github: FakeGitHub;
const infra: TestInfra | undefined = requireInfra();
const withRegistry = infra ? it : it.skip;

beforeAll(async () => {
  stack = await startSigstoreStack({ claims: { repository: 'octo-org/app', repository_owner: 'octo-org' } });
  github = new FakeGitHub();
  await github.start();
});
afterAll(async () => {
  await stack?.close();
  await github?.stop();
});

function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  return runAction('provenance', {
    ...options,
    inputs: {
      engine: 'sigstore',
      'sigstore-instance': 'custom',
      'fulcio-url': stack.fulcioUrl,
      // No TSA here: the mock TSA writes GeneralizedTime with 1–2 fraction digits when the milliseconds end
      // in 0, which @sigstore/core's parser refuses ("invalid time") about one run in ten. Rekor's
      // integrated time is the trusted time of these bundles.
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'oidc-issuer': stack.issuer,
      ...inputs,
    },
    env: { ...stack.env(), GITHUB_API_URL: github.apiUrl, ...(options.env ?? {}) },
  });
}

function verify(bundleJson: string) {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  const verifier = new Verifier(toTrustMaterial(root), { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 0 });
  return verifier.verify(toSignedEntity(bundleFromJSON(JSON.parse(bundleJson))));
}

/** The bundle the step wrote, its verified signer and the statement it signed. */
function signed(result: ActionRun) {
  const bundlePath = result.outputs['bundle-path']!;
  expect(bundlePath).toBeTruthy();
  const bundleJson = fs.readFileSync(bundlePath, 'utf8');
  const signer = verify(bundleJson);
  const envelope = (JSON.parse(bundleJson) as { dsseEnvelope: { payload: string; payloadType: string } }).dsseEnvelope;
  expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
  const payload = Buffer.from(envelope.payload, 'base64').toString('utf8');
  return {
    bundleJson,
    signer,
    payload,
    statement: JSON.parse(payload) as {
      _type: string;
      subject: { name: string; digest: { sha256: string } }[];
      predicateType: string;
      predicate: JsonObject;
    },
  };
}

function expectSuccess(result: ActionRun): void {
  if (result.exitCode !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
}

describe('provenance (sigstore engine, from dist/)', () => {
  withRegistry(
    'attests SLSA provenance for the registry image: verifiable bundle, GitHub’s predicate from the claims, a referrer in the registry',
    async () => {
      const image = testImage(infra!, 'alpine-app');
      const result = await run({ 'subject-image': image.ref });
      expectSuccess(result);
      const { signer, statement, payload } = signed(result);
      const claims = stack.claims();
      expect(signer.identity?.subjectAlternativeName).toBe(`https://github.com/${claims.job_workflow_ref}`);
      expect(result.outputs['certificate-identity']).toBe(`https://github.com/${claims.job_workflow_ref}`);

      const repositoryName = image.ref.replace(/:[^:/]+$/, '');
      expect(statement).toEqual({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: repositoryName, digest: { sha256: image.digest.replace('sha256:', '') } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {
          buildDefinition: {
            buildType: 'https://actions.github.io/buildtypes/workflow/v1',
            externalParameters: {
              workflow: {
                ref: claims.ref,
                repository: `https://github.com/${claims.repository}`,
                path: '.github/workflows/release.yml',
              },
            },
            internalParameters: {
              github: {
                event_name: claims.event_name,
                repository_id: claims.repository_id,
                repository_owner_id: claims.repository_owner_id,
                runner_environment: claims.runner_environment,
              },
            },
            resolvedDependencies: [
              { uri: `git+https://github.com/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
            ],
          },
          runDetails: {
            builder: { id: `https://github.com/${claims.job_workflow_ref}` },
            metadata: {
              invocationId: `https://github.com/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
          },
        },
      });
      // Compact JSON in GitHub's member order.
      expect(payload).toBe(JSON.stringify(statement));

      // The predicate file is what was signed.
      expect(JSON.parse(fs.readFileSync(result.outputs['predicate-file']!, 'utf8'))).toEqual(statement.predicate);
      expect(result.outputs['predicate-type']).toBe('https://slsa.dev/provenance/v1');
      expect(JSON.parse(result.outputs.subjects!)).toEqual(statement.subject);
      expect(result.outputs['rekor-log-index']).toMatch(/^\d+$/);

      // The referrer landed next to the image (docker-registry 2.8: the sha256-<hex> tag index).
      const refs = JSON.parse(result.outputs['attestation-refs']!) as {
        repository: string;
        manifestDigest: string;
        via: string;
      }[];
      expect(refs).toHaveLength(1);
      expect(refs[0]).toMatchObject({ repository: repositoryName, via: 'tag-schema' });
      const client = new RegistryClient();
      const listing = await client.listReferrers(parseRegistryReference(image.ref), image.digest, {
        artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
      });
      const mine = listing.referrers.find((d) => d.digest === refs[0]!.manifestDigest);
      expect(mine?.annotations?.['dev.sigstore.bundle.predicateType']).toBe('https://slsa.dev/provenance/v1');
      expect(mine?.annotations?.['dev.sigstore.bundle.content']).toBe('dsse-envelope');

      // Summary: subject, identity, where stored, a verify command.
      expect(result.summary).toContain('## Attestation: SLSA v1 build provenance');
      expect(result.summary).toContain(repositoryName);
      expect(result.summary).toContain('sha256-&lt;digest&gt; tag index');
      expect(result.summary).toContain('cosign verify-attestation --type slsaprovenance1');
      // The OIDC token never reaches the logs or the outputs (beyond the ::add-mask:: command that tells the runner to hide it).
      const logged = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      expect(result.stdout).toContain('::add-mask::ey');
      for (const token of stack.issuedTokens) {
        expect(logged).not.toContain(token);
        expect(result.stderr).not.toContain(token);
        expect(JSON.stringify(result.outputs)).not.toContain(token);
      }
    },
  );

  withRegistry(
    'attests a multi-platform image by its index digest (given by digest: no tag involved) and stores the referrer on the index',
    async () => {
      const multi = requireMultiPlatformImage(infra!);
      if (!multi) return;
      const result = await run(
        {
          'subject-image': multi.refByDigest,
          predicate: 'custom',
          'predicate-type': 'https://example.com/release/v1',
          'predicate-path': 'release.json',
        },
        {
          workspace: (() => {
            const dir = workspaceFrom(path.join(FIXTURES, 'provenance'));
            fs.writeFileSync(path.join(dir, 'release.json'), '{"channel":"stable"}');
            return dir;
          })(),
        },
      );
      expectSuccess(result);
      const { statement } = signed(result);
      expect(statement.subject).toEqual([
        { name: `${multi.ref.replace(/:[^:/]+$/, '')}`, digest: { sha256: multi.digest.replace('sha256:', '') } },
      ]);
      const refs = JSON.parse(result.outputs['attestation-refs']!) as { manifestDigest: string }[];
      const listing = await new RegistryClient().listReferrers(
        parseRegistryReference(multi.refByDigest),
        multi.digest,
        { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE },
      );
      expect(listing.referrers.map((d) => d.digest)).toContain(refs[0]!.manifestDigest);
      expect(result.stdout).not.toContain('(tag resolved once)');
    },
  );

  withRegistry(
    'with platform: all, attests the index and every platform manifest, each in its own statement and referrer of its own digest (issue 18.4)',
    async () => {
      const multi = requireMultiPlatformImage(infra!);
      if (!multi) return;
      const ref = copyImage(infra!.registry, multi.ref, `prov-platforms-${randomBytes(4).toString('hex')}`);
      const repository = ref.replace(/:v1$/, '');
      const result = await run({ 'subject-image': ref, platform: 'all', 'github-attestation': 'false' });
      expectSuccess(result);
      const made = JSON.parse(result.outputs.attestations!) as {
        subjects: { name: string; digest: { sha256: string } }[];
        platform: string;
        'bundle-path': string;
        'attestation-refs': { manifestDigest: string }[];
      }[];
      const expected = [
        { platform: '', digest: multi.digest },
        ...multi.platforms.map((p) => ({
          platform: [p.os, p.architecture, p.variant].filter(Boolean).join('/'),
          digest: p.digest,
        })),
      ];
      expect(made.map((m) => ({ platform: m.platform, digest: `sha256:${m.subjects[0]!.digest.sha256}` }))).toEqual(
        expected,
      );
      const client = new RegistryClient();
      for (const m of made) {
        // One subject each, its own digest; the bundle verifies and signs exactly that statement.
        expect(m.subjects).toEqual([{ name: repository, digest: m.subjects[0]!.digest }]);
        const { statement } = signed({ ...result, outputs: { ...result.outputs, 'bundle-path': m['bundle-path'] } });
        expect(statement.subject).toEqual(m.subjects);
        expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
        const digest = `sha256:${m.subjects[0]!.digest.sha256}`;
        const listing = await client.listReferrers(parseRegistryReference(ref), digest, {
          artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
        });
        expect(listing.referrers.map((d) => d.digest)).toEqual([m['attestation-refs'][0]!.manifestDigest]);
      }
      expect(JSON.parse(result.outputs.subjects!)).toEqual(made.flatMap((m) => m.subjects));
      // The summary lists every subject, each platform manifest by name.
      for (const { platform, digest } of expected) {
        expect(result.summary).toContain(digest.replace('sha256:', ''));
        if (platform) expect(result.summary).toContain(`<code>${platform}</code>`);
      }
    },
  );

  withRegistry(
    'with platform: linux/arm64, attests the index and only that platform manifest; a platform the index lacks is refused before signing',
    async () => {
      const multi = requireMultiPlatformImage(infra!);
      if (!multi) return;
      const arm64 = multi.platforms.find((p) => p.architecture === 'arm64')!;
      const result = await run({
        'subject-image': multi.refByDigest,
        platform: 'linux/arm64',
        'push-to-registry': 'false',
        'github-attestation': 'false',
      });
      expectSuccess(result);
      const made = JSON.parse(result.outputs.attestations!) as { platform: string; subjects: unknown[] }[];
      expect(made.map((m) => m.platform)).toEqual([
        '',
        [arm64.os, arm64.architecture, arm64.variant].filter(Boolean).join('/'),
      ]);
      expect(JSON.parse(result.outputs.subjects!)).toEqual([
        expect.objectContaining({ digest: { sha256: multi.digest.replace('sha256:', '') } }),
        expect.objectContaining({ digest: { sha256: arm64.digest.replace('sha256:', '') } }),
      ]);

      const refused = await run({ 'subject-image': multi.refByDigest, platform: 'linux/s390x' });
      expect(refused.exitCode).not.toBe(0);
      expect(refused.stdout).toContain('Input `platform` is linux/s390x, but subject-image');
      expect(refused.stdout).toContain('has no such platform manifest; it has linux/amd64');
      expect(refused.outputs['bundle-path']).toBeUndefined();
    },
  );

  it('attests files from subject-path and subject-checksums in one statement, stored with GitHub’s attestation API', async () => {
    const workspace = workspaceFrom(path.join(FIXTURES, 'provenance'));
    fs.mkdirSync(path.join(workspace, 'dist'));
    fs.writeFileSync(path.join(workspace, 'dist', 'app-linux.tar.gz'), 'linux build');
    fs.writeFileSync(path.join(workspace, 'dist', 'app-darwin.tar.gz'), 'darwin build');
    const other = sha256('windows build');
    const hostile = '<img src=x onerror=alert(1)>|[x](javascript:alert(1))`#.tar.gz';
    fs.writeFileSync(
      path.join(workspace, 'checksums.txt'),
      `${sha256('linux build')}  app-linux.tar.gz\n${other} *app windows.zip\n${sha256('h')}  ${hostile}\n`,
    );
    github.reset();
    github.on('POST', /^\/repos\/octo-org\/app\/attestations$/, () => ({ status: 201, body: { id: 777 } }));
    const result = await run(
      { 'subject-path': 'dist/*.tar.gz', 'subject-checksums': 'checksums.txt', 'github-attestation': 'true' },
      { workspace },
    );
    expectSuccess(result);
    const { statement, bundleJson } = signed(result);
    expect(statement.subject).toEqual([
      { name: 'app-darwin.tar.gz', digest: { sha256: sha256('darwin build') } },
      { name: 'app-linux.tar.gz', digest: { sha256: sha256('linux build') } },
      { name: 'app windows.zip', digest: { sha256: other } },
      { name: hostile, digest: { sha256: sha256('h') } },
    ]);
    // The hostile name is in the statement as it is, and inert in the summary.
    expect(result.summary).not.toContain('<img');
    expect(result.summary).not.toMatch(/\]\(javascript/);
    expect(result.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(result.outputs['attestation-id']).toBe('777');
    expect(result.outputs['attestation-url']).toBe('https://github.com/octo-org/app/attestations/777');
    expect(result.outputs['attestation-refs']).toBe('[]');
    const posted = github.requests.find((r) => r.method === 'POST');
    expect(posted?.body).toEqual({ bundle: JSON.parse(bundleJson) });
    expect(posted?.headers.authorization).toMatch(/^Bearer /);
    expect(result.summary).toContain('https://github.com/octo-org/app/attestations/777');
    expect(result.summary).toContain('cosign verify-blob-attestation');
  });

  it('says exactly which permission is missing when the attestation API answers 403, after writing the bundle', async () => {
    github.reset();
    github.on('POST', /attestations$/, () => ({
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    }));
    const result = await run({
      'subject-digest': `sha256:${'1'.repeat(64)}`,
      'subject-name': 'app.whl',
      'github-attestation': 'true',
    });
    expect(result.exitCode).not.toBe(0);
    const error = result.commands.find((c) => c.command === 'error');
    expect(error?.message).toMatch(/needs `permissions: attestations: write`/);
    expect(fs.existsSync(result.outputs['bundle-path']!)).toBe(true);
    expect(result.outputs['attestation-id']).toBeUndefined();
    expect(result.summary).toContain('Attestation could not be completed');
  });

  it('attests an SBOM with the predicate type from the document', async () => {
    const workspace = workspaceFrom(path.join(FIXTURES, 'syft'));
    const result = await run(
      {
        'subject-digest': `sha256:${'2'.repeat(64)}`,
        'subject-name': 'app',
        predicate: 'sbom',
        'sbom-path': 'spdxjson__identify-2.3.json',
      },
      { workspace },
    );
    expectSuccess(result);
    const { statement } = signed(result);
    expect(statement.predicateType).toBe('https://spdx.dev/Document/v2.3');
    expect(statement.predicate).toEqual(
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'syft', 'spdxjson__identify-2.3.json'), 'utf8')),
    );
    expect(result.summary).toContain('SBOM (SPDX 2.3)');
  });

  it('records external-parameters as externalParameters.inputs of the signed SLSA predicate (issue 19.6)', async () => {
    const inputs = {
      image: 'ghcr.io/octo-org/app',
      build: true,
      context: '.',
      platforms: 'linux/amd64,linux/arm64',
      'build-args': 'A=1',
    };
    const result = await run({
      'subject-digest': `sha256:${'4'.repeat(64)}`,
      'subject-name': 'app',
      'external-parameters': JSON.stringify(inputs),
    });
    expectSuccess(result);
    const { statement } = signed(result);
    const claims = stack.claims();
    expect(statement.predicate.buildDefinition.externalParameters).toEqual({
      workflow: {
        ref: claims.ref,
        repository: `https://github.com/${claims.repository}`,
        path: '.github/workflows/release.yml',
      },
      inputs,
    });
    const refused = await run({
      'subject-digest': `sha256:${'4'.repeat(64)}`,
      'subject-name': 'app',
      'external-parameters': '{"a":{"nested":1}}',
    });
    expect(refused.exitCode).not.toBe(0);
    expect(
      refused.commands
        .filter((c) => c.command === 'error')
        .map((c) => c.message)
        .join('\n'),
    ).toContain("Input `external-parameters`: 'a' is not a string");
  });

  it('attests a vulnerability scan from a Trivy report', async () => {
    const workspace = workspaceFrom(path.join(FIXTURES, 'trivy'));
    const result = await run(
      {
        'subject-digest': `sha256:${'3'.repeat(64)}`,
        'subject-name': 'app',
        predicate: 'vuln',
        'scan-report': 'alpine-39.json.golden',
      },
      { workspace },
    );
    expectSuccess(result);
    const { statement } = signed(result);
    expect(statement.predicateType).toBe('https://cosign.sigstore.dev/attestation/vuln/v1');
    expect(statement.predicate.scanner.result).toEqual(
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'trivy', 'alpine-39.json.golden'), 'utf8')),
    );
    expect(statement.predicate.invocation['builder.id']).toBe(`https://github.com/${stack.claims().workflow_ref}`);
  });

  it('builds the SLSA and vuln predicates from the verified token, not from a rewritten step environment (issue 13 item 20)', async () => {
    // What an earlier step can write to GITHUB_ENV: another server, repository, run and workflow.
    const poisoned = {
      GITHUB_SERVER_URL: 'https://evil.example',
      GITHUB_REPOSITORY: 'evil/repo',
      GITHUB_RUN_ID: '666',
      GITHUB_RUN_ATTEMPT: '9',
      GITHUB_WORKFLOW_REF: 'evil/repo/.github/workflows/x.yml@refs/heads/evil',
      GITHUB_SHA: 'e'.repeat(40),
      GITHUB_REF: 'refs/heads/evil',
    };
    const claims = stack.claims();
    const slsa = await run(
      { 'subject-digest': `sha256:${'5'.repeat(64)}`, 'subject-name': 'app' },
      { env: { ...stack.env(), GITHUB_API_URL: github.apiUrl, ...poisoned } },
    );
    expectSuccess(slsa);
    const provenance = signed(slsa).statement.predicate;
    expect(provenance).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: claims.ref,
            repository: `https://github.com/${claims.repository}`,
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: claims.event_name,
            repository_id: claims.repository_id,
            repository_owner_id: claims.repository_owner_id,
            runner_environment: claims.runner_environment,
          },
        },
        resolvedDependencies: [
          { uri: `git+https://github.com/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
        ],
      },
      runDetails: {
        builder: { id: `https://github.com/${claims.job_workflow_ref}` },
        metadata: {
          invocationId: `https://github.com/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
        },
      },
    });
    expect(JSON.stringify(provenance)).not.toMatch(/evil|666/);
    expect(
      slsa.commands.some(
        (c) => c.command === 'warning' && c.message.includes('GITHUB_SERVER_URL is https://evil.example'),
      ),
    ).toBe(true);

    const workspace = workspaceFrom(path.join(FIXTURES, 'trivy'));
    const vuln = await run(
      {
        'subject-digest': `sha256:${'6'.repeat(64)}`,
        'subject-name': 'app',
        predicate: 'vuln',
        'scan-report': 'alpine-39.json.golden',
      },
      { workspace, env: { ...stack.env(), GITHUB_API_URL: github.apiUrl, ...poisoned } },
    );
    expectSuccess(vuln);
    const invocation = signed(vuln).statement.predicate.invocation;
    expect(invocation).toEqual({
      parameters: null,
      uri: `https://github.com/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      event_id: claims.run_id,
      'builder.id': `https://github.com/${claims.workflow_ref}`,
    });
  });

  it('attests a custom predicate', async () => {
    const workspace = workspaceFrom(path.join(FIXTURES, 'provenance'));
    fs.writeFileSync(path.join(workspace, 'review.json'), JSON.stringify({ reviewer: 'octocat', approved: true }));
    const result = await run(
      {
        'subject-digest': `sha256:${'4'.repeat(64)}`,
        'subject-name': 'app',
        predicate: 'custom',
        'predicate-type': 'https://example.com/review/v1',
        'predicate-path': 'review.json',
      },
      { workspace },
    );
    expectSuccess(result);
    const { statement } = signed(result);
    expect(statement.predicateType).toBe('https://example.com/review/v1');
    expect(statement.predicate).toEqual({ reviewer: 'octocat', approved: true });
  });
});

describe('provenance refusals (from dist/)', () => {
  it('refuses more than 1024 subjects, a predicate over 16 MiB and a bad digest, naming the input, before signing', async () => {
    const workspace = workspaceFrom(path.join(FIXTURES, 'provenance'));
    const lines = Array.from({ length: 1025 }, (_, i) => `${sha256(String(i))}  file-${i}.bin`).join('\n');
    fs.writeFileSync(path.join(workspace, 'many.txt'), `${lines}\n`);
    fs.writeFileSync(path.join(workspace, 'big.json'), `{"a":"${'x'.repeat(16 * 1024 * 1024)}"}`);
    const before = stack.requests.fulcio;

    const many = await run({ 'subject-checksums': 'many.txt' }, { workspace });
    expect(many.exitCode).not.toBe(0);
    expect(many.commands.find((c) => c.command === 'error')?.message).toMatch(
      /1025 subjects were given; an attestation may name at most 1024/,
    );

    const big = await run(
      {
        'subject-digest': `sha256:${'5'.repeat(64)}`,
        'subject-name': 'a',
        predicate: 'custom',
        'predicate-type': 'https://x.test/p',
        'predicate-path': 'big.json',
      },
      { workspace },
    );
    expect(big.exitCode).not.toBe(0);
    expect(big.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^Input `predicate-path` is 16,777,224 bytes; a predicate may be at most 16 MiB/,
    );

    const bad = await run({ 'subject-digest': `sha256:${'A'.repeat(64)}`, 'subject-name': 'a' }, { workspace });
    expect(bad.exitCode).not.toBe(0);
    expect(bad.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^Input `subject-digest` must be sha256: followed by 64 lower-case hex/,
    );
    expect(stack.requests.fulcio).toBe(before);
  });

  it('on a pull request from a fork, says that forks get no OIDC token and how to gate the step', async () => {
    const result = await runAction('provenance', {
      event: 'fork_pull_request',
      inputs: { 'subject-path': 'missing/*', engine: 'sigstore' },
    });
    expect(result.exitCode).not.toBe(0);
    const message = result.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(message).toMatch(/pull request from a fork/);
    expect(message).toMatch(/github\.event\.pull_request\.head\.repo\.full_name == github\.repository/);
  });

  it('without id-token: write, fails before anything else and names the permission', async () => {
    const result = await runAction('provenance', {
      inputs: { 'subject-image': '127.0.0.1:9/never/resolved:v1', engine: 'sigstore' },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.commands.find((c) => c.command === 'error')?.message).toMatch(/id-token: write/);
  });
});
