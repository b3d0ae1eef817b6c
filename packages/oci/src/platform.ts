/**
 * The `platform` vocabulary shared by the actions: `os/arch[/variant]` picks
 * one platform manifest of an image index (what `trivy --platform`,
 * `grype --platform` and `syft --platform` take), `all` means every platform
 * manifest of the index. One parser, one formatter, one selection rule.
 */
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import type { OciPlatform } from './manifest.js';
import { parseRegistryReference, referenceWithDigest } from './reference.js';
import type { PlatformManifest, ResolvedImage } from './registry-client.js';

/** A parsed `platform` input: none, one platform, or every platform of an index. */
export type PlatformSelector =
  { kind: 'none' } | { kind: 'one'; platform: OciPlatform & { variant?: string } } | { kind: 'all' };

/** Most platform manifests handled for `platform: all` (real indexes list a handful). */
export const MAX_PLATFORMS = 16;

/** One segment of os, architecture or variant: what the OCI image spec and Go's GOOS/GOARCH use. */
const SEGMENT = /^[a-z0-9][a-z0-9._-]{0,31}$/;

/**
 * Parses a `platform` input: '' (none), `all`, or `os/arch[/variant]` in lower
 * case (`linux/amd64`, `linux/arm64/v8`, `linux/arm/v7`). Anything else is a
 * ConfigurationError naming the input.
 */
export function parsePlatformInput(name: string, value: string): PlatformSelector {
  const text = value.trim();
  if (text === '') return { kind: 'none' };
  if (text === 'all') return { kind: 'all' };
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((part) => SEGMENT.test(part))) {
    throw new ConfigurationError(
      `Input \`${name}\` must be os/arch[/variant] in lower case (linux/amd64, linux/arm64/v8) or all; got '${text.slice(0, 80)}'.`,
    );
  }
  const [os, architecture, variant] = parts as [string, string, string?];
  return { kind: 'one', platform: { os, architecture, ...(variant ? { variant } : {}) } };
}

/** `os/arch[/variant]`, as the tools' --platform flags and the reports spell it. */
export function formatPlatform(platform: Pick<OciPlatform, 'os' | 'architecture' | 'variant'>): string {
  return [platform.os, platform.architecture, ...(platform.variant ? [platform.variant] : [])].join('/');
}

/** A name safe in file names and SARIF categories: `linux-arm64-v8`. */
export function platformSlug(platform: Pick<OciPlatform, 'os' | 'architecture' | 'variant'>): string {
  return formatPlatform(platform)
    .replace(/[^a-z0-9._-]+/gi, '-')
    .toLowerCase();
}

/** One image to work on: the manifest's digest, and its platform when it came from an index. */
export interface PlatformTarget {
  digest: string;
  /** `os/arch[/variant]`; undefined for a single-platform image. */
  platform?: string;
  /** platformSlug of the platform (file names, SARIF categories); undefined for a single-platform image. */
  slug?: string;
}

/**
 * The images `platform: all` covers: every platform manifest of an index (in
 * index order, at most MAX_PLATFORMS), or the image itself when it is not an
 * index. An index without runnable platform manifests, or with more than the
 * bound, is an error rather than a silent partial result.
 */
export function platformTargets(image: ResolvedImage, max: number = MAX_PLATFORMS): PlatformTarget[] {
  if (!image.isIndex) return [{ digest: image.digest }];
  if (image.platforms.length === 0) {
    throw new InfrastructureError(`The image index ${image.digest} lists no platform manifests.`);
  }
  if (image.platforms.length > max) {
    throw new InfrastructureError(
      `The image index ${image.digest} lists ${image.platforms.length} platform manifests; at most ${max} are handled by platform: all. Name one platform instead.`,
    );
  }
  const seen = new Set<string>();
  return image.platforms.map((entry: PlatformManifest) => {
    const platform = formatPlatform(entry.platform);
    // Two entries for one platform would give two reports under one name: refuse.
    if (seen.has(platform)) {
      throw new InfrastructureError(`The image index ${image.digest} lists platform ${platform} twice.`);
    }
    seen.add(platform);
    return { digest: entry.digest, platform, slug: platformSlug(entry.platform) };
  });
}

/** A platform target with the image reference pinned to its digest (`repo@sha256:…`), what the tools are given. */
export interface PlatformImage extends PlatformTarget {
  image: string;
}

/**
 * `platform: all` for `image` as resolved: each platform manifest (or the
 * single image) by digest, and one line for the log saying what was found.
 */
export function platformImages(
  image: string,
  resolved: ResolvedImage,
  max: number = MAX_PLATFORMS,
): { images: PlatformImage[]; message: string } {
  const ref = parseRegistryReference(image, { label: 'image' });
  const images = platformTargets(resolved, max).map((target) => ({
    ...target,
    image: referenceWithDigest(ref, target.digest).name,
  }));
  const message = resolved.isIndex
    ? `${image} is an image index (${resolved.digest}) of ${images.length} platform(s): ${images.map((i) => i.platform).join(', ')}; each is read by its digest.`
    : `${image} is a single-platform image (${resolved.digest}); platform: all takes that image.`;
  return { images, message };
}
