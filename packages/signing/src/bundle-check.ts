/**
 * Does a bundle sign exactly what was asked for? Both engines run this on the
 * bundle they got back (from @sigstore/sign, or from a cosign binary we did
 * not build) BEFORE the bundle file is written and before anything is stored
 * in a registry: a bundle over something else must never be reported, kept on
 * disk or attached to an image.
 *
 * - DSSE (image signatures, attestations): the envelope's payload type is
 *   application/vnd.in-toto+json and the payload, parsed as JSON, deep-equals
 *   the requested statement (key order and whitespace aside: cosign's
 *   protojson whitespace is deliberately unstable, see image-signature.ts).
 * - Message signatures (files): the bundle's messageDigest is SHA2_256 and
 *   equals the sha256 of the file.
 *
 * The check is about content, not trust: the signature, certificate and log
 * entry are for verifiers (@sigstore/verify) to check.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { InfrastructureError } from '@scs/action-kit';
import { IN_TOTO_PAYLOAD_TYPE } from './image-signature.js';

export type BundleExpectation =
  /** A DSSE envelope over this in-toto statement (the parsed JSON). */
  | { kind: 'statement'; statement: unknown }
  /** A message signature over a file with this sha256 (hex). */
  | { kind: 'message'; sha256: string; file?: string };

interface StatementLike {
  subject?: { name?: unknown; digest?: Record<string, unknown> }[];
  predicateType?: unknown;
}

const clip = (text: string, max = 120): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The statement's subjects as `name@alg:hex` (or `alg:hex` without a name), for messages. */
function subjectsOf(statement: unknown): string {
  const subjects = (statement as StatementLike | null)?.subject;
  if (!Array.isArray(subjects)) return '(no subjects)';
  const described = subjects.map((subject) => {
    const digests =
      subject && typeof subject.digest === 'object' && subject.digest
        ? Object.entries(subject.digest).map(([alg, hex]) => `${alg}:${String(hex)}`)
        : [];
    const name = typeof subject?.name === 'string' ? `${subject.name}@` : '';
    return `${name}${digests.join(',') || '(no digest)'}`;
  });
  return clip(described.join(' '), 400);
}

function predicateTypeOf(statement: unknown): string {
  const type = (statement as StatementLike | null)?.predicateType;
  return typeof type === 'string' ? clip(type) : '(none)';
}

/** What differs between the signed and the requested statement, in words. */
function statementDifference(signed: unknown, wanted: unknown): string {
  const parts: string[] = [];
  const signedSubjects = subjectsOf(signed);
  const wantedSubjects = subjectsOf(wanted);
  if (signedSubjects !== wantedSubjects) parts.push(`it signs subject(s) ${signedSubjects}, not ${wantedSubjects}`);
  const signedType = predicateTypeOf(signed);
  const wantedType = predicateTypeOf(wanted);
  if (signedType !== wantedType) parts.push(`its predicate type is ${signedType}, not ${wantedType}`);
  if (parts.length === 0)
    parts.push(
      'its subjects and predicate type match, but other fields of the statement (the predicate, _type or subject annotations) differ',
    );
  return parts.join('; ');
}

/** Why `bundle` (bundle JSON) does not sign `expectation`, or undefined when it does. */
export function bundleSignsProblem(bundle: unknown, expectation: BundleExpectation): string | undefined {
  const json = (bundle ?? {}) as {
    dsseEnvelope?: { payload?: unknown; payloadType?: unknown };
    messageSignature?: { messageDigest?: { algorithm?: unknown; digest?: unknown } };
  };
  if (expectation.kind === 'statement') {
    const envelope = json.dsseEnvelope;
    if (!envelope || typeof envelope.payload !== 'string') {
      return json.messageSignature
        ? 'it holds a message signature, not a DSSE envelope over a statement'
        : 'it holds no DSSE envelope';
    }
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
      return `its DSSE payload type is '${clip(String(envelope.payloadType))}', not ${IN_TOTO_PAYLOAD_TYPE}`;
    let signed: unknown;
    try {
      signed = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    } catch {
      return 'its DSSE payload is not JSON';
    }
    return isDeepStrictEqual(signed, expectation.statement)
      ? undefined
      : statementDifference(signed, expectation.statement);
  }
  const message = json.messageSignature;
  if (!message)
    return json.dsseEnvelope
      ? 'it holds a DSSE envelope, not a message signature over the file'
      : 'it holds no message signature';
  const algorithm = message.messageDigest?.algorithm;
  const digest = message.messageDigest?.digest;
  if (algorithm !== 'SHA2_256' || typeof digest !== 'string')
    return `its message digest is not a SHA2_256 digest (algorithm '${clip(String(algorithm))}')`;
  const hex = Buffer.from(digest, 'base64').toString('hex');
  return hex === expectation.sha256.toLowerCase()
    ? undefined
    : `it signs a message with sha256 ${hex}, not the file's sha256 ${expectation.sha256.toLowerCase()}`;
}

/**
 * Throws an InfrastructureError naming what differs when `bundle` does not
 * sign `expectation`. `what` names the operation (e.g. "cosign sign
 * registry/app@sha256:…"); the message says that nothing was written or
 * stored, which holds because callers run this first.
 */
export function assertBundleSigns(bundle: unknown, expectation: BundleExpectation, what: string): void {
  const problem = bundleSignsProblem(bundle, expectation);
  if (problem === undefined) return;
  throw new InfrastructureError(
    `${what} returned a bundle that does not sign what was requested: ${problem}. The bundle was not written and nothing was stored in a registry; nothing is reported as signed.`,
  );
}

/** The expectation for a file: a message signature over its sha256. */
export function fileExpectation(data: Buffer, file?: string): BundleExpectation {
  return { kind: 'message', sha256: createHash('sha256').update(data).digest('hex'), ...(file ? { file } : {}) };
}
