import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import {
  PinManifestError,
  TOOL_NAMES,
  assetFormat,
  checksumsUrl,
  loadPinManifest,
  normalizeSha256,
  parsePinManifest,
  parseVersionOutput,
  pinnedAsset,
  publishedPlatforms,
  releaseAssetName,
  releaseAssetUrl,
  sha256File,
  validateMirrorUrl,
} from '@scs/tool-installer';
import { restoreNockAfterAll } from './helpers.js';

restoreNockAfterAll();

describe('committed pin manifest (pins.json)', () => {
  const manifest = loadPinManifest();

  it('pins every tool at the documented default version', () => {
    expect(Object.keys(manifest).sort()).toEqual([...TOOL_NAMES].sort());
    expect(manifest.trivy.defaultVersion).toBe('0.75.0');
    expect(manifest.grype.defaultVersion).toBe('0.120.1');
    expect(manifest.syft.defaultVersion).toBe('1.54.1');
    expect(manifest.cosign.defaultVersion).toBe('3.1.3');
  });

  it('covers the documented platforms', () => {
    const keys = (tool: (typeof TOOL_NAMES)[number]) =>
      Object.keys(manifest[tool].versions[manifest[tool].defaultVersion]!).sort();
    const common = ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-x64'];
    expect(keys('trivy')).toEqual(common);
    expect(keys('grype')).toEqual(common);
    expect(keys('cosign')).toEqual(common);
    expect(keys('syft')).toEqual([...common, 'win32-arm64'].sort());
  });

  it('names exactly the asset the release URL pattern gives, for every pinned entry', () => {
    for (const tool of TOOL_NAMES) {
      for (const [version, assets] of Object.entries(manifest[tool].versions)) {
        for (const [platform, asset] of Object.entries(assets)) {
          expect([tool, platform, asset.file]).toEqual([tool, platform, releaseAssetName(tool, version, platform)]);
          expect(asset.sha256).toMatch(/^[0-9a-f]{64}$/);
        }
      }
    }
  });

  it('keeps the real digest of the example asset', () => {
    expect(pinnedAsset(manifest, 'trivy', '0.75.0', 'linux-x64')).toEqual({
      file: 'trivy_0.75.0_Linux-64bit.tar.gz',
      sha256: 'c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f',
    });
    expect(pinnedAsset(manifest, 'trivy', '0.74.0', 'linux-x64')).toBeUndefined();
  });
});

describe('parsePinManifest', () => {
  const asset = { file: 'trivy_0.75.0_Linux-64bit.tar.gz', sha256: 'a'.repeat(64) };
  const others = {
    grype: { version: '0.120.1', assets: { 'linux-x64': { file: 'grype', sha256: 'b'.repeat(64) } } },
    syft: { version: '1.54.1', assets: { 'linux-x64': { file: 'syft', sha256: 'c'.repeat(64) } } },
    cosign: { version: '3.1.3', assets: { 'linux-x64': { file: 'cosign', sha256: 'd'.repeat(64) } } },
  };

  it('accepts the multi-version shape', () => {
    const parsed = parsePinManifest({
      ...others,
      trivy: {
        default: '0.75.0',
        versions: {
          '0.75.0': { 'linux-x64': asset },
          '0.74.0': { 'linux-x64': { file: 'trivy_0.74.0_Linux-64bit.tar.gz', sha256: 'e'.repeat(64) } },
        },
      },
    });
    expect(parsed.trivy.defaultVersion).toBe('0.75.0');
    expect(Object.keys(parsed.trivy.versions)).toEqual(['0.75.0', '0.74.0']);
    expect(Object.isFrozen(parsed.trivy.versions['0.74.0'])).toBe(true);
  });

  it.each([
    ['a default with no entry', { default: '0.76.0', versions: { '0.75.0': { 'linux-x64': asset } } }, /has no entry/],
    ['a v-prefixed version', { version: 'v0.75.0', assets: { 'linux-x64': asset } }, /no leading v/],
    ['a path as version', { version: '0.75.0/..', assets: { 'linux-x64': asset } }, /expected a version/],
    ['an odd platform', { version: '0.75.0', assets: { 'linux-amd64': asset } }, /not a platform key/],
    [
      'a short digest',
      { version: '0.75.0', assets: { 'linux-x64': { ...asset, sha256: 'abc' } } },
      /64 lower-case hex/,
    ],
    [
      'an upper-case digest',
      { version: '0.75.0', assets: { 'linux-x64': { ...asset, sha256: 'A'.repeat(64) } } },
      /64 lower-case hex/,
    ],
    [
      'a file with a slash',
      { version: '0.75.0', assets: { 'linux-x64': { ...asset, file: '../x' } } },
      /plain file name/,
    ],
    ['no assets', { version: '0.75.0', assets: {} }, /non-empty object/],
    [
      'a short binary digest',
      { version: '0.75.0', assets: { 'linux-x64': { ...asset, binarySha256: 'abc' } } },
      /binarySha256: expected 64 lower-case hex/,
    ],
    [
      'an unknown asset field',
      { version: '0.75.0', assets: { 'linux-x64': { ...asset, binarySha512: 'a' } } },
      /unknown field\(s\) binarySha512/,
    ],
    [
      'a raw binary whose binary digest differs from its asset digest',
      {
        version: '0.75.0',
        assets: { 'linux-x64': { file: 'trivy', sha256: 'a'.repeat(64), binarySha256: 'b'.repeat(64) } },
      },
      /is the binary itself, so it must equal sha256/,
    ],
  ])('rejects %s', (_label, trivy, pattern) => {
    expect(() => parsePinManifest({ ...others, trivy })).toThrow(PinManifestError);
    expect(() => parsePinManifest({ ...others, trivy })).toThrow(pattern);
  });

  it('keeps an optional binarySha256 per platform', () => {
    const parsed = parsePinManifest({
      ...others,
      trivy: { version: '0.75.0', assets: { 'linux-x64': { ...asset, binarySha256: 'f'.repeat(64) } } },
    });
    expect(parsed.trivy.versions['0.75.0']!['linux-x64']).toEqual({ ...asset, binarySha256: 'f'.repeat(64) });
  });

  it('rejects unknown and missing tools', () => {
    expect(() =>
      parsePinManifest({ ...others, trivy: { version: '0.75.0', assets: { 'linux-x64': asset } }, kubectl: {} }),
    ).toThrow(/unknown tool\(s\) kubectl/);
    expect(() => parsePinManifest(others)).toThrow(/no entry for trivy/);
  });
});

describe('release URLs', () => {
  it('follows each project’s release layout', () => {
    expect(releaseAssetUrl('trivy', '0.75.0', 'trivy_0.75.0_Linux-64bit.tar.gz')).toBe(
      'https://github.com/aquasecurity/trivy/releases/download/v0.75.0/trivy_0.75.0_Linux-64bit.tar.gz',
    );
    expect(releaseAssetName('trivy', '0.75.0', 'darwin-arm64')).toBe('trivy_0.75.0_macOS-ARM64.tar.gz');
    expect(releaseAssetName('trivy', '0.75.0', 'win32-x64')).toBe('trivy_0.75.0_windows-64bit.zip');
    expect(releaseAssetName('trivy', '0.75.0', 'win32-arm64')).toBeUndefined();
    expect(releaseAssetName('grype', '0.120.1', 'linux-arm64')).toBe('grype_0.120.1_linux_arm64.tar.gz');
    expect(releaseAssetName('syft', '1.54.1', 'win32-arm64')).toBe('syft_1.54.1_windows_arm64.zip');
    expect(releaseAssetName('cosign', '3.1.3', 'win32-x64')).toBe('cosign-windows-amd64.exe');
    expect(checksumsUrl('cosign', '3.1.3')).toBe(
      'https://github.com/sigstore/cosign/releases/download/v3.1.3/cosign_checksums.txt',
    );
    expect(checksumsUrl('syft', '1.54.1', 'https://mirror.example.com/gh')).toBe(
      'https://mirror.example.com/gh/anchore/syft/releases/download/v1.54.1/syft_1.54.1_checksums.txt',
    );
    expect(publishedPlatforms('syft')).toContain('win32-arm64');
    expect(publishedPlatforms('grype')).not.toContain('win32-arm64');
  });

  it('percent-encodes segments so they cannot change the URL structure', () => {
    expect(releaseAssetUrl('trivy', '1.0.0', 'a b?c#d')).toBe(
      'https://github.com/aquasecurity/trivy/releases/download/v1.0.0/a%20b%3Fc%23d',
    );
  });

  it('validates and normalises mirrors', () => {
    expect(validateMirrorUrl('https://ghes.example.com/')).toBe('https://ghes.example.com');
    expect(validateMirrorUrl('http://127.0.0.1:8080/mirror//')).toBe('http://127.0.0.1:8080/mirror');
    expect(() => validateMirrorUrl('file:///etc')).toThrow(ConfigurationError);
    expect(() => validateMirrorUrl('https://ghes.example.com?')).toThrow(/query string/);
  });

  it('knows how each asset is packaged', () => {
    expect(assetFormat('trivy_0.75.0_Linux-64bit.tar.gz')).toBe('tar.gz');
    expect(assetFormat('syft_1.54.1_windows_arm64.zip')).toBe('zip');
    expect(assetFormat('cosign-linux-amd64')).toBe('binary');
    expect(assetFormat('cosign-windows-amd64.exe')).toBe('binary');
  });
});

describe('sha256', () => {
  it('streams a file and matches the one-shot digest', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'scs-sha-'));
    try {
      const empty = path.join(dir, 'empty');
      writeFileSync(empty, '');
      expect(await sha256File(empty)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      const big = Buffer.alloc(5 * 1024 * 1024 + 7, 0x5a);
      const bigFile = path.join(dir, 'big');
      writeFileSync(bigFile, big);
      expect(await sha256File(bigFile)).toBe(createHash('sha256').update(big).digest('hex'));
      await expect(sha256File(path.join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('normalises user digests', () => {
    const digest = 'c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f';
    expect(normalizeSha256(digest.toUpperCase())).toBe(digest);
    expect(normalizeSha256(`sha256:${digest}`)).toBe(digest);
    expect(normalizeSha256(` ${digest} `)).toBe(digest);
    expect(() => normalizeSha256(digest.slice(1), 'trivy-sha256 input')).toThrow(
      /The trivy-sha256 input must be 64 hexadecimal digits/,
    );
  });
});

describe('parseVersionOutput', () => {
  const trivy = [/^\s*Version:\s*(\S+)/m];
  it.each([
    ['Version: 0.75.0\nVulnerability DB:\n  Version: 2', trivy, '0.75.0'],
    ['Version: dev', trivy, 'dev'],
    ['Version: v0.75.0-rc.1', trivy, '0.75.0-rc.1'],
    ['Version: $(rm -rf /)', trivy, undefined],
    ['Version: 0.75', trivy, undefined],
    ['', trivy, undefined],
    ['GitVersion:    v3.1.3\nGitCommit: abc', [/^\s*GitVersion:\s*(\S+)/m], '3.1.3'],
  ] as const)('%j → %p', (output, patterns, expected) => {
    expect(parseVersionOutput(output, patterns)).toBe(expected);
  });
});
