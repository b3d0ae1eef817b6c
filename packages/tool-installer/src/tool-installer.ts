import { httpDownloader } from './http-download.js';
import { lstat, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { ConfigurationError, InfrastructureError, VERSION_PATTERN, errorMessage } from '@scs/action-kit';
import { execRunner, probeVersion, validateExecutablePath, type CommandRunner } from './bring-your-own.js';
import { fileIdentity, identityMismatch, msUntilSettled, type FileIdentity } from './file-identity.js';
import { assetFormat, makeExecutable, toolCacheExtractor, type AssetFormat, type Extractor } from './extract.js';
import { loadPinManifest, type PinManifest, type PinnedAsset, type PlatformKey, type ToolName } from './pin-manifest.js';
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
  /**
   * Re-hash a cached binary on every cache hit, even when the file is provably
   * untouched since its digest was last verified (same size, mtime, ctime,
   * inode, device and mode). Only changes below the file system (disk
   * corruption) or by root can get past the fast check; this catches those too,
   * at the cost of reading the whole binary (≈ 0.2 s per 100 MB).
   */
  rehashCached?: boolean;
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
 * Written next to the binary in every tool-cache entry this installer creates
 * (it is part of the staged directory, so it is in place before tool-cache
 * writes its `.complete` marker). A cache hit is trusted only if the record
 * matches the digest expected now and the binary is still the one whose
 * SHA-256 was verified: either it hashes to the recorded value again, or the
 * file system shows it untouched since that verification (see
 * {@link InstallRecord.binaryIdentity}).
 */
export const INSTALL_RECORD_FILE = '.scs-install.json';

export interface InstallRecord {
  tool: ToolName;
  version: string;
  asset: string;
  assetSha256: string;
  binary: string;
  binarySha256: string;
  /**
   * The binary's size, mtime, ctime, inode, device and mode when its SHA-256
   * was last verified (after it was placed in the tool cache, and after every
   * re-hash that matched), and when that was. A cache hit whose binary still
   * shows exactly these values skips the re-hash: changing the content
   * changes the ctime, which no unprivileged process can set back (details in
   * file-identity.ts). Absent in records written before this existed, or when
   * the file's timestamps had not settled yet: the next hit re-hashes.
   *
   * Threat model: the check guards the binary against everything that
   * changes it after it was verified without also rewriting this record —
   * another tool or cache restore overwriting the folder, a partial copy, a
   * careless `cp`/`chmod`, an edit with the mtime put back. Whoever can
   * rewrite both the binary and this record as the runner's user could
   * equally rewrite this action's own code or the runner's Node, so neither
   * this check nor a full re-hash is a boundary against them; for a binary
   * asset (cosign) the recorded digest must in any case equal the pinned one.
   */
  binaryIdentity?: FileIdentity;
  /** ISO time of the verification that {@link binaryIdentity} describes. */
  verifiedAt?: string;
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
  rehashCached?: boolean;
}

const MAX_RECORD_BYTES = 4096;
/** Longest wait for a freshly cached binary's timestamps to settle before its identity is recorded. */
const MAX_SETTLE_WAIT_MS = 50;

/** How a cache hit was verified, or why it could not be. */
type CacheCheck = { problem: string } | { problem?: undefined; how: 'identity' | 'rehash' };

/**
 * Download → verify (SHA-256 against the pin, before anything is extracted or
 * run) → extract → cache → add to PATH, for one tool. Subclasses only supply a
 * {@link ToolSpec}.
 *
 * A cache hit is re-verified; an entry that fails (binary changed, record
 * missing or for another digest) is reported as a warning and reinstalled from
 * the release, which is verified again before use.
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
    const cached = await this.fromCache(target, req.rehashCached === true);
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
    if (request.rehashCached === true) valid.rehashCached = true;
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

  private async fromCache(target: Target, rehash: boolean): Promise<InstalledTool | undefined> {
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
    const check = await this.verifyCacheEntry(dir, target, rehash);
    if (check.problem !== undefined) {
      this.deps.logger.warning(
        `Cached ${name} ${target.version} in ${dir} failed verification (${check.problem}); it will not be used. ` +
          `Reinstalling it from the verified release asset.`,
      );
      return undefined;
    }
    this.deps.addPath(dir);
    const how =
      check.how === 'rehash'
        ? 'binary SHA-256 re-verified'
        : 'binary unchanged since its SHA-256 was verified: same size, mtime, ctime, inode and device';
    this.deps.logger.info(`Using cached ${name} ${target.version} from ${dir} (${how}).`);
    return {
      name,
      version: target.version,
      binary: path.join(dir, target.binaryName),
      source: 'cache',
      sha256: target.asset.sha256,
    };
  }

  /**
   * Whether the entry can be trusted, and how that was established. The
   * record must match the digest expected now; then the binary is either
   * provably untouched since its last verification (its file identity equals
   * the recorded one: no read of the content) or re-hashed (streaming) — and,
   * when the re-hash matches, its identity is recorded so that the next hit is
   * cheap.
   */
  private async verifyCacheEntry(dir: string, target: Target, rehash: boolean): Promise<CacheCheck> {
    const recordPath = path.join(dir, INSTALL_RECORD_FILE);
    let record: Partial<InstallRecord>;
    try {
      const info = await lstat(recordPath);
      if (!info.isFile() || info.size > MAX_RECORD_BYTES) return { problem: `${INSTALL_RECORD_FILE} is not a small regular file` };
      record = JSON.parse(await readFile(recordPath, 'utf8')) as Partial<InstallRecord>;
      if (typeof record !== 'object' || record === null) throw new TypeError('not an object');
    } catch {
      return { problem: `no readable ${INSTALL_RECORD_FILE}; the entry was not created by this installer` };
    }
    if (record.tool !== this.spec.name || record.version !== target.version || record.binary !== target.binaryName) {
      return { problem: `${INSTALL_RECORD_FILE} describes a different tool, version or binary` };
    }
    if (record.assetSha256 !== target.asset.sha256) {
      return {
        problem: `it was installed from an asset with SHA-256 ${String(record.assetSha256)}, expected ${target.asset.sha256}`,
      };
    }
    if (target.format === 'binary' && record.binarySha256 !== target.asset.sha256) {
      return { problem: `the recorded binary digest differs from the pinned ${target.asset.sha256}` };
    }
    const binary = path.join(dir, target.binaryName);
    let before: FileIdentity;
    try {
      const info = await lstat(binary);
      if (!info.isFile()) return { problem: `${target.binaryName} is not a regular file` };
      before = await fileIdentity(binary);
    } catch {
      return { problem: `${target.binaryName} is missing` };
    }
    if (!rehash && identityMismatch(record.binaryIdentity, before) === undefined) return { how: 'identity' };

    const readAt = Date.now();
    let actual: string;
    try {
      actual = await this.deps.hasher(binary);
    } catch (error) {
      return { problem: `${target.binaryName} could not be read (${errorMessage(error)})` };
    }
    if (actual !== record.binarySha256) {
      return {
        problem: `${target.binaryName} has SHA-256 ${actual}, but ${record.binarySha256} was recorded when it was installed`,
      };
    }
    // The hash covers the content as it was between the two reads of the identity: record it
    // only if nothing changed meanwhile and the timestamps had settled before hashing began.
    const after = await fileIdentity(binary).catch(() => undefined);
    if (after && identityMismatch(before, after) === undefined && msUntilSettled(before, readAt) === 0) {
      await this.recordIdentity(recordPath, record as InstallRecord, before);
    }
    return { how: 'rehash' };
  }

  /**
   * Rewrites the install record with the binary's verified identity (a new
   * file renamed over the old one, so a reader never sees half a record).
   * Best effort: a read-only tool cache only means the next hit re-hashes.
   */
  private async recordIdentity(recordPath: string, record: InstallRecord, identity: FileIdentity): Promise<void> {
    const updated: InstallRecord = { ...record, binaryIdentity: identity, verifiedAt: new Date().toISOString() };
    const temp = `${recordPath}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(updated, null, 2)}\n`, { flag: 'wx' });
      await rename(temp, recordPath);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      this.deps.logger.debug(
        `Could not record the verified state of the cached binary in ${recordPath} (${errorMessage(error)}); ` +
          `the next cache hit will re-hash it.`,
      );
    }
  }

  /**
   * After tool-cache copied the verified binary into place: wait (briefly)
   * for its timestamps to settle, then record its identity so that cache hits
   * need not re-hash it. The content was hashed in the staging folder just before.
   */
  private async recordInstalledIdentity(dir: string, record: InstallRecord): Promise<void> {
    const binary = path.join(dir, record.binary);
    try {
      let readAt = Date.now();
      let identity = await fileIdentity(binary);
      const wait = msUntilSettled(identity, readAt);
      if (wait > MAX_SETTLE_WAIT_MS) {
        this.deps.logger.debug(
          `The timestamps of ${binary} are too coarse to record its identity now; the first cache hit will re-hash it.`,
        );
        return;
      }
      if (wait > 0) {
        await new Promise((resolve) => setTimeout(resolve, wait + 1));
        readAt = Date.now();
        const again = await fileIdentity(binary);
        if (identityMismatch(identity, again) !== undefined || msUntilSettled(again, readAt) > 0) return;
        identity = again;
      }
      await this.recordIdentity(path.join(dir, INSTALL_RECORD_FILE), record, identity);
    } catch (error) {
      this.deps.logger.debug(`Could not read the cached binary ${binary} (${errorMessage(error)}).`);
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
      await rm(downloaded, { force: true });

      const stagedBinary = path.join(stage, binaryName);
      const info = await lstat(stagedBinary).catch(() => undefined);
      if (!info?.isFile()) {
        throw new InfrastructureError(`${asset.file} does not contain the executable ${binaryName} at its top level.`);
      }
      await makeExecutable(stagedBinary, this.deps.platform);
      const binarySha256 = await this.deps.hasher(stagedBinary);
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
      await this.recordInstalledIdentity(dir, record);
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
