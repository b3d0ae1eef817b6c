import { ConfigurationError } from '@scs/action-kit';
import { stringify } from 'yaml';
import { ANY_EVIDENCE, DEFAULT_SIGNED_EVIDENCE, SIGNATURE_EVIDENCE, type VerificationPolicy } from '../policy.js';
import {
  COSIGN_SIGN_V1,
  PREDICATE_SHORT_NAMES,
  SLSA_PROVENANCE_V1,
  COSIGN_VULN_V1,
  predicateTypeMatches,
} from '../predicate-types.js';
import { anchoredRegExp, globSource, isCommitSha, matchesAnyRepository } from '../patterns.js';
import type { LoadedTrust, SigstoreInstance } from '../trusted-root.js';
import { GITHUB_TUF_ROOT } from '../github-tuf-root.js';

/**
 * The gate's policy as admission-controller resources, so that a cluster
 * admits what the gate admits:
 *
 *   - Kyverno: a `ClusterPolicy` (kyverno.io/v1) with a `verifyImages` rule of
 *     `type: SigstoreBundle` (the bundles this suite and cosign v3 attach as
 *     OCI referrers);
 *   - Sigstore policy-controller: a `ClusterImagePolicy` (v1beta1) with
 *     `signatureFormat: bundle`, plus a `TrustRoot` for GitHub's and custom
 *     instances;
 *   - OPA Gatekeeper + Ratify: Ratify's Store, Verifier (cosign, keyless) and
 *     Policy and Gatekeeper's ConstraintTemplate + Constraint.
 *
 * Every policy input is either enforced by each controller or refused here
 * with an error naming the input and the controller. Where the controller
 * would be LOOSER than the gate the admin can opt in explicitly
 * (`allow-unenforced: <input>`); the export then says, in its
 * `supply-chain-verify/not-enforced` annotation and in `notEnforced`, exactly
 * what the cluster does not check. Where the controller is STRICTER than the
 * gate (it denies something the gate admits) the export says so in
 * `supply-chain-verify/stricter` (never a refusal: a cluster that denies more
 * is not a hole).
 *
 * What each controller reads (from their source, see docs/admission-parity.md):
 *   - Kyverno's SigstoreBundle path builds its identity policy from issuer /
 *     issuerRegExp / subject / subjectRegExp only, and only when an issuer AND
 *     a subject are set; `additionalExtensions` are ignored there. Source
 *     repository, ids, ref and runner are therefore enforced through the SLSA
 *     provenance attestation (signed by the approved identity), as conditions
 *     that EVERY verified provenance statement must satisfy.
 *   - policy-controller reads only legacy `.sig`/`.att` tags unless
 *     `signatureFormat: bundle`; an attestation requirement is met when ANY
 *     verified attestation of the type passes its policy.
 *   - Ratify v1 reads cosign's legacy signatures only (the
 *     sha256-<digest>.sig tag), checks SAN and issuer, and no attestation.
 *
 * All regular expressions are Go RE2 (what every controller compiles); the
 * identity regexp input is restricted to the syntax RE2 and JavaScript read
 * alike (re2.ts). The YAML is deterministic.
 */

export const ADMISSION_CONTROLLERS = ['kyverno', 'policy-controller', 'ratify'] as const;
export type AdmissionController = (typeof ADMISSION_CONTROLLERS)[number];

/** Display names (for messages). */
export const CONTROLLER_NAMES: Record<AdmissionController, string> = {
  kyverno: 'Kyverno',
  'policy-controller': 'Sigstore policy-controller',
  ratify: 'Gatekeeper + Ratify',
};

/**
 * The oldest controller versions the exports are written for: the release
 * that introduced every field the export uses (Kyverno: `type:
 * SigstoreBundle` and `failureAction`; policy-controller: `signatureFormat`;
 * Ratify: keyless trust policies in the cosign verifier, Gatekeeper:
 * external data). The versions the engine tests run are the pinned ones in
 * scripts/go-test-tools.mjs.
 */
export const MIN_CONTROLLER_VERSIONS: Record<AdmissionController | 'gatekeeper', string> = {
  kyverno: 'v1.13.0',
  'policy-controller': 'v0.13.0',
  ratify: 'v1.2.0',
  gatekeeper: 'v3.11.0',
};

/** Policy inputs an admin may accept as not enforced by a controller (`allow-unenforced`). */
export const UNENFORCEABLE_INPUTS = [
  'certificate-identity-regexp',
  'signer-workflow',
  'source-repository',
  'source-repository-id',
  'owner-id',
  'source-ref',
  'runner-environment',
  'require-attestations',
  'builder-id',
  'max-severity',
  'allowed-vuln-dbs',
  'max-age',
  'platform',
] as const;
export type UnenforceableInput = (typeof UNENFORCEABLE_INPUTS)[number];

export interface AdmissionExportOptions {
  name: string;
  /** Image reference patterns (Kyverno imageReferences, policy-controller glob, Ratify scopes), e.g. ghcr.io/org/app*. */
  imagePatterns: string[];
  /** The Sigstore instance the gate verifies against. Default public-good. */
  instance?: SigstoreInstance;
  /** The trusted root (custom instances: the file the action read; written into the exports). */
  trust?: Pick<LoadedTrust, 'root' | 'tlogs' | 'hasCtlogs' | 'hasTimestampAuthorities'>;
  /** GitHub server for workflow URIs (default https://github.com). */
  serverUrl?: string;
  /** Which controllers to export for (default all). */
  controllers?: readonly AdmissionController[];
  /** Inputs the admin accepts as not enforced (`allow-unenforced`). */
  allowUnenforced?: readonly string[];
}

export interface ControllerExport {
  controller: AdmissionController;
  yaml: string;
  /** Looser than the gate, accepted through allow-unenforced: `<input>: <what the cluster does not check>`. */
  notEnforced: string[];
  /** Stricter than the gate: what the cluster denies that the gate admits. */
  stricter: string[];
  /** Trust material the admin must provide (never silently assumed). */
  adminSteps: string[];
}

/** One controller's export with the refusals (empty when the export is as strict as the gate). */
export interface BuiltExport extends ControllerExport {
  /** Inputs the controller cannot enforce and allow-unenforced does not accept, as error messages. */
  errors: string[];
}

export interface AdmissionExport {
  kyverno?: ControllerExport;
  policyController?: ControllerExport;
  ratify?: ControllerExport;
  /** Every export, in ADMISSION_CONTROLLERS order. */
  exports: ControllerExport[];
}

/** A policy input a controller cannot enforce. `optIn`: allow-unenforced may accept it. */
interface Refusal {
  input: string;
  reason: string;
  optIn: boolean;
}

interface Draft {
  refusals: Refusal[];
  stricter: string[];
  adminSteps: string[];
}

const PUBLIC_GOOD = { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' };
const GITHUB_INSTANCE = { fulcio: 'https://fulcio.githubapp.com', tufMirror: 'https://tuf-repo.github.com' };

function escapeRegExp(text: string): string {
  // RE2 and JavaScript escapes; a quote as \x27 so the pattern can sit in a JMESPath raw string.
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", '\\x27');
}

/** A ref glob (refs/tags/*) as RE2 with the gate's meaning (globSource in patterns.ts). */
export function refGlobToRe2(pattern: string): string {
  return globSource(pattern, escapeRegExp);
}

function serverOf(serverUrl: string | undefined): string {
  return (serverUrl || 'https://github.com').replace(/\/+$/, '');
}

interface SubjectMatch {
  subject?: string;
  subjectRegExp?: string;
  /**
   * The SAN pins the signing workflow to a repository (signer-workflow, an
   * exact identity, or an identity pattern that no foreign repository can
   * satisfy): only then can statements signed by it (provenance) vouch for
   * the source repository, ref and runner.
   */
  pinned: boolean;
}

/**
 * The certificate-identity (SAN) matcher every controller applies. Each
 * controller holds ONE exact subject or ONE pattern; where the gate ANDs two
 * identity inputs that do not imply each other, the second is refused.
 */
export function subjectMatch(
  policy: VerificationPolicy,
  serverUrl?: string,
  draft?: Draft,
  controller = 'the controllers',
): SubjectMatch {
  const server = serverOf(serverUrl);
  const refuse = (input: string, reason: string) => draft?.refusals.push({ input, reason, optIn: true });
  let signerRegExp: string | undefined;
  if (policy.signerWorkflow) {
    const workflow = policy.signerWorkflow.replace(/^https:\/\/[^/]+\//, '');
    const refs =
      policy.signerRefs.length === 0
        ? ['.+']
        : policy.signerRefs.map((r) => (isCommitSha(r) ? escapeRegExp(r.toLowerCase()) : refGlobToRe2(r)));
    const refPart = refs.length === 1 ? refs[0]! : `(?:${refs.join('|')})`;
    signerRegExp = `^${escapeRegExp(`${server}/${workflow}`)}@${refPart}$`;
    if (policy.signerRefs.some(isCommitSha)) {
      draft?.stricter.push(
        `signer-ref: a commit SHA is matched on the certificate identity's ref, so ${controller} admits the signer workflow only when its caller referenced it by that SHA (the gate also accepts a tag whose Build Signer Digest is that commit)`,
      );
    }
  }
  if (policy.certificateIdentity) {
    if (signerRegExp && !new RegExp(signerRegExp, 'i').test(policy.certificateIdentity)) {
      refuse(
        'signer-workflow',
        `${controller} matches one certificate identity; certificate-identity ${policy.certificateIdentity} is exported and it is not a run of signer-workflow ${policy.signerWorkflow}`,
      );
    }
    return { subject: policy.certificateIdentity, pinned: true };
  }
  if (signerRegExp) {
    if (policy.certificateIdentityRegexp) {
      refuse(
        'certificate-identity-regexp',
        `${controller} matches one certificate-identity pattern; signer-workflow is exported and the gate's second pattern ^(?:${policy.certificateIdentityRegexp})$ would not be checked`,
      );
    }
    return { subjectRegExp: signerRegExp, pinned: true };
  }
  if (policy.certificateIdentityRegexp) {
    let broad = true;
    try {
      broad = matchesAnyRepository(anchoredRegExp(policy.certificateIdentityRegexp), server);
    } catch {
      broad = true;
    }
    return { subjectRegExp: `^(?:${policy.certificateIdentityRegexp})$`, pinned: !broad };
  }
  return { subjectRegExp: '.+', pinned: false };
}

const SEVERITY_ORDER = ['low', 'medium', 'high', 'critical'] as const;

/** Severity names (case-insensitive, surrounding spaces ignored) at or above max-severity, as the gate reads them. */
function blockedSeverities(max: NonNullable<VerificationPolicy['maxSeverity']>): { trivy: string[]; grype: string[] } {
  const trivy = SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(max)).map((s) => s);
  // Grype's Negligible is read as low by the gate.
  const grype = trivy.includes('low') ? [...trivy, 'negligible'] : trivy;
  return { trivy, grype };
}

/** The top-level keys by which the gate's vuln reader tells the scanners apart (scanReportFormat in @scs/attestation). */
export const TRIVY_REPORT_KEYS = ['SchemaVersion', 'Results', 'ArtifactName', 'ArtifactType'] as const;
export const GRYPE_REPORT_KEYS = ['matches', 'ignoredMatches', 'descriptor'] as const;

function severityRe2(names: string[]): string {
  return `(?i)^[[:space:]]*(?:${names.join('|')})[[:space:]]*$`;
}

/** The predicate types each controller compares (exactly); spdxjson must be named by its exact type. */
function requiredTypes(policy: VerificationPolicy, draft: Draft, controller: string): string[] {
  const uris: string[] = [];
  for (const r of policy.requireAttestations) {
    if (r.uri === PREDICATE_SHORT_NAMES.spdxjson) {
      draft.refusals.push({
        input: 'require-attestations',
        reason: `spdxjson: the gate accepts every SPDX predicate type (https://spdx.dev/Document and https://spdx.dev/Document/v2.x) but ${controller} compares one type exactly; require the exact versioned type your SBOM attestations carry, e.g. https://spdx.dev/Document/v2.3 (this suite's provenance action and GitHub's attest-sbom write it; the gate then requires exactly that type too)`,
        optIn: false,
      });
      continue;
    }
    if (r.uri === PREDICATE_SHORT_NAMES.cyclonedx) {
      draft.stricter.push(
        `require-attestations cyclonedx: ${controller} compares https://cyclonedx.org/bom exactly; a versioned type (https://cyclonedx.org/bom/v1.5), which the gate also accepts, is not seen`,
      );
    }
    uris.push(r.uri);
  }
  if (policy.builderId) uris.push(SLSA_PROVENANCE_V1);
  if (policy.maxSeverity || policy.allowedVulnDbs?.length) uris.push(COSIGN_VULN_V1);
  return [...new Set(uris)];
}

/**
 * The gate counts a subject as signed by an approved identity when one bundle
 * of a `signed-evidence` kind passes (default: the image signature or the
 * SLSA provenance). When no required attestation is of such a kind, the
 * export adds the requirement: the image signature when `signature` is one
 * of the kinds (else the first predicate type). Returns whether an image
 * signature must be required; may add a type to `types`.
 */
function signedEvidenceRequirement(
  policy: VerificationPolicy,
  types: string[],
  draft: Draft,
  controller: string,
): boolean {
  const kinds =
    policy.signedEvidence && policy.signedEvidence.length > 0 ? policy.signedEvidence : DEFAULT_SIGNED_EVIDENCE;
  if (kinds.includes(ANY_EVIDENCE) && types.length > 0) return false;
  if (types.some((t) => kinds.some((k) => k !== SIGNATURE_EVIDENCE && (k === t || predicateTypeMatches(k, t)))))
    return false;
  const others = kinds.filter((k) => k !== SIGNATURE_EVIDENCE);
  if (kinds.includes(SIGNATURE_EVIDENCE) || kinds.includes(ANY_EVIDENCE)) {
    if (others.length > 0) {
      draft.stricter.push(
        `signed-evidence: ${controller} requires the image signature by the approved identity; the gate also accepts ${others.join(' or ')} instead`,
      );
    }
    return true;
  }
  types.unshift(others[0]!);
  if (others.length > 1)
    draft.stricter.push(
      `signed-evidence: ${controller} requires a ${others[0]} attestation; the gate also accepts ${others.slice(1).join(' or ')} instead`,
    );
  return false;
}

/** Source constraints (from the certificate in the gate) and where the SLSA provenance records the same claim. */
interface SourceCheck {
  input: string;
  /** Path in the SLSA v1 predicate (GitHub's workflow build type). */
  path: string[];
  /** RE2 over that field. */
  re2: string;
}

function sourceChecks(policy: VerificationPolicy, serverUrl: string | undefined): SourceCheck[] {
  const server = serverOf(serverUrl);
  const checks: SourceCheck[] = [];
  if (policy.sourceRepository) {
    checks.push({
      input: 'source-repository',
      path: ['buildDefinition', 'externalParameters', 'workflow', 'repository'],
      re2: `(?i)^${escapeRegExp(`${server}/${policy.sourceRepository}`)}$`,
    });
  }
  if (policy.sourceRepositoryId) {
    checks.push({
      input: 'source-repository-id',
      path: ['buildDefinition', 'internalParameters', 'github', 'repository_id'],
      re2: `^${policy.sourceRepositoryId}$`,
    });
  }
  if (policy.ownerId) {
    checks.push({
      input: 'owner-id',
      path: ['buildDefinition', 'internalParameters', 'github', 'repository_owner_id'],
      re2: `^${policy.ownerId}$`,
    });
  }
  if (policy.sourceRef) {
    // resolvedDependencies[0].uri is git+<server>/<repo>@<the token's ref claim>, the certificate's Source Repository Ref.
    checks.push({
      input: 'source-ref',
      path: ['buildDefinition', 'resolvedDependencies', '0', 'uri'],
      re2: `^git\\+[^@]+@${refGlobToRe2(policy.sourceRef)}$`,
    });
  }
  if (policy.runnerEnvironment) {
    checks.push({
      input: 'runner-environment',
      path: ['buildDefinition', 'internalParameters', 'github', 'runner_environment'],
      re2: `^${escapeRegExp(policy.runnerEnvironment)}$`,
    });
  }
  return checks;
}

/**
 * Whether source constraints can be enforced through the provenance: it must
 * be required (so the gate requires it too) and signed by a pinned identity.
 * Otherwise each is refused (opt-in).
 */
function provenanceCarriesSource(
  policy: VerificationPolicy,
  match: SubjectMatch,
  checks: SourceCheck[],
  draft: Draft,
  controller: string,
): boolean {
  if (checks.length === 0) return false;
  const provenanceRequired =
    Boolean(policy.builderId) || policy.requireAttestations.some((r) => r.uri === SLSA_PROVENANCE_V1);
  if (provenanceRequired && match.pinned) {
    draft.stricter.push(
      `${checks.map((c) => c.input).join(', ')}: checked in the SLSA provenance signed by the approved identity (GitHub's workflow build type, as this suite's provenance action and actions/attest-build-provenance write it); ${controller === 'Kyverno' ? 'every' : 'at least one'} verified provenance statement must match`,
    );
    return true;
  }
  const why = !provenanceRequired
    ? `${controller} cannot read it from the certificate; it is enforced through the SLSA provenance only when that is required: add slsaprovenance1 to require-attestations (the gate then requires it too)`
    : `${controller} cannot read it from the certificate, and the provenance that would carry it is not signed by a pinned identity (set signer-workflow, certificate-identity, or a certificate-identity-regexp that names the repository)`;
  for (const check of checks) draft.refusals.push({ input: check.input, reason: why, optIn: true });
  return false;
}

/**
 * The gate binds builder-id to the Build Signer URI of the provenance's
 * certificate (slsa-verifier's rule): for GitHub certificates that is the
 * certificate identity. The exports require the provenance to be signed by
 * exactly that identity. Returns the identity, or undefined (refused).
 */
function builderIdentity(
  policy: VerificationPolicy,
  match: SubjectMatch,
  draft: Draft,
  controller: string,
): string | undefined {
  const builderId = policy.builderId;
  if (!builderId) return undefined;
  if (/^https:\/\/[^/]+\/actions\/runner\/(?:github|self)-hosted$/.test(builderId)) {
    draft.refusals.push({
      input: 'builder-id',
      reason: `${controller} cannot tie a runner builder id (${builderId}) to the certificate's runner environment`,
      optIn: true,
    });
    return undefined;
  }
  const accepted =
    match.subject !== undefined
      ? match.subject === builderId
      : new RegExp(match.subjectRegExp!.replace(/^\(\?i\)/, '')).test(builderId);
  if (!accepted) {
    draft.refusals.push({
      input: 'builder-id',
      reason: `builder-id ${builderId} is not a certificate identity the policy accepts, so the gate admits no provenance (the builder id must be the workflow that signed the provenance); fix builder-id or the identity inputs`,
      optIn: false,
    });
    return undefined;
  }
  return builderId;
}

/** Refusals of inputs no controller here can express. */
function commonRefusals(policy: VerificationPolicy, draft: Draft, controller: string): void {
  if (policy.platformManifests) {
    // The controller checks the digest the pod names: for a tag or the index digest, the index's evidence only.
    draft.refusals.push({
      input: 'platform',
      reason: `${controller} checks the evidence of the digest a pod names (for a tag, the image index), not that the platform manifest a node pulls from the index (platform: ${policy.platformManifests}) carries its own`,
      optIn: true,
    });
  }
  if (policy.maxAge) {
    draft.refusals.push({ input: 'max-age', reason: `${controller} has no evidence-age check`, optIn: true });
  }
  if (policy.allowedVulnDbs?.length) {
    draft.refusals.push({
      input: 'allowed-vuln-dbs',
      reason: `the export does not check the vuln attestation's scanner.db.uri for ${controller}`,
      optIn: true,
    });
  }
}

function finish(
  controller: AdmissionController,
  draft: Draft,
  allow: readonly string[],
): { notEnforced: string[]; errors: string[] } {
  const notEnforced: string[] = [];
  const errors: string[] = [];
  for (const r of draft.refusals) {
    if (r.optIn && allow.includes(r.input)) notEnforced.push(`${r.input}: ${r.reason}`);
    else {
      errors.push(
        `Input \`${r.input}\` cannot be enforced by ${CONTROLLER_NAMES[controller]}: ${r.reason}.${r.optIn ? ` To export anyway with the cluster not checking it, set \`allow-unenforced: ${r.input}\`, or leave ${controller} out of \`export-controllers\`.` : ` Leave ${controller} out of \`export-controllers\` if that is not possible.`}`,
      );
    }
  }
  return { notEnforced, errors };
}

const YAML_OPTIONS = { lineWidth: 0, sortMapEntries: false, aliasDuplicateObjects: false } as const;

function annotationsFor(
  notEnforced: string[],
  stricter: string[],
  adminSteps: string[],
  extra: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = { ...extra };
  if (notEnforced.length > 0) out['supply-chain-verify/not-enforced'] = notEnforced.join('; ');
  if (stricter.length > 0) out['supply-chain-verify/stricter'] = stricter.join('; ');
  if (adminSteps.length > 0) out['supply-chain-verify/admin-steps'] = adminSteps.join('; ');
  return out;
}

function jmesPath(path: string[]): string {
  return path
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

/** Kyverno conditions (JMESPath over the predicate) for the vuln attestation, with the gate's reading. */
function kyvernoVulnConditions(policy: VerificationPolicy): unknown[] {
  const conditions: unknown[] = [];
  const has = (keys: readonly string[]) => keys.map((k) => `contains(keys(scanner.result), '${k}')`).join(' || ');
  conditions.push(
    {
      key: "{{ type(invocation) == 'object' && type(scanner) == 'object' && type(metadata) == 'object' && type(scanner.result) == 'object' }}",
      operator: 'Equals',
      value: true,
      message: "the vuln predicate is not in cosign's shape",
    },
    {
      key: "{{ type(metadata.scanStartedOn) == 'string' && type(metadata.scanFinishedOn) == 'string' }}",
      operator: 'Equals',
      value: true,
      message: 'the vuln predicate has no scan times',
    },
    {
      key: `{{ (${has(TRIVY_REPORT_KEYS)}) != (${has(GRYPE_REPORT_KEYS)}) }}`,
      operator: 'Equals',
      value: true,
      message: 'scanner.result is not exactly one of a Trivy or a Grype JSON report',
    },
  );
  if (policy.maxSeverity) {
    const blocked = blockedSeverities(policy.maxSeverity);
    conditions.push(
      {
        key: `{{ length(scanner.result.Results[].Vulnerabilities[] | [?regex_match('${severityRe2(blocked.trivy)}', to_string(Severity))] || \`[]\`) }}`,
        operator: 'Equals',
        value: 0,
        message: `Trivy findings at or above ${policy.maxSeverity}`,
      },
      {
        key: `{{ length(scanner.result.matches[?regex_match('${severityRe2(blocked.grype)}', to_string(vulnerability.severity))] || \`[]\`) }}`,
        operator: 'Equals',
        value: 0,
        message: `Grype findings at or above ${policy.maxSeverity}`,
      },
    );
  }
  return [{ all: conditions }];
}

/**
 * Kyverno's rekor settings for the instance (the log's URL; Kyverno's validation wants one even when the log is
 * ignored), and the admin step for custom instances (Kyverno reads their trusted root from its TUF client).
 */
function kyvernoRekor(options: AdmissionExportOptions, draft: Draft): Record<string, unknown> {
  const instance = options.instance ?? 'public-good';
  const tlogUrl = instance === 'custom' ? options.trust?.tlogs[0]?.baseUrl : PUBLIC_GOOD.rekor;
  if (instance === 'custom') {
    draft.adminSteps.push(
      'Kyverno verifies SigstoreBundle evidence against the trusted root its TUF client serves (kyverno flags --tufMirror and --tufRoot): point them at the TUF repository of your Sigstore instance; the rekor URL here is informative',
    );
  }
  return tlogUrl ? { url: tlogUrl } : { url: 'https://rekor.invalid', ignoreTlog: true };
}

/**
 * The attestor entry: a key (a keyed policy: `keys.publicKeys`, Kyverno's static-key path of SigstoreBundle
 * verification, pkg/image/verifiers/cpol/cosign/sigstore.go; the log required as in the gate), or the
 * keyless identity. `withSubject` gives the keyless entry another subject (builder-id); keyed entries have none.
 */
function kyvernoAttestor(
  policy: VerificationPolicy,
  options: AdmissionExportOptions,
  match: SubjectMatch,
  draft: Draft,
): { entry: Record<string, unknown>; withSubject: (subject: string) => Record<string, unknown> } {
  const rekor = kyvernoRekor(options, draft);
  if (policy.publicKey) {
    // No ctlog: Kyverno then requires observer timestamps, which a keyed bundle has from its log entry's
    // integrated time (with ctlog.ignoreSCT and the log required, Kyverno v1.19.1 builds a verifier with no time
    // source at all and fails: "you must specify at least one of WithObserverTimestamps()…", seen in admission-parity).
    const entry = { keys: { publicKeys: policy.publicKey.pem, rekor } };
    return { entry, withSubject: () => entry };
  }
  const keyless: Record<string, unknown> = {};
  if (match.subject) keyless.subject = match.subject;
  if (match.subjectRegExp) keyless.subjectRegExp = match.subjectRegExp;
  // Kyverno applies an identity only when issuer and subject are both set: an empty issuer input (any issuer) is '.+'.
  if (policy.certificateOidcIssuer) keyless.issuer = policy.certificateOidcIssuer;
  else keyless.issuerRegExp = '.+';
  keyless.rekor = rekor;
  if (options.instance === 'custom' && options.trust && !options.trust.hasCtlogs) keyless.ctlog = { ignoreSCT: true };
  return { entry: { keyless }, withSubject: (subject) => ({ keyless: { ...keyless, subject } }) };
}

/** One Kyverno attestation check per required type, with the provenance and vuln conditions. */
function kyvernoAttestations(
  policy: VerificationPolicy,
  types: string[],
  attestor: ReturnType<typeof kyvernoAttestor>,
  builder: string | undefined,
  provenanceChecks: SourceCheck[],
): Record<string, unknown>[] {
  return types.map((uri) => {
    // The provenance with builder-id: signed by exactly that workflow (and still matching the identity policy).
    const entry: Record<string, unknown> = {
      type: uri,
      attestors: [
        { entries: [uri === SLSA_PROVENANCE_V1 && builder ? attestor.withSubject(builder) : attestor.entry] },
      ],
    };
    const all: unknown[] = [];
    if (uri === SLSA_PROVENANCE_V1) {
      if (policy.builderId) {
        all.push({
          key: `{{ regex_match('^${escapeRegExp(policy.builderId)}$', runDetails.builder.id) }}`,
          operator: 'Equals',
          value: true,
          message: 'SLSA builder id is not builder-id',
        });
      }
      for (const check of provenanceChecks) {
        all.push({
          key: `{{ regex_match('${check.re2}', ${jmesPath(check.path)}) }}`,
          operator: 'Equals',
          value: true,
          message: `provenance does not match ${check.input}`,
        });
      }
    }
    if (all.length > 0) entry.conditions = [{ all }];
    if (uri === COSIGN_VULN_V1 && policy.maxSeverity) entry.conditions = kyvernoVulnConditions(policy);
    return entry;
  });
}

/** The ClusterPolicy around the verifyImages rule. */
function kyvernoDocument(
  options: AdmissionExportOptions,
  attestations: Record<string, unknown>[],
  draft: Draft,
  notEnforced: string[],
): Record<string, unknown> {
  // Each attestation (the signature statement included) is verified against the identity or the key.
  const verifyImage: Record<string, unknown> = {
    imageReferences: options.imagePatterns,
    type: 'SigstoreBundle',
    failureAction: 'Enforce',
    mutateDigest: true,
    verifyDigest: true,
    required: true,
    attestations,
  };
  return {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: {
      name: options.name,
      annotations: annotationsFor(notEnforced, draft.stricter, draft.adminSteps, {
        'policies.kyverno.io/title': 'Supply-chain verify',
        'policies.kyverno.io/description':
          'Generated by the supply-chain verify action: admits images signed by the approved identity with the required attestations.',
        'policies.kyverno.io/minversion': MIN_CONTROLLER_VERSIONS.kyverno.replace(/^v/, ''),
      }),
    },
    spec: {
      background: false,
      rules: [
        {
          name: 'verify-supply-chain',
          match: { any: [{ resources: { kinds: ['Pod'] } }] },
          verifyImages: [verifyImage],
        },
      ],
    },
  };
}

export function buildKyvernoPolicy(policy: VerificationPolicy, options: AdmissionExportOptions): BuiltExport {
  const draft: Draft = { refusals: [], stricter: [], adminSteps: [] };
  const match = subjectMatch(policy, options.serverUrl, draft, 'Kyverno');
  commonRefusals(policy, draft, 'Kyverno');
  if ((options.instance ?? 'public-good') === 'github') {
    draft.refusals.push({
      input: 'sigstore-instance',
      reason:
        "GitHub's instance has no transparency log and Kyverno's SigstoreBundle verification checks no signed timestamps, so it verifies none of its bundles (and it reads the trusted root from its cluster-wide TUF client)",
      optIn: false,
    });
  }
  const attestor = kyvernoAttestor(policy, options, match, draft);

  const checks = sourceChecks(policy, options.serverUrl);
  const sourceViaProvenance = provenanceCarriesSource(policy, match, checks, draft, 'Kyverno');
  const types = requiredTypes(policy, draft, 'Kyverno');
  if (sourceViaProvenance && !types.includes(SLSA_PROVENANCE_V1)) types.unshift(SLSA_PROVENANCE_V1);
  const needSignature = signedEvidenceRequirement(policy, types, draft, 'Kyverno');
  if (needSignature) {
    // Kyverno's SigstoreBundle attestors accept ANY verified bundle (an SBOM or a scan too) as the image signature;
    // the signature is required as what it is: cosign v3's signature statement (what sign-keyless and sign write).
    types.unshift(COSIGN_SIGN_V1);
    draft.stricter.push(
      `the image signature must be a DSSE bundle of ${COSIGN_SIGN_V1} (cosign v3, sign-keyless, sign); message-signature bundles, which the gate also accepts, are not seen`,
    );
  }
  const builder = builderIdentity(policy, match, draft, 'Kyverno');
  const attestations = kyvernoAttestations(policy, types, attestor, builder, sourceViaProvenance ? checks : []);
  if (policy.maxSeverity) {
    draft.stricter.push(
      'max-severity: Kyverno checks every vuln attestation by the approved identity, the gate only the newest',
    );
  }
  if (types.length > 0) {
    draft.stricter.push(
      'require-attestations: Kyverno requires every attestation of a required type that the approved identity signed to pass its conditions (the gate: at least one)',
    );
  }
  const { notEnforced, errors } = finish('kyverno', draft, options.allowUnenforced ?? []);
  const doc = kyvernoDocument(options, attestations, draft, notEnforced);
  return {
    controller: 'kyverno',
    yaml: errors.length ? '' : stringify(doc, YAML_OPTIONS),
    notEnforced,
    stricter: draft.stricter,
    adminSteps: draft.adminSteps,
    errors,
  };
}

/** policy-controller's names for predicate types it knows (cosign's `--type`), else the URI. */
function policyControllerPredicate(uri: string): string {
  if (uri === PREDICATE_SHORT_NAMES.slsaprovenance1) return 'https://slsa.dev/provenance/v1';
  if (uri === PREDICATE_SHORT_NAMES.vuln) return 'vuln';
  if (uri === PREDICATE_SHORT_NAMES.cyclonedx) return 'cyclonedx';
  return uri;
}

function rego(body: string[]): string {
  return [
    'package sigstore',
    '',
    'import rego.v1',
    '',
    'default isCompliant := false',
    '',
    'isCompliant if {',
    ...body.map((l) => `  ${l}`),
    '}',
    '',
  ].join('\n');
}

function regoPath(path: string[]): string {
  return `input.predicate${path.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('')}`;
}

function regoVulnPolicy(policy: VerificationPolicy): string {
  const trivyKeys = `{${TRIVY_REPORT_KEYS.map((k) => JSON.stringify(k)).join(', ')}}`;
  const grypeKeys = `{${GRYPE_REPORT_KEYS.map((k) => JSON.stringify(k)).join(', ')}}`;
  const body = [
    'p := input.predicate',
    'is_object(p.invocation)',
    'is_object(p.scanner)',
    'is_object(p.metadata)',
    'is_string(p.metadata.scanStartedOn)',
    'is_string(p.metadata.scanFinishedOn)',
    'r := p.scanner.result',
    'is_object(r)',
    `trivy := count({k | some k in object.keys(r); k in ${trivyKeys}})`,
    `grype := count({k | some k in object.keys(r); k in ${grypeKeys}})`,
    '(trivy > 0) != (grype > 0)',
  ];
  if (policy.maxSeverity) {
    const blocked = blockedSeverities(policy.maxSeverity);
    body.push(
      `count([v | some res in r.Results; some v in res.Vulnerabilities; regex.match(${JSON.stringify(severityRe2(blocked.trivy))}, sprintf("%v", [v.Severity]))]) == 0`,
      `count([m | some m in r.matches; regex.match(${JSON.stringify(severityRe2(blocked.grype))}, sprintf("%v", [m.vulnerability.severity]))]) == 0`,
    );
  }
  return rego(body);
}

function pem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

/** A policy-controller TrustRoot (v1alpha1) with the instance's keys inline, from a trusted root the action read. */
function sigstoreKeysTrustRoot(
  name: string,
  trust: NonNullable<AdmissionExportOptions['trust']>,
): Record<string, unknown> {
  const root = trust.root;
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const ca = (c: (typeof root.certificateAuthorities)[number]) => ({
    subject: { organization: c.subject?.organization ?? '', commonName: c.subject?.commonName ?? '' },
    uri: c.uri,
    certChain: b64((c.certChain?.certificates ?? []).map((cert) => pem('CERTIFICATE', cert.rawBytes)).join('')),
  });
  const log = (l: (typeof root.tlogs)[number]) => ({
    baseURL: l.baseUrl,
    hashAlgorithm: 'sha-256',
    publicKey: b64(pem('PUBLIC KEY', l.publicKey?.rawBytes ?? new Uint8Array())),
  });
  const sigstoreKeys: Record<string, unknown> = { certificateAuthorities: root.certificateAuthorities.map(ca) };
  if (root.tlogs.length) sigstoreKeys.tLogs = root.tlogs.map(log);
  if (root.ctlogs.length) sigstoreKeys.ctLogs = root.ctlogs.map(log);
  if (root.timestampAuthorities.length) sigstoreKeys.timestampAuthorities = root.timestampAuthorities.map(ca);
  return { apiVersion: 'policy.sigstore.dev/v1alpha1', kind: 'TrustRoot', metadata: { name }, spec: { sigstoreKeys } };
}

/** The keyless identity of the authority (with builder-id: that exact workflow for everything). */
function policyControllerIdentity(
  policy: VerificationPolicy,
  match: SubjectMatch,
  builder: string | undefined,
  draft: Draft,
): Record<string, string> {
  const identity: Record<string, string> = {};
  if (policy.certificateOidcIssuer) identity.issuer = policy.certificateOidcIssuer;
  else identity.issuerRegExp = '.+';
  if (builder) {
    // One identity per authority: with builder-id every attestation must be signed by that exact workflow.
    identity.subject = builder;
    if (match.subject !== builder) {
      draft.stricter.push(
        `builder-id: policy-controller requires every attestation (and the signature) to be signed by ${builder}; the gate asks that of the provenance only`,
      );
    }
  } else {
    if (match.subject) identity.subject = match.subject;
    if (match.subjectRegExp) identity.subjectRegExp = match.subjectRegExp;
  }
  return identity;
}

/** The instance's trust: the keyless CA URL, log and timestamp settings of the authority, and a TrustRoot when needed. */
function policyControllerTrust(
  options: AdmissionExportOptions,
  authority: Record<string, unknown>,
  keyless: Record<string, unknown>,
  trustRootName: string,
  draft: Draft,
): Record<string, unknown>[] {
  const instance = options.instance ?? 'public-good';
  if (instance === 'public-good') {
    keyless.url = PUBLIC_GOOD.fulcio;
    authority.ctlog = { url: PUBLIC_GOOD.rekor };
    return [];
  }
  if (instance === 'github') {
    keyless.url = GITHUB_INSTANCE.fulcio;
    keyless.trustRootRef = trustRootName;
    authority.rfc3161timestamp = { trustRootRef: trustRootName };
    const root = Buffer.from(JSON.stringify(GITHUB_TUF_ROOT)).toString('base64');
    return [
      {
        apiVersion: 'policy.sigstore.dev/v1alpha1',
        kind: 'TrustRoot',
        metadata: { name: trustRootName },
        spec: { remote: { mirror: GITHUB_INSTANCE.tufMirror, root } },
      },
    ];
  }
  const trust = options.trust;
  if (!trust)
    throw new ConfigurationError(
      'The policy-controller export for a custom Sigstore instance needs its trusted root (`trusted-root`).',
    );
  keyless.url = trust.root.certificateAuthorities[0]?.uri || 'https://fulcio.invalid';
  keyless.trustRootRef = trustRootName;
  if (!trust.hasCtlogs) keyless.insecureIgnoreSCT = true;
  if (trust.tlogs[0]) authority.ctlog = { url: trust.tlogs[0].baseUrl, trustRootRef: trustRootName };
  // With a transparency log its integrated time is the observer timestamp (as in the gate); a TSA is required only without one.
  if (trust.hasTimestampAuthorities && !trust.tlogs[0]) authority.rfc3161timestamp = { trustRootRef: trustRootName };
  draft.adminSteps.push(
    `policy-controller up to v0.13.1 derives the log id of inline keys (TrustRoot spec.sigstoreKeys) as the id's hex text, so no bundle's log entry matches and it admits nothing: before applying, replace spec.sigstoreKeys of TrustRoot ${trustRootName} with spec.remote (your instance's TUF mirror and root.json, trusted_root.json as a target) or check that your version is fixed`,
  );
  return [sigstoreKeysTrustRoot(trustRootName, trust)];
}

/** One attestation requirement per required type, with the provenance and vuln policies in Rego. */
function policyControllerAttestations(
  policy: VerificationPolicy,
  types: string[],
  provenanceChecks: SourceCheck[],
): Record<string, unknown>[] {
  return types.map((uri) => {
    const name = policyControllerPredicate(uri);
    const slug = (uri === SLSA_PROVENANCE_V1 ? 'slsaprovenance1' : name)
      .replace(/^https?:\/\//, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 50);
    const entry: Record<string, unknown> = { name: `must-have-${slug}`, predicateType: name };
    if (uri === SLSA_PROVENANCE_V1) {
      const body: string[] = [];
      if (policy.builderId)
        body.push(
          `regex.match(${JSON.stringify(`^${escapeRegExp(policy.builderId)}$`)}, input.predicate.runDetails.builder.id)`,
        );
      for (const check of provenanceChecks)
        body.push(`regex.match(${JSON.stringify(check.re2)}, ${regoPath(check.path)})`);
      if (body.length > 0) entry.policy = { type: 'rego', data: rego(body) };
    }
    if (uri === COSIGN_VULN_V1 && policy.maxSeverity) entry.policy = { type: 'rego', data: regoVulnPolicy(policy) };
    return entry;
  });
}

/** The ClusterImagePolicy (and, when attestations and the signature are both required, a second one for the signature). */
function policyControllerDocuments(
  options: AdmissionExportOptions,
  authority: Record<string, unknown>,
  needSignature: boolean,
  annotations: Record<string, string>,
): Record<string, unknown>[] {
  const images = options.imagePatterns.map((glob) => ({ glob }));
  const docs: Record<string, unknown>[] = [
    {
      apiVersion: 'policy.sigstore.dev/v1beta1',
      kind: 'ClusterImagePolicy',
      metadata: { name: options.name, annotations },
      spec: { images, authorities: [authority], mode: 'enforce' },
    },
  ];
  if (needSignature && Array.isArray(authority.attestations)) {
    // An authority with attestations checks attestations only, and authorities of one policy are alternatives;
    // every matching ClusterImagePolicy must pass, so the image signature is a second policy.
    const { attestations: _, ...signatureAuthority } = authority;
    docs.push({
      apiVersion: 'policy.sigstore.dev/v1beta1',
      kind: 'ClusterImagePolicy',
      metadata: {
        name: `${options.name}-signature`.slice(0, 63).replace(/-+$/, ''),
        annotations: { 'supply-chain-verify/part-of': options.name },
      },
      spec: {
        images,
        authorities: [{ ...signatureAuthority, name: 'supply-chain-verify-signature' }],
        mode: 'enforce',
      },
    });
  }
  return docs;
}

export function buildPolicyControllerPolicy(policy: VerificationPolicy, options: AdmissionExportOptions): BuiltExport {
  const draft: Draft = { refusals: [], stricter: [], adminSteps: [] };
  const controller = 'policy-controller';
  const match = subjectMatch(policy, options.serverUrl, draft, controller);
  commonRefusals(policy, draft, controller);
  if (policy.publicKey) {
    // A key authority would read legacy .sig/.att tags only: what sign and cosign v3 write is not seen.
    draft.refusals.push({
      input: 'public-key',
      reason:
        "policy-controller (up to v0.13.1) verifies Sigstore bundles (signatureFormat: bundle, the OCI referrers sign and cosign v3 write) only for keyless authorities ('when using the new bundle format, the authority must be keyless', pkg/webhook/validator.go); a key authority reads legacy .sig/.att tags only",
      optIn: false,
    });
  }
  if (policy.maxSeverity) {
    draft.refusals.push({
      input: 'max-severity',
      reason:
        'policy-controller admits when ANY verified vuln attestation passes the severity policy, while the gate judges only the newest one (an old clean scan would admit an image whose newest scan fails)',
      optIn: true,
    });
  }
  const builder = builderIdentity(policy, match, draft, controller);
  const identity = policyControllerIdentity(policy, match, builder, draft);
  const trustRootName = `${options.name}-trust-root`.slice(0, 63).replace(/-+$/, '');
  const keyless: Record<string, unknown> = { identities: [identity] };
  const authority: Record<string, unknown> = { name: 'supply-chain-verify', signatureFormat: 'bundle' };
  const trustDocs = policyControllerTrust(options, authority, keyless, trustRootName, draft);
  authority.keyless = keyless;

  const checks = sourceChecks(policy, options.serverUrl);
  const sourceViaProvenance = provenanceCarriesSource(policy, match, checks, draft, controller);
  const types = requiredTypes(policy, draft, controller);
  if (sourceViaProvenance && !types.includes(SLSA_PROVENANCE_V1)) types.unshift(SLSA_PROVENANCE_V1);
  const needSignature = signedEvidenceRequirement(policy, types, draft, controller);
  const attestations = policyControllerAttestations(policy, types, sourceViaProvenance ? checks : []);
  if (attestations.length > 0) authority.attestations = attestations;

  const { notEnforced, errors } = finish('policy-controller', draft, options.allowUnenforced ?? []);
  const annotations = annotationsFor(notEnforced, draft.stricter, draft.adminSteps, {
    'supply-chain-verify/min-version': MIN_CONTROLLER_VERSIONS['policy-controller'],
  });
  const docs = [...trustDocs, ...policyControllerDocuments(options, authority, needSignature, annotations)];
  const yaml = errors.length ? '' : docs.map((d) => stringify(d, YAML_OPTIONS)).join('---\n');
  return {
    controller: 'policy-controller',
    yaml,
    notEnforced,
    stricter: draft.stricter,
    adminSteps: draft.adminSteps,
    errors,
  };
}

const RATIFY_TEMPLATE_REGO = `package ratifyverification

# Images of the pod, verified by Ratify (external data provider ratify-provider).
remote_data := response {
  images := [img | img = input.review.object.spec.containers[_].image]
  images_init := [img | img = input.review.object.spec.initContainers[_].image]
  images_ephemeral := [img | img = input.review.object.spec.ephemeralContainers[_].image]
  all_images := array.concat(array.concat(images_init, images_ephemeral), images)
  response := external_data({"provider": "ratify-provider", "keys": all_images})
}

violation[{"msg": msg}] {
  general_violation[{"result": msg}]
}

general_violation[{"result": result}] {
  err := remote_data.system_error
  err != ""
  result := sprintf("System error calling external data provider: %s", [err])
}

general_violation[{"result": result}] {
  count(remote_data.errors) > 0
  result := sprintf("Error validating one or more images: %s", remote_data.errors)
}

general_violation[{"result": result}] {
  subject_validation := remote_data.responses[_]
  subject_validation[1].isSuccess == false
  result := sprintf("failed to verify the artifact: %s, trace-id: %s", [subject_validation[0], subject_validation[1].traceID])
}
`;

export function buildRatifyPolicy(policy: VerificationPolicy, options: AdmissionExportOptions): BuiltExport {
  const draft: Draft = { refusals: [], stricter: [], adminSteps: [] };
  const instance = options.instance ?? 'public-good';
  const controller = 'Ratify';
  const match = subjectMatch(policy, options.serverUrl, draft, controller);
  commonRefusals(policy, draft, controller);
  const cannot = (input: string, what: string) =>
    draft.refusals.push({
      input,
      reason: `Ratify's cosign verifier checks the certificate identity and issuer of image signatures only; ${what} is not checked`,
      optIn: true,
    });
  if (policy.sourceRepository) cannot('source-repository', 'the source repository');
  if (policy.sourceRepositoryId) cannot('source-repository-id', 'the source repository id');
  if (policy.ownerId) cannot('owner-id', 'the owner id');
  if (policy.sourceRef) cannot('source-ref', 'the source ref');
  if (policy.runnerEnvironment) cannot('runner-environment', 'the runner environment');
  if (policy.requireAttestations.length > 0) cannot('require-attestations', 'an in-toto attestation');
  if (policy.builderId) cannot('builder-id', 'the SLSA provenance');
  if (policy.maxSeverity) cannot('max-severity', 'the vuln attestation');
  if (instance === 'github') {
    draft.refusals.push({
      input: 'sigstore-instance',
      reason: "Ratify's cosign verifier trusts the public-good Sigstore roots only",
      optIn: false,
    });
  }
  if (instance === 'custom') {
    draft.adminSteps.push(
      "Ratify's cosign verifier takes Fulcio roots and log keys from the public-good TUF root: configure the Ratify deployment with your instance's roots (SIGSTORE_ROOT_FILE, SIGSTORE_REKOR_PUBLIC_KEY, SIGSTORE_CT_LOG_PUBLIC_KEY_FILE)",
    );
  }
  draft.stricter.push(
    "Ratify v1 reads cosign's legacy signatures (the sha256-<digest>.sig tag) only: images that carry only Sigstore bundles as OCI referrers (sign-keyless, cosign v3's default) are denied; sign with cosign --new-bundle-format=false as well to admit them",
  );
  const keyless: Record<string, unknown> = {};
  if (match.subject) keyless.certificateIdentity = match.subject;
  if (match.subjectRegExp) keyless.certificateIdentityRegExp = match.subjectRegExp;
  if (policy.certificateOidcIssuer) keyless.certificateOIDCIssuer = policy.certificateOidcIssuer;
  else keyless.certificateOIDCIssuerRegExp = '.+';
  const hasCtlogs = instance === 'custom' ? Boolean(options.trust?.hasCtlogs) : true;
  keyless.ctLogVerify = hasCtlogs;
  const trustPolicy: Record<string, unknown> = {
    name: 'supply-chain-verify',
    version: '1.0.0',
    scopes: options.imagePatterns,
    keyless,
  };
  const tlog = instance === 'custom' ? options.trust?.tlogs[0]?.baseUrl : PUBLIC_GOOD.rekor;
  trustPolicy.tLogVerify = Boolean(tlog);
  if (tlog) trustPolicy.rekorURL = tlog;

  const { notEnforced, errors } = finish('ratify', draft, options.allowUnenforced ?? []);
  const annotations = annotationsFor(notEnforced, draft.stricter, draft.adminSteps, {
    'supply-chain-verify/min-version': `ratify ${MIN_CONTROLLER_VERSIONS.ratify}, gatekeeper ${MIN_CONTROLLER_VERSIONS.gatekeeper}`,
  });
  const docs: Record<string, unknown>[] = [
    {
      apiVersion: 'config.ratify.deislabs.io/v1beta1',
      kind: 'Store',
      metadata: { name: `${options.name}-store` },
      spec: { name: 'oras', parameters: { cacheEnabled: true, cosignEnabled: true, ttl: 10 } },
    },
    {
      apiVersion: 'config.ratify.deislabs.io/v1beta1',
      kind: 'Verifier',
      metadata: { name: `${options.name}-cosign`, annotations },
      spec: {
        name: 'cosign',
        artifactTypes: 'application/vnd.dev.cosign.artifact.sig.v1+json',
        parameters: { trustPolicies: [trustPolicy] },
      },
    },
    {
      apiVersion: 'config.ratify.deislabs.io/v1beta1',
      kind: 'Policy',
      // Ratify v1beta1 reads the Policy named ratify-policy only.
      metadata: { name: 'ratify-policy' },
      spec: {
        type: 'config-policy',
        parameters: { artifactVerificationPolicies: { 'application/vnd.dev.cosign.artifact.sig.v1+json': 'any' } },
      },
    },
    {
      apiVersion: 'templates.gatekeeper.sh/v1beta1',
      kind: 'ConstraintTemplate',
      metadata: { name: 'ratifyverification' },
      spec: {
        crd: { spec: { names: { kind: 'RatifyVerification' } } },
        targets: [{ target: 'admission.k8s.gatekeeper.sh', rego: RATIFY_TEMPLATE_REGO }],
      },
    },
    {
      apiVersion: 'constraints.gatekeeper.sh/v1beta1',
      kind: 'RatifyVerification',
      metadata: { name: options.name, annotations },
      spec: { enforcementAction: 'deny', match: { kinds: [{ apiGroups: [''], kinds: ['Pod'] }] } },
    },
  ];
  const yaml = errors.length ? '' : docs.map((d) => stringify(d, YAML_OPTIONS)).join('---\n');
  return { controller: 'ratify', yaml, notEnforced, stricter: draft.stricter, adminSteps: draft.adminSteps, errors };
}

/**
 * The exports for the chosen controllers. Throws a ConfigurationError listing
 * every input a controller cannot enforce (and that allow-unenforced does not
 * accept), each naming the input and the controller.
 */
export function buildAdmissionExport(policy: VerificationPolicy, options: AdmissionExportOptions): AdmissionExport {
  const chosen = options.controllers ?? ADMISSION_CONTROLLERS;
  const allow = options.allowUnenforced ?? [];
  const out: AdmissionExport = { exports: [] };
  const errors: string[] = [];
  for (const controller of ADMISSION_CONTROLLERS) {
    if (!chosen.includes(controller)) continue;
    const built =
      controller === 'kyverno'
        ? buildKyvernoPolicy(policy, options)
        : controller === 'policy-controller'
          ? buildPolicyControllerPolicy(policy, options)
          : buildRatifyPolicy(policy, options);
    errors.push(...built.errors);
    const clean: ControllerExport = {
      controller,
      yaml: built.yaml,
      notEnforced: built.notEnforced,
      stricter: built.stricter,
      adminSteps: built.adminSteps,
    };
    out.exports.push(clean);
    if (controller === 'kyverno') out.kyverno = clean;
    else if (controller === 'policy-controller') out.policyController = clean;
    else out.ratify = clean;
  }
  const unused = allow.filter(
    (input) => !out.exports.some((e) => e.notEnforced.some((n) => n.startsWith(`${input}:`))),
  );
  if (errors.length > 0) {
    throw new ConfigurationError(
      `The admission policies cannot be exported as strict as the gate:\n  - ${errors.join('\n  - ')}`,
    );
  }
  if (unused.length > 0) {
    throw new ConfigurationError(
      `Input \`allow-unenforced\` lists ${unused.join(', ')}, which every exported controller enforces (or which is not set); remove it so the opt-in says exactly what the cluster does not check.`,
    );
  }
  return out;
}

/**
 * `ghcr.io/org/app:1.0` or `…@sha256:…` → `ghcr.io/org/app*` (any tag or
 * digest of the repository). A pattern that already has a wildcard (export-only
 * with a repository glob) is kept.
 */
export function imagePatternFor(image: string): string {
  if (/[*?]/.test(image)) return image;
  const withoutDigest = image.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const repository = colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
  return `${repository}*`;
}
