/**
 * The built sbom bundle installing Syft the way it does on a runner: from a
 * release server (a loopback mirror, through `tools-mirror`), SHA-256 checked
 * before extraction, into the tool cache. The archive holds the Syft
 * stand-in, so a run that gets as far as executing it shows in its argv log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { ReleaseServer, buildTarGz, releasePath, sha256 } from '../unit/tool-installer/helpers.js';
import { validateSbomFile } from '../unit/sbom/support/sbom-schemas.js';

const STAND_IN = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'syft-stand-in.mjs'), 'utf8');
const FIXTURE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'syft');
const PROJECTS = path.join(REPO_ROOT, 'test', 'fixtures', 'projects');
const server = new ReleaseServer();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-install-'));
const VERSION = '1.50.0';
const ASSET = `syft_${VERSION}_linux_amd64.tar.gz`;
const archive = buildTarGz(work, ASSET, { syft: STAND_IN, LICENSE: 'Apache-2.0', 'README.md': 'syft' });
const digest = sha256(archive);

beforeAll(() => server.start());
afterAll(() => server.stop());

function argvLog(): { file: string; runs: () => string[][] } {
  const file = path.join(fs.mkdtempSync(path.join(work, 'argv-')), 'argv.jsonl');
  return {
    file,
    runs: () =>
      fs.existsSync(file)
        ? fs
            .readFileSync(file, 'utf8')
            .trim()
            .split('\n')
            .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
        : [],
  };
}

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

const describeLinuxX64 = process.platform === 'linux' && process.arch === 'x64' ? describe : describe.skip;

describeLinuxX64('sbom installs Syft from a mirror, verified', () => {
  const toolCache = fs.mkdtempSync(path.join(work, 'tool-cache-'));

  it('downloads the pinned-by-input version, checks its digest, caches it and runs it', async () => {
    server.reset();
    server.route(releasePath('anchore/syft', VERSION, ASSET, '/gh'), { kind: 'file', body: archive });
    const log = argvLog();
    const run = await runAction('sbom', {
      toolCache,
      workspace: workspaceFrom(PROJECTS),
      inputs: {
        'syft-version': `v${VERSION}`,
        'syft-sha256': digest,
        'tools-mirror': `${server.baseUrl}/gh`,
        path: 'npm-app',
        format: 'spdx-json',
        'upload-artifact': 'false',
      },
      env: { STANDIN_ARGV_LOG: log.file, STANDIN_FIXTURE_DIR: FIXTURE_DIR, STANDIN_VERSION: VERSION },
    });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(server.requests).toEqual([`/gh/anchore/syft/releases/download/v${VERSION}/${ASSET}`]);
    expect(log.runs().map((argv) => argv[0])).toEqual(['scan']);
    const cached = path.join(toolCache, 'syft', VERSION, 'x64', 'syft');
    expect(fs.readFileSync(cached, 'utf8')).toBe(STAND_IN);
    expect(run.pathFile).toContain(path.dirname(cached));
    expect(await validateSbomFile(run.outputs['sbom-file']!, 'spdx-json')).toEqual([]);
    expect(run.summary).toContain(`| Generator | Syft <code>${VERSION}</code> |`);
  });

  it('uses the cache on the next run without any download', async () => {
    server.reset();
    const run = await runAction('sbom', {
      toolCache,
      workspace: workspaceFrom(PROJECTS),
      inputs: {
        'syft-version': VERSION,
        'syft-sha256': digest,
        'tools-mirror': `${server.baseUrl}/gh`,
        path: 'npm-app',
        'upload-artifact': 'false',
      },
      env: { STANDIN_FIXTURE_DIR: FIXTURE_DIR },
    });
    expect(lastError(run)).toBe('');
    expect(server.requests).toEqual([]);
  });

  it('refuses an archive whose digest differs: nothing extracted, nothing run', async () => {
    server.reset();
    server.route(releasePath('anchore/syft', VERSION, ASSET), { kind: 'file', body: archive });
    const log = argvLog();
    const run = await runAction('sbom', {
      inputs: {
        'syft-version': VERSION,
        'syft-sha256': 'a'.repeat(64),
        'tools-mirror': server.baseUrl,
        'upload-artifact': 'false',
      },
      env: { STANDIN_ARGV_LOG: log.file, STANDIN_FIXTURE_DIR: FIXTURE_DIR },
    });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(/^Infrastructure failure \(not a finding\):.*SHA-256/s);
    expect(log.runs()).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it('holds the default release to its committed digest: a look-alike archive is refused', async () => {
    server.reset();
    const pinnedAsset = 'syft_1.54.1_linux_amd64.tar.gz';
    server.route(releasePath('anchore/syft', '1.54.1', pinnedAsset), {
      kind: 'file',
      body: buildTarGz(work, pinnedAsset, { syft: STAND_IN }),
    });
    const log = argvLog();
    const run = await runAction('sbom', {
      inputs: { 'tools-mirror': server.baseUrl, 'upload-artifact': 'false' },
      env: { STANDIN_ARGV_LOG: log.file, STANDIN_FIXTURE_DIR: FIXTURE_DIR },
    });
    expect(server.requests).toEqual([`/anchore/syft/releases/download/v1.54.1/${pinnedAsset}`]);
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toContain('c069905b391cc4c20a5ba65ad5c10be2a7ba074f8ea6ad203e24d14e303dad47');
    expect(log.runs()).toEqual([]);
  });

  it('refuses an unpinned version without its digest, before any download, naming the input', async () => {
    server.reset();
    const run = await runAction('sbom', {
      inputs: { 'syft-version': VERSION, 'tools-mirror': server.baseUrl, 'upload-artifact': 'false' },
    });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(/sha256/);
    expect(lastError(run)).not.toMatch(/^Infrastructure failure/);
    expect(server.requests).toEqual([]);
  });
});
