import { afterEach, describe, expect, it } from '@jest/globals';
import { inputEnvironment, REPO_ROOT } from '../../support/action-harness.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

async function inputs(values: Record<string, string>) {
  for (const [key, value] of Object.entries(inputEnvironment('verify', values))) process.env[key] = value;
  process.env.GITHUB_WORKSPACE = REPO_ROOT;
  process.env.RUNNER_TEMP = '/tmp';
  const { getInputs } = await import('../../../actions/verify/src/inputs.js');
  return getInputs();
}

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('verify inputs', () => {
  it('reads a full reusable-workflow policy', async () => {
    const result = await inputs({
      image: `ghcr.io/octo-org/app@${DIGEST}`,
      'require-digest': 'true',
      'signer-workflow': 'octo-org/release-workflows/.github/workflows/release.yml',
      'signer-ref': 'refs/tags/v*, ' + 'b'.repeat(40),
      'source-repository-id': '123',
      'owner-id': '456',
      'source-ref': 'refs/heads/main',
      'runner-environment': 'github-hosted',
      'require-attestations': 'slsaprovenance1,spdxjson,https://example.com/p/v1',
      'max-severity': 'High',
      'max-age': '30d',
      sources: 'referrers, github',
    });
    expect(result.sources).toEqual(['referrers', 'github']);
    expect(result.policy).toMatchObject({
      signerWorkflow: 'octo-org/release-workflows/.github/workflows/release.yml',
      signerRefs: ['refs/tags/v*', 'b'.repeat(40)],
      sourceRepositoryId: '123',
      ownerId: '456',
      maxSeverity: 'high',
      maxAge: { text: '30d', ms: 30 * 86_400_000 },
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
    });
    expect(result.policy.requireAttestations.map((r) => r.uri)).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document',
      'https://example.com/p/v1',
    ]);
    expect(result.policyWarnings).toEqual([]);
  });

  it.each([
    [{ image: 'ghcr.io/o/app:1', 'require-digest': 'true' }, /must carry its digest/],
    [{ image: 'ghcr.io/o/app:1', files: 'a.txt' }, /cannot be used together/],
    [{ 'certificate-identity': 'x', 'certificate-identity-regexp': 'y' }, /set exactly one/],
    [{ 'certificate-identity-regexp': '(' }, /not a valid regular expression/],
    [{ 'signer-workflow': 'octo-org/app/release.yml' }, /owner\/repo\/\.github\/workflows\/file\.yml/],
    [{ 'signer-ref': 'refs/tags/*' }, /needs `signer-workflow`/],
    [{ 'signer-workflow': 'o/r/.github/workflows/x.yml', 'signer-ref': 'main' }, /refs\/tags/],
    [{ 'source-repository-id': 'abc' }, /numeric repository id/],
    [{ 'runner-environment': 'hosted' }, /github-hosted/],
    [{ 'require-attestations': 'sbom' }, /short names|slsaprovenance1/],
    [{ 'max-severity': 'severe' }, /max-severity/],
    [{ 'max-age': '30 days' }, /duration/],
    [{ sources: 'all, github' }, /cannot be combined/],
    [{ sources: 'oci' }, /accepts all or any of/],
    [{ 'sigstore-instance': 'custom' }, /needs `trusted-root`/],
    [{ 'policy-name': 'Not_A_Name' }, /Kubernetes resource name/],
    [{ 'registry-username': 'u' }, /go together/],
    [{ 'attestations-owner': 'a/b/c' }, /owner\/repo or an organization/],
  ])('refuses %j', async (values, message) => {
    await expect(inputs(values as Record<string, string>)).rejects.toThrow(message);
  });

  it('warns about an identity pattern that matches any repository (when allowed), and about no identity at all', async () => {
    const broad = await inputs({
      'certificate-identity-regexp': 'https://github.com/.*/release.yml@.*',
      'allow-any-owner-regexp': 'true',
    });
    expect(broad.policyWarnings[0]).toMatch(/admits workflows of any owner/);
    const none = await inputs({});
    expect(none.policyWarnings).toEqual([expect.stringMatching(/^No identity is required/)]);
  });

  describe('fail-closed identity rules (issue 19)', () => {
    const WORKFLOW = 'octo-org/release-workflows/.github/workflows/release.yml';

    it('refuses a signer-workflow without owner-id or source-repository-id, naming what to add', async () => {
      await expect(inputs({ 'signer-workflow': WORKFLOW, 'signer-ref': 'refs/tags/v1.2.0' })).rejects.toThrow(
        /`signer-workflow` .* without `owner-id` or `source-repository-id` accepts .* any repository .* set `owner-id` .* or set `allow-any-source: true`/,
      );
      // A name alone is not a binding (it can be re-registered).
      await expect(
        inputs({ 'signer-workflow': WORKFLOW, 'signer-ref': 'refs/tags/v1.2.0', 'source-repository': 'octo-org/app' }),
      ).rejects.toThrow(/owner-id/);
    });

    it('accepts the binding by owner-id or source-repository-id, and allow-any-source with a warning', async () => {
      expect(
        (await inputs({ 'signer-workflow': WORKFLOW, 'signer-ref': 'refs/tags/v1.2.0', 'owner-id': '42' }))
          .policyWarnings,
      ).toEqual([]);
      expect(
        (await inputs({ 'signer-workflow': WORKFLOW, 'signer-ref': 'refs/tags/v1.2.0', 'source-repository-id': '7' }))
          .policy.sourceRepositoryId,
      ).toBe('7');
      const any = await inputs({
        'signer-workflow': WORKFLOW,
        'signer-ref': 'refs/tags/v1.2.0',
        'allow-any-source': 'true',
      });
      expect(any.policyWarnings).toEqual([
        expect.stringMatching(/^allow-any-source: .* whichever repository called it/),
      ]);
    });

    it.each([
      ['refs/heads/main', /branch or pull request .* `allow-branch-signer-ref: true`/],
      ['refs/heads/*', /branch or pull request/],
      ['refs/pull/*/merge', /branch or pull request/],
      ['refs/tags/v1.0.0, refs/heads/release/**', /branch or pull request/],
      ['refs/tags/v1*', /also matches longer versions .* refs\/tags\/v1\.\*/],
      ['refs/tags/v1.2?', /also matches longer versions/],
    ])('refuses signer-ref %s', async (ref, message) => {
      await expect(inputs({ 'signer-workflow': WORKFLOW, 'owner-id': '42', 'signer-ref': ref })).rejects.toThrow(
        message,
      );
    });

    it('accepts branch refs only with allow-branch-signer-ref, and release SHAs and tags without it', async () => {
      const branch = await inputs({
        'signer-workflow': WORKFLOW,
        'owner-id': '42',
        'signer-ref': 'refs/heads/main',
        'allow-branch-signer-ref': 'true',
      });
      expect(branch.policy.signerRefs).toEqual(['refs/heads/main']);
      const release = await inputs({
        'signer-workflow': WORKFLOW,
        'owner-id': '42',
        'signer-ref': `${'c'.repeat(40)}, refs/tags/v1.*, refs/tags/v2.0.1, refs/tags/v*`,
      });
      expect(release.policy.signerRefs).toHaveLength(4);
      expect(release.policyWarnings).toEqual([]);
    });

    it('warns when signer-ref is empty (any ref of the signer workflow), unless an exact certificate-identity names the ref', async () => {
      const open = await inputs({ 'signer-workflow': WORKFLOW, 'owner-id': '42' });
      expect(open.policyWarnings).toEqual([
        expect.stringMatching(/^signer-ref is empty: .* any ref, including branches and pull-request merge refs/),
      ]);
      const exact = await inputs({
        'signer-workflow': WORKFLOW,
        'owner-id': '42',
        'certificate-identity': `https://github.com/${WORKFLOW}@refs/heads/main`,
      });
      expect(exact.policyWarnings).toEqual([]);
    });

    it('reads allowed-vuln-dbs: OCI repositories and https URL prefixes', async () => {
      const result = await inputs({
        'allowed-vuln-dbs':
          'mirror.gcr.io/aquasec/trivy-db:2, ghcr.io/aquasecurity/trivy-db, https://grype.anchore.io/databases/',
      });
      expect(result.policy.allowedVulnDbs).toEqual([
        'mirror.gcr.io/aquasec/trivy-db:2',
        'ghcr.io/aquasecurity/trivy-db',
        'https://grype.anchore.io/databases/',
      ]);
    });

    it.each([
      'https://grype.anchore.io/databases',
      'http://grype.anchore.io/databases/',
      'https://grype.anchore.io/../x/',
      '../../trivy-db:2',
      'Evil.Example/trivy-db:2',
      'trivy-db',
      'ghcr.io/aquasecurity/trivy-db@sha256:' + 'a'.repeat(64),
    ])('refuses the allowed-vuln-dbs entry %s, naming the input', async (entry) => {
      await expect(inputs({ 'allowed-vuln-dbs': entry })).rejects.toThrow(
        /Input `allowed-vuln-dbs`: .* neither an OCI repository/,
      );
    });
  });
});
