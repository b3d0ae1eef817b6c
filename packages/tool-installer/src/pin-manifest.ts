import { VERSION_PATTERN } from '@scs/action-kit';
import committedPins from './pins.json' with { type: 'json' };

/**
 * The committed pin manifest: tool → version → release asset + SHA-256 per
 * platform. The digests are the trust anchor for every download (they are
 * never fetched from the release that is being verified).
 *
 * Two shapes are accepted per tool, so the committed file can grow from "one
 * pinned version" to "several" without a code change:
 *
 *   { "version": "0.75.0", "assets": { "linux-x64": { "file": …, "sha256": … } } }
 *   { "default": "0.75.0", "versions": { "0.75.0": { "linux-x64": { … } }, "0.74.0": { … } } }
 *
 * Both are normalised into {@link ToolPins}.
 */

export const TOOL_NAMES = ['trivy', 'grype', 'syft', 'cosign'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** `process.platform-process.arch`, e.g. `linux-x64`, `darwin-arm64`, `win32-x64`. */
export type PlatformKey = string;

export interface PinnedAsset {
  /** File name of the release asset, e.g. `trivy_0.75.0_Linux-64bit.tar.gz`. */
  readonly file: string;
  /** Lower-case hex SHA-256 of that file. */
  readonly sha256: string;
  /**
   * Lower-case hex SHA-256 of the executable inside the archive (tar.gz/zip
   * assets), recorded by scripts/bump-tool-pin.mjs from the verified archive.
   * With it, a tool-cache hit is checked by hashing the binary alone; without
   * it, against the verified archive kept in the cache entry. For a raw
   * binary asset it equals `sha256` when given.
   */
  readonly binarySha256?: string;
}

export type PlatformAssets = Readonly<Record<PlatformKey, PinnedAsset>>;

export interface ToolPins {
  readonly defaultVersion: string;
  /** Version (without a leading `v`) → platform → asset. */
  readonly versions: Readonly<Record<string, PlatformAssets>>;
}

export type PinManifest = Readonly<Record<ToolName, ToolPins>>;

const SHA256 = /^[0-9a-f]{64}$/;
const PLATFORM_KEY = /^(linux|darwin|win32)-(x64|arm64)$/;
const ASSET_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export class PinManifestError extends Error {
  override name = 'PinManifestError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseAssets(raw: unknown, where: string): PlatformAssets {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    throw new PinManifestError(`${where}: expected a non-empty object of platform → asset.`);
  }
  const assets: Record<PlatformKey, PinnedAsset> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!PLATFORM_KEY.test(key)) {
      throw new PinManifestError(`${where}: '${key}' is not a platform key like linux-x64 or darwin-arm64.`);
    }
    if (!isRecord(value)) throw new PinManifestError(`${where}.${key}: expected { file, sha256 }.`);
    const { file, sha256, binarySha256 } = value;
    const extra = Object.keys(value).filter((k) => !['file', 'sha256', 'binarySha256'].includes(k));
    if (extra.length > 0) throw new PinManifestError(`${where}.${key}: unknown field(s) ${extra.join(', ')}.`);
    if (typeof file !== 'string' || !ASSET_FILE.test(file) || file.includes('..')) {
      throw new PinManifestError(`${where}.${key}.file: expected a plain file name, got ${JSON.stringify(file)}.`);
    }
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      throw new PinManifestError(`${where}.${key}.sha256: expected 64 lower-case hex digits.`);
    }
    if (binarySha256 !== undefined) {
      if (typeof binarySha256 !== 'string' || !SHA256.test(binarySha256)) {
        throw new PinManifestError(`${where}.${key}.binarySha256: expected 64 lower-case hex digits.`);
      }
      if (!/\.(tar\.gz|tgz|zip)$/.test(file) && binarySha256 !== sha256) {
        throw new PinManifestError(
          `${where}.${key}.binarySha256: ${file} is the binary itself, so it must equal sha256.`,
        );
      }
      assets[key] = Object.freeze({ file, sha256, binarySha256 });
    } else {
      assets[key] = Object.freeze({ file, sha256 });
    }
  }
  return Object.freeze(assets);
}

function parseVersion(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.startsWith('v') || !VERSION_PATTERN.test(value)) {
    throw new PinManifestError(
      `${where}: expected a version like 0.75.0 (no leading v), got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function parseTool(raw: unknown, tool: string): ToolPins {
  if (!isRecord(raw)) throw new PinManifestError(`${tool}: expected an object.`);
  if ('versions' in raw) {
    const defaultVersion = parseVersion(raw['default'], `${tool}.default`);
    if (!isRecord(raw['versions'])) throw new PinManifestError(`${tool}.versions: expected an object.`);
    const versions: Record<string, PlatformAssets> = {};
    for (const [version, assets] of Object.entries(raw['versions'])) {
      versions[parseVersion(version, `${tool}.versions key`)] = parseAssets(assets, `${tool}.versions.${version}`);
    }
    if (!(defaultVersion in versions)) {
      throw new PinManifestError(`${tool}.default: ${defaultVersion} has no entry in ${tool}.versions.`);
    }
    return Object.freeze({ defaultVersion, versions: Object.freeze(versions) });
  }
  const defaultVersion = parseVersion(raw['version'], `${tool}.version`);
  return Object.freeze({
    defaultVersion,
    versions: Object.freeze({ [defaultVersion]: parseAssets(raw['assets'], `${tool}.assets`) }),
  });
}

/** Validates and normalises a manifest (the committed one, or one a test injects). */
export function parsePinManifest(raw: unknown): PinManifest {
  if (!isRecord(raw)) throw new PinManifestError('Pin manifest: expected an object.');
  const unknownTools = Object.keys(raw).filter((key) => !(TOOL_NAMES as readonly string[]).includes(key));
  if (unknownTools.length > 0) {
    throw new PinManifestError(`Pin manifest: unknown tool(s) ${unknownTools.join(', ')}.`);
  }
  const manifest = {} as Record<ToolName, ToolPins>;
  for (const tool of TOOL_NAMES) {
    if (!(tool in raw)) throw new PinManifestError(`Pin manifest: no entry for ${tool}.`);
    manifest[tool] = parseTool(raw[tool], tool);
  }
  return Object.freeze(manifest);
}

let committed: PinManifest | undefined;

/** The manifest committed as `pins.json` (parsed on first use, not at import time). */
export function loadPinManifest(): PinManifest {
  committed ??= parsePinManifest(committedPins);
  return committed;
}

/** The pinned asset for a tool/version/platform, or undefined. */
export function pinnedAsset(
  manifest: PinManifest,
  tool: ToolName,
  version: string,
  platform: PlatformKey,
): PinnedAsset | undefined {
  return manifest[tool].versions[version]?.[platform];
}
