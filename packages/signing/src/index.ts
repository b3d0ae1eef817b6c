/**
 * @scs/signing: Sigstore signing for the sign-keyless, sign (keyed) and
 * provenance actions.
 *
 *   requireIdToken(context, process.env);                       // before any download
 *   const instance = resolveSigstoreInstance('public-good');
 *   enforcePublicLogPolicy(instance, repositoryVisibility(claims, payload), acknowledged);
 *   const engine = await createSigningEngine({
 *     engine: 'sigstore', instance, registry,
 *     idToken: () => getIdToken('sigstore', { env: process.env }),
 *   });
 *   const outcome = await engine.signImage(target, { push: true, bundlePath });
 *   await engine.attest(statement, { bundlePath, pushTo: target });
 */
export { createSigningEngine } from './engine.js';
export type * from './types.js';
export type { SigstoreEngine } from './sigstore-engine.js';
export { cachedTokenSource } from './token-source.js';
export { CosignEngine } from './cosign-engine.js';
export {
  FORK_GATE_EXAMPLE,
  GITHUB_ACTIONS_ISSUER,
  SIGSTORE_AUDIENCE,
  decodeClaims,
  getIdToken,
  requireIdToken,
  verifyIdToken,
  type IdTokenDeps,
  type OidcClaims,
  type VerifyIdTokenOptions,
} from './oidc.js';
export {
  GITHUB_INSTANCE,
  KEYED_INSTANCE_NAMES,
  PUBLIC_GOOD_INSTANCE,
  SIGSTORE_INSTANCE_NAMES,
  enforcePublicLogPolicy,
  resolveKeyedInstance,
  type KeyedInstanceName,
  repositoryVisibility,
  requireSecureServiceUrl,
  resolveSigstoreInstance,
  type CustomInstanceUrls,
  type RepositoryVisibility,
  type SigstoreInstance,
  type SigstoreInstanceName,
} from './instances.js';
export {
  DEFAULT_SERVICE_RETRY,
  backoffDelay,
  classifyHttpStatus,
  serviceFailure,
  sigstoreFetchOptions,
  statusOf,
  type ServiceRetryPolicy,
  type SigstoreService,
} from './retry.js';
export {
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  imageSignatureStatement,
} from './image-signature.js';
export {
  OID_ISSUER_V1,
  OID_ISSUER_V2,
  bundleInfo,
  fulcioExtensionValue,
  leafCertificate,
  parseBundleJson,
  type BundleInfo,
} from './bundle-info.js';
export { signedAt, storeBundle, tlogEntryUrl, writeBundleFile } from './outcome.js';
export { assertBundleSigns, bundleSignsProblem, fileExpectation, type BundleExpectation } from './bundle-check.js';
export { validateStatement } from './statement.js';
export * from './cosign-args.js';
export {
  COSIGN_KEY_VARIABLE,
  KMS_CREDENTIAL_ENVIRONMENT,
  KMS_SCHEMES,
  MAX_PEM_BYTES,
  loadPrivateKey,
  parseKmsUri,
  pemKeyFormat,
  publicKeyOf,
  type KmsScheme,
  type PemKeyFormat,
  type SigningKey,
} from './signing-key.js';
export { BUNDLE_SUFFIX, MAX_FILES, expandFiles } from './sign-files.js';
export {
  blobVerifyCommand,
  imageVerifyCommand,
  renderSignSummary,
  shellQuote,
  withFailureSummary,
  writeSignSummary,
  writeSignedRunSummary,
  type SignSummaryData,
  type SignedFileRow,
  type SignedImageRow,
  type VerifyOptions,
} from './sign-summary.js';
export {
  bundleFileFor,
  cosignInstallOptions,
  cosignRegistryAuth,
  defaultSignDeps,
  prepareSigning,
  resolveImagePlan,
  reportSigned,
  setSignOutputs,
  signAll,
  type SignedRun,
  signTargets,
  signingRegistryClient,
  type ImagePlan,
  type PrepareSigningOptions,
  type SignActionDeps,
  type RegistryInputs,
  type SignedSet,
} from './sign-run.js';
export {
  ENGINES,
  getKeylessServiceInputs,
  getOutputDirInput,
  getServiceInputs,
  getSigningTargetInputs,
  getPemSecret,
  getTrustedRootInput,
  type EngineName,
  type SigningTargetInputs,
} from './sign-inputs.js';
export {
  applyPublicLogPolicy,
  keylessInstance,
  openTokenSession,
  retryFromEnv,
  type KeylessServiceInputs,
  type TokenSession,
} from './signing-session.js';
