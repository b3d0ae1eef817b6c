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
    expect(result.policy.requireAttestations.map((r) => r.uri)).toEqual(['https://slsa.dev/provenance/v1', 'https://spdx.dev/Document', 'https://example.com/p/v1']);
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

  it('warns about an identity pattern that matches any repository, and about no identity at all', async () => {
    const broad = await inputs({ 'certificate-identity-regexp': 'https://github.com/.*/release.yml@.*' });
    expect(broad.policyWarnings[0]).toMatch(/accepts workflows of any repository/);
    const none = await inputs({});
    expect(none.policyWarnings).toEqual([expect.stringMatching(/^No identity is required/)]);
  });
});
