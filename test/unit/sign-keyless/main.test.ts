/**
 * sign-keyless's main.ts with its collaborators replaced (the logger, the
 * outputs, the cosign installer), signing in-process against the loopback
 * Sigstore stack: the order of the steps (no OIDC token, nothing else
 * happens; cosign is never installed for the in-process engine), what reaches
 * the outputs, and that the token is masked before use.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, type RunContext } from '@scs/action-kit';
import { getInputs } from '../../../actions/sign-keyless/src/inputs.js';
import { run, type SignDeps } from '../../../actions/sign-keyless/src/main.js';
import { inputEnvironment } from '../../support/action-harness.js';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';
import { TestLogger } from '../../support/test-logger.js';

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstoreStack({ claims: { repository: 'octo-org/app' } });
});
afterAll(async () => {
  await stack?.close();
});

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

/** The action's inputs as getInputs() reads them (action.yml defaults plus these), in a fresh workspace with a file. */
function inputsFor(values: Record<string, string>) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-keyless-main-'));
  fs.writeFileSync(path.join(workspace, 'app.tgz'), 'release artifact\n');
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-keyless-main-rt-'));
  Object.assign(process.env, inputEnvironment('sign-keyless', values), {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
  });
  return { inputs: getInputs(), workspace, runnerTemp };
}

function stackInputs(): Record<string, string> {
  return {
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

function harness(env: NodeJS.ProcessEnv, runnerTemp: string) {
  const rec = { outputs: {} as Record<string, string>, masked: [] as string[], installs: 0 };
  const logger = new TestLogger();
  const context = {
    eventName: 'push',
    repository: 'octo-org/app',
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9',
    runnerTemp,
    payload: { repository: { private: false, visibility: 'public' } },
    runId: '1',
    runAttempt: '1',
    actor: 'octocat',
  } as unknown as RunContext;
  const deps: SignDeps = {
    context,
    env,
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

describe('sign-keyless main', () => {
  it('signs a file in-process: a bundle on disk, the identity in the outputs, the token masked, no cosign', async () => {
    const { inputs, workspace, runnerTemp } = inputsFor({
      files: 'app.tgz',
      engine: 'sigstore',
      summary: 'false',
      ...stackInputs(),
    });
    const { deps, rec } = harness({ ...stack.env() }, runnerTemp);
    await run(inputs, deps);
    const bundles = JSON.parse(rec.outputs['bundle-paths']!) as string[];
    expect(bundles).toHaveLength(1);
    const bundle = JSON.parse(fs.readFileSync(path.resolve(workspace, bundles[0]!), 'utf8')) as {
      messageSignature?: unknown;
    };
    expect(bundle.messageSignature).toBeDefined();
    expect(rec.outputs['certificate-identity']).toMatch(/^https:\/\/github\.com\/octo-org\/app\/\.github\/workflows\//);
    expect(rec.outputs['certificate-oidc-issuer']).toBe(stack.issuer);
    expect(rec.outputs['verify-command']).toContain('cosign verify-blob');
    expect(stack.issuedTokens.length).toBeGreaterThan(0);
    expect(rec.masked).toContain(stack.issuedTokens[0]);
    expect(rec.installs).toBe(0);
  });

  it('without an OIDC token request environment nothing is installed, signed or set', async () => {
    const { inputs, runnerTemp } = inputsFor({ files: 'app.tgz', engine: 'cosign', ...stackInputs() });
    const { deps, rec } = harness({}, runnerTemp);
    await expect(run(inputs, deps)).rejects.toThrow(/id-token: write/);
    expect(rec.installs).toBe(0);
    expect(rec.outputs).toEqual({});
  });

  it('refuses what cannot be signed before anything is fetched', async () => {
    const none = inputsFor({ ...stackInputs() });
    const first = harness({ ...stack.env() }, none.runnerTemp);
    await expect(run(none.inputs, first.deps)).rejects.toThrow(ConfigurationError);
    await expect(run(none.inputs, first.deps)).rejects.toThrow('Set `image` (an image to sign), `files`');

    const github = inputsFor({ files: 'app.tgz', engine: 'cosign', 'sigstore-instance': 'github' });
    const second = harness({ ...stack.env() }, github.runnerTemp);
    await expect(run(github.inputs, second.deps)).rejects.toThrow(/sigstore-instance: github needs engine: sigstore/);
    expect(second.rec.installs).toBe(0);
  });
});
