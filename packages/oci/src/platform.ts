import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { isIndexMediaType, type OciPlatform } from './manifest.js';
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
