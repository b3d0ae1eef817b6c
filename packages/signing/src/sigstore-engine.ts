/**
 * engine: sigstore — in-process signing with the official Sigstore
 * JavaScript libraries: @sigstore/sign's FulcioSigner (an ephemeral key and a
 * Fulcio certificate for our OIDC token), RekorWitness when the instance has
 * a log, TSAWitness when it has a timestamp authority;
 * DSSEBundleBuilder for statements (image signatures and attestations),
 * MessageSignatureBundleBuilder for files; bundle v0.3 JSON via
 * @sigstore/bundle.
 *
 * Retries: @sigstore/sign's fetch layer resends the same request on 5xx,
 * 408, 429, network errors and timeouts (bounded exponential backoff with
 * jitter, see retry.ts). Rekor retries are idempotent: a resent entry that
 * the log already holds is answered 409 with its location, and the existing
 * entry is fetched (TLogClient fetchOnConflict) — no second entry, and the
 * bundle carries the entry that exists.
 *
 * Like the cosign engine, every operation checks that the bundle signs
 * exactly what was requested (bundle-check.ts) before the bundle file is
 * written or anything is stored.
 */
import { sign, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import { bundleToJSON } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Signer,
  type Witness,
} from '@sigstore/sign';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { assertBundleSigns, fileExpectation, type BundleExpectation } from './bundle-check.js';
import { IN_TOTO_PAYLOAD_TYPE, imageSignatureStatement } from './image-signature.js';
import type { SigstoreInstance } from './instances.js';
import { outcomeFromBundle, withStoredBundle, writeBundleFile } from './outcome.js';
import {
  DEFAULT_SERVICE_RETRY,
  serviceFailure,
  serviceOfErrorCode,
  sigstoreFetchOptions,
  type ServiceRetryPolicy,
} from './retry.js';
import { loadPrivateKey, publicKeyOf } from './signing-key.js';
import { validateStatement } from './statement.js';
import { cachedTokenSource } from './token-source.js';
import type { EngineConfig, ImageTarget, InTotoStatementLike, SignOutcome, SigningEngine } from './types.js';

/**
 * A signer over a private key (ECDSA P-256, SHA-256): the bundle carries a public key instead of a
 * certificate, and Rekor gets that key as the entry's verifier. The signer gives no hint: @sigstore/bundle
 * would copy it into the DSSE signature's keyid, where cosign 3.1.3 writes none — and where cosign's
 * verifier then skips the signature as another key's ("accepted signatures do not match threshold",
 * seen with the real cosign in test/interop/sign-keyed.test.ts). The hint is set in the bundle's
 * verification material afterwards (withKeyHint), as cosign writes it; it is covered by no signature.
 */
function keySigner(privateKey: KeyObject): { signer: Signer; hint: string } {
  const { pem, hint } = publicKeyOf(privateKey);
  return {
    hint,
    signer: {
      sign: async (data: Buffer) => ({
        signature: sign('sha256', data, privateKey),
        key: { $case: 'publicKey', publicKey: pem, hint: '' },
      }),
    },
  };
}

/** The bundle JSON with the key's hint in its verification material (keyed bundles). */
function withKeyHint(bundle: object, hint: string): object {
  const json = bundle as { verificationMaterial?: { publicKey?: { hint?: string } } };
  if (json.verificationMaterial?.publicKey) json.verificationMaterial.publicKey.hint = hint;
  return bundle;
}

export class SigstoreEngine implements SigningEngine {
  readonly name = 'sigstore' as const;
  private readonly instance: SigstoreInstance;
  private readonly policy: ServiceRetryPolicy;
  private readonly token: () => Promise<string>;
  private readonly now: () => Date;

  private readonly keySigner?: { signer: Signer; hint: string };

  constructor(private readonly config: EngineConfig) {
    this.instance = config.instance;
    this.policy = config.retry ?? DEFAULT_SERVICE_RETRY;
    this.token = cachedTokenSource(config.idToken);
    this.now = config.now ?? (() => new Date());
    if (config.key?.kind === 'kms') {
      throw new ConfigurationError(
        'A KMS key (kms-key) signs with engine: cosign only: the sigstore engine has no KMS clients. Set engine: cosign.',
      );
    }
    if (config.key) this.keySigner = keySigner(loadPrivateKey(config.key.pem, config.key.password));
    // A keyed signature may go without log and timestamp (tlog-upload: false): the key, not a certificate's
    // ten-minute validity, is what verifiers trust.
    if (!config.key && !this.instance.rekorUrl && !this.instance.tsaUrl) {
      throw new ConfigurationError(
        `The Sigstore instance ${this.instance.name} has neither a transparency log nor a timestamp authority; nothing could vouch for the signing time.`,
      );
    }
  }

  private signer(): Signer {
    if (this.keySigner) return this.keySigner.signer;
    return new FulcioSigner({
      fulcioBaseURL: this.instance.fulcioUrl,
      identityProvider: { getToken: () => this.token() },
      ...sigstoreFetchOptions(this.policy),
    });
  }

  private witnesses(): Witness[] {
    const witnesses: Witness[] = [];
    if (this.instance.rekorUrl) {
      witnesses.push(
        new RekorWitness({
          rekorBaseURL: this.instance.rekorUrl,
          fetchOnConflict: true,
          entryType: 'dsse',
          ...sigstoreFetchOptions(this.policy),
        }),
      );
    }
    if (this.instance.tsaUrl)
      witnesses.push(new TSAWitness({ tsaBaseURL: this.instance.tsaUrl, ...sigstoreFetchOptions(this.policy) }));
    return witnesses;
  }

  /** Runs a bundle builder, turning service failures into errors that name the service. */
  private async build(create: () => Promise<Parameters<typeof bundleToJSON>[0]>): Promise<object> {
    let bundle: Parameters<typeof bundleToJSON>[0];
    try {
      bundle = await create();
    } catch (error) {
      throw this.classify(error);
    }
    const json = bundleToJSON(bundle) as object;
    return this.keySigner ? withKeyHint(json, this.keySigner.hint) : json;
  }

  private classify(error: unknown): Error {
    const code = (error as { code?: string }).code;
    // Our own token errors (no permission, endpoint down) come back wrapped: unwrap them.
    if (code === 'IDENTITY_TOKEN_READ_ERROR' && (error as { cause?: unknown }).cause instanceof Error)
      return (error as { cause: Error }).cause;
    const service = serviceOfErrorCode(code);
    if (service === 'Fulcio') return serviceFailure('Fulcio', this.instance.fulcioUrl, error, this.policy);
    if (service === 'Rekor') return serviceFailure('Rekor', this.instance.rekorUrl ?? '', error, this.policy);
    if (service === 'TSA') return serviceFailure('TSA', this.instance.tsaUrl ?? '', error, this.policy);
    if (service === 'OIDC')
      return new InfrastructureError('The OIDC token could not be used for signing (it is not a valid JWT).');
    return error instanceof Error ? error : new InfrastructureError(String(error));
  }

  /** Checks that the bundle signs `expected` (before anything is written or stored), then writes the bundle file. */
  private finish(
    bundle: object,
    bundlePath: string,
    expected: BundleExpectation,
    what: string,
  ): ReturnType<typeof outcomeFromBundle> {
    assertBundleSigns(bundle, expected, `The sigstore engine (${what})`);
    const result = outcomeFromBundle(bundle, bundlePath, this.instance, this.keySigner ? 'key' : 'certificate');
    writeBundleFile(bundlePath, result.outcome.bundleJson);
    return result;
  }

  /** An in-toto statement signed as a DSSE envelope, checked, written, and stored as a referrer of `pushTo`. */
  private async signStatement(
    payload: Buffer,
    bundlePath: string,
    pushTo: ImageTarget | undefined,
    what: string,
  ): Promise<SignOutcome> {
    const bundle = await this.build(() =>
      new DSSEBundleBuilder({ signer: this.signer(), witnesses: this.witnesses() }).create({
        data: payload,
        type: IN_TOTO_PAYLOAD_TYPE,
      }),
    );
    const expected = { kind: 'statement' as const, statement: JSON.parse(payload.toString('utf8')) };
    const made = this.finish(bundle, bundlePath, expected, what);
    return withStoredBundle(this.config.registry, pushTo, made, this.now);
  }

  async signImage(target: ImageTarget, options: { push: boolean; bundlePath: string }): Promise<SignOutcome> {
    return this.signStatement(
      imageSignatureStatement(target.digest),
      options.bundlePath,
      options.push ? target : undefined,
      `signing ${target.repository}@${target.digest}`,
    );
  }

  async signBlob(file: string, options: { bundlePath: string }): Promise<SignOutcome> {
    const data = fs.readFileSync(file);
    const bundle = await this.build(() =>
      new MessageSignatureBundleBuilder({ signer: this.signer(), witnesses: this.witnesses() }).create({ data }),
    );
    return this.finish(bundle, options.bundlePath, fileExpectation(data, file), `signing ${file}`).outcome;
  }

  async attest(
    statement: InTotoStatementLike,
    options: { bundlePath: string; pushTo?: ImageTarget },
  ): Promise<SignOutcome> {
    validateStatement(statement, options.pushTo);
    const payload = Buffer.from(JSON.stringify(statement), 'utf8');
    return this.signStatement(payload, options.bundlePath, options.pushTo, `attesting ${statement.predicateType}`);
  }
}
