/**
 * The cosign engine's pure builders: argv tables, the environment (token only
 * in SIGSTORE_ID_TOKEN), the signing config, and the retry classification of
 * recorded cosign errors (test/fixtures/cosign/errors, SOURCES.md).
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  attestBlobArgs,
  classifyCosignFailure,
  cosignEnv,
  dockerConfigJson,
  resolveSigstoreInstance,
  signBlobArgs,
  signImageArgs,
  signingConfig,
  tlogIndexFromStderr,
  GITHUB_INSTANCE,
  PUBLIC_GOOD_INSTANCE,
} from '@scs/signing';
import { REPO_ROOT } from '../../support/action-harness.js';

const DIGEST = `sha256:${'0'.repeat(63)}1`;
const errors = (name: string) =>
  fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'cosign', 'errors', `${name}.txt`), 'utf8');

describe('argv builders', () => {
  it.each([
    [
      'public-good, remote registry',
      { imageByDigest: `ghcr.io/o/app@${DIGEST}`, bundlePath: '/t/b.json', allowHttpRegistry: false },
      [
        'sign',
        '--yes',
        '--new-bundle-format=true',
        '--upload=false',
        '--bundle',
        '/t/b.json',
        '--',
        `ghcr.io/o/app@${DIGEST}`,
      ],
    ],
    [
      'custom instance, loopback registry',
      {
        imageByDigest: `127.0.0.1:5000/app@${DIGEST}`,
        bundlePath: '/t/b.json',
        allowHttpRegistry: true,
        signingConfigPath: '/t/sc.json',
        trustedRootPath: '/w/root.json',
      },
      [
        'sign',
        '--yes',
        '--new-bundle-format=true',
        '--upload=false',
        '--bundle',
        '/t/b.json',
        '--signing-config',
        '/t/sc.json',
        '--trusted-root',
        '/w/root.json',
        '--allow-http-registry',
        '--',
        `127.0.0.1:5000/app@${DIGEST}`,
      ],
    ],
  ])('cosign sign: %s', (_name, options, expected) => {
    expect(signImageArgs(options)).toEqual(expected);
  });

  it('cosign sign refuses anything but a digest reference', () => {
    expect(() =>
      signImageArgs({ imageByDigest: 'ghcr.io/o/app:latest', bundlePath: '/b', allowHttpRegistry: false }),
    ).toThrow(/by digest/);
  });

  it('cosign sign-blob and attest-blob end options before the file; a file named like a flag stays a file', () => {
    expect(signBlobArgs({ file: '--output=evil', bundlePath: '/b.json' })).toEqual([
      'sign-blob',
      '--yes',
      '--new-bundle-format=true',
      '--bundle',
      '/b.json',
      '--',
      '--output=evil',
    ]);
    expect(attestBlobArgs({ statementPath: '/s.json', bundlePath: '/b.json', signingConfigPath: '/c.json' })).toEqual([
      'attest-blob',
      '--yes',
      '--new-bundle-format=true',
      '--bundle',
      '/b.json',
      '--statement',
      '/s.json',
      '--signing-config',
      '/c.json',
    ]);
  });
});

describe('cosign environment', () => {
  const base = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines/idtoken',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    SIGSTORE_ID_TOKEN: 'stale',
    TUF_ROOT: '/shared/tuf',
    'INPUT_REGISTRY-PASSWORD': 'secret',
    DOCKER_CONFIG: '/home/runner/.docker',
  };

  it('passes the token only as SIGSTORE_ID_TOKEN, with a private TUF_ROOT, without the runner token endpoint or action inputs', () => {
    const env = cosignEnv(base, { token: 'eyJ.token.sig', tufRoot: '/tmp/run1/tuf' });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      SIGSTORE_ID_TOKEN: 'eyJ.token.sig',
      TUF_ROOT: '/tmp/run1/tuf',
      DOCKER_CONFIG: '/home/runner/.docker',
    });
  });

  it('uses a private DOCKER_CONFIG when explicit credentials were given', () => {
    expect(cosignEnv(base, { token: 't', tufRoot: '/x', dockerConfig: '/tmp/run1/docker' }).DOCKER_CONFIG).toBe(
      '/tmp/run1/docker',
    );
    expect(JSON.parse(dockerConfigJson('ghcr.io', 'bot', 'p:w'))).toEqual({
      auths: { 'ghcr.io': { auth: Buffer.from('bot:p:w').toString('base64') } },
    });
    expect(Object.keys(JSON.parse(dockerConfigJson('docker.io', 'bot', 'pw')).auths)).toEqual([
      'https://index.docker.io/v1/',
    ]);
  });
});

describe('signing config', () => {
  it('lists the instance services in the SigningConfig v0.2 layout (TSA at its timestamp API)', () => {
    const instance = resolveSigstoreInstance('custom', {
      fulcioUrl: 'https://fulcio.example',
      rekorUrl: 'https://rekor.example',
      tsaUrl: 'https://tsa.example',
    });
    const config = signingConfig(instance, new Date('2020-01-01T00:00:00Z'));
    expect(config).toEqual({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [
        {
          url: 'https://fulcio.example',
          majorApiVersion: 1,
          validFor: { start: '2020-01-01T00:00:00.000Z' },
          operator: 'fulcio.example',
        },
      ],
      oidcUrls: [],
      rekorTlogUrls: [
        {
          url: 'https://rekor.example',
          majorApiVersion: 1,
          validFor: { start: '2020-01-01T00:00:00.000Z' },
          operator: 'rekor.example',
        },
      ],
      tsaUrls: [
        {
          url: 'https://tsa.example/api/v1/timestamp',
          majorApiVersion: 1,
          validFor: { start: '2020-01-01T00:00:00.000Z' },
          operator: 'tsa.example',
        },
      ],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    });
    expect((signingConfig(GITHUB_INSTANCE, new Date(0)) as { rekorTlogUrls: unknown[] }).rekorTlogUrls).toEqual([]);
    expect((signingConfig(PUBLIC_GOOD_INSTANCE, new Date(0)) as { tsaUrls: unknown[] }).tsaUrls).toEqual([]);
  });
});

describe('retry classification of recorded cosign errors', () => {
  it.each([
    ['fulcio-504', 'retryable', 'Fulcio', /504 Gateway Timeout/],
    ['tuf-cache-locked', 'retryable', 'Fulcio', /resource temporarily unavailable/],
    ['fulcio-401', 'permanent', 'Fulcio', /401 Unauthorized/],
    ['rekor-entry-404', 'permanent', 'Rekor', /\[404\] getLogEntryByUuidNotFound/],
    ['registry-denied', 'permanent', 'registry', /DENIED: denied/],
    ['rekor-409-lost-answer', 'retryable', 'Rekor', /\[409\] createLogEntryConflict/],
  ])('%s → %s (%s)', (name, kind, service, line) => {
    const failure = classifyCosignFailure(errors(name));
    expect(failure.kind).toBe(kind);
    expect(failure.service).toBe(service);
    expect(failure.line).toMatch(line);
  });

  it('a cosign crash (Go panic) is reported by its panic line, not by the last frame of the stack trace, and is not retried', () => {
    // Recorded from the real cosign 3.1.3 on this project's machines (a Rekor answer without ETag).
    const failure = classifyCosignFailure(errors('panic-rekor-no-etag'));
    expect(failure).toEqual({
      kind: 'permanent',
      service: 'Rekor',
      line: 'cosign crashed: panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0xd5b1d5] (in github.com/sigstore/rekor/pkg/tle.GenerateTransparencyLogEntry)',
    });
  });

  it('an unknown failure is permanent (no blind retries), and tokens in stderr are redacted', () => {
    const failure = classifyCosignFailure('Error: something odd with eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln\n');
    expect(failure).toEqual({ kind: 'permanent', line: 'Error: something odd with [token]' });
  });

  it('reads the log index cosign prints', () => {
    expect(tlogIndexFromStderr('Generating ephemeral keys...\ntlog entry created with index: 12345678\n')).toBe(
      '12345678',
    );
    expect(tlogIndexFromStderr('Wrote bundle to file /b.json')).toBeUndefined();
  });
});

describe('cosign environment is an allow-list', () => {
  it('keeps the base list, COSIGN_*, SIGSTORE_* and cloud SDK variables; nothing else of the job', () => {
    const env = cosignEnv(
      {
        PATH: '/usr/bin',
        COSIGN_EXPERIMENTAL: '1',
        SIGSTORE_REKOR_PUBLIC_KEY: '/k.pem',
        AWS_REGION: 'eu-west-1',
        ACTIONS_RUNTIME_TOKEN: 'runtime',
        GITHUB_TOKEN: 'ghs_env',
        'INPUT_GITHUB-TOKEN': 'ghs_input',
        NPM_TOKEN: 'npm',
      },
      { token: 'eyJ.t.s', tufRoot: '/tmp/tuf' },
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      COSIGN_EXPERIMENTAL: '1',
      SIGSTORE_REKOR_PUBLIC_KEY: '/k.pem',
      AWS_REGION: 'eu-west-1',
      SIGSTORE_ID_TOKEN: 'eyJ.t.s',
      TUF_ROOT: '/tmp/tuf',
    });
  });
});
