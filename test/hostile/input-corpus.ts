/**
 * Hostile inputs as data: every input an action.yml declares gets a kind,
 * every kind a set of payloads (the universal ones plus its own), and every
 * (input, payload) pair is one case. An input missing from INPUT_KINDS fails
 * the corpus, so a new input cannot go untested.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { CANARY } from './support/hostile-kit.js';

export type InputKind =
  | 'enum'
  | 'boolean'
  | 'enum-list'
  | 'image'
  | 'workspace-path'
  | 'workspace-path-list'
  /** Glob patterns relative to the scanned folder (skip-dirs, skip-files): no option, absolute path or `..`. */
  | 'skip-pattern-list'
  | 'output-path'
  | 'existing-path-abs-ok'
  /** scan's `baseline`: an existing report file, or the keyword `auto` (lower case, alone). */
  | 'baseline'
  | 'version'
  | 'sha256'
  | 'tool-path'
  | 'url'
  | 'oci-repos'
  | 'number'
  | 'label'
  | 'secret'
  | 'matrix'
  /** `platform`: os/arch[/variant] in lower case, or all (packages/oci platform.ts). */
  | 'platform'
  // Kinds of the signing actions (sign-keyless, provenance, verify):
  | 'glob-list'
  | 'sigstore-url'
  | 'pattern'
  | 'digest'
  | 'duration'
  | 'predicate-list'
  | 'regex'
  | 'policy-text'
  | 'free-text'
  /** `all` or os/arch[/variant] (the platform manifests of an image index). */
  | 'platform'
  // Kinds of keyed signing (sign, verify's public-key):
  /** A PEM private key from a secret (multi-line); masked; exactly one private-key block. */
  | 'pem-secret'
  /** A KMS key URI: awskms://, gcpkms://, azurekms://, hashivault:// in the forms cosign documents. */
  | 'kms-uri'
  /** A PEM public key or a workspace file holding one. */
  | 'public-key';

export type CorpusAction = 'scan' | 'sbom' | 'setup' | 'sign-keyless' | 'sign' | 'provenance' | 'verify';

/**
 * Strict kinds have a grammar no hostile payload fits: every payload must be
 * refused with an error naming the input. The others (free text, paths that
 * may be created, secrets) may also accept a value, as long as nothing is injected.
 */
export const STRICT_KINDS = new Set<InputKind>([
  'enum',
  'boolean',
  'enum-list',
  'image',
  'workspace-path',
  'workspace-path-list',
  'skip-pattern-list',
  'existing-path-abs-ok',
  'baseline',
  'version',
  'sha256',
  'tool-path',
  'url',
  'oci-repos',
  'number',
  'platform',
  'sigstore-url',
  'pattern',
  'digest',
  'duration',
  'predicate-list',
  'platform',
  'kms-uri',
  'public-key',
]);

/**
 * Policy inputs of verify: a hostile value may be accepted, but then the
 * policy must fail (verified=false), never pass silently.
 */
export const POLICY_KINDS = new Set<InputKind>(['regex', 'policy-text']);

export const INPUT_KINDS: Record<CorpusAction, Record<string, InputKind>> = {
  scan: {
    image: 'image',
    path: 'workspace-path',
    'image-archive': 'existing-path-abs-ok',
    'image-source': 'enum',
    platform: 'platform',
    sbom: 'workspace-path',
    scanner: 'enum',
    scanners: 'enum-list',
    'fail-on': 'enum',
    'only-fixed': 'boolean',
    'ignore-file': 'workspace-path-list',
    'trivy-config': 'workspace-path',
    'trivy-secret-config': 'workspace-path',
    'grype-config': 'workspace-path',
    'skip-dirs': 'skip-pattern-list',
    'skip-files': 'skip-pattern-list',
    vex: 'workspace-path-list',
    severities: 'enum-list',
    'trivy-version': 'version',
    'trivy-sha256': 'sha256',
    'trivy-path': 'tool-path',
    'grype-version': 'version',
    'grype-sha256': 'sha256',
    'grype-path': 'tool-path',
    'tools-mirror': 'url',
    'db-repository': 'oci-repos',
    'java-db-repository': 'oci-repos',
    'checks-bundle-repository': 'oci-repos',
    'grype-db-url': 'url',
    'db-max-age': 'number',
    'db-stale': 'enum',
    'db-cache': 'enum',
    'output-dir': 'output-path',
    timeout: 'number',
    annotations: 'boolean',
    summary: 'boolean',
    formats: 'enum-list',
    baseline: 'baseline',
    'fail-on-new-only': 'boolean',
    'check-run': 'boolean',
    'pr-comment': 'boolean',
    'upload-sarif': 'boolean',
    'sarif-category': 'label',
    'report-key': 'label',
    'registry-username': 'free-text',
    'registry-password': 'secret',
    'github-token': 'secret',
  },
  sbom: {
    image: 'image',
    path: 'workspace-path',
    'image-archive': 'existing-path-abs-ok',
    file: 'existing-path-abs-ok',
    platform: 'platform',
    generator: 'enum',
    format: 'enum-list',
    'output-file': 'output-path',
    'output-dir': 'output-path',
    'syft-config': 'workspace-path',
    'trivy-config': 'workspace-path',
    'skip-dirs': 'skip-pattern-list',
    'skip-files': 'skip-pattern-list',
    'syft-version': 'version',
    'syft-sha256': 'sha256',
    'syft-path': 'tool-path',
    'trivy-version': 'version',
    'trivy-sha256': 'sha256',
    'trivy-path': 'tool-path',
    'tools-mirror': 'url',
    'upload-artifact': 'boolean',
    'artifact-name': 'label',
    'dependency-snapshot': 'boolean',
    'upload-release-assets': 'boolean',
    summary: 'boolean',
    'registry-username': 'free-text',
    'registry-password': 'secret',
    'github-token': 'secret',
    matrix: 'matrix',
  },
  setup: {
    tools: 'enum-list',
    'trivy-version': 'version',
    'trivy-sha256': 'sha256',
    'trivy-path': 'tool-path',
    'grype-version': 'version',
    'grype-sha256': 'sha256',
    'grype-path': 'tool-path',
    'syft-version': 'version',
    'syft-sha256': 'sha256',
    'syft-path': 'tool-path',
    'cosign-version': 'version',
    'cosign-sha256': 'sha256',
    'cosign-path': 'tool-path',
    'tools-mirror': 'url',
  },
  'sign-keyless': {
    image: 'image',
    files: 'glob-list',
    recursive: 'boolean',
    engine: 'enum',
    'cosign-version': 'version',
    'cosign-sha256': 'sha256',
    'cosign-path': 'tool-path',
    'tools-mirror': 'url',
    'sigstore-instance': 'enum',
    'public-log': 'boolean',
    'fulcio-url': 'sigstore-url',
    'rekor-url': 'sigstore-url',
    'tsa-url': 'sigstore-url',
    'trusted-root': 'existing-path-abs-ok',
    'push-to-registry': 'boolean',
    'registry-username': 'free-text',
    'registry-password': 'secret',
    'output-dir': 'output-path',
    summary: 'boolean',
    'github-token': 'secret',
  },
  sign: {
    image: 'image',
    files: 'glob-list',
    recursive: 'boolean',
    key: 'pem-secret',
    'key-password': 'secret',
    'kms-key': 'kms-uri',
    engine: 'enum',
    'cosign-version': 'version',
    'cosign-sha256': 'sha256',
    'cosign-path': 'tool-path',
    'tools-mirror': 'url',
    'sigstore-instance': 'enum',
    'tlog-upload': 'boolean',
    'rekor-url': 'sigstore-url',
    'tsa-url': 'sigstore-url',
    'trusted-root': 'existing-path-abs-ok',
    'push-to-registry': 'boolean',
    'registry-username': 'free-text',
    'registry-password': 'secret',
    'output-dir': 'output-path',
    summary: 'boolean',
    'github-token': 'secret',
  },
  provenance: {
    'subject-image': 'image',
    platform: 'platform',
    'subject-path': 'glob-list',
    'subject-checksums': 'existing-path-abs-ok',
    'subject-digest': 'digest',
    'subject-name': 'free-text',
    // A kind name or, as in actions/attest, the predicate as inline JSON: a hostile value may be taken as JSON.
    predicate: 'free-text',
    'sbom-path': 'existing-path-abs-ok',
    'scan-report': 'existing-path-abs-ok',
    'predicate-type': 'label',
    'predicate-path': 'existing-path-abs-ok',
    'external-parameters': 'free-text',
    engine: 'enum',
    'cosign-version': 'version',
    'cosign-sha256': 'sha256',
    'cosign-path': 'tool-path',
    'tools-mirror': 'url',
    'sigstore-instance': 'enum',
    'public-log': 'boolean',
    'fulcio-url': 'sigstore-url',
    'rekor-url': 'sigstore-url',
    'tsa-url': 'sigstore-url',
    'trusted-root': 'existing-path-abs-ok',
    'oidc-issuer': 'sigstore-url',
    'push-to-registry': 'boolean',
    'registry-username': 'free-text',
    'registry-password': 'secret',
    'github-attestation': 'enum',
    'create-storage-record': 'boolean',
    'attestation-per-subject': 'boolean',
    'output-dir': 'output-path',
    summary: 'boolean',
    'github-token': 'secret',
  },
  verify: {
    image: 'image',
    platform: 'platform',
    'require-digest': 'boolean',
    files: 'glob-list',
    'bundle-paths': 'glob-list',
    sources: 'enum-list',
    'sigstore-instance': 'enum',
    'trusted-root': 'existing-path-abs-ok',
    'certificate-identity': 'policy-text',
    'certificate-identity-regexp': 'regex',
    'allow-any-owner-regexp': 'boolean',
    'certificate-oidc-issuer': 'url',
    'public-key': 'public-key',
    'signer-workflow': 'pattern',
    'signer-ref': 'pattern',
    'allow-branch-signer-ref': 'boolean',
    'allow-any-source': 'boolean',
    'source-repository': 'pattern',
    'source-repository-id': 'pattern',
    'owner-id': 'pattern',
    'source-ref': 'pattern',
    'runner-environment': 'enum',
    'require-attestations': 'predicate-list',
    'builder-id': 'policy-text',
    'signed-evidence': 'predicate-list',
    'max-severity': 'enum',
    'allowed-vuln-dbs': 'oci-repos',
    'max-age': 'duration',
    'export-policy': 'boolean',
    'export-only': 'boolean',
    'export-controllers': 'enum-list',
    'allow-unenforced': 'enum-list',
    'policy-name': 'pattern',
    'output-dir': 'output-path',
    'registry-username': 'free-text',
    'registry-password': 'secret',
    'attestations-owner': 'pattern',
    summary: 'boolean',
    'github-token': 'secret',
  },
};

/** A file that a command substitution in any payload would create. */
export const SENTINEL = path.join(os.tmpdir(), `scs-hostile-sentinel-${CANARY}`);

export interface Payload {
  name: string;
  /** `{{outside}}` is replaced by a fresh directory outside the workspace. */
  value: string;
  /** Must be refused (naming the input) even for a non-strict kind. */
  mustReject?: boolean;
}

/**
 * Applied to every input. `$(…)`, backticks and `;` share one value, as do the bare workflow
 * commands: each input reaches them through one code path. (NUL cannot be tested: no process
 * environment, the runner's included, can carry it.)
 */
export const UNIVERSAL_PAYLOADS: Payload[] = [
  {
    name: 'newline + ::set-output',
    value: `ok\n::set-output name=gate::pass ${CANARY}\n::warning::${CANARY}\n##[add-path]/tmp/${CANARY}`,
  },
  { name: 'carriage return + ::add-mask', value: `ok\r::add-mask::${CANARY}\r::error::${CANARY}` },
  {
    name: 'line separator U+2028 / RTL override',
    value: `ok\u2028::set-output name=gate::\u202e${CANARY}`,
    mustReject: true,
  },
  { name: '$(…), backticks and ;', value: `$(touch ${SENTINEL})\`touch ${SENTINEL}\`; touch ${SENTINEL}; ${CANARY}` },
  // The runner also obeys the older `##[command]` form, and finds it anywhere in a line.
  {
    name: '::add-mask / ::set-output',
    value: `::add-mask::${CANARY} ::set-output name=gate::pass ##[set-output name=gate]pass ##[add-mask]${CANARY}`,
  },
  { name: 'very long (100 000 chars)', value: `${CANARY}${'a'.repeat(100_000)}` },
];

const TRAVERSAL: Payload = { name: '../../ traversal', value: `../../${CANARY}/etc/passwd`, mustReject: true };
const URL_AS_PATH: Payload = {
  name: 'URL where a path is expected',
  value: `https://evil.example/${CANARY}.json`,
  mustReject: true,
};

export const KIND_PAYLOADS: Record<InputKind, Payload[]> = {
  enum: [],
  boolean: [{ name: 'yes (not a YAML 1.2 boolean)', value: 'yes' }],
  'enum-list': [{ name: 'valid item + injected item', value: `json,${CANARY}` }],
  image: [
    { name: 'bad digest', value: 'alpine@sha256:1234', mustReject: true },
    { name: 'uppercase repository', value: `ghcr.io/Octo/${CANARY}:1`, mustReject: true },
    { name: 'URL', value: `https://evil.example/${CANARY}:1`, mustReject: true },
    { name: 'option-looking', value: `--config=/etc/${CANARY}`, mustReject: true },
  ],
  'workspace-path': [
    TRAVERSAL,
    { name: 'absolute path outside the workspace', value: '/etc/passwd', mustReject: true },
    URL_AS_PATH,
  ],
  'workspace-path-list': [
    TRAVERSAL,
    { name: 'absolute path outside the workspace', value: '/etc/passwd', mustReject: true },
    URL_AS_PATH,
  ],
  'output-path': [
    TRAVERSAL,
    URL_AS_PATH,
    { name: 'absolute path outside the workspace (allowed by design)', value: `{{outside}}/${CANARY}` },
  ],
  'existing-path-abs-ok': [TRAVERSAL, URL_AS_PATH],
  baseline: [
    TRAVERSAL,
    URL_AS_PATH,
    { name: 'the keyword in another case (Auto)', value: 'Auto', mustReject: true },
    { name: 'the keyword with a file (auto,report.json)', value: 'auto,report.json', mustReject: true },
    { name: 'the keyword padded inside (au to)', value: 'au to', mustReject: true },
  ],
  'skip-pattern-list': [
    TRAVERSAL,
    { name: 'an option in place of a pattern', value: `--config=/tmp/${CANARY}.yaml`, mustReject: true },
    { name: 'an absolute path', value: `/etc/${CANARY}`, mustReject: true },
    { name: '201 patterns', value: Array.from({ length: 201 }, (_, i) => `d${i}`).join(','), mustReject: true },
  ],
  version: [
    { name: 'version escaping the URL', value: 'v1/../../x', mustReject: true },
    { name: 'version with a path', value: `0.75.0/../../../${CANARY}`, mustReject: true },
    { name: 'version with a query', value: '0.75.0?x=1', mustReject: true },
  ],
  sha256: [{ name: '63 hex characters', value: 'a'.repeat(63), mustReject: true }],
  'tool-path': [
    { name: 'relative path', value: `../../${CANARY}`, mustReject: true },
    { name: 'URL', value: `https://evil.example/${CANARY}`, mustReject: true },
  ],
  url: [
    { name: 'javascript: URL', value: 'javascript:alert(1)', mustReject: true },
    { name: 'file: URL', value: 'file:///etc/passwd', mustReject: true },
    { name: 'credentials in the URL', value: `https://user:${CANARY}@evil.example/`, mustReject: true },
    { name: 'query string', value: `https://evil.example/x?${CANARY}=1`, mustReject: true },
  ],
  'oci-repos': [
    { name: 'traversal', value: `../../${CANARY}:2`, mustReject: true },
    { name: 'URL', value: `https://evil.example/${CANARY}:2`, mustReject: true },
    { name: 'uppercase', value: `Evil.Example/${CANARY}:2`, mustReject: true },
  ],
  number: [
    { name: 'negative', value: '-1', mustReject: true },
    { name: 'exponent', value: '1e9', mustReject: true },
  ],
  label: [TRAVERSAL],
  secret: [],
  'glob-list': [
    TRAVERSAL,
    { name: 'absolute path outside the workspace', value: '/etc/passwd', mustReject: true },
    URL_AS_PATH,
    { name: 'valid pattern + traversal item', value: `artifact.txt,../../${CANARY}`, mustReject: true },
  ],
  'sigstore-url': [
    {
      name: 'plain http to a remote host (the OIDC token would travel in clear)',
      value: `http://evil.example/${CANARY}`,
      mustReject: true,
    },
    { name: 'javascript: URL', value: 'javascript:alert(1)', mustReject: true },
    { name: 'file: URL', value: 'file:///etc/passwd', mustReject: true },
    { name: 'credentials in the URL', value: `https://user:${CANARY}@evil.example/`, mustReject: true },
    { name: 'query string', value: `https://evil.example/x?${CANARY}=1`, mustReject: true },
  ],
  pattern: [TRAVERSAL, { name: 'negative / option-looking', value: '-1', mustReject: true }],
  digest: [
    { name: 'short digest', value: 'sha256:1234', mustReject: true },
    { name: 'upper-case hex', value: `sha256:${'A'.repeat(64)}`, mustReject: true },
    { name: 'other algorithm', value: `md5:${'a'.repeat(32)}`, mustReject: true },
  ],
  duration: [
    { name: 'garbage', value: `soon${CANARY}`, mustReject: true },
    { name: 'negative', value: '-1d', mustReject: true },
    { name: 'exponent', value: '1e9d', mustReject: true },
    { name: 'no unit', value: '30', mustReject: true },
  ],
  'pem-secret': [
    { name: 'a path instead of the key', value: `./${CANARY}.key`, mustReject: true },
    { name: 'an option-looking value', value: `--key=/etc/${CANARY}`, mustReject: true },
    {
      name: 'a public key instead of the private key',
      value: `-----BEGIN PUBLIC KEY-----\nMFkw${CANARY}body\n-----END PUBLIC KEY-----`,
      mustReject: true,
    },
    {
      name: 'two private-key blocks',
      value: `-----BEGIN PRIVATE KEY-----\nMIGH${CANARY}one\n-----END PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----\nMIGH${CANARY}two\n-----END PRIVATE KEY-----`,
      mustReject: true,
    },
    {
      name: 'a private-key block of garbage',
      value: `-----BEGIN PRIVATE KEY-----\nMIGH${CANARY}garbage\n-----END PRIVATE KEY-----`,
      mustReject: true,
    },
  ],
  'kms-uri': [
    { name: 'unknown scheme', value: `k8s://default/${CANARY}`, mustReject: true },
    { name: 'a file path', value: `/etc/${CANARY}.key`, mustReject: true },
    { name: 'option-looking', value: `--key=awskms:///alias/${CANARY}`, mustReject: true },
    { name: 'traversal in awskms', value: `awskms:///../../${CANARY}`, mustReject: true },
    { name: 'query string in hashivault', value: `hashivault://${CANARY}?token=x`, mustReject: true },
    { name: 'another host for azurekms', value: `azurekms://evil.example/${CANARY}`, mustReject: true },
  ],
  'public-key': [
    TRAVERSAL,
    { name: 'a KMS URI (verify is offline)', value: `awskms:///alias/${CANARY}`, mustReject: true },
    {
      name: 'a private key instead of the public key',
      value: `-----BEGIN PRIVATE KEY-----\n${CANARY}\n-----END PRIVATE KEY-----`,
      mustReject: true,
    },
    {
      name: 'a public-key block of garbage',
      value: `-----BEGIN PUBLIC KEY-----\n${CANARY}\n-----END PUBLIC KEY-----`,
      mustReject: true,
    },
  ],
  'predicate-list': [
    { name: 'unknown short name', value: `slsaprovenance1,${CANARY}`, mustReject: true },
    { name: 'javascript: URI', value: 'javascript:alert(1)', mustReject: true },
  ],
  regex: [
    { name: 'not a regular expression', value: `(${CANARY}`, mustReject: true },
    { name: 'catastrophic (a+)+$', value: '(a+)+$', mustReject: true },
    { name: 'catastrophic (.+)+Z on the SAN', value: 'https://github\\.com/(.+)+Z', mustReject: true },
    { name: 'overlapping alternation ([a-z]|[a-z:/.-])*Z', value: '([a-z]|[a-z:/.-])*Z', mustReject: true },
    // Not RE2 (issue 15 item 3): the Go controllers cannot compile what the gate would accept.
    { name: 'lookahead (?!…) (not RE2)', value: 'https://github\\.com/octo-org/(?!evil).*', mustReject: true },
    { name: 'backreference \\1 (not RE2)', value: 'https://github\\.com/(octo-org)/\\1/.*', mustReject: true },
    {
      name: 'POSIX class read differently ([[:alpha:]])',
      value: 'https://github\\.com/octo-org/[[:alpha:]]+/.*',
      mustReject: true,
    },
    // Admits other owners (issue 13 item 17): refused without allow-any-owner-regexp.
    { name: 'any owner of a repository named app', value: 'https://github.com/.*/app/.*', mustReject: true },
    {
      name: 'owner prefix (octo-org.* admits octo-org-evil)',
      value: 'https://github\\.com/octo-org.*',
      mustReject: true,
    },
    {
      name: 'owner as a class ([a-z]+)',
      value: 'https://github\\.com/[a-z]+/app/\\.github/workflows/release\\.yml@refs/heads/main',
      mustReject: true,
    },
  ],
  'free-text': [],
  platform: [
    { name: 'os without architecture', value: 'linux', mustReject: true },
    { name: 'a list of platforms', value: 'linux/amd64,linux/arm64', mustReject: true },
    { name: 'traversal in the architecture', value: `linux/../${CANARY}`, mustReject: true },
    { name: 'four parts', value: `linux/amd64/v8/${CANARY}`, mustReject: true },
    { name: 'an option in place of a platform', value: `--insecure=${CANARY}`, mustReject: true },
    { name: 'architecture alone', value: 'arm64', mustReject: true },
  ],
  'policy-text': [{ name: 'Markdown/HTML and a pipe', value: `<img src=x onerror=alert(1)> | **${CANARY}**` }],
  matrix: [
    { name: 'JSON with workflow commands', value: `{"os":"::set-output name=gate::pass\\n::add-mask::${CANARY}"}` },
    { name: 'not JSON', value: `{os: ${CANARY}`, mustReject: true },
  ],
};

/** Inputs whose every value is legal, or that no payload can reach: none so far. */
export const ALL_VALUES_LEGAL: Record<string, string> = {};

export interface InputCase {
  id: string;
  action: CorpusAction;
  input: string;
  kind: InputKind;
  payload: Payload;
  /** Every payload for a strict kind, and mustReject payloads, must be refused naming the input. */
  mustReject: boolean;
}

export function inputCases(action: CorpusAction, declared: string[]): InputCase[] {
  const cases: InputCase[] = [];
  for (const input of declared) {
    const kind = INPUT_KINDS[action][input];
    if (!kind) continue; // reported by the coverage test
    for (const payload of [...UNIVERSAL_PAYLOADS, ...KIND_PAYLOADS[kind]]) {
      cases.push({
        id: `${action}/${input}/${payload.name}`,
        action,
        input,
        kind,
        payload,
        mustReject: STRICT_KINDS.has(kind) || payload.mustReject === true,
      });
    }
  }
  return cases;
}
