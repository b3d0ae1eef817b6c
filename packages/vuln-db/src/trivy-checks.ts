/**
 * Trivy's misconfiguration checks bundle (`trivy-checks:1`, an OPA bundle
 * pushed as an OCI artifact), fetched by us so Trivy runs with
 * `--skip-check-update` (`--skip-policy-update` on older builds) on a
 * prepared cache and never downloads it itself.
 *
 * Where Trivy looks for it (shown with the real Trivy test binary in
 * test/integration/scan-trivy-artifacts.test.ts): `<cache-dir>/policy/content/`
 * holds the unpacked bundle, whose `.manifest` (OPA's bundle manifest, with
 * optional `roots`) Trivy reads first — without it the cached bundle is
 * ignored and the checks embedded in the binary are used — and
 * `<cache-dir>/policy/metadata.json` records `{"Digest", "DownloadedAt"}`.
 * With a bundle in place, Trivy loads its checks instead of the embedded ones.
 *
 * The bundle carries no metadata.json of its own: its build time is the
 * manifest's `org.opencontainers.image.created` annotation (set by oras,
 * which publishes it); a bundle without one cannot be age-checked and is
 * refused (unless the caller sets no age limit, maxAgeHours Infinity).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InfrastructureError } from '@scs/action-kit';
import type { OciManifest } from '@scs/oci';
import { parseTime, type DbMarker } from './db-state.js';
import {
  prepareRegistryArtifact,
  type OciArtifactKind,
  type PrepareRegistryArtifactOptions,
  type PreparedRegistryArtifact,
} from './oci-artifact.js';
import type { ArtifactBuild, UnpackedArtifact } from './pipeline.js';
import { extractArchive } from './tar-extract.js';

export const TRIVY_CHECKS_LAYER_MEDIA_TYPE = 'application/vnd.cncf.openpolicyagent.layer.v1.tar+gzip';
export const DEFAULT_TRIVY_CHECKS_REPOSITORIES: readonly string[] = Object.freeze([
  'mirror.gcr.io/aquasec/trivy-checks:1',
  'ghcr.io/aquasecurity/trivy-checks:1',
]);
/**
 * The oldest bundle a scan accepts by default, in hours (90 days). The bundle
 * is republished with trivy-checks releases, weeks apart, not every few hours
 * like the DBs: `db-max-age` (hours, made for DBs rebuilt every 6 h) would
 * refuse a current bundle between releases. A bundle a quarter old means the
 * mirror stopped following releases.
 */
export const CHECKS_BUNDLE_MAX_AGE_HOURS = 90 * 24;
/** The folder under Trivy's --cache-dir, and the bundle's folder inside it. */
export const TRIVY_CHECKS_DIR = 'policy';
const CONTENT_DIR = 'content';
const BUNDLE_MANIFEST = '.manifest';
const METADATA_FILE = 'metadata.json';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/** A bundle has a few thousand small files (Rego, JSON schemas). */
const MAX_BUNDLE_FILES = 20_000;
const MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;

export interface PreparedTrivyChecks extends PreparedRegistryArtifact {
  kind: 'trivy-checks';
}

/** The bundle's build time from its manifest; refused when absent (unless no age limit). */
function bundleBuild(manifest: OciManifest, unlimitedAge: boolean): ArtifactBuild {
  const created = parseTime(manifest.annotations?.[CREATED_ANNOTATION]);
  if (created) return { updatedAt: created };
  if (unlimitedAge) return { updatedAt: new Date(0) };
  throw new InfrastructureError(
    `the checks bundle's manifest has no ${CREATED_ANNOTATION} annotation, so its age cannot be checked; refused (oras sets it when pushing; mirror the bundle with a tool that copies the manifest unchanged)`,
  );
}

/** The checks bundle as a registry artifact: the layer is unpacked whole into `content/`. */
export function trivyChecksArtifact(options: { unlimitedAge: boolean; now: () => Date }): OciArtifactKind {
  return {
    kind: 'trivy-checks',
    label: 'Trivy misconfiguration checks bundle',
    layerMediaType: TRIVY_CHECKS_LAYER_MEDIA_TYPE,
    defaultTag: '1',
    cacheKeyPrefix: 'scs-trivy-checks-',
    unavailable: 'Misconfiguration checks unavailable',
    async unpack(layer, manifest, staging): Promise<UnpackedArtifact> {
      const build = bundleBuild(manifest, options.unlimitedAge);
      const result = await extractArchive(layer.file, 'gzip', path.join(staging, CONTENT_DIR), {
        what: `the checks bundle layer ${layer.descriptor.digest}`,
        select: (name) => name,
        nested: true,
        maxFiles: MAX_BUNDLE_FILES,
        maxFileBytes: MAX_BUNDLE_FILE_BYTES,
      });
      if (!result.files.includes(BUNDLE_MANIFEST)) {
        throw new InfrastructureError(`the checks bundle layer has no ${BUNDLE_MANIFEST} (not an OPA bundle)`);
      }
      // What Trivy writes after its own download; it reads the bundle through content/.manifest.
      const metadata = { Digest: layer.descriptor.digest, DownloadedAt: options.now().toISOString() };
      fs.writeFileSync(path.join(staging, METADATA_FILE), `${JSON.stringify(metadata)}\n`, { flag: 'wx' });
      return { files: [...result.files.map((file) => `${CONTENT_DIR}/${file}`), METADATA_FILE], build };
    },
    installedBuild(_dbDir: string, marker: DbMarker): ArtifactBuild {
      const updatedAt = parseTime(marker.updatedAt);
      if (!updatedAt) throw new InfrastructureError('the marker has no readable build time');
      return { updatedAt };
    },
  };
}

/**
 * Fetches Trivy's checks bundle into `<cacheDir>/policy/` through the
 * pipeline (pipeline.ts). Throws VulnDbError (an InfrastructureError) when no
 * repository yields a usable bundle.
 */
export async function prepareTrivyChecks(options: PrepareRegistryArtifactOptions): Promise<PreparedTrivyChecks> {
  const artifact = trivyChecksArtifact({
    unlimitedAge: options.maxAgeHours === Infinity,
    now: options.now ?? (() => new Date()),
  });
  const prepared = await prepareRegistryArtifact(artifact, TRIVY_CHECKS_DIR, options, 'checks-bundle-repository');
  return { ...prepared, kind: 'trivy-checks' };
}
