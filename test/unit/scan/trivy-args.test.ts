import { describe, expect, it } from '@jest/globals';
import {
  MODERN_TRIVY,
  buildTrivyArgs,
  capabilitiesForVersion,
  capabilitiesFromHelp,
  trivyEnvironment,
  type TrivyRunPlan,
} from '../../../actions/scan/src/trivy-args.js';

const base: Omit<TrivyRunPlan, 'target' | 'scanners'> = {
  ignoreFile: '/rt/run/no-trivyignore',
  configFile: '/rt/run/empty-trivy-config.yaml',
  secretConfigFile: '/rt/run/no-trivy-secret.yaml',
  cacheDir: '/tmp/cache',
  outputFile: '/out/trivy-report.json',
  timeoutMinutes: 15,
  capabilities: MODERN_TRIVY,
  skipDbUpdate: false,
  javaDbRepositories: [],
};
const common = ['--format', 'json', '--output', '/out/trivy-report.json'];
const tail = [
  '--cache-dir',
  '/tmp/cache',
  '--timeout',
  '15m',
  '--exit-code',
  '0',
  '--no-progress',
  '--severity',
  'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
  '--config',
  '/rt/run/empty-trivy-config.yaml',
];
const secret = ['--secret-config', '/rt/run/no-trivy-secret.yaml'];
const ignore = ['--ignorefile', '/rt/run/no-trivyignore'];

describe('buildTrivyArgs', () => {
  it.each<[string, Partial<TrivyRunPlan>, string[]]>([
    [
      'filesystem, default scanners',
      { target: { kind: 'path', path: '/ws', relative: '' }, scanners: ['vuln', 'secret', 'misconfig'] },
      [
        'fs',
        ...common,
        '--scanners',
        'vuln,secret,misconfig',
        ...tail,
        ...secret,
        '--skip-check-update',
        '--skip-java-db-update',
        ...ignore,
        '--',
        '/ws',
      ],
    ],
    [
      'image by digest',
      { target: { kind: 'image', image: `ghcr.io/o/a@sha256:${'a'.repeat(64)}` }, scanners: ['vuln', 'secret'] },
      [
        'image',
        ...common,
        '--scanners',
        'vuln,secret',
        ...tail,
        ...secret,
        '--skip-java-db-update',
        ...ignore,
        '--',
        `ghcr.io/o/a@sha256:${'a'.repeat(64)}`,
      ],
    ],
    [
      'one platform of an image index: --platform, an option value before --',
      { target: { kind: 'image', image: 'ghcr.io/o/a:1', platform: 'linux/arm/v7' }, scanners: ['vuln'] },
      [
        'image',
        ...common,
        '--scanners',
        'vuln',
        ...tail,
        '--skip-java-db-update',
        ...ignore,
        '--platform',
        'linux/arm/v7',
        '--',
        'ghcr.io/o/a:1',
      ],
    ],
    [
      'sbom',
      { target: { kind: 'sbom', sbom: '/ws/bom.json' }, scanners: ['vuln', 'license'] },
      [
        'sbom',
        ...common,
        '--scanners',
        'vuln,license',
        ...tail,
        '--skip-java-db-update',
        ...ignore,
        '--',
        '/ws/bom.json',
      ],
    ],
    [
      'a prepared DB and Java DB mirrors',
      {
        target: { kind: 'path', path: '/ws', relative: '' },
        scanners: ['vuln'],
        skipDbUpdate: true,
        javaDbRepositories: ['mirror.gcr.io/aquasec/trivy-java-db:1', 'ghcr.io/aquasecurity/trivy-java-db:1'],
      },
      [
        'fs',
        ...common,
        '--scanners',
        'vuln',
        ...tail,
        '--skip-db-update',
        '--skip-java-db-update',
        '--java-db-repository',
        'mirror.gcr.io/aquasec/trivy-java-db:1,ghcr.io/aquasecurity/trivy-java-db:1',
        ...ignore,
        '--',
        '/ws',
      ],
    ],
    [
      'a prepared checks bundle (the repository it came from, as this build spells the flag)',
      {
        target: { kind: 'path', path: '/ws', relative: '' },
        scanners: ['misconfig'],
        checksBundleRepository: '127.0.0.1:5000/trivy-checks:1',
      },
      [
        'fs',
        ...common,
        '--scanners',
        'misconfig',
        ...tail,
        '--skip-check-update',
        '--checks-bundle-repository',
        '127.0.0.1:5000/trivy-checks:1',
        ...ignore,
        '--',
        '/ws',
      ],
    ],
    [
      'a prepared checks bundle on a build from before the rename',
      {
        target: { kind: 'path', path: '/ws', relative: '' },
        scanners: ['misconfig'],
        capabilities: { misconfigScanner: 'config' },
        checksBundleRepository: 'mirror.example/trivy-checks:1',
      },
      [
        'fs',
        ...common,
        '--scanners',
        'config',
        ...tail,
        '--skip-policy-update',
        '--policy-bundle-repository',
        'mirror.example/trivy-checks:1',
        ...ignore,
        '--',
        '/ws',
      ],
    ],
    [
      'no Java DB without a vulnerability scan',
      {
        target: { kind: 'path', path: '/ws', relative: '' },
        scanners: ['secret'],
        javaDbRepositories: ['ghcr.io/a/b:1'],
      },
      ['fs', ...common, '--scanners', 'secret', ...tail, ...secret, ...ignore, '--', '/ws'],
    ],
    [
      'ignore file',
      { target: { kind: 'path', path: '/ws', relative: '' }, scanners: ['secret'], ignoreFile: '/ws/.trivyignore' },
      ['fs', ...common, '--scanners', 'secret', ...tail, ...secret, '--ignorefile', '/ws/.trivyignore', '--', '/ws'],
    ],
    [
      "the workflow's trivy-config and trivy-secret-config, skip-dirs and skip-files",
      {
        target: { kind: 'path', path: '/ws', relative: '' },
        scanners: ['secret'],
        configFile: '/ws/ci/trivy.yaml',
        secretConfigFile: '/ws/ci/secret.yaml',
        skipDirs: ['vendor', 'test/**/fixtures'],
        skipFiles: ['**/*.min.js'],
      },
      [
        'fs',
        ...common,
        '--scanners',
        'secret',
        ...tail.slice(0, -1),
        '/ws/ci/trivy.yaml',
        '--secret-config',
        '/ws/ci/secret.yaml',
        '--skip-dirs',
        'vendor',
        '--skip-dirs',
        'test/**/fixtures',
        '--skip-files',
        '**/*.min.js',
        ...ignore,
        '--',
        '/ws',
      ],
    ],
    [
      'old Trivy calls misconfig "config"',
      {
        target: { kind: 'path', path: '/ws', relative: '' },
        scanners: ['misconfig'],
        capabilities: { misconfigScanner: 'config' },
      },
      // Checks embedded in the binary only: the pre-rename spelling of the skip flag.
      ['fs', ...common, '--scanners', 'config', ...tail, '--skip-policy-update', ...ignore, '--', '/ws'],
    ],
    [
      'a target that looks like a flag stays a target',
      { target: { kind: 'path', path: '--help', relative: '' }, scanners: ['secret'] },
      ['fs', ...common, '--scanners', 'secret', ...tail, ...secret, ...ignore, '--', '--help'],
    ],
  ])('%s', (_name, plan, expected) => {
    expect(buildTrivyArgs({ ...base, ...plan } as TrivyRunPlan)).toEqual(expected);
  });
});

describe('capabilitiesFromHelp', () => {
  it.each([
    ['      --scanners strings   (vuln,misconfig,secret,license) (default [vuln,secret])', 'misconfig'],
    ['      --scanners strings   comma-separated list (vuln,config,secret,license) (default [vuln,secret])', 'config'],
    ['no scanners flag at all', 'misconfig'],
  ])('%s → %s', (help, expected) => {
    expect(capabilitiesFromHelp(help).misconfigScanner).toBe(expected);
  });
});

describe('capabilitiesForVersion', () => {
  it.each([
    ['0.75.0', 'misconfig'],
    ['v0.48.0', 'misconfig'],
    ['1.0.0', 'misconfig'],
    ['0.47.9', 'config'],
    ['0.45.1', 'config'],
  ])('%s → %s', (version, expected) => {
    expect(capabilitiesForVersion(version)?.misconfigScanner).toBe(expected);
  });
  it.each(['dev', 'unknown', ''])('%j says nothing', (version) => {
    expect(capabilitiesForVersion(version)).toBeUndefined();
  });
});

describe('trivyEnvironment', () => {
  it('uses the workflow token for ghcr.io images only', () => {
    const env = trivyEnvironment({ PATH: '/bin' }, { image: 'ghcr.io/o/a:1', githubToken: 't', actor: 'octocat' });
    expect(env).toMatchObject({ TRIVY_USERNAME: 'octocat', TRIVY_PASSWORD: 't' });
    expect(
      trivyEnvironment({}, { image: 'docker.io/library/alpine:3', githubToken: 't', actor: 'a' }).TRIVY_PASSWORD,
    ).toBeUndefined();
    expect(trivyEnvironment({}, { githubToken: 't', actor: 'a' }).TRIVY_PASSWORD).toBeUndefined();
  });
  it('never overrides credentials the workflow configured', () => {
    const env = trivyEnvironment(
      { TRIVY_USERNAME: 'u', TRIVY_PASSWORD: 'p' },
      { image: 'ghcr.io/o/a:1', githubToken: 't', actor: 'a' },
    );
    expect(env).toMatchObject({ TRIVY_USERNAME: 'u', TRIVY_PASSWORD: 'p' });
  });
});

describe('trivyEnvironment is an allow-list', () => {
  const runner = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    HTTPS_PROXY: 'http://proxy:3128',
    TRIVY_DB_REPOSITORY: 'mirror.example/db:2',
    AWS_REGION: 'eu-west-1',
    'INPUT_GITHUB-TOKEN': 'ghs_input',
    INPUT_GITHUB_TOKEN: 'ghs_input2',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example',
    GITHUB_TOKEN: 'ghs_env',
    SOME_DEPLOY_KEY: 'secret',
    TRIVY_CONFIG: '/ws/trivy.yaml',
    TRIVY_SECRET_CONFIG: '/ws/trivy-secret.yaml',
    TRIVY_IGNOREFILE: '/ws/.trivyignore',
  };
  it('keeps the base list, TRIVY_* and cloud SDK variables; drops inputs, runner tokens, other variables and config-file variables', () => {
    expect(trivyEnvironment(runner, { githubToken: 'ghs_input', actor: 'octocat' })).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      HTTPS_PROXY: 'http://proxy:3128',
      TRIVY_DB_REPOSITORY: 'mirror.example/db:2',
      AWS_REGION: 'eu-west-1',
    });
  });
  it('the token reaches Trivy only as ghcr.io registry credentials', () => {
    const env = trivyEnvironment(runner, { image: 'ghcr.io/o/a:1', githubToken: 'ghs_input', actor: 'octocat' });
    expect(Object.entries(env).filter(([, value]) => value === 'ghs_input')).toEqual([['TRIVY_PASSWORD', 'ghs_input']]);
  });
});
