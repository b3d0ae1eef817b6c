import { stringify } from 'yaml';
import type { VerificationPolicy } from '../policy.js';
import { PREDICATE_SHORT_NAMES, SLSA_PROVENANCE_V1, COSIGN_VULN_V1 } from '../predicate-types.js';
import { isCommitSha } from '../patterns.js';

/**
 * The gate's policy as admission-controller resources, so that a cluster
 * admits what the gate admits: a Kyverno `ClusterPolicy` (kyverno.io/v1,
 * `verifyImages` with keyless attestors, type SigstoreBundle: the bundles
 * this suite and cosign v3 attach as OCI referrers) and a Sigstore
 * policy-controller `ClusterImagePolicy` (policy.sigstore.dev/v1beta1).
 *
 * Both verify the certificate identity through the SAN (for GitHub Actions
 * certificates the SAN is the signer workflow at its ref) and the issuer.
 * Constraints an admission controller cannot express (numeric repository and
 * owner ids, runner environment, max-age; policy-controller also cannot see
 * the source repository) are listed in the `supply-chain-verify/not-enforced`
 * annotation, never silently dropped. The YAML is deterministic.
 */

export interface AdmissionExportOptions {
  name: string;
  /** Image reference patterns (Kyverno imageReferences, policy-controller glob), e.g. ghcr.io/org/app*. */
  imagePatterns: string[];
  /** Transparency log URL of the instance (omitted for the public-good default). */
  rekorUrl?: string;
  /** The instance has no transparency log (GitHub's private instance): skip tlog checks. */
  ignoreTlog?: boolean;
  /** The instance issues certificates without SCTs. */
  ignoreSct?: boolean;
  /** GitHub server for signer-workflow URIs (default https://github.com). */
  serverUrl?: string;
}

export interface AdmissionExport {
  kyverno: string;
  policyController: string;
  /** Policy inputs the exports cannot enforce, per controller. */
  notEnforced: { kyverno: string[]; policyController: string[] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A ref glob (refs/tags/*) as RE2 (Go regexp, what Kyverno and policy-controller use). */
function refGlobToRe2(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      out += '.*';
      i += 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += escapeRegExp(c);
  }
  return out;
}

interface SubjectMatch {
  subject?: string;
  subjectRegExp?: string;
  /** Identity constraints left out because only one SAN matcher fits. */
  dropped: string[];
}

export function subjectMatch(policy: VerificationPolicy, serverUrl = 'https://github.com'): SubjectMatch {
  const dropped: string[] = [];
  if (policy.certificateIdentity) {
    if (policy.certificateIdentityRegexp) dropped.push('certificate-identity-regexp (certificate-identity is exported)');
    if (policy.signerWorkflow) dropped.push('signer-workflow (certificate-identity is exported)');
    return { subject: policy.certificateIdentity, dropped };
  }
  if (policy.signerWorkflow) {
    if (policy.certificateIdentityRegexp) dropped.push('certificate-identity-regexp (signer-workflow is exported)');
    const workflow = policy.signerWorkflow.replace(/^https:\/\/[^/]+\//, '');
    const refs = policy.signerRefs.length === 0 ? ['.+'] : policy.signerRefs.map((r) => (isCommitSha(r) ? escapeRegExp(r.toLowerCase()) : refGlobToRe2(r)));
    const refPart = refs.length === 1 ? refs[0]! : `(?:${refs.join('|')})`;
    return { subjectRegExp: `^${escapeRegExp(`${serverUrl.replace(/\/+$/, '')}/${workflow}`)}@${refPart}$`, dropped };
  }
  if (policy.certificateIdentityRegexp) return { subjectRegExp: `^(?:${policy.certificateIdentityRegexp})$`, dropped };
  return { subjectRegExp: '.+', dropped };
}

const SEVERITY_ORDER = ['low', 'medium', 'high', 'critical'] as const;

/** JMESPath conditions (over the predicate) that Kyverno evaluates per attestation. */
function kyvernoConditions(uri: string, policy: VerificationPolicy): unknown[] | undefined {
  if (uri === SLSA_PROVENANCE_V1 && policy.builderId) {
    return [{ all: [{ key: '{{ runDetails.builder.id }}', operator: 'Equals', value: policy.builderId }] }];
  }
  if (uri === COSIGN_VULN_V1 && policy.maxSeverity) {
    const blocked = SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(policy.maxSeverity));
    const trivy = blocked.map((s) => `Severity=='${s.toUpperCase()}'`).join(' || ');
    const grype = blocked.map((s) => `vulnerability.severity=='${s[0]!.toUpperCase()}${s.slice(1)}'`).join(' || ');
    return [
      {
        all: [
          {
            key: `{{ length(scanner.result.Results[].Vulnerabilities[] | [?${trivy}] || \`[]\`) }}`,
            operator: 'Equals',
            value: 0,
            message: `Trivy findings at or above ${policy.maxSeverity}`,
          },
          {
            key: `{{ length(scanner.result.matches[?${grype}] || \`[]\`) }}`,
            operator: 'Equals',
            value: 0,
            message: `Grype findings at or above ${policy.maxSeverity}`,
          },
        ],
      },
    ];
  }
  return undefined;
}

function requiredTypes(policy: VerificationPolicy): string[] {
  const uris = policy.requireAttestations.map((r) => r.uri);
  if (policy.builderId) uris.push(SLSA_PROVENANCE_V1);
  if (policy.maxSeverity) uris.push(COSIGN_VULN_V1);
  return [...new Set(uris)];
}

function commonNotEnforced(policy: VerificationPolicy): string[] {
  const out: string[] = [];
  if (policy.sourceRepositoryId) out.push('source-repository-id');
  if (policy.ownerId) out.push('owner-id');
  if (policy.runnerEnvironment) out.push('runner-environment');
  if (policy.maxAge) out.push('max-age');
  if (policy.allowedVulnDbs?.length) out.push('allowed-vuln-dbs');
  return out;
}

const YAML_OPTIONS = { lineWidth: 0, sortMapEntries: false, aliasDuplicateObjects: false } as const;

export function buildKyvernoPolicy(policy: VerificationPolicy, options: AdmissionExportOptions): { yaml: string; notEnforced: string[] } {
  const match = subjectMatch(policy, options.serverUrl);
  const notEnforced = [...commonNotEnforced(policy), ...match.dropped];
  const keyless: Record<string, unknown> = {};
  if (match.subject) keyless.subject = match.subject;
  if (match.subjectRegExp) keyless.subjectRegExp = match.subjectRegExp;
  if (policy.certificateOidcIssuer) keyless.issuer = policy.certificateOidcIssuer;
  const extensions: Record<string, string> = {};
  // Kyverno checks cosign's GitHub extensions (1.3.6.1.4.1.57264.1.5 / .6), which Fulcio still sets.
  if (policy.sourceRepository) extensions.githubWorkflowRepository = policy.sourceRepository;
  if (policy.sourceRef) {
    if (/[*?]/.test(policy.sourceRef)) notEnforced.push('source-ref (a pattern; Kyverno matches extensions exactly)');
    else extensions.githubWorkflowRef = policy.sourceRef;
  }
  if (Object.keys(extensions).length > 0) keyless.additionalExtensions = extensions;
  const rekor: Record<string, unknown> = {};
  if (options.rekorUrl) rekor.url = options.rekorUrl;
  if (options.ignoreTlog) rekor.ignoreTlog = true;
  keyless.rekor = rekor;
  if (options.ignoreSct) keyless.ctlog = { ignoreSCT: true };
  const attestors = [{ entries: [{ keyless }] }];

  const attestations = requiredTypes(policy).map((uri) => {
    const entry: Record<string, unknown> = { type: uri, attestors };
    const conditions = kyvernoConditions(uri, policy);
    if (conditions) entry.conditions = conditions;
    return entry;
  });
  if (policy.maxSeverity) {
    notEnforced.push('max-severity applies to every vuln attestation in Kyverno, not only the newest');
  }

  const verifyImage: Record<string, unknown> = {
    imageReferences: options.imagePatterns,
    type: 'SigstoreBundle',
    failureAction: 'Enforce',
    mutateDigest: true,
    verifyDigest: true,
    required: true,
    attestors,
  };
  if (attestations.length > 0) verifyImage.attestations = attestations;

  const annotations: Record<string, string> = {
    'policies.kyverno.io/title': 'Supply-chain verify',
    'policies.kyverno.io/description': 'Generated by the supply-chain verify action: admits images signed by the approved identity with the required attestations.',
  };
  if (notEnforced.length > 0) annotations['supply-chain-verify/not-enforced'] = notEnforced.join('; ');
  const doc = {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: options.name, annotations },
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
  return { yaml: stringify(doc, YAML_OPTIONS), notEnforced };
}

/** policy-controller's names for predicate types it knows (cosign's `--type`). */
function policyControllerPredicate(uri: string): string {
  for (const [name, value] of Object.entries(PREDICATE_SHORT_NAMES)) if (value === uri) return name;
  return uri;
}

function cueString(value: string): string {
  return JSON.stringify(value);
}

export function buildPolicyControllerPolicy(policy: VerificationPolicy, options: AdmissionExportOptions): { yaml: string; notEnforced: string[] } {
  const match = subjectMatch(policy, options.serverUrl);
  const notEnforced = [...commonNotEnforced(policy), ...match.dropped];
  if (policy.sourceRepository) notEnforced.push('source-repository');
  if (policy.sourceRef) notEnforced.push('source-ref');
  if (policy.maxSeverity) notEnforced.push('max-severity');
  const identity: Record<string, string> = {};
  if (policy.certificateOidcIssuer) identity.issuer = policy.certificateOidcIssuer;
  else identity.issuerRegExp = '.+';
  if (match.subject) identity.subject = match.subject;
  if (match.subjectRegExp) identity.subjectRegExp = match.subjectRegExp;
  const keyless: Record<string, unknown> = { identities: [identity] };
  if (options.ignoreSct) keyless.insecureIgnoreSCT = true;
  const authority: Record<string, unknown> = { name: 'supply-chain-verify', keyless };
  if (options.rekorUrl) authority.ctlog = { url: options.rekorUrl };
  const attestations = requiredTypes(policy).map((uri) => {
    const name = policyControllerPredicate(uri);
    const entry: Record<string, unknown> = { name: `must-have-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}`, predicateType: name };
    if (uri === SLSA_PROVENANCE_V1 && policy.builderId) {
      entry.policy = { type: 'cue', data: `predicateType: ${cueString(SLSA_PROVENANCE_V1)}\npredicate: runDetails: builder: id: ${cueString(policy.builderId)}\n` };
    }
    return entry;
  });
  if (attestations.length > 0) authority.attestations = attestations;
  const annotations: Record<string, string> = {};
  if (notEnforced.length > 0) annotations['supply-chain-verify/not-enforced'] = notEnforced.join('; ');
  const metadata: Record<string, unknown> = { name: options.name };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  const doc = {
    apiVersion: 'policy.sigstore.dev/v1beta1',
    kind: 'ClusterImagePolicy',
    metadata,
    spec: {
      images: options.imagePatterns.map((glob) => ({ glob })),
      authorities: [authority],
      mode: 'enforce',
    },
  };
  return { yaml: stringify(doc, YAML_OPTIONS), notEnforced };
}

export function buildAdmissionExport(policy: VerificationPolicy, options: AdmissionExportOptions): AdmissionExport {
  const kyverno = buildKyvernoPolicy(policy, options);
  const policyController = buildPolicyControllerPolicy(policy, options);
  return {
    kyverno: kyverno.yaml,
    policyController: policyController.yaml,
    notEnforced: { kyverno: kyverno.notEnforced, policyController: policyController.notEnforced },
  };
}

/** `ghcr.io/org/app:1.0` or `…@sha256:…` → `ghcr.io/org/app*` (any tag or digest of the repository). */
export function imagePatternFor(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const repository = colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
  return `${repository}*`;
}
