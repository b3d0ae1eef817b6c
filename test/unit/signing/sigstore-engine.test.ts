/**
 * The sigstore engine against the loopback Sigstore stack: real Fulcio /
 * Rekor / TSA handlers, real bundles, verified with @sigstore/verify; and the
 * retry behaviour (Fulcio 502 twice, Rekor down, a lost Rekor answer).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { InfrastructureError } from '@scs/action-kit';
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  createSigningEngine,
  getIdToken,
  resolveSigstoreInstance,
  type ServiceRetryPolicy,
  type SigningEngine,
} from '@scs/signing';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';

const FAST: ServiceRetryPolicy = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5000, jitter: 0.5 };
let stack: SigstoreStack;
let dir: string;

beforeAll(async () => {
  stack = await startSigstoreStack();
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-sign-'));
  stack.faults.fulcio = undefined;
  stack.faults.rekor = undefined;
  stack.faults.tsa = undefined;
});

async function engine(options: { tsa?: boolean; rekor?: boolean } = {}): Promise<SigningEngine> {
  const instance = resolveSigstoreInstance('custom', {
    fulcioUrl: stack.fulcioUrl,
    ...(options.rekor === false ? {} : { rekorUrl: stack.rekorUrl }),
    ...(options.tsa ? { tsaUrl: stack.tsaUrl } : {}),
    trustedRootPath: stack.trustedRootPath,
  });
  return createSigningEngine({
    engine: 'sigstore',
    instance,
    retry: FAST,
    idToken: () => getIdToken('sigstore', { env: stack.env(), retry: FAST, mask: () => undefined }),
  });
}

function verify(bundleJson: string, artifact?: Buffer, thresholds = { tlogThreshold: 1, timestampThreshold: 1 }) {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  const verifier = new Verifier(toTrustMaterial(root), { ctlogThreshold: 1, ...thresholds });
  return verifier.verify(toSignedEntity(bundleFromJSON(JSON.parse(bundleJson)), artifact));
}

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const target = {
  reference: {
    registry: '127.0.0.1:5000',
    apiHost: '127.0.0.1:5000',
    repository: 'app',
    digest: DIGEST,
    reference: DIGEST,
    name: `127.0.0.1:5000/app@${DIGEST}`,
  },
  repository: '127.0.0.1:5000/app',
  digest: DIGEST,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  size: 1234,
};

describe('sigstore engine', () => {
  it('signs an image digest with cosign v3 image-signature statement, verifiable with the workflow identity', async () => {
    const bundlePath = path.join(dir, 'image.sigstore.json');
    const outcome = await (await engine({ tsa: true })).signImage(target, { push: false, bundlePath });
    expect(fs.readFileSync(bundlePath, 'utf8')).toBe(outcome.bundleJson);
    expect(outcome.certificateIdentity).toBe(
      'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    );
    expect(outcome.certificateIssuer).toBe(stack.issuer);
    expect(outcome.timestamps).toBe(1);
    expect(outcome.tlog?.logIndex).toMatch(/^\d+$/);
    expect(outcome.tlog?.url).toBe(`${stack.rekorUrl}/api/v1/log/entries?logIndex=${outcome.tlog!.logIndex}`);
    expect(outcome.stored).toBeUndefined();
    const signer = verify(outcome.bundleJson);
    expect(signer.identity?.subjectAlternativeName).toBe(outcome.certificateIdentity);
    const envelope = (outcome.bundle as { dsseEnvelope: { payload: string; payloadType: string } }).dsseEnvelope;
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(JSON.parse(Buffer.from(envelope.payload, 'base64').toString())).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: 'ab'.repeat(32) }, annotations: {} }],
      predicateType: COSIGN_SIGN_PREDICATE_TYPE,
      predicate: {},
    });
  });

  it('signs a file with a message signature that verifies against the file only', async () => {
    const file = path.join(dir, 'artifact.tar.gz');
    fs.writeFileSync(file, 'release contents\n');
    const outcome = await (await engine()).signBlob(file, { bundlePath: `${file}.sigstore.json` });
    expect(outcome.timestamps).toBe(0);
    expect(() =>
      verify(outcome.bundleJson, fs.readFileSync(file), { tlogThreshold: 1, timestampThreshold: 0 }),
    ).not.toThrow();
    expect(() =>
      verify(outcome.bundleJson, Buffer.from('other'), { tlogThreshold: 1, timestampThreshold: 0 }),
    ).toThrow();
  });

  it('signs with a TSA only (no log) when the instance has no Rekor', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'x');
    const outcome = await (
      await engine({ rekor: false, tsa: true })
    ).signBlob(file, { bundlePath: path.join(dir, 'a.sigstore.json') });
    expect(outcome.tlog).toBeUndefined();
    expect(outcome.timestamps).toBe(1);
    expect(() =>
      verify(outcome.bundleJson, Buffer.from('x'), { tlogThreshold: 0, timestampThreshold: 1 }),
    ).not.toThrow();
  });

  it('attests a statement, refusing one whose subjects miss the image it is stored with', async () => {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: {} },
    };
    const outcome = await (await engine()).attest(statement, { bundlePath: path.join(dir, 'att.json') });
    expect(
      JSON.parse(
        Buffer.from(
          (outcome.bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
          'base64',
        ).toString(),
      ),
    ).toEqual(statement);
    await expect(
      (await engine()).attest(
        { ...statement, subject: [{ name: 'x', digest: { sha256: 'cd'.repeat(32) } }] },
        { bundlePath: path.join(dir, 'b.json'), pushTo: target },
      ),
    ).rejects.toThrow(/none of its subjects has that digest/);
  });

  it('retries Fulcio 502 twice, then signs once', async () => {
    stack.faults.fulcio = { status: 502, times: 2 };
    const before = { fulcio: stack.requests.fulcio, entries: stack.rekorEntries() };
    const file = path.join(dir, 'f.txt');
    fs.writeFileSync(file, 'f');
    const outcome = await (await engine()).signBlob(file, { bundlePath: path.join(dir, 'f.json') });
    expect(stack.requests.fulcio - before.fulcio).toBe(3);
    expect(stack.rekorEntries() - before.entries).toBe(1);
    expect(outcome.tlog).toBeDefined();
  });

  it('fails clearly when Rekor keeps answering 502, writing no bundle', async () => {
    stack.faults.rekor = { status: 502 };
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, 'r');
    const bundlePath = path.join(dir, 'r.json');
    const before = stack.requests.rekor;
    const error = await (
      await engine()
    )
      .signBlob(file, { bundlePath })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Rekor \\(${stack.rekorUrl.replace(/[.]/g, '\\.')}\\) did not answer successfully after 3 tries`),
    );
    expect(stack.requests.rekor - before).toBe(3);
    expect(fs.existsSync(bundlePath)).toBe(false);
  });

  it('a Rekor answer lost after the entry was made is recovered without a second entry', async () => {
    stack.faults.rekor = { status: 502, times: 1, afterHandler: true };
    const before = stack.rekorEntries();
    const file = path.join(dir, 'l.txt');
    fs.writeFileSync(file, 'l');
    const outcome = await (await engine()).signBlob(file, { bundlePath: path.join(dir, 'l.json') });
    expect(stack.rekorEntries() - before).toBe(1);
    expect(() =>
      verify(outcome.bundleJson, Buffer.from('l'), { tlogThreshold: 1, timestampThreshold: 0 }),
    ).not.toThrow();
  });

  it('does not retry a Fulcio 401 and says what to fix', async () => {
    stack.faults.fulcio = { status: 401, times: 1 };
    const before = stack.requests.fulcio;
    const file = path.join(dir, 'u.txt');
    fs.writeFileSync(file, 'u');
    await expect((await engine()).signBlob(file, { bundlePath: path.join(dir, 'u.json') })).rejects.toThrow(
      /Fulcio .* refused the OIDC token \(HTTP 401\)/,
    );
    expect(stack.requests.fulcio - before).toBe(1);
  });
});
