/**
 * The built sbom bundle with Syft at the process boundary: the Syft
 * stand-in (test/fixtures/bin/syft-stand-in.mjs) replays real Syft outputs
 * and records its argv. Also what only a run of the bundle shows: the
 * artifact upload through the lazily loaded @actions/artifact chunk against a
 * loopback artifact service, the dependency snapshot against a loopback API,
 * and bad inputs failing before anything runs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSbom } from '@scs/sbom';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { ArtifactService } from '../unit/sbom/support/artifact-service.js';
import { validateSbomFile } from '../unit/sbom/support/sbom-schemas.js';

const SYFT = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'syft-stand-in.mjs');
const PROJECTS = path.join(REPO_ROOT, 'test', 'fixtures', 'projects');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-syft-'));

interface ArgvLog {
  file: string;
  runs: () => { argv: string[]; env: Record<string, string> }[];
}
function argvLog(): ArgvLog {
  const file = path.join(fs.mkdtempSync(path.join(work, 'argv-')), 'argv.jsonl');
  return {
    file,
    runs: () =>
      fs.existsSync(file)
        ? fs
            .readFileSync(file, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as { argv: string[]; env: Record<string, string> })
        : [],
  };
}

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

function warnings(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
}

const files = (run: ActionRun) => JSON.parse(run.outputs['sbom-files']!) as string[];

describe('sbom with Syft (stand-in) from dist/', () => {
  it('a directory, three formats from one Syft run; CycloneDX and SPDX validate', async () => {
    const log = argvLog();
    const workspace = workspaceFrom(PROJECTS);
    const run = await runAction('sbom', {
      workspace,
      inputs: {
        'syft-path': SYFT,
        path: 'npm-app',
        format: 'cyclonedx-json,spdx-json,syft-json',
        'upload-artifact': 'false',
      },
      env: { STANDIN_ARGV_LOG: log.file },
    });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    const out = path.join(run.runnerTemp, 'supply-chain-sbom');
    // --version (probe of the bring-your-own binary), then one scan.
    expect(log.runs().map((r) => r.argv)).toEqual([
      ['--version'],
      // Syft runs with an explicit (empty) config and writes into its private run directory in
      // RUNNER_TEMP; the action then moves the files to output-dir.
      [
        'scan',
        '-c',
        expect.stringMatching(new RegExp(`^${run.runnerTemp}/scs-syft-run-[^/]+/empty-syft-config\\.yaml$`)),
        '-o',
        expect.stringMatching(new RegExp(`^cyclonedx-json=${run.runnerTemp}/scs-syft-run-[^/]+/sbom-0\\.json$`)),
        '-o',
        expect.stringMatching(new RegExp(`^spdx-json@2\\.3=${run.runnerTemp}/scs-syft-run-[^/]+/sbom-1\\.json$`)),
        '-o',
        expect.stringMatching(new RegExp(`^syft-json=${run.runnerTemp}/scs-syft-run-[^/]+/sbom-2\\.json$`)),
        '--',
        `dir:${path.join(workspace, 'npm-app')}`,
      ],
    ]);
    expect(log.runs()[1]!.env.SYFT_CHECK_FOR_APP_UPDATE).toBe('false');
    expect(files(run)).toEqual([`${out}/npm-app.cdx.json`, `${out}/npm-app.spdx.json`, `${out}/npm-app.syft.json`]);
    expect(await validateSbomFile(files(run)[0]!, 'cyclonedx-json')).toEqual([]);
    expect(await validateSbomFile(files(run)[1]!, 'spdx-json')).toEqual([]);
    expect(run.outputs['component-count']).toBe('1');
    expect(run.summary).toContain('| Generator | Syft <code>1.54.1</code> |');
  });

  it('an image: the redacted snapshot digest is reported missing; the SPDX document has one', async () => {
    const log = argvLog();
    const run = await runAction('sbom', {
      inputs: {
        'syft-path': SYFT,
        image: 'ghcr.io/octo-org/app:1.0',
        format: 'cyclonedx-json,spdx-json',
        'upload-artifact': 'false',
      },
      env: { STANDIN_ARGV_LOG: log.file },
    });
    expect(lastError(run)).toBe('');
    expect(log.runs()[1]!.argv.slice(-2)).toEqual(['--', 'ghcr.io/octo-org/app:1.0']);
    // The workflow token is offered for ghcr.io, as the actor, and masked in the log.
    expect(log.runs()[1]!.env).toMatchObject({
      SYFT_REGISTRY_AUTH_AUTHORITY: 'ghcr.io',
      SYFT_REGISTRY_AUTH_USERNAME: 'octocat',
    });
    for (const [i, format] of ['cyclonedx-json', 'spdx-json'].entries())
      expect(await validateSbomFile(files(run)[i]!, format)).toEqual([]);
    // Statistics and the digest: the CycloneDX image snapshot has its digest redacted, the SPDX one does not.
    expect(run.summary).toContain(
      '| Image digest | <code>sha256:2731251dc34951c0e50fcc643b4c5f74922dad1a5d98f302b504cf46cd5d9368</code> |',
    );
    expect(parseSbom(fs.readFileSync(files(run)[0]!)).subject.digest).toBeUndefined();
  });

  it('a docker-archive gets the docker-archive: scheme from its tar headers', async () => {
    const log = argvLog();
    const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
    const { execFileSync } = await import('node:child_process');
    fs.mkdirSync(path.join(workspace, 'img'));
    fs.writeFileSync(path.join(workspace, 'img', 'manifest.json'), '[]');
    execFileSync('tar', ['-cf', path.join(workspace, 'app.tar'), '-C', path.join(workspace, 'img'), 'manifest.json']);
    const run = await runAction('sbom', {
      workspace,
      inputs: { 'syft-path': SYFT, file: 'app.tar', format: 'syft-json', 'upload-artifact': 'false' },
      env: { STANDIN_ARGV_LOG: log.file },
    });
    expect(lastError(run)).toBe('');
    expect(log.runs()[1]!.argv.slice(-2)).toEqual(['--', `docker-archive:${path.join(workspace, 'app.tar')}`]);
    expect(run.outputs['component-count']).toBe('14');
    expect(run.summary).toContain('| GPL-2.0-only | 5 |');
  });

  it.each<[string, Record<string, string>, string]>([
    ['a missing path', { path: 'no-such-dir' }, "Input `path`: 'no-such-dir' does not exist"],
    [
      'an unknown format',
      { format: 'cyclonedx-xml' },
      "Input `format` accepts cyclonedx-json, spdx-json, syft-json; got 'cyclonedx-xml'.",
    ],
    [
      'two targets',
      { image: 'alpine:3.20', path: 'npm-app' },
      'Inputs `image` and `path` cannot be used together; set exactly one.',
    ],
    [
      'syft-json from Trivy',
      { generator: 'trivy', format: 'syft-json' },
      'Input `format`: syft-json can only be produced by the syft generator',
    ],
  ])('%s fails before anything runs, naming the input', async (_label, inputs, message) => {
    const log = argvLog();
    const run = await runAction('sbom', {
      workspace: workspaceFrom(PROJECTS),
      inputs: { ...(inputs.generator ? {} : { 'syft-path': SYFT }), ...inputs },
      env: { STANDIN_ARGV_LOG: log.file },
    });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toContain(message);
    expect(lastError(run)).not.toMatch(/Infrastructure failure|Unexpected error/);
    expect(log.runs()).toEqual([]);
    expect(run.outputs).toEqual({});
  });
});

describe('artifact upload from dist/ (the lazily loaded @actions/artifact chunk)', () => {
  const service = new ArtifactService();
  beforeAll(() => service.start());
  afterAll(() => service.stop());

  it('uploads under a name unique per job and matrix leg; a second leg does not collide; a rerun of one is a clear 409', async () => {
    const run = (matrix: string) =>
      runAction('sbom', {
        workspace: workspaceFrom(PROJECTS),
        inputs: { 'syft-path': SYFT, path: 'npm-app', format: 'cyclonedx-json,spdx-json', matrix },
        env: service.runnerEnv(),
      });
    const linux = await run('{"os": "linux", "arch": "x64"}');
    const arm = await run('{"os": "linux", "arch": "arm64"}');
    for (const leg of [linux, arm]) {
      expect(lastError(leg)).toBe('');
      expect(warnings(leg)).toEqual([]);
    }
    expect(service.created.map((a) => a.name)).toEqual([
      expect.stringMatching(/^sbom-npm-app-scan-x64-linux-[0-9a-f]{8}$/),
      expect.stringMatching(/^sbom-npm-app-scan-arm64-linux-[0-9a-f]{8}$/),
    ]);
    expect(linux.outputs['artifact-id']).toBe('4242');
    expect(arm.outputs['artifact-id']).toBe('4243');
    const name = service.created[0]!.name;
    expect(Object.keys(service.zipEntries(name)).sort()).toEqual(['npm-app.cdx.json', 'npm-app.spdx.json']);
    expect(service.zipEntries(name)['npm-app.cdx.json']!.equals(fs.readFileSync(files(linux)[0]!))).toBe(true);
    expect(linux.summary).toContain(
      `**Artifact:** [<code>${name}</code>](https://github.com/octo-org/app/actions/runs/42/artifacts/4242) (ID 4242)`,
    );

    const again = await run('{"os": "linux", "arch": "x64"}');
    expect(again.exitCode).toBe(1);
    expect(lastError(again)).toMatch(new RegExp(`^An artifact named '${name}' already exists in this workflow run`));
    expect(again.outputs['sbom-file']).toBeDefined();
  });
});

describe('dependency snapshot from dist/ (loopback API)', () => {
  let server: Server;
  const received: { url: string; auth: string; body: Record<string, unknown> }[] = [];
  let status = 201;
  let apiUrl = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          url: `${req.method} ${req.url}`,
          auth: req.headers.authorization ?? '',
          body: JSON.parse(Buffer.concat(chunks).toString() || '{}'),
        });
        const body =
          status === 201
            ? { id: 555, result: 'SUCCESS', message: 'ok' }
            : { message: 'Resource not accessible by integration' };
        res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('submits the snapshot with the workflow token', async () => {
    received.length = 0;
    status = 201;
    const run = await runAction('sbom', {
      workspace: workspaceFrom(PROJECTS),
      inputs: { 'syft-path': SYFT, path: 'npm-app', 'dependency-snapshot': 'true', 'upload-artifact': 'false' },
      env: { GITHUB_API_URL: apiUrl },
    });
    expect(lastError(run)).toBe('');
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('POST /api/repos/octo-org/app/dependency-graph/snapshots');
    expect(received[0]!.auth).toBe('Bearer ghs_FakeTokenForTests0123456789abcdefABCD');
    expect(received[0]!.body).toMatchObject({
      version: 0,
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      detector: { name: 'syft', version: '1.54.1', url: 'https://github.com/anchore/syft' },
      job: { correlator: 'ci_scan_npm-app', id: '42' },
      manifests: {
        'npm-app/go.mod': {
          name: 'npm-app/go.mod',
          file: { source_location: 'npm-app/go.mod' },
          resolved: {
            'pkg:golang/github.com/wagoodman/go-partybus@v0.0.0-20230516145632-8ccac152c651': {
              package_url: 'pkg:golang/github.com/wagoodman/go-partybus@v0.0.0-20230516145632-8ccac152c651',
              dependencies: [],
            },
          },
        },
      },
    });
    expect(run.summary).toContain('**Dependency snapshot:** submitted, ID 555 (SUCCESS), 1 manifest(s)');
  });

  it('a 403 on a pull request from a fork is a warning and the step passes', async () => {
    received.length = 0;
    status = 403;
    const run = await runAction('sbom', {
      workspace: workspaceFrom(PROJECTS),
      event: 'fork_pull_request',
      inputs: { 'syft-path': SYFT, path: 'npm-app', 'dependency-snapshot': 'true', 'upload-artifact': 'false' },
      env: { GITHUB_API_URL: apiUrl },
    });
    expect(run.exitCode).toBe(0);
    expect(received[0]!.body.sha).toBe('b'.repeat(40));
    expect(warnings(run)).toEqual([
      'The dependency snapshot was not submitted: the token of a pull request from a fork cannot write to the dependency graph (HTTP 403: Resource not accessible by integration).',
    ]);
  });
});
