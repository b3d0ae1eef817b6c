/**
 * A minimal GitHub-Actions-like OIDC issuer for the fault corpus: its own RSA
 * key, a JWKS endpoint that can be taken down, and an ID-token endpoint that
 * hands out whatever token the test prepared (wrong audience, expired, signed
 * by another key). The Sigstore stack's issuer always mints valid tokens; this
 * one exists to mint the invalid ones.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';
import { githubClaims } from '../../support/sigstore-stack.js';

export interface MiniIssuer {
  issuer: string;
  env(): Record<string, string>;
  /** The token the ID-token endpoint hands out next. */
  token: string;
  issuedTokens: string[];
  jwksStatus: number;
  requests: { token: number; jwks: number };
  /** A token with GitHub claims (iss = this issuer); `key: 'foreign'` signs with a key the JWKS does not list. */
  mint(options?: { audience?: string; expiresIn?: number; key?: 'own' | 'foreign' }): Promise<string>;
  close(): Promise<void>;
}

export async function startMiniIssuer(): Promise<MiniIssuer> {
  const own = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256', { extractable: true });
  const kid = randomBytes(8).toString('hex');
  const jwk = { ...(await exportJWK(own.publicKey)), kid, alg: 'RS256', use: 'sig' };
  const requestToken = `mini-request-${randomBytes(8).toString('hex')}`;
  const state = { token: '', jwksStatus: 200, requests: { token: 0, jwks: 0 }, issuedTokens: [] as string[] };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/.well-known/jwks') {
      state.requests.jwks += 1;
      res
        .writeHead(state.jwksStatus, { 'content-type': 'application/json' })
        .end(state.jwksStatus === 200 ? JSON.stringify({ keys: [jwk] }) : '{"message":"down"}');
      return;
    }
    if (url.pathname === '/idtoken') {
      state.requests.token += 1;
      if (req.headers.authorization !== `Bearer ${requestToken}`) {
        res.writeHead(401).end('{}');
        return;
      }
      state.issuedTokens.push(state.token);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value: state.token }));
      return;
    }
    res.writeHead(404).end('{}');
  });
  await listenOnLoopback(server);
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const mint = async (
    options: { audience?: string; expiresIn?: number; key?: 'own' | 'foreign' } = {},
  ): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const key: CryptoKey = options.key === 'foreign' ? foreign.privateKey : own.privateKey;
    const claims: Record<string, unknown> = {
      ...githubClaims({ iss: issuer }),
      aud: options.audience ?? 'sigstore',
      jti: randomBytes(8).toString('hex'),
    };
    const expiresIn = options.expiresIn ?? 300;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .setIssuedAt(now - Math.max(0, -expiresIn) - 60)
      .setNotBefore(now - Math.max(0, -expiresIn) - 60)
      .setExpirationTime(now + expiresIn)
      .sign(key);
  };

  return {
    issuer,
    env: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${issuer}/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    }),
    get token() {
      return state.token;
    },
    set token(value: string) {
      state.token = value;
    },
    issuedTokens: state.issuedTokens,
    get jwksStatus() {
      return state.jwksStatus;
    },
    set jwksStatus(value: number) {
      state.jwksStatus = value;
    },
    requests: state.requests,
    mint,
    close: () => closeServer(server),
  };
}
