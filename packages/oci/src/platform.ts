import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { isIndexMediaType, type OciPlatform } from './manifest.js';
import { parseRegistryReference, referenceWithDigest } from './reference.js';
import type { PlatformManifest, ResolvedImage } from './registry-client.js';

/**
 * At most this many platform manifests of one image index are attested or
 * verified in one step (an index from the registry is untrusted: each one
 * costs signing or registry round trips). Real indexes list a handful.
 */
export const MAX_PLATFORM_MANIFESTS = 64;

/** A `platform` input: every platform manifest (`all`), or those of one os/arch[/variant]. */
export type PlatformSelector =
  { all: true } | { all: false; os: string; architecture: string; variant?: string; text: string };

const PART = '[a-z0-9][a-z0-9._-]{0,31}';
const SELECTOR = new RegExp(`^(${PART})/(${PART})(?:/(${PART}))?$`);

/**
 * Parses a `platform` input: `all`, or `os/arch[/variant]` (lower case, as
 * in an image index: linux/amd64, linux/arm64/v8, windows/amd64). `input`
 * names the input in the error.
 */
export function parsePlatformSelector(input: string, value: string): PlatformSelector {
  const text = value.trim().toLowerCase();
  if (text === 'all') return { all: true };
  const match = SELECTOR.exec(text);
  if (!match) {
    throw new ConfigurationError(
      `Input \`${input}\` is \`all\` or os/arch[/variant] as an image index names it (e.g. linux/amd64, linux/arm64/v8); got '${value.slice(0, 80)}'.`,
    );
  }
  return {
    all: false,
    os: match[1]!,
    architecture: match[2]!,
    ...(match[3] ? { variant: match[3] } : {}),
    text,
  };
}

/** os/arch[/variant] of a platform, as `docker --platform` writes it. */
export function platformName(platform: OciPlatform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** Whether `platform` is what `selector` asks for (a selector without a variant matches any variant). */
export function platformMatches(selector: PlatformSelector, platform: OciPlatform): boolean {
  if (selector.all) return true;
  return (
    platform.os === selector.os &&
    platform.architecture === selector.architecture &&
    (selector.variant === undefined || platform.variant === selector.variant)
  );
}

/**
 * The platform manifests of a resolved image index that `selector` selects
 * (each digest once, in index order); [] for a single manifest. Refused: an
 * index that lists another index as a platform entry (one level only), an
 * index with more than MAX_PLATFORM_MANIFESTS platform manifests, an index
 * without any, and a selector that matches none. `label` names the image.
 */
export function selectPlatformManifests(
  image: Pick<ResolvedImage, 'isIndex' | 'platforms'>,
  selector: PlatformSelector,
  label: string,
): PlatformManifest[] {
  if (!image.isIndex) return [];
  const nested = image.platforms.find((entry) => isIndexMediaType(entry.mediaType));
  if (nested) {
    throw new InfrastructureError(
      `${label}: the index lists another index (${nested.digest}) for ${platformName(nested.platform)}; nested indexes are not followed (one level only).`,
    );
  }
  if (image.platforms.length === 0) {
    throw new InfrastructureError(`${label} is an image index that lists no platform manifest.`);
  }
  if (image.platforms.length > MAX_PLATFORM_MANIFESTS) {
    throw new InfrastructureError(
      `${label}: the index lists ${image.platforms.length} platform manifests; at most ${MAX_PLATFORM_MANIFESTS} are handled in one step.`,
    );
  }
  const seen = new Set<string>();
  const chosen = image.platforms.filter((entry) => {
    if (!platformMatches(selector, entry.platform) || seen.has(entry.digest)) return false;
    seen.add(entry.digest);
    return true;
  });
  if (chosen.length === 0 && !selector.all) {
    throw new ConfigurationError(
      `Input \`platform\` is ${selector.text}, but ${label} has no such platform manifest; it has ${[...new Set(image.platforms.map((p) => platformName(p.platform)))].join(', ')}.`,
    );
  }
  return chosen;
}

/**
 * A `platform` input that may be empty (scan, sbom): none (the tool's
 * default platform), one platform (passed to the tool's own --platform), or
 * all (every platform manifest of the index, each by digest). Parsed by
 * parsePlatformSelector: one grammar for every action.
 */
export type PlatformChoice = { kind: 'none' } | { kind: 'one'; platform: OciPlatform } | { kind: 'all' };

export function parsePlatformInput(input: string, value: string): PlatformChoice {
  if (value.trim() === '') return { kind: 'none' };
  const selector = parsePlatformSelector(input, value);
  if (selector.all) return { kind: 'all' };
  const { os, architecture, variant } = selector;
  return { kind: 'one', platform: { os, architecture, ...(variant ? { variant } : {}) } };
}

/** Most platform manifests scanned or described by `platform: all` (each is a full tool run). */
export const MAX_PLATFORMS = 16;

/** A name safe in file names and SARIF categories: `linux-arm64-v8`. */
export function platformSlug(platform: OciPlatform): string {
  return platformName(platform)
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
 * index order, at most `max`), or the image itself when it is not an index.
 * Refused (selectPlatformManifests): an empty index, a nested index, more
 * than MAX_PLATFORM_MANIFESTS; here also more than `max`, and one platform
 * listed twice (two reports under one name).
 */
export function platformTargets(image: ResolvedImage, max: number = MAX_PLATFORMS): PlatformTarget[] {
  if (!image.isIndex) return [{ digest: image.digest }];
  const manifests = selectPlatformManifests(image, { all: true }, `The image index ${image.digest}`);
  if (manifests.length > max) {
    throw new InfrastructureError(
      `The image index ${image.digest} lists ${manifests.length} platform manifests; at most ${max} are handled by platform: all. Name one platform instead.`,
    );
  }
  const seen = new Set<string>();
  return manifests.map((entry) => {
    const platform = platformName(entry.platform);
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
