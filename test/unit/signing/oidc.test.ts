/**
 * OIDC: the permission pre-check, fetching a token from the Actions
 * ID-token endpoint (the loopback stack's), and verifying it against the
 * issuer's JWKS.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { decodeClaims, FORK_GATE_EXAMPLE, getIdToken, requireIdToken, verifyIdToken } from '@scs/signing';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstoreStack({ claims: { repository: 'acme/widgets' } });
});
afterAll(async () => {
  await stack?.close();
});
const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, timeoutMs: 2000, jitter: 0 };

describe('requireIdToken', () => {
  it('passes when the runner offers a token endpoint', () => {
    expect(() =>
      requireIdToken(
        { eventName: 'push' },
        { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
      ),
    ).not.toThrow();
  });

  it('names the permission to add', () => {
    expect(() => requireIdToken({ eventName: 'push' }, {})).toThrow(ConfigurationError);
    expect(() => requireIdToken({ eventName: 'push' }, {})).toThrow(/permissions:\n\s+id-token: write/);
  });

  it('on a fork pull request, says forks get no token and how to gate the step', () => {
    const context = {
      eventName: 'pull_request',
      pullRequest: {
        number: 1,
        headSha: 'a',
        headRepository: 'mallory/app',
        baseRepository: 'octo/app',
        fromFork: true,
      },
    };
    expect(() => requireIdToken(context, {})).toThrow(/fork[\s\S]*no OIDC token/);
    expect(() => requireIdToken(context, {})).toThrow(FORK_GATE_EXAMPLE);
  });
});

describe('getIdToken', () => {
  it('refuses a redirect of the token request to plain HTTP and an answer over 64 KiB (issue 13, items 5 and 6)', async () => {
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/id?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-secret',
    };
    const asked: string[] = [];
    const redirecting = (async (input: string | URL) => {
      asked.push(String(input));
      return new Response('', { status: 302, headers: { location: 'http://collector.example/id' } });
    }) as typeof fetch;
    await expect(
      getIdToken('sigstore', { env, mask: () => undefined, retry: FAST, fetch: redirecting }),
    ).rejects.toThrow(/a downgrade from HTTPS to plain HTTP is refused/);
    expect(asked.every((u) => u.startsWith('https://token.actions.example/'))).toBe(true);
    const huge = (async () =>
      new Response(JSON.stringify({ value: 'a'.repeat(200 * 1024) }), { status: 200 })) as typeof fetch;
    await expect(getIdToken('sigstore', { env, mask: () => undefined, retry: FAST, fetch: huge })).rejects.toThrow(
      /over the 65536-byte limit; refused/,
    );
  });

  it('requests the sigstore audience, masks the token before returning it', async () => {
    const masked: string[] = [];
    const token = await getIdToken('sigstore', { env: stack.env(), mask: (s) => masked.push(s), retry: FAST });
    expect(masked).toEqual([token]);
    const claims = decodeClaims(token);
    expect(claims.aud).toBe('sigstore');
    expect(claims.repository).toBe('acme/widgets');
  });

  it('retries a 503 from the endpoint', async () => {
    stack.faults.oidc = { status: 503, times: 2 };
    const before = stack.requests.oidc;
    await getIdToken('sigstore', {
      env: stack.env(),
      mask: () => undefined,
      retry: FAST,
      sleep: async () => undefined,
    });
    expect(stack.requests.oidc - before).toBe(3);
  });

  it('gives up after the tries with an infrastructure error, and a 401 is a configuration error, never quoting the request token', async () => {
    stack.faults.oidc = { status: 502 };
    await expect(
      getIdToken('sigstore', { env: stack.env(), mask: () => undefined, retry: FAST, sleep: async () => undefined }),
    ).rejects.toThrow(InfrastructureError);
    stack.faults.oidc = undefined;
    const env = { ...stack.env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong-request-token' };
    const error = await getIdToken('sigstore', { env, mask: () => undefined, retry: FAST }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/HTTP 401.*id-token: write/);
    expect((error as Error).message).not.toContain('wrong-request-token');
    expect((error as Error).message).not.toContain('api-version');
  });
});

describe('verifyIdToken', () => {
  it('verifies signature, issuer and audience against the issuer JWKS', async () => {
    const token = await stack.mintToken({ run_id: '99' });
    const claims = await verifyIdToken(token, stack.issuer, { audience: 'sigstore' });
    expect(claims.run_id).toBe('99');
    expect(claims.iss).toBe(stack.issuer);
  });

  it('rejects a tampered token, another audience and another issuer', async () => {
    const token = await stack.mintToken();
    const [h, p] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...decodeClaims(token), repository: 'evil/repo' })).toString('base64url')}.${token.split('.')[2]}`;
    await expect(verifyIdToken(forged, stack.issuer)).rejects.toThrow(/could not be verified/);
    await expect(verifyIdToken(`${h}.${p}.AAAA`, stack.issuer)).rejects.toThrow(/could not be verified/);
    await expect(
      verifyIdToken(await stack.mintToken({}, 'other'), stack.issuer, { audience: 'sigstore' }),
    ).rejects.toThrow(/could not be verified/);
    await expect(
      verifyIdToken(await stack.mintToken({ iss: 'https://elsewhere.example' }), stack.issuer),
    ).rejects.toThrow(/could not be verified/);
  });

  it('allows http only for loopback issuers', async () => {
    await expect(verifyIdToken('a.b.c', 'http://issuer.example')).rejects.toThrow(/https URL/);
  });
});
