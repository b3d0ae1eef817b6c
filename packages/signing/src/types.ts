/**
 * The signing-engine interface: both engines (cosign, sigstore) write the
 * same artifacts (see docs/architecture/signing-and-verification.md).
 */
import type { RegistryClient, RegistryReference } from '@scs/oci';
import type { SigstoreInstance } from './instances.js';
import type { ServiceRetryPolicy } from './retry.js';
import type { SigningKey } from './signing-key.js';

/** An image, always by digest. */
export interface ImageTarget {
  /** The parsed reference (its `digest` is set to `digest`). */
  reference: RegistryReference;
  /** registry/repository, no tag or digest. */
  repository: string;
  /** sha256:… of the manifest or index. */
  digest: string;
  mediaType: string;
  size: number;
}

export interface InTotoStatementLike {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

export interface SignOutcome {
  /** The Sigstore bundle (v0.3) as JSON. */
  bundle: object;
  bundleJson: string;
  bundlePath: string;
  /** The Fulcio certificate's SAN ('' for a keyed signature). */
  certificateIdentity: string;
  /** The certificate's OIDC issuer extension ('' for a keyed signature). */
  certificateIssuer: string;
  /** Keyed signatures: the bundle's public-key hint (base64 SHA-256 of the key, as cosign writes it). */
  publicKeyHint?: string;
  tlog?: { logIndex: string; logId: string; integratedTime: string; url?: string };
  /** RFC 3161 timestamps in the bundle. */
  timestamps: number;
  /** Where the bundle was stored in the registry (image operations with push). */
  stored?: { repository: string; manifestDigest: string; via: 'referrers-api' | 'tag-schema'; location: string };
}

export interface SigningEngine {
  readonly name: 'cosign' | 'sigstore';
  /** Signs the image digest (cosign v3's image-signature statement) and, with push, stores the bundle as a referrer. */
  signImage(target: ImageTarget, options: { push: boolean; bundlePath: string }): Promise<SignOutcome>;
  /** A message-signature bundle over the file. */
  signBlob(file: string, options: { bundlePath: string }): Promise<SignOutcome>;
  /** A DSSE bundle over the statement; with pushTo, stored as a referrer of that image. */
  attest(statement: InTotoStatementLike, options: { bundlePath: string; pushTo?: ImageTarget }): Promise<SignOutcome>;
}

export interface EngineLogger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
}

export interface CosignEngineOptions {
  /** Absolute path of the cosign binary (installed by @scs/tool-installer, or cosign-path). */
  binary: string;
  /** Where per-invocation TUF_ROOT / DOCKER_CONFIG / signing-config directories are made (RUNNER_TEMP). */
  tempDir: string;
  /** The environment cosign inherits (the runner's), before our changes. */
  env: NodeJS.ProcessEnv;
  /** Explicit registry credentials; written to a private DOCKER_CONFIG, never argv. */
  registryAuth?: { registry: string; username: string; password: string };
  /** Timeout of one cosign invocation (default 5 min). */
  timeoutMs?: number;
  /** Runs cosign (default: action-kit's runProcess). */
  run?: CosignRunner;
}

export type CosignRunner = (
  binary: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number },
) => Promise<{ exitCode: number; stdout: string; stderr: string; timedOut: boolean }>;

export interface EngineConfig {
  engine: 'cosign' | 'sigstore';
  instance: SigstoreInstance;
  /** An OIDC token for the audience `sigstore` (fetched on demand; must be masked already). Never called when `key` is set. */
  idToken: () => Promise<string>;
  /** Keyed signing (actions/sign): the key signs instead of a Fulcio certificate for the OIDC identity. */
  key?: SigningKey;
  /** Needed to store image signatures and attestations in a registry. */
  registry?: RegistryClient;
  retry?: ServiceRetryPolicy;
  logger?: EngineLogger;
  now?: () => Date;
  /** Required for engine: cosign. */
  cosign?: CosignEngineOptions;
}
