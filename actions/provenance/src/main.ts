import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import {
  actionRuntime,
  ConfigurationError,
  InfrastructureError,
  describeFailure,
  failureSummaryMarkdown,
  writeFileNoFollow,
  type Logger,
  type RunContext,
} from '@scs/action-kit';
import {
  IN_TOTO_PAYLOAD_TYPE,
  SLSA_PROVENANCE_V1,
  buildSlsaProvenancePredicate,
  buildStatement,
  customPredicateFromFile,
  defaultOidcIssuer,
  githubServerUrlFromIssuer,
  imageSubject,
  mergeSubjects,
  provenanceClaims,
  sbomPredicateFromFile,
  serializeStatement,
  subjectFromDigest,
  subjectsFromChecksumsFile,
  subjectsFromPaths,
  vulnPredicateFromFile,
  type Statement,
  type Subject,
} from '@scs/attestation';
import { GitHubClient } from '@scs/github-api';
import {
  RegistryClient,
  registryClientForAction,
  parseRegistryReference,
  platformName,
  referenceWithDigest,
  repositoryName,
  selectPlatformManifests,
  type PlatformSelector,
  type RegistryReference,
  type ResolvedDescriptor,
} from '@scs/oci';
import {
  SIGSTORE_AUDIENCE,
  applyPublicLogPolicy,
  createSigningEngine,
  decodeClaims,
  keylessInstance,
  openTokenSession,
  requireIdToken,
  retryFromEnv,
  verifyIdToken,
  type EngineConfig,
  type ImageTarget,
  type OidcClaims,
  type SigningEngine,
  type SigstoreInstance,
} from '@scs/signing';
import type { InstalledTool } from '@scs/tool-installer';
import {
  AttestationPermissionError,
  AttestationRejectedError,
  createStorageRecord,
  storeGitHubAttestation,
  type StoredAttestation,
} from './github-attestation.js';
import type { PredicateInputs, ProvenanceInputs } from './inputs.js';
import { renderProvenanceSummary } from './summary.js';
import { verifyCommands } from './verify-commands.js';

/** What main needs from the outside world; tests replace any of it. */
export interface ProvenanceDeps {
  context: RunContext;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  setOutput: (name: string, value: string) => void;
  writeSummary: (markdown: string) => Promise<void>;
  summaryBudget: () => Promise<number>;
  now: () => Date;
  /** A registry client with the credentials of the inputs (tag → digest, and the engine's pushes). */
  registry: () => RegistryClient;
  /** The pinned cosign (or cosign-path), for engine: cosign. */
  installCosign: (source: ProvenanceInputs['cosign']) => Promise<InstalledTool>;
  createEngine: (config: EngineConfig) => Promise<SigningEngine>;
  github: (token: string) => GitHubClient;
  /** A notice annotation (default core.notice): what the step did not do, without failing or warning. */
  notice?: (message: string) => void;
}

export function defaultDeps(inputs: ProvenanceInputs): ProvenanceDeps {
  const runtime = actionRuntime();
  const { context } = runtime;
  let registry: RegistryClient | undefined;
  return {
    context,
    env: runtime.env,
    logger: runtime.logger,
    setOutput: runtime.setOutput,
    writeSummary: runtime.writeSummary,
    summaryBudget: runtime.summaryBudget,
    now: runtime.now,
    registry: () =>
      (registry ??= registryClientForAction(inputs, context.actor, {
        mask: runtime.mask,
        debug: (message) => runtime.logger.debug(message),
      })),
    // Loaded when needed: the installer (tool-cache and its HTTP stack) is not needed by engine: sigstore.
    installCosign: async (source) =>
      new (await import('@scs/tool-installer')).CosignInstaller().install({
        ...(source.version ? { version: source.version } : {}),
        ...(source.sha256 ? { sha256: source.sha256 } : {}),
        ...(source.mirror ? { mirror: source.mirror } : {}),
        ...(source.path ? { path: source.path } : {}),
      }),
    createEngine: (config) => createSigningEngine(config),
    github: (token) =>
      new GitHubClient({ token, apiUrl: context.apiUrl, log: (message) => runtime.logger.debug(message) }),
    notice: runtime.notice,
  };
}

/** An image manifest a statement is about: the subject-image itself, or a platform manifest of its index. */
export interface ImageTargetInfo {
  reference: RegistryReference;
  descriptor: ResolvedDescriptor;
  subject: Subject;
  /** os/arch[/variant] of a platform manifest; unset for subject-image itself. */
  platform?: string;
}

export interface ImageSubjectInfo extends ImageTargetInfo {
  /** With `platform`: the selected platform manifests of the index, each attested in its own statement. */
  platforms: ImageTargetInfo[];
}

const PREDICATE_LABELS: Record<PredicateInputs['kind'], string> = {
  slsa: 'SLSA v1 build provenance',
  sbom: 'SBOM',
  vuln: 'vulnerability scan',
  custom: 'custom predicate',
};

export async function run(inputs: ProvenanceInputs, deps: ProvenanceDeps = defaultDeps(inputs)): Promise<void> {
  try {
    await attest(inputs, deps);
  } catch (error) {
    if (inputs.summary) {
      await deps.writeSummary(failureSummaryMarkdown('Attestation could not be completed', describeFailure(error)));
    }
    throw error;
  }
}

/** The subjects of every source, merged; the image tag resolved once (with `platform`, its index's platform manifests listed). */
export async function collectSubjects(
  inputs: ProvenanceInputs,
  deps: { registry: () => Pick<RegistryClient, 'resolveDigest' | 'resolveImage'>; logger: Pick<Logger, 'info'> },
): Promise<{ subjects: Subject[]; image?: ImageSubjectInfo }> {
  const lists: Subject[][] = [];
  let image: ImageSubjectInfo | undefined;
  if (inputs.subjects.image) {
    image = await resolveImageSubject(inputs.subjects.image, inputs.subjects.platform, deps);
    lists.push([image.subject]);
  }
  if (inputs.subjects.paths.length > 0)
    lists.push(await subjectsFromPaths(inputs.subjects.paths, { workspace: inputs.workspace }));
  if (inputs.subjects.checksums) {
    lists.push(
      await subjectsFromChecksumsFile(
        inputs.subjects.checksums,
        `Input \`subject-checksums\` (${path.basename(inputs.subjects.checksums)})`,
      ),
    );
  }
  if (inputs.subjects.digest) lists.push([subjectFromDigest(inputs.subjects.digest, inputs.subjects.name)]);
  return { subjects: mergeSubjects(lists), ...(image ? { image } : {}) };
}

/**
 * subject-image resolved once (one request: a tag moved later changes nothing); with `platform`, the
 * platform manifests of its index that the input selects (bounded, one level), each its own subject digest.
 */
async function resolveImageSubject(
  input: string,
  platform: PlatformSelector | undefined,
  deps: { registry: () => Pick<RegistryClient, 'resolveDigest' | 'resolveImage'>; logger: Pick<Logger, 'info'> },
): Promise<ImageSubjectInfo> {
  const reference = parseRegistryReference(input, { label: 'subject-image' });
  const resolved = platform
    ? await deps.registry().resolveImage(reference)
    : { ...(await deps.registry().resolveDigest(reference)), isIndex: false, platforms: [] };
  const descriptor = { digest: resolved.digest, mediaType: resolved.mediaType, size: resolved.size };
  if (reference.digest && descriptor.digest !== reference.digest) {
    throw new InfrastructureError(`The registry answered ${descriptor.digest} for ${reference.name}; refused.`);
  }
  const subject = imageSubject(input, descriptor.digest);
  deps.logger.info(
    `subject-image ${reference.name} → ${subject.name}@${descriptor.digest}${reference.digest ? '' : ' (tag resolved once)'}`,
  );
  const platforms: ImageTargetInfo[] = [];
  if (platform) {
    const label = `subject-image ${subject.name}@${descriptor.digest}`;
    for (const manifest of selectPlatformManifests(resolved, platform, label)) {
      const name = platformName(manifest.platform);
      platforms.push({
        reference,
        descriptor: { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size },
        subject: imageSubject(input, manifest.digest),
        platform: name,
      });
      deps.logger.info(`  platform ${name}: ${subject.name}@${manifest.digest} (attested in its own statement)`);
    }
    if (!resolved.isIndex)
      deps.logger.info(`platform: ${subject.name}@${descriptor.digest} is a single manifest, not an index.`);
  }
  return { reference, descriptor, subject, platforms };
}

interface BuiltPredicate {
  predicateType: string;
  predicate: Record<string, unknown>;
  label: string;
}

/** A claim of the verified token as a string ('' when absent): GitHub sends strings, numbers are accepted. */
function claimText(claims: OidcClaims, name: string): string {
  const value = (claims as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/**
 * The GitHub server of the verified token (from its issuer, never from
 * GITHUB_SERVER_URL: an earlier step can rewrite the environment through
 * GITHUB_ENV). A differing GITHUB_SERVER_URL is reported, not used.
 */
function serverFromClaims(claims: OidcClaims, deps: ProvenanceDeps): string {
  const server = githubServerUrlFromIssuer(claimText(claims, 'iss'));
  const env = deps.context.serverUrl.replace(/\/+$/, '');
  if (env && env.toLowerCase() !== server.toLowerCase()) {
    deps.logger.warning(
      `GITHUB_SERVER_URL is ${env.slice(0, 200)}, but the OIDC token was issued for ${server}: the predicate uses ${server} (from the verified token).`,
    );
  }
  return server;
}

/** The run as the verified OIDC token describes it: the vuln predicate's invocation fields. */
function runFromClaims(
  claims: OidcClaims,
  deps: ProvenanceDeps,
): { serverUrl: string; repository: string; runId: string; runAttempt: string } {
  const run = {
    repository: claimText(claims, 'repository'),
    runId: claimText(claims, 'run_id'),
    runAttempt: claimText(claims, 'run_attempt'),
  };
  const missing = Object.entries({ repository: run.repository, run_id: run.runId, run_attempt: run.runAttempt })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new ConfigurationError(
      `The GitHub OIDC token lacks the claim(s) ${missing.join(', ')} that the vuln predicate's invocation is built from; is this token from a GitHub Actions job?`,
    );
  }
  return { serverUrl: serverFromClaims(claims, deps), ...run };
}

async function buildPredicate(
  inputs: ProvenanceInputs,
  claims: OidcClaims,
  deps: ProvenanceDeps,
): Promise<BuiltPredicate> {
  const p = inputs.predicate;
  switch (p.kind) {
    case 'slsa': {
      // Every field from the verified token's claims; the server from its issuer (never the step environment).
      const verified = provenanceClaims(claims as Record<string, unknown>);
      const predicate = buildSlsaProvenancePredicate(verified, serverFromClaims(claims, deps), p.externalInputs);
      return {
        predicateType: SLSA_PROVENANCE_V1,
        predicate: predicate as unknown as Record<string, unknown>,
        label: PREDICATE_LABELS.slsa,
      };
    }
    case 'sbom': {
      const sbom = await sbomPredicateFromFile(p.sbomPath);
      return {
        predicateType: sbom.predicateType,
        predicate: sbom.predicate,
        label: `SBOM (${sbom.format === 'spdx' ? 'SPDX' : 'CycloneDX'} ${sbom.version})`,
      };
    }
    case 'vuln': {
      const vuln = await vulnPredicateFromFile(p.scanReport, {
        context: runFromClaims(claims, deps),
        ...(typeof claims.workflow_ref === 'string' ? { workflowRef: claims.workflow_ref } : {}),
        now: deps.now,
      });
      return {
        predicateType: vuln.predicateType,
        predicate: vuln.predicate,
        label: `vulnerability scan (${vuln.source})`,
      };
    }
    case 'custom': {
      // Inline JSON (the `predicate` input) was parsed and checked with the inputs; a file is read here.
      if ('inline' in p) return { predicateType: p.predicateType, predicate: p.inline, label: PREDICATE_LABELS.custom };
      const custom = await customPredicateFromFile(p.predicateType, p.predicatePath);
      return { ...custom, label: PREDICATE_LABELS.custom };
    }
  }
}

function oidcIssuer(inputs: ProvenanceInputs, context: RunContext): string {
  if (inputs.oidcIssuer) return inputs.oidcIssuer;
  const issuer = defaultOidcIssuer(context.serverUrl);
  if (!issuer) {
    throw new ConfigurationError(
      `This runs on ${context.serverUrl}, whose OIDC issuer is not known: set \`oidc-issuer\` (GitHub Enterprise Server: https://<host>/_services/token).`,
    );
  }
  return issuer;
}

async function engineConfig(
  inputs: ProvenanceInputs,
  instance: SigstoreInstance,
  idToken: () => Promise<string>,
  deps: ProvenanceDeps,
): Promise<EngineConfig> {
  const config: EngineConfig = {
    engine: inputs.engine,
    instance,
    idToken,
    registry: deps.registry(),
    logger: deps.logger,
    now: deps.now,
  };
  const retry = retryFromEnv(deps.env);
  if (retry) config.retry = retry;
  if (inputs.engine === 'cosign') {
    const cosign = await deps.installCosign(inputs.cosign);
    deps.logger.info(`cosign ${cosign.version} (${cosign.source}${cosign.sha256 ? `, sha256 ${cosign.sha256}` : ''})`);
    config.cosign = {
      binary: cosign.binary,
      tempDir: path.join(deps.context.runnerTemp, 'provenance-cosign'),
      env: deps.env,
      ...(inputs.registryUsername && inputs.subjects.image
        ? {
            registryAuth: {
              registry: parseRegistryReference(inputs.subjects.image, { label: 'subject-image' }).registry,
              username: inputs.registryUsername,
              password: inputs.registryPassword,
            },
          }
        : {}),
    };
  }
  return config;
}

/** Why `bundle` is not a DSSE signature over exactly `payload` (in-toto payload type), or undefined when it is. */
export function signedPayloadProblem(bundle: object, payload: string): string | undefined {
  const envelope = (bundle as { dsseEnvelope?: { payload?: unknown; payloadType?: unknown } }).dsseEnvelope;
  if (!envelope || typeof envelope.payload !== 'string') return 'it holds no DSSE envelope';
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return `its payload type is '${String(envelope.payloadType).slice(0, 100)}'`;
  const signed = Buffer.from(envelope.payload, 'base64');
  if (!signed.equals(Buffer.from(payload, 'utf8'))) {
    return `its payload has sha256 ${createHash('sha256').update(signed).digest('hex')}, the statement ${createHash('sha256').update(payload).digest('hex')}`;
  }
  return undefined;
}

async function attest(inputs: ProvenanceInputs, deps: ProvenanceDeps): Promise<void> {
  const { instance, idToken, claims } = await identity(inputs, deps);
  // 3. Subjects, 4. predicate, 5. statements: all validated before anything is signed.
  const { subjects, image } = await collectSubjects(inputs, deps);
  const built = await buildPredicate(inputs, claims, deps);
  const planned = planStatements(inputs, subjects, image, built, deps.logger);

  await fsp.mkdir(inputs.outputDir, { recursive: true });
  const engine = await deps.createEngine(await engineConfig(inputs, instance, idToken, deps));
  const made: MadeAttestation[] = [];
  for (const plan of planned) made.push(await signStatement(inputs, deps, engine, instance.name, plan));

  // Outputs only once every statement is signed (and stored in the registry): a failed signing reports nothing as
  // attested. Set before GitHub's API is asked, so that a refusal there still says where the bundles are.
  setSigningOutputs(deps, made);
  // 7. GitHub's attestation API, and 8. the storage record of a pushed image.
  await storeMade(inputs, deps, instance.name, made);
  setStoredOutputs(deps, made);
  if (inputs.summary) await writeSummary(inputs, deps, instance.name, built.label, made);
}

/** 1. No OIDC, no attestation; 2. the workflow identity (claims verified when they go into the predicate). */
async function identity(
  inputs: ProvenanceInputs,
  deps: ProvenanceDeps,
): Promise<{ instance: SigstoreInstance; idToken: () => Promise<string>; claims: OidcClaims }> {
  const { context, logger } = deps;
  // Said before anything is resolved, read or downloaded.
  requireIdToken(context, deps.env);
  const s = inputs.subjects;
  if (!s.image && s.paths.length === 0 && !s.checksums && !s.digest) {
    throw new ConfigurationError(
      'Nothing to attest: set `subject-image`, `subject-path`, `subject-checksums` or `subject-digest` with `subject-name`.',
    );
  }
  const instance = keylessInstance(inputs.sigstore);
  const { firstToken: token, tokenSource: idToken } = await openTokenSession({
    env: deps.env,
    logger,
    retry: retryFromEnv(deps.env),
  });
  // Claims that go into the predicate (SLSA provenance; the vuln predicate's invocation) are verified first.
  const claims =
    inputs.predicate.kind === 'slsa' || inputs.predicate.kind === 'vuln'
      ? await verifyIdToken(token, oidcIssuer(inputs, context), { audience: SIGSTORE_AUDIENCE })
      : decodeClaims(token);
  applyPublicLogPolicy(instance, claims, context.payload, inputs.sigstore.publicLog, logger);
  return { instance, idToken, claims };
}

interface PlannedStatement {
  statement: Statement;
  payload: string;
  id: string;
  /** The image manifest this statement is about (pushed there as a referrer), when it has one. */
  target?: ImageTargetInfo;
}

/**
 * One statement for every subject, or (attestation-per-subject) one per subject, for consumers that take a
 * single subject; with `platform`, one more per selected platform manifest, each with its own subject digest.
 */
function planStatements(
  inputs: ProvenanceInputs,
  subjects: Subject[],
  image: ImageSubjectInfo | undefined,
  built: BuiltPredicate,
  logger: Logger,
): PlannedStatement[] {
  const groups: { subjects: Subject[]; target?: ImageTargetInfo }[] = (
    inputs.perSubject ? subjects.map((subject) => [subject]) : [subjects]
  ).map((group) => {
    const hasImage = image && group.some((subject) => sameSubject(subject, image.subject));
    return { subjects: group, ...(hasImage ? { target: image } : {}) };
  });
  if (inputs.perSubject) logger.info(`attestation-per-subject: ${groups.length} statement(s), one per subject.`);
  for (const platform of image?.platforms ?? []) groups.push({ subjects: [platform.subject], target: platform });
  if (image?.platforms.length)
    logger.info(`platform: ${image.platforms.length} platform manifest statement(s) besides the index's.`);
  return groups.map((group) => {
    const statement: Statement = buildStatement(group.subjects, built.predicateType, built.predicate);
    const payload = serializeStatement(statement);
    return {
      statement,
      payload,
      id: createHash('sha256').update(payload).digest('hex').slice(0, 16),
      ...(group.target ? { target: group.target } : {}),
    };
  });
}

function sameSubject(a: Subject, b: Subject): boolean {
  return a.name === b.name && a.digest.sha256 === b.digest.sha256;
}

/** 6. Sign one statement; the engine writes the bundle file and, for an image manifest, attaches it as a referrer. */
async function signStatement(
  inputs: ProvenanceInputs,
  deps: ProvenanceDeps,
  engine: SigningEngine,
  instanceName: string,
  { statement, payload, id, target }: PlannedStatement,
): Promise<MadeAttestation> {
  const { logger } = deps;
  const bundlePath = path.join(inputs.outputDir, `${inputs.predicate.kind}-${id}.sigstore.json`);
  const predicatePath = path.join(inputs.outputDir, `${inputs.predicate.kind}-${id}.predicate.json`);
  writeFileNoFollow(predicatePath, `${JSON.stringify(statement.predicate, null, 2)}\n`);
  logger.info(
    `Attesting ${statement.subject.length} subject(s)${target?.platform ? ` (platform manifest ${target.platform})` : ''} with ${statement.predicateType} (${inputs.engine} engine, ${instanceName} instance).`,
  );
  const pushTo: ImageTarget | undefined =
    target && inputs.pushToRegistry
      ? {
          reference: referenceWithDigest(target.reference, target.descriptor.digest),
          repository: repositoryName(target.reference),
          digest: target.descriptor.digest,
          mediaType: target.descriptor.mediaType,
          size: target.descriptor.size,
        }
      : undefined;
  // The engine serializes what it is given with JSON.stringify: hand it the parsed payload, so
  // that the bytes signed are exactly the validated serialization.
  const outcome = await engine.attest(JSON.parse(payload) as Statement, {
    bundlePath,
    ...(pushTo ? { pushTo } : {}),
  });
  // Both engines refuse a bundle that does not sign the statement before writing or storing it
  // (@scs/signing assertBundleSigns, parsed JSON compared). This second check is byte for byte, for
  // any engine (injected ones included); when it fires, an engine check was bypassed.
  const problem = signedPayloadProblem(outcome.bundle, payload);
  if (problem) {
    const where = outcome.stored
      ? ` It was already stored at ${outcome.stored.repository}@${outcome.stored.manifestDigest} (${outcome.stored.via}); delete that manifest.`
      : '';
    throw new InfrastructureError(
      `The ${inputs.engine} engine returned a bundle that does not sign the statement built by this step (${problem}); it is not reported as an attestation.${where}`,
    );
  }
  const registryRefs = outcome.stored
    ? [
        {
          repository: outcome.stored.repository,
          manifestDigest: outcome.stored.manifestDigest,
          via: outcome.stored.via,
          location: outcome.stored.location,
        },
      ]
    : [];
  if (pushTo && registryRefs.length === 0) {
    throw new InfrastructureError(
      'The signing engine reported no registry location for the attestation although push-to-registry is true; nothing is reported as stored.',
    );
  }
  logger.info(`Signed by ${outcome.certificateIdentity}; bundle ${outcome.bundlePath}.`);
  for (const ref of registryRefs)
    logger.info(`Stored in the registry: ${ref.repository}@${ref.manifestDigest} (${ref.via}).`);
  return { statement, predicatePath, outcome, registryRefs, pushed: Boolean(pushTo), ...(target ? { target } : {}) };
}

function setSigningOutputs(deps: ProvenanceDeps, made: MadeAttestation[]): void {
  const first = made[0]!;
  deps.setOutput('predicate-file', first.predicatePath);
  deps.setOutput('predicate-type', first.statement.predicateType);
  deps.setOutput('subjects', JSON.stringify(made.flatMap((m) => m.statement.subject)));
  deps.setOutput('bundle-path', first.outcome.bundlePath);
  deps.setOutput('attestation-refs', JSON.stringify(made.flatMap((m) => m.registryRefs)));
  deps.setOutput('certificate-identity', first.outcome.certificateIdentity);
  deps.setOutput('rekor-log-index', first.outcome.tlog?.logIndex ?? '');
}

/** GitHub's attestation API for each attestation, and the storage record of a pushed subject-image (the index). */
async function storeMade(
  inputs: ProvenanceInputs,
  deps: ProvenanceDeps,
  instanceName: string,
  made: MadeAttestation[],
): Promise<void> {
  // Created when first needed (never for github-attestation: false, nor without a token).
  let githubClient: GitHubClient | undefined;
  const client = (): GitHubClient | undefined =>
    inputs.githubAttestation !== 'false' && inputs.githubToken
      ? (githubClient ??= deps.github(inputs.githubToken))
      : undefined;
  const refusal = { noticed: false };
  for (const m of made) {
    const stored = await storeWithGitHub(inputs, deps, client, instanceName, m.outcome.bundle, refusal);
    if (stored) m.stored = stored;
    const image = m.target && !m.target.platform ? m.target : undefined;
    const recordClient = stored && m.pushed && image && inputs.createStorageRecord ? client() : undefined;
    if (!recordClient || !image) continue;
    const storageRecord = await createStorageRecord(
      recordClient,
      deps.context.repository,
      payloadOwnerType(deps.context),
      {
        name: image.subject.name,
        digest: image.descriptor.digest,
        registryUrl: `https://${image.reference.registry}`,
      },
    );
    const what = `${image.subject.name}@${image.descriptor.digest}`;
    if (storageRecord.created) {
      deps.logger.info(`Storage record(s) ${storageRecord.ids.join(', ')} created for ${what}.`);
      m.storageRecordIds = storageRecord.ids;
    } else if (storageRecord.notApplicable) {
      deps.logger.info(`No artifact metadata storage record: ${storageRecord.reason}.`);
    } else {
      deps.logger.warning(
        `No artifact metadata storage record was created for ${what}: ${storageRecord.reason}. The attestation is made and stored all the same.`,
      );
    }
  }
}

function setStoredOutputs(deps: ProvenanceDeps, made: MadeAttestation[]): void {
  const first = made[0]!;
  deps.setOutput('attestation-id', first.stored?.id ?? '');
  deps.setOutput('attestation-url', first.stored?.url ?? '');
  deps.setOutput('storage-record-ids', JSON.stringify(made.flatMap((m) => m.storageRecordIds ?? [])));
  deps.setOutput(
    'attestations',
    JSON.stringify(
      made.map((m) => ({
        subjects: m.statement.subject,
        platform: m.target?.platform ?? '',
        'bundle-path': m.outcome.bundlePath,
        'attestation-id': m.stored?.id ?? '',
        'attestation-url': m.stored?.url ?? '',
        'attestation-refs': m.registryRefs,
        'rekor-log-index': m.outcome.tlog?.logIndex ?? '',
      })),
    ),
  );
}

async function writeSummary(
  inputs: ProvenanceInputs,
  deps: ProvenanceDeps,
  instanceName: SigstoreInstance['name'],
  label: string,
  made: MadeAttestation[],
): Promise<void> {
  const budget = Math.floor((await deps.summaryBudget()) / made.length);
  const parts = made.map((m) => {
    const target = m.target;
    const firstFile = m.statement.subject.find((subject) => !(target && sameSubject(subject, target.subject)));
    const outcome = m.outcome;
    const commands = verifyCommands({
      ...(target ? { imageWithDigest: `${target.subject.name}@${target.descriptor.digest}` } : {}),
      ...(firstFile ? { fileSubject: firstFile.name } : {}),
      bundlePath: outcome.bundlePath,
      predicateType: m.statement.predicateType,
      certificateIdentity: outcome.certificateIdentity,
      certificateIssuer: outcome.certificateIssuer,
      repository: deps.context.repository,
      githubStored: m.stored !== undefined,
      instance: instanceName,
    });
    const registryNote = target ? 'not pushed (push-to-registry: false)' : 'not applicable (no subject-image)';
    return renderProvenanceSummary(
      {
        predicateLabel: label,
        predicateType: m.statement.predicateType,
        ...(target?.platform ? { platform: target.platform } : {}),
        subjects: m.statement.subject,
        engine: inputs.engine,
        instance: instanceName,
        certificateIdentity: outcome.certificateIdentity,
        certificateIssuer: outcome.certificateIssuer,
        ...(outcome.tlog
          ? { tlog: { logIndex: outcome.tlog.logIndex, ...(outcome.tlog.url ? { url: outcome.tlog.url } : {}) } }
          : {}),
        timestamps: outcome.timestamps,
        bundlePath: outcome.bundlePath,
        predicatePath: m.predicatePath,
        registry: m.registryRefs,
        ...(m.registryRefs.length === 0 ? { registryNote } : {}),
        ...(m.stored ? { github: m.stored } : {}),
        verifyCommands: commands,
      },
      { budgetBytes: budget },
    );
  });
  await deps.writeSummary(parts.join('\n'));
}

interface MadeAttestation {
  statement: Statement;
  predicatePath: string;
  outcome: Awaited<ReturnType<SigningEngine['attest']>>;
  registryRefs: { repository: string; manifestDigest: string; via: string; location?: string }[];
  stored?: StoredAttestation;
  storageRecordIds?: number[];
  /** The statement was pushed to the registry (next to its target). */
  pushed: boolean;
  /** The image manifest the statement is about: subject-image, or (platform set) one platform manifest. */
  target?: ImageTargetInfo;
}

/** The repository owner's type from the event payload (Organization, User), when the payload says. */
function payloadOwnerType(context: RunContext): string | undefined {
  const type = (context.payload as { repository?: { owner?: { type?: unknown } } } | undefined)?.repository?.owner
    ?.type;
  return typeof type === 'string' ? type : undefined;
}

/**
 * github-attestation: false → not stored; true → stored or the step fails;
 * auto (the default, what actions/attest users expect) → stored when GitHub
 * can take the bundle (public-good or github instance, a token), and a
 * missing permission (HTTP 403/404) or a refused bundle (422) is a notice:
 * the attestation is made and kept (bundle file, registry) all the same.
 */
async function storeWithGitHub(
  inputs: ProvenanceInputs,
  deps: ProvenanceDeps,
  githubClient: () => GitHubClient | undefined,
  instanceName: string,
  bundle: object,
  /** Set once auto mode gave up (one notice, not one per attestation). */
  refusal: { noticed: boolean },
): Promise<StoredAttestation | undefined> {
  if (inputs.githubAttestation === 'false' || refusal.noticed) return undefined;
  const auto = inputs.githubAttestation === 'auto';
  if (auto && instanceName === 'custom') {
    refusal.noticed = true;
    deps.logger.info(
      "Not stored with GitHub's attestation API (github-attestation: auto): it takes bundles of the public-good or github Sigstore instance only.",
    );
    return undefined;
  }
  const client = githubClient();
  if (!client) {
    refusal.noticed = true;
    if (auto)
      (deps.notice ?? core.notice)(
        "Not stored with GitHub's attestation API: no `github-token` (github-attestation: auto). The bundle file and any registry copy were written.",
      );
    return undefined;
  }
  try {
    const stored = await storeGitHubAttestation(client, deps.context.repository, deps.context.serverUrl, bundle);
    deps.logger.info(`Stored with GitHub's attestation API: ${stored.url}`);
    return stored;
  } catch (error) {
    if (auto && (error instanceof AttestationPermissionError || error instanceof AttestationRejectedError)) {
      refusal.noticed = true;
      (deps.notice ?? core.notice)(
        `Not stored with GitHub's attestation API (github-attestation: auto): ${error.message} ` +
          'Set `github-attestation: true` to fail the step instead, or `false` not to try.',
      );
      return undefined;
    }
    throw error;
  }
}
