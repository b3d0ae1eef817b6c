import * as path from 'node:path';
import {
  ConfigurationError,
  getBoolean,
  getEnum,
  getList,
  getPath,
  getSecret,
  getString,
  getToolInputs,
  getUrl,
  rawInput,
  validateImageReference,
  type ToolInputs,
} from '@scs/action-kit';
import {
  MAX_PREDICATE_BYTES,
  formatBytes,
  parseExternalInputs,
  validatePredicateType,
  type ExternalInputs,
} from '@scs/attestation';
import { parsePlatformSelector, type PlatformSelector } from '@scs/oci';
import {
  getKeylessServiceInputs,
  getOutputDirInput,
  requireSecureServiceUrl,
  type KeylessServiceInputs,
} from '@scs/signing';

export const PREDICATES = ['slsa', 'sbom', 'vuln', 'custom'] as const;
export type PredicateKind = (typeof PREDICATES)[number];
export const ENGINES = ['cosign', 'sigstore'] as const;
export type EngineName = (typeof ENGINES)[number];
/**
 * github-attestation: auto (store with GitHub's attestation API when the
 * bundle is one GitHub accepts; a missing permission is a notice), true (store
 * or fail) or false (never).
 */
export const GITHUB_ATTESTATION_MODES = ['auto', 'true', 'false'] as const;
export type GitHubAttestationMode = (typeof GITHUB_ATTESTATION_MODES)[number];

export interface SubjectInputs {
  /** subject-image as given (validated), '' when unset. */
  image: string;
  /** `platform`: also attest the platform manifests of subject-image's index (all, or one os/arch); unset: the index only. */
  platform?: PlatformSelector;
  /** subject-path patterns ('' entries dropped; a leading ! excludes). */
  paths: string[];
  /** Resolved path of the checksums file, '' when unset. */
  checksums: string;
  /** subject-digest + subject-name, '' when unset. */
  digest: string;
  name: string;
}

export type PredicateInputs =
  | { kind: 'slsa'; externalInputs?: ExternalInputs }
  | { kind: 'sbom'; sbomPath: string }
  | { kind: 'vuln'; scanReport: string }
  | { kind: 'custom'; predicateType: string; predicatePath: string }
  /** predicate given inline as JSON (actions/attest's `predicate`), parsed and validated here. */
  | { kind: 'custom'; predicateType: string; predicatePath: ''; inline: Record<string, unknown> };

/** sigstore-instance, public-log and the custom instance's services. */
export type SigstoreInputs = KeylessServiceInputs;

export interface ProvenanceInputs {
  subjects: SubjectInputs;
  predicate: PredicateInputs;
  engine: EngineName;
  cosign: ToolInputs & { mirror: string };
  sigstore: SigstoreInputs;
  /** oidc-issuer, '' for GitHub's issuer of this server. */
  oidcIssuer: string;
  pushToRegistry: boolean;
  registryUsername: string;
  registryPassword: string;
  githubAttestation: GitHubAttestationMode;
  /** Create an artifact metadata storage record for a pushed subject-image (organizations; with a GitHub-stored attestation). */
  createStorageRecord: boolean;
  /** One statement (and bundle) per subject instead of one for all. */
  perSubject: boolean;
  outputDir: string;
  summary: boolean;
  githubToken: string;
  workspace: string;
}

function onlyWith(name: string, value: string, kind: PredicateKind, chosen: PredicateKind): void {
  if (value && chosen !== kind) {
    throw new ConfigurationError(
      `Input \`${name}\` is used only with \`predicate: ${kind}\`; this step has \`predicate: ${chosen}\`.`,
    );
  }
}

function required(name: string, value: string, why: string): string {
  if (!value) throw new ConfigurationError(`Input \`${name}\` is required ${why}.`);
  return value;
}

/** Reads and validates every input of action.yml (and only those). */
export function getInputs(env: NodeJS.ProcessEnv = process.env): ProvenanceInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const runnerTemp = path.resolve(env.RUNNER_TEMP || path.join(workspace, '..', '_temp'));
  const fileOptions = { base: workspace, mustExist: 'file' as const, allowAbsolute: true };
  const subjects = subjectInputs(fileOptions);
  const predicate = predicateInputs(fileOptions);
  const engine = getEnum('engine', ENGINES);
  const cosign = { ...getToolInputs('cosign'), mirror: getUrl('tools-mirror') };
  const sigstore = sigstoreInputs(engine, workspace);
  const oidcIssuer = requireSecureServiceUrl('oidc-issuer', getUrl('oidc-issuer'));
  const registry = registryInputs();
  const githubAttestation = getEnum('github-attestation', GITHUB_ATTESTATION_MODES);
  const createStorageRecord = getBoolean('create-storage-record');
  const perSubject = getBoolean('attestation-per-subject');
  const outputDir = getOutputDirInput(workspace, runnerTemp, 'provenance');
  const summary = getBoolean('summary');
  const githubToken = githubTokenInput(githubAttestation);
  return {
    subjects,
    predicate,
    engine,
    cosign,
    sigstore,
    oidcIssuer,
    ...registry,
    githubAttestation,
    createStorageRecord,
    perSubject,
    githubToken,
    outputDir,
    summary,
    workspace,
  };
}

type FileOptions = { base: string; mustExist: 'file'; allowAbsolute: boolean };

/** Subjects: any combination; merged (duplicates listed once) and capped at 1024 later. */
function subjectInputs(fileOptions: FileOptions): SubjectInputs {
  const image = getString('subject-image', { maxLength: 512 });
  if (image) validateImageReference('subject-image', image);
  const platformText = getString('platform', { maxLength: 100 });
  if (platformText && !image) {
    throw new ConfigurationError(
      'Input `platform` applies to `subject-image` (the platform manifests of its index), which is not set.',
    );
  }
  const paths = getList('subject-path');
  for (const pattern of paths) {
    if (pattern.length > 1024)
      throw new ConfigurationError(
        `Input \`subject-path\`: a pattern is ${pattern.length} characters long; at most 1024 are accepted.`,
      );
  }
  const checksums = getPath('subject-checksums', fileOptions);
  const digest = getString('subject-digest', { maxLength: 80 });
  const name = getString('subject-name', { maxLength: 4096 });
  if (digest && !name)
    throw new ConfigurationError(
      'Input `subject-name` is required with `subject-digest`: it names the artifact the digest is of.',
    );
  if (name && !digest)
    throw new ConfigurationError('Input `subject-digest` is required with `subject-name` (sha256:<64 hex>).');
  if (digest && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw new ConfigurationError(
      `Input \`subject-digest\` must be sha256: followed by 64 lower-case hex characters; got '${digest.slice(0, 80)}'.`,
    );
  }
  // "Nothing to attest" is main's to say: the contract test reads action.yml's defaults, which name no subject.
  return {
    image,
    ...(platformText ? { platform: parsePlatformSelector('platform', platformText) } : {}),
    paths,
    checksums,
    digest,
    name,
  };
}

/**
 * `predicate` is a kind (slsa, sbom, vuln, custom) or, as in actions/attest, the predicate itself as a
 * JSON object (then a custom predicate: predicate-type required, predicate-path excluded).
 */
function predicateInputs(fileOptions: FileOptions): PredicateInputs {
  const inline = inlinePredicate();
  const kind = inline ? 'custom' : getEnum('predicate', PREDICATES);
  const sbomPath = getPath('sbom-path', fileOptions);
  const scanReport = getPath('scan-report', fileOptions);
  const predicateType = getString('predicate-type', { maxLength: 2048 });
  const predicatePath = getPath('predicate-path', fileOptions);
  const externalParameters = getString('external-parameters', { maxLength: 65_536 });
  onlyWith('external-parameters', externalParameters, 'slsa', kind);
  onlyWith('sbom-path', sbomPath, 'sbom', kind);
  onlyWith('scan-report', scanReport, 'vuln', kind);
  onlyWith('predicate-type', predicateType, 'custom', kind);
  onlyWith('predicate-path', predicatePath, 'custom', kind);
  switch (kind) {
    case 'slsa':
      return externalParameters
        ? { kind, externalInputs: parseExternalInputs(externalParameters, 'Input `external-parameters`') }
        : { kind };
    case 'sbom':
      return {
        kind,
        sbomPath: required('sbom-path', sbomPath, 'with `predicate: sbom` (a CycloneDX or SPDX JSON file)'),
      };
    case 'vuln':
      return {
        kind,
        scanReport: required(
          'scan-report',
          scanReport,
          "with `predicate: vuln` (the scan action's JSON report or cosign-vuln predicate)",
        ),
      };
    case 'custom':
      if (!inline) {
        return {
          kind,
          predicateType: validatePredicateType(
            required('predicate-type', predicateType, 'with `predicate: custom`'),
            'Input `predicate-type`',
          ),
          predicatePath: required('predicate-path', predicatePath, 'with `predicate: custom` (a JSON object)'),
        };
      }
      if (predicatePath) {
        throw new ConfigurationError(
          'Inputs `predicate` (inline JSON) and `predicate-path` cannot be used together: give the predicate in one of them.',
        );
      }
      return {
        kind,
        predicateType: validatePredicateType(
          required('predicate-type', predicateType, 'with an inline JSON `predicate`'),
          'Input `predicate-type`',
        ),
        predicatePath: '',
        inline,
      };
  }
}

function sigstoreInputs(engine: EngineName, workspace: string): SigstoreInputs {
  const inputs = getKeylessServiceInputs(workspace);
  const { instance, publicLog, fulcioUrl, rekorUrl, tsaUrl, trustedRoot } = inputs;
  if (instance === 'custom') {
    required('fulcio-url', fulcioUrl, 'with `sigstore-instance: custom`');
    required(
      'trusted-root',
      trustedRoot,
      'with `sigstore-instance: custom` (the trusted_root.json of that instance, to check what it returns)',
    );
    if (!rekorUrl && !tsaUrl) {
      throw new ConfigurationError(
        'With `sigstore-instance: custom`, set `rekor-url` (a transparency log) or `tsa-url` (a timestamp authority), or both: a signature needs a trusted time.',
      );
    }
  } else {
    for (const [input, value] of [
      ['fulcio-url', fulcioUrl],
      ['rekor-url', rekorUrl],
      ['tsa-url', tsaUrl],
      ['trusted-root', trustedRoot],
    ] as const) {
      if (value)
        throw new ConfigurationError(
          `Input \`${input}\` is used only with \`sigstore-instance: custom\`; this step has \`sigstore-instance: ${instance}\`.`,
        );
    }
  }
  if (instance === 'github' && engine === 'cosign') {
    // Said here, before the cosign download: the cosign engine cannot use GitHub's trusted root.
    throw new ConfigurationError(
      "`sigstore-instance: github` needs `engine: sigstore`: GitHub's Sigstore instance is trusted through GitHub's own trusted root, which the cosign engine does not fetch; the sigstore engine signs there directly, as actions/attest does.",
    );
  }
  if (publicLog && instance === 'github') {
    throw new ConfigurationError(
      'Input `public-log: true` acknowledges signing on the public-good instance; it makes no sense with `sigstore-instance: github`, which has no public log.',
    );
  }
  return inputs;
}

function registryInputs(): Pick<ProvenanceInputs, 'pushToRegistry' | 'registryUsername' | 'registryPassword'> {
  const pushToRegistry = getBoolean('push-to-registry');
  const registryUsername = getString('registry-username', { maxLength: 256 });
  const registryPassword = getSecret('registry-password');
  if (registryUsername && !registryPassword)
    throw new ConfigurationError('Input `registry-password` is required with `registry-username`.');
  if (registryPassword && !registryUsername)
    throw new ConfigurationError('Input `registry-username` is required with `registry-password`.');
  return { pushToRegistry, registryUsername, registryPassword };
}

function githubTokenInput(githubAttestation: GitHubAttestationMode): string {
  const githubToken = getSecret('github-token');
  if (githubAttestation === 'true' && !githubToken) {
    throw new ConfigurationError(
      'Input `github-token` is required with `github-attestation: true` (the default `github.token` works with `permissions: attestations: write`).',
    );
  }
  return githubToken;
}

/**
 * The `predicate` input when it holds a JSON object (it starts with `{`; a
 * kind name never does): at most 16 MiB, UTF-8 JSON, an object. An error
 * names the input and where the JSON broke, never quoting it.
 */
function inlinePredicate(): Record<string, unknown> | undefined {
  const raw = rawInput('predicate');
  if (!raw.startsWith('{')) return undefined;
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > MAX_PREDICATE_BYTES) {
    throw new ConfigurationError(
      `Input \`predicate\` is ${bytes} bytes of JSON; a predicate may be at most ${formatBytes(MAX_PREDICATE_BYTES)}, GitHub's limit (use \`predicate-path\` for a file).`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const where = /position \d+/.exec(error instanceof Error ? error.message : '')?.[0];
    throw new ConfigurationError(
      `Input \`predicate\` starts like a JSON object but is not valid JSON${where ? ` (at ${where})` : ''}: give a JSON object, or one of ${PREDICATES.join(', ')}.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError('Input `predicate` must be a JSON object (or one of slsa, sbom, vuln, custom).');
  }
  return value as Record<string, unknown>;
}
