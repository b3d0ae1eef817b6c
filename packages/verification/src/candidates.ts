import { createHash } from 'node:crypto';
import {
  verifyBundle,
  type BundleVerification,
  type EvidenceOrigin,
  type VerificationSubject,
} from './bundle-verifier.js';
import type { CertificateIdentity } from './certificate-identity.js';
import type { TrustedPublicKey } from './public-key.js';
import type { LoadedTrust } from './trusted-root.js';

/**
 * Verifying every candidate bundle found for one subject, within bounds:
 * - one at a time, each candidate's bytes released once it is verified (the
 *   caller keeps raw bytes until then, bounded by EvidenceBudget);
 * - duplicates decided AFTER verification: a byte-identical copy is skipped
 *   (its result could only be the same), and a copy with the same signature
 *   and payload is skipped only once one such copy has verified — a stripped
 *   copy (no log entry, say) found first never shadows the valid one;
 * - a deadline over the whole step: what is left when it passes is not
 *   verified, and the subject fails saying so (never a pass on part of the
 *   evidence).
 */

/** Default bound on the verification of all evidence in one step. */
export const VERIFICATION_DEADLINE_MS = 180_000;
/** Default bound on the bytes of evidence read in one step (every bundle of every subject and source). */
export const MAX_EVIDENCE_BYTES = 128 * 1024 * 1024;

export interface Candidate {
  origin: EvidenceOrigin;
  /** Parsed JSON, or its raw bytes / text (parsed when its turn comes). Cleared once verified. */
  bundle: unknown;
}

/** The bytes of evidence one step may read, shared by every source. */
export class EvidenceBudget {
  used = 0;
  /** Set when a read was refused for lack of budget. */
  exhausted = false;
  constructor(readonly maxBytes: number = MAX_EVIDENCE_BYTES) {}

  remaining(): number {
    return Math.max(0, this.maxBytes - this.used);
  }

  /** Counts `bytes` as read; false (and exhausted) when that goes over the budget. */
  take(bytes: number): boolean {
    if (this.used + bytes > this.maxBytes) {
      this.exhausted = true;
      return false;
    }
    this.used += bytes;
    return true;
  }

  describe(): string {
    return `the evidence read in this step reached the ${this.maxBytes}-byte bound (${this.used} bytes read); further evidence was not read`;
  }
}

/** A point in time after which verification stops. */
export class Deadline {
  readonly at: number;
  constructor(
    readonly ms: number = VERIFICATION_DEADLINE_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.at = now() + ms;
  }

  passed(): boolean {
    return this.now() > this.at;
  }
}

export interface VerifyCandidatesOptions {
  trust: LoadedTrust;
  subject: VerificationSubject;
  identityPolicy?: (identity: CertificateIdentity | undefined) => string[];
  /** A keyed policy's key (verifyBundle's publicKey). */
  publicKey?: TrustedPublicKey;
  deadline: Deadline;
}

export interface CandidatesResult {
  results: BundleVerification[];
  notes: string[];
  /** Why the evidence was not all considered (the subject must fail). */
  incomplete: string[];
}

function parsed(bundle: unknown): unknown {
  if (typeof bundle !== 'string' && !Buffer.isBuffer(bundle)) return bundle;
  try {
    return JSON.parse(typeof bundle === 'string' ? bundle : bundle.toString('utf8'));
  } catch {
    return bundle; // verifyBundle reports it as not JSON
  }
}

/** Signature and payload (or signed digest): copies of one signing event share it. */
function signatureKey(bundle: unknown): string | undefined {
  if (typeof bundle !== 'object' || bundle === null || Buffer.isBuffer(bundle)) return undefined;
  const b = bundle as {
    dsseEnvelope?: { signatures?: { sig?: unknown }[]; payload?: unknown };
    messageSignature?: { signature?: unknown; messageDigest?: { digest?: unknown } };
  };
  const sig = b.dsseEnvelope?.signatures?.[0]?.sig ?? b.messageSignature?.signature;
  if (typeof sig !== 'string') return undefined;
  const signed = b.dsseEnvelope ? b.dsseEnvelope.payload : b.messageSignature?.messageDigest?.digest;
  return createHash('sha256')
    .update(sig)
    .update('\0')
    .update(typeof signed === 'string' ? signed : '')
    .digest('hex');
}

function contentKey(bundle: unknown): string {
  const text = typeof bundle === 'string' ? bundle : Buffer.isBuffer(bundle) ? bundle : (JSON.stringify(bundle) ?? '');
  return createHash('sha256').update(text).digest('hex');
}

export function verifyCandidates(candidates: Candidate[], options: VerifyCandidatesOptions): CandidatesResult {
  const out: CandidatesResult = { results: [], notes: [], incomplete: [] };
  const sameBytes = new Map<string, EvidenceOrigin>();
  const verifiedSignature = new Map<string, EvidenceOrigin>();
  let skippedForTime = 0;
  for (const candidate of candidates) {
    if (options.deadline.passed()) {
      skippedForTime += 1;
      candidate.bundle = undefined;
      continue;
    }
    const json = parsed(candidate.bundle);
    candidate.bundle = undefined;
    const where = `${candidate.origin.source}: ${candidate.origin.location}`;
    const exact = contentKey(json);
    const earlierCopy = sameBytes.get(exact);
    if (earlierCopy) {
      out.notes.push(`${where} is the same bundle as ${earlierCopy.source}: ${earlierCopy.location}`);
      continue;
    }
    sameBytes.set(exact, candidate.origin);
    const key = signatureKey(json);
    const verifiedCopy = key ? verifiedSignature.get(key) : undefined;
    if (verifiedCopy) {
      out.notes.push(
        `${where} carries the same signature as ${verifiedCopy.source}: ${verifiedCopy.location}, which verified`,
      );
      continue;
    }
    const result = verifyBundle(json, {
      trust: options.trust,
      subject: options.subject,
      origin: candidate.origin,
      ...(options.identityPolicy ? { identityPolicy: options.identityPolicy } : {}),
      ...(options.publicKey ? { publicKey: options.publicKey } : {}),
    });
    if (key && result.verified) verifiedSignature.set(key, candidate.origin);
    // A predicate that cannot count (the bundle did not verify) is not kept in memory.
    if (!result.verified && result.statement) delete result.statement.predicate;
    out.results.push(result);
  }
  if (skippedForTime > 0) {
    out.incomplete.push(
      `verification stopped at its ${Math.round(options.deadline.ms / 1000)} s bound: ${skippedForTime} of ${candidates.length} bundle(s) were not verified, so the evidence was not all considered`,
    );
  }
  return out;
}
