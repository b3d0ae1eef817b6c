import { httpDownloader } from './http-download.js';
import { lstat, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { ConfigurationError, InfrastructureError, VERSION_PATTERN, errorMessage } from '@scs/action-kit';
import { execRunner, probeVersion, validateExecutablePath, type CommandRunner } from './bring-your-own.js';
import { assetFormat, makeExecutable, toolCacheExtractor, type AssetFormat, type Extractor } from './extract.js';
import {
  loadPinManifest,
  type PinManifest,
  type PinnedAsset,
  type PlatformKey,
  type ToolName,
} from './pin-manifest.js';
import {
  GITHUB_BASE_URL,
  checksumsUrl,
  publishedPlatforms,
  releaseAssetName,
  releaseAssetUrl,
  validateMirrorUrl,
} from './release-url.js';
import { normalizeSha256, sha256File } from './sha256.js';
import type { ToolSpec } from './tools.js';

export interface InstallRequest {
  /** Release version (`0.75.0` or `v0.75.0`); the pinned default when empty. */
  version?: string;
  /** SHA-256 of the release asset for this platform; required for versions that are not pinned. */
  sha256?: string;
  /** Base URL that replaces `https://github.com` in release URLs (GHES, air-gapped mirrors). */
  mirror?: string;
  /** Absolute path to an executable to use instead of downloading one. */
  path?: string;
}

export interface InstalledTool {
  name: ToolName;
  /** The installed version; for `source: 'path'`, what the binary reports ('unknown' if unparseable). */
  version: string;
  /** Absolute path of the executable. */
  binary: string;
  source: 'path' | 'cache' | 'download';
  /** SHA-256 of the verified release asset (download, cache), or of the executable itself (path). */
  sha256?: string;
  /** Where the asset was downloaded from (download only). */
  url?: string;
}

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** The subset of @actions/tool-cache the installer uses. */
export interface ToolCache {
  /** The cached directory for tool/version/arch, or '' when absent. */
  find(tool: string, version: string, arch: string): string;
  /** Copies `sourceDir` into the cache (replacing any previous entry) and returns the cached directory. */
  cacheDir(sourceDir: string, tool: string, version: string, arch: string): Promise<string>;
}

/** Downloads `url` to the file `dest` (which must not exist yet), with retries. */
export type Downloader = (url: string, dest: string) => Promise<string>;

/** SHA-256 of a file, lower-case hex. */
export type Hasher = (file: string) => Promise<string>;

export interface InstallerDeps {
  manifest: PinManifest;
  /** Node's `process.platform`. */
  platform: string;
  /** Node's `process.arch`. */
  arch: string;
  downloader: Downloader;
  toolCache: ToolCache;
  extractor: Extractor;
  hasher: Hasher;
  addPath: (dir: string) => void;
  logger: Logger;
  /** Runs a bring-your-own binary to probe its version. */
  runner: CommandRunner;
  /** Directory for downloads and staging (RUNNER_TEMP on a runner); read at install time. */
  tempDir: () => string;
}

/** The collaborators used in a real workflow run: a bounded HTTP download, @actions/tool-cache, @actions/core. */
export function defaultInstallerDeps(): InstallerDeps {
  return {
    manifest: loadPinManifest(),
    platform: process.platform,
    arch: process.arch,
    downloader: httpDownloader({ log: (message) => core.info(message) }),
    toolCache: {
      find: (tool, version, arch) => tc.find(tool, version, arch),
      cacheDir: (sourceDir, tool, version, arch) => tc.cacheDir(sourceDir, tool, version, arch),
    },
    extractor: toolCacheExtractor,
    hasher: sha256File,
    addPath: (dir) => core.addPath(dir),
    logger: {
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      debug: (message) => core.debug(message),
    },
    runner: execRunner,
    tempDir: () => process.env['RUNNER_TEMP'] || os.tmpdir(),
  };
}

/**
 * Written next to the binary in every tool-cache entry this installer creates:
 * what was installed from which asset, for people and tools that inspect the
 * cache. It is **not** trusted on a cache hit: anyone who can write the tool
 * cache (a persistent runner, a pre-baked image, a restored cache) can write
 * it too, so a hit is checked against the committed pins only (see
 * {@link ToolInstaller}).
 */
export const INSTALL_RECORD_FILE = '.scs-install.json';

/**
 * Folder of a cache entry that keeps the verified release archive (tar.gz and
 * zip assets), so that a cache hit can check the cached binary against the
 * pinned archive digest when the pins carry no digest of the binary itself.
 */
export const VERIFIED_ASSET_DIR = '.scs-asset';

export interface InstallRecord {
  tool: ToolName;
  version: string;
  asset: string;
  assetSha256: string;
  binary: string;
  binarySha256: string;
}

interface Target {
  version: string;
  platform: PlatformKey;
  asset: PinnedAsset;
  /** 'manifest' when the digest comes from the committed pins, 'request' when the caller supplied it. */
  digestSource: 'manifest' | 'request';
  format: AssetFormat;
  binaryName: string;
}

interface ValidRequest {
  version?: string;
  sha256?: string;
  mirror?: string;
  path?: string;
}

/** How a cache hit was verified, or why it could not be. */
type CacheCheck = { problem: string } | { problem?: undefined; how: string };

/**
 * Download → verify (SHA-256 against the pin, before anything is extracted or
 * run) → extract → cache → add to PATH, for one tool. Subclasses only supply a
 * {@link ToolSpec}.
 *
 * A cache hit is re-verified against committed data only — never against
 * anything stored in the cache, which whoever planted an entry also wrote:
 * - the pins carry the binary's own SHA-256 (`binarySha256`, recorded by
 *   scripts/bump-tool-pin.mjs), or the asset is the binary itself (cosign):
 *   the cached binary is hashed and must equal it;
 * - otherwise the entry must keep the verified release archive
 *   ({@link VERIFIED_ASSET_DIR}): it is hashed and must equal the pinned (or
 *   given) archive digest, the binary is unpacked from it again into a
 *   scratch folder, and the cached binary must be byte-for-byte that member
 *   (equal SHA-256).
 * An entry that fails is reported as a warning naming what did not match, is
 * never run, and is replaced from the release, which is verified again
 * before use.
 */
export class ToolInstaller {
  protected readonly deps: InstallerDeps;

  constructor(
    protected readonly spec: ToolSpec,
    deps: Partial<InstallerDeps> = {},
  ) {
    const defaults = defaultInstallerDeps();
    this.deps = { ...defaults, ...deps, manifest: deps.manifest ?? defaults.manifest };
  }

  /** The pinned default version of this tool. */
  defaultVersion(): string {
    return this.deps.manifest[this.spec.name].defaultVersion;
  }

  async install(request: InstallRequest = {}): Promise<InstalledTool> {
    const req = this.validateRequest(request);
    if (req.path !== undefined) return this.useExisting(req.path, req);
    const target = this.resolveTarget(req);
    const cached = await this.fromCache(target);
    if (cached) return cached;
    return this.download(target, req.mirror ?? GITHUB_BASE_URL);
  }

  private get label(): string {
    return this.spec.displayName;
  }

  private validateRequest(request: InstallRequest): ValidRequest {
    const valid: ValidRequest = {};
    const { version, sha256, mirror, path: binaryPath } = request;
    if (version !== undefined && version !== '') {
      if (typeof version !== 'string' || version.length > 64 || !VERSION_PATTERN.test(version)) {
        const shown = typeof version === 'string' ? JSON.stringify(version.slice(0, 80)) : typeof version;
        throw new ConfigurationError(
          `The ${this.label} version must be a release version such as ${this.defaultVersion()} or v${this.defaultVersion()}; got ${shown}.`,
        );
      }
      valid.version = version.replace(/^v/, '');
    }
    if (sha256) valid.sha256 = normalizeSha256(sha256, `${this.label} sha256`);
    if (mirror) valid.mirror = validateMirrorUrl(mirror, `${this.label} download mirror`);
    if (binaryPath) valid.path = binaryPath;
    return valid;
  }

  private resolveTarget(req: ValidRequest): Target {
    const tool = this.spec.name;
    const pins = this.deps.manifest[tool];
    const version = req.version ?? pins.defaultVersion;
    const platform = `${this.deps.platform}-${this.deps.arch}`;
    const binaryName = this.spec.binaryName(this.deps.platform);
    const pinnedAssets = pins.versions[version];

    if (pinnedAssets) {
      const asset = pinnedAssets[platform];
      if (!asset) throw this.unsupportedPlatform(version, platform, Object.keys(pinnedAssets));
      if (req.sha256 !== undefined && req.sha256 !== asset.sha256) {
        throw new ConfigurationError(
          `The ${this.label} sha256 ${req.sha256} does not match the digest pinned for ${asset.file} (${asset.sha256}). ` +
            `Remove the sha256 setting to use the pinned digest.`,
        );
      }
      return { version, platform, asset, digestSource: 'manifest', format: assetFormat(asset.file), binaryName };
    }

    const file = releaseAssetName(tool, version, platform);
    if (!file) throw this.unsupportedPlatform(version, platform, publishedPlatforms(tool));
    if (req.sha256 === undefined) {
      const pinned = Object.keys(pins.versions).join(', ');
      throw new ConfigurationError(
        `${this.label} ${version} is not pinned by this action (pinned: ${pinned}), so its digest must be given. ` +
          `Set sha256 to the SHA-256 of ${file} (the ${platform} asset), as listed in ` +
          `${checksumsUrl(tool, version)} — or leave the version empty to use ${pins.defaultVersion}.`,
      );
    }
    this.deps.logger.info(
      `${this.label} ${version} is not pinned; using the SHA-256 given for ${file} (${req.sha256}).`,
    );
    return {
      version,
      platform,
      asset: { file, sha256: req.sha256 },
      digestSource: 'request',
      format: assetFormat(file),
      binaryName,
    };
  }

  private unsupportedPlatform(version: string, platform: string, supported: string[]): ConfigurationError {
    return new ConfigurationError(
      `${this.label} ${version} is not available for ${platform}. Supported platforms: ${supported.join(', ')}.`,
    );
  }

  // ---- tool cache ---------------------------------------------------------------------------

  private async fromCache(target: Target): Promise<InstalledTool | undefined> {
    const { name } = this.spec;
    let dir: string;
    try {
      dir = this.deps.toolCache.find(name, target.version, this.deps.arch);
    } catch (error) {
      throw new InfrastructureError(`The tool cache could not be searched for ${name} ${target.version}.`, {
        cause: error,
      });
    }
    if (!dir) return undefined;
    const check = await this.verifyCacheEntry(dir, target);
    if (check.problem !== undefined) {
      this.deps.logger.warning(
        `Cached ${name} ${target.version} in ${dir} failed verification (${check.problem}); it will not be used. ` +
          `Reinstalling it from the verified release asset.`,
      );
      return undefined;
    }
    this.deps.addPath(dir);
    this.deps.logger.info(`Using cached ${name} ${target.version} from ${dir} (${check.how}).`);
    return {
      name,
      version: target.version,
      binary: path.join(dir, target.binaryName),
      source: 'cache',
      sha256: target.asset.sha256,
    };
  }

  /**
   * Whether the entry can be trusted, and how that was established — from the
   * pins (or the digest the workflow gave), never from files in the entry
   * other than the binary and the kept archive, whose bytes are checked.
   */
  private async verifyCacheEntry(dir: string, target: Target): Promise<CacheCheck> {
    const { binaryName, asset } = target;
    const binary = path.join(dir, binaryName);
    const info = await lstat(binary).catch(() => undefined);
    if (!info) return { problem: `${binaryName} is missing` };
    if (!info.isFile()) return { problem: `${binaryName} is not a regular file` };

    const pinnedBinary = asset.binarySha256 ?? (target.format === 'binary' ? asset.sha256 : undefined);
    if (pinnedBinary !== undefined) {
      const actual = await this.hashOrProblem(binary, binaryName);
      if (typeof actual !== 'string') return actual;
      if (actual !== pinnedBinary) {
        return {
          problem: `${binaryName} has SHA-256 ${actual}, but the ${this.digestOrigin(target)} SHA-256 of that binary is ${pinnedBinary}`,
        };
      }
      return { how: `binary SHA-256 matches the ${this.digestOrigin(target)} ${pinnedBinary}` };
    }

    const archive = path.join(dir, VERIFIED_ASSET_DIR, asset.file);
    const archiveInfo = await lstat(archive).catch(() => undefined);
    if (!archiveInfo?.isFile()) {
      return {
        problem: `it does not keep the release archive ${VERIFIED_ASSET_DIR}/${asset.file} to check ${binaryName} against`,
      };
    }
    const archiveDigest = await this.hashOrProblem(archive, asset.file);
    if (typeof archiveDigest !== 'string') return archiveDigest;
    if (archiveDigest !== asset.sha256) {
      return {
        problem: `the kept ${asset.file} has SHA-256 ${archiveDigest}, expected ${asset.sha256} (${this.digestOrigin(target)})`,
      };
    }
    const tempDir = this.deps.tempDir();
    await mkdir(tempDir, { recursive: true });
    const scratch = await mkdtemp(path.join(tempDir, `scs-${this.spec.name}-check-`));
    try {
      try {
        await this.deps.extractor.extract(archive, target.format, scratch, binaryName);
      } catch (error) {
        return { problem: `the kept ${asset.file} could not be unpacked (${errorMessage(error)})` };
      }
      const member = path.join(scratch, binaryName);
      if (!(await lstat(member).catch(() => undefined))?.isFile()) {
        return { problem: `the kept ${asset.file} has no ${binaryName} at its top level` };
      }
      const [expected, actual] = await Promise.all([this.deps.hasher(member), this.hashOrProblem(binary, binaryName)]);
      if (typeof actual !== 'string') return actual;
      if (actual !== expected) {
        return {
          problem: `${binaryName} has SHA-256 ${actual}, but the ${binaryName} in the verified ${asset.file} has ${expected}`,
        };
      }
      return {
        how: `${asset.file} re-verified against the ${this.digestOrigin(target)} SHA-256 and ${binaryName} identical to its member`,
      };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  private digestOrigin(target: Target): string {
    return target.digestSource === 'manifest' ? 'pinned' : 'given';
  }

  private async hashOrProblem(file: string, label: string): Promise<string | { problem: string }> {
    try {
      return await this.deps.hasher(file);
    } catch (error) {
      return { problem: `${label} could not be read (${errorMessage(error)})` };
    }
  }

  // ---- download -----------------------------------------------------------------------------

  private async download(target: Target, baseUrl: string): Promise<InstalledTool> {
    const { name } = this.spec;
    const { asset, version, binaryName } = target;
    const url = releaseAssetUrl(name, version, asset.file, baseUrl);
    const tempDir = this.deps.tempDir();
    await mkdir(tempDir, { recursive: true });
    const work = await mkdtemp(path.join(tempDir, `scs-${name}-`));
    try {
      const downloaded = path.join(work, asset.file);
      this.deps.logger.info(`Downloading ${name} ${version} from ${url}`);
      try {
        await this.deps.downloader(url, downloaded);
      } catch (error) {
        throw this.downloadError(error, url, target, baseUrl !== GITHUB_BASE_URL);
      }

      const actual = await this.deps.hasher(downloaded);
      if (actual !== asset.sha256) {
        await rm(downloaded, { force: true });
        const origin = target.digestSource === 'manifest' ? 'pinned by this action' : 'given as sha256';
        const hint =
          target.digestSource === 'request'
            ? ` If you supplied the digest, compare it with ${checksumsUrl(name, version)}.`
            : baseUrl !== GITHUB_BASE_URL
              ? ' Check that the mirror serves the original release asset.'
              : '';
        throw new InfrastructureError(
          `SHA-256 mismatch for ${asset.file} downloaded from ${url}: expected ${asset.sha256} (${origin}), ` +
            `got ${actual}. The download was deleted; nothing from it was extracted or run.${hint}`,
        );
      }
      this.deps.logger.info(`Verified SHA-256 of ${asset.file}: ${actual}`);

      const stage = path.join(work, 'stage');
      await mkdir(stage);
      try {
        await this.deps.extractor.extract(downloaded, target.format, stage, binaryName);
      } catch (error) {
        throw new InfrastructureError(`Unpacking ${asset.file} failed.`, { cause: error });
      }

      const stagedBinary = path.join(stage, binaryName);
      const info = await lstat(stagedBinary).catch(() => undefined);
      if (!info?.isFile()) {
        throw new InfrastructureError(`${asset.file} does not contain the executable ${binaryName} at its top level.`);
      }
      await makeExecutable(stagedBinary, this.deps.platform);
      const binarySha256 = await this.deps.hasher(stagedBinary);
      if (asset.binarySha256 !== undefined && binarySha256 !== asset.binarySha256) {
        throw new InfrastructureError(
          `${asset.file} matches its pinned SHA-256, but the ${binaryName} in it has SHA-256 ${binarySha256}, not the pinned ` +
            `${asset.binarySha256}. The pins in this action are inconsistent; nothing was installed or run.`,
        );
      }
      if (target.format !== 'binary') {
        // Kept so that a later cache hit can be checked against the pinned archive digest.
        await mkdir(path.join(stage, VERIFIED_ASSET_DIR));
        await rename(downloaded, path.join(stage, VERIFIED_ASSET_DIR, asset.file));
      }
      await rm(downloaded, { force: true });
      const record: InstallRecord = {
        tool: name,
        version,
        asset: asset.file,
        assetSha256: asset.sha256,
        binary: binaryName,
        binarySha256,
      };
      await writeFile(path.join(stage, INSTALL_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);

      let dir: string;
      try {
        dir = await this.deps.toolCache.cacheDir(stage, name, version, this.deps.arch);
      } catch (error) {
        throw new InfrastructureError(`Adding ${name} ${version} to the tool cache failed.`, { cause: error });
      }
      this.deps.addPath(dir);
      this.deps.logger.info(`Installed ${name} ${version} in ${dir}`);
      return { name, version, binary: path.join(dir, binaryName), source: 'download', sha256: asset.sha256, url };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private downloadError(error: unknown, url: string, target: Target, viaMirror: boolean): InfrastructureError {
    const status = (error as { httpStatusCode?: unknown } | null)?.httpStatusCode;
    const what = `Downloading ${this.spec.name} ${target.version} (${target.asset.file}) from ${url} failed`;
    if (status === 404) {
      return new InfrastructureError(
        `${what}: HTTP 404 Not Found. Check that release v${target.version} publishes ${target.asset.file}` +
          `${viaMirror ? ' and that the mirror carries it' : ''}.`,
        { cause: error },
      );
    }
    if (typeof status === 'number') {
      const retried = status >= 500 || status === 408 || status === 429 ? ' (after retries)' : '';
      return new InfrastructureError(`${what}: HTTP ${status}${retried}.`, { cause: error });
    }
    return new InfrastructureError(`${what}: ${errorMessage(error)}`, { cause: error });
  }

  // ---- bring your own -----------------------------------------------------------------------

  private async useExisting(binaryPath: string, req: ValidRequest): Promise<InstalledTool> {
    const { name } = this.spec;
    if (req.sha256 !== undefined || req.mirror !== undefined) {
      this.deps.logger.warning(`${this.label}: a path is given, so the sha256 and mirror settings are ignored.`);
    }
    const binary = await validateExecutablePath(binaryPath, this.deps.platform, `${this.label} path`);
    const sha256 = await this.deps.hasher(binary);
    const probe = await probeVersion(this.deps.runner, binary, this.spec.versionArgs, this.spec.versionPatterns);
    if (probe.problem !== undefined) {
      this.deps.logger.warning(`${this.label} at ${binary}: version unknown: ${probe.problem}.`);
    } else if (req.version !== undefined && probe.version !== req.version) {
      this.deps.logger.warning(
        `${this.label} at ${binary} reports version ${probe.version}, but ${req.version} was requested; using it anyway.`,
      );
    }
    this.deps.logger.info(`Using ${name} ${probe.version} from ${binary} (SHA-256 ${sha256}); nothing was downloaded.`);
    return { name, version: probe.version, binary, source: 'path', sha256 };
  }
}
