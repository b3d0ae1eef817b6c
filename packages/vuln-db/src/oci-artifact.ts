/**
 * The source for artifacts served by an OCI registry (Trivy's DB, Java DB
 * and checks bundle): a tag resolved to its manifest digest with one HEAD,
 * the manifest fetched by that digest, and the one layer of the expected
 * media type streamed to a file with its SHA-256 and size checked before
 * anything reads it. Anonymous (no credential provider), exact retry delays
 * (no jitter), plain HTTP for loopback registries only — @scs/oci's
 * RegistryClient does the transport.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, InfrastructureError, readFileCappedSync } from '@scs/action-kit';
import {
  HttpRequestError,
  RegistryClient,
  displayUrl,
  parseOciManifest,
  parseRegistryReference,
  type FetchedManifest,
  type OciDescriptor,
  type OciManifest,
  type RegistryClientOptions,
  type RegistryReference,
} from '@scs/oci';
import type { DbCache } from './db-cache.js';
import type { DbLogger, DbMarker, DbSource, StaleMode } from './db-state.js';
import {
  prepareArtifact,
  type ArtifactBuild,
  type ArtifactSource,
  type ResolvedArtifact,
  type UnpackedArtifact,
} from './pipeline.js';
import { saveVerifiedBody, sha256FileDigest } from './verified-download.js';

/** What is stored for one registry artifact (and saved to the Actions cache). */
export const ARTIFACT_MANIFEST = 'manifest.json';
export const ARTIFACT_LAYER = 'layer.tar.gz';
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** The client the DB pulls use: @scs/oci's, anonymous, with exact retry delays. */
export function vulnDbRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  return new RegistryClient({ userAgent: 'scs-vuln-db', ...options, retry: { jitter: 0, ...options.retry } });
}

export interface ResolvedManifestDigest {
  digest: string;
  /** Set when the registry's HEAD gave no digest and the manifest had to be fetched. */
  manifest?: FetchedManifest;
}

/**
 * The manifest digest of `ref` (its tag or digest): one HEAD; a registry
 * whose HEAD carries no `Docker-Content-Digest` costs a GET, whose body is
 * hashed (and returned so it is not fetched again).
 */
export async function resolveManifestDigest(
  client: RegistryClient,
  ref: RegistryReference,
): Promise<ResolvedManifestDigest> {
  const url = displayUrl(client.url(ref, 'manifests', ref.reference));
  const head = await client.headManifest(ref);
  if (head === undefined) throw new HttpRequestError(`HEAD ${url}: HTTP 404 (${ref.name} not found)`, url, 404, false);
  if (head.digest) {
    if (ref.digest && head.digest !== ref.digest) {
      throw new InfrastructureError(`HEAD ${url}: the registry answered ${head.digest} for ${ref.digest}`);
    }
    return { digest: head.digest };
  }
  const manifest = await client.getManifest(ref, ref.digest);
  return { digest: manifest.digest, manifest };
}

/**
 * Streams the blob `descriptor` names into `file`: the bytes go to
 * `<file>.partial` first, and `file` appears only once size and SHA-256
 * match (DigestMismatchError otherwise, not retried). On any failure
 * nothing is left behind.
 */
export async function downloadVerifiedBlob(
  client: RegistryClient,
  ref: RegistryReference,
  descriptor: OciDescriptor,
  file: string,
): Promise<number> {
  try {
    return await client.streamBlob(ref, descriptor, (response, label, url) =>
      saveVerifiedBody(response, file, { digest: descriptor.digest, size: descriptor.size }, label, url),
    );
  } catch (error) {
    fs.rmSync(`${file}.partial`, { force: true });
    fs.rmSync(file, { force: true });
    throw error;
  }
}

/** What differs between Trivy's registry artifacts. */
export interface OciArtifactKind {
  kind: string;
  label: string;
  layerMediaType: string;
  defaultTag: string;
  cacheKeyPrefix: string;
  /** Opening words of the final error. */
  unavailable: string;
  /** Unpacks the checked layer into `staging`. */
  unpack(
    layer: { file: string; descriptor: OciDescriptor },
    manifest: OciManifest,
    staging: string,
  ): Promise<UnpackedArtifact>;
  /** The build time of a copy this job installed earlier; throws when it is unusable. */
  installedBuild(dbDir: string, marker: DbMarker): ArtifactBuild;
}

export interface OciResolved extends ResolvedArtifact {
  ref: RegistryReference;
  manifest?: FetchedManifest;
}

export function pickLayer(layers: OciDescriptor[], mediaType: string, where: string): OciDescriptor {
  const matching = layers.filter((layer) => layer.mediaType === mediaType);
  if (matching.length !== 1) {
    const have = layers.map((layer) => layer.mediaType).join(', ') || 'none';
    throw new InfrastructureError(
      `${where}: expected one layer of type ${mediaType}, found ${matching.length} (layers: ${have})`,
    );
  }
  return matching[0]!;
}

/** A registry artifact as a pipeline source. References are checked when it is built (ConfigurationError). */
export class OciArtifactSource implements ArtifactSource<OciResolved> {
  readonly noun = { one: 'repository', many: 'repositories' };
  private readonly refs = new Map<string, RegistryReference>();

  constructor(
    private readonly artifact: OciArtifactKind,
    repositories: readonly string[],
    inputName: string,
    private readonly client: RegistryClient,
  ) {
    if (repositories.length === 0)
      throw new ConfigurationError(`\`${inputName}\` names no repository for the ${artifact.label}.`);
    for (const repository of repositories) {
      this.refs.set(
        repository,
        parseRegistryReference(repository, { defaultTag: artifact.defaultTag, label: inputName }),
      );
    }
  }

  get kind(): string {
    return this.artifact.kind;
  }
  get label(): string {
    return this.artifact.label;
  }
  get cacheKeyPrefix(): string {
    return this.artifact.cacheKeyPrefix;
  }
  get unavailable(): string {
    return this.artifact.unavailable;
  }
  get requests(): number {
    return this.client.requests;
  }

  async resolve(location: string): Promise<OciResolved> {
    const ref = this.refs.get(location)!;
    const resolved = await resolveManifestDigest(this.client, ref);
    return { location, ref, digest: resolved.digest, ...(resolved.manifest ? { manifest: resolved.manifest } : {}) };
  }

  async download(resolved: OciResolved, artifactDir: string): Promise<number> {
    const fetched = resolved.manifest ?? (await this.client.getManifest(resolved.ref, resolved.digest));
    const where = `${resolved.location}@${resolved.digest}`;
    const layer = pickLayer(fetched.manifest.layers, this.artifact.layerMediaType, where);
    fs.writeFileSync(path.join(artifactDir, ARTIFACT_MANIFEST), fetched.bytes);
    await downloadVerifiedBlob(this.client, resolved.ref, layer, path.join(artifactDir, ARTIFACT_LAYER));
    return layer.size;
  }

  async verifyStored(resolved: OciResolved, artifactDir: string): Promise<void> {
    const { layer } = this.storedManifest(resolved, artifactDir);
    const layerFile = path.join(artifactDir, ARTIFACT_LAYER);
    const size = fs.statSync(layerFile).size;
    const actual = await sha256FileDigest(layerFile);
    if (size !== layer.size || actual !== layer.digest) {
      throw new InfrastructureError(
        `the stored layer is ${actual} (${size} bytes), not ${layer.digest} (${layer.size} bytes)`,
      );
    }
  }

  unpack(resolved: OciResolved, artifactDir: string, staging: string): Promise<UnpackedArtifact> {
    const { manifest, layer } = this.storedManifest(resolved, artifactDir);
    return this.artifact.unpack({ file: path.join(artifactDir, ARTIFACT_LAYER), descriptor: layer }, manifest, staging);
  }

  installedBuild(dbDir: string, marker: DbMarker): ArtifactBuild {
    return this.artifact.installedBuild(dbDir, marker);
  }

  /** The stored manifest, checked against the resolved digest, and its layer. */
  private storedManifest(resolved: OciResolved, artifactDir: string): { manifest: OciManifest; layer: OciDescriptor } {
    const bytes = readFileCappedSync(
      path.join(artifactDir, ARTIFACT_MANIFEST),
      MAX_MANIFEST_BYTES,
      `the stored ${ARTIFACT_MANIFEST}`,
    );
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (digest !== resolved.digest)
      throw new InfrastructureError(`the stored manifest is ${digest}, not ${resolved.digest}`);
    const where = `${resolved.location}@${resolved.digest}`;
    const { manifest } = parseOciManifest(bytes, null, where);
    return { manifest, layer: pickLayer(manifest.layers, this.artifact.layerMediaType, where) };
  }
}

export interface PrepareRegistryArtifactOptions {
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
  /** @scs/oci's client (vulnDbRegistryClient()); one is made when absent. */
  client?: RegistryClient;
  /**
   * Identity of the running job (e.g. `${runId}-${runAttempt}-${job}`). When
   * given, a DB left by another job in a reused cacheDir is not taken as
   * this job's. RUNNER_TEMP is emptied between jobs, so usually moot.
   */
  jobId?: string;
  /** Input name for reference errors. */
  inputName?: string;
  now?: () => Date;
}

export interface PreparedRegistryArtifact {
  kind: string;
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

/**
 * Prepares one registry artifact into `<cacheDir>/<dirName>/` through the
 * pipeline. Throws VulnDbError (an InfrastructureError) when no repository
 * yields a usable one.
 */
export async function prepareRegistryArtifact(
  artifact: OciArtifactKind,
  dirName: string,
  options: PrepareRegistryArtifactOptions,
  defaultInputName: string,
): Promise<PreparedRegistryArtifact> {
  const { logger } = options;
  const client = options.client ?? vulnDbRegistryClient({ log: (message) => logger.debug(message) });
  const inputName = options.inputName ?? defaultInputName;
  const source = new OciArtifactSource(artifact, options.repositories, inputName, client);
  const cacheDir = path.resolve(options.cacheDir);
  const prepared = await prepareArtifact(source, {
    locations: options.repositories,
    dbDir: path.join(cacheDir, dirName),
    artifactDir: path.join(cacheDir, '.scs-db-artifacts', artifact.kind),
    maxAgeHours: options.maxAgeHours,
    stale: options.stale,
    ...(options.cache ? { cache: options.cache } : {}),
    logger,
    ...(options.jobId !== undefined ? { jobId: options.jobId } : {}),
    now: options.now ?? (() => new Date()),
  });
  return {
    kind: artifact.kind,
    repository: prepared.location,
    manifestDigest: prepared.digest,
    source: prepared.source,
    updatedAt: prepared.build.updatedAt.toISOString(),
    ...(prepared.build.nextUpdate ? { nextUpdate: prepared.build.nextUpdate.toISOString() } : {}),
    ageHours: prepared.ageHours,
    stale: prepared.stale,
    requests: prepared.requests,
    dbDir: prepared.dbDir,
    fallbacks: prepared.fallbacks,
  };
}
