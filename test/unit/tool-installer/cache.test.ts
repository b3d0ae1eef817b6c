import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  CosignInstaller,
  INSTALL_RECORD_FILE,
  TrivyInstaller,
  VERIFIED_ASSET_DIR,
  sha256File,
  type InstallRecord,
} from '@scs/tool-installer';
import { buildTarGz, fakeToolScript, listFiles, releasePath, sha256, testManifest, useSandbox } from './helpers.js';

const FILE = 'trivy_0.75.0_Linux-64bit.tar.gz';
const URL_PATH = releasePath('aquasecurity/trivy', '0.75.0', FILE);

describe('tool-cache hits', () => {
  const sb = useSandbox();

  /** Files the installer hashed, in order (the default streaming hasher underneath). */
  let hashed: string[] = [];

  /**
   * A Trivy release on the loopback server and a manifest pinning its archive
   * digest (and, with `pinBinary`, the digest of the `trivy` inside it).
   */
  function setUp(options: { pinBinary?: boolean } = {}): {
    installer: () => TrivyInstaller;
    archive: Buffer;
    binary: Buffer;
  } {
    hashed = [];
    const script = fakeToolScript(sb.marker, 'Version: 0.75.0');
    const archive = buildTarGz(sb.root, FILE, { trivy: script, 'contrib/html.tpl': 'template' });
    sb.server.route(URL_PATH, { kind: 'file', body: archive });
    const asset = {
      file: FILE,
      sha256: sha256(archive),
      ...(options.pinBinary ? { binarySha256: sha256(script) } : {}),
    };
    const manifest = testManifest({ trivy: ['0.75.0', { 'linux-x64': asset }] });
    const hasher = (file: string) => {
      hashed.push(path.basename(file));
      return sha256File(file);
    };
    return { installer: () => new TrivyInstaller(sb.deps({ manifest, hasher })), archive, binary: Buffer.from(script) };
  }

  const entry = () => path.join(sb.toolCache, 'trivy', '0.75.0', 'x64');

  /** The forgery from issue 13: a planted binary and a record naming the pinned archive digest and the fake binary's digest. */
  function plantForgedEntry(archiveDigest: string, binary = '#!/bin/sh\necho planted >> "$MARK"\n'): string {
    const dir = entry();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'trivy'), binary, { mode: 0o755 });
    const record: InstallRecord = {
      tool: 'trivy',
      version: '0.75.0',
      asset: FILE,
      assetSha256: archiveDigest,
      binary: 'trivy',
      binarySha256: sha256(binary),
    };
    writeFileSync(path.join(dir, INSTALL_RECORD_FILE), JSON.stringify(record));
    writeFileSync(`${dir}.complete`, '');
    return dir;
  }

  it('keeps the verified archive in the entry and uses the entry without any HTTP request', async () => {
    const { installer, archive } = setUp();
    const first = await installer().install({ mirror: sb.server.baseUrl });
    expect(sb.server.requests).toHaveLength(1);
    expect(readFileSync(path.join(entry(), VERIFIED_ASSET_DIR, FILE))).toEqual(archive);
    hashed = [];

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second).toEqual({
      name: 'trivy',
      version: '0.75.0',
      binary: first.binary,
      source: 'cache',
      sha256: sha256(archive),
    });
    expect(sb.server.requests).toHaveLength(1);
    // the kept archive against the pin, then the member unpacked again and the cached binary
    expect(hashed.sort()).toEqual(['trivy', 'trivy', FILE]);
    expect(sb.logger.infos.at(-1)).toContain(
      `${FILE} re-verified against the pinned SHA-256 and trivy identical to its member`,
    );
    expect(sb.addedPaths).toEqual([entry(), entry()]);
    expect(sb.logger.warnings).toEqual([]);
    expect(existsSync(sb.marker)).toBe(false);
    expect(listFiles(sb.temp)).toEqual([]); // the scratch folder is gone
  });

  it('refuses the forgery from the issue: planted binary + record with the pinned archive digest and the fake binary digest', async () => {
    const { installer, archive, binary } = setUp();
    plantForgedEntry(sha256(archive));

    const tool = await installer().install({ mirror: sb.server.baseUrl });

    expect(tool.source).toBe('download');
    expect(sb.logger.warnings).toEqual([
      expect.stringContaining(
        `Cached trivy 0.75.0 in ${entry()} failed verification (it does not keep the release archive ${VERIFIED_ASSET_DIR}/${FILE} to check trivy against); it will not be used.`,
      ),
    ]);
    expect(readFileSync(tool.binary)).toEqual(binary);
    expect(existsSync(sb.marker)).toBe(false);
  });

  it('refuses the forgery when the pins carry the binary digest, naming both digests', async () => {
    const { installer, archive, binary } = setUp({ pinBinary: true });
    const planted = '#!/bin/sh\necho planted\n';
    plantForgedEntry(sha256(archive), planted);

    const tool = await installer().install({ mirror: sb.server.baseUrl });

    expect(tool.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain(
      `failed verification (trivy has SHA-256 ${sha256(planted)}, but the pinned SHA-256 of that binary is ${sha256(binary)})`,
    );
    expect(readFileSync(tool.binary)).toEqual(binary);
  });

  it('refuses a planted binary beside the genuine archive (the binary must be the archive member)', async () => {
    const { installer, archive, binary } = setUp();
    const dir = plantForgedEntry(sha256(archive));
    mkdirSync(path.join(dir, VERIFIED_ASSET_DIR));
    writeFileSync(path.join(dir, VERIFIED_ASSET_DIR, FILE), archive);

    const tool = await installer().install({ mirror: sb.server.baseUrl });

    expect(tool.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain(`but the trivy in the verified ${FILE} has ${sha256(binary)}`);
    expect(existsSync(sb.marker)).toBe(false);
  });

  it('refuses a planted archive that does not match the pin', async () => {
    const { installer, archive } = setUp();
    const evilBinary = '#!/bin/sh\necho evil\n';
    const dir = plantForgedEntry(sha256(archive), evilBinary);
    const evilArchive = buildTarGz(sb.root, 'evil.tar.gz', { trivy: evilBinary });
    mkdirSync(path.join(dir, VERIFIED_ASSET_DIR));
    writeFileSync(path.join(dir, VERIFIED_ASSET_DIR, FILE), evilArchive);

    const tool = await installer().install({ mirror: sb.server.baseUrl });

    expect(tool.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain(
      `the kept ${FILE} has SHA-256 ${sha256(evilArchive)}, expected ${sha256(archive)} (pinned)`,
    );
  });

  it('detects a tampered cached binary, warns, and reinstalls from the verified release', async () => {
    const { installer, binary } = setUp();
    const first = await installer().install({ mirror: sb.server.baseUrl });
    writeFileSync(first.binary, '#!/bin/sh\necho pwned\n');

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('download');
    expect(sb.server.requests).toHaveLength(2);
    expect(sb.logger.warnings).toHaveLength(1);
    expect(sb.logger.warnings[0]).toContain('failed verification');
    expect(readFileSync(second.binary)).toEqual(binary);
  });

  it('does not follow a cached binary that is a symlink', async () => {
    const { installer } = setUp();
    const first = await installer().install({ mirror: sb.server.baseUrl });
    const elsewhere = path.join(sb.root, 'elsewhere');
    writeFileSync(elsewhere, readFileSync(first.binary), { mode: 0o755 });
    rmSync(first.binary);
    symlinkSync(elsewhere, first.binary);

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain('trivy is not a regular file');
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

  it('with a pinned binary digest, a hit hashes only the binary', async () => {
    const { installer, binary } = setUp({ pinBinary: true });
    await installer().install({ mirror: sb.server.baseUrl });
    hashed = [];

    const second = await installer().install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('cache');
    expect(hashed).toEqual(['trivy']);
    expect(sb.logger.infos.at(-1)).toContain(`binary SHA-256 matches the pinned ${sha256(binary)}`);
  });

  it('refuses to install an archive whose member contradicts the pinned binary digest', async () => {
    const { archive } = setUp();
    const manifest = testManifest({
      trivy: ['0.75.0', { 'linux-x64': { file: FILE, sha256: sha256(archive), binarySha256: 'a'.repeat(64) } }],
    });

    await expect(new TrivyInstaller(sb.deps({ manifest })).install({ mirror: sb.server.baseUrl })).rejects.toThrow(
      /matches its pinned SHA-256, but the trivy in it has SHA-256 [0-9a-f]{64}, not the pinned a{64}\. The pins in this action are inconsistent/,
    );
    expect(listFiles(sb.toolCache)).toEqual([]);
  });

  it('checks a raw binary entry (cosign) against the pinned digest, whatever its record says', async () => {
    const script = Buffer.from(fakeToolScript(sb.marker, 'GitVersion: v3.1.3'));
    sb.server.route(releasePath('sigstore/cosign', '3.1.3', 'cosign-linux-amd64'), { kind: 'file', body: script });
    const manifest = testManifest({
      cosign: ['3.1.3', { 'linux-x64': { file: 'cosign-linux-amd64', sha256: sha256(script) } }],
    });
    const first = await new CosignInstaller(sb.deps({ manifest })).install({ mirror: sb.server.baseUrl });
    expect(existsSync(path.join(path.dirname(first.binary), VERIFIED_ASSET_DIR))).toBe(false);
    const evil = '#!/bin/sh\necho evil\n';
    writeFileSync(first.binary, evil);
    const recordPath = path.join(path.dirname(first.binary), INSTALL_RECORD_FILE);
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as Record<string, string>;
    writeFileSync(recordPath, JSON.stringify({ ...record, binarySha256: sha256(evil) }));

    const second = await new CosignInstaller(sb.deps({ manifest })).install({ mirror: sb.server.baseUrl });

    expect(second.source).toBe('download');
    expect(sb.logger.warnings[0]).toContain(
      `cosign has SHA-256 ${sha256(evil)}, but the pinned SHA-256 of that binary is ${sha256(script)}`,
    );
    expect(readFileSync(second.binary)).toEqual(script);
  });

  it('checks an unpinned version against the digest the workflow gave', async () => {
    const script = fakeToolScript(sb.marker, 'Version: 0.74.9');
    const file = 'trivy_0.74.9_Linux-64bit.tar.gz';
    const archive = buildTarGz(sb.root, file, { trivy: script });
    sb.server.route(releasePath('aquasecurity/trivy', '0.74.9', file), { kind: 'file', body: archive });
    const installer = () => new TrivyInstaller(sb.deps({ manifest: testManifest({}) }));
    await installer().install({ version: '0.74.9', sha256: sha256(archive), mirror: sb.server.baseUrl });

    const second = await installer().install({ version: '0.74.9', sha256: sha256(archive), mirror: sb.server.baseUrl });

    expect(second.source).toBe('cache');
    expect(sb.logger.infos.at(-1)).toContain(`${file} re-verified against the given SHA-256`);
  });
});
