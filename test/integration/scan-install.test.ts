/**
 * (Scans here look for secrets only: the install path is the subject, and a
 * vulnerability scan would first fetch a DB; see scan-vulnerabilities.test.ts.)
 *
 * The built scan bundle installing Trivy the way it does on a runner:
 * download from a release server (a loopback mirror here, through
 * `tools-mirror`), SHA-256 check before extraction, tool cache, re-check on a
 * cache hit. The archive holds the Trivy stand-in, so a run that gets as far
 * as executing it is visible in its argv log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction } from '../support/action-harness.js';
import { ReleaseServer, buildTarGz, releasePath, sha256 } from '../unit/tool-installer/helpers.js';

const STAND_IN = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'trivy-stand-in.mjs'), 'utf8');
const REPORT = path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'npm.json.golden');
const server = new ReleaseServer();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-install-'));
const VERSION = '0.74.9';
const ASSET = `trivy_${VERSION}_Linux-64bit.tar.gz`;
const archive = buildTarGz(work, ASSET, { trivy: STAND_IN, 'contrib/html.tpl': 'template' });
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
            .map((l) => JSON.parse(l) as string[])
        : [],
  };
}

function lastError(run: { commands: { command: string; message: string }[] }): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

const describeLinuxX64 = process.platform === 'linux' && process.arch === 'x64' ? describe : describe.skip;

describeLinuxX64('scan installs Trivy from a mirror, verified', () => {
  const toolCache = fs.mkdtempSync(path.join(work, 'tool-cache-'));

  it('downloads, checks the digest, caches, puts it on PATH and runs it', async () => {
    server.reset();
    server.route(releasePath('aquasecurity/trivy', VERSION, ASSET, '/gh'), { kind: 'file', body: archive });
    const log = argvLog();
    const run = await runAction('scan', {
      toolCache,
      inputs: {
        scanners: 'secret',
        'trivy-version': VERSION,
        'trivy-sha256': digest,
        'tools-mirror': `${server.baseUrl}/gh`,
      },
      env: { STANDIN_REPORT: REPORT, STANDIN_ARGV_LOG: log.file },
    });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ total: '1', gate: 'pass' });
    expect(server.requests).toEqual([`/gh/aquasecurity/trivy/releases/download/v${VERSION}/${ASSET}`]);
    expect(log.runs().some((argv) => argv[0] === 'fs')).toBe(true);
    expect(fs.existsSync(path.join(toolCache, 'trivy', VERSION, 'x64', 'trivy'))).toBe(true);
    expect(run.pathFile).toContain(path.join(toolCache, 'trivy', VERSION, 'x64'));
  });

  it('uses the cache on the next run without any download, after re-hashing it', async () => {
    server.reset();
    const run = await runAction('scan', {
      toolCache,
      inputs: {
        scanners: 'secret',
        'trivy-version': VERSION,
        'trivy-sha256': digest,
        'tools-mirror': `${server.baseUrl}/gh`,
      },
      env: { STANDIN_REPORT: REPORT },
    });
    expect(run.outputs.gate).toBe('pass');
    expect(server.requests).toEqual([]);
  });

  it('reinstalls when the cached binary was tampered with', async () => {
    server.reset();
    server.route(releasePath('aquasecurity/trivy', VERSION, ASSET, '/gh'), { kind: 'file', body: archive });
    const cached = path.join(toolCache, 'trivy', VERSION, 'x64', 'trivy');
    fs.writeFileSync(cached, '#!/bin/sh\necho tampered\n');
    const run = await runAction('scan', {
      toolCache,
      inputs: {
        scanners: 'secret',
        'trivy-version': VERSION,
        'trivy-sha256': digest,
        'tools-mirror': `${server.baseUrl}/gh`,
      },
      env: { STANDIN_REPORT: REPORT },
    });
    expect(run.outputs.gate).toBe('pass');
    expect(server.requests).toHaveLength(1);
    expect(run.commands.some((c) => c.command === 'warning' && /trivy/i.test(c.message))).toBe(true);
    expect(fs.readFileSync(cached, 'utf8')).toBe(STAND_IN);
  });

  it('refuses an archive whose digest differs: nothing extracted, nothing run, gate=error', async () => {
    server.reset();
    server.route(releasePath('aquasecurity/trivy', VERSION, ASSET, '/gh'), { kind: 'file', body: archive });
    const log = argvLog();
    const run = await runAction('scan', {
      inputs: {
        scanners: 'secret',
        'trivy-version': VERSION,
        'trivy-sha256': 'a'.repeat(64),
        'tools-mirror': `${server.baseUrl}/gh`,
      },
      env: { STANDIN_REPORT: REPORT, STANDIN_ARGV_LOG: log.file },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('error');
    expect(lastError(run)).toMatch(/^Infrastructure failure \(not a finding\):.*SHA-256/s);
    expect(log.runs()).toEqual([]);
  });

  it('holds the pinned release to its committed digest: a look-alike archive is refused', async () => {
    server.reset();
    const pinnedAsset = 'trivy_0.75.0_Linux-64bit.tar.gz';
    server.route(releasePath('aquasecurity/trivy', '0.75.0', pinnedAsset), {
      kind: 'file',
      body: buildTarGz(work, pinnedAsset, { trivy: STAND_IN }),
    });
    const log = argvLog();
    const run = await runAction('scan', {
      inputs: { scanners: 'secret', 'tools-mirror': server.baseUrl },
      env: { STANDIN_REPORT: REPORT, STANDIN_ARGV_LOG: log.file },
    });
    expect(server.requests).toEqual([`/aquasecurity/trivy/releases/download/v0.75.0/${pinnedAsset}`]);
    expect(run.outputs.gate).toBe('error');
    expect(lastError(run)).toContain('c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f');
    expect(log.runs()).toEqual([]);
  });

  it('says which URL and asset were missing on a 404', async () => {
    server.reset();
    const run = await runAction('scan', {
      inputs: { scanners: 'secret', 'trivy-version': VERSION, 'trivy-sha256': digest, 'tools-mirror': server.baseUrl },
    });
    expect(run.outputs.gate).toBe('error');
    expect(lastError(run)).toContain(`${server.baseUrl}/aquasecurity/trivy/releases/download/v${VERSION}/${ASSET}`);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses an unpinned version without its digest, before any download', async () => {
    server.reset();
    const run = await runAction('scan', {
      inputs: { scanners: 'secret', 'trivy-version': VERSION, 'tools-mirror': server.baseUrl },
    });
    expect(run.outputs.gate).toBe('error');
    expect(lastError(run)).toMatch(/trivy-sha256|sha256/);
    expect(lastError(run)).not.toMatch(/^Infrastructure failure/);
    expect(server.requests).toEqual([]);
  });
});
