import { predicateDisplayName, type BundleOutcome, type SubjectVerdict } from '@scs/verification';

/** One entry of the `results` output: a bundle, what it is, who signed it, where it is logged, and the verdict. */
export interface BundleResultEntry {
  subject: string;
  source: string;
  location: string;
  type: string;
  predicateType: string | null;
  predicate: string | null;
  identity: string | null;
  issuer: string | null;
  signerWorkflow: string | null;
  sourceRepository: string | null;
  sourceRepositoryId: string | null;
  ownerId: string | null;
  sourceRef: string | null;
  runnerEnvironment: string | null;
  logEntry: { logIndex: string; logId: string; integratedTime: string | null; url: string | null } | null;
  signedAt: string | null;
  verified: boolean;
  passed: boolean;
  reasons: string[];
  notes: string[];
}

export interface SubjectResultEntry {
  subject: string;
  digest: string;
  /** os/arch[/variant] when the subject is a platform manifest of the verified image index. */
  platform: string | null;
  passed: boolean;
  reasons: string[];
  checks: SubjectVerdict['checks'];
  signerIdentity: string | null;
  bundles: number;
  problems: string[];
  notes: string[];
}

export function bundleEntry(verdict: SubjectVerdict, outcome: BundleOutcome): BundleResultEntry {
  const b = outcome.bundle;
  const id = b.identity;
  return {
    subject: verdict.label,
    source: b.origin.source,
    location: b.origin.location,
    // A legacy cosign `.sig` layer is verified as a message signature over its simple-signing payload, an `.att` layer as a DSSE bundle.
    type: b.origin.source === 'legacy' ? (b.type === 'dsse' ? 'legacy-attestation' : 'legacy-signature') : b.type,
    predicateType: b.predicateType ?? null,
    predicate: b.predicateType ? predicateDisplayName(b.predicateType) : null,
    identity: id?.subjectAlternativeName ?? null,
    issuer: id?.issuer ?? null,
    signerWorkflow: id?.buildSignerUri ?? null,
    sourceRepository: id?.sourceRepositoryUri ?? null,
    sourceRepositoryId: id?.sourceRepositoryIdentifier ?? null,
    ownerId: id?.sourceRepositoryOwnerIdentifier ?? null,
    sourceRef: id?.sourceRepositoryRef ?? null,
    runnerEnvironment: id?.runnerEnvironment ?? null,
    logEntry: b.logEntry
      ? {
          logIndex: b.logEntry.logIndex,
          logId: b.logEntry.logId,
          integratedTime: b.logEntry.integratedTime ?? null,
          url: b.logEntry.url ?? null,
        }
      : null,
    signedAt: b.signedAt ?? null,
    verified: b.verified,
    passed: outcome.passed,
    reasons: [...b.reasons, ...outcome.policyReasons],
    notes: outcome.notes,
  };
}

/** GitHub caps all outputs of a step at 1 MiB together: the output is bounded, the file is complete. */
export const MAX_RESULTS_OUTPUT_BYTES = 512 * 1024;

export function resultsOutput(entries: readonly unknown[]): { json: string; omitted: number } {
  const json = JSON.stringify(entries);
  if (Buffer.byteLength(json) <= MAX_RESULTS_OUTPUT_BYTES) return { json, omitted: 0 };
  const kept = [...entries];
  while (kept.length > 0 && Buffer.byteLength(JSON.stringify(kept)) > MAX_RESULTS_OUTPUT_BYTES) kept.pop();
  return { json: JSON.stringify(kept), omitted: entries.length - kept.length };
}
