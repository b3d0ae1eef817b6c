/**
 * The built verify action (dist/verify) end to end: evidence signed with
 * @sigstore/sign against the loopback Sigstore stack and attached to images
 * in the local registry (the sha256-<digest> tag schema: docker-registry 2.8
 * has no referrers API), verified against the stack's trusted root. One pass,
 * then each way the policy must fail, each with its reason in the outputs, the
 * failure message and the summary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { requireInfra } from '../support/test-tools.js';
import { FakeGitHub } from '../support/fake-github.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import {
  COSIGN_SIGN_PREDICATE,
  COSIGN_VULN_V1,
  GITHUB_BUILDER_ID,
  SLSA_PROVENANCE_V1,
  attachBundle,
  pushLegacyTag,
  pushTestImage,
  reusableWorkflowClaims,
  signBlob,
  signStatement,
  slsaPredicate,
  statement,
  tamperStatementBundle,
  vulnPredicate,
  type TestImage,
} from '../support/evidence.js';
import { kyvernoValidator, policyControllerValidator } from '../unit/verification/crd-schemas.js';

const infra = requireInfra();
const describeWithInfra = infra ? describe : describe.skip;

let stack: SigstoreStack;
const images: Record<string, TestImage> = {};

interface Entry {
  source: string;
  type: string;
  predicateType: string | null;
  identity: string | null;
  passed: boolean;
  verified: boolean;
  reasons: string[];
  logEntry: { logIndex: string; url: string | null } | null;
  sourceRepositoryId: string | null;
  runnerEnvironment: string | null;
}

const POLICY = {
  'signer-workflow': 'octo-org/release-workflows/.github/workflows/sign.yml',
  'signer-ref': 'refs/tags/v*',
  'source-repository': 'octo-org/app',
  'source-repository-id': '1001',
  'owner-id': '2002',
  'source-ref': 'refs/heads/main',
  'runner-environment': 'github-hosted',
  'require-attestations': 'slsaprovenance1, vuln',
  'builder-id': GITHUB_BUILDER_ID,
  'max-severity': 'critical',
  'max-age': '1d',
};

async function verify(image: TestImage, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify', {
    inputs: {
      image: image.name,
      sources: 'referrers',
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      ...POLICY,
      ...inputs,
    },
  });
}

function results(run: ActionRun): Entry[] {
  return JSON.parse(run.outputs.results ?? '[]') as Entry[];
}

function failure(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

async function attachStatement(
  image: TestImage,
  predicateType: string,
  predicate: Record<string, unknown>,
  claims = reusableWorkflowClaims(),
): Promise<Buffer> {
  const bundle = await signStatement(
    stack,
    statement(image.ref.repository, image.digest, predicateType, predicate),
    claims,
  );
  await attachBundle(image, bundle, predicateType);
  return bundle;
}

async function fullyAttested(repository: string, claims = reusableWorkflowClaims()): Promise<TestImage> {
  const image = await pushTestImage(infra!.registry, repository);
  await attachStatement(image, COSIGN_SIGN_PREDICATE, {}, claims);
  await attachStatement(image, SLSA_PROVENANCE_V1, slsaPredicate(), claims);
  await attachStatement(image, COSIGN_VULN_V1, vulnPredicate([{ id: 'CVE-2099-0001', severity: 'HIGH' }]), claims);
  return image;
}

describeWithInfra('verify (dist) against the loopback Sigstore stack and registry', () => {
  beforeAll(async () => {
    stack = await startSigstoreStack();
    images.good = await fullyAttested('verify-e2e/good');
    images.selfHosted = await fullyAttested(
      'verify-e2e/self-hosted',
      reusableWorkflowClaims({ runner_environment: 'self-hosted' }),
    );
    const unattested = await pushTestImage(infra!.registry, 'verify-e2e/no-provenance');
    await attachStatement(unattested, COSIGN_SIGN_PREDICATE, {});
    images.noProvenance = unattested;

    const tampered = await pushTestImage(infra!.registry, 'verify-e2e/tampered');
    const honest = await signStatement(
      stack,
      statement(tampered.ref.repository, tampered.digest, SLSA_PROVENANCE_V1, slsaPredicate()),
      reusableWorkflowClaims(),
    );
    await attachBundle(
      tampered,
      tamperStatementBundle(honest, (s) => {
        (s.predicate.runDetails as { builder: { id: string } }).builder.id = 'https://evil.example/builder';
      }),
      SLSA_PROVENANCE_V1,
    );
    images.tampered = tampered;

    const other = await pushTestImage(infra!.registry, 'verify-e2e/other-digest');
    const elsewhere = `sha256:${'e'.repeat(64)}`;
    await attachBundle(
      other,
      await signStatement(
        stack,
        statement(other.ref.repository, elsewhere, SLSA_PROVENANCE_V1, slsaPredicate()),
        reusableWorkflowClaims(),
      ),
      SLSA_PROVENANCE_V1,
    );
    images.otherDigest = other;

    // Two vuln attestations by the approved identity: an older one made with an allowed DB (1 high)
    // and a newer, clean one made with a DB nobody approved (issue 19.3).
    const dbImage = await fullyAttested('verify-e2e/vuln-db');
    const withDb = (uri: string, findings: Parameters<typeof vulnPredicate>[0], at: Date) => {
      const predicate = vulnPredicate(findings, at);
      (predicate.scanner as { db: { uri: string; version: string } }).db = { uri, version: '2026-11-26T00:00:00Z' };
      return predicate;
    };
    await attachStatement(
      dbImage,
      COSIGN_VULN_V1,
      withDb(
        `ghcr.io/aquasecurity/trivy-db:2@sha256:${'1'.repeat(64)}`,
        [{ id: 'CVE-2099-0003', severity: 'HIGH' }],
        new Date(Date.now() + 30_000),
      ),
    );
    await attachStatement(
      dbImage,
      COSIGN_VULN_V1,
      withDb(`evil.example/trivy-db:2@sha256:${'2'.repeat(64)}`, [], new Date(Date.now() + 60_000)),
    );
    images.vulnDb = dbImage;

    // Issue 13 item 19: a provenance claiming the org's builder id, signed by another workflow of the org.
    const otherWorkflow = reusableWorkflowClaims({
      job_workflow_ref: 'octo-org/release-workflows/.github/workflows/other.yml@refs/tags/v1.2.0',
    });
    const claimed = await pushTestImage(infra!.registry, 'verify-e2e/builder-claimed');
    await attachStatement(claimed, COSIGN_SIGN_PREDICATE, {});
    await attachStatement(claimed, SLSA_PROVENANCE_V1, slsaPredicate(GITHUB_BUILDER_ID), otherWorkflow);
    images.builderClaimed = claimed;
    // Issue 13 item 23: only a vuln attestation (listing a Critical) from the approved identity.
    const scanOnly = await pushTestImage(infra!.registry, 'verify-e2e/scan-only');
    await attachStatement(scanOnly, COSIGN_VULN_V1, vulnPredicate([{ id: 'CVE-2099-0004', severity: 'CRITICAL' }]));
    images.scanOnly = scanOnly;
    // Issue 13 item 16: signed by …/Sign.yml, another file than …/sign.yml.
    const upper = await pushTestImage(infra!.registry, 'verify-e2e/upper-case-workflow');
    await attachStatement(
      upper,
      COSIGN_SIGN_PREDICATE,
      {},
      reusableWorkflowClaims({
        job_workflow_ref: 'octo-org/release-workflows/.github/workflows/Sign.yml@refs/tags/v1.2.0',
      }),
    );
    images.upperCaseWorkflow = upper;

    const critical = await fullyAttested('verify-e2e/critical');
    await attachStatement(
      critical,
      COSIGN_VULN_V1,
      vulnPredicate([{ id: 'CVE-2099-0002', severity: 'CRITICAL' }], new Date(Date.now() + 60_000)),
    );
    images.critical = critical;
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('passes a digest signed and attested by the approved reusable workflow, and exports the policy', async () => {
    const run = await verify(images.good!, {
      'export-controllers': 'kyverno, policy-controller',
      'allow-unenforced': 'max-age, max-severity',
    });
    expect(failure(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verified).toBe('true');
    expect(run.outputs.digest).toBe(images.good!.digest);
    expect(run.outputs['signer-identity']).toBe(
      'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0',
    );
    const entries = results(run);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        source: 'referrers',
        type: 'dsse',
        verified: true,
        passed: true,
        reasons: [],
        sourceRepositoryId: '1001',
        runnerEnvironment: 'github-hosted',
      });
      expect(entry.logEntry?.logIndex).toMatch(/^\d+$/);
    }
    expect(entries.map((e) => e.predicateType).sort()).toEqual(
      [COSIGN_VULN_V1, COSIGN_SIGN_PREDICATE, SLSA_PROVENANCE_V1].sort(),
    );
    // The summary: the subject, its checks, the identity.
    expect(run.summary).toContain(':white_check_mark: policy passed');
    expect(run.summary).toContain(`verify-e2e/good@${images.good!.digest}`);
    expect(run.summary).toContain('attestation slsaprovenance1');
    expect(run.summary).toContain('release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0');
    // The results file has every subject and bundle.
    const file = JSON.parse(fs.readFileSync(run.outputs['results-file']!, 'utf8')) as {
      subjects: { passed: boolean }[];
      bundles: unknown[];
    };
    expect(file.subjects).toEqual([expect.objectContaining({ passed: true })]);
    expect(file.bundles).toHaveLength(3);
    // The admission exports are written and valid against the CRD schemas.
    const kyverno = parseYaml(fs.readFileSync(run.outputs['kyverno-policy-file']!, 'utf8'));
    const validateKyverno = kyvernoValidator();
    expect(validateKyverno(kyverno) ? [] : validateKyverno.errors).toEqual([]);
    const pcDocs = parseAllDocuments(fs.readFileSync(run.outputs['policy-controller-file']!, 'utf8')).map(
      (d) => d.toJS() as { kind: string },
    );
    expect(pcDocs.map((d) => d.kind)).toEqual(['TrustRoot', 'ClusterImagePolicy']);
    const validatePc = policyControllerValidator();
    expect(validatePc(pcDocs[1]) ? [] : validatePc.errors).toEqual([]);
    expect(path.basename(run.outputs['kyverno-policy-file']!)).toBe('kyverno-cluster-policy.yaml');
    // What the cluster will not check is said in the outputs, per controller.
    const notEnforced = JSON.parse(run.outputs['not-enforced']!) as string[];
    expect(notEnforced).toHaveLength(3);
    expect(notEnforced).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Kyverno: max-age: /),
        expect.stringMatching(/^Sigstore policy-controller: max-severity: /),
        expect.stringMatching(/^Sigstore policy-controller: max-age: /),
      ]),
    );
    expect(run.summary).toContain('NOT enforced by the cluster');
  });

  it('fails for a different workflow identity', async () => {
    const run = await verify(images.good!, { 'signer-workflow': 'octo-org/app/.github/workflows/release.yml' });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.verified).toBe('false');
    const reason =
      'signer workflow "octo-org/release-workflows/.github/workflows/sign.yml" is not "octo-org/app/.github/workflows/release.yml"';
    for (const entry of results(run)) expect(entry.reasons).toContain(reason);
    expect(failure(run)).toContain(reason);
    expect(run.summary).toContain('is not &quot;octo-org/app/.github/workflows/release.yml&quot;');
  });

  it('fails for a different repository id', async () => {
    const run = await verify(images.good!, { 'source-repository-id': '9999' });
    expect(run.exitCode).not.toBe(0);
    for (const entry of results(run)) expect(entry.reasons).toEqual(['source repository id "1001" is not "9999"']);
    expect(failure(run)).toContain('source repository id "1001" is not "9999"');
  });

  it('fails for a self-hosted runner claim', async () => {
    const run = await verify(images.selfHosted!);
    expect(run.exitCode).not.toBe(0);
    for (const entry of results(run))
      expect(entry.reasons).toEqual(['runner environment "self-hosted" is not "github-hosted"']);
    expect(failure(run)).toContain('runner environment "self-hosted" is not "github-hosted"');
    expect(run.summary).toContain(':x: policy failed');
  });

  it('fails when the provenance is missing', async () => {
    const run = await verify(images.noProvenance!, {
      'require-attestations': 'slsaprovenance1',
      'max-severity': '',
      'builder-id': '',
    });
    expect(run.exitCode).not.toBe(0);
    expect(results(run)).toEqual([expect.objectContaining({ passed: true, predicateType: COSIGN_SIGN_PREDICATE })]);
    expect(failure(run)).toContain('required attestation slsaprovenance1 (https://slsa.dev/provenance/v1) is missing');
    expect(run.summary).toContain('attestation slsaprovenance1');
    expect(run.summary).toContain('missing');
  });

  it('fails for a tampered bundle', async () => {
    const run = await verify(images.tampered!, { 'require-attestations': 'slsaprovenance1', 'max-severity': '' });
    expect(run.exitCode).not.toBe(0);
    const [entry] = results(run);
    expect(entry).toMatchObject({ verified: false, passed: false });
    expect(entry!.reasons.join('\n')).toMatch(/signature verification failed|tlog entry|transparency log/);
    expect(failure(run)).toContain('none of the 1 bundle(s) verified');
  });

  it('fails for a bundle about another digest', async () => {
    const run = await verify(images.otherDigest!, { 'require-attestations': 'slsaprovenance1', 'max-severity': '' });
    expect(run.exitCode).not.toBe(0);
    const [entry] = results(run);
    expect(entry!.reasons).toEqual([
      `subject: the statement is about sha256:eeeeeeeeeeee…, not ${images.otherDigest!.digest}`,
    ]);
    expect(failure(run)).toContain('subject: the statement is about sha256:eeeeeeeeeeee…');
  });

  it('judges severity by the newest vuln attestation', async () => {
    const run = await verify(images.critical!, { 'max-severity': 'critical' });
    expect(run.exitCode).not.toBe(0);
    expect(failure(run)).toContain('vuln attestation reports 1 critical');
    const relaxed = await verify(images.good!, { 'max-severity': 'high' });
    expect(failure(relaxed)).toContain('vuln attestation reports 1 high');
  });

  it('verifies a file with its <file>.sigstore.json and refuses a modified file', async () => {
    const workspace = fs.mkdtempSync(path.join(infra ? path.dirname(stack.trustedRootPath) : '/tmp', 'ws-'));
    const data = Buffer.from('release artifact\n');
    fs.writeFileSync(path.join(workspace, 'app.tar.gz'), data);
    fs.writeFileSync(
      path.join(workspace, 'app.tar.gz.sigstore.json'),
      await signBlob(stack, data, reusableWorkflowClaims()),
    );
    const inputs = {
      files: 'app.tar.gz',
      sources: 'files',
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      'signer-workflow': POLICY['signer-workflow'],
      'source-repository-id': '1001',
    };
    const ok = await runAction('verify', { workspace, inputs });
    expect(failure(ok)).toBe('');
    expect(ok.outputs.verified).toBe('true');
    fs.writeFileSync(path.join(workspace, 'app.tar.gz'), 'release artifact, modified\n');
    const bad = await runAction('verify', { workspace, inputs });
    expect(bad.exitCode).not.toBe(0);
    expect(failure(bad)).toMatch(/subject: the bundle signs sha256:[0-9a-f]{12}…, the file is sha256:/);
  });

  it("reads GitHub's attestation API (repository), and names the permission on 403", async () => {
    const image = await pushTestImage(infra!.registry, 'verify-e2e/github-api');
    const provenance = await signStatement(
      stack,
      statement(image.ref.repository, image.digest, SLSA_PROVENANCE_V1, slsaPredicate()),
      reusableWorkflowClaims(),
    );
    const github = new FakeGitHub();
    await github.start();
    try {
      github.on('GET', /^\/repos\/octo-org\/app\/attestations\/sha256:[0-9a-f]{64}/, () => ({
        status: 200,
        body: { attestations: [{ bundle: JSON.parse(provenance.toString('utf8')), repository_id: 1001 }] },
      }));
      const run = await runAction('verify', {
        env: { GITHUB_API_URL: github.apiUrl },
        inputs: {
          image: image.name,
          sources: 'github',
          'sigstore-instance': 'custom',
          'trusted-root': stack.trustedRootPath,
          ...POLICY,
          'require-attestations': 'slsaprovenance1',
          'max-severity': '',
        },
      });
      expect(failure(run)).toBe('');
      expect(results(run)).toEqual([
        expect.objectContaining({ source: 'github', passed: true, predicateType: SLSA_PROVENANCE_V1 }),
      ]);
      expect(github.requests[0]!.path).toBe(`/repos/octo-org/app/attestations/${image.digest}?per_page=100`);
      expect(github.requests[0]!.headers.authorization).toMatch(/^Bearer /);

      github.reset();
      github.on('GET', /attestations/, () => ({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      }));
      const denied = await runAction('verify', {
        env: { GITHUB_API_URL: github.apiUrl },
        // The signer workflow bound to its owner (issue 19.1), so the run reaches the API.
        inputs: {
          image: image.name,
          sources: 'github',
          'sigstore-instance': 'custom',
          'trusted-root': stack.trustedRootPath,
          'signer-workflow': POLICY['signer-workflow'],
          'owner-id': POLICY['owner-id'],
        },
      });
      expect(denied.exitCode).not.toBe(0);
      expect(denied.commands.some((c) => c.command === 'warning' && c.message.includes('`attestations: read`'))).toBe(
        true,
      );
      expect(failure(denied)).toContain('no evidence found');
      expect(failure(denied)).toContain('`attestations: read`');
    } finally {
      await github.stop();
    }
  });

  it('reports legacy cosign tags as present but not verified', async () => {
    const image = await pushTestImage(infra!.registry, 'verify-e2e/legacy');
    const tag = await pushLegacyTag(image, 'sig');
    const run = await verify(image, {
      sources: 'referrers, legacy',
      'require-attestations': '',
      'max-severity': '',
      'builder-id': '',
    });
    expect(run.exitCode).not.toBe(0);
    expect(failure(run)).toContain(`no verifiable evidence: only legacy cosign evidence (${tag}) exists`);
    expect(run.summary).toContain('not verified by this action');
  });

  it('matches a release commit SHA in signer-ref on the Build Signer Digest (issue 19.2)', async () => {
    // The signer ran at refs/tags/v1.2.0, commit bbbb…: the SHA is accepted though the ref text is a tag.
    const pinned = await verify(images.good!, { 'export-policy': 'false', 'signer-ref': 'b'.repeat(40) });
    expect(failure(pinned)).toBe('');
    expect(pinned.outputs.verified).toBe('true');
    const other = await verify(images.good!, { 'export-policy': 'false', 'signer-ref': 'c'.repeat(40) });
    expect(other.exitCode).not.toBe(0);
    expect(failure(other)).toContain(
      `signer workflow ref "refs/tags/v1.2.0" is not one of ${'c'.repeat(40)} (build signer digest "${'b'.repeat(40)}")`,
    );
  });

  it('refuses a branch signer-ref and a signer workflow bound to no owner or repository id, before any network access (issues 19.1, 19.2)', async () => {
    const branch = await verify(images.good!, { 'export-policy': 'false', 'signer-ref': 'refs/heads/main' });
    expect(branch.exitCode).not.toBe(0);
    expect(branch.outputs.verified).toBeUndefined();
    expect(failure(branch)).toContain('set `allow-branch-signer-ref: true`');
    const v10 = await verify(images.good!, { 'export-policy': 'false', 'signer-ref': 'refs/tags/v1*' });
    expect(failure(v10)).toContain('also matches longer versions');

    const unbound = await verify(images.good!, {
      'export-policy': 'false',
      'source-repository-id': '',
      'owner-id': '',
    });
    expect(unbound.exitCode).not.toBe(0);
    expect(unbound.outputs.verified).toBeUndefined();
    expect(failure(unbound)).toMatch(/set `owner-id` .* or `source-repository-id` .* or set `allow-any-source: true`/);
    const anySource = await verify(images.good!, {
      'export-policy': 'false',
      'source-repository-id': '',
      'owner-id': '',
      'allow-any-source': 'true',
    });
    expect(failure(anySource)).toBe('');
    expect(anySource.outputs.verified).toBe('true');
    expect(anySource.commands.some((c) => c.command === 'warning' && c.message.includes('allow-any-source'))).toBe(
      true,
    );
  });

  it('with allowed-vuln-dbs, a newer scan made with another DB neither supersedes nor satisfies (issue 19.3)', async () => {
    // Without the allow-list the newest (clean, rogue DB) attestation decides.
    const open = await verify(images.vulnDb!, { 'export-policy': 'false', 'max-severity': 'high' });
    expect(failure(open)).toBe('');
    const listed = await verify(images.vulnDb!, {
      'export-policy': 'false',
      'max-severity': 'high',
      'allowed-vuln-dbs': 'ghcr.io/aquasecurity/trivy-db, mirror.gcr.io/aquasec/trivy-db',
    });
    expect(listed.exitCode).not.toBe(0);
    expect(failure(listed)).toContain('vuln attestation reports 1 high');
    expect(failure(listed)).toContain('DB "evil.example/trivy-db:2", which is not one of allowed-vuln-dbs');
    // An attestation that records no DB does not count either.
    const unrecorded = await verify(images.good!, {
      'export-policy': 'false',
      'allowed-vuln-dbs': 'ghcr.io/aquasecurity/trivy-db',
    });
    expect(unrecorded.exitCode).not.toBe(0);
    expect(failure(unrecorded)).toContain('records no vulnerability DB as <repository>@sha256:<digest>');
  });

  it("refuses a provenance that claims the org's builder id but was signed by another workflow (issue 13 item 19)", async () => {
    // An identity broad enough for any workflow of the org's release repository: builder-id must still be the signer.
    const broad = {
      'signer-workflow': '',
      'signer-ref': '',
      'certificate-identity-regexp':
        'https://github\\.com/octo-org/release-workflows/\\.github/workflows/[a-z]+\\.yml@refs/tags/v1\\.2\\.0',
      'require-attestations': 'slsaprovenance1',
      'max-severity': '',
    };
    const run = await verify(images.builderClaimed!, { ...broad, 'export-policy': 'false' });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.verified).toBe('false');
    expect(failure(run)).toContain(
      `SLSA builder id "${GITHUB_BUILDER_ID}" is not the workflow that signed it (build signer "https://github.com/octo-org/release-workflows/.github/workflows/other.yml@refs/tags/v1.2.0")`,
    );
    // The same policy passes the honest image, whose provenance the builder itself signed.
    const honest = await verify(images.good!, { ...broad, 'export-policy': 'false' });
    expect(failure(honest)).toBe('');
    expect(honest.outputs.verified).toBe('true');
  });

  it('a vuln attestation alone is not a signature; signed-evidence widens it explicitly (issue 13 item 23)', async () => {
    const noRequirements = {
      'require-attestations': '',
      'builder-id': '',
      'max-severity': '',
      'export-policy': 'false',
    };
    const run = await verify(images.scanOnly!, noRequirements);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.verified).toBe('false');
    expect(failure(run)).toContain(
      "no signature, slsaprovenance1 from an approved identity (signed-evidence: signature, slsaprovenance1); the approved identity's evidence is only: vuln",
    );
    const widened = await verify(images.scanOnly!, { ...noRequirements, 'signed-evidence': 'any' });
    expect(failure(widened)).toBe('');
    expect(widened.outputs.verified).toBe('true');
    expect(widened.summary).toContain('satisfied by referrers dsse vuln');
    // The honest image: the summary names the evidence that made it signed.
    const good = await verify(images.good!, noRequirements);
    expect(good.outputs.verified).toBe('true');
    expect(good.summary).toMatch(/satisfied by referrers dsse (signature|slsaprovenance1)/);
    expect(good.summary).not.toMatch(/satisfied by referrers dsse vuln/);
  });

  it('a workflow path differing in case is another workflow (issue 13 item 16)', async () => {
    const run = await verify(images.upperCaseWorkflow!, {
      'require-attestations': '',
      'builder-id': '',
      'max-severity': '',
      'export-policy': 'false',
    });
    expect(run.exitCode).not.toBe(0);
    expect(failure(run)).toContain(
      'signer workflow "octo-org/release-workflows/.github/workflows/Sign.yml" is not "octo-org/release-workflows/.github/workflows/sign.yml"',
    );
  });

  it('refuses a tag with require-digest, before any network access', async () => {
    const run = await verify(images.good!, { 'require-digest': 'true' });
    expect(run.exitCode).not.toBe(0);
    expect(failure(run)).toContain('must carry its digest');
  });
});
