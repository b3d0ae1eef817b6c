import { ConfigurationError } from '@scs/action-kit';
import type { PlatformKey, ToolName } from './pin-manifest.js';

/**
 * Official release download URLs. Every tool publishes its assets as GitHub
 * release assets at `https://github.com/<owner>/<repo>/releases/download/v<V>/<file>`;
 * a mirror (GHES, air-gapped runners) replaces `https://github.com` and keeps
 * the rest of the path.
 */

export const GITHUB_BASE_URL = 'https://github.com';

interface ReleaseLayout {
  readonly repository: string;
  /** platform key → asset file name for version V (no leading `v`). */
  readonly assets: Readonly<Record<PlatformKey, (version: string) => string>>;
  /** File name of the release's checksum list (named in error messages). */
  readonly checksums: (version: string) => string;
}

function goreleaserAssets(tool: string, platforms: PlatformKey[]): Record<PlatformKey, (v: string) => string> {
  const os: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };
  const table: Record<PlatformKey, (v: string) => string> = {};
  for (const key of platforms) {
    const [platform = '', cpu = ''] = key.split('-');
    const ext = platform === 'win32' ? 'zip' : 'tar.gz';
    table[key] = (v) => `${tool}_${v}_${os[platform]}_${arch[cpu]}.${ext}`;
  }
  return table;
}

const LAYOUTS: Readonly<Record<ToolName, ReleaseLayout>> = {
  trivy: {
    repository: 'aquasecurity/trivy',
    assets: {
      'linux-x64': (v) => `trivy_${v}_Linux-64bit.tar.gz`,
      'linux-arm64': (v) => `trivy_${v}_Linux-ARM64.tar.gz`,
      'darwin-x64': (v) => `trivy_${v}_macOS-64bit.tar.gz`,
      'darwin-arm64': (v) => `trivy_${v}_macOS-ARM64.tar.gz`,
      'win32-x64': (v) => `trivy_${v}_windows-64bit.zip`,
    },
    checksums: (v) => `trivy_${v}_checksums.txt`,
  },
  grype: {
    repository: 'anchore/grype',
    assets: goreleaserAssets('grype', ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']),
    checksums: (v) => `grype_${v}_checksums.txt`,
  },
  syft: {
    repository: 'anchore/syft',
    assets: goreleaserAssets('syft', [
      'linux-x64',
      'linux-arm64',
      'darwin-x64',
      'darwin-arm64',
      'win32-x64',
      'win32-arm64',
    ]),
    checksums: (v) => `syft_${v}_checksums.txt`,
  },
  cosign: {
    repository: 'sigstore/cosign',
    assets: {
      'linux-x64': () => 'cosign-linux-amd64',
      'linux-arm64': () => 'cosign-linux-arm64',
      'darwin-x64': () => 'cosign-darwin-amd64',
      'darwin-arm64': () => 'cosign-darwin-arm64',
      'win32-x64': () => 'cosign-windows-amd64.exe',
    },
    checksums: () => 'cosign_checksums.txt',
  },
};

/** Platforms for which the project publishes a release asset (for unpinned versions). */
export function publishedPlatforms(tool: ToolName): PlatformKey[] {
  return Object.keys(LAYOUTS[tool].assets);
}

/** The release asset's file name for a version and platform, or undefined when none is published. */
export function releaseAssetName(tool: ToolName, version: string, platform: PlatformKey): string | undefined {
  return LAYOUTS[tool].assets[platform]?.(version);
}

export function releaseRepository(tool: ToolName): string {
  return LAYOUTS[tool].repository;
}

/**
 * `<base>/<owner>/<repo>/releases/download/v<version>/<file>`. `version` and
 * `file` must already be validated; they are still percent-encoded as path
 * segments so nothing in them can change the URL's structure.
 */
export function releaseAssetUrl(tool: ToolName, version: string, file: string, baseUrl = GITHUB_BASE_URL): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/${LAYOUTS[tool].repository}/releases/download/${encodeURIComponent(`v${version}`)}/${encodeURIComponent(file)}`;
}

export function checksumsUrl(tool: ToolName, version: string, baseUrl = GITHUB_BASE_URL): string {
  return releaseAssetUrl(tool, version, LAYOUTS[tool].checksums(version), baseUrl);
}

/**
 * Validates a mirror base URL: http(s), no credentials, query or fragment.
 * Returns it without trailing slashes. `label` names the setting in errors.
 */
export function validateMirrorUrl(value: string, label = 'mirror'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `The ${label} must be an http(s) URL such as https://ghes.example.com; got ${show(value)}.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`The ${label} must be an http(s) URL; got scheme '${url.protocol}'.`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`The ${label} must not embed credentials in the URL.`);
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new ConfigurationError(`The ${label} must not have a query string or fragment; got ${show(value)}.`);
  }
  return url.toString().replace(/\/+$/, '');
}

function show(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(shown);
}
