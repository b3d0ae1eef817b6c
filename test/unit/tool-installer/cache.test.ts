import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  INSTALL_RECORD_FILE,
  TrivyInstaller,
  fileIdentity,
  identityMismatch,
  sha256File,
  type InstallRecord,
} from '@scs/tool-installer';
import { buildTarGz, fakeToolScript, releasePath, sha256, testManifest, useSandbox } from './helpers.js';

const FILE = 'trivy_0.75.0_Linux-64bit.tar.gz';
const URL_PATH = releasePath('aquasecurity/trivy', '0.75.0', FILE);

describe('tool-cache hits', () => {
  const sb = useSandbox();

  /** Files the installer hashed, in order (the default streaming hasher underneath). */
  let hashed: string[] = [];

  function setUp(): { installer: () => TrivyInstaller; archive: Buffer } {
    hashed = [];
    const archive = buildTarGz(sb.root, FILE, { trivy: fakeToolScript(sb.marker, 'Version: 0.75.0') });
    sb.server.route(URL_PATH, { kind: 'file', body: archive });
    const manifest = testManifest({ trivy: ['0.75.0', { 'linux-x64': { file: FILE, sha256: sha256(archive) } }] });
    const hasher = (file: string) => {
      hashed.push(path.basename(file));
      return sha256File(file);
    };
    return { installer: () => new TrivyInstaller(sb.deps({ manifest, hasher })), archive };
  }

  const readRecord = (binary: string) =>
    JSON.parse(readFileSync(path.join(path.dirname(binary), INSTALL_RECORD_FILE), 'utf8')) as InstallRecord;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  describe('re-check of the cached binary', () => {
    it('skips the re-hash when the binary is untouched since the install verified it', async () => {
      const { installer } = setUp();
      const first = await installer().install({ mirror: sb.server.baseUrl });
      expect(readRecord(first.binary).binaryIdentity).toEqual(await fileIdentity(first.binary));
      hashed = [];

      const second = await installer().install({ mirror: sb.server.baseUrl });
      const third = await installer().install({ mirror: sb.server.baseUrl });

      expect([second.source, third.source]).toEqual(['cache', 'cache']);
      expect(hashed).toEqual([]);
      expect(sb.logger.infos.at(-1)).toContain('binary unchanged since its SHA-256 was verified');
      expect(sb.logger.warnings).toEqual([]);
    });

    it('re-hashes on every hit when rehashCached is set', async () => {
      const { installer } = setUp();
      await installer().install({ mirror: sb.server.baseUrl });
      hashed = [];

      const second = await installer().install({ mirror: sb.server.baseUrl, rehashCached: true });

      expect(second.source).toBe('cache');
      expect(hashed).toEqual(['trivy']);
      expect(sb.logger.infos.at(-1)).toContain('binary SHA-256 re-verified');
    });

    it('catches a same-size edit whose mtime was put back: the ctime moved, so the binary is re-hashed', async () => {
      const { installer } = setUp();
      const first = await installer().install({ mirror: sb.server.baseUrl });
      const original = readFileSync(first.binary);
      // Give the binary a whole-second mtime (utimes cannot restore nanoseconds exactly),
      // let a re-hashing hit record that state, and check it is trusted from then on.
      utimesSync(first.binary, 1_700_000_000, 1_700_000_000);
      await sleep(30);
      await installer().install({ mirror: sb.server.baseUrl });
      const recorded = readRecord(first.binary).binaryIdentity!;
      expect(recorded.mtimeNs).toBe('1700000000000000000');
      hashed = [];
      expect((await installer().install({ mirror: sb.server.baseUrl })).source).toBe('cache');
      expect(hashed).toEqual([]);

      // Tamper: same length, other content, same inode; mtime restored.
      const evil = Buffer.from(original.toString('latin1').replace('ran', 'RAN'), 'latin1');
      expect(evil.length).toBe(original.length);
      expect(evil.equals(original)).toBe(false);
      writeFileSync(first.binary, evil);
      utimesSync(first.binary, 1_700_000_000, 1_700_000_000);
      const now = await fileIdentity(first.binary);
      expect({ ...now, ctimeNs: recorded.ctimeNs }).toEqual(recorded); // all but the ctime are back
      expect(identityMismatch(recorded, now)).toBe('ctimeNs changed');

      const after = await installer().install({ mirror: sb.server.baseUrl });

      expect(hashed[0]).toBe('trivy'); // the cached binary was re-hashed…
      expect(after.source).toBe('download'); // …found wrong, and replaced from the release
      expect(sb.logger.warnings).toHaveLength(1);
      expect(sb.logger.warnings[0]).toContain('was recorded when it was installed');
      expect(readFileSync(after.binary)).toEqual(original);
      expect(existsSync(sb.marker)).toBe(false);
    });

    it('re-hashes after a chmod (ctime changed) and trusts the entry again when the content is intact', async () => {
      const { installer } = setUp();
      const first = await installer().install({ mirror: sb.server.baseUrl });
      chmodSync(first.binary, 0o700);
      await sleep(30);
      hashed = [];

      const second = await installer().install({ mirror: sb.server.baseUrl });

      expect(second.source).toBe('cache');
      expect(hashed).toEqual(['trivy']);
      expect(readRecord(first.binary).binaryIdentity).toEqual(await fileIdentity(first.binary));
      hashed = [];
      await installer().install({ mirror: sb.server.baseUrl });
      expect(hashed).toEqual([]);
    });

    it('re-hashes an entry whose record predates identities, then records one', async () => {
      const { installer } = setUp();
      const first = await installer().install({ mirror: sb.server.baseUrl });
      const recordPath = path.join(path.dirname(first.binary), INSTALL_RECORD_FILE);
      const { binaryIdentity: _identity, verifiedAt: _at, ...legacy } = readRecord(first.binary);
      writeFileSync(recordPath, JSON.stringify(legacy));
      hashed = [];

      await installer().install({ mirror: sb.server.baseUrl });

      expect(hashed).toEqual(['trivy']);
      expect(readRecord(first.binary).binaryIdentity).toEqual(await fileIdentity(first.binary));
    });

    it('does not trust a forged identity that does not match the file, and re-hashes', async () => {
      const { installer } = setUp();
      const first = await installer().install({ mirror: sb.server.baseUrl });
      const recordPath = path.join(path.dirname(first.binary), INSTALL_RECORD_FILE);
      const record = readRecord(first.binary);
      writeFileSync(recordPath, JSON.stringify({ ...record, binaryIdentity: { ...record.binaryIdentity, ino: '1' } }));
      writeFileSync(first.binary, '#!/bin/sh\necho pwned\n');
      hashed = [];

      const second = await installer().install({ mirror: sb.server.baseUrl });

      expect(hashed[0]).toBe('trivy');
      expect(second.source).toBe('download');
      expect(sb.logger.warnings[0]).toContain('was recorded when it was installed');
    });

    // root ignores the folder's permissions: the case cannot be set up as root (shown as skipped)
    const itUnlessRoot = process.getuid?.() === 0 ? it.skip : it;
    itUnlessRoot('still serves a verified hit when the record cannot be rewritten (read-only cache folder)', async () => {
      const { installer } = setUp();
      const first = await installer().install({ mirror: sb.server.baseUrl });
      const dir = path.dirname(first.binary);
      const recordPath = path.join(dir, INSTALL_RECORD_FILE);
      const { binaryIdentity: _identity, verifiedAt: _at, ...legacy } = readRecord(first.binary);
      writeFileSync(recordPath, JSON.stringify(legacy));
      const mode = statSync(dir).mode;
      chmodSync(dir, 0o555);
      try {
        const second = await installer().install({ mirror: sb.server.baseUrl });
        expect(second.source).toBe('cache');
        expect(sb.logger.warnings).toEqual([]);
        expect(sb.logger.debugs.some((m) => m.includes('the next cache hit will re-hash it'))).toBe(true);
      } finally {
        chmodSync(dir, mode);
      }
    });
  });
});
