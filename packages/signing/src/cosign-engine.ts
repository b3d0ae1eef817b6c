/**
 * engine: cosign — the pinned cosign binary does the Sigstore work (Fulcio
 * certificate, Rekor entry, timestamps) and writes the bundle file; storing
 * the bundle in the registry is ours (@scs/oci attachReferrer), exactly as
 * for the sigstore engine, so the referrers are identical whichever engine
 * made them.
 *
 * Every invocation gets: the token in SIGSTORE_ID_TOKEN only (never argv,
 * never a log line), a private TUF_ROOT, a private DOCKER_CONFIG when
 * explicit registry credentials were given, a timeout; a failure is
 * classified from stderr (cosign-args.ts) and retried when retryable.
 *
 * The bundle: cosign writes it into the invocation's private directory
 * (`--bundle <dir>/bundle.sigstore.json`), never to the output path. We read
 * it, check that it signs exactly what was requested (bundle-check.ts: the
 * image-signature statement for the digest, the statement given, the file's
 * sha256), and only then write the output file and store the referrer. A
 * bundle over anything else is refused and leaves nothing behind.
 *
 * Retries and the transparency log: within one cosign run, a Rekor entry
 * that is resent after a lost answer is answered 409. cosign 1/2 then fetched
 * the existing entry ("Signature already exists. Fetching and verifying
 * inclusion proof.", recorded in test/fixtures/cosign/errors); cosign 3
 * (sigstore-go) fails with `[POST /api/v1/log/entries][409]
 * createLogEntryConflict` (errors/rekor-409-lost-answer.txt, recorded with
 * the real cosign 3.1.3 in test/interop), which is retried like any lost
 * answer. When cosign gives up (the answers keep getting lost, Rekor keeps
 * failing, or the 409 above) and we re-run it, the new run makes a new ephemeral key, a new certificate and a
 * NEW log entry: the entry the failed run made stays in the log, an orphan —
 * a true record that this identity signed the same content at that time, for
 * which no bundle exists (the failed run's directory, with whatever it
 * wrote, is removed). Only the final run's bundle is checked, written, stored
 * and reported (its log index is in the outputs); the orphan cannot be
 * withdrawn (logs are append-only) and needs no action. The tests "Rekor
 * answers lost until cosign gives up" (test/unit/signing/cosign-engine,
 * test/integration/sign-keyless-cosign) show it. The sigstore engine has no
 * such orphans: it resends the same request, never the whole signing.
 *
 * Image attestations use `cosign attest-blob --statement`, not `cosign attest`:
 * the statement must be signed exactly as given (`cosign attest --predicate
 * --type` builds its own statement around the predicate), and whether
 * `cosign attest` writes a --bundle file for a registry upload depends on the
 * v3 release (v3.0.3: "Add --bundle and fix --upload for new bundle"). With
 * `cosign attest` the bundle would have to be read back from the registry
 * (listReferrers + fetchBlob); attest-blob writes it, and we attach it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, InfrastructureError, runProcess, tailLines } from '@scs/action-kit';
import { isLoopbackHost } from '@scs/oci';
import { assertBundleSigns, fileExpectation, type BundleExpectation } from './bundle-check.js';
import {
  attestBlobArgs,
  classifyCosignFailure,
  cosignEnv,
  cosignKeyRef,
  dockerConfigJson,
  redactTokens,
  signBlobArgs,
  signImageArgs,
  signingConfig,
  tlogIndexFromStderr,
  type CosignServiceOptions,
} from './cosign-args.js';
import { imageSignatureStatement } from './image-signature.js';
import type { SigstoreInstance } from './instances.js';
import { outcomeFromBundle, withStoredBundle, writeBundleFile } from './outcome.js';
import { backoffDelay, DEFAULT_SERVICE_RETRY, type ServiceRetryPolicy } from './retry.js';
import { cachedTokenSource } from './token-source.js';
import { validateStatement } from './statement.js';
import type {
  CosignEngineOptions,
  CosignRunner,
  EngineConfig,
  EngineLogger,
  ImageTarget,
  InTotoStatementLike,
  SignOutcome,
  SigningEngine,
} from './types.js';

const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

const defaultRunner: CosignRunner = async (binary, args, options) => {
  const result = await runProcess(binary, args, { env: options.env, timeoutMs: options.timeoutMs });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, timedOut: result.timedOut };
};

const silentLogger: EngineLogger = { info: () => undefined, debug: () => undefined, warning: () => undefined };

export class CosignEngine implements SigningEngine {
  readonly name = 'cosign' as const;
  private readonly options: CosignEngineOptions;
  private readonly instance: SigstoreInstance;
  private readonly policy: ServiceRetryPolicy;
  private readonly token: () => Promise<string>;
  private readonly logger: EngineLogger;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private invocation = 0;

  constructor(
    private readonly config: EngineConfig,
    sleep?: (ms: number) => Promise<void>,
  ) {
    if (!config.cosign)
      throw new ConfigurationError('engine: cosign needs a cosign binary (a bug in the caller: no cosign options).');
    this.options = config.cosign;
    this.instance = config.instance;
    if (this.instance.name === 'github') {
      throw new ConfigurationError(
        "sigstore-instance: github needs engine: sigstore. GitHub's Sigstore instance (fulcio.githubapp.com, timestamp.githubapp.com) is trusted through GitHub's own trusted root, which the cosign engine of this action does not fetch; the sigstore engine signs there directly (as actions/attest does).",
      );
    }
    this.policy = config.retry ?? DEFAULT_SERVICE_RETRY;
    this.token = cachedTokenSource(config.idToken);
    this.logger = config.logger ?? silentLogger;
    this.now = config.now ?? (() => new Date());
    this.sleep = sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** A private directory for one cosign run (TUF_ROOT, docker config, signing config). */
  private workDir(): string {
    this.invocation += 1;
    fs.mkdirSync(this.options.tempDir, { recursive: true });
    return fs.mkdtempSync(path.join(this.options.tempDir, `cosign-${this.invocation}-`));
  }

  /**
   * The services cosign uses: a signing config for custom instances, and for every keyed run (it names the log,
   * or none with tlog-upload: false — cosign 3 takes no --tlog-upload=false next to a signing config), and the
   * key reference.
   */
  private serviceFiles(dir: string): CosignServiceOptions {
    const key = this.config.key;
    const keyRef = key ? { keyRef: cosignKeyRef(key) } : {};
    if (this.instance.name !== 'custom' && !key) return {};
    const signingConfigPath = path.join(dir, 'signing-config.json');
    const config = signingConfig(this.instance, new Date(Date.UTC(2020, 0, 1)), { keyed: Boolean(key) });
    fs.writeFileSync(signingConfigPath, `${JSON.stringify(config, null, 2)}\n`);
    return {
      signingConfigPath,
      ...(this.instance.trustedRootPath ? { trustedRootPath: this.instance.trustedRootPath } : {}),
      ...keyRef,
    };
  }

  /**
   * Runs cosign with `buildArgs(dir, services, bundleFile)` until it
   * succeeds, a failure is not retryable, or the tries run out. cosign writes
   * its bundle to `bundleFile`, inside the run's private directory; the bundle
   * is returned only after it passed the check against `expected`.
   */
  private async runCosign(
    what: string,
    expected: BundleExpectation,
    buildArgs: (dir: string, services: ReturnType<CosignEngine['serviceFiles']>, bundleFile: string) => string[],
  ): Promise<{ bundle: object; stderr: string }> {
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      const dir = this.workDir();
      try {
        const tufRoot = path.join(dir, 'tuf');
        fs.mkdirSync(tufRoot, { recursive: true });
        let dockerConfig: string | undefined;
        if (this.options.registryAuth) {
          dockerConfig = path.join(dir, 'docker');
          fs.mkdirSync(dockerConfig, { recursive: true, mode: 0o700 });
          const { registry, username, password } = this.options.registryAuth;
          fs.writeFileSync(path.join(dockerConfig, 'config.json'), dockerConfigJson(registry, username, password), {
            mode: 0o600,
          });
        }
        // Keyed: no identity token at all; the key (PEM or KMS credentials) reaches cosign through its environment.
        const token = this.config.key ? undefined : await this.token();
        const env = cosignEnv(this.options.env, {
          tufRoot,
          ...(token ? { token } : { key: this.config.key }),
          ...(dockerConfig ? { dockerConfig } : {}),
        });
        const bundleFile = path.join(dir, 'bundle.sigstore.json');
        const args = buildArgs(dir, this.serviceFiles(dir), bundleFile);
        this.logger.debug(`cosign ${args.join(' ')}`);
        const result = await (this.options.run ?? defaultRunner)(this.options.binary, args, {
          env,
          timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
        const stderr = this.redact(result.stderr, token);
        if (result.exitCode === 0 && !result.timedOut) {
          if (!fs.existsSync(bundleFile)) {
            throw new InfrastructureError(
              `cosign ${what} exited 0 but wrote no bundle (--bundle ${bundleFile}); is ${this.options.binary} cosign v3 (it needs --bundle and --new-bundle-format)?`,
            );
          }
          let bundle: object;
          try {
            bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8')) as object;
          } catch (error) {
            throw new InfrastructureError(`cosign ${what} wrote a bundle that is not JSON.`, { cause: error });
          }
          // Not retried: a cosign that signs something else will do so again.
          assertBundleSigns(bundle, expected, `cosign ${what}`);
          if (attempt > 1)
            this.logger.info(
              `cosign ${what} succeeded on try ${attempt}; only this try's bundle is kept (see the engine notes on log entries of failed tries).`,
            );
          return { bundle, stderr };
        }
        const failure = result.timedOut
          ? {
              kind: 'retryable' as const,
              line: `cosign did not finish within ${Math.round((this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`,
              service: undefined,
            }
          : classifyCosignFailure(stderr);
        const where = failure.service ? ` (${failure.service})` : '';
        const message = `cosign ${what} failed${where}: ${failure.line}`;
        if (failure.kind === 'permanent') {
          const advice =
            failure.service === 'registry'
              ? ' Check the registry credentials: the job needs `packages: write` for ghcr.io, or a docker login / registry-username + registry-password for other registries.'
              : '';
          const detail = tailLines(stderr, 15);
          if (failure.service === 'registry') throw new ConfigurationError(`${message}.${advice}\n${detail}`);
          throw new InfrastructureError(`${message}. This is not retried.\n${detail}`);
        }
        lastError = new InfrastructureError(`${message}\n${tailLines(stderr, 15)}`);
        if (attempt < this.policy.attempts) {
          const delay = backoffDelay(attempt, this.policy);
          this.logger.info(
            `cosign ${what}: ${failure.line.slice(0, 200)} — retrying in ${delay} ms (try ${attempt + 1} of ${this.policy.attempts})`,
          );
          await this.sleep(delay);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    throw new InfrastructureError(
      `cosign ${what} failed after ${this.policy.attempts} tries; nothing was reported as signed.`,
      { cause: lastError },
    );
  }

  /** cosign's stderr without the token, the key's PEM or its password (cosign never prints them; a fault might). */
  private redact(stderr: string, token: string | undefined): string {
    let text = token ? stderr.split(token).join('[token]') : stderr;
    const key = this.config.key;
    for (const secret of key?.kind === 'pem' ? [key.pem, key.password] : [])
      if (secret.length >= 4) text = text.split(secret).join('[secret]');
    return redactTokens(text);
  }

  /** Writes the (already checked) bundle to the output path. */
  private finish(bundle: object, bundlePath: string, stderr: string): ReturnType<typeof outcomeFromBundle> {
    const result = outcomeFromBundle(bundle, bundlePath, this.instance, this.config.key ? 'key' : 'certificate');
    writeBundleFile(bundlePath, result.outcome.bundleJson);
    const printed = tlogIndexFromStderr(stderr);
    if (printed && result.outcome.tlog && printed !== result.outcome.tlog.logIndex) {
      this.logger.warning(
        `cosign reported log index ${printed}, the bundle holds ${result.outcome.tlog.logIndex}; the bundle is what verifiers use.`,
      );
    }
    return result;
  }

  async signImage(target: ImageTarget, options: { push: boolean; bundlePath: string }): Promise<SignOutcome> {
    const imageByDigest = `${target.repository}@${target.digest}`;
    // What cosign sign signs for this digest (its image-signature statement); anything else is refused.
    const expected: BundleExpectation = {
      kind: 'statement',
      statement: JSON.parse(imageSignatureStatement(target.digest).toString('utf8')),
    };
    // A stale bundle from an earlier run must not be mistaken for this run's.
    fs.rmSync(options.bundlePath, { force: true });
    const { bundle, stderr } = await this.runCosign(`sign ${imageByDigest}`, expected, (_dir, services, bundleFile) =>
      signImageArgs({
        imageByDigest,
        bundlePath: bundleFile,
        allowHttpRegistry: isLoopbackHost(target.reference.registry),
        ...services,
      }),
    );
    const made = this.finish(bundle, options.bundlePath, stderr);
    return withStoredBundle(this.config.registry, options.push ? target : undefined, made, this.now);
  }

  async signBlob(file: string, options: { bundlePath: string }): Promise<SignOutcome> {
    const expected = fileExpectation(fs.readFileSync(file), file);
    fs.rmSync(options.bundlePath, { force: true });
    const { bundle, stderr } = await this.runCosign(
      `sign-blob ${path.basename(file)}`,
      expected,
      (_dir, services, bundleFile) => signBlobArgs({ file, bundlePath: bundleFile, ...services }),
    );
    return this.finish(bundle, options.bundlePath, stderr).outcome;
  }

  async attest(
    statement: InTotoStatementLike,
    options: { bundlePath: string; pushTo?: ImageTarget },
  ): Promise<SignOutcome> {
    validateStatement(statement, options.pushTo);
    const payload = JSON.stringify(statement);
    const expected: BundleExpectation = { kind: 'statement', statement: JSON.parse(payload) };
    fs.rmSync(options.bundlePath, { force: true });
    const { bundle, stderr } = await this.runCosign(
      `attest-blob (${statement.predicateType})`,
      expected,
      (dir, services, bundleFile) => {
        const statementPath = path.join(dir, 'statement.json');
        fs.writeFileSync(statementPath, payload);
        return attestBlobArgs({ statementPath, bundlePath: bundleFile, ...services });
      },
    );
    const made = this.finish(bundle, options.bundlePath, stderr);
    return withStoredBundle(this.config.registry, options.pushTo, made, this.now);
  }
}
