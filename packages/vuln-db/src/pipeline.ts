/**
 * The one prepare → verify → cache → install flow every artifact the
 * scanners would otherwise download themselves goes through: Trivy's DB,
 * Java DB and misconfiguration checks bundle, and Grype's DB. A source
 * (oci-artifact.ts for registry artifacts, grype-db.ts for Grype's listing)
 * says where the artifact comes from, how its bytes are checked against a
 * digest, what its build time is and how it is unpacked; this module does
 * the rest, the same way for all of them:
 *
 * 1. `<dbDir>` holds a copy this job already prepared (our marker file,
 *    same location list, same job): use it, no request at all.
 * 2. For each location in order until one works: resolve it to a digest
 *    (a tag to its manifest digest, a listing to its archive checksum). The
 *    Actions cache key is `<prefix><digest>`: exact and immutable. A build
 *    time known at this point is checked against the age limit before any
 *    download.
 * 3. The Actions cache: the stored artifact is checked against the digest
 *    again (an entry planted under our key is refused) and unpacked.
 * 4. Otherwise download it (checked while streaming), unpack it into a
 *    staging directory, check its age, swap it into place and save the
 *    artifact to the Actions cache at once (a failing gate must not lose it;
 *    a failed save is a warning).
 *
 * A location that fails (429/5xx after bounded retries, a network error, a
 * 404, a bad digest, a stale build) is reported and the next one tried; when
 * none works the VulnDbError names each with its reason.
 */
import * as fs from 'node:fs';
import { ConfigurationError } from '@scs/action-kit';
import type { DbCache } from './db-cache.js';
import {
  StaleDbError,
  actionsCacheEntry,
  VulnDbError,
  checkDbAge,
  checkMaxAgeHours,
  failureReason,
  formatBytes,
  makeStagingDir,
  readMarker,
  removeQuietly,
  swapIntoPlace,
  writeMarker,
  type AgeCheck,
  type DbLogger,
  type DbMarker,
  type DbSource,
  type StaleMode,
} from './db-state.js';

/** When an artifact was built, from its own metadata. */
export interface ArtifactBuild {
  updatedAt: Date;
  nextUpdate?: Date;
}

/** A location resolved to the digest everything after it is checked against. */
export interface ResolvedArtifact {
  /** The location as configured (a repository, a listing URL). */
  location: string;
  /** sha256:… — the cache key's and the marker's digest. */
  digest: string;
  /** Known before any download (a listing's `built`): the age is checked at once. */
  build?: ArtifactBuild;
}

export interface UnpackedArtifact {
  /** Files written, relative to the staging directory. */
  files: string[];
  /** The build time read from what was unpacked (absent when `resolve` gave it). */
  build?: ArtifactBuild;
}

/** Where one kind of artifact comes from and how it is checked and unpacked. */
export interface ArtifactSource<R extends ResolvedArtifact> {
  /** The marker's kind: 'trivy-db', 'trivy-java-db', 'trivy-checks', 'grype-db'. */
  readonly kind: string;
  /** For messages: 'Trivy vulnerability database'. */
  readonly label: string;
  readonly cacheKeyPrefix: string;
  /** How locations are named in messages. */
  readonly noun: { one: string; many: string };
  /** Opening words of the final error: 'Vulnerability database unavailable'. */
  readonly unavailable: string;
  /** Requests sent so far by this source. */
  readonly requests: number;
  resolve(location: string): Promise<R>;
  /** Stores the artifact in `artifactDir`, each byte checked against `resolved` while it streams; returns its size. */
  download(resolved: R, artifactDir: string): Promise<number>;
  /** Checks an artifact restored from the Actions cache into `artifactDir` against `resolved`. */
  verifyStored(resolved: R, artifactDir: string): Promise<void>;
  /** Unpacks the checked artifact into `staging`. */
  unpack(resolved: R, artifactDir: string, staging: string): Promise<UnpackedArtifact>;
  /** The build time of a copy this job installed earlier; throws when it is unusable. */
  installedBuild(dbDir: string, marker: DbMarker): ArtifactBuild;
}

export interface PipelineOptions {
  /** Ordered locations; the first that works is used. */
  locations: readonly string[];
  /** Where the unpacked artifact goes (swapped in whole). */
  dbDir: string;
  /** Scratch folder for the packed artifact (what the Actions cache holds). */
  artifactDir: string;
  /** Oldest build accepted, in hours (Infinity: no limit). */
  maxAgeHours: number;
  stale: StaleMode;
  cache?: DbCache;
  logger: DbLogger;
  /** See PrepareTrivyDbOptions.jobId. */
  jobId?: string;
  now: () => Date;
}

export interface PreparedArtifact<R extends ResolvedArtifact> {
  location: string;
  digest: string;
  source: DbSource;
  build: ArtifactBuild;
  ageHours: number;
  /** Older than maxAgeHours (only possible with stale: 'warn'). */
  stale: boolean;
  /** HTTP requests sent (0 for source 'job'). */
  requests: number;
  dbDir: string;
  /** Locations tried before this one, with why they failed. */
  fallbacks: { source: string; reason: string }[];
  /** Absent for source 'job'. */
  resolved?: R;
}

/** One preparation: the source, the options and what failed so far. */
interface Run<R extends ResolvedArtifact> {
  source: ArtifactSource<R>;
  options: PipelineOptions;
  startRequests: number;
  failures: { source: string; reason: string }[];
  /** Digests found too old, with the location that served them. */
  staleDigests: Map<string, string>;
}

/** Prepares `source`'s artifact into `options.dbDir` (see the module comment). */
export async function prepareArtifact<R extends ResolvedArtifact>(
  source: ArtifactSource<R>,
  options: PipelineOptions,
): Promise<PreparedArtifact<R>> {
  checkMaxAgeHours(options.maxAgeHours);
  const earlier = fromThisJob(source, options);
  if (earlier) return earlier;
  const run: Run<R> = { source, options, startRequests: source.requests, failures: [], staleDigests: new Map() };
  for (const location of options.locations) {
    try {
      return await fromLocation(run, location);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      const reason = failureReason(error);
      run.failures.push({ source: location, reason });
      const more = run.failures.length < options.locations.length;
      options.logger.warning(
        `${source.label}: ${location} failed: ${reason}${more ? `; trying the next ${source.noun.one}` : ''}`,
      );
    }
  }
  const list = run.failures.map((f) => `${f.source}: ${f.reason}`).join(' | ');
  const count = run.failures.length;
  throw new VulnDbError(
    `${source.unavailable}: the ${source.label} could not be fetched from any of ${count} ${count === 1 ? source.noun.one : source.noun.many} (${list}). ` +
      'This is an infrastructure failure, not a scan result.',
    run.failures,
  );
}

function ageOf(source: ArtifactSource<ResolvedArtifact>, options: PipelineOptions, build: ArtifactBuild): AgeCheck {
  return checkDbAge({
    what: source.label,
    updatedAt: build.updatedAt,
    maxAgeHours: options.maxAgeHours,
    stale: options.stale,
    now: options.now(),
    logger: options.logger,
    ...(build.nextUpdate ? { nextUpdate: build.nextUpdate } : {}),
  });
}

/** Step 1: the copy this job prepared earlier, when it is still there and usable. */
function fromThisJob<R extends ResolvedArtifact>(
  source: ArtifactSource<R>,
  options: PipelineOptions,
): PreparedArtifact<R> | undefined {
  const marker = readMarker(options.dbDir, source.kind);
  if (!marker || (options.jobId !== undefined && marker.job !== options.jobId)) return undefined;
  if (!options.locations.includes(marker.repository)) return undefined;
  let build: ArtifactBuild;
  try {
    build = source.installedBuild(options.dbDir, marker);
  } catch (error) {
    options.logger.warning(
      `${source.label}: the copy prepared earlier in this job is unusable (${failureReason(error)}); fetching it again.`,
    );
    return undefined;
  }
  const age = ageOf(source, options, build);
  options.logger.info(
    `${source.label}: using ${marker.manifestDigest} from ${marker.repository}, prepared earlier in this job (no request).`,
  );
  return {
    location: marker.repository,
    digest: marker.manifestDigest,
    source: 'job',
    build,
    ...age,
    requests: 0,
    dbDir: options.dbDir,
    fallbacks: [],
  };
}

/** Steps 2–4 for one location. */
async function fromLocation<R extends ResolvedArtifact>(run: Run<R>, location: string): Promise<PreparedArtifact<R>> {
  const { source, options } = run;
  const resolved = await source.resolve(location);
  const staleFrom = run.staleDigests.get(resolved.digest);
  if (staleFrom) throw new StaleDbError(`serves the same DB (${resolved.digest}) as ${staleFrom}, which is too old`);
  const early = resolved.build ? noteStale(run, resolved, () => ageOf(source, options, resolved.build!)) : undefined;
  const key = `${source.cacheKeyPrefix}${resolved.digest}`;
  const done = (from: DbSource, installed: Installed): PreparedArtifact<R> => ({
    location,
    digest: resolved.digest,
    source: from,
    build: installed.build,
    ...(early ?? installed.age),
    requests: source.requests - run.startRequests,
    dbDir: options.dbDir,
    fallbacks: [...run.failures],
    resolved,
  });

  removeQuietly(options.artifactDir);
  try {
    const restored = await fromActionsCache(run, resolved, key, early);
    if (restored) return done('actions-cache', restored);
    const started = Date.now();
    fs.mkdirSync(options.artifactDir, { recursive: true });
    const bytes = await source.download(resolved, options.artifactDir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const installed = await install(run, resolved, early);
    options.logger.info(
      `${source.label}: downloaded ${resolved.digest} from ${location} (${formatBytes(bytes)} in ${seconds} s).`,
    );
    if (options.cache)
      await actionsCacheEntry(options.cache, [options.artifactDir], key, source.label, options.logger).save();
    return done('download', installed);
  } finally {
    removeQuietly(options.artifactDir);
  }
}

/** Remembers a digest found too old, so another location serving it fails at once. */
function noteStale<R extends ResolvedArtifact, T>(run: Run<R>, resolved: R, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof StaleDbError) run.staleDigests.set(resolved.digest, resolved.location);
    throw error;
  }
}

/** Step 3: the Actions cache entry under `key`, checked again; undefined on a miss or an unusable entry. */
async function fromActionsCache<R extends ResolvedArtifact>(
  run: Run<R>,
  resolved: R,
  key: string,
  early: AgeCheck | undefined,
): Promise<Installed | undefined> {
  const { source, options } = run;
  if (!options.cache) return undefined;
  if (!(await actionsCacheEntry(options.cache, [options.artifactDir], key, source.label, options.logger).restore())) {
    return undefined;
  }
  try {
    await source.verifyStored(resolved, options.artifactDir);
    const installed = await install(run, resolved, early);
    options.logger.info(
      `${source.label}: ${resolved.digest} from ${resolved.location}, restored from the Actions cache (${key}).`,
    );
    return installed;
  } catch (error) {
    if (error instanceof StaleDbError) throw error;
    options.logger.warning(
      `The cached ${source.label} (${key}) is unusable (${failureReason(error)}); downloading it.`,
    );
    removeQuietly(options.artifactDir);
    return undefined;
  }
}

interface Installed {
  build: ArtifactBuild;
  age: AgeCheck;
}

/** Unpacks the checked artifact into a staging directory, checks its age, marks it and swaps it into dbDir. */
async function install<R extends ResolvedArtifact>(
  run: Run<R>,
  resolved: R,
  early: AgeCheck | undefined,
): Promise<Installed> {
  const { source, options } = run;
  const staging = makeStagingDir(options.dbDir);
  try {
    const unpacked = await source.unpack(resolved, options.artifactDir, staging);
    const build = unpacked.build ?? resolved.build;
    if (!build) throw new Error(`${source.kind}: the source gave no build time`);
    const age = early ?? noteStale(run, resolved, () => ageOf(source, options, build));
    const marker: DbMarker = {
      schema: 1,
      kind: source.kind,
      repository: resolved.location,
      manifestDigest: resolved.digest,
      updatedAt: build.updatedAt.toISOString(),
      ...(build.nextUpdate ? { nextUpdate: build.nextUpdate.toISOString() } : {}),
      preparedAt: options.now().toISOString(),
      ...(options.jobId !== undefined ? { job: options.jobId } : {}),
      files: unpacked.files,
    };
    writeMarker(staging, marker);
    swapIntoPlace(staging, options.dbDir);
    return { build, age };
  } catch (error) {
    removeQuietly(staging);
    throw error;
  }
}
