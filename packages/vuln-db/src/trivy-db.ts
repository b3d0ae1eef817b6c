/**
 * Trivy's vulnerability DB (and Java DB), fetched by us so Trivy can run
 * with `--skip-db-update` (`--skip-java-db-update`) on a prepared cache.
 *
 * Both are registry artifacts (oci-artifact.ts) going through the one
 * prepare → verify → cache → install flow (pipeline.ts): the Actions cache
 * key is `scs-trivy-db-<manifest digest>` (`scs-trivy-java-db-…`), the
 * layer is unpacked to `trivy.db` (`trivy-java.db`) + `metadata.json`
 * (unsafe entries refuse the archive), and the schema version and the age
 * come from that metadata.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InfrastructureError, readFileCappedSync } from '@scs/action-kit';
import { parseTime } from './db-state.js';
import {
  prepareRegistryArtifact,
  type OciArtifactKind,
  type PrepareRegistryArtifactOptions,
  type PreparedRegistryArtifact,
} from './oci-artifact.js';
import type { ArtifactBuild, UnpackedArtifact } from './pipeline.js';
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

export type PrepareTrivyDbOptions = PrepareRegistryArtifactOptions;

export interface PreparedTrivyDb extends PreparedRegistryArtifact {
  kind: TrivyDbKind['kind'];
}

/** Reads and checks a Trivy DB's metadata.json (schema version, UpdatedAt). */
function readTrivyMetadata(dir: string, kind: TrivyDbKind): ArtifactBuild {
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

/** A Trivy DB kind as a registry artifact: the layer holds the DB file and metadata.json. */
export function trivyDbArtifact(kind: TrivyDbKind): OciArtifactKind {
  const wanted = [kind.dbFile, METADATA_FILE];
  return {
    ...kind,
    unavailable: 'Vulnerability database unavailable',
    async unpack(layer, _manifest, staging): Promise<UnpackedArtifact> {
      const result = await extractArchive(layer.file, 'gzip', staging, {
        what: `the ${kind.label} layer ${layer.descriptor.digest}`,
        select: (name) => (wanted.includes(name) ? name : undefined),
      });
      for (const file of wanted) {
        if (!result.files.includes(file)) throw new InfrastructureError(`the ${kind.label} layer has no ${file}`);
      }
      return { files: wanted, build: readTrivyMetadata(staging, kind) };
    },
    installedBuild(dbDir) {
      if (!fs.existsSync(path.join(dbDir, kind.dbFile))) throw new InfrastructureError(`${kind.dbFile} is missing`);
      return readTrivyMetadata(dbDir, kind);
    },
  };
}

/**
 * Fetches Trivy's vulnerability DB into `<cacheDir>/db/` (see pipeline.ts
 * for the order of sources). Throws VulnDbError (an InfrastructureError)
 * when no repository yields a usable DB.
 */
export function prepareTrivyDb(options: PrepareTrivyDbOptions): Promise<PreparedTrivyDb> {
  return prepareTrivyArtifact(TRIVY_DB, options);
}

/** The same for Trivy's Java DB (`trivy-java-db:1`) into `<cacheDir>/java-db/`. */
export function prepareTrivyJavaDb(options: PrepareTrivyDbOptions): Promise<PreparedTrivyDb> {
  return prepareTrivyArtifact(TRIVY_JAVA_DB, { inputName: 'java-db-repository', ...options });
}

/** Either Trivy DB through the pipeline. */
export async function prepareTrivyArtifact(
  kind: TrivyDbKind,
  options: PrepareTrivyDbOptions,
): Promise<PreparedTrivyDb> {
  const prepared = await prepareRegistryArtifact(trivyDbArtifact(kind), kind.dirName, options, 'db-repository');
  return { ...prepared, kind: kind.kind };
}
