import { afterEach, describe, expect, it } from '@jest/globals';
import { BASE_ENVIRONMENT, isSecretVariable, runProcess, toolEnvironment } from '@scs/action-kit';

const node = process.execPath;
/** A stand-in that dumps its whole environment as JSON. */
const DUMP_ENV = ['-e', 'process.stdout.write(JSON.stringify(process.env))'];

const RUNNER_SECRETS: Record<string, string> = {
  'INPUT_GITHUB-TOKEN': 'ghs_inputToken0123456789',
  INPUT_REGISTRY_PASSWORD: 'input-password',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/token',
  ACTIONS_RESULTS_URL: 'https://results.example/',
  GITHUB_TOKEN: 'ghs_envToken0123456789',
  GH_TOKEN: 'ghs_ghToken0123456789',
};
const OTHER_JOB_VARIABLES: Record<string, string> = {
  DEPLOY_KEY: 'deploy',
  NPM_TOKEN: 'npm_x',
  GITHUB_REPOSITORY: 'o/r',
};

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

async function childEnv(options: Parameters<typeof runProcess>[2] = {}): Promise<Record<string, string>> {
  const result = await runProcess(node, DUMP_ENV, options);
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe('child process environment (allow-list)', () => {
  it('a child started without an explicit environment (a --version probe) sees no token and no other job variable', async () => {
    Object.assign(process.env, RUNNER_SECRETS, OTHER_JOB_VARIABLES, {
      TRIVY_DB_REPOSITORY: 'mirror/db:2',
      HTTPS_PROXY: 'http://p:1',
    });
    const env = await childEnv();
    for (const [name, value] of Object.entries({ ...RUNNER_SECRETS, ...OTHER_JOB_VARIABLES })) {
      expect(env[name]).toBeUndefined();
      expect(JSON.stringify(env)).not.toContain(value);
    }
    expect(env.PATH).toBe(process.env.PATH);
    expect(env.HTTPS_PROXY).toBe('http://p:1');
    expect(env.TRIVY_DB_REPOSITORY).toBe('mirror/db:2');
  });

  it('an explicit environment that still holds runner secrets has them removed at spawn', async () => {
    const env = await childEnv({
      env: { PATH: process.env.PATH, ...RUNNER_SECRETS, SIGSTORE_ID_TOKEN: 'the-one-token-cosign-needs' },
    });
    for (const name of Object.keys(RUNNER_SECRETS)) expect(env[name]).toBeUndefined();
    expect(env.SIGSTORE_ID_TOKEN).toBe('the-one-token-cosign-needs');
  });

  it('toolEnvironment keeps the base list, LC_*, the named prefixes and exact names, and applies set/unset', () => {
    const base = {
      PATH: '/bin',
      HOME: '/h',
      LC_CTYPE: 'C.UTF-8',
      SYFT_LOG: 'debug',
      SYFTX: 'no',
      AWS_REGION: 'eu',
      X: '1',
      ...RUNNER_SECRETS,
    };
    expect(
      toolEnvironment(base, {
        allow: ['SYFT_', 'AWS_', 'X'],
        set: { SYFT_LOG: undefined, SYFT_CHECK_FOR_APP_UPDATE: 'false' },
      }),
    ).toEqual({
      PATH: '/bin',
      HOME: '/h',
      LC_CTYPE: 'C.UTF-8',
      AWS_REGION: 'eu',
      X: '1',
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
    });
  });

  it('a prefix can never let a secret through', () => {
    expect(toolEnvironment(RUNNER_SECRETS, { allow: ['INPUT_', 'ACTIONS_', 'GITHUB_', 'GH_'] })).toEqual({});
    for (const name of Object.keys(RUNNER_SECRETS)) expect(isSecretVariable(name)).toBe(true);
    for (const name of BASE_ENVIRONMENT) expect(isSecretVariable(name)).toBe(false);
  });
});
