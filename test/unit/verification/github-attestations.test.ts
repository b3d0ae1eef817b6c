import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import nock from 'nock';
import { GitHubClient } from '@scs/github-api';
import { attestationsPath, fetchGitHubAttestations, loadTrustedRootFile, verifyBundle } from '@scs/verification';
import { REPO_ROOT } from '../../support/action-harness.js';

const API = 'https://api.github.com';
const TOKEN = 'ghs_VerifyTestToken0123456789';
const DIGEST = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
const FIXTURE = JSON.parse(
  fs.readFileSync(
    path.join(REPO_ROOT, 'test/fixtures/verification/gh-cli__reusable-workflow-attestation.sigstore.json'),
    'utf8',
  ),
) as unknown;

function client(): GitHubClient {
  return new GitHubClient({ token: TOKEN, apiUrl: API, sleep: async () => undefined, maxRetries: 0 });
}

describe("GitHub's attestation API", () => {
  it('follows Link pagination and returns every bundle, which then verifies', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .get(`/repos/malancas/attest-demo/attestations/${DIGEST}`)
      .query({ per_page: '100' })
      .reply(
        200,
        { attestations: [{ bundle: FIXTURE, repository_id: 804070735 }] },
        {
          link: `<${API}/repos/malancas/attest-demo/attestations/${DIGEST}?per_page=100&after=abc>; rel="next"`,
        },
      )
      .get(`/repos/malancas/attest-demo/attestations/${DIGEST}`)
      .query({ per_page: '100', after: 'abc' })
      .reply(200, {
        attestations: [{ bundle: FIXTURE, repository_id: 804070735 }, { bundle_url: 'https://example.com/x' }],
      });
    const result = await fetchGitHubAttestations(
      client(),
      { kind: 'repository', repository: 'malancas/attest-demo' },
      DIGEST,
    );
    expect(scope.isDone()).toBe(true);
    expect(result.bundles).toHaveLength(2);
    expect(result.bundles[1]!.location).toBe(`/repos/malancas/attest-demo/attestations/${DIGEST} page 2 #1`);
    // The bundle_url is fetched (no network here: the fetch fails and says so; test/unit/verification/github-bundle-url.test.ts fetches real ones).
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /page 2 #2 \(bundle_url\): bundle_url https:\/\/example\.com\/x: .*not verified/,
    );
    const trust = loadTrustedRootFile(path.join(REPO_ROOT, 'test/fixtures/verification/gh-cli__trusted_root.json'));
    const verified = verifyBundle(result.bundles[0]!.bundle, {
      trust,
      subject: { kind: 'image', digest: DIGEST },
      origin: { source: 'github', location: result.bundles[0]!.location },
    });
    expect(verified.reasons).toEqual([]);
  });

  it('asks the organization endpoint for an organization', async () => {
    const scope = nock(API).get(`/orgs/octo-org/attestations/${DIGEST}`).query(true).reply(200, { attestations: [] });
    const result = await fetchGitHubAttestations(client(), { kind: 'organization', organization: 'octo-org' }, DIGEST);
    expect(scope.isDone()).toBe(true);
    expect(result).toEqual({ bundles: [], problems: [], notes: [] });
    expect(attestationsPath({ kind: 'organization', organization: 'octo-org' }, DIGEST)).toBe(
      `/orgs/octo-org/attestations/${DIGEST}`,
    );
  });

  it('404 means no evidence, not an error', async () => {
    nock(API).get(`/repos/o/r/attestations/${DIGEST}`).query(true).reply(404, { message: 'Not Found' });
    const result = await fetchGitHubAttestations(client(), { kind: 'repository', repository: 'o/r' }, DIGEST);
    expect(result.bundles).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([`GitHub has no attestation for ${DIGEST} in repository o/r`]);
  });

  it('403 names the attestations: read permission, without the token', async () => {
    nock(API)
      .get(`/repos/o/r/attestations/${DIGEST}`)
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    const result = await fetchGitHubAttestations(client(), { kind: 'repository', repository: 'o/r' }, DIGEST);
    expect(result.bundles).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('`attestations: read`');
    expect(result.problems[0]).not.toContain(TOKEN);
  });

  it('does not follow a next link to another host', async () => {
    nock(API)
      .get(`/repos/o/r/attestations/${DIGEST}`)
      .query(true)
      .reply(200, { attestations: [] }, { link: '<https://evil.example/steal?x=1>; rel="next"' });
    const result = await fetchGitHubAttestations(client(), { kind: 'repository', repository: 'o/r' }, DIGEST);
    expect(result.problems[0]).toMatch(/another origin \(https:\/\/evil\.example\); not followed/);
  });

  it('other failures are problems with the status', async () => {
    nock(API).get(`/repos/o/r/attestations/${DIGEST}`).query(true).reply(500, { message: 'boom' });
    const result = await fetchGitHubAttestations(client(), { kind: 'repository', repository: 'o/r' }, DIGEST);
    expect(result.problems[0]).toMatch(/HTTP 500/);
  });
});
