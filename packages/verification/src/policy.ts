import type { Severity } from '@scs/findings';
import type { BundleVerification, VerificationSubject } from './bundle-verifier.js';
import type { TrustedPublicKey } from './public-key.js';
import { repositoryFromUri, splitWorkflowUri, type CertificateIdentity } from './certificate-identity.js';
import { anchoredRegExp, boundedTest, isCommitSha, matchesGlob, RegExpBudgetError } from './patterns.js';
import {
  COSIGN_SIGN_V1,
  COSIGN_VULN_V1,
  SLSA_PROVENANCE_V1,
  predicateDisplayName,
  predicateTypeMatches,
  type RequiredAttestation,
} from './predicate-types.js';
import { readVulnPredicate, VulnPredicateError } from './vuln-report.js';

/**
 * The org policy: every set field must hold (AND). Identity fields are
 * checked per bundle against the verified certificate; required attestations,
 * builder id, severity and age are checked over the bundles that passed the
 * identity policy. Every reason is recorded, not only the first.
 */
export const POLICY_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type PolicySeverity = (typeof POLICY_SEVERITIES)[number];
const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };

export interface VerificationPolicy {
  /**
   * A keyed policy (verify's `public-key`): bundles signed by this key pass, and no certificate identity is
   * checked — the identity inputs are refused next to it (a policy is keyless OR keyed).
   */
  publicKey?: TrustedPublicKey;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  /** owner/repo/.github/workflows/file.yml */
  signerWorkflow?: string;
  /** Ref patterns or commit SHAs allowed for the signer workflow; empty: any. */
  signerRefs: string[];
  /** owner/repo */
  sourceRepository?: string;
  sourceRepositoryId?: string;
  ownerId?: string;
  sourceRef?: string;
  runnerEnvironment?: string;
  requireAttestations: RequiredAttestation[];
  builderId?: string;
  maxSeverity?: PolicySeverity;
  maxAge?: { text: string; ms: number };
  /**
   * What makes a subject "signed by an approved identity": SIGNATURE_EVIDENCE
   * (an image signature: cosign's sign predicate, a message signature, a legacy
   * `.sig`), predicate type URIs (an attestation of that type), or ANY_EVIDENCE.
   * Undefined: DEFAULT_SIGNED_EVIDENCE (a signature or SLSA provenance).
   */
  signedEvidence?: string[];
  /**
   * Vulnerability DBs a vuln attestation may have been made with: OCI
   * repositories (tag ignored) or https URL prefixes ending in '/', compared
   * with the predicate's scanner.db.uri (<repository or URL>@<digest>). Empty:
   * not checked.
   */
  allowedVulnDbs?: string[];
  /**
   * Set by verify when it checked platform manifests of an image index besides the index (`all` or the
   * os/arch[/variant] of the `platform` input): what the admission exports cannot express.
   */
  platformManifests?: string;
}

/** signed-evidence: an image or file signature (not an attestation about something else). */
export const SIGNATURE_EVIDENCE = 'signature';
/** signed-evidence: any verified bundle, whatever it attests (the widest choice). */
export const ANY_EVIDENCE = 'any';
export const DEFAULT_SIGNED_EVIDENCE: readonly string[] = [SIGNATURE_EVIDENCE, SLSA_PROVENANCE_V1];

/** Whether a bundle is evidence of the kind `kind` (SIGNATURE_EVIDENCE, ANY_EVIDENCE or a predicate type URI). */
export function isEvidenceOf(kind: string, bundle: Pick<BundleVerification, 'type' | 'predicateType'>): boolean {
  if (kind === ANY_EVIDENCE) return true;
  if (kind === SIGNATURE_EVIDENCE)
    return bundle.type === 'message-signature' || (bundle.type === 'dsse' && bundle.predicateType === COSIGN_SIGN_V1);
  return bundle.type === 'dsse' && predicateTypeMatches(kind, bundle.predicateType);
}

/** signed-evidence kinds for display: signature, slsaprovenance1, any, or the URI. */
export function evidenceKindName(kind: string): string {
  return kind === SIGNATURE_EVIDENCE || kind === ANY_EVIDENCE ? kind : predicateDisplayName(kind);
}

export interface BundleOutcome {
  bundle: BundleVerification;
  /** Identity (and per-bundle) policy reasons. */
  policyReasons: string[];
  /** Notes that do not fail (e.g. an older vuln attestation superseded by a newer one). */
  notes: string[];
  /** verified and every per-bundle check passed. */
  passed: boolean;
}

export interface SubjectVerdict {
  subject: VerificationSubject;
  /** The subject as shown: image name@digest or file path. */
  label: string;
  outcomes: BundleOutcome[];
  /** Subject-level reasons (missing evidence, missing attestations, severity). */
  reasons: string[];
  passed: boolean;
  /** The identity of the first passing bundle. */
  signerIdentity?: string;
  /** Requirement → satisfied. */
  checks: { name: string; passed: boolean; detail: string }[];
}

/** Parses 30d, 12h, 45m, 90s, 2w. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,6})\s*(s|m|h|d|w)$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[
    match[2].toLowerCase() as 's' | 'm' | 'h' | 'd' | 'w'
  ];
  const value = Number(match[1]) * unit;
  return value > 0 ? value : undefined;
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

/**
 * `owner/repo/.github/workflows/file.yml` paths: owner and repository compared
 * case-insensitively (GitHub treats them so), the path inside the repository
 * exactly (`Release.yml` is another file than `release.yml`).
 */
export function sameWorkflowPath(actual: string | undefined, wanted: string): boolean {
  if (actual === undefined) return false;
  const split = (value: string): [string, string] | undefined => {
    const match = /^([^/]+\/[^/]+)\/(.+)$/.exec(value);
    return match ? [match[1]!, match[2]!] : undefined;
  };
  const a = split(actual);
  const b = split(wanted);
  return a !== undefined && b !== undefined && sameText(a[0], b[0]) && a[1] === b[1];
}

function show(value: string | undefined): string {
  return value === undefined ? '(absent)' : JSON.stringify(value.length > 200 ? `${value.slice(0, 197)}...` : value);
}

/**
 * The signer of the attestations GitHub makes for immutable releases
 * (`https://<trust domain>.releases.github.com`, e.g. dotcom for github.com):
 * a certificate from GitHub's Sigstore instance with that URI as its SAN and
 * no OIDC issuer extension, over an in-toto statement with predicate type
 * GITHUB_RELEASE_PREDICATE_TYPE whose subjects are the tag's commit and the
 * release assets (what `gh release verify` / `verify-asset` check).
 */
export const GITHUB_RELEASE_SIGNER_PATTERN = /^https:\/\/[a-z0-9][a-z0-9-]{0,62}\.releases\.github\.com$/;
export const GITHUB_RELEASE_PREDICATE_TYPE = 'https://in-toto.io/attestation/release/v0.1';

/** Whether `value` names GitHub's immutable-release signer. */
export function isGitHubReleaseSigner(value: string | undefined): boolean {
  return value !== undefined && GITHUB_RELEASE_SIGNER_PATTERN.test(value);
}

/** Identity reasons for one verified certificate (empty: it satisfies the policy). */
export function identityReasons(identity: CertificateIdentity | undefined, policy: VerificationPolicy): string[] {
  // Keyed: the signature verified against the policy's key, which is the whole identity there is.
  if (policy.publicKey) return [];
  if (!identity) return ['no certificate identity'];
  const reasons: string[] = [];
  const san = identity.subjectAlternativeName;
  // GitHub's release signer has no OIDC issuer (no workflow token is involved): when the policy names
  // that signer exactly and the certificate is that signer without an issuer, the issuer is not required.
  const releaseSigner =
    isGitHubReleaseSigner(policy.certificateIdentity) &&
    san === policy.certificateIdentity &&
    identity.issuer === undefined;
  if (policy.certificateIdentity && san !== policy.certificateIdentity) {
    reasons.push(`certificate identity ${show(san)} is not ${show(policy.certificateIdentity)}`);
  }
  if (policy.certificateIdentityRegexp) {
    let matched = false;
    let budget = '';
    try {
      matched = san !== undefined && boundedTest(anchoredRegExp(policy.certificateIdentityRegexp), san);
    } catch (error) {
      if (!(error instanceof RegExpBudgetError)) throw error;
      budget = ` (${error.message}; refused)`;
    }
    if (!matched)
      reasons.push(
        `certificate identity ${show(san)} does not match ^(?:${policy.certificateIdentityRegexp})$${budget}`,
      );
  }
  if (policy.certificateOidcIssuer && !releaseSigner && identity.issuer !== policy.certificateOidcIssuer) {
    reasons.push(`OIDC issuer ${show(identity.issuer)} is not ${show(policy.certificateOidcIssuer)}`);
  }
  if (policy.signerWorkflow) {
    const signer = splitWorkflowUri(identity.buildSignerUri);
    const wanted = policy.signerWorkflow.replace(/^https:\/\/[^/]+\//, '');
    if (!signer) {
      reasons.push(
        `signer workflow: the certificate has no build signer URI (1.3.6.1.4.1.57264.1.9); required ${show(wanted)}`,
      );
    } else if (!sameWorkflowPath(signer.workflow, wanted)) {
      reasons.push(`signer workflow ${show(signer.workflow)} is not ${show(wanted)}`);
    } else if (policy.signerRefs.length > 0) {
      // A commit SHA is matched on the Build Signer Digest (the commit of the workflow file
      // that ran, from the token's job_workflow_sha), not on the ref text the caller wrote.
      const ok = policy.signerRefs.some((allowed) =>
        isCommitSha(allowed) ? sameText(identity.buildSignerDigest, allowed) : matchesGlob(allowed, signer.ref),
      );
      if (!ok) {
        reasons.push(
          `signer workflow ref ${show(signer.ref)} is not one of ${policy.signerRefs.join(', ')} (build signer digest ${show(identity.buildSignerDigest)})`,
        );
      }
    }
  }
  if (policy.sourceRepository) {
    const repo = repositoryFromUri(identity.sourceRepositoryUri);
    if (!sameText(repo, policy.sourceRepository)) {
      reasons.push(
        `source repository ${show(repo ?? identity.sourceRepositoryUri)} is not ${show(policy.sourceRepository)}`,
      );
    }
  }
  if (policy.sourceRepositoryId && identity.sourceRepositoryIdentifier !== policy.sourceRepositoryId) {
    reasons.push(
      `source repository id ${show(identity.sourceRepositoryIdentifier)} is not ${show(policy.sourceRepositoryId)}`,
    );
  }
  if (policy.ownerId && identity.sourceRepositoryOwnerIdentifier !== policy.ownerId) {
    reasons.push(`owner id ${show(identity.sourceRepositoryOwnerIdentifier)} is not ${show(policy.ownerId)}`);
  }
  if (policy.sourceRef && !matchesGlob(policy.sourceRef, identity.sourceRepositoryRef)) {
    reasons.push(`source ref ${show(identity.sourceRepositoryRef)} does not match ${show(policy.sourceRef)}`);
  }
  if (policy.runnerEnvironment && identity.runnerEnvironment !== policy.runnerEnvironment) {
    reasons.push(`runner environment ${show(identity.runnerEnvironment)} is not ${show(policy.runnerEnvironment)}`);
  }
  return reasons;
}

/** The repository of an OCI reference without tag or digest (`host/path`), lower-cased. */
function ociRepository(reference: string): string {
  const withoutDigest = reference.split('@')[0]!;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return (colon > slash ? withoutDigest.slice(0, colon) : withoutDigest).toLowerCase();
}

/**
 * Why a vuln predicate's DB is not allowed ('' when it is): scanner.db.uri
 * must be <repository or URL>@<digest> (what the scan action records) from an
 * allowed repository or under an allowed URL prefix.
 */
export function vulnDbReason(predicate: unknown, allowed: readonly string[]): string {
  const db = (predicate as { scanner?: { db?: { uri?: unknown } } } | null)?.scanner?.db;
  const uri = typeof db?.uri === 'string' ? db.uri : '';
  const at = uri.lastIndexOf('@');
  const location = at > 0 ? uri.slice(0, at) : '';
  const digest = at > 0 ? uri.slice(at + 1) : '';
  if (!location || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    return `vuln attestation records no vulnerability DB as <repository>@sha256:<digest> (scanner.db.uri ${show(uri)}); allowed-vuln-dbs needs it (scan with this suite's scan action, formats: cosign-vuln)`;
  }
  const ok = allowed.some((entry) =>
    /^https:\/\//.test(entry)
      ? location.startsWith(entry) && !location.slice(entry.length).split('/').includes('..')
      : !/^https?:\/\//.test(location) && ociRepository(location) === ociRepository(entry),
  );
  return ok
    ? ''
    : `vuln attestation was made with the DB ${show(location)}, which is not one of allowed-vuln-dbs (${allowed.join(', ')})`;
}

/**
 * Why a provenance's builder id is not vouched for by its signing certificate
 * ('' when it is): as slsa-verifier does for GitHub workflows, the SLSA
 * `runDetails.builder.id` must be the certificate's Build Signer URI
 * (1.3.6.1.4.1.57264.1.9, the workflow that really signed, from the OIDC
 * token's job_workflow_ref) — host and owner/repository compared
 * case-insensitively, the workflow path and the ref exactly. Otherwise any
 * workflow that passes the identity policy could claim the org's builder.
 */
export function builderBindingReason(builderId: string, identity: CertificateIdentity | undefined): string {
  const signer = splitWorkflowUri(identity?.buildSignerUri);
  if (!signer)
    return `SLSA builder id ${show(builderId)} cannot be bound to the signer: the certificate has no build signer URI (1.3.6.1.4.1.57264.1.9)`;
  // GitHub's earlier provenance (2024) named the runner as the builder: <server>/actions/runner/<runner environment>,
  // bound to the certificate's runner environment (1.3.6.1.4.1.57264.1.11) on the same server.
  const runner = /^https:\/\/([^/]+)\/actions\/runner\/(github-hosted|self-hosted)$/.exec(builderId);
  if (runner) {
    return sameText(runner[1], signer.host) && identity?.runnerEnvironment === runner[2]
      ? ''
      : `SLSA builder id ${show(builderId)} is not the runner that signed it (runner environment ${show(identity?.runnerEnvironment)}, build signer ${show(identity?.buildSignerUri)})`;
  }
  const claimed = splitWorkflowUri(builderId);
  const same =
    claimed !== undefined &&
    sameText(claimed.host, signer.host) &&
    sameWorkflowPath(claimed.workflow, signer.workflow) &&
    claimed.ref === signer.ref;
  return same
    ? ''
    : `SLSA builder id ${show(builderId)} is not the workflow that signed it (build signer ${show(identity?.buildSignerUri)})`;
}

/** The SLSA v1 builder id (runDetails.builder.id). */
export function slsaBuilderId(predicate: unknown): string | undefined {
  if (typeof predicate !== 'object' || predicate === null) return undefined;
  const runDetails = (predicate as { runDetails?: { builder?: { id?: unknown } } }).runDetails;
  const id = runDetails?.builder?.id;
  return typeof id === 'string' ? id : undefined;
}

export interface VulnSummary {
  counts: Record<Severity, number>;
  scanner: string;
  finishedOn?: string;
}

/** Severity counts of a cosign vuln predicate's scanner.result (readVulnPredicate: the one reader), or why it cannot be read. */
export function vulnSummary(predicate: unknown): VulnSummary | string {
  try {
    const report = readVulnPredicate(predicate);
    const summary: VulnSummary = { counts: report.counts, scanner: report.scanner };
    if (report.finishedOn) summary.finishedOn = report.finishedOn;
    return summary;
  } catch (error) {
    if (error instanceof VulnPredicateError) return error.message;
    throw error;
  }
}

/**
 * When a vuln attestation was signed: its verified signing time (the log's
 * integrated time under an inclusion promise, or the TSA's time), never a
 * time the predicate claims (a scan "finished" in 2099 does not outrank later
 * scans). Unknown: 0, oldest.
 */
function vulnTime(bundle: BundleVerification): number {
  const signed = bundle.signedAt ? Date.parse(bundle.signedAt) : NaN;
  return Number.isNaN(signed) ? 0 : signed;
}

export function subjectLabel(subject: VerificationSubject): string {
  return subject.kind === 'image' ? `${subject.name ? `${subject.name}@` : ''}${subject.digest}` : subject.path;
}

/** Evaluates every bundle found for one subject. */
export function evaluateSubject(
  subject: VerificationSubject,
  bundles: BundleVerification[],
  policy: VerificationPolicy,
  now: Date = new Date(),
  /** Evidence that exists but was not verified in-process (legacy cosign tags). */
  unverifiedEvidence: string[] = [],
): SubjectVerdict {
  const outcomes = bundles.map((bundle) => bundleOutcome(bundle, policy, now));
  const superseded = applyMaxSeverity(outcomes, policy);
  const signed = signedEvidence(outcomes, policy, unverifiedEvidence);
  const required = requiredAttestations(outcomes, policy, superseded);
  const reasons = [...signed.reasons, ...required.reasons];
  const first = signed.satisfying[0];
  const verdict: SubjectVerdict = {
    subject,
    label: subjectLabel(subject),
    outcomes,
    reasons,
    passed: reasons.length === 0,
    checks: [signed.check, ...required.checks],
  };
  if (first?.bundle.identity?.subjectAlternativeName)
    verdict.signerIdentity = first.bundle.identity.subjectAlternativeName;
  return verdict;
}

/** One bundle against the per-bundle policy: identity, max-age, builder id, vuln DB. */
function bundleOutcome(bundle: BundleVerification, policy: VerificationPolicy, now: Date): BundleOutcome {
  // A bundle refused on its certificate's claims before the cryptography keeps those reasons as policy reasons.
  const policyReasons = bundle.verified
    ? identityReasons(bundle.identity, policy)
    : bundle.identityReasons
      ? [...bundle.identityReasons]
      : [];
  if (bundle.verified && policy.maxAge) {
    const signed = bundle.signedAt ? Date.parse(bundle.signedAt) : NaN;
    if (Number.isNaN(signed)) policyReasons.push('max-age: no verified signing time');
    else if (now.getTime() - signed > policy.maxAge.ms) {
      policyReasons.push(`signed ${bundle.signedAt}, older than max-age ${policy.maxAge.text}`);
    }
  }
  if (bundle.verified && policy.builderId && predicateTypeMatches(SLSA_PROVENANCE_V1, bundle.predicateType)) {
    const builder = slsaBuilderId(bundle.statement?.predicate);
    if (builder !== policy.builderId)
      policyReasons.push(`SLSA builder id ${show(builder)} is not ${show(policy.builderId)}`);
    else {
      const binding = builderBindingReason(builder, bundle.identity);
      if (binding) policyReasons.push(binding);
    }
  }
  if (
    bundle.verified &&
    policy.allowedVulnDbs &&
    policy.allowedVulnDbs.length > 0 &&
    predicateTypeMatches(COSIGN_VULN_V1, bundle.predicateType)
  ) {
    // Before the newest vuln attestation is chosen: one made with another DB never counts.
    const reason = vulnDbReason(bundle.statement?.predicate, policy.allowedVulnDbs);
    if (reason) policyReasons.push(reason);
  }
  return { bundle, policyReasons, notes: [], passed: bundle.verified && policyReasons.length === 0 };
}

/**
 * max-severity: the newest vuln attestation that passed the identity policy decides; older ones do not
 * count (returned as superseded).
 */
function applyMaxSeverity(outcomes: BundleOutcome[], policy: VerificationPolicy): Set<BundleOutcome> {
  const superseded = new Set<BundleOutcome>();
  if (!policy.maxSeverity) return superseded;
  const vulns = outcomes
    .filter((o) => o.passed && predicateTypeMatches(COSIGN_VULN_V1, o.bundle.predicateType))
    .sort((a, b) => vulnTime(b.bundle) - vulnTime(a.bundle));
  const [newest, ...older] = vulns;
  for (const o of older) {
    o.notes.push(`superseded by a newer vuln attestation (signed ${newest?.bundle.signedAt ?? '?'})`);
    superseded.add(o);
  }
  if (!newest) return superseded;
  const summary = vulnSummary(newest.bundle.statement?.predicate);
  const threshold = RANK[policy.maxSeverity];
  if (typeof summary === 'string') {
    newest.policyReasons.push(`vuln attestation: ${summary}`);
    newest.passed = false;
    return superseded;
  }
  const over = (Object.keys(summary.counts) as Severity[]).filter((s) => RANK[s] >= threshold && summary.counts[s] > 0);
  const detail = (Object.keys(summary.counts) as Severity[]).map((s) => `${s} ${summary.counts[s]}`).join(', ');
  if (over.length > 0) {
    newest.policyReasons.push(
      `vuln attestation reports ${over.map((s) => `${summary.counts[s]} ${s}`).join(', ')} (max-severity ${policy.maxSeverity}: nothing at or above it is allowed)`,
    );
    newest.passed = false;
  } else {
    newest.notes.push(`vulnerabilities: ${detail}`);
  }
  return superseded;
}

/** "Signed by an approved identity": some passing bundle is evidence of a kind signed-evidence names. */
function signedEvidence(
  outcomes: BundleOutcome[],
  policy: VerificationPolicy,
  unverifiedEvidence: string[],
): { reasons: string[]; check: SubjectVerdict['checks'][number]; satisfying: BundleOutcome[] } {
  const reasons: string[] = [];
  const passing = outcomes.filter((o) => o.passed);
  const verifiedCount = outcomes.filter((o) => o.bundle.verified).length;
  // Verified, or refused only on the certificate's claims (the identity policy was checked first).
  const identityChecked = outcomes.filter(
    (o) => o.bundle.verified || (o.bundle.identityReasons?.length ?? 0) > 0,
  ).length;
  if (outcomes.length === 0) {
    reasons.push(
      unverifiedEvidence.length > 0
        ? `no verifiable evidence: only ${unverifiedEvidence.join('; ')}`
        : 'no evidence found (no signature or attestation bundle for this subject)',
    );
  } else if (identityChecked === 0) {
    reasons.push(`none of the ${outcomes.length} bundle(s) verified`);
  } else if (passing.length === 0) {
    reasons.push(
      identityChecked === verifiedCount
        ? `none of the ${verifiedCount} verified bundle(s) satisfies the identity policy`
        : `none of the ${identityChecked} bundle(s) with a readable certificate satisfies the identity policy (a bundle whose certificate names another identity is not verified further)`,
    );
  }
  // What counts as "signed": by default an image/file signature or SLSA provenance, never a
  // scan report or SBOM attestation alone (`signed-evidence` widens it explicitly).
  const evidenceKinds =
    policy.signedEvidence && policy.signedEvidence.length > 0 ? policy.signedEvidence : DEFAULT_SIGNED_EVIDENCE;
  const evidenceNames = evidenceKinds.map(evidenceKindName).join(', ');
  const satisfying = passing.filter((o) => evidenceKinds.some((kind) => isEvidenceOf(kind, o.bundle)));
  if (passing.length > 0 && satisfying.length === 0) {
    const found = [
      ...new Set(
        passing.map((o) => (o.bundle.predicateType ? predicateDisplayName(o.bundle.predicateType) : o.bundle.type)),
      ),
    ].join(', ');
    reasons.push(
      `no ${evidenceNames} from an approved identity (signed-evidence: ${evidenceNames}); the approved identity's evidence is only: ${found}`,
    );
  }
  const counts = `signed-evidence: ${evidenceNames}; ${passing.length} of ${outcomes.length} bundle(s) passed`;
  const check = {
    name: 'signed by an approved identity',
    passed: satisfying.length > 0,
    detail:
      satisfying.length > 0
        ? `satisfied by ${satisfying.slice(0, 3).map(describeBundle).join('; ')}${satisfying.length > 3 ? ` and ${satisfying.length - 3} more` : ''} (${counts})`
        : `no ${evidenceNames} passed (${counts})`,
  };
  return { reasons, check, satisfying };
}

/** require-attestations, plus the attestations builder-id, max-severity and allowed-vuln-dbs imply. */
function requiredAttestations(
  outcomes: BundleOutcome[],
  policy: VerificationPolicy,
  superseded: Set<BundleOutcome>,
): { reasons: string[]; checks: SubjectVerdict['checks'] } {
  const reasons: string[] = [];
  const checks: SubjectVerdict['checks'] = [];
  const required = [...policy.requireAttestations];
  if (policy.builderId && !required.some((r) => r.uri === SLSA_PROVENANCE_V1))
    required.push({ name: 'slsaprovenance1 (builder-id)', uri: SLSA_PROVENANCE_V1 });
  if (policy.maxSeverity && !required.some((r) => r.uri === COSIGN_VULN_V1))
    required.push({ name: 'vuln (max-severity)', uri: COSIGN_VULN_V1 });
  if (policy.allowedVulnDbs?.length && !required.some((r) => r.uri === COSIGN_VULN_V1))
    required.push({ name: 'vuln (allowed-vuln-dbs)', uri: COSIGN_VULN_V1 });
  for (const requirement of required) {
    const matching = outcomes.filter(
      (o) => predicateTypeMatches(requirement.uri, o.bundle.predicateType) && !superseded.has(o),
    );
    const ok = matching.some((o) => o.passed);
    let detail: string;
    if (ok) detail = 'present and verified';
    else if (matching.length === 0) detail = 'missing';
    else {
      const why = matching
        .flatMap((o) => [...o.bundle.reasons, ...o.policyReasons])
        .slice(0, 3)
        .join('; ');
      detail = `present but failed: ${why}`;
    }
    checks.push({ name: `attestation ${requirement.name}`, passed: ok, detail });
    if (!ok) reasons.push(`required attestation ${requirement.name} (${requirement.uri}) is ${detail}`);
  }
  return { reasons, checks };
}

export function describeBundle(outcome: BundleOutcome): string {
  const b = outcome.bundle;
  return `${b.origin.source} ${b.type}${b.predicateType ? ` ${predicateDisplayName(b.predicateType)}` : ''} (${b.origin.location})`;
}
