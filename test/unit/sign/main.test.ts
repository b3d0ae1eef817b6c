/**
 * sign's main.ts with its collaborators replaced, signing a file in-process
 * with a P-256 key against the loopback Sigstore stack's Rekor and TSA: no
 * identity token is ever requested, cosign is never installed for the
 * in-process engine, and what cannot be signed is refused before anything.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, type RunContext } from '@scs/action-kit';
import { getInputs } from '../../../actions/sign/src/inputs.js';
import { run, type SignDeps } from '../../../actions/sign/src/main.js';
import { inputEnvironment } from '../../support/action-harness.js';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';
import { TestLogger } from '../../support/test-logger.js';

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstoreStack();
});
afterAll(async () => {
  await stack?.close();
});

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

const pkcs8 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
  type: 'pkcs8',
  format: 'pem',
}) as string;

function inputsFor(values: Record<string, string>) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-main-'));
  fs.writeFileSync(path.join(workspace, 'app.tgz'), 'release artifact\n');
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-main-rt-'));
  Object.assign(process.env, inputEnvironment('sign', values), {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
  });
  return { inputs: getInputs(), workspace, runnerTemp };
}

const stackInputs = () => ({
  'sigstore-instance': 'custom',
  'rekor-url': stack.rekorUrl,
  'tsa-url': stack.tsaUrl,
  'trusted-root': stack.trustedRootPath,
});

function harness(runnerTemp: string) {
  const rec = { outputs: {} as Record<string, string>, masked: [] as string[], installs: 0 };
  const logger = new TestLogger();
  const deps: SignDeps = {
    context: {
      eventName: 'push',
      repository: 'octo-org/app',
      runnerTemp,
      payload: {},
      actor: 'octocat',
    } as unknown as RunContext,
    env: {},
    logger,
    setOutput: (name, value) => void (rec.outputs[name] = value),
    installCosign: async () => {
      rec.installs += 1;
      throw new Error('cosign must not be installed here');
    },
    mask: (secret) => void rec.masked.push(secret),
    retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 10_000, jitter: 0 },
    now: () => new Date(),
  };
  return { deps, rec };
}

describe('sign main', () => {
  it('signs a file with a P-256 key in-process: a bundle with the key hint, no identity token, no cosign', async () => {
    const tokensBefore = stack.issuedTokens.length;
    const { inputs, workspace, runnerTemp } = inputsFor({
      files: 'app.tgz',
      key: pkcs8,
      engine: 'sigstore',
      summary: 'false',
      ...stackInputs(),
    });
    const { deps, rec } = harness(runnerTemp);
    await run(inputs, deps);
    const bundles = JSON.parse(rec.outputs['bundle-paths']!) as string[];
    expect(bundles).toHaveLength(1);
    const bundle = JSON.parse(fs.readFileSync(path.resolve(workspace, bundles[0]!), 'utf8')) as {
      verificationMaterial: { publicKey?: { hint: string }; certificate?: unknown };
    };
    expect(bundle.verificationMaterial.certificate).toBeUndefined();
    expect(bundle.verificationMaterial.publicKey?.hint).toBe(rec.outputs['public-key-hint']);
    expect(rec.outputs['verify-command']).toContain('--key');
    expect(stack.issuedTokens.length).toBe(tokensBefore);
    expect(rec.installs).toBe(0);
  });

  it('refuses what cannot be signed before anything is installed or sent', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ files: 'app.tgz' }, /Set `key` .* or `kms-key`.*sign-keyless/],
      [{ key: pkcs8 }, /Set `image` \(an image to sign\), `files`/],
      [
        { files: 'app.tgz', 'kms-key': 'awskms:///alias/release', engine: 'sigstore' },
        /`kms-key` needs engine: cosign/,
      ],
      [{ files: 'app.tgz', key: pkcs8, engine: 'cosign' }, /cosign's --key refuses/],
    ];
    for (const [values, message] of cases) {
      const { inputs, runnerTemp } = inputsFor({ ...values, ...stackInputs() });
      const { deps, rec } = harness(runnerTemp);
      await expect(run(inputs, deps)).rejects.toThrow(ConfigurationError);
      await expect(run(inputs, deps)).rejects.toThrow(message);
      expect(rec.installs).toBe(0);
      expect(rec.outputs).toEqual({});
    }
  });
});
