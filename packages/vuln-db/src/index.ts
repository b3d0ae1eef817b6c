/**
 * @scs/vuln-db: the one prepare → verify → cache → install flow
 * (pipeline.ts) for what the scanners would otherwise download themselves —
 * Trivy's DB, Java DB and checks bundle (registry artifacts,
 * oci-artifact.ts over @scs/oci) and Grype's DB (a listing, over action-kit's
 * http policy).
 */
export {
  prepareArtifact,
  type ArtifactBuild,
  type ArtifactSource,
  type PipelineOptions,
  type PreparedArtifact,
  type ResolvedArtifact,
  type UnpackedArtifact,
} from './pipeline.js';
export {
  OciArtifactSource,
  downloadVerifiedBlob,
  pickLayer,
  prepareRegistryArtifact,
  resolveManifestDigest,
  vulnDbRegistryClient,
  type OciArtifactKind,
  type PrepareRegistryArtifactOptions,
  type PreparedRegistryArtifact,
  type ResolvedManifestDigest,
} from './oci-artifact.js';
export {
  prepareTrivyChecks,
  trivyChecksArtifact,
  CHECKS_BUNDLE_MAX_AGE_HOURS,
  DEFAULT_TRIVY_CHECKS_REPOSITORIES,
  TRIVY_CHECKS_DIR,
  TRIVY_CHECKS_LAYER_MEDIA_TYPE,
  type PreparedTrivyChecks,
} from './trivy-checks.js';
export { DigestMismatchError } from './verified-download.js';
export { ArchiveRejectedError, extractArchive, checkEntryName, type ArchiveCompression } from './tar-extract.js';
export {
  VulnDbError,
  StaleDbError,
  MARKER_FILE,
  type DbMarker,
  type DbLogger,
  type DbSource,
  type StaleMode,
} from './db-state.js';
export {
  prepareTrivyDb,
  prepareTrivyJavaDb,
  prepareTrivyArtifact,
  trivyDbArtifact,
  TRIVY_DB,
  TRIVY_JAVA_DB,
  DEFAULT_TRIVY_DB_REPOSITORIES,
  DEFAULT_TRIVY_JAVA_DB_REPOSITORIES,
  type TrivyDbKind,
  type PrepareTrivyDbOptions,
  type PreparedTrivyDb,
} from './trivy-db.js';
export {
  prepareGrypeDb,
  parseGrypeListing,
  grypeArchiveUrl,
  extractGrypeArchive,
  grypeDbImportInstaller,
  DEFAULT_GRYPE_DB_LISTING_URL,
  GRYPE_DB_MODEL,
  type GrypeListing,
  type GrypeDbInstaller,
  type PrepareGrypeDbOptions,
  type PreparedGrypeDb,
} from './grype-db.js';
export {
  actionsDbCache,
  loadActionsCache,
  dbCachePolicy,
  narrowCache,
  type DbCache,
  type DbCacheInput,
  type DbCachePolicy,
  type ActionsCacheModule,
} from './db-cache.js';
