import { createHash } from 'node:crypto';
import { errorMessage } from '@scs/action-kit';
import type { EvidenceBudget } from './candidates.js';
import { verifyBundle, type BundleVerification, type VerificationSubject } from './bundle-verifier.js';
import type { LoadedTrust } from './trusted-root.js';
import { isObject as isRecord } from '@scs/vocabulary';

/**
 * cosign's legacy keyless signatures (`sha256-<hex>.sig` tags, cosign
 * specs/SIGNATURE_SPEC.md), verified in-process with the same bar as a
 * Sigstore bundle: each layer of the `.sig` manifest is a simple-signing
 * payload whose annotations carry the signature, the Fulcio leaf certificate
 * and Rekor's SignedEntryTimestamp with the logged entry. The layer is turned
 * into the equivalent message-signature bundle (v0.1: a tlog entry with its
 * inclusion promise) and verified by verifyBundle over the payload bytes;
 * then the payload must be a cosign image signature naming the digest being
 * verified. A legacy `.att` layer (a DSSE envelope, logged as an intoto
 * entry) becomes the equivalent DSSE bundle, verified like any attestation
 * bundle: its in-toto statement must list the digest.
 */

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layers of a legacy `.att` tag: one DSSE envelope (an in-toto statement) each. */
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
export const COSIGN_IMAGE_SIGNATURE_TYPE = 'cosign container image signature';

/** The annotations cosign writes on each `.sig` layer. */
export const LEGACY_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161Timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const;

/** Upper bound on one simple-signing payload (cosign's are a few hundred bytes; `-a` annotations add a little). */
export const MAX_LEGACY_PAYLOAD_BYTES = 256 * 1024;
/** Upper bound on one `.att` envelope (an SBOM attestation can be large; the same cap as a bundle). */
export const MAX_LEGACY_ENVELOPE_BYTES = 32 * 1024 * 1024;
/** Upper bound on the signatures read from one `.sig` manifest (cosign appends one layer per signature). */
export const MAX_LEGACY_SIGNATURES = 50;

/** One layer of a `.sig` or `.att` manifest, fetched and checked against its descriptor digest. */
export interface LegacySignatureLayer {
  /** `sig`: a simple-signing payload signed as a message; `att`: a DSSE envelope. */
  kind: 'sig' | 'att';
  /** Where: `<repository>:<tag>`, with the layer's position when the manifest has several. */
  location: string;
  /** The `.sig` tag the layer came from. */
  tag: string;
  /** `sig`: the simple-signing payload (the signed bytes); `att`: the DSSE envelope JSON. */
  payload: Buffer;
  annotations: Record<string, string>;
}

/** Legacy evidence next to a digest, as read from the registry. */
export interface LegacyEvidence {
  /** Keyless signatures and attestations to verify. */
  signatures: LegacySignatureLayer[];
  /** Legacy evidence that exists but is not verified in-process (key-signed tags), with why. */
  unverified: { tag: string; reason: string }[];
  problems: string[];
  notes: string[];
  /** Legacy evidence that exists and was not read (a bound was reached): the subject cannot pass on the rest. */
  incomplete?: string[];
}

/** What a registry-backed evidence source offers for legacy cosign tags (implemented by the verify action with @scs/oci). */
export interface LegacyEvidenceSource {
  /** Every layer read is counted against `budget` (the step's evidence bytes); one that would go over it is not fetched. */
  legacyEvidence(digest: string, options?: { budget?: EvidenceBudget }): Promise<LegacyEvidence>;
}

/** Whether a `.sig` layer is keyless (carries a Fulcio certificate); one without it was signed with a key. */
export function isKeylessLegacyLayer(annotations: Record<string, string> | undefined): boolean {
  return (
    typeof annotations?.[LEGACY_ANNOTATIONS.certificate] === 'string' &&
    annotations[LEGACY_ANNOTATIONS.certificate]!.trim() !== ''
  );
}

/** The sentence for legacy evidence that is present but not verified in-process. */
export function describeUnverifiedLegacy(entries: { tag: string; reason: string }[]): string {
  return entries.map((e) => `legacy cosign evidence (${e.tag}) exists; ${e.reason}`).join('; ');
}

export const LEGACY_KEYED_NOT_VERIFIED =
  'its signatures carry no Fulcio certificate (signed with a key), and key-signed legacy signatures are not verified by this action: re-sign keyless (sign-keyless, or cosign v3 with a Sigstore bundle)';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function base64Bytes(value: string, what: string): Buffer | string {
  const compact = value.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !BASE64.test(compact)) return `${what} is not base64`;
  return Buffer.from(compact, 'base64');
}

const show = (value: unknown): string => JSON.stringify(value ?? null).slice(0, 100);

/** The Rekor entry cosign stores in `dev.sigstore.cosign/bundle` (its "RekorBundle"). */
interface RekorBundle {
  set: string;
  body: string;
  integratedTime: number;
  logIndex: number;
  logIdHex: string;
}

function parseRekorBundle(text: string): RekorBundle | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `the ${LEGACY_ANNOTATIONS.bundle} annotation is not JSON (${errorMessage(error)})`;
  }
  if (!isRecord(json) || !isRecord(json.Payload)) return `the ${LEGACY_ANNOTATIONS.bundle} annotation has no Payload`;
  const set = json.SignedEntryTimestamp;
  if (typeof set !== 'string' || set.trim() === '') {
    return `the ${LEGACY_ANNOTATIONS.bundle} annotation has no SignedEntryTimestamp (Rekor's inclusion promise)`;
  }
  const { body, integratedTime, logIndex, logID } = json.Payload;
  if (typeof body !== 'string' || body === '')
    return `the ${LEGACY_ANNOTATIONS.bundle} annotation has no logged entry body`;
  if (typeof integratedTime !== 'number' || !Number.isSafeInteger(integratedTime) || integratedTime <= 0) {
    return `the ${LEGACY_ANNOTATIONS.bundle} annotation's integratedTime is ${show(integratedTime)}`;
  }
  if (typeof logIndex !== 'number' || !Number.isSafeInteger(logIndex) || logIndex < 0) {
    return `the ${LEGACY_ANNOTATIONS.bundle} annotation's logIndex is ${show(logIndex)}`;
  }
  if (typeof logID !== 'string' || !/^[0-9a-fA-F]{64}$/.test(logID))
    return `the ${LEGACY_ANNOTATIONS.bundle} annotation's logID is ${show(logID)}`;
  return { set, body, integratedTime, logIndex, logIdHex: logID.toLowerCase() };
}

/**
 * The Sigstore bundle (v0.1 JSON) equivalent to one keyless `.sig` layer:
 * a message signature over sha256(payload), the leaf certificate, and the
 * Rekor entry with its SignedEntryTimestamp as the inclusion promise (and an
 * RFC 3161 timestamp when cosign attached one). The certificate chain
 * annotation is not used: the chain comes from the trusted root.
 */
export function legacySignatureBundle(
  layer: Pick<LegacySignatureLayer, 'kind' | 'payload' | 'annotations'>,
): { bundle: Record<string, unknown> } | { error: string } {
  const annotations = layer.annotations;
  let content: Record<string, unknown>;
  if (layer.kind === 'att') {
    const envelope = parseEnvelope(layer.payload);
    if (typeof envelope === 'string') return { error: envelope };
    content = { dsseEnvelope: envelope };
  } else {
    const signatureText = annotations[LEGACY_ANNOTATIONS.signature];
    if (typeof signatureText !== 'string' || signatureText.trim() === '')
      return { error: `no ${LEGACY_ANNOTATIONS.signature} annotation` };
    const signature = base64Bytes(signatureText, `the ${LEGACY_ANNOTATIONS.signature} annotation`);
    if (typeof signature === 'string') return { error: signature };
    content = {
      messageSignature: {
        messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(layer.payload).digest('base64') },
        signature: signature.toString('base64'),
      },
    };
  }

  const pem = annotations[LEGACY_ANNOTATIONS.certificate];
  if (typeof pem !== 'string' || pem.trim() === '')
    return { error: `no ${LEGACY_ANNOTATIONS.certificate} annotation: signed with a key, not a Fulcio certificate` };
  const block = PEM_CERTIFICATE.exec(pem);
  if (!block)
    return { error: `certificate: the ${LEGACY_ANNOTATIONS.certificate} annotation is not a PEM certificate` };
  const der = base64Bytes(block[1]!, `certificate: the ${LEGACY_ANNOTATIONS.certificate} annotation's PEM body`);
  if (typeof der === 'string') return { error: der };

  const tlogEntries: Record<string, unknown>[] = [];
  const rekorText = annotations[LEGACY_ANNOTATIONS.bundle];
  if (typeof rekorText === 'string' && rekorText.trim() !== '') {
    const rekor = parseRekorBundle(rekorText);
    if (typeof rekor === 'string') return { error: `transparency log: ${rekor}` };
    const body = base64Bytes(rekor.body, 'the logged entry body');
    if (typeof body === 'string') return { error: `transparency log: ${body}` };
    let entry: unknown;
    try {
      entry = JSON.parse(body.toString('utf8'));
    } catch {
      return { error: 'transparency log: the logged entry body is not JSON' };
    }
    if (!isRecord(entry) || typeof entry.kind !== 'string' || typeof entry.apiVersion !== 'string') {
      return { error: 'transparency log: the logged entry body has no kind/apiVersion' };
    }
    const kinds = layer.kind === 'att' ? ['intoto', 'dsse'] : ['hashedrekord'];
    if (!kinds.includes(entry.kind)) {
      return {
        error: `transparency log: the entry is a ${show(entry.kind)} entry; a legacy ${layer.kind === 'att' ? 'attestation' : 'signature'} is verified with a ${kinds.join(' or ')} entry`,
      };
    }
    tlogEntries.push({
      logIndex: String(rekor.logIndex),
      logId: { keyId: Buffer.from(rekor.logIdHex, 'hex').toString('base64') },
      kindVersion: { kind: entry.kind, version: entry.apiVersion },
      integratedTime: String(rekor.integratedTime),
      inclusionPromise: { signedEntryTimestamp: rekor.set.replace(/\s+/g, '') },
      canonicalizedBody: rekor.body.replace(/\s+/g, ''),
    });
  }

  const timestamps: Record<string, unknown>[] = [];
  const tsText = annotations[LEGACY_ANNOTATIONS.rfc3161Timestamp];
  if (typeof tsText === 'string' && tsText.trim() !== '') {
    let ts: unknown;
    try {
      ts = JSON.parse(tsText);
    } catch {
      return { error: `timestamp: the ${LEGACY_ANNOTATIONS.rfc3161Timestamp} annotation is not JSON` };
    }
    const signed = isRecord(ts) ? ts.SignedRFC3161Timestamp : undefined;
    if (typeof signed !== 'string' || typeof base64Bytes(signed, 'timestamp') === 'string') {
      return {
        error: `timestamp: the ${LEGACY_ANNOTATIONS.rfc3161Timestamp} annotation has no base64 SignedRFC3161Timestamp`,
      };
    }
    timestamps.push({ signedTimestamp: signed.replace(/\s+/g, '') });
  }

  return {
    bundle: {
      mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
      verificationMaterial: {
        x509CertificateChain: { certificates: [{ rawBytes: der.toString('base64') }] },
        tlogEntries,
        ...(timestamps.length > 0 ? { timestampVerificationData: { rfc3161Timestamps: timestamps } } : {}),
      },
      ...content,
    },
  };
}

/** The DSSE envelope of a `.att` layer, in bundle JSON form (one signature, as cosign writes it). */
function parseEnvelope(bytes: Buffer): Record<string, unknown> | string {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'the .att layer is not a JSON DSSE envelope';
  }
  if (!isRecord(json) || typeof json.payloadType !== 'string' || typeof json.payload !== 'string') {
    return 'the .att layer is not a DSSE envelope (payloadType, payload)';
  }
  const payload = base64Bytes(json.payload, 'the DSSE payload');
  if (typeof payload === 'string') return payload;
  const signatures = Array.isArray(json.signatures) ? json.signatures : [];
  if (signatures.length !== 1)
    return `the DSSE envelope has ${signatures.length} signatures; a keyless cosign attestation has exactly one`;
  const first: unknown = signatures[0];
  if (!isRecord(first) || typeof first.sig !== 'string') return 'the DSSE envelope signature has no sig';
  const sig = base64Bytes(first.sig, 'the DSSE signature');
  if (typeof sig === 'string') return sig;
  return {
    payloadType: json.payloadType,
    payload: payload.toString('base64'),
    signatures: [{ sig: sig.toString('base64'), keyid: typeof first.keyid === 'string' ? first.keyid : '' }],
  };
}

/**
 * What the simple-signing payload says about the subject: it must be a cosign
 * image signature for `digest`. Go's encoding/json (cosign) matches keys
 * case-insensitively, so `Docker-manifest-digest` (the spec's spelling) is
 * read too; two spellings at once are refused as ambiguous.
 */
export function checkSimpleSigningPayload(payload: Buffer, digest: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return ['payload: the simple-signing payload is not JSON'];
  }
  const critical = isRecord(json) ? json.critical : undefined;
  if (!isRecord(critical)) return ['payload: the simple-signing payload has no "critical" section'];
  const reasons: string[] = [];
  if (critical.type !== COSIGN_IMAGE_SIGNATURE_TYPE) {
    reasons.push(`payload: critical.type is ${show(critical.type)}, not "${COSIGN_IMAGE_SIGNATURE_TYPE}"`);
  }
  const image = critical.image;
  const keys = isRecord(image) ? Object.keys(image).filter((k) => k.toLowerCase() === 'docker-manifest-digest') : [];
  if (keys.length === 0) {
    reasons.push('payload: critical.image.docker-manifest-digest is missing');
  } else if (keys.length > 1) {
    reasons.push(
      `payload: critical.image names the digest under ${keys.length} spellings (${keys.join(', ')}); refused as ambiguous`,
    );
  } else {
    const signed = (image as Record<string, unknown>)[keys[0]!];
    if (typeof signed !== 'string' || signed.toLowerCase() !== digest.toLowerCase()) {
      reasons.push(`payload: the signature is for image ${show(signed)}, not ${digest}`);
    }
  }
  return reasons;
}

/**
 * Verifies one keyless legacy `.sig` (or `.att`) layer for an image digest:
 * the converted bundle through verifyBundle (trusted root, certificate
 * identity, log promise / timestamps, signature over the payload bytes), then
 * the payload's claim (`.sig`: the simple-signing payload; `.att`: the
 * statement's subject). Never throws: the reasons say why not.
 */
export function verifyLegacySignature(
  layer: LegacySignatureLayer,
  options: { trust: LoadedTrust; subject: VerificationSubject },
): BundleVerification {
  const origin = { source: 'legacy' as const, location: layer.location };
  const converted = legacySignatureBundle(layer);
  const mediaType = layer.kind === 'att' ? DSSE_ENVELOPE_MEDIA_TYPE : SIMPLE_SIGNING_MEDIA_TYPE;
  if ('error' in converted) {
    return {
      origin,
      type: layer.kind === 'att' ? 'dsse' : 'message-signature',
      mediaType,
      timestamps: [],
      verified: false,
      reasons: [converted.error],
    };
  }
  if (layer.kind === 'att') {
    // The in-toto statement must list the image digest: verifyBundle's DSSE subject check.
    const result = verifyBundle(converted.bundle, { trust: options.trust, subject: options.subject, origin });
    result.mediaType = mediaType;
    return result;
  }
  const artifact: VerificationSubject = {
    kind: 'file',
    path: layer.location,
    digest: `sha256:${createHash('sha256').update(layer.payload).digest('hex')}`,
    content: layer.payload,
  };
  const result = verifyBundle(converted.bundle, { trust: options.trust, subject: artifact, origin });
  result.mediaType = mediaType;
  if (options.subject.kind !== 'image') {
    result.reasons.push('subject: a legacy cosign signature vouches for an image digest, not a file');
  } else {
    result.reasons.push(...checkSimpleSigningPayload(layer.payload, options.subject.digest));
  }
  result.verified = result.reasons.length === 0;
  return result;
}
