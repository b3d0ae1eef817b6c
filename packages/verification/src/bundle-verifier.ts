import { createHash } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { RFC3161Timestamp, X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier, VerificationError, type SignedEntity, type TrustMaterial } from '@sigstore/verify';
import { errorMessage } from '@scs/action-kit';
import { certificateIdentity, type CertificateIdentity } from './certificate-identity.js';
import type { TrustedPublicKey } from './public-key.js';
import type { LoadedTrust } from './trusted-root.js';

/**
 * Cryptographic verification of one Sigstore bundle against a subject:
 * certificate chain to a trusted Fulcio CA, transparency-log inclusion (proof
 * or promise) or an RFC 3161 timestamp, the signature, and that the signature
 * is over *this* subject (DSSE: the in-toto statement's subject lists the
 * digest; message signature: the file's sha256). Every failure is recorded
 * with its reason; nothing less than all of it counts as verified.
 */

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = new Set(['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']);

export type VerificationSubject =
  | { kind: 'image'; /** sha256:<hex> */ digest: string; name?: string }
  | { kind: 'file'; path: string; /** sha256:<hex> */ digest: string; content: Buffer };

export type EvidenceSource = 'referrers' | 'github' | 'files' | 'legacy';

export interface EvidenceOrigin {
  source: EvidenceSource;
  /** Where: a manifest digest, an API URL, a file path. */
  location: string;
}

export interface InTotoStatement {
  _type: string;
  subject: { name?: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate?: unknown;
}

export interface LogEntryInfo {
  logIndex: string;
  logId: string;
  integratedTime?: string;
  kind?: string;
  /** A page showing the entry (search.sigstore.dev for the public log, else the log's API). */
  url?: string;
}

export interface BundleVerification {
  origin: EvidenceOrigin;
  type: 'dsse' | 'message-signature' | 'unknown';
  mediaType?: string;
  predicateType?: string;
  statement?: InTotoStatement;
  identity?: CertificateIdentity;
  logEntry?: LogEntryInfo;
  /** Verified signing times (tlog integrated time, TSA times), ISO 8601. */
  timestamps: string[];
  /** The earliest verified signing time. */
  signedAt?: string;
  /** Certificate chain, log/timestamp, signature and subject all verified. */
  verified: boolean;
  /** Why not (every problem found). */
  reasons: string[];
  /**
   * The identity policy's reasons, when the certificate's claims were checked
   * before the cryptography and failed (the signature was then not checked).
   */
  identityReasons?: string[];
  /** A cheap check failed, so the certificate chain, log and signature were not checked. */
  cryptoSkipped?: boolean;
}

const VERIFICATION_STAGE: Record<string, string> = {
  CERTIFICATE_ERROR: 'certificate',
  PUBLIC_KEY_ERROR: 'key',
  TLOG_ERROR: 'transparency log',
  TLOG_INCLUSION_PROOF_ERROR: 'transparency log inclusion proof',
  TLOG_INCLUSION_PROMISE_ERROR: 'transparency log inclusion promise',
  TLOG_MISSING_INCLUSION_ERROR: 'transparency log',
  TLOG_BODY_ERROR: 'transparency log entry',
  SIGNATURE_ERROR: 'signature',
  TIMESTAMP_ERROR: 'timestamp',
};

function describeVerificationError(error: unknown): string {
  if (error instanceof VerificationError) {
    const stage = VERIFICATION_STAGE[error.code] ?? error.code;
    const cause = error.cause ? ` (${errorMessage(error.cause)})` : '';
    return `${stage}: ${error.message}${cause}`;
  }
  return `verification error: ${errorMessage(error)}`;
}

function sha256Hex(digest: string): string {
  return digest.replace(/^sha256:/, '').toLowerCase();
}

function logEntryInfo(bundle: Bundle, trust: LoadedTrust): LogEntryInfo | undefined {
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (!entry) return undefined;
  const logId = entry.logId ? Buffer.from(entry.logId.keyId).toString('base64') : '';
  const info: LogEntryInfo = { logIndex: entry.logIndex, logId };
  if (entry.integratedTime && entry.integratedTime !== '0') {
    info.integratedTime = new Date(Number(entry.integratedTime) * 1000).toISOString();
  }
  if (entry.kindVersion) info.kind = `${entry.kindVersion.kind}/${entry.kindVersion.version}`;
  const log = trust.tlogs.find((t) => t.logId === logId);
  if (log) {
    info.url = /^https:\/\/rekor\.sigstore\.dev$/.test(log.baseUrl)
      ? `https://search.sigstore.dev/?logIndex=${encodeURIComponent(entry.logIndex)}`
      : `${log.baseUrl}/api/v1/log/entries?logIndex=${encodeURIComponent(entry.logIndex)}`;
  }
  return info;
}

function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content;
  switch (content.$case) {
    case 'certificate':
      return X509Certificate.parse(Buffer.from(content.certificate.rawBytes));
    case 'x509CertificateChain': {
      const first = content.x509CertificateChain.certificates[0];
      return first ? X509Certificate.parse(Buffer.from(first.rawBytes)) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The signing times the verifier checks: a log entry's integrated time only
 * when an inclusion promise (SET) signs it (a proof alone does not cover it),
 * and each RFC 3161 timestamp. Only meaningful once the bundle verified.
 */
function signingTimes(bundle: Bundle): string[] {
  const times: string[] = [];
  for (const entry of bundle.verificationMaterial.tlogEntries) {
    if (entry.inclusionPromise && entry.integratedTime && entry.integratedTime !== '0')
      times.push(new Date(Number(entry.integratedTime) * 1000).toISOString());
  }
  for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
    try {
      times.push(RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime.toISOString());
    } catch {
      // An unparsable timestamp already fails verification.
    }
  }
  return times.sort();
}

/** At most this many RFC 3161 timestamps per bundle (sigstore-go's limit; real bundles carry one). */
export const MAX_BUNDLE_TIMESTAMPS = 32;
/** At most this many transparency-log entries per bundle (sigstore-go's limit; real bundles carry one). */
export const MAX_BUNDLE_TLOG_ENTRIES = 32;

/** Count and duplicate checks that cost nothing, made before any cryptography ([] when fine). */
function materialProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  const entries = bundle.verificationMaterial.tlogEntries;
  const stamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
  if (entries.length > MAX_BUNDLE_TLOG_ENTRIES) {
    problems.push(
      `transparency log: the bundle carries ${entries.length} log entries; at most ${MAX_BUNDLE_TLOG_ENTRIES} are accepted (refused before any verification)`,
    );
  } else {
    const seen = new Set<string>();
    for (const entry of entries) {
      const key = createHash('sha256')
        .update(entry.logId ? Buffer.from(entry.logId.keyId) : Buffer.alloc(0))
        .update('\0')
        .update(Buffer.from(entry.canonicalizedBody ?? Buffer.alloc(0)))
        .digest('hex');
      if (seen.has(key)) {
        problems.push('transparency log: the same log entry appears more than once (refused before any verification)');
        break;
      }
      seen.add(key);
    }
  }
  if (stamps.length > MAX_BUNDLE_TIMESTAMPS) {
    problems.push(
      `timestamp: the bundle carries ${stamps.length} RFC 3161 timestamps; at most ${MAX_BUNDLE_TIMESTAMPS} are accepted (refused before any verification)`,
    );
  } else {
    const seen = new Set<string>();
    for (const stamp of stamps) {
      const key = createHash('sha256').update(Buffer.from(stamp.signedTimestamp)).digest('hex');
      if (seen.has(key)) {
        problems.push(
          'timestamp: the same RFC 3161 timestamp appears more than once (refused before any verification)',
        );
        break;
      }
      seen.add(key);
    }
  }
  return problems;
}

function parseStatement(payload: Buffer): InTotoStatement | string {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return 'the DSSE payload is not JSON';
  }
  if (typeof json !== 'object' || json === null) return 'the DSSE payload is not an in-toto statement';
  const statement = json as Partial<InTotoStatement>;
  if (typeof statement._type !== 'string' || !STATEMENT_TYPES.has(statement._type)) {
    return `the DSSE payload is not an in-toto statement (_type ${JSON.stringify(statement._type ?? null).slice(0, 100)})`;
  }
  if (!Array.isArray(statement.subject) || statement.subject.length === 0)
    return 'the in-toto statement has no subject';
  if (typeof statement.predicateType !== 'string' || !statement.predicateType)
    return 'the in-toto statement has no predicateType';
  for (const subject of statement.subject) {
    if (
      typeof subject !== 'object' ||
      subject === null ||
      typeof subject.digest !== 'object' ||
      subject.digest === null
    ) {
      return 'the in-toto statement has a subject without a digest';
    }
  }
  return statement as InTotoStatement;
}

export interface VerifyBundleOptions {
  trust: LoadedTrust;
  subject: VerificationSubject;
  origin: EvidenceOrigin;
  /**
   * The identity policy, checked on the certificate's claims before any
   * cryptography: a bundle whose certificate names another identity is
   * refused without spending a signature check on it. Its reasons are kept
   * apart (identityReasons) so the report still says "not the approved identity".
   */
  identityPolicy?: (identity: CertificateIdentity | undefined) => string[];
  /**
   * A keyed policy (verify's `public-key`): only bundles signed by this key
   * (a public-key hint, no certificate) are accepted; certificate bundles are
   * refused. Without it, only certificate (keyless) bundles are.
   */
  publicKey?: TrustedPublicKey;
}

/** The bundle from JSON text, bytes or an object; undefined (with the reason recorded) when it is none. */
function parseBundle(input: unknown, result: BundleVerification): Bundle | undefined {
  let json: unknown = input;
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    try {
      json = JSON.parse(typeof input === 'string' ? input : input.toString('utf8'));
    } catch (error) {
      // JSON.parse may quote the text: say where it broke, never what the bytes were.
      const where = /position \d+/.exec(errorMessage(error))?.[0];
      result.reasons.push(`not JSON${where ? ` (${where})` : ''}`);
      return undefined;
    }
  }
  try {
    return bundleFromJSON(json);
  } catch (error) {
    result.reasons.push(`not a valid Sigstore bundle: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Who signed: the certificate's identity (keyless), or the key (keyed) — and whether that is the kind the policy wants. */
function readSigner(bundle: Bundle, result: BundleVerification, publicKey: TrustedPublicKey | undefined): void {
  const material = bundle.verificationMaterial.content;
  if (material.$case === 'publicKey') {
    if (!publicKey) {
      result.reasons.push(
        'signed with a key, not a Fulcio certificate: this policy is keyless (set public-key to verify keyed signatures)',
      );
    } else if (material.publicKey.hint && material.publicKey.hint !== publicKey.hint) {
      result.reasons.push(
        `key: signed by another key (hint ${material.publicKey.hint.slice(0, 16)}…, the policy's key is ${publicKey.hint.slice(0, 16)}…)`,
      );
    }
    return;
  }
  if (publicKey) {
    result.reasons.push(
      "key: signed with a Fulcio certificate, not the policy's key (a keyed policy accepts keyed signatures only)",
    );
  }
  let cert: X509Certificate | undefined;
  try {
    cert = leafCertificate(bundle);
  } catch (error) {
    result.reasons.push(`certificate: cannot be parsed (${errorMessage(error)})`);
  }
  if (!cert) return;
  try {
    result.identity = certificateIdentity(cert);
  } catch (error) {
    result.reasons.push(`certificate: its extensions cannot be read (${errorMessage(error)})`);
  }
}

/** The subject binding: the DSSE statement lists the digest, or the message signature is over the file. */
function checkSubject(bundle: Bundle, subject: VerificationSubject, result: BundleVerification): void {
  if (bundle.content.$case === 'dsseEnvelope') {
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
      result.reasons.push(
        `subject: DSSE payload type is ${JSON.stringify(envelope.payloadType).slice(0, 100)}, not ${IN_TOTO_PAYLOAD_TYPE}`,
      );
      return;
    }
    const statement = parseStatement(Buffer.from(envelope.payload));
    if (typeof statement === 'string') {
      result.reasons.push(`subject: ${statement}`);
      return;
    }
    result.statement = statement;
    result.predicateType = statement.predicateType;
    const want = sha256Hex(subject.digest);
    const listed = statement.subject
      .map((s) => s.digest.sha256?.toLowerCase())
      .filter((d): d is string => typeof d === 'string');
    if (!listed.includes(want)) {
      const shown =
        listed
          .slice(0, 3)
          .map((d) => `sha256:${d.slice(0, 12)}…`)
          .join(', ') || 'no sha256 digest';
      result.reasons.push(`subject: the statement is about ${shown}, not ${subject.digest}`);
    }
    return;
  }
  const message = bundle.content.messageSignature;
  if (subject.kind === 'image') {
    result.reasons.push(
      'subject: a message signature cannot vouch for an image digest (expected a DSSE in-toto statement)',
    );
    return;
  }
  const algorithm = message.messageDigest?.algorithm;
  const signedDigest = message.messageDigest ? Buffer.from(message.messageDigest.digest).toString('hex') : '';
  const actual = createHash('sha256').update(subject.content).digest('hex');
  if (algorithm !== undefined && algorithm !== 1 && algorithm !== 0) {
    result.reasons.push('subject: the message digest is not SHA-256');
  } else if (signedDigest !== actual) {
    result.reasons.push(
      `subject: the bundle signs sha256:${signedDigest.slice(0, 12)}…, the file is sha256:${actual.slice(0, 12)}…`,
    );
  }
}

/**
 * The cryptography: certificate chain (or the policy's key), log/timestamps and signature. A keyed bundle
 * needs a verified log entry whenever the instance has a log (as `cosign verify --key` does by default);
 * the key, not a certificate's validity window, is trusted, so no timestamp is required of it.
 */
function verifyCryptography(
  bundle: Bundle,
  subject: VerificationSubject,
  trust: LoadedTrust,
  publicKey: TrustedPublicKey | undefined,
  result: BundleVerification,
): void {
  let entity: SignedEntity | undefined;
  try {
    entity = toSignedEntity(bundle, subject.kind === 'file' ? subject.content : undefined);
  } catch (error) {
    result.reasons.push(`bundle: ${errorMessage(error)}`);
    return;
  }
  const hasTlog = bundle.verificationMaterial.tlogEntries.length > 0;
  const material: TrustMaterial = publicKey
    ? { ...trust.material, publicKey: () => ({ publicKey: publicKey.key, validFor: () => true }) }
    : trust.material;
  const verifier = new Verifier(material, {
    // A log entry is required whenever the instance has a log, except on GitHub's instance, whose
    // private-repository bundles carry an RFC 3161 timestamp instead (the timestamp threshold still applies).
    tlogThreshold: hasTlog || (trust.tlogs.length > 0 && trust.instance !== 'github') ? 1 : 0,
    ctlogThreshold: trust.hasCtlogs && !publicKey ? 1 : 0,
    timestampThreshold: publicKey ? 0 : 1,
  });
  try {
    verifier.verify(entity);
  } catch (error) {
    result.reasons.push(describeVerificationError(error));
  }
}

/** Parses and verifies one bundle (JSON text, bytes or object). Never throws for a bad bundle: the reasons say why. */
export function verifyBundle(input: unknown, options: VerifyBundleOptions): BundleVerification {
  const { trust, subject, origin } = options;
  const result: BundleVerification = { origin, type: 'unknown', timestamps: [], verified: false, reasons: [] };
  const bundle = parseBundle(input, result);
  if (!bundle) return result;
  result.mediaType = bundle.mediaType;
  result.type = bundle.content.$case === 'dsseEnvelope' ? 'dsse' : 'message-signature';
  readSigner(bundle, result, options.publicKey);
  result.logEntry = logEntryInfo(bundle, trust);
  // Cheap refusals first: counts and duplicates of log entries and timestamps, before parsing any of them.
  const material = materialProblems(bundle);
  result.reasons.push(...material);
  if (material.length === 0) result.timestamps = signingTimes(bundle);
  checkSubject(bundle, subject, result);

  // The identity policy on the certificate's claims (cheap), before the cryptography; a keyed policy has none.
  if (options.identityPolicy && !options.publicKey && result.reasons.length === 0) {
    const identityReasons = options.identityPolicy(result.identity);
    if (identityReasons.length > 0) result.identityReasons = identityReasons;
  }
  // The cryptography — only for a bundle that passed every cheap check.
  const cheapFailure = result.reasons.length > 0 || (result.identityReasons?.length ?? 0) > 0;
  if (cheapFailure) result.cryptoSkipped = true;
  else verifyCryptography(bundle, subject, trust, options.publicKey, result);

  result.signedAt = result.timestamps[0];
  result.verified = result.reasons.length === 0 && !result.cryptoSkipped;
  return result;
}
