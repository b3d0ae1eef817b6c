/**
 * Trivy's vulnerability DB (and Java DB), fetched by us so Trivy can run
 * with `--skip-db-update` (`--skip-java-db-update`) on a prepared cache.
 *
 * In order, for one `prepareTrivyDb` call:
 * 1. `<cacheDir>/db/` holds a DB this job already prepared (our marker file):
 *    use it, no request at all.
 * 2. For each repository in order until one works: HEAD the tag → manifest
 *    digest. The Actions cache key is `scs-trivy-db-<digest>`: exact and
 *    immutable, so a hit is the current DB. What is cached is the artifact
 *    itself (manifest + layer blob), checked against the digest again on
 *    restore — an entry planted under our key is refused.
 * 3. Otherwise GET the manifest by digest and the DB layer blob (SHA-256
 *    checked while streaming), unpack `trivy.db` + `metadata.json` into a
 *    staging directory (unsafe entries refuse the archive), check the schema
 *    version and the age, swap it into place, and save the artifact to the
 *    Actions cache at once (not in a post step: a failing gate must not lose
 *    it; a failed save is a warning).
 *
 * A repository that fails (429/5xx after bounded retries, network error,
 * 404, a bad digest, a stale DB) is reported and the next one tried; when
 * none works the VulnDbError names each with its reason.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ConfigurationError, InfrastructureError, readFileCappedSync } from '@scs/action-kit';
import type { DbCache } from './db-cache.js';
import {
  StaleDbError,
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
  OciRegistryClient,
  parseOciManifest,
  parseRegistryReference,
  type OciDescriptor,
  type RegistryReference,
} from './oci-registry-client.js';
import { extractArchive } from './tar-extract.js';

/** One kind of Trivy DB artifact. */
export interface TrivyDbKind {
  kind: 'trivy-db' | 'trivy-java-db';
  /** For messages. */
  label: string;
  /** Directory under Trivy's --cache-dir. */
  dirName: 'db' | 'java-db';
  /** The bbolt file in the archive and in dirName. */
  dbFile: string;
  layerMediaType: string;
  /** metadata.json `Version` this Trivy reads. */
  schemaVersion: number;
  defaultTag: string;
  cacheKeyPrefix: string;
}

export const TRIVY_DB: Readonly<TrivyDbKind> = Object.freeze({
  kind: 'trivy-db',
  label: 'Trivy vulnerability database',
  dirName: 'db',
  dbFile: 'trivy.db',
  layerMediaType: 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip',
  schemaVersion: 2,
  defaultTag: '2',
  cacheKeyPrefix: 'scs-trivy-db-',
});

export const TRIVY_JAVA_DB: Readonly<TrivyDbKind> = Object.freeze({
  kind: 'trivy-java-db',
  label: 'Trivy Java vulnerability database',
  dirName: 'java-db',
  dbFile: 'trivy-java.db',
  layerMediaType: 'application/vnd.aquasec.trivy.javadb.layer.v1.tar+gzip',
  schemaVersion: 1,
  defaultTag: '1',
  cacheKeyPrefix: 'scs-trivy-java-db-',
});

export const DEFAULT_TRIVY_DB_REPOSITORIES: readonly string[] = Object.freeze([
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
]);
export const DEFAULT_TRIVY_JAVA_DB_REPOSITORIES: readonly string[] = Object.freeze([
  'mirror.gcr.io/aquasec/trivy-java-db:1',
  'ghcr.io/aquasecurity/trivy-java-db:1',
]);

const METADATA_FILE = 'metadata.json';
const ARTIFACT_MANIFEST = 'manifest.json';
const ARTIFACT_LAYER = 'layer.tar.gz';

export interface PrepareTrivyDbOptions {
  /** Ordered `host/repo[:tag]` references; the first that works is used. */
  repositories: readonly string[];
  /** Trivy's --cache-dir: the DB goes to <cacheDir>/db/ (<cacheDir>/java-db/ for the Java DB). */
  cacheDir: string;
  /** Oldest DB accepted, in hours since its UpdatedAt (Infinity: no limit). */
  maxAgeHours: number;
  stale: StaleMode;
  /** The Actions cache (already narrowed by dbCachePolicy); none: no cache. */
  cache?: DbCache;
  logger: DbLogger;
  client?: OciRegistryClient;
  /**
   * Identity of the running job (e.g. `${runId}-${runAttempt}-${job}`). When
   * given, a DB left by another job in a reused cacheDir is not taken as
   * this job's. RUNNER_TEMP is emptied between jobs, so usually moot.
   */
  jobId?: string;
  /** Input name for reference errors; default 'db-repository'. */
  inputName?: string;
  now?: () => Date;
}

export interface PreparedTrivyDb {
  kind: TrivyDbKind['kind'];
  /** The repository it came from, as configured. */
  repository: string;
  manifestDigest: string;
  source: DbSource;
  /** metadata.json UpdatedAt (ISO 8601). */
  updatedAt: string;
  nextUpdate?: string;
  ageHours: number;
  /** Older than maxAgeHours (only possible with stale: 'warn'). */
  stale: boolean;
  /** HTTP requests this call sent (0 for source 'job'). */
  requests: number;
  /** The directory holding the DB files (<cacheDir>/db). */
  dbDir: string;
  /** Repositories tried before this one, with why they failed. */
  fallbacks: { source: string; reason: string }[];
}

interface TrivyMetadata {
  updatedAt: Date;
  nextUpdate?: Date;
}

function readTrivyMetadata(dir: string, kind: TrivyDbKind): TrivyMetadata {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(
      readFileCappedSync(path.join(dir, METADATA_FILE), 64 * 1024, METADATA_FILE).toString('utf8'),
    ) as Record<string, unknown>;
  } catch (error) {
    throw new InfrastructureError(`the ${kind.label}'s ${METADATA_FILE} is missing or not JSON`, { cause: error });
  }
  if (parsed.Version !== kind.schemaVersion) {
    throw new InfrastructureError(
      `the ${kind.label} has schema version ${JSON.stringify(parsed.Version)}; this action reads version ${kind.schemaVersion} (check the repository's tag)`,
    );
  }
  const updatedAt = parseTime(parsed.UpdatedAt);
  if (!updatedAt) throw new InfrastructureError(`the ${kind.label}'s ${METADATA_FILE} has no readable UpdatedAt`);
  const nextUpdate = parseTime(parsed.NextUpdate);
  return { updatedAt, ...(nextUpdate ? { nextUpdate } : {}) };
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return `sha256:${hash.digest('hex')}`;
}

function pickLayer(layers: OciDescriptor[], kind: TrivyDbKind, where: string): OciDescriptor {
  const matching = layers.filter((layer) => layer.mediaType === kind.layerMediaType);
  if (matching.length !== 1) {
    const have = layers.map((layer) => layer.mediaType).join(', ') || 'none';
    throw new InfrastructureError(
      `${where}: expected one layer of type ${kind.layerMediaType}, found ${matching.length} (layers: ${have})`,
    );
  }
  return matching[0]!;
}

/**
 * Fetches Trivy's vulnerability DB into `<cacheDir>/db/` (see the module
 * comment for the order of sources). Throws VulnDbError (an
 * InfrastructureError) when no repository yields a usable DB.
 */
export function prepareTrivyDb(options: PrepareTrivyDbOptions): Promise<PreparedTrivyDb> {
  return prepareTrivyArtifact(TRIVY_DB, options);
}

/** The same for Trivy's Java DB (`trivy-java-db:1`) into `<cacheDir>/java-db/`. */
export function prepareTrivyJavaDb(options: PrepareTrivyDbOptions): Promise<PreparedTrivyDb> {
  return prepareTrivyArtifact(TRIVY_JAVA_DB, options);
}

/** The shared implementation, parameterised by the kind of DB. */
export async function prepareTrivyArtifact(
  kind: TrivyDbKind,
  options: PrepareTrivyDbOptions,
): Promise<PreparedTrivyDb> {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const maxAgeHours = checkMaxAgeHours(options.maxAgeHours);
  const inputName = options.inputName ?? 'db-repository';
  if (options.repositories.length === 0)
    throw new ConfigurationError(`\`${inputName}\` names no repository for the ${kind.label}.`);
  const refs = options.repositories.map((repository) => ({
    repository,
    ref: parseRegistryReference(repository, { defaultTag: kind.defaultTag, label: inputName }),
  }));
  const dbDir = path.join(path.resolve(options.cacheDir), kind.dirName);
  const ageOf = (meta: TrivyMetadata) =>
    checkDbAge({
      what: kind.label,
      updatedAt: meta.updatedAt,
      maxAgeHours,
      stale: options.stale,
      now: now(),
      logger,
      ...(meta.nextUpdate ? { nextUpdate: meta.nextUpdate } : {}),
    });

  // 1. Prepared earlier in this job: no request at all.
  const marker = readMarker(dbDir, kind.kind);
  if (
    marker &&
    (options.jobId === undefined || marker.job === options.jobId) &&
    options.repositories.includes(marker.repository) &&
    fs.existsSync(path.join(dbDir, kind.dbFile))
  ) {
    let meta: TrivyMetadata | undefined;
    try {
      meta = readTrivyMetadata(dbDir, kind);
    } catch (error) {
      logger.warning(
        `${kind.label}: the copy prepared earlier in this job is unusable (${failureReason(error)}); fetching it again.`,
      );
    }
    if (meta) {
      const age = ageOf(meta);
      logger.info(
        `${kind.label}: using ${marker.manifestDigest} from ${marker.repository}, prepared earlier in this job (no request).`,
      );
      return {
        kind: kind.kind,
        repository: marker.repository,
        manifestDigest: marker.manifestDigest,
        source: 'job',
        updatedAt: meta.updatedAt.toISOString(),
        ...(meta.nextUpdate ? { nextUpdate: meta.nextUpdate.toISOString() } : {}),
        ageHours: age.ageHours,
        stale: age.stale,
        requests: 0,
        dbDir,
        fallbacks: [],
      };
    }
  }

  const client = options.client ?? new OciRegistryClient({ log: (message) => logger.debug(message) });
  const startRequests = client.requests;
  const artifactDir = path.join(path.resolve(options.cacheDir), '.scs-db-artifacts', kind.kind);
  const failures: { source: string; reason: string }[] = [];
  const staleDigests = new Map<string, string>();

  /** Checks the artifact in artifactDir against `digest`, unpacks it and swaps it into dbDir. */
  const install = async (
    repository: string,
    digest: string,
    blobVerified: boolean,
  ): Promise<{ meta: TrivyMetadata; ageHours: number; stale: boolean }> => {
    const manifestBytes = readFileCappedSync(
      path.join(artifactDir, ARTIFACT_MANIFEST),
      4 * 1024 * 1024,
      `the stored ${ARTIFACT_MANIFEST}`,
    );
    const manifestDigest = `sha256:${createHash('sha256').update(manifestBytes).digest('hex')}`;
    if (manifestDigest !== digest)
      throw new InfrastructureError(`the stored manifest is ${manifestDigest}, not ${digest}`);
    const { manifest } = parseOciManifest(manifestBytes, null, `${repository}@${digest}`);
    const layer = pickLayer(manifest.layers, kind, `${repository}@${digest}`);
    const layerFile = path.join(artifactDir, ARTIFACT_LAYER);
    if (!blobVerified) {
      const size = fs.statSync(layerFile).size;
      const actual = await sha256File(layerFile);
      if (size !== layer.size || actual !== layer.digest) {
        throw new InfrastructureError(
          `the stored layer is ${actual} (${size} bytes), not ${layer.digest} (${layer.size} bytes)`,
        );
      }
    }
    const staging = makeStagingDir(dbDir);
    try {
      const wanted = new Set([kind.dbFile, METADATA_FILE]);
      const result = await extractArchive(layerFile, 'gzip', staging, {
        what: `the ${kind.label} layer ${layer.digest}`,
        select: (name) => (wanted.has(name) ? name : undefined),
      });
      for (const file of wanted) {
        if (!result.files.includes(file)) throw new InfrastructureError(`the ${kind.label} layer has no ${file}`);
      }
      const meta = readTrivyMetadata(staging, kind);
      const age = ageOf(meta);
      writeMarker(staging, {
        schema: 1,
        kind: kind.kind,
        repository,
        manifestDigest: digest,
        updatedAt: meta.updatedAt.toISOString(),
        ...(meta.nextUpdate ? { nextUpdate: meta.nextUpdate.toISOString() } : {}),
        preparedAt: now().toISOString(),
        ...(options.jobId !== undefined ? { job: options.jobId } : {}),
        files: [kind.dbFile, METADATA_FILE],
      });
      swapIntoPlace(staging, dbDir);
      return { meta, ...age };
    } catch (error) {
      removeQuietly(staging);
      throw error;
    }
  };

  const fromRepository = async (repository: string, ref: RegistryReference): Promise<PreparedTrivyDb> => {
    const resolved = await client.resolveDigest(ref);
    const digest = resolved.digest;
    const staleFrom = staleDigests.get(digest);
    if (staleFrom) throw new StaleDbError(`serves the same DB (${digest}) as ${staleFrom}, which is too old`);
    const key = `${kind.cacheKeyPrefix}${digest}`;
    const done = (
      source: DbSource,
      installed: { meta: TrivyMetadata; ageHours: number; stale: boolean },
    ): PreparedTrivyDb => ({
      kind: kind.kind,
      repository,
      manifestDigest: digest,
      source,
      updatedAt: installed.meta.updatedAt.toISOString(),
      ...(installed.meta.nextUpdate ? { nextUpdate: installed.meta.nextUpdate.toISOString() } : {}),
      ageHours: installed.ageHours,
      stale: installed.stale,
      requests: client.requests - startRequests,
      dbDir,
      fallbacks: [...failures],
    });

    removeQuietly(artifactDir);
    try {
      // 2. The Actions cache, keyed by the manifest digest.
      if (options.cache && (await restoreFromCache(options.cache, [artifactDir], key, kind.label, logger))) {
        try {
          const installed = await install(repository, digest, false);
          logger.info(`${kind.label}: ${digest} from ${repository}, restored from the Actions cache (${key}).`);
          return done('actions-cache', installed);
        } catch (error) {
          if (error instanceof StaleDbError) throw error;
          logger.warning(`The cached ${kind.label} (${key}) is unusable (${failureReason(error)}); downloading it.`);
          removeQuietly(artifactDir);
        }
      }

      // 3. Download: manifest by digest, then the layer blob.
      const started = Date.now();
      const fetched = resolved.manifest ?? (await client.getManifest(ref, digest));
      const layer = pickLayer(fetched.manifest.layers, kind, `${repository}@${digest}`);
      fs.mkdirSync(artifactDir, { recursive: true });
      fs.writeFileSync(path.join(artifactDir, ARTIFACT_MANIFEST), fetched.bytes);
      await client.downloadBlob(ref, layer, path.join(artifactDir, ARTIFACT_LAYER));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      let installed;
      try {
        installed = await install(repository, digest, true);
      } catch (error) {
        if (error instanceof StaleDbError) staleDigests.set(digest, repository);
        throw error;
      }
      logger.info(
        `${kind.label}: downloaded ${digest} from ${repository} (${formatBytes(layer.size)} in ${seconds} s).`,
      );
      if (options.cache) await saveToCache(options.cache, [artifactDir], key, kind.label, logger);
      return done('download', installed);
    } finally {
      removeQuietly(artifactDir);
    }
  };

  for (const { repository, ref } of refs) {
    try {
      return await fromRepository(repository, ref);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      const reason = failureReason(error);
      failures.push({ source: repository, reason });
      const more = failures.length < refs.length;
      logger.warning(`${kind.label}: ${repository} failed: ${reason}${more ? '; trying the next repository' : ''}`);
    }
  }
  const list = failures.map((f) => `${f.source}: ${f.reason}`).join(' | ');
  throw new VulnDbError(
    `Vulnerability database unavailable: the ${kind.label} could not be fetched from any of ${failures.length} ${failures.length === 1 ? 'repository' : 'repositories'} (${list}). ` +
      'This is an infrastructure failure, not a scan result.',
    failures,
  );
}
