/**
 * The loopback Sigstore stack (test/support/sigstore-stack.ts) is what the
 * signing, provenance and verify tests stand on: prove that @sigstore/sign
 * signs against it and @sigstore/verify verifies the result against its
 * trusted root, with the GitHub workflow identity real Fulcio would certify.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync, sign as signData } from 'node:crypto';
import * as fs from 'node:fs';
import { bundleToJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
} from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { githubClaims, startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';

let stack: SigstoreStack;

beforeAll(async () => {
  stack = await startSigstoreStack();
});
afterAll(async () => {
  await stack?.close();
});

function verifier(): Verifier {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  return new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
}

function extension(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  // UTF8String (tag 0x0c) for 1.8+; raw bytes for the legacy 1.1–1.6
  const value = ext.value;
  return value[0] === 0x0c ? value.subarray(2).toString('utf8') : value.toString('utf8');
}

describe('githubClaims', () => {
  it('has realistic GitHub Actions defaults and applies overrides consistently', () => {
    const claims = githubClaims({ repository: 'acme/widgets', ref: 'refs/tags/v1.2.3' });
    expect(claims.sub).toBe('repo:acme/widgets:ref:refs/tags/v1.2.3');
    expect(claims.repository_owner).toBe('acme');
    expect(claims.ref_type).toBe('tag');
    expect(claims.job_workflow_ref).toBe('acme/widgets/.github/workflows/release.yml@refs/tags/v1.2.3');
    expect(claims.runner_environment).toBe('github-hosted');
    for (const value of Object.values(claims)) expect(typeof value).toBe('string');
  });
});

describe('sigstore stack', () => {
  it('issues tokens through the Actions ID-token endpoint, verifiable with the issuer JWKS', async () => {
    const env = stack.env();
    const before = stack.requests.oidc;
    const response = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sigstore`, {
      headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
    });
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: string };
    const config = (await (await fetch(`${stack.issuer}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    expect(config.issuer).toBe(stack.issuer);
    const { payload } = await jwtVerify(value, createRemoteJWKSet(new URL(config.jwks_uri)), {
      issuer: stack.issuer,
      audience: 'sigstore',
    });
    expect(payload.repository).toBe('octo-org/octo-repo');
    expect(stack.requests.oidc).toBe(before + 1);
    expect(stack.issuedTokens).toContain(value);

    const denied = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sigstore`, {
      headers: { authorization: 'Bearer wrong' },
    });
    expect(denied.status).toBe(401);
  });

  it('applies setClaims to the next tokens and counts down faults', async () => {
    stack.setClaims({ repository_visibility: 'private' });
    try {
      expect(decodeJwt(await stack.mintToken()).repository_visibility).toBe('private');
      expect(decodeJwt(await stack.mintToken({}, 'other')).aud).toBe('other');
      stack.faults.oidc = { status: 503, times: 1 };
      const url = `${stack.idTokenRequestUrl}&audience=sigstore`;
      const headers = { authorization: `Bearer ${stack.idTokenRequestToken}` };
      expect((await fetch(url, { headers })).status).toBe(503);
      expect((await fetch(url, { headers })).status).toBe(200);
      expect(stack.faults.oidc).toBeUndefined();
    } finally {
      stack.setClaims({ repository_visibility: 'public' });
    }
  });

  it('signs a DSSE statement that @sigstore/verify accepts with the GitHub workflow identity', async () => {
    const token = await stack.mintToken();
    const signer = new FulcioSigner({
      fulcioBaseURL: stack.fulcioUrl,
      identityProvider: { getToken: async () => token },
    });
    const builder = new DSSEBundleBuilder({
      signer,
      witnesses: [
        new RekorWitness({ rekorBaseURL: stack.rekorUrl, entryType: 'dsse' }),
        new TSAWitness({ tsaBaseURL: stack.tsaUrl }),
      ],
    });
    const statement = Buffer.from(
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'x', predicate: {} }),
    );
    const bundle = await builder.create({ data: statement, type: 'application/vnd.in-toto+json' });
    const json = bundleToJSON(bundle) as { mediaType: string };
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');

    const claims = stack.claims();
    const signerIdentity = verifier().verify(toSignedEntity(bundle), {
      subjectAlternativeName: `https://github.com/${claims.job_workflow_ref}`,
      extensions: { issuer: stack.issuer },
    });
    expect(signerIdentity.identity?.subjectAlternativeName).toBe(
      'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    );

    // The certificate carries the GitHub claims in Fulcio's extensions.
    const cert = X509Certificate.parse(
      Buffer.from(
        bundle.verificationMaterial.content.$case === 'x509CertificateChain'
          ? bundle.verificationMaterial.content.x509CertificateChain.certificates[0]!.rawBytes
          : (bundle.verificationMaterial.content as { certificate: { rawBytes: Buffer } }).certificate.rawBytes,
      ),
    );
    expect(extension(cert, '1.3.6.1.4.1.57264.1.8')).toBe(stack.issuer);
    expect(extension(cert, '1.3.6.1.4.1.57264.1.9')).toBe(`https://github.com/${claims.job_workflow_ref}`);
    expect(extension(cert, '1.3.6.1.4.1.57264.1.11')).toBe('github-hosted');
    expect(extension(cert, '1.3.6.1.4.1.57264.1.12')).toBe('https://github.com/octo-org/octo-repo');
    expect(extension(cert, '1.3.6.1.4.1.57264.1.13')).toBe(claims.sha);
    expect(extension(cert, '1.3.6.1.4.1.57264.1.21')).toBe(
      'https://github.com/octo-org/octo-repo/actions/runs/4242424242/attempts/1',
    );
    expect(extension(cert, '1.3.6.1.4.1.57264.1.22')).toBe('public');

    // A policy for another workflow does not match.
    expect(() =>
      verifier().verify(toSignedEntity(bundle), {
        subjectAlternativeName: 'https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main',
      }),
    ).toThrow();
  });

  it('signs a blob (message signature) that verifies against the artifact and not against another', async () => {
    const token = await stack.mintToken();
    const signer = new FulcioSigner({
      fulcioBaseURL: stack.fulcioUrl,
      identityProvider: { getToken: async () => token },
    });
    const builder = new MessageSignatureBundleBuilder({
      signer,
      witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorUrl })],
    });
    const artifact = Buffer.from('hello supply chain\n');
    const bundle = await builder.create({ data: artifact });
    const v = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
    });
    expect(v.verify(toSignedEntity(bundle, artifact)).identity?.extensions?.issuer).toBe(stack.issuer);
    expect(() => v.verify(toSignedEntity(bundle, Buffer.from('tampered')))).toThrow();
  });

  it('Fulcio rejects a token the issuer did not sign, or for another audience', async () => {
    const post = (token: string) =>
      fetch(`${stack.fulcioUrl}/api/v2/signingCert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          credentials: { oidcIdentityToken: token },
          publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: 'x' }, proofOfPossession: 'x' },
        }),
      });
    const good = await stack.mintToken();
    const [h, p] = good.split('.');
    expect((await post(`${h}.${p}.AAAA`)).status).toBe(401);
    expect((await post(await stack.mintToken({}, 'not-sigstore'))).status).toBe(401);
  });

  it('Rekor refuses a duplicate with 409 + Location, and a lost response is recovered without a second entry', async () => {
    const token = await stack.mintToken();
    const signer = new FulcioSigner({
      fulcioBaseURL: stack.fulcioUrl,
      identityProvider: { getToken: async () => token },
    });
    const entriesBefore = stack.rekorEntries();
    const requestsBefore = stack.requests.rekor;
    // The entry is logged, but the answer is a 502; the client's retry gets 409 and fetches the existing entry.
    stack.faults.rekor = { status: 502, times: 1, afterHandler: true };
    const builder = new MessageSignatureBundleBuilder({
      signer,
      witnesses: [
        new RekorWitness({ rekorBaseURL: stack.rekorUrl, retry: { retries: 2, minTimeout: 10, maxTimeout: 20 } }),
      ],
    });
    const artifact = Buffer.from('idempotent\n');
    const bundle = await builder.create({ data: artifact });
    expect(stack.rekorEntries()).toBe(entriesBefore + 1);
    expect(stack.requests.rekor).toBe(requestsBefore + 2);
    const v = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
    });
    expect(() => v.verify(toSignedEntity(bundle, artifact))).not.toThrow();
  });

  it('injects status faults and hangs before the real handler', async () => {
    stack.faults.tsa = { status: 500, times: 2 };
    const before = stack.requests.tsa;
    const post = () =>
      fetch(`${stack.tsaUrl}/api/v1/timestamp`, {
        method: 'POST',
        body: JSON.stringify({ artifactHash: Buffer.alloc(32).toString('base64'), hashAlgorithm: 'sha256' }),
      });
    expect((await post()).status).toBe(500);
    expect((await post()).status).toBe(500);
    expect((await post()).status).toBe(201);
    expect(stack.requests.tsa).toBe(before + 3);
    stack.faults.tsa = { hangMs: 300, times: 1 };
    const started = Date.now();
    expect((await post()).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });
});

describe('what the real cosign 3 (sigstore-go) sends, answered as the real services answer', () => {
  it('Fulcio takes the token from Authorization: Bearer and answers 200; Rekor names the new entry in ETag; the TSA takes an RFC 3161 DER request', async () => {
    const token = await stack.mintToken();
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const subject = String(decodeJwt(token).sub);
    const fulcio = await fetch(`${stack.fulcioUrl}/api/v2/signingCert`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        publicKeyRequest: {
          publicKey: { algorithm: 'ECDSA', content: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
          proofOfPossession: signData('sha256', Buffer.from(subject), privateKey).toString('base64'),
        },
      }),
    });
    expect(fulcio.status).toBe(200);
    const chain = ((await fulcio.json()) as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } })
      .signedCertificateEmbeddedSct.chain.certificates;
    expect(X509Certificate.parse(chain[0]!).subjectAltName).toBe(
      `https://github.com/${stack.claims().job_workflow_ref}`,
    );

    const artifact = Buffer.from('signed by sigstore-go\n');
    const rekor = await fetch(`${stack.rekorUrl}/api/v1/log/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        apiVersion: '0.0.1',
        kind: 'hashedrekord',
        spec: {
          signature: {
            content: signData('sha256', artifact, privateKey).toString('base64'),
            publicKey: { content: Buffer.from(chain[0]!).toString('base64') },
          },
          data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(artifact).digest('hex') } },
        },
      }),
    });
    expect(rekor.status).toBe(201);
    const uuid = Object.keys((await rekor.json()) as Record<string, unknown>)[0];
    expect(rekor.headers.get('etag')).toBe(uuid);

    // TimeStampReq { version 1, messageImprint { sha256, 32 bytes }, certReq TRUE }, DER by hand.
    const hash = createHash('sha256').update('signature bytes').digest();
    const algorithm = Buffer.from('300d06096086480165030402010500', 'hex');
    const imprint = Buffer.concat([
      Buffer.from([0x30, algorithm.length + 2 + hash.length]),
      algorithm,
      Buffer.from([0x04, hash.length]),
      hash,
    ]);
    const body = [Buffer.from('020101', 'hex'), imprint, Buffer.from('0101ff', 'hex')];
    const request = Buffer.concat([Buffer.from([0x30, body.reduce((n, b) => n + b.length, 0)]), ...body]);
    const tsa = await fetch(`${stack.tsaUrl}/api/v1/timestamp`, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: request,
    });
    expect(tsa.status).toBe(201);
    expect(tsa.headers.get('content-type')).toBe('application/timestamp-reply');
    expect(Buffer.from(await tsa.arrayBuffer()).includes(hash)).toBe(true);
    const garbage = await fetch(`${stack.tsaUrl}/api/v1/timestamp`, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: Buffer.from('3003020102', 'hex'),
    });
    expect(garbage.status).toBe(400);
  });
});
