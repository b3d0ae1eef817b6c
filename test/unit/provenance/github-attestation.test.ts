import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { GitHubClient } from '@scs/github-api';
import { storeGitHubAttestation } from '../../../actions/provenance/src/github-attestation.js';

const API = 'https://api.github.test';
const TOKEN = 'ghs_unitTestToken0123456789';
const BUNDLE = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: { payload: 'e30=' } };

function client(): GitHubClient {
  return new GitHubClient({ token: TOKEN, apiUrl: API, sleep: async () => undefined, maxRetries: 1 });
}

describe('GitHub attestation API', () => {
  it('POSTs {bundle} and returns the id and the attestation page URL', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .post('/repos/octo-org/app/attestations', { bundle: BUNDLE })
      .reply(201, { id: 4242 });
    const stored = await storeGitHubAttestation(client(), 'octo-org/app', 'https://github.com/', BUNDLE);
    expect(stored).toEqual({ id: '4242', url: 'https://github.com/octo-org/app/attestations/4242' });
    expect(scope.isDone()).toBe(true);
  });

  it('on 403 says that the job needs attestations: write', async () => {
    nock(API)
      .post('/repos/octo-org/app/attestations')
      .reply(403, { message: 'Resource not accessible by integration' });
    const error = (await storeGitHubAttestation(client(), 'octo-org/app', 'https://github.com', BUNDLE).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/HTTP 403: Resource not accessible by integration/);
    expect(error.message).toMatch(/needs `permissions: attestations: write`/);
    expect(error.message).not.toContain(TOKEN);
  });

  it('on 422 explains which instances GitHub accepts; on 5xx it is an infrastructure failure', async () => {
    nock(API).post('/repos/octo-org/app/attestations').reply(422, { message: 'Invalid bundle' });
    await expect(storeGitHubAttestation(client(), 'octo-org/app', 'https://github.com', BUNDLE)).rejects.toThrow(
      /public-good or github/,
    );
    nock(API).post('/repos/octo-org/app/attestations').times(2).reply(502, 'bad gateway');
    await expect(storeGitHubAttestation(client(), 'octo-org/app', 'https://github.com', BUNDLE)).rejects.toThrow(
      InfrastructureError,
    );
  });

  it('refuses an answer without an id, and a malformed repository', async () => {
    nock(API).post('/repos/octo-org/app/attestations').reply(201, { id: '../../evil' });
    await expect(storeGitHubAttestation(client(), 'octo-org/app', 'https://github.com', BUNDLE)).rejects.toThrow(
      /without an attestation id/,
    );
    await expect(storeGitHubAttestation(client(), 'octo-org/app/../x', 'https://github.com', BUNDLE)).rejects.toThrow(
      /not owner\/name/,
    );
  });
});
