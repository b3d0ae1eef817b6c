/**
 * Grype's vulnerability DB (schema v6), fetched by us so Grype can run with
 * auto-update off on a prepared cache directory.
 *
 * Grype's own distribution (anchore/grype grype/db/v6/distribution): a
 * listing document at `https://grype.anchore.io/databases/v6/latest.json`,
 *
 *   {"status": "active", "schemaVersion": "v6.1.10", "built": "2025-…Z",
 *    "path": "vulnerability-db_v6.1.10_…_….tar.zst", "checksum": "sha256:…"}
 *
 * where `path` is relative to the listing's own location and the archive
 * (tar.zst by default; tar.gz and tar.xz possible) holds `vulnerability.db`
 * and optionally `import.json`. Grype keeps the DB in `<cache-dir>/6/`.
 *
 * Same order as for Trivy: the job marker (no request); else GET the
 * listing (fallback over several listing URLs, bounded retries), check
 * `built` against the age limit before downloading anything; the Actions
 * cache keyed `scs-grype-db-<checksum>` holding the archive, re-verified on
 * restore; else download the archive with its SHA-256 checked while
 * streaming, install, save to the cache at once.
 *
 * Installing: the scan action has the real `grype db import` install the
 * verified archive (`grypeDbImportInstaller`), as Grype does with its own
 * downloads: it unpacks it, builds the DB's indexes ("hydrates" it) and writes
 * `import.json` (an xxh64 digest of vulnerability.db and the client's schema
 * version). Grype 0.120.1 refuses a DB without `import.json` ("no import
 * metadata file", from its reader and its status check), and Anchore's
 * publisher builds with grype-db's default `hydrate: false`, so the published
 * archive holds vulnerability.db alone: unpacking it is not enough (found by
 * running the real grype against an archive written by grype's own DB writer,
 * test/interop/scan-grype.test.ts). `extractGrypeArchive` (unpack in Node,
 * zstd through node:zlib) stays for archives that carry their `import.json`.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  BodyReadError,
  ConfigurationError,
  InfrastructureError,
  fetchWithPolicy,
  readCapped,
  runProcess,
  tailLines,
} from '@scs/action-kit';
import type { DbCache } from './db-cache.js';
import {
  VulnDbError,
  checkDbAge,
  checkMaxAgeHours,
  failureReason,
  formatBytes,
  makeStagingDir,
  parseTime,
  readMarker,
  removeQuietly,
  restoreFromCache,
  saveToCache,
  swapIntoPlace,
  writeMarker,
  type DbLogger,
  type DbSource,
  type StaleMode,
} from './db-state.js';
import {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  RequestCounter,
  displayUrl,
  realSleep,
  withRetries,
  type FetchFn,
  type RetryPolicy,
  type SleepFn,
} from './http-retry.js';
import { isLoopbackHost } from './oci-registry-client.js';
import { extractArchive, type ArchiveCompression } from './tar-extract.js';
import { SHA256_DIGEST, saveVerifiedBody } from './verified-download.js';

export const DEFAULT_GRYPE_DB_LISTING_URL = 'https://grype.anchore.io/databases/v6/latest.json';
/** The DB schema model this action installs (Grype ≥ 0.88 reads v6). */
export const GRYPE_DB_MODEL = 6;
export const GRYPE_DB_FILE = 'vulnerability.db';
export const GRYPE_IMPORT_METADATA_FILE = 'import.json';
const KIND = 'grype-db';
const LABEL = 'Grype vulnerability database';
const CACHE_KEY_PREFIX = 'scs-grype-db-';
const MAX_LISTING_BYTES = 1024 * 1024;
const MAX_ARCHIVE_BYTES = 8 * 1024 ** 3;
const ARTIFACT_LISTING = 'latest.json';

export interface GrypeListing {
  status: string;
  /** "6.0.2" */
  schemaVersion: string;
  model: number;
  built: Date;
  /** Relative to the listing's URL. */
  path: string;
  /** sha256:<64 hex> of the archive. */
  checksum: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and checks a v6 `latest.json`. */
export function parseGrypeListing(text: string, where: string): GrypeListing {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InfrastructureError(`${where}: the listing is not JSON`, { cause: error });
  }
  if (!isObject(parsed)) throw new InfrastructureError(`${where}: the listing is not a JSON object`);
  const schemaVersion = typeof parsed.schemaVersion === 'string' ? parsed.schemaVersion : '';
  const version = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(schemaVersion);
  if (!version)
    throw new InfrastructureError(
      `${where}: the listing has no valid schemaVersion (got ${JSON.stringify(parsed.schemaVersion)})`,
    );
  const model = Number(version[1]);
  if (model !== GRYPE_DB_MODEL) {
    throw new InfrastructureError(
      `${where}: the listing offers a schema v${model} DB; this action installs v${GRYPE_DB_MODEL}`,
    );
  }
  const built = parseTime(parsed.built);
  if (!built) throw new InfrastructureError(`${where}: the listing has no valid \`built\` time`);
  const archivePath = typeof parsed.path === 'string' ? parsed.path : '';
  if (
    !/^[A-Za-z0-9._+:-]+(?:\/[A-Za-z0-9._+:-]+)*$/.test(archivePath) ||
    archivePath.split('/').some((s) => s === '..' || s === '.')
  ) {
    throw new InfrastructureError(
      `${where}: the listing's archive path ${JSON.stringify(String(parsed.path).slice(0, 200))} is not a plain relative path; refused`,
    );
  }
  const checksum = typeof parsed.checksum === 'string' ? parsed.checksum : '';
  if (!SHA256_DIGEST.test(checksum)) {
    throw new InfrastructureError(
      `${where}: the listing's checksum ${JSON.stringify(checksum.slice(0, 100))} is not sha256:<64 hex>`,
    );
  }
  const status = typeof parsed.status === 'string' && parsed.status !== '' ? parsed.status : 'active';
  return { status, schemaVersion, model, built, path: archivePath, checksum };
}

/**
 * The archive's URL: the listing URL's folder joined with `path`, as Grype
 * does (same origin by construction; `path` was checked to be plain
 * relative segments; real names hold colons from an RFC 3339 time).
 */
export function grypeArchiveUrl(listingUrl: string, archivePath: string): string {
  const url = new URL(listingUrl);
  url.pathname = `${url.pathname.replace(/[^/]*$/, '')}${archivePath}`;
  url.search = '';
  url.hash = '';
  return url.href;
}

export function archiveCompression(archivePath: string): ArchiveCompression {
  if (archivePath.endsWith('.tar.zst')) return 'zstd';
  if (archivePath.endsWith('.tar.gz') || archivePath.endsWith('.tgz')) return 'gzip';
  if (archivePath.endsWith('.tar')) return 'none';
  throw new InfrastructureError(
    `the Grype DB archive ${archivePath.slice(0, 200)} is in a format this action cannot unpack (tar.zst, tar.gz and tar are supported)`,
  );
}

/** Checks a listing URL: https, or http on loopback only. */
export function checkListingUrl(value: string, inputName: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`\`${inputName}\` must be a URL; got '${value.slice(0, 200)}'.`);
  }
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host)))) {
    throw new ConfigurationError(
      `\`${inputName}\` must be an https:// URL (http:// only for loopback); got '${displayUrl(value).slice(0, 200)}'.`,
    );
  }
  if (url.username || url.password) throw new ConfigurationError(`\`${inputName}\` must not carry credentials.`);
  return url.href;
}

/**
 * Puts the verified archive's DB files into `stagingDir` (flat) and returns
 * their names. Called only after the archive's checksum matched.
 */
export type GrypeDbInstaller = (
  archive: { file: string; compression: ArchiveCompression },
  stagingDir: string,
) => Promise<string[]>;

/** The default installer: unpacks `vulnerability.db` (+ `import.json`) in Node. */
export const extractGrypeArchive: GrypeDbInstaller = async (archive, stagingDir) => {
  const wanted = new Set([GRYPE_DB_FILE, GRYPE_IMPORT_METADATA_FILE]);
  const result = await extractArchive(archive.file, archive.compression, stagingDir, {
    what: 'the Grype DB archive',
    select: (name) => (wanted.has(name) ? name : undefined),
  });
  if (!result.files.includes(GRYPE_DB_FILE))
    throw new InfrastructureError(`the Grype DB archive has no ${GRYPE_DB_FILE}`);
  return result.files;
};

/**
 * An installer that checks the archive's entries in Node (unsafe entries
 * refuse it, nothing written), then runs `grype db import <archive>` with
 * GRYPE_DB_CACHE_DIR pointing into a scratch folder, so Grype hydrates the DB
 * and writes import.json as it does for its own downloads, and moves the
 * result into the staging directory. Grype runs in that private scratch
 * folder with an explicit empty config (`-c`), so no .grype.yaml of the
 * checkout, the home directory or GRYPE_CONFIG is read.
 */
export function grypeDbImportInstaller(options: {
  grype: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): GrypeDbInstaller {
  return async (archive, stagingDir) => {
    const scratch = `${stagingDir}.import`;
    removeQuietly(scratch);
    fs.mkdirSync(scratch, { recursive: true, mode: 0o700 });
    try {
      await extractArchive(archive.file, archive.compression, path.join(scratch, 'check'), {
        what: 'the Grype DB archive',
        select: () => undefined,
      });
      const root = path.join(scratch, 'root');
      const config = path.join(scratch, 'empty-grype-config.yaml');
      fs.writeFileSync(config, '{}\n', { flag: 'wx' });
      const env: NodeJS.ProcessEnv = {
        ...(options.env ?? {}),
        GRYPE_DB_CACHE_DIR: root,
        GRYPE_CHECK_FOR_APP_UPDATE: 'false',
      };
      delete env.GRYPE_CONFIG;
      const result = await runProcess(options.grype, ['db', 'import', '-c', config, archive.file], {
        cwd: scratch,
        env,
        timeoutMs: options.timeoutMs ?? 10 * 60_000,
      });
      if (result.exitCode !== 0) {
        throw new InfrastructureError(
          `grype db import exited with ${result.timedOut ? 'a timeout' : result.exitCode}: ${tailLines(result.stderr, 5)}`,
        );
      }
      const installed = path.join(root, String(GRYPE_DB_MODEL));
      for (const required of [GRYPE_DB_FILE, GRYPE_IMPORT_METADATA_FILE]) {
        if (!fs.existsSync(path.join(installed, required))) {
          throw new InfrastructureError(`grype db import left no ${GRYPE_DB_MODEL}/${required}`);
        }
      }
      const files: string[] = [];
      for (const entry of fs.readdirSync(installed, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        fs.renameSync(path.join(installed, entry.name), path.join(stagingDir, entry.name));
        files.push(entry.name);
      }
      return files.sort();
    } finally {
      removeQuietly(scratch);
    }
  };
}

export interface PrepareGrypeDbOptions {
  /** The listing (latest.json) URL, or several tried in order. */
  listingUrl: string | readonly string[];
  /** Grype's DB cache dir (GRYPE_DB_CACHE_DIR): the DB goes to <cacheDir>/6/. */
  cacheDir: string;
  maxAgeHours: number;
  stale: StaleMode;
  cache?: DbCache;
  logger: DbLogger;
  fetch?: FetchFn;
  sleep?: SleepFn;
  retry?: Partial<RetryPolicy>;
  installer?: GrypeDbInstaller;
  /** See PrepareTrivyDbOptions.jobId. */
  jobId?: string;
  inputName?: string;
  now?: () => Date;
  requestTimeoutMs?: number;
  downloadTimeoutMs?: number;
}

export interface PreparedGrypeDb {
  kind: 'grype-db';
  /** The listing URL it came from, as configured. */
  listingUrl: string;
  /** Absent for source 'job'. */
  archiveUrl?: string;
  /** sha256:… of the archive (the cache key's digest). */
  checksum: string;
  source: DbSource;
  /** The listing's `built` (ISO 8601). */
  updatedAt: string;
  ageHours: number;
  stale: boolean;
  requests: number;
  /** <cacheDir>/6 */
  dbDir: string;
  /** The listing's lifecycle status ('active', 'deprecated', 'eol'); absent for source 'job'. */
  status?: string;
  fallbacks: { source: string; reason: string }[];
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return `sha256:${hash.digest('hex')}`;
}

/**
 * Fetches Grype's v6 DB into `<cacheDir>/6/`. Throws VulnDbError (an
 * InfrastructureError) when no listing yields a usable DB.
 */
export async function prepareGrypeDb(options: PrepareGrypeDbOptions): Promise<PreparedGrypeDb> {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const maxAgeHours = checkMaxAgeHours(options.maxAgeHours);
  const inputName = options.inputName ?? 'db-repository';
  const listingUrls = (typeof options.listingUrl === 'string' ? [options.listingUrl] : [...options.listingUrl])
    .map((u) => u.trim())
    .filter(Boolean);
  if (listingUrls.length === 0) throw new ConfigurationError(`\`${inputName}\` names no listing URL for the ${LABEL}.`);
  const checkedUrls = listingUrls.map((u) => ({ configured: u, url: checkListingUrl(u, inputName) }));
  const dbDir = path.join(path.resolve(options.cacheDir), String(GRYPE_DB_MODEL));
  const installer = options.installer ?? extractGrypeArchive;

  // 1. Prepared earlier in this job: no request at all.
  const marker = readMarker(dbDir, KIND);
  if (
    marker &&
    (options.jobId === undefined || marker.job === options.jobId) &&
    listingUrls.includes(marker.repository)
  ) {
    const updatedAt = parseTime(marker.updatedAt);
    if (updatedAt) {
      const age = checkDbAge({ what: LABEL, updatedAt, maxAgeHours, stale: options.stale, now: now(), logger });
      logger.info(
        `${LABEL}: using ${marker.manifestDigest} from ${marker.repository}, prepared earlier in this job (no request).`,
      );
      return {
        kind: KIND,
        listingUrl: marker.repository,
        checksum: marker.manifestDigest,
        source: 'job',
        updatedAt: updatedAt.toISOString(),
        ageHours: age.ageHours,
        stale: age.stale,
        requests: 0,
        dbDir,
        fallbacks: [],
      };
    }
  }

  const counter = new RequestCounter();
  const fetchFn: FetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const retry = {
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    sleep: options.sleep ?? realSleep,
    log: (message: string) => logger.debug(message),
  };
  const get = (url: string, timeoutMs: number, consume?: (response: Response) => Promise<void>) =>
    withRetries(`GET ${displayUrl(url)}`, retry, async () => {
      counter.count++;
      // Redirects by hand: a CDN may redirect, plain HTTP off loopback is refused (action-kit's http-policy).
      const response = await fetchWithPolicy(fetchFn, url, {
        headers: { 'User-Agent': 'scs-vuln-db' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok && consume) await consume(response);
      return response;
    });
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const downloadTimeoutMs = options.downloadTimeoutMs ?? 15 * 60_000;
  const artifactDir = path.join(path.resolve(options.cacheDir), '.scs-db-artifacts', KIND);
  const failures: { source: string; reason: string }[] = [];

  const install = async (
    configured: string,
    listing: GrypeListing,
    archiveFile: string,
    verified: boolean,
  ): Promise<void> => {
    if (!verified) {
      const actual = await sha256File(archiveFile);
      if (actual !== listing.checksum)
        throw new InfrastructureError(`the stored archive is ${actual}, not ${listing.checksum}`);
    }
    const staging = makeStagingDir(dbDir);
    try {
      const files = await installer({ file: archiveFile, compression: archiveCompression(listing.path) }, staging);
      writeMarker(staging, {
        schema: 1,
        kind: KIND,
        repository: configured,
        manifestDigest: listing.checksum,
        updatedAt: listing.built.toISOString(),
        preparedAt: now().toISOString(),
        ...(options.jobId !== undefined ? { job: options.jobId } : {}),
        files,
      });
      swapIntoPlace(staging, dbDir);
    } catch (error) {
      removeQuietly(staging);
      throw error;
    }
  };

  const fromListing = async (configured: string, listingUrl: string): Promise<PreparedGrypeDb> => {
    const label = `GET ${displayUrl(listingUrl)}`;
    let text = '';
    const response = await get(listingUrl, requestTimeoutMs, async (r) => {
      // The cap holds while reading: a listing of any size never takes more than 1 MiB of memory.
      try {
        text = (await readCapped(r, MAX_LISTING_BYTES, `${label}: the listing`)).toString('utf8');
      } catch (error) {
        if (error instanceof BodyReadError)
          throw new HttpRequestError(error.message, listingUrl, r.status, true, { cause: error });
        throw error;
      }
    });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new HttpRequestError(`${label}: HTTP ${response.status}`, listingUrl, response.status, false);
    }
    const listing = parseGrypeListing(text, label);
    if (listing.status === 'deprecated' || listing.status === 'eol') {
      logger.warning(
        `The ${LABEL} listing says its schema v${listing.model} is ${listing.status === 'eol' ? 'no longer updated (end of life)' : 'deprecated'}: update the pinned Grype.`,
      );
    }
    // Before any download: a DB too old is refused (or warned about) on the listing's word.
    const age = checkDbAge({
      what: LABEL,
      updatedAt: listing.built,
      maxAgeHours,
      stale: options.stale,
      now: now(),
      logger,
    });
    const archiveUrl = grypeArchiveUrl(listingUrl, listing.path);
    archiveCompression(listing.path);
    const key = `${CACHE_KEY_PREFIX}${listing.checksum}`;
    const archiveFile = path.join(artifactDir, path.basename(listing.path));
    const done = (source: DbSource): PreparedGrypeDb => ({
      kind: KIND,
      listingUrl: configured,
      archiveUrl,
      checksum: listing.checksum,
      source,
      updatedAt: listing.built.toISOString(),
      ageHours: age.ageHours,
      stale: age.stale,
      requests: counter.count,
      dbDir,
      status: listing.status,
      fallbacks: [...failures],
    });

    removeQuietly(artifactDir);
    try {
      if (options.cache && (await restoreFromCache(options.cache, [artifactDir], key, LABEL, logger))) {
        try {
          if (!fs.existsSync(archiveFile))
            throw new InfrastructureError(`the cache entry has no ${path.basename(listing.path)}`);
          await install(configured, listing, archiveFile, false);
          logger.info(
            `${LABEL}: ${listing.checksum} (built ${listing.built.toISOString()}), restored from the Actions cache (${key}).`,
          );
          return done('actions-cache');
        } catch (error) {
          logger.warning(`The cached ${LABEL} (${key}) is unusable (${failureReason(error)}); downloading it.`);
          removeQuietly(artifactDir);
        }
      }

      fs.mkdirSync(artifactDir, { recursive: true });
      fs.writeFileSync(path.join(artifactDir, ARTIFACT_LISTING), text);
      const started = Date.now();
      const archiveLabel = `GET ${displayUrl(archiveUrl)}`;
      let bytes = 0;
      const archiveResponse = await get(archiveUrl, downloadTimeoutMs, async (r) => {
        bytes = await saveVerifiedBody(
          r,
          archiveFile,
          { digest: listing.checksum, maxBytes: MAX_ARCHIVE_BYTES },
          archiveLabel,
          archiveUrl,
        );
      });
      if (archiveResponse.status !== 200) {
        await archiveResponse.body?.cancel().catch(() => undefined);
        throw new HttpRequestError(
          `${archiveLabel}: HTTP ${archiveResponse.status}`,
          archiveUrl,
          archiveResponse.status,
          false,
        );
      }
      await install(configured, listing, archiveFile, true);
      logger.info(
        `${LABEL}: downloaded ${listing.checksum} (built ${listing.built.toISOString()}, ${formatBytes(bytes)} in ${((Date.now() - started) / 1000).toFixed(1)} s).`,
      );
      if (options.cache) await saveToCache(options.cache, [artifactDir], key, LABEL, logger);
      return done('download');
    } finally {
      removeQuietly(artifactDir);
    }
  };

  for (const { configured, url } of checkedUrls) {
    try {
      return await fromListing(configured, url);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      const reason = failureReason(error);
      failures.push({ source: configured, reason });
      const more = failures.length < checkedUrls.length;
      logger.warning(`${LABEL}: ${configured} failed: ${reason}${more ? '; trying the next listing' : ''}`);
    }
  }
  const list = failures.map((f) => `${f.source}: ${f.reason}`).join(' | ');
  throw new VulnDbError(
    `Vulnerability database unavailable: the ${LABEL} could not be fetched from any of ${failures.length} listing ${failures.length === 1 ? 'URL' : 'URLs'} (${list}). ` +
      'This is an infrastructure failure, not a scan result.',
    failures,
  );
}
