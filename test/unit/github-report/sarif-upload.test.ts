import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { GitHubApiError } from '@scs/github-api';
import { SARIF_UPLOAD_MAX_GZIP_BYTES, encodeSarif, uploadSarif } from '@scs/github-report';
import { renderSarif } from '@scs/findings';
import { finding, report } from '../findings/helpers.js';
import { API, TOKEN, recorder, testClient } from './helpers.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const SARIFS = '/repos/octo/app/code-scanning/sarifs';

interface UploadBody {
  commit_sha: string;
  ref: string;
  sarif: string;
  tool_name?: string;
  checkout_uri?: string;
}

function sarifText(): string {
  return renderSarif(report([finding(), finding({ id: 'CVE-2099-0002', severity: 'critical' })]), {
    category: 'supply-chain-scan/fs',
  }).json;
}

describe('uploadSarif', () => {
  it('posts base64(gzip(sarif)) with commit, ref, tool name and checkout URI', async () => {
    const sarif = sarifText();
    const body = recorder<UploadBody>();
    const scope = nock(API)
      .post(SARIFS, body.match)
      .reply(202, {
        id: '47177e22-5596-11eb-80a1-c1e54ef945c6',
        url: `${API}/repos/octo/app/code-scanning/sarifs/47177e22-5596-11eb-80a1-c1e54ef945c6`,
      });
    const { client } = testClient();

    const result = await uploadSarif(client, {
      owner: 'octo',
      repo: 'app',
      commitSha: SHA,
      ref: 'refs/pull/7/merge',
      sarif,
      toolName: 'Trivy',
      checkoutUri: 'file:///home/runner/work/app/app',
    });

    expect(scope.isDone()).toBe(true);
    const sent = body.bodies[0] as UploadBody;
    expect(sent.commit_sha).toBe(SHA);
    expect(sent.ref).toBe('refs/pull/7/merge');
    expect(sent.tool_name).toBe('Trivy');
    expect(sent.checkout_uri).toBe('file:///home/runner/work/app/app');
    expect(sent.sarif).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const decoded = Buffer.from(sent.sarif, 'base64');
    expect(decoded.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip magic
    expect(gunzipSync(decoded).toString('utf8')).toBe(sarif);
    // The category travels inside the SARIF (there is no REST field for it).
    expect(JSON.parse(sarif).runs[0].automationDetails.id).toBe('supply-chain-scan/fs/');
    expect(result).toEqual({
      id: '47177e22-5596-11eb-80a1-c1e54ef945c6',
      url: `${API}/repos/octo/app/code-scanning/sarifs/47177e22-5596-11eb-80a1-c1e54ef945c6`,
      gzipBytes: decoded.length,
    });
  });

  it('refuses a gzip over 10 MB before sending anything', async () => {
    // Random bytes do not compress: base64 of 10.4 MB of them gzips back to about 10.4 MB.
    const noise = randomBytes(10_400_000).toString('base64');
    const sarif = JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [], properties: { noise } }],
    });
    expect(encodeSarif(sarif).gzipBytes).toBeGreaterThan(SARIF_UPLOAD_MAX_GZIP_BYTES);
    const { client } = testClient();
    await expect(
      uploadSarif(client, { owner: 'o', repo: 'r', commitSha: SHA, ref: 'refs/heads/main', sarif }),
    ).rejects.toThrow(/gzip-compressed; code scanning accepts at most 10 MB/);
  });

  it.each([
    [{ commitSha: 'abc123' }, /full commit SHA/],
    [{ ref: 'main' }, /full Git ref/],
    [{ sarif: '{not json' }, /not JSON/],
    [{ sarif: '{"version":"2.1.0"}' }, /no `runs` array/],
  ])('refuses %j without a request', async (override, message) => {
    const { client } = testClient();
    await expect(
      uploadSarif(client, {
        owner: 'o',
        repo: 'r',
        commitSha: SHA,
        ref: 'refs/heads/main',
        sarif: sarifText(),
        ...override,
      }),
    ).rejects.toThrow(message);
  });

  it('403 (no security-events: write, or code scanning unavailable) → GitHubApiError with GitHub’s message, no token', async () => {
    const scope = nock(API)
      .post(SARIFS)
      .reply(403, { message: 'Advanced Security must be enabled for this repository to use code scanning.' });
    const { client } = testClient();
    const error = (await uploadSarif(client, {
      owner: 'octo',
      repo: 'app',
      commitSha: SHA,
      ref: 'refs/heads/main',
      sarif: sarifText(),
    }).catch((e: unknown) => e)) as GitHubApiError;
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.permission).toBe('security-events: write');
    expect(error.message).toContain('Advanced Security must be enabled');
    expect(error.message).not.toContain(TOKEN);
    expect(scope.isDone()).toBe(true);
  });

  it('413 from GitHub is reported as is', async () => {
    const scope = nock(API).post(SARIFS).reply(413, { message: 'Payload Too Large' });
    const { client } = testClient();
    await expect(
      uploadSarif(client, { owner: 'octo', repo: 'app', commitSha: SHA, ref: 'refs/heads/main', sarif: sarifText() }),
    ).rejects.toThrow('GitHub API POST /repos/octo/app/code-scanning/sarifs failed with HTTP 413: Payload Too Large');
    expect(scope.isDone()).toBe(true);
  });
});
