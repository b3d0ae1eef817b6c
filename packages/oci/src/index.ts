/**
 * @scs/oci: an OCI registry client for signing, attestation and
 * verification (and the vulnerability-DB pulls of @scs/vuln-db).
 *
 *   const ref = parseRegistryReference(input, { label: 'image' });
 *   const client = registryClientForAction(inputs, context.actor, { mask: core.setSecret, debug: core.debug });
 *   const image = await client.resolveImage(ref);            // digest, mediaType, size, platforms
 *   const subject = { mediaType: image.mediaType, digest: image.digest, size: image.size };
 *   await client.attachReferrer(ref, subject, { bundle, content: 'dsse-envelope', predicateType, created });
 *   const { via, referrers } = await client.listReferrers(ref, image.digest, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
 *   const bytes = await client.fetchBlob(ref, layer, { maxBytes: 1 << 20 });
 */
export {
  RegistryClient,
  RegistryAuthError,
  authAdvice,
  parseBearerChallenge,
  type RegistryAccess,
  type RegistryClientOptions,
  type BearerChallenge,
  type FetchedManifest,
  type FetchedIndex,
  type ResolvedDescriptor,
  type ResolvedImage,
  type PlatformManifest,
  type PushedManifest,
} from './registry-client.js';
export {
  registryClientForAction,
  resolveImageForAction,
  type ActionRegistryInputs,
  type ActionRegistryOutlets,
} from './action-client.js';
export {
  parseRegistryReference,
  referenceWithDigest,
  referenceWithTag,
  repositoryName,
  isLoopbackHost,
  registryBaseUrl,
  referrersTag,
  legacyCosignTag,
  SHA256_DIGEST_PATTERN,
  type RegistryReference,
  type ParseReferenceOptions,
} from './reference.js';
export {
  OCI_MEDIA_TYPES,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  EMPTY_CONFIG_BYTES,
  EMPTY_CONFIG_DESCRIPTOR,
  MANIFEST_ACCEPT,
  INDEX_ACCEPT,
  parseDescriptor,
  parseOciManifest,
  parseOciIndex,
  serializeManifest,
  serializeIndex,
  canonicalDescriptor,
  isIndexMediaType,
  sha256Digest,
  type OciDescriptor,
  type OciManifest,
  type OciIndex,
  type OciPlatform,
} from './manifest.js';
export {
  MAX_PLATFORM_MANIFESTS,
  MAX_PLATFORMS,
  parsePlatformInput,
  parsePlatformSelector,
  platformImages,
  platformMatches,
  platformName,
  platformSlug,
  platformTargets,
  selectPlatformManifests,
  type PlatformChoice,
  type PlatformImage,
  type PlatformSelector,
  type PlatformTarget,
} from './platform.js';
export {
  BUNDLE_ANNOTATIONS,
  buildBundleReferrer,
  mergeReferrersIndex,
  formatCreated,
  readReferrersTagIndex,
  type BundleContent,
  type BundleReferrerInput,
  type BuiltReferrer,
  type AttachedReferrer,
  type ReferrersListing,
  type ReferrersVia,
  type ReferrerOptions,
} from './referrers.js';
export {
  credentialChain,
  dockerConfigCredentials,
  dockerConfigPath,
  normalizeRegistryHost,
  spawnHelper,
  type RegistryCredential,
  type CredentialProvider,
  type CredentialChainOptions,
  type DockerConfigOptions,
  type HelperRunner,
} from './credentials.js';
// The retry policy is action-kit's (one for every HTTP exchange), re-exported under the names @scs/oci has always had.
export { RequestCounter } from './registry-transport.js';
export {
  DEFAULT_RETRY_POLICY,
  HttpRequestError,
  backoffDelay,
  displayUrl,
  isRetryableStatus,
  parseRetryAfter,
  realSleep,
  withRetries,
  type RetryPolicy,
  type RetryContext,
  type FetchFn,
  type SleepFn,
} from '@scs/action-kit';
