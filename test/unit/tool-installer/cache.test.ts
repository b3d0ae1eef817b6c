import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { INSTALL_RECORD_FILE, TrivyInstaller } from '@scs/tool-installer';
import { buildTarGz, fakeToolScript, releasePath, sha256, testManifest, useSandbox } from './helpers.js';

const FILE = 'trivy_0.75.0_Linux-64bit.tar.gz';
const URL_PATH = releasePath('aquasecurity/trivy', '0.75.0', FILE);

describe('tool-cache hits', () => {
  const sb = useSandbox();

  function setUp(): { installer: () => TrivyInstaller; archive: Buffer } {
    const archive = buildTarGz(sb.root, FILE, { trivy: fakeToolScript(sb.marker, 'Version: 0.75.0') });
    sb.server.route(URL_PATH, { kind: 'file', body: archive });
    const manifest = testManifest({ trivy: ['0.75.0', { 'linux-x64': { file: FILE, sha256: sha256(archive) } }] });
    return { installer: () => new TrivyInstaller(sb.deps({ manifest })), archive };
  }

  it('uses a verified cache entry without any HTTP request', async () => {
    const { installer, archive } = setUp();
    const first = await installer().install({ mirror: sb.server.baseUrl });
    expect(sb.server.requests).toHaveLength(1);

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second).toEqual({
      name: 'trivy',
      version: '0.75.0',
      binary: first.binary,
      source: 'cache',
      sha256: sha256(archive),
    });
    expect(sb.server.requests).toHaveLength(1);
    expect(sb.addedPaths).toEqual([path.dirname(first.binary), path.dirname(first.binary)]);
    expect(sb.logger.warnings).toEqual([]);
    expect(existsSync(sb.marker)).toBe(false);
  });

  it('detects a tampered cached binary, warns, and reinstalls from the verified release', async () => {
    const { installer } = setUp();
    const first = await installer().install({ mirror: sb.server.baseUrl });
    const original = readFileSync(first.binary);
    writeFileSync(first.binary, '#!/bin/sh\necho pwned\n');

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('download');
    expect(sb.server.requests).toHaveLength(2);
    expect(sb.logger.warnings).toHaveLength(1);
    expect(sb.logger.warnings[0]).toContain('failed verification');
    expect(sb.logger.warnings[0]).toContain(`was recorded when it was installed`);
    expect(readFileSync(second.binary)).toEqual(original);
  });

  it('does not trust a cache entry that has no install record (made by someone else)', async () => {
    const { installer } = setUp();
    const dir = path.join(sb.toolCache, 'trivy', '0.75.0', 'x64');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'trivy'), '#!/bin/sh\necho planted\n', { mode: 0o755 });
    writeFileSync(`${dir}.complete`, '');

    const tool = await installer().install({ mirror: sb.server.baseUrl });

    expect(tool.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain(`no readable ${INSTALL_RECORD_FILE}`);
    expect(readFileSync(tool.binary, 'utf8')).not.toContain('planted');
  });

  it('reinstalls when the record was written for another asset digest', async () => {
    const { installer } = setUp();
    const first = await installer().install({ mirror: sb.server.baseUrl });
    const recordPath = path.join(path.dirname(first.binary), INSTALL_RECORD_FILE);
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as Record<string, string>;
    writeFileSync(recordPath, JSON.stringify({ ...record, assetSha256: sha256('older build') }));

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain(`expected ${second.sha256}`);
  });

  it('reinstalls when the cached binary is missing', async () => {
    const { installer } = setUp();
    const first = await installer().install({ mirror: sb.server.baseUrl });
    rmSync(first.binary);

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain('trivy is missing');
    expect(existsSync(second.binary)).toBe(true);
  });

  it('checks a raw binary entry against the pinned digest itself, not only the record', async () => {
    const script = Buffer.from(fakeToolScript(sb.marker, 'GitVersion: v3.1.3'));
    sb.server.route(releasePath('sigstore/cosign', '3.1.3', 'cosign-linux-amd64'), { kind: 'file', body: script });
    const manifest = testManifest({
      cosign: ['3.1.3', { 'linux-x64': { file: 'cosign-linux-amd64', sha256: sha256(script) } }],
    });
    const { CosignInstaller } = await import('@scs/tool-installer');
    const first = await new CosignInstaller(sb.deps({ manifest })).install({ mirror: sb.server.baseUrl });
    // tamper with both the binary and its record consistently
    const evil = '#!/bin/sh\necho evil\n';
    writeFileSync(first.binary, evil);
    const recordPath = path.join(path.dirname(first.binary), INSTALL_RECORD_FILE);
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as Record<string, string>;
    writeFileSync(recordPath, JSON.stringify({ ...record, binarySha256: sha256(evil) }));

    const second = await new CosignInstaller(sb.deps({ manifest })).install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain('differs from the pinned');
    expect(readFileSync(second.binary)).toEqual(script);
  });
});
