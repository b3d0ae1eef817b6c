import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { InfrastructureError } from '@scs/action-kit';
import {
  CosignInstaller,
  GrypeInstaller,
  INSTALL_RECORD_FILE,
  TrivyInstaller,
  type InstallRecord,
} from '@scs/tool-installer';
import {
  SpyExtractor,
  buildTarGz,
  buildZip,
  fakeToolScript,
  hasZip,
  listFiles,
  releasePath,
  sha256,
  testManifest,
  useSandbox,
} from './helpers.js';

const TRIVY_FILE = 'trivy_0.75.0_Linux-64bit.tar.gz';
const TRIVY_PATH = releasePath('aquasecurity/trivy', '0.75.0', TRIVY_FILE);

describe('downloading a pinned tool from a release server', () => {
  const sb = useSandbox();

  /** A Trivy release asset: an executable `trivy` script that records every run in the marker file. */
  function trivyArchive(version = '0.75.0', file = TRIVY_FILE): Buffer {
    return buildTarGz(sb.root, file, {
      trivy: fakeToolScript(sb.marker, `Version: ${version}`),
      'contrib/sarif.tpl': '{{ . }}',
    });
  }

  function trivyWithDigest(digest: string, extra: Parameters<typeof sb.deps>[0] = {}): TrivyInstaller {
    const manifest = testManifest({ trivy: ['0.75.0', { 'linux-x64': { file: TRIVY_FILE, sha256: digest } }] });
    return new TrivyInstaller(sb.deps({ manifest, ...extra }));
  }

  it('installs a verified archive into the tool cache, records its digests and puts it on PATH', async () => {
    const archive = trivyArchive();
    sb.server.route(TRIVY_PATH, { kind: 'file', body: archive });
    const installer = trivyWithDigest(sha256(archive));

    const tool = await installer.install({ mirror: sb.server.baseUrl });

    const dir = path.join(sb.toolCache, 'trivy', '0.75.0', 'x64');
    expect(tool).toEqual({
      name: 'trivy',
      version: '0.75.0',
      binary: path.join(dir, 'trivy'),
      source: 'download',
      sha256: sha256(archive),
      url: `${sb.server.baseUrl}${TRIVY_PATH}`,
    });
    expect(sb.server.requests).toEqual([TRIVY_PATH]);
    expect(existsSync(`${dir}.complete`)).toBe(true);
    expect(statSync(tool.binary).mode & 0o111).not.toBe(0);
    expect(existsSync(path.join(dir, 'contrib', 'sarif.tpl'))).toBe(true);
    const record = JSON.parse(readFileSync(path.join(dir, INSTALL_RECORD_FILE), 'utf8')) as InstallRecord;
    expect(record).toEqual({
      tool: 'trivy',
      version: '0.75.0',
      asset: TRIVY_FILE,
      assetSha256: sha256(archive),
      binary: 'trivy',
      binarySha256: sha256(readFileSync(tool.binary)),
    });
    expect(sb.addedPaths).toEqual([dir]);
    // the installer itself never ran the binary; the download and staging area are gone
    expect(existsSync(sb.marker)).toBe(false);
    expect(listFiles(sb.temp)).toEqual([]);
  });

  it('adds the cache directory to PATH with the default @actions/core addPath', async () => {
    const archive = trivyArchive();
    sb.server.route(TRIVY_PATH, { kind: 'file', body: archive });
    const githubPath = path.join(sb.root, 'github_path');
    writeFileSync(githubPath, '');
    process.env['GITHUB_PATH'] = githubPath;
    const manifest = testManifest({
      trivy: ['0.75.0', { 'linux-x64': { file: TRIVY_FILE, sha256: sha256(archive) } }],
    });
    const deps = sb.deps({ manifest });
    delete deps.addPath; // use the default, @actions/core's

    const tool = await new TrivyInstaller(deps).install({ mirror: sb.server.baseUrl });

    expect(readFileSync(githubPath, 'utf8').trim()).toBe(path.dirname(tool.binary));
    const output = execFileSync('trivy', ['--version'], { env: process.env, encoding: 'utf8' });
    expect(output.trim()).toBe('Version: 0.75.0');
    expect(readFileSync(sb.marker, 'utf8')).toBe('ran --version\n');
  });

  it('refuses an asset whose SHA-256 differs from the pin: nothing extracted, nothing run, download deleted', async () => {
    const archive = trivyArchive();
    sb.server.route(TRIVY_PATH, { kind: 'file', body: archive });
    const pinned = sha256('a different release asset');
    const extractor = new SpyExtractor();
    const installer = trivyWithDigest(pinned, { extractor });

    const error = await installer.install({ mirror: sb.server.baseUrl }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InfrastructureError);
    const message = (error as Error).message;
    expect(message).toContain(`expected ${pinned}`);
    expect(message).toContain(`got ${sha256(archive)}`);
    expect(message).toContain(TRIVY_FILE);
    expect(message).toContain(`${sb.server.baseUrl}${TRIVY_PATH}`);
    expect(extractor.calls).toEqual([]);
    expect(listFiles(sb.temp)).toEqual([]);
    expect(listFiles(sb.toolCache)).toEqual([]);
    expect(sb.addedPaths).toEqual([]);
    expect(existsSync(sb.marker)).toBe(false);
  });

  it('turns a connection dropped mid-body (Content-Length lie) into a clean InfrastructureError after retrying', async () => {
    const archive = trivyArchive();
    sb.server.route(TRIVY_PATH, { kind: 'truncate', body: archive, sent: Math.floor(archive.length / 2) });
    const extractor = new SpyExtractor();

    const error = await trivyWithDigest(sha256(archive), { extractor })
      .install({ mirror: sb.server.baseUrl })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toContain(`${sb.server.baseUrl}${TRIVY_PATH}`);
    expect((error as Error).message).toContain(TRIVY_FILE);
    expect(sb.server.requests).toHaveLength(3); // tool-cache's three attempts
    expect(extractor.calls).toEqual([]);
    expect(listFiles(sb.temp)).toEqual([]);
    expect(listFiles(sb.toolCache)).toEqual([]);
  });

  it('rejects a short body served with a matching Content-Length through the digest check', async () => {
    const archive = trivyArchive();
    const half = archive.subarray(0, Math.floor(archive.length / 2));
    sb.server.route(TRIVY_PATH, { kind: 'file', body: half });
    const extractor = new SpyExtractor();

    const error = await trivyWithDigest(sha256(archive), { extractor })
      .install({ mirror: sb.server.baseUrl })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toContain(`got ${sha256(half)}`);
    expect((error as Error).message).toContain('Check that the mirror serves the original release asset');
    expect(extractor.calls).toEqual([]);
    expect(listFiles(sb.temp)).toEqual([]);
  });

  it('retries a 5xx answer and then installs', async () => {
    const archive = trivyArchive();
    sb.server.route(TRIVY_PATH, { kind: 'status', status: 503 }, { kind: 'file', body: archive });

    const tool = await trivyWithDigest(sha256(archive)).install({ mirror: sb.server.baseUrl });

    expect(tool.source).toBe('download');
    expect(sb.server.requests).toEqual([TRIVY_PATH, TRIVY_PATH]);
  });

  it('reports a persistent 5xx with its status after the retries', async () => {
    sb.server.route(TRIVY_PATH, { kind: 'status', status: 502 });

    const error = await trivyWithDigest(sha256('x'))
      .install({ mirror: sb.server.baseUrl })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toContain('HTTP 502 (after retries)');
    expect(sb.server.requests).toHaveLength(3);
  });

  it('fails a 404 at once with the URL and the asset named', async () => {
    const error = await trivyWithDigest(sha256('x'))
      .install({ mirror: sb.server.baseUrl })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InfrastructureError);
    const message = (error as Error).message;
    expect(message).toContain('HTTP 404');
    expect(message).toContain(`${sb.server.baseUrl}${TRIVY_PATH}`);
    expect(message).toContain(TRIVY_FILE);
    expect(message).toContain('the mirror carries it');
    expect(sb.server.requests).toEqual([TRIVY_PATH]);
    expect(listFiles(sb.temp)).toEqual([]);
  });

  it('keeps the mirror path prefix and replaces only https://github.com', async () => {
    const archive = trivyArchive();
    const mirrored = releasePath('aquasecurity/trivy', '0.75.0', TRIVY_FILE, '/gh-mirror/releases-proxy');
    sb.server.route(mirrored, { kind: 'file', body: archive });

    const tool = await trivyWithDigest(sha256(archive)).install({
      mirror: `${sb.server.baseUrl}/gh-mirror/releases-proxy/`,
    });

    expect(tool.url).toBe(`${sb.server.baseUrl}${mirrored}`);
    expect(sb.server.requests).toEqual([mirrored]);
  });

  it('downloads from the official GitHub release URL when no mirror is set', async () => {
    const urls: string[] = [];
    const installer = trivyWithDigest(sha256('x'), {
      downloader: (url) => {
        urls.push(url);
        return Promise.reject(new Error('offline test'));
      },
    });

    await expect(installer.install({})).rejects.toThrow(InfrastructureError);
    expect(urls).toEqual([
      'https://github.com/aquasecurity/trivy/releases/download/v0.75.0/trivy_0.75.0_Linux-64bit.tar.gz',
    ]);
  });

  it('refuses an archive that does not contain the executable', async () => {
    const archive = buildTarGz(sb.root, TRIVY_FILE, { README: 'no binary here' });
    sb.server.route(TRIVY_PATH, { kind: 'file', body: archive });

    await expect(trivyWithDigest(sha256(archive)).install({ mirror: sb.server.baseUrl })).rejects.toThrow(
      /does not contain the executable trivy/,
    );
    expect(listFiles(sb.toolCache)).toEqual([]);
    expect(listFiles(sb.temp)).toEqual([]);
  });

  it('installs a raw cosign binary as `cosign`, executable, with its pinned digest recorded', async () => {
    const script = Buffer.from(fakeToolScript(sb.marker, 'GitVersion:    v3.1.3'));
    sb.server.route(releasePath('sigstore/cosign', '3.1.3', 'cosign-linux-amd64'), { kind: 'file', body: script });
    const manifest = testManifest({
      cosign: ['3.1.3', { 'linux-x64': { file: 'cosign-linux-amd64', sha256: sha256(script) } }],
    });

    const tool = await new CosignInstaller(sb.deps({ manifest })).install({ mirror: sb.server.baseUrl });

    expect(tool.binary).toBe(path.join(sb.toolCache, 'cosign', '3.1.3', 'x64', 'cosign'));
    expect(statSync(tool.binary).mode & 0o111).not.toBe(0);
    const record = JSON.parse(
      readFileSync(path.join(path.dirname(tool.binary), INSTALL_RECORD_FILE), 'utf8'),
    ) as InstallRecord;
    expect(record.binarySha256).toBe(sha256(script));
    expect(record.assetSha256).toBe(sha256(script));
    expect(execFileSync(tool.binary, ['version'], { encoding: 'utf8' })).toContain('GitVersion:    v3.1.3');
  });

  (hasZip() ? it : it.skip)('extracts a zip asset (Windows layout: grype.exe) with unzip', async () => {
    const file = 'grype_0.120.1_windows_amd64.zip';
    const archive = buildZip(sb.root, file, { 'grype.exe': 'not really a PE file', LICENSE: 'Apache-2.0' });
    sb.server.route(releasePath('anchore/grype', '0.120.1', file), { kind: 'file', body: archive });
    const manifest = testManifest({ grype: ['0.120.1', { 'win32-x64': { file, sha256: sha256(archive) } }] });

    const tool = await new GrypeInstaller(sb.deps({ manifest, platform: 'win32', arch: 'x64' })).install({
      mirror: sb.server.baseUrl,
    });

    expect(tool.binary).toBe(path.join(sb.toolCache, 'grype', '0.120.1', 'x64', 'grype.exe'));
    expect(readFileSync(tool.binary, 'utf8')).toBe('not really a PE file');
    expect(existsSync(path.join(path.dirname(tool.binary), 'LICENSE'))).toBe(true);
  });
});
