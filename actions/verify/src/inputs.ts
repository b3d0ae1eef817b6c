import * as fs from 'node:fs';
import * as path from 'node:path';
import { getPublicKeyInput } from './public-key-input.js';
import {
  ConfigurationError,
  isWithin,
  getBoolean,
  getEnum,
  getList,
  getPath,
  getSecret,
  getString,
  getUrl,
  validateImageReference,
} from '@scs/action-kit';
import {
  ANY_EVIDENCE,
  POLICY_SEVERITIES,
  SIGNATURE_EVIDENCE,
  anchoredRegExp,
  isCommitSha,
  nestedQuantifier,
  parseDuration,
  RegExpBudgetError,
  Re2SyntaxError,
  foreignOwnerIdentity,
  resolvePredicateType,
  ADMISSION_CONTROLLERS,
  UNENFORCEABLE_INPUTS,
  type AdmissionController,
  type SigstoreInstance,
  type VerificationPolicy,
} from '@scs/verification';
import { parsePlatformSelector, type PlatformSelector } from '@scs/oci';

export const SOURCES = ['referrers', 'github', 'files', 'legacy'] as const;
export type Source = (typeof SOURCES)[number];
export const INSTANCES = ['public-good', 'github', 'custom'] as const;

export interface VerifyInputs {
  image: string;
  requireDigest: boolean;
  /**
   * `platform`: for an image index, the platform manifests that must pass besides the index (all of them, or
   * those of one os/arch[/variant]); a single manifest is verified as it is.
   */
  platform: PlatformSelector;
  /** The files to verify: absolute paths of regular files in the workspace (the `files` patterns expanded). */
  files: string[];
  /** The bundle files of `bundle-paths`: absolute paths in the workspace or RUNNER_TEMP. */
  bundlePaths: string[];
  sources: Source[];
  /** `sources` was `all` (or empty): missing sources are skipped quietly. */
  sourcesAll: boolean;
  instance: SigstoreInstance;
  trustedRoot: string;
  policy: VerificationPolicy;
  /** Warnings about the policy (e.g. an identity pattern that matches any repository). */
  policyWarnings: string[];
  exportPolicy: boolean;
  /** Write the admission policies from the policy inputs only: no evidence, no network (`image` may be a repository glob). */
  exportOnly: boolean;
  /** The controllers to export for. */
  exportControllers: AdmissionController[];
  /** Policy inputs the admin accepts as not enforced by a controller. */
  allowUnenforced: string[];
  policyName: string;
  outputDir: string;
  registryUsername: string;
  registryPassword: string;
  /** owner/repo or an organization; '' means the current repository. */
  attestationsOwner: string;
  summary: boolean;
  githubToken: string;
  workspace: string;
  /** RUNNER_TEMP (resolved), '' when unset: bundle files may be read from there too. */
  runnerTemp: string;
}

const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const ORGANIZATION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const WORKFLOW = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}\/\.github\/workflows\/[A-Za-z0-9_.\-/]{1,200}\.ya?ml$/;
const NUMERIC_ID = /^[1-9]\d{0,19}$/;
const REF_PATTERN = /^(refs\/(heads|tags|pull)\/[A-Za-z0-9_.\-/*?]+|[0-9a-fA-F]{40})$/;
/** export-only `image`: a repository or a glob over repositories (no tag, no digest). */
const IMAGE_PATTERN = /^[a-z0-9*?](?:[a-z0-9.*?-]{0,253})(?::\d{1,5})?(?:\/[a-z0-9._*?-]{1,128}){1,16}$/;
const K8S_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function regexpInput(name: string, value: string): void {
  try {
    anchoredRegExp(value);
  } catch (error) {
    if (error instanceof Re2SyntaxError) {
      throw new ConfigurationError(
        `Input \`${name}\` must be an RE2 regular expression (the syntax Go, Kyverno and the Sigstore policy-controller use, which the exported policies and this gate read alike): ${error.message}.`,
      );
    }
    throw new ConfigurationError(
      `Input \`${name}\` is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  const nested = nestedQuantifier(value);
  if (nested) {
    throw new ConfigurationError(
      `Input \`${name}\` has a nested quantifier (${nested.slice(0, 80)}), which can backtrack for minutes on a crafted identity; drop the inner or the outer quantifier.`,
    );
  }
}

/** An identity of another owner that the pattern admits (foreignOwnerIdentity), or undefined. */
function broadPattern(name: string, pattern: string, serverUrl: string): string | undefined {
  try {
    return foreignOwnerIdentity(anchoredRegExp(pattern), pattern, serverUrl);
  } catch (error) {
    if (error instanceof RegExpBudgetError) {
      throw new ConfigurationError(`Input \`${name}\`: ${error.message}; simplify the pattern.`);
    }
    throw error;
  }
}

/**
 * Why a `signer-ref` entry is refused ('' when it is fine). A branch or a
 * pull-request ref of the signer workflow's repository is whatever was last
 * pushed there (any collaborator's branch, a same-repository PR's merge ref),
 * so it needs an explicit opt-in; a tag pattern whose wildcard follows a digit
 * (`refs/tags/v1*`) also matches `v10`, `v1-rc`… and is refused outright.
 */
export function signerRefProblem(ref: string, allowBranch: boolean): string {
  if (/^refs\/(heads|pull)\//.test(ref) && !allowBranch) {
    return `Input \`signer-ref\` '${ref.slice(0, 80)}' accepts whatever is pushed to a branch or pull request of the signer workflow's repository: pin the release commit SHA (matched on the certificate's Build Signer Digest) or an immutable release tag such as refs/tags/v1.2.0, or set \`allow-branch-signer-ref: true\` to accept it deliberately.`;
  }
  if (/^refs\/tags\//.test(ref) && /\d[*?]/.test(ref)) {
    return `Input \`signer-ref\` '${ref.slice(0, 80)}' also matches longer versions (refs/tags/v1* matches v10 and v1-rc): end the fixed part with a separator, e.g. refs/tags/v1.* , or pin one release tag or commit SHA.`;
  }
  return '';
}

/** Why an `allowed-vuln-dbs` entry is refused ('' when it is fine): an OCI repository or an https URL prefix ending in '/'. */
export function vulnDbEntryProblem(entry: string): string {
  const dotSegment = entry.split('/').some((segment) => segment === '.' || segment === '..');
  if (!dotSegment && /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?\/(?:[A-Za-z0-9._~-]+\/)*$/.test(entry)) return '';
  if (!dotSegment && /^[a-z0-9][a-z0-9.-]*(?::\d{1,5})?(?:\/[a-z0-9._-]+)+(?::[A-Za-z0-9_.-]{1,128})?$/.test(entry))
    return '';
  return `'${entry.slice(0, 120)}' is neither an OCI repository (registry/path, e.g. ghcr.io/aquasecurity/trivy-db) nor an https URL prefix ending in '/' (e.g. https://grype.anchore.io/databases/).`;
}

/** Reads and validates every input of action.yml (and only those); file and bundle patterns are expanded here. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): VerifyInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const target = targetInputs();
  const sources = sourceInputs(target.image, target.bundlePatterns);
  const trust = trustInputs(workspace);
  const policyWarnings: string[] = [];
  const identity = identityInputs(env.GITHUB_SERVER_URL || 'https://github.com', policyWarnings);
  const evidence = evidenceInputs(policyWarnings);
  const policy = buildPolicy(identity, evidence, policyWarnings, workspace);
  const exports = exportInputs(target.exportOnly);
  const runnerTemp = env.RUNNER_TEMP ? path.resolve(env.RUNNER_TEMP) : '';
  const outputTemp = env.RUNNER_TEMP || path.join(workspace, '..', '_temp');
  // Inside the workspace or RUNNER_TEMP by real path: a link in the checkout never takes the results elsewhere.
  const outputDir =
    getPath('output-dir', { base: workspace, alsoWithin: [outputTemp] }) || path.join(outputTemp, 'verify');
  const access = accessInputs();
  const summary = getBoolean('summary');
  const githubToken = getSecret('github-token');
  return {
    image: target.image,
    requireDigest: target.requireDigest,
    platform: target.platform,
    files: expandFiles(target.filePatterns, workspace),
    bundlePaths: expandBundlePaths(target.bundlePatterns, workspace, runnerTemp),
    ...sources,
    ...trust,
    policy,
    policyWarnings,
    exportOnly: target.exportOnly,
    ...exports,
    outputDir,
    ...access,
    summary,
    githubToken,
    workspace,
    runnerTemp,
  };
}

/** What is verified: an image (or, export-only, the repository pattern the policies apply to) or files. */
function targetInputs(): {
  image: string;
  requireDigest: boolean;
  exportOnly: boolean;
  platform: PlatformSelector;
  filePatterns: string[];
  bundlePatterns: string[];
} {
  const image = getString('image', { maxLength: 512 });
  const exportOnly = getBoolean('export-only');
  if (exportOnly) {
    if (image && !IMAGE_PATTERN.test(image)) {
      throw new ConfigurationError(
        `Input \`image\` with \`export-only: true\` is the image repository or a glob the policies apply to (e.g. ghcr.io/org/app or ghcr.io/org/*): lower-case registry/path, '*' and '?' allowed, no tag or digest; got '${image.slice(0, 120)}'.`,
      );
    }
  } else if (image) validateImageReference('image', image);
  const requireDigest = getBoolean('require-digest');
  if (requireDigest && image && !exportOnly && !/@sha256:[a-f0-9]{64}$/.test(image)) {
    throw new ConfigurationError(
      'Input `image` must carry its digest (name@sha256:…) because `require-digest` is true; a tag can move.',
    );
  }
  const filePatterns = getList('files');
  if (exportOnly && filePatterns.length > 0) {
    throw new ConfigurationError(
      'Input `files` cannot be used with `export-only: true`: admission policies are exported for images; set `image` to the repository (or glob) they apply to.',
    );
  }
  if (exportOnly && !image) {
    throw new ConfigurationError(
      'Input `export-only: true` needs `image`: the image repository or glob (e.g. ghcr.io/org/app) the exported policies apply to.',
    );
  }
  if (image && filePatterns.length > 0) {
    throw new ConfigurationError(
      'Inputs `image` and `files` cannot be used together; verify an image or files in one step.',
    );
  }
  const platform = parsePlatformSelector('platform', getString('platform', { maxLength: 100 }) || 'all');
  if (!platform.all && (filePatterns.length > 0 || exportOnly)) {
    throw new ConfigurationError(
      exportOnly
        ? 'Input `platform` selects what this step verifies; with `export-only: true` nothing is verified, and a controller checks whatever digest a pod pulls: leave `platform` at all.'
        : 'Input `platform` applies to `image` (the platform manifests of its index); leave it at all with `files`.',
    );
  }
  const bundlePatterns = getList('bundle-paths');
  return { image, requireDigest, exportOnly, platform, filePatterns, bundlePatterns };
}

function sourceInputs(image: string, bundlePatterns: string[]): Pick<VerifyInputs, 'sources' | 'sourcesAll'> {
  const sourceList = getList('sources').map((s) => s.toLowerCase());
  const sourcesAll = sourceList.length === 0 || sourceList.includes('all');
  if (sourcesAll && sourceList.length > 1) {
    throw new ConfigurationError('Input `sources`: `all` cannot be combined with other sources.');
  }
  const sources: Source[] = sourcesAll
    ? [...SOURCES]
    : sourceList.map((s) => {
        if (!(SOURCES as readonly string[]).includes(s)) {
          throw new ConfigurationError(
            `Input \`sources\` accepts all or any of ${SOURCES.join(', ')}; got '${s.slice(0, 80)}'.`,
          );
        }
        return s as Source;
      });
  if (!sourcesAll && image && !sources.some((s) => s !== 'files') && bundlePatterns.length === 0) {
    throw new ConfigurationError('Input `sources: files` needs `bundle-paths` when verifying an image.');
  }
  return { sources, sourcesAll };
}

function trustInputs(workspace: string): Pick<VerifyInputs, 'instance' | 'trustedRoot'> {
  const instance = getEnum('sigstore-instance', INSTANCES);
  const trustedRoot = getPath('trusted-root', { base: workspace, mustExist: 'file', allowAbsolute: true });
  if (instance === 'custom' && !trustedRoot) {
    throw new ConfigurationError(
      'Input `sigstore-instance: custom` needs `trusted-root`: the trusted root JSON of your Sigstore instance.',
    );
  }
  if (instance !== 'custom' && trustedRoot) {
    throw new ConfigurationError(
      'Input `trusted-root` is used with `sigstore-instance: custom` only; set that too, or drop `trusted-root`.',
    );
  }
  return { instance, trustedRoot };
}

type IdentityPolicy = Pick<
  VerificationPolicy,
  | 'signerRefs'
  | 'certificateIdentity'
  | 'certificateIdentityRegexp'
  | 'certificateOidcIssuer'
  | 'signerWorkflow'
  | 'sourceRepository'
  | 'sourceRepositoryId'
  | 'ownerId'
  | 'sourceRef'
  | 'runnerEnvironment'
>;

/** Who must have signed: the certificate identity (exact or RE2), issuer, signer workflow and refs. */
function identityInputs(serverUrl: string, policyWarnings: string[]): IdentityPolicy {
  const certificateIdentity = getString('certificate-identity', { maxLength: 1024 });
  const certificateIdentityRegexp = getString('certificate-identity-regexp', { maxLength: 1024 });
  if (certificateIdentity && certificateIdentityRegexp) {
    throw new ConfigurationError(
      'Inputs `certificate-identity` and `certificate-identity-regexp` cannot be used together; set exactly one.',
    );
  }
  const allowAnyOwnerRegexp = getBoolean('allow-any-owner-regexp');
  if (certificateIdentityRegexp) {
    regexpInput('certificate-identity-regexp', certificateIdentityRegexp);
    const foreign = broadPattern('certificate-identity-regexp', certificateIdentityRegexp, serverUrl);
    if (foreign) {
      if (!allowAnyOwnerRegexp) {
        throw new ConfigurationError(
          `Input \`certificate-identity-regexp\` ^(?:${certificateIdentityRegexp})$ admits workflows of owners it does not name, e.g. ${foreign} (anyone can create that account or repository): spell the owner out and end it with '/' (https://github\\.com/your-org/…), or use signer-workflow with owner-id / source-repository-id; set \`allow-any-owner-regexp: true\` only if any owner is really acceptable.`,
        );
      }
      policyWarnings.push(
        `allow-any-owner-regexp: certificate-identity-regexp ^(?:${certificateIdentityRegexp})$ admits workflows of any owner (e.g. ${foreign}).`,
      );
    }
  }
  const certificateOidcIssuer = getUrl('certificate-oidc-issuer');
  const { signerWorkflow, signerRefs } = signerInputs(certificateIdentity, policyWarnings);
  const sourceRepository = getString('source-repository', { pattern: REPOSITORY, patternDescription: 'owner/repo' });
  const sourceRepositoryId = getString('source-repository-id', {
    pattern: NUMERIC_ID,
    patternDescription: 'a numeric repository id',
  });
  const ownerId = getString('owner-id', { pattern: NUMERIC_ID, patternDescription: 'a numeric owner id' });
  const allowAnySource = getBoolean('allow-any-source');
  if (signerWorkflow && !sourceRepositoryId && !ownerId) {
    if (!allowAnySource) {
      throw new ConfigurationError(
        `Input \`signer-workflow\` (${signerWorkflow}) without \`owner-id\` or \`source-repository-id\` accepts what that workflow signed for any repository that calls it, an attacker's included: set \`owner-id\` (your organization's numeric id) or \`source-repository-id\` (the repository's numeric id; a name alone can be re-registered), or set \`allow-any-source: true\` if any caller is really acceptable.`,
      );
    }
    policyWarnings.push(
      `allow-any-source: ${signerWorkflow} is accepted whichever repository called it (no owner-id or source-repository-id).`,
    );
  }
  const sourceRef = getString('source-ref', {
    maxLength: 256,
    pattern: REF_PATTERN,
    patternDescription: 'a ref pattern such as refs/heads/main or refs/tags/v*',
  });
  const runnerEnvironment = getString('runner-environment');
  if (runnerEnvironment && runnerEnvironment !== 'github-hosted' && runnerEnvironment !== 'self-hosted') {
    throw new ConfigurationError(
      `Input \`runner-environment\` must be github-hosted (or self-hosted, or empty for any); got '${runnerEnvironment.slice(0, 80)}'.`,
    );
  }
  return {
    signerRefs,
    ...(certificateIdentity ? { certificateIdentity } : {}),
    ...(certificateIdentityRegexp ? { certificateIdentityRegexp } : {}),
    ...(certificateOidcIssuer ? { certificateOidcIssuer } : {}),
    ...(signerWorkflow ? { signerWorkflow } : {}),
    ...(sourceRepository ? { sourceRepository } : {}),
    ...(sourceRepositoryId ? { sourceRepositoryId } : {}),
    ...(ownerId ? { ownerId } : {}),
    ...(sourceRef ? { sourceRef } : {}),
    ...(runnerEnvironment ? { runnerEnvironment } : {}),
  };
}

function signerInputs(
  certificateIdentity: string,
  policyWarnings: string[],
): { signerWorkflow: string; signerRefs: string[] } {
  const signerWorkflow = getString('signer-workflow', {
    maxLength: 512,
    pattern: WORKFLOW,
    patternDescription: 'owner/repo/.github/workflows/file.yml (the ref goes in `signer-ref`)',
  });
  const signerRefs = getList('signer-ref');
  for (const ref of signerRefs) {
    if (!REF_PATTERN.test(ref)) {
      throw new ConfigurationError(
        `Input \`signer-ref\` accepts refs/tags/…, refs/heads/… patterns or a 40-character commit SHA; got '${ref.slice(0, 80)}'.`,
      );
    }
  }
  if (signerRefs.length > 0 && !signerWorkflow) {
    throw new ConfigurationError('Input `signer-ref` needs `signer-workflow`: it restricts the ref of that workflow.');
  }
  const allowBranchSignerRef = getBoolean('allow-branch-signer-ref');
  for (const ref of signerRefs) {
    const problem = signerRefProblem(ref, allowBranchSignerRef);
    if (problem) throw new ConfigurationError(problem);
  }
  // An exact certificate-identity already names the ref (the SAN is the workflow at its ref).
  if (signerWorkflow && signerRefs.length === 0 && !certificateIdentity) {
    policyWarnings.push(
      `signer-ref is empty: ${signerWorkflow} is accepted at any ref, including branches and pull-request merge refs of its repository; pin the release commit SHA (or its immutable release tag).`,
    );
  }
  return { signerWorkflow, signerRefs };
}

type EvidencePolicy = Pick<
  VerificationPolicy,
  'requireAttestations' | 'builderId' | 'signedEvidence' | 'maxSeverity' | 'maxAge' | 'allowedVulnDbs'
>;

/** What evidence must be there, and what counts: attestations, builder, signed evidence, severity, DBs, age. */
function evidenceInputs(policyWarnings: string[]): EvidencePolicy {
  const requireAttestations = getList('require-attestations').map((value) => {
    const resolved = resolvePredicateType(value);
    if (!resolved) {
      throw new ConfigurationError(
        `Input \`require-attestations\` accepts predicate type URIs or slsaprovenance1, cyclonedx, spdxjson, vuln; got '${value.slice(0, 80)}'.`,
      );
    }
    return resolved;
  });
  const builderId = getString('builder-id', { maxLength: 1024 });
  const signedEvidence = signedEvidenceInput(policyWarnings);
  const maxSeverityText = getString('max-severity').toLowerCase();
  if (maxSeverityText && !(POLICY_SEVERITIES as readonly string[]).includes(maxSeverityText)) {
    throw new ConfigurationError(
      `Input \`max-severity\` must be one of ${POLICY_SEVERITIES.join(', ')} (or empty); got '${maxSeverityText.slice(0, 40)}'.`,
    );
  }
  const allowedVulnDbs = getList('allowed-vuln-dbs').map((entry) => {
    const problem = vulnDbEntryProblem(entry);
    if (problem) throw new ConfigurationError(`Input \`allowed-vuln-dbs\`: ${problem}`);
    return entry;
  });
  const maxAgeText = getString('max-age');
  let maxAge: VerificationPolicy['maxAge'];
  if (maxAgeText) {
    const ms = parseDuration(maxAgeText);
    if (ms === undefined)
      throw new ConfigurationError(
        `Input \`max-age\` must be a duration such as 30d, 12h, 45m or 2w; got '${maxAgeText.slice(0, 40)}'.`,
      );
    maxAge = { text: maxAgeText, ms };
  }
  return {
    requireAttestations,
    ...(builderId ? { builderId } : {}),
    signedEvidence,
    ...(maxSeverityText ? { maxSeverity: maxSeverityText as VerificationPolicy['maxSeverity'] } : {}),
    ...(maxAge ? { maxAge } : {}),
    ...(allowedVulnDbs.length > 0 ? { allowedVulnDbs } : {}),
  };
}

function signedEvidenceInput(policyWarnings: string[]): string[] {
  const signedEvidence = getList('signed-evidence').map((value) => {
    const lower = value.toLowerCase();
    if (lower === SIGNATURE_EVIDENCE || lower === ANY_EVIDENCE) return lower;
    const resolved = resolvePredicateType(value);
    if (!resolved) {
      throw new ConfigurationError(
        `Input \`signed-evidence\` accepts signature, any, or predicate types (slsaprovenance1, cyclonedx, spdxjson, vuln or a URI); got '${value.slice(0, 80)}'.`,
      );
    }
    return resolved.uri;
  });
  if (signedEvidence.length === 0) {
    throw new ConfigurationError(
      'Input `signed-evidence` is empty: name what counts as signed (the default is `signature, slsaprovenance1`).',
    );
  }
  if (signedEvidence.includes(ANY_EVIDENCE) && signedEvidence.length > 1) {
    throw new ConfigurationError('Input `signed-evidence`: `any` already admits every kind of evidence; use it alone.');
  }
  if (signedEvidence.includes(ANY_EVIDENCE)) {
    policyWarnings.push(
      'signed-evidence: any — an attestation of any type from an approved identity (a vulnerability scan or an SBOM included) counts as the signature.',
    );
  }
  return signedEvidence;
}

/** The policy in VerificationPolicy's key order, with the warnings about how broad it is. */
function buildPolicy(
  identity: IdentityPolicy,
  evidence: EvidencePolicy,
  policyWarnings: string[],
  workspace: string,
): VerificationPolicy {
  for (const ref of identity.signerRefs) {
    if (isCommitSha(ref) && ref !== ref.toLowerCase())
      policyWarnings.push(`signer-ref ${ref} is compared case-insensitively.`);
  }
  const { signerRefs, ...named } = identity;
  const { requireAttestations, signedEvidence, maxSeverity, maxAge, allowedVulnDbs, builderId } = evidence;
  const policy: VerificationPolicy = {
    signerRefs,
    requireAttestations,
    ...named,
    ...(builderId ? { builderId } : {}),
    signedEvidence,
    ...(maxSeverity ? { maxSeverity } : {}),
    ...(maxAge ? { maxAge } : {}),
    ...(allowedVulnDbs ? { allowedVulnDbs } : {}),
  };
  // A policy is keyless or keyed: the identity inputs are refused beside `public-key`, naming them.
  const publicKey = getPublicKeyInput(workspace, {
    'certificate-identity': policy.certificateIdentity,
    'certificate-identity-regexp': policy.certificateIdentityRegexp,
    'signer-workflow': policy.signerWorkflow,
    'signer-ref': signerRefs.length > 0,
    'source-repository': policy.sourceRepository,
    'source-repository-id': policy.sourceRepositoryId,
    'owner-id': policy.ownerId,
    'source-ref': policy.sourceRef,
    'runner-environment': policy.runnerEnvironment,
    'builder-id': builderId,
  });
  if (publicKey) policy.publicKey = publicKey;
  else if (
    !policy.certificateIdentity &&
    !policy.certificateIdentityRegexp &&
    !policy.signerWorkflow &&
    !policy.sourceRepository &&
    !policy.sourceRepositoryId &&
    !policy.ownerId
  ) {
    policyWarnings.push(
      'No identity is required (certificate-identity, certificate-identity-regexp, signer-workflow, source-repository, source-repository-id or owner-id): any valid signature from the issuer passes.',
    );
  }
  return policy;
}

function exportInputs(
  exportOnly: boolean,
): Pick<VerifyInputs, 'exportPolicy' | 'exportControllers' | 'allowUnenforced' | 'policyName'> {
  const exportPolicy = getBoolean('export-policy') || exportOnly;
  const exportControllers = getList('export-controllers').map((value) => {
    const name = value.toLowerCase();
    if (!(ADMISSION_CONTROLLERS as readonly string[]).includes(name)) {
      throw new ConfigurationError(
        `Input \`export-controllers\` accepts ${ADMISSION_CONTROLLERS.join(', ')}; got '${value.slice(0, 80)}'.`,
      );
    }
    return name as AdmissionController;
  });
  if (exportPolicy && exportControllers.length === 0) {
    throw new ConfigurationError(
      `Input \`export-controllers\` is empty; name one or more of ${ADMISSION_CONTROLLERS.join(', ')}, or set \`export-policy: false\`.`,
    );
  }
  const allowUnenforced = getList('allow-unenforced').map((value) => {
    const name = value.toLowerCase();
    if (!(UNENFORCEABLE_INPUTS as readonly string[]).includes(name)) {
      throw new ConfigurationError(
        `Input \`allow-unenforced\` names policy inputs a controller may leave unchecked: ${UNENFORCEABLE_INPUTS.join(', ')}; got '${value.slice(0, 80)}'.`,
      );
    }
    return name;
  });
  const policyName = getString('policy-name', {
    required: true,
    pattern: K8S_NAME,
    patternDescription: 'a Kubernetes resource name (lower-case letters, digits and dashes, at most 63)',
  });
  return {
    exportPolicy,
    exportControllers: [...new Set(exportControllers)],
    allowUnenforced: [...new Set(allowUnenforced)],
    policyName,
  };
}

function accessInputs(): Pick<VerifyInputs, 'registryUsername' | 'registryPassword' | 'attestationsOwner'> {
  const registryUsername = getString('registry-username', { maxLength: 256 });
  const registryPassword = getSecret('registry-password');
  if (Boolean(registryUsername) !== Boolean(registryPassword)) {
    throw new ConfigurationError(
      'Inputs `registry-username` and `registry-password` go together: set both or neither.',
    );
  }
  const attestationsOwner = getString('attestations-owner', { maxLength: 201 });
  if (attestationsOwner && !REPOSITORY.test(attestationsOwner) && !ORGANIZATION.test(attestationsOwner)) {
    throw new ConfigurationError(
      `Input \`attestations-owner\` must be owner/repo or an organization name; got '${attestationsOwner.slice(0, 80)}'.`,
    );
  }
  return { registryUsername, registryPassword, attestationsOwner };
}

/** Upper bound on one verified file (message signatures are checked over its bytes). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;
const MAX_FILES = 1000;

/** `files`: each pattern matches a regular file in the workspace (by real path); at most 1000, each under 2 GiB. */
export function expandFiles(patterns: string[], workspace: string): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const matches = /[*?[{]/.test(pattern) ? fs.globSync(pattern, { cwd: workspace }) : [pattern];
    let any = false;
    for (const match of matches) {
      const resolved = path.resolve(workspace, match);
      if (!isWithin(workspace, resolved))
        throw new ConfigurationError(`Input \`files\`: '${pattern.slice(0, 200)}' resolves outside the workspace.`);
      if (fs.existsSync(resolved) && !isWithin(fs.realpathSync(workspace), fs.realpathSync(resolved))) {
        throw new ConfigurationError(
          `Input \`files\`: '${match.slice(0, 200)}' is a link to a file outside the workspace.`,
        );
      }
      if (resolved.endsWith('.sigstore.json')) continue;
      let stat: fs.Stats;
      try {
        stat = fs.statSync(resolved);
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      if (stat.size > MAX_FILE_BYTES)
        throw new ConfigurationError(
          `Input \`files\`: ${resolved} is ${stat.size} bytes; at most 2 GiB can be verified.`,
        );
      out.add(resolved);
      any = true;
    }
    if (!any)
      throw new ConfigurationError(`Input \`files\`: '${pattern.slice(0, 200)}' matches no file in the workspace.`);
  }
  if (out.size > MAX_FILES)
    throw new ConfigurationError(
      `Input \`files\` matches ${out.size} files; at most ${MAX_FILES} are verified in one step.`,
    );
  return [...out].sort();
}

/** `bundle-paths`: read from the workspace or RUNNER_TEMP (where sign-keyless and provenance write them), nowhere else. */
export function expandBundlePaths(patterns: string[], workspace: string, runnerTemp: string): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const matches = /[*?[{]/.test(pattern) ? fs.globSync(pattern, { cwd: workspace }) : [pattern];
    if (matches.length === 0)
      throw new ConfigurationError(`Input \`bundle-paths\`: '${pattern.slice(0, 200)}' matches no file.`);
    for (const match of matches) {
      const resolved = path.resolve(workspace, match);
      if (!isWithin(workspace, resolved) && !(runnerTemp && isWithin(runnerTemp, resolved))) {
        throw new ConfigurationError(
          `Input \`bundle-paths\`: '${match.slice(0, 200)}' is outside the workspace (${workspace})${runnerTemp ? ` and RUNNER_TEMP (${runnerTemp})` : ''}; bundles are read from there only.`,
        );
      }
      if (!fs.existsSync(resolved))
        throw new ConfigurationError(`Input \`bundle-paths\`: '${match.slice(0, 200)}' does not exist.`);
      const real = fs.realpathSync(resolved);
      if (
        !isWithin(fs.realpathSync(workspace), real) &&
        !(runnerTemp && fs.existsSync(runnerTemp) && isWithin(fs.realpathSync(runnerTemp), real))
      ) {
        throw new ConfigurationError(
          `Input \`bundle-paths\`: '${match.slice(0, 200)}' is a link to a file outside the workspace and RUNNER_TEMP.`,
        );
      }
      out.add(resolved);
    }
  }
  return [...out].sort();
}
