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
 * The same flow as Trivy's artifacts (pipeline.ts), with the listing as
 * the source: resolving a listing URL is a GET of the listing (bounded
 * retries, a 1 MiB cap while reading), whose `built` is checked against the
 * age limit before anything is downloaded; the Actions cache key is
 * `scs-grype-db-<checksum>` and holds the archive, re-verified on restore;
 * a download has its SHA-256 checked while streaming.
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
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BodyReadError,
  ConfigurationError,
  InfrastructureError,
  fetchWithPolicy,
  readCapped,
  runProcess,
  tailLines,
} from '@scs/action-kit';
import {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  RequestCounter,
  displayUrl,
  isLoopbackHost,
  realSleep,
  withRetries,
  type FetchFn,
  type RetryPolicy,
  type SleepFn,
} from '@scs/oci';
import { SHA256_DIGEST, isObject } from '@scs/vocabulary';
import type { DbCache } from './db-cache.js';
import { parseTime, removeQuietly, type DbLogger, type DbMarker, type DbSource, type StaleMode } from './db-state.js';
import { prepareArtifact, type ArtifactBuild, type ArtifactSource, type ResolvedArtifact } from './pipeline.js';
import { extractArchive, type ArchiveCompression } from './tar-extract.js';
import { saveVerifiedBody, sha256FileDigest } from './verified-download.js';

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

interface ResolvedListing extends ResolvedArtifact {
  listing: GrypeListing;
  /** The listing as served (stored beside the archive in the Actions cache). */
  text: string;
  archiveUrl: string;
}

/** Grype's listing URLs as a pipeline source. URLs are checked when it is built (ConfigurationError). */
class GrypeListingSource implements ArtifactSource<ResolvedListing> {
  readonly kind = KIND;
  readonly label = LABEL;
  readonly cacheKeyPrefix = CACHE_KEY_PREFIX;
  readonly noun = { one: 'listing URL', many: 'listing URLs' };
  readonly unavailable = 'Vulnerability database unavailable';
  private readonly counter = new RequestCounter();
  private readonly urls = new Map<string, string>();
  private readonly fetchFn: FetchFn;
  private readonly retry: { policy: RetryPolicy; sleep: SleepFn; log: (message: string) => void };
  private readonly installer: GrypeDbInstaller;

  constructor(
    locations: readonly string[],
    inputName: string,
    private readonly options: PrepareGrypeDbOptions,
  ) {
    if (locations.length === 0) throw new ConfigurationError(`\`${inputName}\` names no listing URL for the ${LABEL}.`);
    for (const location of locations) this.urls.set(location, checkListingUrl(location, inputName));
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.retry = {
      policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      sleep: options.sleep ?? realSleep,
      log: (message: string) => options.logger.debug(message),
    };
    this.installer = options.installer ?? extractGrypeArchive;
  }

  get requests(): number {
    return this.counter.count;
  }

  /** One GET with bounded retries; redirects by hand (action-kit's http policy: no plain HTTP off loopback). */
  private get(url: string, timeoutMs: number, consume: (response: Response) => Promise<void>): Promise<Response> {
    return withRetries(`GET ${displayUrl(url)}`, this.retry, async () => {
      this.counter.count++;
      const response = await fetchWithPolicy(this.fetchFn, url, {
        headers: { 'User-Agent': 'scs-vuln-db' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) await consume(response);
      return response;
    });
  }

  private static async checkStatus(response: Response, label: string, url: string): Promise<void> {
    if (response.status === 200) return;
    await response.body?.cancel().catch(() => undefined);
    throw new HttpRequestError(`${label}: HTTP ${response.status}`, url, response.status, false);
  }

  async resolve(location: string): Promise<ResolvedListing> {
    const listingUrl = this.urls.get(location)!;
    const label = `GET ${displayUrl(listingUrl)}`;
    let text = '';
    const response = await this.get(listingUrl, this.options.requestTimeoutMs ?? 30_000, async (r) => {
      // The cap holds while reading: a listing of any size never takes more than 1 MiB of memory.
      try {
        text = (await readCapped(r, MAX_LISTING_BYTES, `${label}: the listing`)).toString('utf8');
      } catch (error) {
        if (error instanceof BodyReadError)
          throw new HttpRequestError(error.message, listingUrl, r.status, true, { cause: error });
        throw error;
      }
    });
    await GrypeListingSource.checkStatus(response, label, listingUrl);
    const listing = parseGrypeListing(text, label);
    if (listing.status === 'deprecated' || listing.status === 'eol') {
      this.options.logger.warning(
        `The ${LABEL} listing says its schema v${listing.model} is ${listing.status === 'eol' ? 'no longer updated (end of life)' : 'deprecated'}: update the pinned Grype.`,
      );
    }
    archiveCompression(listing.path);
    const archiveUrl = grypeArchiveUrl(listingUrl, listing.path);
    return { location, digest: listing.checksum, build: { updatedAt: listing.built }, listing, text, archiveUrl };
  }

  async download(resolved: ResolvedListing, artifactDir: string): Promise<number> {
    fs.writeFileSync(path.join(artifactDir, ARTIFACT_LISTING), resolved.text);
    const { archiveUrl, listing } = resolved;
    const label = `GET ${displayUrl(archiveUrl)}`;
    const file = path.join(artifactDir, path.basename(listing.path));
    let bytes = 0;
    const response = await this.get(archiveUrl, this.options.downloadTimeoutMs ?? 15 * 60_000, async (r) => {
      bytes = await saveVerifiedBody(
        r,
        file,
        { digest: listing.checksum, maxBytes: MAX_ARCHIVE_BYTES },
        label,
        archiveUrl,
      );
    });
    await GrypeListingSource.checkStatus(response, label, archiveUrl);
    return bytes;
  }

  async verifyStored(resolved: ResolvedListing, artifactDir: string): Promise<void> {
    const name = path.basename(resolved.listing.path);
    const file = path.join(artifactDir, name);
    if (!fs.existsSync(file)) throw new InfrastructureError(`the cache entry has no ${name}`);
    const actual = await sha256FileDigest(file);
    if (actual !== resolved.digest)
      throw new InfrastructureError(`the stored archive is ${actual}, not ${resolved.digest}`);
  }

  async unpack(resolved: ResolvedListing, artifactDir: string, staging: string): Promise<{ files: string[] }> {
    const file = path.join(artifactDir, path.basename(resolved.listing.path));
    return { files: await this.installer({ file, compression: archiveCompression(resolved.listing.path) }, staging) };
  }

  installedBuild(_dbDir: string, marker: DbMarker): ArtifactBuild {
    const updatedAt = parseTime(marker.updatedAt);
    if (!updatedAt) throw new InfrastructureError('the marker has no readable build time');
    return { updatedAt };
  }
}

/**
 * Fetches Grype's v6 DB into `<cacheDir>/6/` (see pipeline.ts for the order
 * of sources). Throws VulnDbError (an InfrastructureError) when no listing
 * yields a usable DB.
 */
export async function prepareGrypeDb(options: PrepareGrypeDbOptions): Promise<PreparedGrypeDb> {
  const inputName = options.inputName ?? 'db-repository';
  const locations = (typeof options.listingUrl === 'string' ? [options.listingUrl] : [...options.listingUrl])
    .map((u) => u.trim())
    .filter(Boolean);
  const source = new GrypeListingSource(locations, inputName, options);
  const cacheDir = path.resolve(options.cacheDir);
  const prepared = await prepareArtifact(source, {
    locations,
    dbDir: path.join(cacheDir, String(GRYPE_DB_MODEL)),
    artifactDir: path.join(cacheDir, '.scs-db-artifacts', KIND),
    maxAgeHours: options.maxAgeHours,
    stale: options.stale,
    ...(options.cache ? { cache: options.cache } : {}),
    logger: options.logger,
    ...(options.jobId !== undefined ? { jobId: options.jobId } : {}),
    now: options.now ?? (() => new Date()),
  });
  const { resolved } = prepared;
  return {
    kind: KIND,
    listingUrl: prepared.location,
    ...(resolved ? { archiveUrl: resolved.archiveUrl, status: resolved.listing.status } : {}),
    checksum: prepared.digest,
    source: prepared.source,
    updatedAt: prepared.build.updatedAt.toISOString(),
    ageHours: prepared.ageHours,
    stale: prepared.stale,
    requests: prepared.requests,
    dbDir: prepared.dbDir,
    fallbacks: prepared.fallbacks,
  };
}
