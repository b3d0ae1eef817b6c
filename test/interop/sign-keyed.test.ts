/**
 * Keyed signing against the REAL cosign 3.1.3, both directions, on the
 * loopback Sigstore stack (its Rekor and trusted root) and the OCI 1.1
 * registry, behind the egress trap:
 *
 * - dist/sign signs with a `cosign generate-key-pair` key (engine: cosign,
 *   the key in COSIGN_PRIVATE_KEY + COSIGN_PASSWORD) and with a PKCS#8 P-256
 *   key (engine: sigstore, in-process); `cosign verify --key` and `cosign
 *   verify-blob --key` accept what it wrote and refuse another key;
 * - what the real `cosign sign --key` / `cosign sign-blob --key` wrote is
 *   accepted by dist/verify with `public-key`, and refused with another key;
 * - the cosign formats each engine refuses, as the real cosign refuses them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { runTool, startEgressTrap, toolEnv, type EgressTrap } from '../support/interop.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireGoTool, requireInfra, requireReferrersRegistry } from '../support/test-tools.js';

const infra = requireInfra();
const cosign = infra ? requireGoTool(infra, 'cosign') : undefined;
const referrers = infra ? requireReferrersRegistry(infra) : undefined;
const ready = Boolean(infra && cosign && referrers);
const describeReady = ready ? describe : describe.skip;
const PASSWORD = 'correct horse battery staple';

let stack: SigstoreStack;
let trap: EgressTrap;
let work: string;
/** A cosign key pair (generate-key-pair), another one, and a PKCS#8 P-256 pair for the sigstore engine. */
const keys = { cosignKey: '', cosignPub: '', otherPub: '', pkcs8Key: '', pkcs8Pub: '' };

async function generateCosignPair(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const run = await runTool(cosign!, ['generate-key-pair'], {
    env: toolEnv(trap, { COSIGN_PASSWORD: PASSWORD }),
    cwd: dir,
  });
  expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
}

beforeAll(async () => {
  if (!ready) return;
  stack = await startSigstoreStack();
  trap = await startEgressTrap();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-keyed-'));
  await generateCosignPair(path.join(work, 'a'));
  await generateCosignPair(path.join(work, 'b'));
  keys.cosignKey = path.join(work, 'a', 'cosign.key');
  keys.cosignPub = path.join(work, 'a', 'cosign.pub');
  keys.otherPub = path.join(work, 'b', 'cosign.pub');
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  keys.pkcs8Key = path.join(work, 'pkcs8.key');
  keys.pkcs8Pub = path.join(work, 'pkcs8.pub');
  fs.writeFileSync(keys.pkcs8Key, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  fs.writeFileSync(keys.pkcs8Pub, pair.publicKey.export({ type: 'spki', format: 'pem' }));
}, 120_000);
afterAll(async () => {
  await stack?.close();
  await trap?.close();
});

function failure(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

function copyImage(name: string): { image: string; repository: string; digest: string } {
  const source = referrers!.images['alpine-app']!;
  const repository = `${referrers!.registry}/interop/${name}-${randomBytes(4).toString('hex')}`;
  execFileSync(
    'skopeo',
    [
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${source.ref}`,
      `docker://${repository}:v1`,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return { image: `${repository}:v1`, repository, digest: source.digest };
}

function workspaceWith(file: string, content: string): string {
  const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
  fs.writeFileSync(path.join(workspace, file), content);
  return workspace;
}

async function signWith(inputs: Record<string, string>, workspace?: string): Promise<ActionRun> {
  return runAction('sign', {
    inputs: {
      'sigstore-instance': 'custom',
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'cosign-path': cosign!,
      ...inputs,
    },
    env: trap.env(),
    ...(workspace ? { workspace } : {}),
  });
}

const cosignKeyInputs = () => ({
  engine: 'cosign',
  key: fs.readFileSync(keys.cosignKey, 'utf8'),
  'key-password': PASSWORD,
});
const pkcs8KeyInputs = () => ({ engine: 'sigstore', key: fs.readFileSync(keys.pkcs8Key, 'utf8') });

function cosignVerifyBlob(file: string, bundle: string, publicKey: string) {
  return runTool(
    cosign!,
    [
      'verify-blob',
      '--key',
      publicKey,
      '--bundle',
      bundle,
      '--new-bundle-format',
      '--trusted-root',
      stack.trustedRootPath,
      file,
    ],
    { env: toolEnv(trap) },
  );
}

function cosignVerifyImage(imageByDigest: string, publicKey: string) {
  return runTool(
    cosign!,
    [
      'verify',
      '--key',
      publicKey,
      '--trusted-root',
      stack.trustedRootPath,
      '--allow-http-registry',
      '--output',
      'json',
      imageByDigest,
    ],
    { env: toolEnv(trap) },
  );
}

async function ourVerify(inputs: Record<string, string>, publicKey: string, workspace?: string): Promise<ActionRun> {
  return runAction('verify', {
    inputs: {
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      'public-key': fs.readFileSync(publicKey, 'utf8'),
      'export-policy': 'false',
      ...inputs,
    },
    env: trap.env(),
    ...(workspace ? { workspace } : {}),
  });
}

describeReady(
  'sign (dist) → the real cosign 3.1.3 verifies with --key; the real cosign sign --key → our verify',
  () => {
    afterAll(() => {
      expect(trap.requests).toEqual([]);
    });

    it.each([
      ['cosign', cosignKeyInputs, () => keys.cosignPub],
      ['sigstore', pkcs8KeyInputs, () => keys.pkcs8Pub],
    ] as const)(
      'files, engine %s: cosign verify-blob --key accepts, another key is refused; our verify agrees',
      async (_engine, keyInputs, publicKey) => {
        const workspace = workspaceWith('release.tar.gz', `release ${randomBytes(8).toString('hex')}\n`);
        const run = await signWith({ files: 'release.tar.gz', ...keyInputs() }, workspace);
        expect(failure(run)).toBe('');
        expect(run.outputs['public-key-hint']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
        expect(run.outputs['rekor-log-index']).toMatch(/^\d+$/);
        const file = path.join(workspace, 'release.tar.gz');
        const bundle = `${file}.sigstore.json`;
        const json = JSON.parse(fs.readFileSync(bundle, 'utf8')) as { verificationMaterial: Record<string, unknown> };
        expect(Object.keys(json.verificationMaterial)).toContain('publicKey');

        const ok = await cosignVerifyBlob(file, bundle, publicKey());
        expect({ status: ok.status, stderr: ok.stderr }).toEqual({
          status: 0,
          stderr: expect.stringContaining('Verified OK'),
        });
        const wrong = await cosignVerifyBlob(file, bundle, keys.otherPub);
        expect(wrong.status).not.toBe(0);

        const accepted = await ourVerify({ files: 'release.tar.gz', sources: 'files' }, publicKey(), workspace);
        expect(failure(accepted)).toBe('');
        expect(accepted.outputs.verified).toBe('true');
        const refused = await ourVerify({ files: 'release.tar.gz', sources: 'files' }, keys.otherPub, workspace);
        expect(refused.exitCode).toBe(1);
        expect(refused.outputs.verified).toBe('false');
        expect(failure(refused)).toContain('signed by another key');
      },
    );

    it.each([
      ['cosign', cosignKeyInputs, () => keys.cosignPub],
      ['sigstore', pkcs8KeyInputs, () => keys.pkcs8Pub],
    ] as const)(
      'an image, engine %s: stored as a referrer; cosign verify --key accepts, another key is refused; our verify agrees',
      async (_engine, keyInputs, publicKey) => {
        const { image, repository, digest } = copyImage('keyed');
        const run = await signWith({ image, ...keyInputs() });
        expect(failure(run)).toBe('');
        expect(run.outputs.digest).toBe(digest);
        const ok = await cosignVerifyImage(`${repository}@${digest}`, publicKey());
        expect({ status: ok.status, stderr: ok.stderr }).toEqual({
          status: 0,
          stderr: expect.stringContaining('The signatures were verified against the specified public key'),
        });
        const wrong = await cosignVerifyImage(`${repository}@${digest}`, keys.otherPub);
        expect(wrong.status).not.toBe(0);

        const accepted = await ourVerify({ image: `${repository}@${digest}`, sources: 'referrers' }, publicKey());
        expect(failure(accepted)).toBe('');
        expect(accepted.outputs.verified).toBe('true');
        const refused = await ourVerify({ image: `${repository}@${digest}`, sources: 'referrers' }, keys.otherPub);
        expect(refused.outputs.verified).toBe('false');
      },
    );

    it('the real cosign sign --key (image) and sign-blob --key (file): our verify accepts with public-key, refuses another key', async () => {
      const signingConfig = path.join(work, 'keyed-signing-config.json');
      fs.writeFileSync(
        signingConfig,
        JSON.stringify({
          mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
          caUrls: [],
          oidcUrls: [],
          rekorTlogUrls: [
            {
              url: stack.rekorUrl,
              majorApiVersion: 1,
              validFor: { start: '2020-01-01T00:00:00Z' },
              operator: 'loopback',
            },
          ],
          tsaUrls: [],
          rekorTlogConfig: { selector: 'ANY' },
        }),
      );
      const env = toolEnv(trap, { COSIGN_PASSWORD: PASSWORD });
      const common = [
        '--yes',
        '--key',
        keys.cosignKey,
        '--signing-config',
        signingConfig,
        '--trusted-root',
        stack.trustedRootPath,
      ];
      const { repository, digest } = copyImage('cosign-keyed');
      const signed = await runTool(cosign!, ['sign', ...common, '--allow-http-registry', `${repository}@${digest}`], {
        env,
      });
      expect({ status: signed.status, stderr: signed.status === 0 ? '' : signed.stderr }).toEqual({
        status: 0,
        stderr: '',
      });
      const workspace = workspaceWith('notes.txt', `notes ${randomBytes(8).toString('hex')}\n`);
      const file = path.join(workspace, 'notes.txt');
      const blob = await runTool(cosign!, ['sign-blob', ...common, '--bundle', `${file}.sigstore.json`, file], { env });
      expect({ status: blob.status, stderr: blob.status === 0 ? '' : blob.stderr }).toEqual({ status: 0, stderr: '' });

      const image = await ourVerify({ image: `${repository}@${digest}`, sources: 'referrers' }, keys.cosignPub);
      expect(failure(image)).toBe('');
      expect(image.outputs.verified).toBe('true');
      const imageWrong = await ourVerify({ image: `${repository}@${digest}`, sources: 'referrers' }, keys.otherPub);
      expect(imageWrong.outputs.verified).toBe('false');
      const files = await ourVerify({ files: 'notes.txt', sources: 'files' }, keys.cosignPub, workspace);
      expect(failure(files)).toBe('');
      expect(files.outputs.verified).toBe('true');
      const filesWrong = await ourVerify({ files: 'notes.txt', sources: 'files' }, keys.otherPub, workspace);
      expect(filesWrong.outputs.verified).toBe('false');
    });

    it('tlog-upload: false makes no log entry: cosign accepts only with --insecure-ignore-tlog, our verify refuses (a log is required)', async () => {
      const workspace = workspaceWith('a.txt', `a ${randomBytes(8).toString('hex')}\n`);
      const run = await runAction('sign', {
        inputs: {
          files: 'a.txt',
          'sigstore-instance': 'custom',
          'tlog-upload': 'false',
          'trusted-root': stack.trustedRootPath,
          'cosign-path': cosign!,
          ...cosignKeyInputs(),
        },
        env: trap.env(),
        workspace,
      });
      expect(failure(run)).toBe('');
      expect(run.outputs['rekor-log-index']).toBeUndefined();
      expect(run.outputs['verify-command']).toContain('--insecure-ignore-tlog');
      const file = path.join(workspace, 'a.txt');
      const strict = await cosignVerifyBlob(file, `${file}.sigstore.json`, keys.cosignPub);
      expect(strict.status).not.toBe(0);
      const lax = await runTool(
        cosign!,
        [
          'verify-blob',
          '--key',
          keys.cosignPub,
          '--insecure-ignore-tlog',
          '--bundle',
          `${file}.sigstore.json`,
          '--new-bundle-format',
          '--trusted-root',
          stack.trustedRootPath,
          file,
        ],
        { env: toolEnv(trap) },
      );
      expect({ status: lax.status, stderr: lax.stderr }).toEqual({
        status: 0,
        stderr: expect.stringContaining('Verified OK'),
      });
      const ours = await ourVerify({ files: 'a.txt', sources: 'files' }, keys.cosignPub, workspace);
      expect(ours.outputs.verified).toBe('false');
    });

    it('each engine refuses the key format it cannot read, naming the other engine (the real cosign refuses PKCS#8)', async () => {
      const workspace = workspaceWith('b.txt', 'b\n');
      const noLogConfig = path.join(work, 'no-log-signing-config.json');
      fs.writeFileSync(
        noLogConfig,
        JSON.stringify({
          mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
          caUrls: [],
          oidcUrls: [],
          rekorTlogUrls: [],
          tsaUrls: [],
        }),
      );
      // What the action's up-front refusal is about: the real cosign reads no PKCS#8 key from --key env://.
      const real = await runTool(
        cosign!,
        [
          'sign-blob',
          '--yes',
          '--key',
          'env://COSIGN_PRIVATE_KEY',
          '--signing-config',
          noLogConfig,
          '--bundle',
          path.join(workspace, 'x.json'),
          path.join(workspace, 'b.txt'),
        ],
        { env: toolEnv(trap, { COSIGN_PRIVATE_KEY: fs.readFileSync(keys.pkcs8Key, 'utf8'), COSIGN_PASSWORD: '' }) },
      );
      expect(real.status).not.toBe(0);
      expect(real.stderr).toContain('unsupported pem type: PRIVATE KEY');
      // cosign 3.1.3 asks the public-good TUF repository for its trusted root before it reads the key, even with
      // --trusted-root and --signing-config here; the trap refused it (nothing left loopback). Only this run does.
      const tuf = trap.requests.indexOf('CONNECT tuf-repo-cdn.sigstore.dev:443');
      expect(tuf).toBeGreaterThanOrEqual(0);
      trap.requests.splice(tuf, 1);
      const cosignWithPkcs8 = await signWith(
        { files: 'b.txt', engine: 'cosign', key: fs.readFileSync(keys.pkcs8Key, 'utf8') },
        workspace,
      );
      expect(cosignWithPkcs8.exitCode).toBe(1);
      expect(failure(cosignWithPkcs8)).toContain('set engine: sigstore');
      const sigstoreWithCosignKey = await signWith(
        { files: 'b.txt', ...cosignKeyInputs(), engine: 'sigstore' },
        workspace,
      );
      expect(sigstoreWithCosignKey.exitCode).toBe(1);
      expect(failure(sigstoreWithCosignKey)).toContain('only engine: cosign reads');
    });
  },
);
