/** argv tables for both generators, and their environments. */
import { describe, expect, it } from '@jest/globals';
import type { SbomTarget } from '../../../actions/sbom/src/inputs.js';
import { syftEnvironment } from '../../../actions/sbom/src/syft-args.js';
import { trivyEnvironment } from '../../../actions/sbom/src/trivy-sbom-args.js';
import { buildSyftArgs, syftSource } from '../../../actions/sbom/src/syft-args.js';
import { buildTrivySbomArgs, pinImageReference } from '../../../actions/sbom/src/trivy-sbom-args.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const image: SbomTarget = { kind: 'image', image: 'ghcr.io/octo-org/app:1.0' };
const dir: SbomTarget = { kind: 'path', path: '/ws/app', relative: 'app', isDirectory: true };
const lockfile: SbomTarget = {
  kind: 'path',
  path: '/ws/app/package-lock.json',
  relative: 'app/package-lock.json',
  isDirectory: false,
};
const archive: SbomTarget = { kind: 'file', file: '/tmp/app.tar', ociLayout: false };
const layout: SbomTarget = { kind: 'file', file: '/ws/layout', ociLayout: true };

describe('syftSource', () => {
  it.each([
    ['an image, as given (local stores first, then the registry)', image, 'unknown', 'ghcr.io/octo-org/app:1.0'],
    ['a directory', dir, 'unknown', 'dir:/ws/app'],
    ['a single file', lockfile, 'unknown', 'file:/ws/app/package-lock.json'],
    ['an OCI layout directory', layout, 'unknown', 'oci-dir:/ws/layout'],
    ['an OCI archive', archive, 'oci-archive', 'oci-archive:/tmp/app.tar'],
    ['a docker-archive', archive, 'docker-archive', 'docker-archive:/tmp/app.tar'],
    ['an archive of unknown kind (compressed): Syft detects it', archive, 'unknown', '/tmp/app.tar'],
  ] as const)('%s', (_label, target, kind, expected) => {
    expect(syftSource(target, kind)).toBe(expected);
  });
});

describe('buildSyftArgs: every format from one run', () => {
  it.each([
    [
      'one format',
      [{ format: 'cyclonedx-json', file: '/out/app.cdx.json' }],
      ['scan', '-o', 'cyclonedx-json=/out/app.cdx.json', '--', 'dir:/ws/app'],
    ],
    [
      'three formats, SPDX pinned to 2.3',
      [
        { format: 'spdx-json', file: '/out/app.spdx.json' },
        { format: 'cyclonedx-json', file: '/out/app.cdx.json' },
        { format: 'syft-json', file: '/out/app.syft.json' },
      ],
      [
        'scan',
        '-o',
        'spdx-json@2.3=/out/app.spdx.json',
        '-o',
        'cyclonedx-json=/out/app.cdx.json',
        '-o',
        'syft-json=/out/app.syft.json',
        '--',
        'dir:/ws/app',
      ],
    ],
  ] as const)('%s', (_label, outputs, expected) => {
    const [scan, ...rest] = expected;
    expect(buildSyftArgs({ source: 'dir:/ws/app', outputs, configFile: '/rt/empty.yaml' })).toEqual([
      scan,
      '-c',
      '/rt/empty.yaml',
      ...rest,
    ]);
  });
});

describe('buildSyftArgs: platform', () => {
  it('one platform of an image index goes to --platform, before --', () => {
    const outputs = [{ format: 'cyclonedx-json' as const, file: '/out/a.cdx.json' }];
    expect(
      buildSyftArgs({ source: 'ghcr.io/o/app:1', outputs, configFile: '/rt/empty.yaml', platform: 'linux/arm64' }),
    ).toEqual([
      'scan',
      '-c',
      '/rt/empty.yaml',
      '-o',
      'cyclonedx-json=/out/a.cdx.json',
      '--platform',
      'linux/arm64',
      '--',
      'ghcr.io/o/app:1',
    ]);
  });
});

describe('buildTrivySbomArgs: one format per run', () => {
  const base = { outputFile: '/out/x.json', cacheDir: '/tmp/cache', timeoutMinutes: 30, configFile: '/rt/empty.yaml' };
  const common = [
    '--output',
    '/out/x.json',
    '--cache-dir',
    '/tmp/cache',
    '--timeout',
    '30m',
    '--no-progress',
    '--config',
    '/rt/empty.yaml',
  ];
  it.each([
    [
      'a directory, CycloneDX',
      { target: dir, format: 'cyclonedx-json' },
      ['fs', '--format', 'cyclonedx', ...common, '--', '/ws/app'],
    ],
    [
      'a directory, SPDX',
      { target: dir, format: 'spdx-json' },
      ['fs', '--format', 'spdx-json', ...common, '--', '/ws/app'],
    ],
    [
      'an image',
      { target: image, format: 'cyclonedx-json' },
      ['image', '--format', 'cyclonedx', ...common, '--', 'ghcr.io/octo-org/app:1.0'],
    ],
    [
      'one platform of an image index (--platform, before --)',
      { target: { ...image, platform: 'linux/arm/v7' }, format: 'cyclonedx-json' },
      ['image', '--format', 'cyclonedx', ...common, '--platform', 'linux/arm/v7', '--', 'ghcr.io/octo-org/app:1.0'],
    ],
    [
      'an image, pinned to the digest of the first run',
      { target: image, format: 'spdx-json', imageReference: `ghcr.io/octo-org/app@${DIGEST}` },
      ['image', '--format', 'spdx-json', ...common, '--', `ghcr.io/octo-org/app@${DIGEST}`],
    ],
    [
      'an archive',
      { target: archive, format: 'cyclonedx-json' },
      ['image', '--format', 'cyclonedx', ...common, '--input', '/tmp/app.tar'],
    ],
    [
      'an OCI layout',
      { target: layout, format: 'spdx-json' },
      ['image', '--format', 'spdx-json', ...common, '--input', '/ws/layout'],
    ],
  ] as const)('%s', (_label, plan, expected) => {
    expect(buildTrivySbomArgs({ ...base, ...plan })).toEqual(expected);
  });
});

describe('configuration and skip patterns', () => {
  it('Syft: -c, and --exclude anchored at ./ (directories cover what is below them)', () => {
    expect(
      buildSyftArgs({
        source: 'dir:/ws/app',
        outputs: [{ format: 'cyclonedx-json', file: '/out/a.cdx.json' }],
        configFile: '/ws/ci/syft.yaml',
        skipDirs: ['vendor/', '**/testdata'],
        skipFiles: ['dist/*.min.js', './keep.json'],
      }),
    ).toEqual([
      'scan',
      '-c',
      '/ws/ci/syft.yaml',
      '-o',
      'cyclonedx-json=/out/a.cdx.json',
      '--exclude',
      './vendor/**',
      '--exclude',
      '**/testdata/**',
      '--exclude',
      './dist/*.min.js',
      '--exclude',
      './keep.json',
      '--',
      'dir:/ws/app',
    ]);
  });
  it('Trivy: --config, --skip-dirs, --skip-files', () => {
    expect(
      buildTrivySbomArgs({
        target: dir,
        format: 'cyclonedx-json',
        outputFile: '/o.json',
        cacheDir: '/c',
        timeoutMinutes: 5,
        configFile: '/ws/t.yaml',
        skipDirs: ['vendor'],
        skipFiles: ['a.lock'],
      }),
    ).toEqual([
      'fs',
      '--format',
      'cyclonedx',
      '--output',
      '/o.json',
      '--cache-dir',
      '/c',
      '--timeout',
      '5m',
      '--no-progress',
      '--config',
      '/ws/t.yaml',
      '--skip-dirs',
      'vendor',
      '--skip-files',
      'a.lock',
      '--',
      '/ws/app',
    ]);
  });
});

describe('pinImageReference', () => {
  it.each([
    ['ghcr.io/octo-org/app:1.0', `ghcr.io/octo-org/app@${DIGEST}`],
    ['127.0.0.1:5000/alpine-app:v1', `127.0.0.1:5000/alpine-app@${DIGEST}`],
    ['127.0.0.1:5000/alpine-app', `127.0.0.1:5000/alpine-app@${DIGEST}`],
    ['alpine', `alpine@${DIGEST}`],
    [`alpine:3.20@sha256:${'cd'.repeat(32)}`, `alpine@${DIGEST}`],
  ])('%s → %s', (reference, expected) => {
    expect(pinImageReference(reference, DIGEST)).toBe(expected);
  });
});

describe('tool environments', () => {
  const token = 'ghs_token';
  it('Syft never checks for updates; ghcr.io images get the workflow token as the actor', () => {
    expect(syftEnvironment({ PATH: '/bin' }, { githubToken: token, actor: 'octocat' })).toEqual({
      PATH: '/bin',
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
    });
    expect(syftEnvironment({}, { image: 'ghcr.io/o/a:1', githubToken: token, actor: 'octocat' })).toEqual({
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
      SYFT_REGISTRY_AUTH_AUTHORITY: 'ghcr.io',
      SYFT_REGISTRY_AUTH_USERNAME: 'octocat',
      SYFT_REGISTRY_AUTH_PASSWORD: token,
    });
  });

  it('both are allow-lists: no input, runner token, GITHUB_TOKEN, config-file variable or other job variable', () => {
    const runner = {
      PATH: '/bin',
      'INPUT_GITHUB-TOKEN': token,
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      GITHUB_TOKEN: token,
      NPM_TOKEN: 'npm',
      SYFT_CONFIG: '/ws/.syft.yaml',
      TRIVY_CONFIG: '/ws/trivy.yaml',
      SYFT_LOG_LEVEL: 'debug',
      TRIVY_DEBUG: 'true',
    };
    expect(syftEnvironment(runner, { githubToken: token, actor: 'octocat' })).toEqual({
      PATH: '/bin',
      SYFT_LOG_LEVEL: 'debug',
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
    });
    expect(trivyEnvironment(runner, { githubToken: token, actor: 'octocat' })).toEqual({
      PATH: '/bin',
      TRIVY_DEBUG: 'true',
    });
  });

  it.each([
    ['another registry', { image: 'docker.io/library/alpine:3', githubToken: token, actor: 'octocat' }, {}],
    ['a Docker Hub short name', { image: 'ghcr:1', githubToken: token, actor: 'octocat' }, {}],
    ['no token', { image: 'ghcr.io/o/a:1', githubToken: '', actor: 'octocat' }, {}],
  ])('no registry credentials for %s', (_label, options, extra) => {
    expect(syftEnvironment({}, options)).toEqual({ SYFT_CHECK_FOR_APP_UPDATE: 'false', ...extra });
    expect(trivyEnvironment({}, options)).toEqual(extra);
  });

  it('configured credentials are left alone', () => {
    const options = { image: 'ghcr.io/o/a:1', githubToken: token, actor: 'octocat' };
    expect(syftEnvironment({ SYFT_REGISTRY_AUTH_TOKEN: 'x' }, options)).toEqual({
      SYFT_REGISTRY_AUTH_TOKEN: 'x',
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
    });
    expect(trivyEnvironment({ TRIVY_USERNAME: 'bot' }, options)).toEqual({ TRIVY_USERNAME: 'bot' });
    expect(trivyEnvironment({}, options)).toEqual({ TRIVY_USERNAME: 'octocat', TRIVY_PASSWORD: token });
  });
});
