import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  MAX_PLATFORMS,
  MAX_PLATFORM_MANIFESTS,
  OCI_MEDIA_TYPES,
  parsePlatformInput,
  parsePlatformSelector,
  platformImages,
  platformName,
  platformSlug,
  platformTargets,
  selectPlatformManifests,
  type PlatformManifest,
  type ResolvedImage,
} from '@scs/oci';

const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
const manifest = (n: number, os: string, architecture: string, variant?: string): PlatformManifest => ({
  digest: digest(n),
  mediaType: OCI_MEDIA_TYPES.manifest,
  size: 500,
  platform: { os, architecture, ...(variant ? { variant } : {}) },
});
const index = (platforms: PlatformManifest[]) => ({ isIndex: true, platforms });

describe('platform selectors', () => {
  it('reads all and os/arch[/variant], lower-cased', () => {
    expect(parsePlatformSelector('platform', 'ALL')).toEqual({ all: true });
    expect(parsePlatformSelector('platform', 'linux/arm64/v8')).toEqual({
      all: false,
      os: 'linux',
      architecture: 'arm64',
      variant: 'v8',
      text: 'linux/arm64/v8',
    });
    expect(platformName({ os: 'linux', architecture: 'arm', variant: 'v7' })).toBe('linux/arm/v7');
  });

  it.each(['linux', 'linux/', '/amd64', 'linux/amd64/v8/x', 'linux/amd64,linux/arm64', '../amd64', 'linux/am d64'])(
    'refuses %p, naming the input',
    (value) => {
      expect(() => parsePlatformSelector('platform', value)).toThrow(ConfigurationError);
      expect(() => parsePlatformSelector('platform', value)).toThrow(/Input `platform` is `all` or os\/arch/);
    },
  );

  it('selects every platform manifest once, or those of one os/arch (any variant unless one is named)', () => {
    const image = index([
      manifest(1, 'linux', 'amd64'),
      manifest(2, 'linux', 'arm64', 'v8'),
      manifest(1, 'linux', 'amd64'),
      manifest(3, 'linux', 'arm', 'v7'),
    ]);
    const all = selectPlatformManifests(image, parsePlatformSelector('platform', 'all'), 'app');
    expect(all.map((p) => p.digest)).toEqual([digest(1), digest(2), digest(3)]);
    const arm64 = selectPlatformManifests(image, parsePlatformSelector('platform', 'linux/arm64'), 'app');
    expect(arm64.map((p) => p.digest)).toEqual([digest(2)]);
    expect(() => selectPlatformManifests(image, parsePlatformSelector('platform', 'linux/arm/v6'), 'app')).toThrow(
      /has no such platform manifest; it has linux\/amd64, linux\/arm64\/v8, linux\/arm\/v7/,
    );
    expect(selectPlatformManifests({ isIndex: false, platforms: [] }, { all: true }, 'app')).toEqual([]);
  });

  it('refuses a nested index, an empty index and more than the bound of platform manifests', () => {
    const nested = { ...manifest(9, 'linux', 'amd64'), mediaType: OCI_MEDIA_TYPES.index };
    expect(() => selectPlatformManifests(index([nested]), { all: true }, 'app')).toThrow(InfrastructureError);
    expect(() => selectPlatformManifests(index([nested]), { all: true }, 'app')).toThrow(/nested indexes/);
    expect(() => selectPlatformManifests(index([]), { all: true }, 'app')).toThrow(/lists no platform manifest/);
    const many = Array.from({ length: MAX_PLATFORM_MANIFESTS + 1 }, (_, i) => manifest(i + 1, 'linux', `a${i}`));
    expect(() => selectPlatformManifests(index(many), { all: true }, 'app')).toThrow(/at most 64/);
    expect(selectPlatformManifests(index(many.slice(0, MAX_PLATFORM_MANIFESTS)), { all: true }, 'app')).toHaveLength(
      MAX_PLATFORM_MANIFESTS,
    );
  });
});

// ---- scan and sbom: an optional platform, and platform: all by digest ----------------------------

const sha = (c: string) => `sha256:${c.repeat(64)}`;

function resolvedIndex(platforms: Array<{ os: string; architecture: string; variant?: string }>): ResolvedImage {
  return {
    digest: sha('f'),
    mediaType: OCI_MEDIA_TYPES.index,
    size: 100,
    isIndex: true,
    platforms: platforms.map((platform, n) => ({
      // Distinct digests (a digest listed twice is one manifest): sha('0')…sha('9'), then others.
      digest: n < 10 ? sha(String(n)) : `sha256:${String(n).padStart(64, 'e')}`,
      mediaType: OCI_MEDIA_TYPES.manifest,
      size: 10,
      platform,
    })),
  };
}

describe('parsePlatformInput', () => {
  it.each([
    ['', { kind: 'none' }],
    ['  ', { kind: 'none' }],
    ['all', { kind: 'all' }],
    ['linux/amd64', { kind: 'one', platform: { os: 'linux', architecture: 'amd64' } }],
    ['linux/arm64/v8', { kind: 'one', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }],
  ])('%j', (value, expected) => {
    expect(parsePlatformInput('platform', value)).toEqual(expected);
  });

  it.each(['linux', 'amd64', 'linux/amd64/v8/x', 'linux//amd64', 'linux/../amd64', '--platform=linux/amd64'])(
    'refuses %j with parsePlatformSelector’s message',
    (value) => {
      expect(() => parsePlatformInput('platform', value)).toThrow(ConfigurationError);
      expect(() => parsePlatformInput('platform', value)).toThrow(/Input `platform` is `all` or os\/arch\[\/variant\]/);
    },
  );
});

describe('platformSlug, platformTargets, platformImages', () => {
  it('a slug safe in file names and SARIF categories', () => {
    expect(platformSlug({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('linux-arm64-v8');
  });

  it('a single-platform image is that one image; an index gives each platform by digest, in index order', () => {
    expect(platformTargets({ ...resolvedIndex([]), isIndex: false, digest: sha('a') })).toEqual([{ digest: sha('a') }]);
    expect(
      platformTargets(
        resolvedIndex([
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'arm64', variant: 'v8' },
        ]),
      ),
    ).toEqual([
      { digest: sha('0'), platform: 'linux/amd64', slug: 'linux-amd64' },
      { digest: sha('1'), platform: 'linux/arm64/v8', slug: 'linux-arm64-v8' },
    ]);
  });

  it('is bounded at MAX_PLATFORMS, refuses an empty index and a platform listed twice', () => {
    const many = Array.from({ length: MAX_PLATFORMS + 1 }, (_, n) => ({ os: 'linux', architecture: `a${n}` }));
    expect(() => platformTargets(resolvedIndex(many))).toThrow(/at most 16/);
    expect(() => platformTargets(resolvedIndex(many.slice(0, MAX_PLATFORMS)))).not.toThrow();
    expect(() => platformTargets(resolvedIndex([]))).toThrow(InfrastructureError);
    const twice = resolvedIndex([{ os: 'linux', architecture: 'amd64' }]);
    twice.platforms.push({ ...twice.platforms[0]!, digest: sha('9') });
    expect(() => platformTargets(twice)).toThrow(/twice/);
  });

  it('platformImages pins the reference to each digest and says what it found', () => {
    const { images, message } = platformImages(
      '127.0.0.1:5000/app:v1',
      resolvedIndex([{ os: 'linux', architecture: 'arm64' }]),
    );
    expect(images).toEqual([
      { digest: sha('0'), platform: 'linux/arm64', slug: 'linux-arm64', image: `127.0.0.1:5000/app@${sha('0')}` },
    ]);
    expect(message).toContain('is an image index');
  });
});
