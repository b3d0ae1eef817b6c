export {
  OciRegistryClient,
  parseRegistryReference,
  parseBearerChallenge,
  parseOciManifest,
  registryBaseUrl,
  isLoopbackHost,
  MANIFEST_ACCEPT,
  OCI_MEDIA_TYPES,
  type RegistryReference,
  type RegistryClientOptions,
  type OciDescriptor,
  type OciManifest,
  type FetchedManifest,
  type ResolvedDigest,
  type BearerChallenge,
} from './oci-registry-client.js';
// The retry helpers and the registry client's core moved to @scs/oci; re-exported unchanged.
export {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  RequestCounter,
  parseRetryAfter,
  withRetries,
  type RetryPolicy,
  type FetchFn,
  type SleepFn,
} from './http-retry.js';
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
