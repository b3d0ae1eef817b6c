/**
 * sign-keyless `recursive: true`: the platform manifests of an index are
 * signed too, bounded like provenance's and verify's `platform: all` (at most
 * MAX_PLATFORM_MANIFESTS, one level, each digest once).
 */
import { describe, expect, it } from '@jest/globals';
import type { Logger } from '@scs/action-kit';
import { MAX_PLATFORM_MANIFESTS, OCI_MEDIA_TYPES, type RegistryClient, type ResolvedImage } from '@scs/oci';
import { resolveImagePlan } from '@scs/signing';

const INDEX = `sha256:${'f'.repeat(64)}`;
const digest = (n: number) => `sha256:${String(n).padStart(64, 'a')}`;
const logger: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  untrusted: () => undefined,
  group: (_title, fn) => fn(),
};

function index(platforms: Array<{ digest: string; architecture: string; mediaType?: string }>): RegistryClient {
  const resolved: ResolvedImage = {
    digest: INDEX,
    mediaType: OCI_MEDIA_TYPES.index,
    size: 500,
    isIndex: true,
    platforms: platforms.map((p) => ({
      digest: p.digest,
      mediaType: p.mediaType ?? OCI_MEDIA_TYPES.manifest,
      size: 100,
      platform: { os: 'linux', architecture: p.architecture },
    })),
  };
  return { resolveImage: async () => resolved } as unknown as RegistryClient;
}

describe('resolveImagePlan (recursive)', () => {
  it('signs the index and each platform manifest once, named by its platform', async () => {
    const registry = index([
      { digest: digest(1), architecture: 'amd64' },
      { digest: digest(2), architecture: 'arm64' },
      { digest: digest(1), architecture: 'amd64' },
    ]);
    const plan = await resolveImagePlan('127.0.0.1:5000/app:v1', true, registry, logger);
    expect(plan.targets.map((t) => [t.kind, t.target.digest])).toEqual([
      ['image index', INDEX],
      ['linux/amd64', digest(1)],
      ['linux/arm64', digest(2)],
    ]);
    const flat = await resolveImagePlan('127.0.0.1:5000/app:v1', false, registry, logger);
    expect(flat.targets.map((t) => t.kind)).toEqual(['image index']);
  });

  it(`refuses an index of more than ${MAX_PLATFORM_MANIFESTS} platform manifests, and a nested index`, async () => {
    const many = index(
      Array.from({ length: MAX_PLATFORM_MANIFESTS + 1 }, (_, n) => ({ digest: digest(n), architecture: `a${n}` })),
    );
    await expect(resolveImagePlan('127.0.0.1:5000/app:v1', true, many, logger)).rejects.toThrow(
      `at most ${MAX_PLATFORM_MANIFESTS}`,
    );
    const nested = index([{ digest: digest(3), architecture: 'amd64', mediaType: OCI_MEDIA_TYPES.index }]);
    await expect(resolveImagePlan('127.0.0.1:5000/app:v1', true, nested, logger)).rejects.toThrow(
      /nested indexes are not followed/,
    );
  });
});
