/**
 * Pure builders for the cosign engine: argv arrays, the environment, the
 * signing config, and reading cosign's stderr.
 *
 * Flags, as documented for cosign v3 (doc/cosign_sign.md, cosign_sign-blob.md,
 * cosign_attest-blob.md in sigstore/cosign; v3.0.0 made --new-bundle-format
 * and --use-signing-config the defaults; v3.0.3 "Add --bundle and fix
 * --upload for new bundle"; v2.6.0 added `attest-blob --statement`):
 * - `sign --yes --new-bundle-format=true --upload=false --bundle FILE IMAGE@DIGEST`
 *   (--upload=false: the bundle is stored by us, through @scs/oci, so both
 *   engines store byte-identical referrers and registry credentials never
 *   reach cosign's argv);
 * - `sign-blob --yes --new-bundle-format=true --bundle FILE BLOB`;
 * - `attest-blob --yes --new-bundle-format=true --bundle FILE --statement FILE`
 *   for every statement, image attestations included: the statement is
 *   signed exactly as given (`cosign attest --predicate --type` would build
 *   its own statement around the predicate).
 * - service URLs: cosign v3 refuses --fulcio-url/--rekor-url/
 *   --timestamp-server-url together with a signing config ("cannot specify
 *   service URLs and use signing config"), so for custom instances we write a
 *   SigningConfig v0.2 file and pass --signing-config; public-good uses the
 *   TUF-distributed signing config (the default, --use-signing-config).
 *   `--trusted-root FILE` lets cosign verify the result after signing.
 * - `--allow-http-registry` only for loopback registries (plain HTTP).
 * - `--` ends the options: a path or reference is never read as a flag.
 *
 * The OIDC token goes through SIGSTORE_ID_TOKEN in cosign's environment
 * (pkg/cosign/env: VariableSigstoreIDToken), never argv; the runner's
 * ACTIONS_ID_TOKEN_REQUEST_* variables are removed so cosign's github-actions
 * provider cannot fetch a token of its own. TUF_ROOT is private per
 * invocation: parallel cosign processes sharing ~/.sigstore fail with
 * "creating cached local store: resource temporarily unavailable"
 * (sigstore/fulcio#751, sigstore/fulcio#1623).
 */
import { REGISTRY_CLOUD_ENVIRONMENT, toolEnvironment } from '@scs/action-kit';
import type { SigstoreInstance } from './instances.js';
import { COSIGN_KEY_VARIABLE, KMS_CREDENTIAL_ENVIRONMENT, kmsScheme, type SigningKey } from './signing-key.js';

export interface CosignServiceOptions {
  /** A signing config file (custom instances). */
  signingConfigPath?: string;
  /** A trusted root to verify against after signing. */
  trustedRootPath?: string;
  /** Keyed signing: `env://COSIGN_PRIVATE_KEY` (the PEM is in the environment) or a KMS URI; absent: keyless. */
  keyRef?: string;
}

export interface CosignSignImageArgs extends CosignServiceOptions {
  /** registry/repository@sha256:… — never a tag. */
  imageByDigest: string;
  bundlePath: string;
  allowHttpRegistry: boolean;
}

function serviceArgs(options: CosignServiceOptions): string[] {
  const args: string[] = [];
  if (options.keyRef) args.push('--key', options.keyRef);
  if (options.signingConfigPath) args.push('--signing-config', options.signingConfigPath);
  if (options.trustedRootPath) args.push('--trusted-root', options.trustedRootPath);
  return args;
}

export function signImageArgs(options: CosignSignImageArgs): string[] {
  if (!/@sha256:[a-f0-9]{64}$/.test(options.imageByDigest)) {
    throw new Error(`cosign sign needs an image by digest, got '${options.imageByDigest.slice(0, 200)}'`);
  }
  return [
    'sign',
    '--yes',
    '--new-bundle-format=true',
    '--upload=false',
    '--bundle',
    options.bundlePath,
    ...serviceArgs(options),
    ...(options.allowHttpRegistry ? ['--allow-http-registry'] : []),
    '--',
    options.imageByDigest,
  ];
}

export function signBlobArgs(options: CosignServiceOptions & { file: string; bundlePath: string }): string[] {
  return [
    'sign-blob',
    '--yes',
    '--new-bundle-format=true',
    '--bundle',
    options.bundlePath,
    ...serviceArgs(options),
    '--',
    options.file,
  ];
}

export function attestBlobArgs(
  options: CosignServiceOptions & { statementPath: string; bundlePath: string },
): string[] {
  return [
    'attest-blob',
    '--yes',
    '--new-bundle-format=true',
    '--bundle',
    options.bundlePath,
    '--statement',
    options.statementPath,
    ...serviceArgs(options),
  ];
}

/**
 * cosign's environment, from an allow-list (action-kit's base list, cosign's
 * own COSIGN_* and SIGSTORE_* variables, the cloud SDK variables a registry
 * credential helper needs): the runner's token endpoint (cosign would mint
 * its own token), the action's inputs, ACTIONS_RUNTIME_TOKEN and
 * GITHUB_TOKEN never reach it. The one secret it gets is the OIDC token it
 * signs with, as SIGSTORE_ID_TOKEN; TUF_ROOT is private to the invocation.
 */
export function cosignEnv(
  base: NodeJS.ProcessEnv,
  options: { token?: string; key?: SigningKey; tufRoot: string; dockerConfig?: string },
): NodeJS.ProcessEnv {
  const env = toolEnvironment(base, {
    allow: [
      'COSIGN_',
      'SIGSTORE_',
      ...REGISTRY_CLOUD_ENVIRONMENT,
      ...(options.key?.kind === 'kms' ? KMS_CREDENTIAL_ENVIRONMENT[kmsScheme(options.key.uri)] : []),
    ],
    set: {
      ...(options.token ? { SIGSTORE_ID_TOKEN: options.token } : {}),
      // Keyed: the PEM and its password reach cosign here only (`--key env://COSIGN_PRIVATE_KEY`), never argv or a file.
      ...(options.key?.kind === 'pem'
        ? { [COSIGN_KEY_VARIABLE]: options.key.pem, COSIGN_PASSWORD: options.key.password }
        : {}),
      TUF_ROOT: options.tufRoot,
      ...(options.dockerConfig ? { DOCKER_CONFIG: options.dockerConfig } : {}),
    },
  });
  // A keyed run holds no identity token, and a keyless run no key, whatever the runner's environment says.
  if (!options.token) delete env.SIGSTORE_ID_TOKEN;
  if (options.key?.kind !== 'pem') {
    delete env[COSIGN_KEY_VARIABLE];
    delete env.COSIGN_PASSWORD;
  }
  return env;
}

/** cosign's `--key` for a signing key: the environment variable holding the PEM, or the KMS URI. */
export function cosignKeyRef(key: SigningKey): string {
  return key.kind === 'pem' ? `env://${COSIGN_KEY_VARIABLE}` : key.uri;
}

/**
 * A Sigstore SigningConfig v0.2 (protobuf-specs sigstore_trustroot.proto;
 * the format of root-signing's signing_config.v0.2.json) for an instance's
 * Fulcio, Rekor and TSA. TSA URLs name the timestamp API itself.
 */
export function signingConfig(
  instance: SigstoreInstance,
  validFrom: Date,
  options: { keyed?: boolean } = {},
): Record<string, unknown> {
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: { start: validFrom.toISOString() },
    operator: new URL(url).host,
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    // Keyed signing asks no CA for a certificate.
    caUrls: options.keyed ? [] : [service(instance.fulcioUrl)],
    oidcUrls: [],
    rekorTlogUrls: instance.rekorUrl ? [service(instance.rekorUrl)] : [],
    tsaUrls: instance.tsaUrl ? [service(`${instance.tsaUrl}/api/v1/timestamp`)] : [],
    // A selector over no services is what @sigstore/sign rejects ("No valid
    // TSAs"); leave a selector out when its service list is empty.
    ...(instance.rekorUrl ? { rekorTlogConfig: { selector: 'ANY' } } : {}),
    ...(instance.tsaUrl ? { tsaConfig: { selector: 'ANY' } } : {}),
  };
}

/** A private docker config with explicit credentials (never passed in argv). */
export function dockerConfigJson(registry: string, username: string, password: string): string {
  const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  // Docker Hub's credentials live under its legacy index URL in a docker config.
  const key = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
  return `${JSON.stringify({ auths: { [key]: { auth } } }, null, 2)}\n`;
}

export type CosignFailureKind = 'retryable' | 'permanent';
export interface CosignFailure {
  kind: CosignFailureKind;
  /** Which service the failure is about, when the text says. */
  service?: 'Fulcio' | 'Rekor' | 'TSA' | 'registry' | 'TUF';
  /** The matching line (tokens redacted), for the error message. */
  line: string;
}

/**
 * Retry table for cosign's stderr, checked against recorded cosign errors
 * (test/fixtures/cosign/errors, SOURCES.md): 5xx, 408 and 429 answers,
 * network failures and the TUF cache lock are worth a retry; 401/403,
 * DENIED/UNAUTHORIZED and other 4xx are not.
 */
const RULES: { pattern: RegExp; kind: CosignFailureKind }[] = [
  // cosign 3 (sigstore-go): a Rekor answer lost after the entry was logged makes the client resend and
  // Rekor answer 409; cosign 3 gives up there (cosign 1/2 fetched the existing entry). The next run signs
  // with a new ephemeral key, so its entry is new (test/fixtures/cosign/errors/rekor-409-lost-answer.txt).
  { pattern: /\[POST \/api\/v1\/log\/entries\]\[409\]|createLogEntryConflict/, kind: 'retryable' },
  {
    pattern:
      /returned (?:5\d\d|408|429)\b|\b(?:5\d\d|429) (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Too Many Requests)/i,
    kind: 'retryable',
  },
  { pattern: /\]\[(?:5\d\d|408|429)\]/, kind: 'retryable' },
  {
    pattern:
      /connection refused|connection reset|i\/o timeout|TLS handshake timeout|context deadline exceeded|Client\.Timeout|unexpected EOF|no such host|temporary failure in name resolution|resource temporarily unavailable/i,
    kind: 'retryable',
  },
  {
    pattern:
      /returned (?:4\d\d)\b|\]\[4\d\d\]|\b(?:UNAUTHORIZED|DENIED|FORBIDDEN)\b|401 Unauthorized|403 Forbidden|404 Not Found/i,
    kind: 'permanent',
  },
];

function serviceOf(line: string): CosignFailure['service'] {
  if (/signingCert|fulcio|getting signer|SCT/i.test(line)) return 'Fulcio';
  if (/log\/entries|rekor|tlog/i.test(line)) return 'Rekor';
  if (/timestamp|\btsa\b/i.test(line)) return 'TSA';
  if (/cached local store|TUF|tuf/.test(line)) return 'TUF';
  if (/\/v2\/|\/token\?|registry|manifest|UNAUTHORIZED|DENIED|accessing (?:image|entity)/i.test(line))
    return 'registry';
  return undefined;
}

export function redactTokens(text: string): string {
  return text.replace(/eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[token]');
}

/**
 * A Go panic: the `panic:` line (with the signal line after it) and the first
 * function of the crashing goroutine, instead of the stack trace's last frame
 * (which is always main.main). Seen with the real cosign 3.1.3 when a Rekor
 * answer lacked its ETag (test/fixtures/cosign/errors/panic-rekor-no-etag.txt).
 * Not retried: the same answer crashes it again.
 */
function panicFailure(lines: string[]): CosignFailure | undefined {
  const at = lines.findIndex((line) => line.startsWith('panic: '));
  if (at < 0) return undefined;
  const signal = lines[at + 1]?.startsWith('[signal ') ? ` ${lines[at + 1]}` : '';
  const goroutine = lines.findIndex((line, i) => i > at && /^goroutine \d+ \[/.test(line));
  const frame = goroutine >= 0 ? /^([\w./*()-]+)\(/.exec(lines[goroutine + 1] ?? '')?.[1] : undefined;
  const line = `cosign crashed: ${lines[at]}${signal}${frame ? ` (in ${frame})` : ''}`.slice(0, 600);
  return { kind: 'permanent', service: serviceOf(frame ?? lines[at]!) ?? serviceOf(lines.join(' ')), line };
}

/** Classifies a failed cosign run from its stderr (permanent when nothing matches: retrying blind helps nobody). */
export function classifyCosignFailure(stderr: string): CosignFailure {
  const lines = redactTokens(stderr)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const crashed = panicFailure(lines);
  if (crashed) return crashed;
  const errorLines = lines.filter((line) => /^Error:|error during command execution/i.test(line));
  // The error lines first; cosign sometimes puts the cause on the lines after "error during command execution:".
  for (const candidates of [errorLines, lines]) {
    for (const rule of RULES) {
      const line = candidates.find((candidate) => rule.pattern.test(candidate));
      if (line)
        return { kind: rule.kind, service: serviceOf(line) ?? serviceOf(lines.join(' ')), line: line.slice(0, 600) };
    }
  }
  const last = errorLines[errorLines.length - 1] ?? lines[lines.length - 1] ?? 'cosign failed without a message';
  return { kind: 'permanent', service: serviceOf(last), line: last.slice(0, 600) };
}

/** The transparency-log index cosign v2/v3 prints ("tlog entry created with index: N"), if any. */
export function tlogIndexFromStderr(stderr: string): string | undefined {
  return /tlog entry created with index:\s*(\d+)/.exec(stderr)?.[1];
}
