import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  MAX_PLATFORMS,
  formatPlatform,
  parsePlatformInput,
  platformImages,
  platformSlug,
  platformTargets,
  type ResolvedImage,
} from '@scs/oci';

const digest = (c: string) => `sha256:${c.repeat(64)}`;

function index(platforms: Array<{ os: string; architecture: string; variant?: string }>): ResolvedImage {
  return {
    digest: digest('f'),
    mediaType: 'application/vnd.oci.image.index.v1+json',
    size: 100,
    isIndex: true,
    platforms: platforms.map((platform, n) => ({
      digest: digest(String(n % 10)),
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
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
    ['windows/amd64', { kind: 'one', platform: { os: 'windows', architecture: 'amd64' } }],
  ])('%j', (value, expected) => {
    expect(parsePlatformInput('platform', value)).toEqual(expected);
  });

  it.each([
    'linux',
    'amd64',
    'ALL',
    'Linux/amd64',
    'linux/amd64/v8/x',
    'linux//amd64',
    '/amd64',
    'linux/amd64/',
    'linux/../amd64',
    'linux/amd64 --insecure',
    '--platform=linux/amd64',
    'linux/amd64\n--debug',
    `linux/${'a'.repeat(40)}`,
  ])('refuses %j with a message naming the input', (value) => {
    expect(() => parsePlatformInput('platform', value)).toThrow(ConfigurationError);
    expect(() => parsePlatformInput('platform', value)).toThrow(/Input `platform` must be os\/arch\[\/variant\]/);
  });

  it('round-trips with formatPlatform', () => {
    for (const text of ['linux/amd64', 'linux/arm/v7', 'linux/arm64/v8']) {
      const parsed = parsePlatformInput('platform', text);
      expect(parsed.kind === 'one' && formatPlatform(parsed.platform)).toBe(text);
    }
  });
});

describe('platformSlug', () => {
  it('is safe in file names and SARIF categories', () => {
    expect(platformSlug({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('linux-arm64-v8');
    expect(platformSlug({ os: 'linux', architecture: 'amd64' })).toBe('linux-amd64');
  });
});

describe('platformImages', () => {
  it('pins the reference to each platform digest (tag dropped) and says what it found', () => {
    const resolved = index([{ os: 'linux', architecture: 'arm64' }]);
    const { images, message } = platformImages('127.0.0.1:5000/app:v1', resolved);
    expect(images).toEqual([
      { digest: digest('0'), platform: 'linux/arm64', slug: 'linux-arm64', image: `127.0.0.1:5000/app@${digest('0')}` },
    ]);
    expect(message).toContain('is an image index');
    const single = platformImages('alpine', { ...resolved, isIndex: false, platforms: [] });
    expect(single.images).toEqual([{ digest: digest('f'), image: `docker.io/library/alpine@${digest('f')}` }]);
    expect(single.message).toContain('single-platform image');
  });
});

describe('platformTargets', () => {
  it('a single-platform image is that one image', () => {
    const image: ResolvedImage = {
      digest: digest('a'),
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: 1,
      isIndex: false,
      platforms: [],
    };
    expect(platformTargets(image)).toEqual([{ digest: digest('a') }]);
  });

  it('an index gives every platform manifest by digest, in index order', () => {
    expect(
      platformTargets(
        index([
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'arm64', variant: 'v8' },
        ]),
      ),
    ).toEqual([
      { digest: digest('0'), platform: 'linux/amd64', slug: 'linux-amd64' },
      { digest: digest('1'), platform: 'linux/arm64/v8', slug: 'linux-arm64-v8' },
    ]);
  });

  it('is bounded, refuses an empty index and a platform listed twice', () => {
    const many = Array.from({ length: MAX_PLATFORMS + 1 }, (_, n) => ({ os: 'linux', architecture: `a${n}` }));
    expect(() => platformTargets(index(many))).toThrow(InfrastructureError);
    expect(() => platformTargets(index(many))).toThrow(/at most 16/);
    expect(() => platformTargets(index(many.slice(0, MAX_PLATFORMS)))).not.toThrow();
    expect(() => platformTargets(index([]))).toThrow(/lists no platform manifests/);
    expect(() =>
      platformTargets(
        index([
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'amd64' },
        ]),
      ),
    ).toThrow(/twice/);
  });
});
