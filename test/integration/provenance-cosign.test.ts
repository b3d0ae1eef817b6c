/**
 * The built provenance action with engine: cosign, at the process boundary.
 * cosign itself is NOT run: test/fixtures/bin/cosign-stand-in.mjs stands in
 * for it; given the custom instance's signing config and SIGSTORE_ID_TOKEN it
 * really signs (`attest-blob --statement`: the statement file's bytes, DSSE)
 * against the loopback Sigstore stack. What is tested: the exact argv, the
 * token only in SIGSTORE_ID_TOKEN, a private TUF_ROOT and bundle path, a
 * bundle that verifies with @sigstore/verify and signs exactly the statement
 * this step built, a referrer in the registry for an image subject — and,
 * with the stand-in replaying a recorded bundle over another statement
 * (loosebazooka/aa-test's a.txt), the refusal at the engine before anything
 * is written or stored.
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
import { requireInfra, testImage, type TestInfra } from '../support/test-tools.js';

let stack: SigstoreStack;
const standIn = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'cosign-stand-in.mjs');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const infra: TestInfra | undefined = requireInfra();
const withRegistry = infra ? it : it.skip;
const SUBJECT_DIGEST = `sha256:${'6'.repeat(64)}`;

beforeAll(async () => {
  stack = await startSigstoreStack({ claims: { repository: 'octo-org/app', repository_owner: 'octo-org' } });
  fs.chmodSync(standIn, 0o755);
});
afterAll(async () => {
  await stack?.close();
});

interface RecordLine {
  argv: string[];
  signingConfig: Record<string, unknown> | null;
  env: {
    SIGSTORE_ID_TOKEN_sha256: string | null;
    TUF_ROOT: string | null;
    TUF_ROOT_exists: boolean;
    ACTIONS_ID_TOKEN_REQUEST_URL: string | null;
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: string | null;
    INPUT_vars: string[];
  };
}

function recordFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-cosign-record-')), 'calls.jsonl');
}

function calls(record: string): RecordLine[] {
  if (!fs.existsSync(record)) return [];
  return fs
    .readFileSync(record, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordLine)
    .filter((line) => line.argv[0] !== 'version');
}

function run(inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  return runAction('provenance', {
    inputs: {
      engine: 'cosign',
      'cosign-path': standIn,
      'sigstore-instance': 'custom',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'oidc-issuer': stack.issuer,
      ...inputs,
    },
    env: { ...stack.env(), SCS_SIGSTORE_RETRY_BASE_MS: '5', ...env },
  });
}

function verify(bundleJson: string) {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  return new Verifier(toTrustMaterial(root), { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 0 }).verify(
    toSignedEntity(bundleFromJSON(JSON.parse(bundleJson))),
  );
}

function failureMessage(result: ActionRun): string {
  return result.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

function expectTokenOnlyInEnv(result: ActionRun, line: RecordLine): void {
  expect(stack.issuedTokens.map(sha256)).toContain(line.env.SIGSTORE_ID_TOKEN_sha256);
  expect(line.env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeNull();
  expect(line.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBeNull();
  expect(line.env.INPUT_vars).toEqual([]);
  expect(line.env.TUF_ROOT_exists).toBe(true);
  expect(line.env.TUF_ROOT!.startsWith(result.runnerTemp)).toBe(true);
  const stdout = result.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const token of stack.issuedTokens) {
    for (const text of [stdout, result.stderr, result.summary, JSON.stringify(result.outputs), line.argv.join(' ')])
      expect(text).not.toContain(token.split('.')[2]);
  }
}

describe('provenance with engine: cosign (dist bundle, signing cosign stand-in, loopback Sigstore)', () => {
  it('attests SLSA provenance with cosign attest-blob: exact argv, token in its environment only, a verifiable bundle over exactly this step’s statement', async () => {
    const record = recordFile();
    const result = await run(
      { 'subject-digest': SUBJECT_DIGEST, 'subject-name': 'app.tar.gz' },
      { COSIGN_STANDIN_RECORD: record },
    );
    expect(failureMessage(result)).toBe('');
    expect(result.exitCode).toBe(0);

    const lines = calls(record);
    expect(lines).toHaveLength(1);
    const argv = lines[0]!.argv;
    const cosignBundle = argv[argv.indexOf('--bundle') + 1]!;
    const statementPath = argv[argv.indexOf('--statement') + 1]!;
    const signingConfigPath = argv[argv.indexOf('--signing-config') + 1]!;
    expect(argv).toEqual([
      'attest-blob',
      '--yes',
      '--new-bundle-format=true',
      '--bundle',
      cosignBundle,
      '--statement',
      statementPath,
      '--signing-config',
      signingConfigPath,
      '--trusted-root',
      stack.trustedRootPath,
    ]);
    // cosign's files live in one private per-invocation directory, removed afterwards.
    for (const file of [statementPath, signingConfigPath]) expect(path.dirname(file)).toBe(path.dirname(cosignBundle));
    expect(cosignBundle.startsWith(result.runnerTemp)).toBe(true);
    expect(fs.existsSync(path.dirname(cosignBundle))).toBe(false);
    expect(lines[0]!.signingConfig).toMatchObject({
      caUrls: [{ url: stack.fulcioUrl }],
      rekorTlogUrls: [{ url: stack.rekorUrl }],
      tsaUrls: [],
    });
    expectTokenOnlyInEnv(result, lines[0]!);

    // The bundle the step reports: verifies, signed by the workflow identity, over exactly the statement it built.
    const bundlePath = result.outputs['bundle-path']!;
    expect(bundlePath.startsWith(path.join(result.runnerTemp, 'provenance', 'slsa-'))).toBe(true);
    const bundleJson = fs.readFileSync(bundlePath, 'utf8');
    const claims = stack.claims();
    expect(verify(bundleJson).identity?.subjectAlternativeName).toBe(`https://github.com/${claims.job_workflow_ref}`);
    expect(result.outputs['certificate-identity']).toBe(`https://github.com/${claims.job_workflow_ref}`);
    const envelope = (JSON.parse(bundleJson) as { dsseEnvelope: { payload: string; payloadType: string } })
      .dsseEnvelope;
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    const payload = Buffer.from(envelope.payload, 'base64').toString('utf8');
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: JSON.parse(result.outputs.subjects!) as unknown,
      predicateType: result.outputs['predicate-type'],
      predicate: JSON.parse(fs.readFileSync(result.outputs['predicate-file']!, 'utf8')) as unknown,
    };
    expect(statement.subject).toEqual([{ name: 'app.tar.gz', digest: { sha256: '6'.repeat(64) } }]);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.predicate).toMatchObject({
      runDetails: { builder: { id: `https://github.com/${claims.job_workflow_ref}` } },
    });
    expect(JSON.parse(payload)).toEqual(statement);
    // Byte for byte: cosign attest-blob signs the statement file as it is.
    expect(payload).toBe(JSON.stringify(JSON.parse(payload)));
    expect(result.outputs['rekor-log-index']).toBe(
      (JSON.parse(bundleJson) as { verificationMaterial: { tlogEntries: { logIndex: string }[] } }).verificationMaterial
        .tlogEntries[0]!.logIndex,
    );
  });

  withRegistry('attests a registry image: the bundle cosign made is stored as the image’s referrer', async () => {
    const image = testImage(infra!, 'alpine-app');
    const name = `prov-cosign-${randomBytes(4).toString('hex')}`;
    execFileSync(
      'skopeo',
      [
        'copy',
        '--preserve-digests',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        `docker://${image.ref}`,
        `docker://${infra!.registry}/${name}:v1`,
      ],
      {
        stdio: 'pipe',
        timeout: 60_000,
      },
    );
    const ref = `${infra!.registry}/${name}:v1`;
    const result = await run({ 'subject-image': ref }, {});
    expect(failureMessage(result)).toBe('');
    const bundleJson = fs.readFileSync(result.outputs['bundle-path']!, 'utf8');
    expect(() => verify(bundleJson)).not.toThrow();
    const refs = JSON.parse(result.outputs['attestation-refs']!) as { manifestDigest: string; via: string }[];
    expect(refs).toHaveLength(1);
    const client = new RegistryClient();
    const parsed = parseRegistryReference(ref);
    const listing = await client.listReferrers(parsed, image.digest, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
    expect(listing.referrers.map((d) => d.digest)).toEqual([refs[0]!.manifestDigest]);
    expect(listing.referrers[0]!.annotations?.['dev.sigstore.bundle.predicateType']).toBe(
      'https://slsa.dev/provenance/v1',
    );
    expect(listing.referrers[0]!.annotations?.['dev.sigstore.bundle.content']).toBe('dsse-envelope');
    const { manifest } = await client.getManifest(parsed, refs[0]!.manifestDigest);
    expect((await client.fetchBlob(parsed, manifest.layers[0]!, { maxBytes: 1 << 20 })).toString('utf8')).toBe(
      bundleJson,
    );
  });

  withRegistry(
    'refuses, at the engine, a bundle over another statement: nothing written, nothing stored, nothing reported',
    async () => {
      const image = testImage(infra!, 'alpine-app');
      const name = `prov-cosign-replay-${randomBytes(4).toString('hex')}`;
      execFileSync(
        'skopeo',
        [
          'copy',
          '--preserve-digests',
          '--src-tls-verify=false',
          '--dest-tls-verify=false',
          `docker://${image.ref}`,
          `docker://${infra!.registry}/${name}:v1`,
        ],
        {
          stdio: 'pipe',
          timeout: 60_000,
        },
      );
      const ref = `${infra!.registry}/${name}:v1`;
      const record = recordFile();
      const result = await run({ 'subject-image': ref }, { COSIGN_STANDIN_RECORD: record, COSIGN_STANDIN_REPLAY: '1' });
      expect(result.exitCode).not.toBe(0);
      expect(calls(record)).toHaveLength(1); // not retried
      // Same predicate type, another subject: the message names the subjects and no predicate type difference.
      const repository = ref.replace(/:v1$/, '');
      expect(failureMessage(result)).toContain(
        `cosign attest-blob (https://slsa.dev/provenance/v1) returned a bundle that does not sign what was requested: it signs subject(s) a.txt@sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf, not ${repository}@${image.digest}. The bundle was not written and nothing was stored in a registry`,
      );
      expect(result.outputs['bundle-path']).toBeUndefined();
      expect(result.outputs['certificate-identity']).toBeUndefined();
      expect(result.summary).toContain('Attestation could not be completed');
      const outDir = path.join(result.runnerTemp, 'provenance');
      const bundles = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((f) => f.endsWith('.sigstore.json')) : [];
      expect(bundles).toEqual([]);
      const listing = await new RegistryClient().listReferrers(parseRegistryReference(ref), image.digest);
      expect(listing.referrers).toHaveLength(0);
    },
  );
});
