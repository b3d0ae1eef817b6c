import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseGrypeReport } from '@scs/findings';
import {
  buildGrypeArgs,
  grypeEnvironment,
  grypeSubject,
  isSeverityThresholdExit,
  type GrypeRunPlan,
} from '../../../actions/scan/src/grype-args.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OUT = '/tmp/out/grype-report.json';
const CFG = '/runner/_temp/scs-grype-run-x/empty-grype-config.yaml';

describe('buildGrypeArgs', () => {
  it.each<[string, GrypeRunPlan, string[]]>([
    [
      'image by tag: straight from the registry, no daemon',
      { target: { kind: 'image', image: 'ghcr.io/org/app:1.0' }, outputFile: OUT, configFiles: [CFG] },
      ['registry:ghcr.io/org/app:1.0', '-o', `json=${OUT}`],
    ],
    [
      'image by digest',
      { target: { kind: 'image', image: `ghcr.io/org/app@${DIGEST}` }, outputFile: OUT, configFiles: [CFG] },
      [`registry:ghcr.io/org/app@${DIGEST}`, '-o', `json=${OUT}`],
    ],
    [
      'one platform of an image index: grype --platform, an option value',
      {
        target: { kind: 'image', image: 'ghcr.io/org/app:1.0', platform: 'linux/arm64/v8' },
        outputFile: OUT,
        configFiles: ['/ws/grype.yaml'],
      },
      ['registry:ghcr.io/org/app:1.0', '-o', `json=${OUT}`, '-c', '/ws/grype.yaml', '--platform', 'linux/arm64/v8'],
    ],
    [
      'image from the local Docker daemon',
      { target: { kind: 'image', image: 'app:dev' }, outputFile: OUT, configFiles: [CFG], imageSource: 'docker' },
      ['docker:app:dev', '-o', `json=${OUT}`],
    ],
    [
      'workspace directory',
      { target: { kind: 'path', path: '/home/runner/work/r/r', relative: '' }, outputFile: OUT, configFiles: [CFG] },
      ['dir:/home/runner/work/r/r', '-o', `json=${OUT}`],
    ],
    [
      'subdirectory with spaces (one argv element, no shell)',
      { target: { kind: 'path', path: '/ws/my app', relative: 'my app' }, outputFile: OUT, configFiles: [CFG] },
      ['dir:/ws/my app', '-o', `json=${OUT}`],
    ],
    [
      'single file',
      {
        target: { kind: 'path', path: '/ws/lib/app.jar', relative: 'lib/app.jar' },
        outputFile: OUT,
        configFiles: [CFG],
        pathIsFile: true,
      },
      ['file:/ws/lib/app.jar', '-o', `json=${OUT}`],
    ],
    [
      'SBOM',
      { target: { kind: 'sbom', sbom: '/ws/bom.cdx.json' }, outputFile: OUT, configFiles: [CFG] },
      ['sbom:/ws/bom.cdx.json', '-o', `json=${OUT}`],
    ],
    [
      'with a .grype.yaml (ignore rules)',
      { target: { kind: 'path', path: '/ws', relative: '' }, outputFile: OUT, configFiles: ['/ws/.grype.yaml'] },
      ['dir:/ws', '-o', `json=${OUT}`, '-c', '/ws/.grype.yaml'],
    ],
    [
      'a config path that looks like a flag',
      { target: { kind: 'path', path: '/ws', relative: '' }, outputFile: OUT, configFiles: ['-grype.yaml'] },
      ['dir:/ws', '-o', `json=${OUT}`, '-c', './-grype.yaml'],
    ],
    [
      'a subject that looks like a flag stays a subject',
      { target: { kind: 'path', path: '--help', relative: '--help' }, outputFile: OUT, configFiles: [CFG] },
      ['dir:--help', '-o', `json=${OUT}`],
    ],
  ])('%s', (_name, plan, expected) => {
    const withConfig = plan.configFiles.includes(CFG) ? [...expected, '-c', CFG] : expected;
    expect(buildGrypeArgs(plan)).toEqual(withConfig);
  });

  it('never asks Grype to gate, filter, apply VEX or pick formats', () => {
    const args = buildGrypeArgs({
      target: { kind: 'image', image: 'alpine:3.19' },
      outputFile: OUT,
      configFiles: ['/c.yaml'],
    }).join(' ');
    for (const flag of [
      '--fail-on',
      '-f ',
      '--only-fixed',
      '--only-notfixed',
      '--vex',
      '--by-cve',
      'sarif',
      'table',
      '--add-cpes-if-none',
    ]) {
      expect(args).not.toContain(flag);
    }
    expect(grypeSubject({ kind: 'sbom', sbom: '/b.json' })).toBe('sbom:/b.json');
  });
});

describe('grypeEnvironment', () => {
  const base = { PATH: '/usr/bin', HOME: '/home/runner' };
  const cache = '/runner/_temp/grype-db';

  it('scans offline with the prepared DB: no update, no age check, no app update check', () => {
    expect(grypeEnvironment(base, { dbCacheDir: cache })).toEqual({
      ...base,
      GRYPE_DB_AUTO_UPDATE: 'false',
      GRYPE_DB_CACHE_DIR: cache,
      GRYPE_DB_VALIDATE_AGE: 'false',
      GRYPE_CHECK_FOR_APP_UPDATE: 'false',
    });
  });

  it('overrides the user environment where it would break the contract, and does not mutate it', () => {
    const user = {
      ...base,
      GRYPE_DB_AUTO_UPDATE: 'true',
      GRYPE_DB_CACHE_DIR: '/elsewhere',
      GRYPE_FAIL_ON_SEVERITY: 'high',
      GRYPE_LOG_LEVEL: 'debug',
    };
    const env = grypeEnvironment(user, { dbCacheDir: cache });
    expect(env.GRYPE_DB_AUTO_UPDATE).toBe('false');
    expect(env.GRYPE_DB_CACHE_DIR).toBe(cache);
    expect(env.GRYPE_FAIL_ON_SEVERITY).toBeUndefined();
    expect(env.GRYPE_LOG_LEVEL).toBe('debug');
    expect(user.GRYPE_FAIL_ON_SEVERITY).toBe('high');
  });

  const auth = (env: NodeJS.ProcessEnv) => [
    env.GRYPE_REGISTRY_AUTH_AUTHORITY,
    env.GRYPE_REGISTRY_AUTH_USERNAME,
    env.GRYPE_REGISTRY_AUTH_PASSWORD,
  ];
  it.each<
    [string, NodeJS.ProcessEnv, { githubToken?: string; actor?: string; image?: string }, (string | undefined)[]]
  >([
    [
      'ghcr.io image: the workflow token, scoped to ghcr.io',
      {},
      { image: 'ghcr.io/org/app:1', githubToken: 'ghs_x', actor: 'octocat' },
      ['ghcr.io', 'octocat', 'ghs_x'],
    ],
    [
      'GHCR.IO in capitals',
      {},
      { image: 'GHCR.IO/org/app:1', githubToken: 'ghs_x', actor: 'octocat' },
      ['ghcr.io', 'octocat', 'ghs_x'],
    ],
    [
      'another registry: nothing',
      {},
      { image: 'docker.io/library/alpine:3', githubToken: 'ghs_x', actor: 'octocat' },
      [undefined, undefined, undefined],
    ],
    [
      'a repository named ghcr.io on Docker Hub: nothing',
      {},
      { image: 'ghcr.io', githubToken: 'ghs_x', actor: 'octocat' },
      [undefined, undefined, undefined],
    ],
    ['no token', {}, { image: 'ghcr.io/org/app:1', actor: 'octocat' }, [undefined, undefined, undefined]],
    ['no actor', {}, { image: 'ghcr.io/org/app:1', githubToken: 'ghs_x' }, [undefined, undefined, undefined]],
    ['not an image scan', {}, { githubToken: 'ghs_x', actor: 'octocat' }, [undefined, undefined, undefined]],
    [
      'credentials already configured: left alone',
      { GRYPE_REGISTRY_AUTH_USERNAME: 'me', GRYPE_REGISTRY_AUTH_PASSWORD: 'pat' },
      { image: 'ghcr.io/org/app:1', githubToken: 'ghs_x', actor: 'octocat' },
      [undefined, 'me', 'pat'],
    ],
    [
      'a token already configured: left alone',
      { GRYPE_REGISTRY_AUTH_AUTHORITY: 'ghcr.io', GRYPE_REGISTRY_AUTH_TOKEN: 'tok' },
      { image: 'ghcr.io/org/app:1', githubToken: 'ghs_x', actor: 'octocat' },
      ['ghcr.io', undefined, undefined],
    ],
  ])('%s', (_name, extra, options, expected) => {
    expect(auth(grypeEnvironment({ ...base, ...extra }, { dbCacheDir: cache, ...options }))).toEqual(expected);
  });

  it('recognizes the exit of a fail-on-severity from a config file', () => {
    expect(
      isSeverityThresholdExit(
        1,
        '1 error occurred:\n\t* discovered vulnerabilities at or above the severity threshold\n',
      ),
    ).toBe(true);
    expect(isSeverityThresholdExit(1, 'failed to load vulnerability db')).toBe(false);
    expect(isSeverityThresholdExit(2, 'discovered vulnerabilities at or above the severity threshold')).toBe(false);
    expect(isSeverityThresholdExit(null, '')).toBe(false);
  });
});

describe('grype stand-in (test/fixtures/bin/grype-stand-in.mjs)', () => {
  const standIn = path.resolve('test/fixtures/bin/grype-stand-in.mjs');
  const report = path.resolve('test/fixtures/grype/keycloak-test.json');
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grype-stand-in-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [standIn, ...args], {
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('prints versions the way grype does', () => {
    expect(execFileSync(process.execPath, [standIn, '--version'], { encoding: 'utf8' })).toBe('grype 0.120.1\n');
    const long = execFileSync(process.execPath, [standIn, 'version'], { encoding: 'utf8' });
    expect(long).toMatch(/^Application:\s+grype\nVersion:\s+0\.120\.1\n/);
    expect(long).toMatch(/^Supported DB Schema:\s+6$/m);
  });

  it('replays the recorded report to -o json=FILE with the environment grypeEnvironment builds, and logs argv and env', () => {
    const out = path.join(dir, 'report.json');
    const argvLog = path.join(dir, 'argv.log');
    const envLog = path.join(dir, 'env.log');
    const args = buildGrypeArgs({
      target: { kind: 'image', image: 'ghcr.io/org/app:1' },
      outputFile: out,
      configFiles: [CFG],
    });
    const env = grypeEnvironment(
      {
        GRYPE_STANDIN_REPORT: report,
        GRYPE_STANDIN_ARGV_LOG: argvLog,
        GRYPE_STANDIN_ENV_LOG: envLog,
        'INPUT_GITHUB-TOKEN': 'ghs_secret',
        ACTIONS_RUNTIME_TOKEN: 'rt',
      },
      { dbCacheDir: path.join(dir, 'db'), image: 'ghcr.io/org/app:1', githubToken: 'ghs_secret', actor: 'octocat' },
    );
    const result = run(args, env);
    expect(result.status).toBe(0);
    expect(parseGrypeReport(fs.readFileSync(out)).findings).toHaveLength(6);
    expect(JSON.parse(fs.readFileSync(argvLog, 'utf8'))).toEqual(args);
    const logged = JSON.parse(fs.readFileSync(envLog, 'utf8'));
    expect(logged).toMatchObject({
      GRYPE_DB_AUTO_UPDATE: 'false',
      GRYPE_REGISTRY_AUTH_AUTHORITY: 'ghcr.io',
      GRYPE_REGISTRY_AUTH_PASSWORD: '***',
    });
    expect(fs.readFileSync(envLog, 'utf8')).not.toContain('ghs_secret');
  });

  it('fails like an offline grype when the DB would be updated; honors STANDIN_EXIT and STANDIN_STDERR', () => {
    const out = path.join(dir, 'never.json');
    const offline = run(['dir:/ws', '-o', `json=${out}`], { GRYPE_STANDIN_REPORT: report });
    expect(offline.status).toBe(1);
    expect(offline.stderr).toContain('failed to load vulnerability db');
    expect(fs.existsSync(out)).toBe(false);

    const crashed = run(['dir:/ws', '-o', `json=${out}`], {
      GRYPE_DB_AUTO_UPDATE: 'false',
      STANDIN_EXIT: '2',
      STANDIN_STDERR: 'boom\n',
    });
    expect(crashed.status).toBe(2);
    expect(crashed.stderr).toBe('boom\n');
  });
});
