/**
 * The cosign engine against the cosign stand-in (test/fixtures/bin/
 * cosign-stand-in.mjs), which signs for real against the loopback Sigstore
 * stack: the happy paths verify with @sigstore/verify and sign exactly what
 * was requested; a cosign that returns a bundle over something else is
 * refused before anything is written; and what a retried cosign run after a
 * lost Rekor answer leaves behind (an orphan log entry, only the final bundle
 * reported).
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
  resolveSigstoreInstance,
  type ServiceRetryPolicy,
  type SigningEngine,
} from '@scs/signing';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';

const FAST: ServiceRetryPolicy = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5000, jitter: 0.5 };
const standIn = path.join(process.cwd(), 'test', 'fixtures', 'bin', 'cosign-stand-in.mjs');
let stack: SigstoreStack;
let dir: string;
let record: string;

beforeAll(async () => {
  stack = await startSigstoreStack();
  fs.chmodSync(standIn, 0o755);
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-cosign-engine-'));
  record = path.join(dir, 'calls.jsonl');
  stack.faults.fulcio = undefined;
  stack.faults.rekor = undefined;
  stack.faults.tsa = undefined;
});

interface Call {
  argv: string[];
}
function calls(): Call[] {
  return fs.existsSync(record)
    ? fs
        .readFileSync(record, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Call)
    : [];
}
const bundleArg = (call: Call): string => call.argv[call.argv.indexOf('--bundle') + 1]!;

async function engine(options: { tsa?: boolean; env?: Record<string, string> } = {}): Promise<SigningEngine> {
  const instance = resolveSigstoreInstance('custom', {
    fulcioUrl: stack.fulcioUrl,
    rekorUrl: stack.rekorUrl,
    ...(options.tsa ? { tsaUrl: stack.tsaUrl } : {}),
    trustedRootPath: stack.trustedRootPath,
  });
  return createSigningEngine({
    engine: 'cosign',
    instance,
    retry: FAST,
    idToken: () => stack.mintToken(),
    cosign: {
      binary: standIn,
      tempDir: path.join(dir, 'tmp'),
      env: { ...process.env, COSIGN_STANDIN_RECORD: record, ...options.env },
      timeoutMs: 60_000,
    },
  });
}

function verify(bundleJson: string, artifact?: Buffer, thresholds = { tlogThreshold: 1, timestampThreshold: 0 }) {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  return new Verifier(toTrustMaterial(root), { ctlogThreshold: 1, ...thresholds }).verify(
    toSignedEntity(bundleFromJSON(JSON.parse(bundleJson)), artifact),
  );
}

const signedStatement = (bundle: object): unknown =>
  JSON.parse(
    Buffer.from((bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64').toString('utf8'),
  );

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
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

describe('cosign engine with the signing cosign stand-in', () => {
  it('sign: a verifiable bundle over cosign’s image-signature statement for the digest, written by us after the check', async () => {
    const bundlePath = path.join(dir, 'out', 'image.sigstore.json');
    const outcome = await (await engine({ tsa: true })).signImage(target, { push: false, bundlePath });
    expect(fs.readFileSync(bundlePath, 'utf8')).toBe(outcome.bundleJson);
    expect(outcome.certificateIdentity).toBe(IDENTITY);
    expect(outcome.certificateIssuer).toBe(stack.issuer);
    expect(outcome.timestamps).toBe(1);
    expect(
      verify(outcome.bundleJson, undefined, { tlogThreshold: 1, timestampThreshold: 1 }).identity
        ?.subjectAlternativeName,
    ).toBe(IDENTITY);
    expect((outcome.bundle as { mediaType: string }).mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(signedStatement(outcome.bundle)).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: 'ab'.repeat(32) }, annotations: {} }],
      predicateType: COSIGN_SIGN_PREDICATE_TYPE,
      predicate: {},
    });
    // cosign wrote into its private directory (gone now), never to the output path.
    const [call] = calls().filter((c) => c.argv[0] === 'sign');
    expect(bundleArg(call!)).not.toBe(bundlePath);
    expect(bundleArg(call!).startsWith(path.join(dir, 'tmp'))).toBe(true);
    expect(fs.existsSync(bundleArg(call!))).toBe(false);
  });

  it('sign-blob: a message signature that verifies against the file only', async () => {
    const file = path.join(dir, 'artifact.tar.gz');
    fs.writeFileSync(file, 'release contents\n');
    const outcome = await (await engine()).signBlob(file, { bundlePath: `${file}.sigstore.json` });
    expect(fs.readFileSync(`${file}.sigstore.json`, 'utf8')).toBe(outcome.bundleJson);
    expect(() => verify(outcome.bundleJson, fs.readFileSync(file))).not.toThrow();
    expect(() => verify(outcome.bundleJson, Buffer.from('other'))).toThrow();
  });

  it('attest-blob: the statement signed is exactly the one given', async () => {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'https://example.test/build/v1' } },
    };
    const outcome = await (await engine()).attest(statement, { bundlePath: path.join(dir, 'att.json') });
    expect(signedStatement(outcome.bundle)).toEqual(statement);
    expect(() => verify(outcome.bundleJson)).not.toThrow();
  });

  it('refuses a bundle over something else (a cosign replaying recorded bundles): no file written, not retried', async () => {
    const e = await engine({ env: { COSIGN_STANDIN_REPLAY: '1' } });
    const bundlePath = path.join(dir, 'image.sigstore.json');
    fs.writeFileSync(bundlePath, 'stale');
    const error = await e
      .signImage(target, { push: true, bundlePath })
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^cosign sign 127\\.0\\.0\\.1:5000/app@${DIGEST} returned a bundle that does not sign what was requested: it signs subject\\(s\\) .*, not sha256:${'ab'.repeat(32)}; its predicate type is https://cosign\\.sigstore\\.dev/attestation/v1, not https://sigstore\\.dev/cosign/sign/v1\\. The bundle was not written and nothing was stored`,
      ),
    );
    expect(fs.existsSync(bundlePath)).toBe(false); // the stale file is gone, no new one
    expect(calls().filter((c) => c.argv[0] === 'sign')).toHaveLength(1);

    const file = path.join(dir, 'f.txt');
    fs.writeFileSync(file, 'f');
    await expect(e.signBlob(file, { bundlePath: `${file}.sigstore.json` })).rejects.toThrow(
      /it signs a message with sha256 [0-9a-f]{64}, not the file's sha256/,
    );
    expect(fs.existsSync(`${file}.sigstore.json`)).toBe(false);
  });

  it('a Rekor answer lost once: cosign’s client resends, gets 409 + the existing entry: one run, one entry', async () => {
    stack.faults.rekor = { status: 503, times: 1, afterHandler: true };
    const before = stack.rekorEntries();
    const file = path.join(dir, 'l.txt');
    fs.writeFileSync(file, 'l');
    const outcome = await (await engine()).signBlob(file, { bundlePath: path.join(dir, 'l.json') });
    expect(stack.rekorEntries() - before).toBe(1);
    expect(calls().filter((c) => c.argv[0] === 'sign-blob')).toHaveLength(1);
    expect(() => verify(outcome.bundleJson, Buffer.from('l'))).not.toThrow();
  });

  it('Rekor answers lost until cosign gives up: the re-run makes a second entry; only the final bundle is written, stored and reported', async () => {
    // The stand-in resends twice (COSIGN_STANDIN_RETRIES=2): three lost answers make the first run fail.
    stack.faults.rekor = { status: 503, times: 3, afterHandler: true };
    const before = { entries: stack.rekorEntries(), rekor: stack.requests.rekor };
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, 'r');
    const bundlePath = path.join(dir, 'r.json');
    const messages: string[] = [];
    const instance = resolveSigstoreInstance('custom', {
      fulcioUrl: stack.fulcioUrl,
      rekorUrl: stack.rekorUrl,
      trustedRootPath: stack.trustedRootPath,
    });
    const e = await createSigningEngine({
      engine: 'cosign',
      instance,
      retry: FAST,
      idToken: () => stack.mintToken(),
      logger: { info: (m) => messages.push(m), debug: () => undefined, warning: (m) => messages.push(m) },
      cosign: {
        binary: standIn,
        tempDir: path.join(dir, 'tmp'),
        env: { ...process.env, COSIGN_STANDIN_RECORD: record, COSIGN_STANDIN_RETRIES: '2' },
      },
    });
    const outcome = await e.signBlob(file, { bundlePath });

    // Two cosign runs; the first made an entry whose answer was lost (the orphan), the second its own.
    const runs = calls().filter((c) => c.argv[0] === 'sign-blob');
    expect(runs).toHaveLength(2);
    expect(stack.requests.rekor - before.rekor).toBe(4);
    expect(stack.rekorEntries() - before.entries).toBe(2);
    expect(messages.join('\n')).toMatch(
      /cosign sign-blob r\.txt: Error: signing .*r\.txt: \[POST \/api\/v1\/log\/entries\]\[503\] createLogEntryDefault .* — retrying in \d+ ms \(try 2 of 3\)/,
    );
    expect(messages.join('\n')).toMatch(/succeeded on try 2; only this try's bundle is kept/);

    // Reported: the second run's entry, in the only bundle there is (it verifies: its key is the one logged).
    expect(outcome.tlog?.logIndex).toMatch(/^\d+$/);
    expect(fs.readFileSync(bundlePath, 'utf8')).toBe(outcome.bundleJson);
    expect(() => verify(outcome.bundleJson, Buffer.from('r'))).not.toThrow();
    for (const run of runs) expect(fs.existsSync(bundleArg(run))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('a recorded retryable failure, then success: each run in a fresh private directory', async () => {
    const file = path.join(dir, 't.txt');
    fs.writeFileSync(file, 't');
    const e = await engine({ env: { COSIGN_STANDIN_FAIL: 'tuf-cache-locked', COSIGN_STANDIN_FAIL_TIMES: '1' } });
    const outcome = await e.signBlob(file, { bundlePath: path.join(dir, 't.json') });
    const runs = calls().filter((c) => c.argv[0] === 'sign-blob');
    expect(runs).toHaveLength(2);
    expect(bundleArg(runs[0]!)).not.toBe(bundleArg(runs[1]!));
    expect(() => verify(outcome.bundleJson, Buffer.from('t'))).not.toThrow();
  });
});
