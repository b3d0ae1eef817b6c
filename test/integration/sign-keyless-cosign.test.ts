/**
 * The built sign-keyless bundle with engine: cosign, at the process
 * boundary. cosign itself is NOT run: test/fixtures/bin/cosign-stand-in.mjs
 * stands in for it. Given a signing config for the loopback Sigstore stack and
 * SIGSTORE_ID_TOKEN, it really signs (@sigstore/sign against the stack) what
 * cosign signs, and writes a v0.3 bundle to its --bundle path; it records argv
 * and environment, fails with real recorded cosign errors when told to, and
 * can replay recorded bundles that sign something else
 * (test/fixtures/cosign/SOURCES.md). What is tested is our side: the argv,
 * the token only in SIGSTORE_ID_TOKEN, a private TUF_ROOT and bundle path per
 * call, credentials only in a private DOCKER_CONFIG, retry classification of
 * cosign's stderr, the refusal of a bundle over anything else, and that the
 * bundle cosign made verifies and is stored in the registry exactly like the
 * sigstore engine's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { RegistryClient, SIGSTORE_BUNDLE_MEDIA_TYPE, parseRegistryReference } from '@scs/oci';
import { REPO_ROOT, runAction, type ActionRun } from '../support/action-harness.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireInfra, requireMultiPlatformImage } from '../support/test-tools.js';

const infra = requireInfra();
const multi = infra ? requireMultiPlatformImage(infra) : undefined;
const describeWithInfra = infra && multi ? describe : describe.skip;

let stack: SigstoreStack;
let standIn: string;
const registry = new RegistryClient();

interface RecordLine {
  argv: string[];
  signingConfig: Record<string, unknown> | null;
  env: {
    SIGSTORE_ID_TOKEN_sha256: string | null;
    TUF_ROOT: string | null;
    TUF_ROOT_exists: boolean;
    DOCKER_CONFIG: string | null;
    dockerAuths: Record<string, string> | null;
    ACTIONS_ID_TOKEN_REQUEST_URL: string | null;
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: string | null;
    INPUT_vars: string[];
  };
}

beforeAll(async () => {
  if (!infra || !multi) return;
  stack = await startSigstoreStack();
  standIn = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'cosign-stand-in.mjs');
  // In case a checkout lost the exec bit.
  fs.chmodSync(standIn, 0o755);
});
afterAll(async () => {
  await stack?.close();
});

function copyMulti(name: string): string {
  execFileSync(
    'skopeo',
    [
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${multi!.ref}`,
      `docker://${infra!.registry}/${name}:v1`,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return `${infra!.registry}/${name}:v1`;
}

function recordFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-cosign-record-')), 'calls.jsonl');
}

function calls(file: string): RecordLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordLine)
    .filter((line) => line.argv[0] !== 'version');
}

function failureMessage(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

function stackInputs(): Record<string, string> {
  return {
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

function verifyBundle(json: unknown, artifact?: Buffer) {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
  return verifier.verify(toSignedEntity(bundleFromJSON(json), artifact), {
    subjectAlternativeName: IDENTITY,
    extensions: { issuer: stack.issuer },
  });
}

/** The one referrer of `digest` in `image`'s repository: its manifest with what differs per signature (layer digest/size, created) blanked, and the stored bundle. */
async function referrerOf(
  image: string,
  digest: string,
): Promise<{ layout: unknown; annotations: Record<string, string>; bundle: string; manifestDigest: string }> {
  const ref = parseRegistryReference(image);
  const listing = await registry.listReferrers(ref, digest, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
  expect(listing.referrers).toHaveLength(1);
  const entry = listing.referrers[0]!;
  const { manifest } = await registry.getManifest(ref, entry.digest);
  const layer = manifest.layers[0]!;
  const bundle = (await registry.fetchBlob(ref, layer, { maxBytes: 1 << 20 })).toString('utf8');
  const blank = JSON.parse(JSON.stringify(manifest)) as {
    layers: { digest: string; size: number; annotations?: Record<string, string> }[];
    annotations?: Record<string, string>;
  };
  for (const l of blank.layers) {
    l.digest = '<layer>';
    l.size = 0;
    if (l.annotations?.['org.opencontainers.image.title']) l.annotations['org.opencontainers.image.title'] = '<title>';
  }
  if (blank.annotations?.['org.opencontainers.image.created'])
    blank.annotations['org.opencontainers.image.created'] = '<created>';
  return {
    layout: {
      manifest: blank,
      listed: {
        ...entry,
        digest: '<manifest>',
        size: 0,
        annotations: { ...entry.annotations, 'org.opencontainers.image.created': '<created>' },
      },
    },
    annotations: entry.annotations ?? {},
    bundle,
    manifestDigest: entry.digest,
  };
}

function expectTokenOnlyInEnv(run: ActionRun, lines: RecordLine[]): void {
  const issued = stack.issuedTokens.map(sha256);
  for (const line of lines) {
    expect(issued).toContain(line.env.SIGSTORE_ID_TOKEN_sha256);
    for (const token of stack.issuedTokens) expect(line.argv.join(' ')).not.toContain(token.split('.')[2]);
    expect(line.env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeNull();
    expect(line.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBeNull();
    expect(line.env.INPUT_vars).toEqual([]);
    expect(line.env.TUF_ROOT_exists).toBe(true);
    expect(line.env.TUF_ROOT!.startsWith(run.runnerTemp)).toBe(true);
  }
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const token of stack.issuedTokens) {
    for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)])
      expect(text).not.toContain(token.split('.')[2]);
  }
}

describeWithInfra(
  'sign-keyless with engine: cosign (dist bundle, signing cosign stand-in, loopback Sigstore + registry)',
  () => {
    it('signs an image by digest: exact argv, token in SIGSTORE_ID_TOKEN only, a verifiable bundle over cosign’s statement, stored exactly like the sigstore engine’s', async () => {
      const image = copyMulti(`cosign-${randomBytes(4).toString('hex')}`);
      const record = recordFile();
      const run = await runAction('sign-keyless', {
        inputs: { image, engine: 'cosign', 'cosign-path': standIn, ...stackInputs() },
        env: { ...stack.env(), COSIGN_STANDIN_RECORD: record, SCS_SIGSTORE_RETRY_BASE_MS: '5' },
      });
      expect(failureMessage(run)).toBe('');
      expect(run.exitCode).toBe(0);
      const repository = image.replace(/:v1$/, '');
      const lines = calls(record);
      expect(lines).toHaveLength(1);
      const bundlePath = JSON.parse(run.outputs['bundle-paths']!)[0] as string;
      // cosign writes into its private per-invocation directory; the output file is ours, written after the check.
      const argv = lines[0]!.argv;
      const cosignBundle = argv[argv.indexOf('--bundle') + 1]!;
      const signingConfigPath = argv[argv.indexOf('--signing-config') + 1]!;
      expect(path.dirname(cosignBundle)).toBe(path.dirname(signingConfigPath));
      expect(cosignBundle.startsWith(path.join(run.runnerTemp, 'sign-keyless-cosign', 'cosign-'))).toBe(true);
      expect(argv).toEqual([
        'sign',
        '--yes',
        '--new-bundle-format=true',
        '--upload=false',
        '--bundle',
        cosignBundle,
        '--signing-config',
        signingConfigPath,
        '--trusted-root',
        stack.trustedRootPath,
        '--allow-http-registry',
        '--',
        `${repository}@${multi!.digest}`,
      ]);
      expect(fs.existsSync(cosignBundle)).toBe(false);
      expect(lines[0]!.signingConfig).toMatchObject({
        caUrls: [{ url: stack.fulcioUrl }],
        rekorTlogUrls: [{ url: stack.rekorUrl }],
      });
      expectTokenOnlyInEnv(run, lines);

      // The bundle: verifies against the stack's trusted root with the workflow identity, over cosign's statement for the digest.
      const json = JSON.parse(fs.readFileSync(bundlePath, 'utf8'));
      expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      expect(verifyBundle(json).identity?.subjectAlternativeName).toBe(IDENTITY);
      expect(json.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
      expect(JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'))).toEqual({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ digest: { sha256: multi!.digest.slice(7) }, annotations: {} }],
        predicateType: SIGN_PREDICATE,
        predicate: {},
      });
      expect(run.outputs['certificate-identity']).toBe(IDENTITY);
      expect(run.outputs['certificate-oidc-issuer']).toBe(stack.issuer);
      expect(run.outputs['rekor-log-index']).toBe(json.verificationMaterial.tlogEntries[0].logIndex);
      expect(run.summary).toContain(
        `${stack.rekorUrl}/api/v1/log/entries?logIndex=${json.verificationMaterial.tlogEntries[0].logIndex}`,
      );

      // The referrer: the bundle on disk, with the annotations and manifest layout the sigstore engine produces.
      const cosignReferrer = await referrerOf(image, multi!.digest);
      expect(cosignReferrer.bundle).toBe(fs.readFileSync(bundlePath, 'utf8'));
      expect(cosignReferrer.annotations['dev.sigstore.bundle.content']).toBe('dsse-envelope');
      expect(cosignReferrer.annotations['dev.sigstore.bundle.predicateType']).toBe(SIGN_PREDICATE);
      const refs = JSON.parse(run.outputs['signature-refs']!) as { manifestDigest: string; via: string }[];
      expect(refs.map((r) => r.manifestDigest)).toEqual([cosignReferrer.manifestDigest]);

      const other = copyMulti(`cosign-vs-sigstore-${randomBytes(4).toString('hex')}`);
      const sigstoreRun = await runAction('sign-keyless', {
        inputs: { image: other, engine: 'sigstore', ...stackInputs() },
        env: { ...stack.env(), SCS_SIGSTORE_RETRY_BASE_MS: '5' },
      });
      expect(failureMessage(sigstoreRun)).toBe('');
      const sigstoreReferrer = await referrerOf(other, multi!.digest);
      expect(cosignReferrer.layout).toMatchObject({
        manifest: {
          artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
          subject: { digest: multi!.digest },
          layers: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE }],
        },
      });
      expect(cosignReferrer.layout).toEqual(sigstoreReferrer.layout);
      const sigstoreJson = JSON.parse(sigstoreReferrer.bundle);
      expect(Buffer.from(sigstoreJson.dsseEnvelope.payload, 'base64').toString('utf8')).toBe(
        Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'),
      );
      expect(Object.keys(sigstoreJson.verificationMaterial).sort()).toEqual(
        Object.keys(json.verificationMaterial).sort(),
      );
    });

    it('signs files on a custom instance: a message signature over the file that verifies', async () => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-ws-'));
      fs.copyFileSync(
        path.join(REPO_ROOT, 'test', 'fixtures', 'cosign', 'conformance__a.txt'),
        path.join(workspace, 'a.txt'),
      );
      const record = recordFile();
      const run = await runAction('sign-keyless', {
        inputs: { files: 'a.txt', 'cosign-path': standIn, ...stackInputs() },
        env: { ...stack.env(), COSIGN_STANDIN_RECORD: record },
        workspace,
      });
      expect(failureMessage(run)).toBe('');
      const [line] = calls(record);
      const signingConfigPath = line!.argv[line!.argv.indexOf('--signing-config') + 1]!;
      const cosignBundle = line!.argv[line!.argv.indexOf('--bundle') + 1]!;
      expect(line!.argv).toEqual([
        'sign-blob',
        '--yes',
        '--new-bundle-format=true',
        '--bundle',
        cosignBundle,
        '--signing-config',
        signingConfigPath,
        '--trusted-root',
        stack.trustedRootPath,
        '--',
        path.join(workspace, 'a.txt'),
      ]);
      expect(path.dirname(cosignBundle)).toBe(path.dirname(signingConfigPath));
      expect(line!.signingConfig).toMatchObject({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [{ url: stack.fulcioUrl, majorApiVersion: 1 }],
        rekorTlogUrls: [{ url: stack.rekorUrl, majorApiVersion: 1 }],
        tsaUrls: [{ url: `${stack.tsaUrl}/api/v1/timestamp`, majorApiVersion: 1 }],
      });
      expect(fs.existsSync(signingConfigPath)).toBe(false); // per-invocation directory removed
      const bundle = JSON.parse(fs.readFileSync(path.join(workspace, 'a.txt.sigstore.json'), 'utf8'));
      expect(
        verifyBundle(bundle, fs.readFileSync(path.join(workspace, 'a.txt'))).identity?.subjectAlternativeName,
      ).toBe(IDENTITY);
      expect(() => verifyBundle(bundle, Buffer.from('not a.txt'))).toThrow();
      expect(run.outputs['certificate-identity']).toBe(IDENTITY);
      expectTokenOnlyInEnv(run, [line!]);
    });

    it('refuses, at the engine, a bundle that signs something else: nothing written, nothing stored, not retried', async () => {
      const image = copyMulti(`cosign-replay-${randomBytes(4).toString('hex')}`);
      const record = recordFile();
      const run = await runAction('sign-keyless', {
        inputs: { image, 'cosign-path': standIn, ...stackInputs() },
        env: {
          ...stack.env(),
          COSIGN_STANDIN_RECORD: record,
          COSIGN_STANDIN_REPLAY: '1',
          SCS_SIGSTORE_RETRY_BASE_MS: '5',
        },
      });
      expect(run.exitCode).toBe(1);
      expect(calls(record)).toHaveLength(1);
      const repository = image.replace(/:v1$/, '');
      expect(failureMessage(run)).toContain(
        `cosign sign ${repository}@${multi!.digest} returned a bundle that does not sign what was requested: it signs subject(s) `,
      );
      expect(failureMessage(run)).toContain(
        `not sha256:${multi!.digest.slice(7)}; its predicate type is https://cosign.sigstore.dev/attestation/v1, not ${SIGN_PREDICATE}. The bundle was not written and nothing was stored`,
      );
      expect(run.outputs['bundle-paths']).toBeUndefined();
      expect((await registry.listReferrers(parseRegistryReference(image), multi!.digest)).referrers).toHaveLength(0);
      const outDir = path.join(run.runnerTemp, 'sign-keyless');
      const leftovers = fs.existsSync(outDir)
        ? fs
            .readdirSync(outDir, { recursive: true })
            .map(String)
            .filter((f) => f.endsWith('.sigstore.json'))
        : [];
      expect(leftovers).toEqual([]);
    });

    it('Rekor answers lost until cosign gives up: the re-run leaves an orphan log entry; only the final bundle is stored and reported', async () => {
      const image = copyMulti(`cosign-lost-${randomBytes(4).toString('hex')}`);
      const record = recordFile();
      // The stand-in resends twice (COSIGN_STANDIN_RETRIES=2): the first cosign run loses all three answers and fails.
      stack.faults.rekor = { status: 503, times: 3, afterHandler: true };
      const before = stack.rekorEntries();
      const run = await runAction('sign-keyless', {
        inputs: { image, 'cosign-path': standIn, ...stackInputs() },
        env: {
          ...stack.env(),
          COSIGN_STANDIN_RECORD: record,
          COSIGN_STANDIN_RETRIES: '2',
          SCS_SIGSTORE_RETRY_BASE_MS: '5',
        },
      });
      stack.faults.rekor = undefined;
      expect(failureMessage(run)).toBe('');
      const lines = calls(record);
      expect(lines).toHaveLength(2);
      expect(stack.rekorEntries() - before).toBe(2); // the failed run's entry stays in the log
      expect(run.stdout).toMatch(
        /\[POST \/api\/v1\/log\/entries\]\[503\] createLogEntryDefault .* — retrying in \d+ ms \(try 2 of \d\)/,
      );
      const bundlePath = JSON.parse(run.outputs['bundle-paths']!)[0] as string;
      const json = JSON.parse(fs.readFileSync(bundlePath, 'utf8'));
      expect(() => verifyBundle(json)).not.toThrow();
      expect(run.outputs['rekor-log-index']).toBe(json.verificationMaterial.tlogEntries[0].logIndex);
      const referrer = await referrerOf(image, multi!.digest); // exactly one referrer
      expect(referrer.bundle).toBe(fs.readFileSync(bundlePath, 'utf8'));
      for (const line of lines) expect(fs.existsSync(line.argv[line.argv.indexOf('--bundle') + 1]!)).toBe(false);
    });

    it('retries a recorded Fulcio 504 and a TUF cache lock, each try with a fresh TUF_ROOT and bundle path', async () => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-ws-'));
      fs.writeFileSync(path.join(workspace, 'f.bin'), 'x');
      for (const error of ['fulcio-504', 'tuf-cache-locked']) {
        const record = recordFile();
        const run = await runAction('sign-keyless', {
          inputs: { files: 'f.bin', 'cosign-path': standIn, ...stackInputs() },
          env: {
            ...stack.env(),
            COSIGN_STANDIN_RECORD: record,
            COSIGN_STANDIN_FAIL: error,
            COSIGN_STANDIN_FAIL_TIMES: '2',
            SCS_SIGSTORE_RETRY_BASE_MS: '5',
          },
          workspace,
        });
        expect(failureMessage(run)).toBe('');
        const lines = calls(record);
        expect(lines).toHaveLength(3);
        expect(new Set(lines.map((l) => l.env.TUF_ROOT)).size).toBe(3);
        expect(new Set(lines.map((l) => l.argv[l.argv.indexOf('--bundle') + 1])).size).toBe(3);
        const bundle = JSON.parse(fs.readFileSync(path.join(workspace, 'f.bin.sigstore.json'), 'utf8'));
        expect(() => verifyBundle(bundle, Buffer.from('x'))).not.toThrow();
      }
    });

    it('does not retry a recorded Fulcio 401, and says so', async () => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-ws-'));
      fs.writeFileSync(path.join(workspace, 'f.bin'), 'x');
      const record = recordFile();
      const run = await runAction('sign-keyless', {
        inputs: { files: 'f.bin', 'cosign-path': standIn },
        env: {
          ...stack.env(),
          COSIGN_STANDIN_RECORD: record,
          COSIGN_STANDIN_FAIL: 'fulcio-401',
          SCS_SIGSTORE_RETRY_BASE_MS: '5',
        },
        workspace,
      });
      expect(run.exitCode).toBe(1);
      expect(calls(record)).toHaveLength(1);
      expect(failureMessage(run)).toMatch(
        /cosign sign-blob f\.bin failed \(Fulcio\): .*401 Unauthorized.*This is not retried/,
      );
      expect(run.outputs).toEqual({});
      expect(fs.existsSync(path.join(workspace, 'f.bin.sigstore.json'))).toBe(false);
    });

    it('a registry DENIED is a permissions problem with advice; explicit credentials reach cosign only via DOCKER_CONFIG', async () => {
      const image = copyMulti(`cosign-denied-${randomBytes(4).toString('hex')}`);
      const record = recordFile();
      const password = `pw-${randomBytes(8).toString('hex')}`;
      const run = await runAction('sign-keyless', {
        inputs: { image, 'cosign-path': standIn, 'registry-username': 'robot', 'registry-password': password },
        env: {
          ...stack.env(),
          COSIGN_STANDIN_RECORD: record,
          COSIGN_STANDIN_FAIL: 'registry-denied',
          SCS_SIGSTORE_RETRY_BASE_MS: '5',
        },
      });
      expect(run.exitCode).toBe(1);
      expect(failureMessage(run)).toMatch(
        /failed \(registry\): Error: signing ghcr\.io\/\.\.\.: GET https:\/\/ghcr\.io\/token\?\.\.\.: DENIED: denied\. Check the registry credentials/,
      );
      const lines = calls(record);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.argv.join(' ')).not.toContain(password);
      expect(lines[0]!.env.dockerAuths).toEqual({
        [infra!.registry]: sha256(Buffer.from(`robot:${password}`).toString('base64')),
      });
      expect(
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain(password);
    });

    it('refuses sigstore-instance: github with engine: cosign before installing anything', async () => {
      const record = recordFile();
      const run = await runAction('sign-keyless', {
        inputs: { image: multi!.refByDigest, 'cosign-path': standIn, 'sigstore-instance': 'github' },
        env: { ...stack.env(), COSIGN_STANDIN_RECORD: record },
      });
      expect(run.exitCode).toBe(1);
      expect(failureMessage(run)).toMatch(/sigstore-instance: github needs engine: sigstore/);
      expect(fs.existsSync(record)).toBe(false);
    });
  },
);
