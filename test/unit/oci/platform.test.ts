import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  MAX_PLATFORM_MANIFESTS,
  OCI_MEDIA_TYPES,
  parsePlatformSelector,
  platformName,
  selectPlatformManifests,
  type PlatformManifest,
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
