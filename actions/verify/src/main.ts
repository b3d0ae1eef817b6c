import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  actionRuntime,
  ConfigurationError,
  InfrastructureError,
  PolicyFailure,
  describeFailure,
  errorMessage,
  failureSummaryMarkdown,
  logger,
  writeFileNoFollow,
  writeJobSummary,
  type RunContext,
} from '@scs/action-kit';
import { GitHubClient } from '@scs/github-api';
import {
  parseRegistryReference,
  platformName,
  referenceWithDigest,
  registryClientForAction,
  repositoryName,
  selectPlatformManifests,
  type PlatformManifest,
} from '@scs/oci';
import {
  Deadline,
  EvidenceBudget,
  buildAdmissionExport,
  CONTROLLER_NAMES,
  loadTrustedRootFile,
  type AdmissionController,
  type AdmissionExportOptions,
  describeUnverifiedLegacy,
  evaluateSubject,
  fetchGitHubAttestations,
  identityReasons,
  imagePatternFor,
  loadTrust,
  readBundleFile,
  verifyCandidates,
  verifyLegacySignature,
  type AttestationsOwner,
  type BundleVerification,
  type Candidate,
  type LegacyEvidenceSource,
  type LegacySignatureLayer,
  type LoadedTrust,
  type OciEvidenceSource,
  type SourceResult,
  type SubjectVerdict,
  type VerificationSubject,
} from '@scs/verification';
import type { VerifyInputs } from './inputs.js';
import { registryEvidence } from './registry-evidence.js';
import { bundleEntry, resultsOutput, type SubjectResultEntry } from './results.js';
import { renderExportSummary, renderSummary, type ExportFiles } from './summary-renderer.js';

export interface VerifyDeps {
  setOutput: (name: string, value: string) => void;
  context: RunContext;
  now: () => Date;
  loadTrust: typeof loadTrust;
  /** Builds the registry evidence source for an image (tests substitute it). */
  registry?: (inputs: VerifyInputs) => ImageEvidence;
  /** Bounds of one step (tests lower them): the bytes of evidence read, and the time to verify it. */
  evidenceBudget?: EvidenceBudget;
  deadline?: Deadline;
}

export interface ImageEvidence {
  /** Resolves the image once (a tag to its digest); for an image index, its platform manifests. */
  resolve: () => Promise<{ digest: string; name: string; isIndex?: boolean; platforms?: PlatformManifest[] }>;
  /** Evidence next to the resolved digest. */
  readonly evidence: OciEvidenceSource & LegacyEvidenceSource;
}

interface Collected {
  subject: VerificationSubject;
  label: string;
  /** os/arch[/variant] of a platform manifest of the image index (text from the registry). */
  platform?: string;
  candidates: Candidate[];
  problems: string[];
  /** Evidence that exists and was not read or verified (a bound was reached): the subject fails. */
  incomplete: string[];
  notes: string[];
  /** Legacy cosign evidence present and not verified in-process, described. */
  legacy: string[];
  /** Keyless legacy `.sig` signatures, verified like bundles. */
  legacySignatures?: LegacySignatureLayer[];
}

function defaultRegistry(inputs: VerifyInputs, context: RunContext): ImageEvidence {
  const ref = parseRegistryReference(inputs.image, { label: 'image' });
  const client = registryClientForAction(inputs, context.actor, {
    mask: (secret) => core.setSecret(secret),
    debug: (message) => core.debug(message),
  });
  let resolvedRef = ref;
  return {
    async resolve() {
      // An index is listed (its platform manifests) only when platform manifests are to be checked.
      const resolved = await client.resolveImage(ref);
      if (ref.digest && resolved.digest !== ref.digest) {
        throw new InfrastructureError(`${ref.name}: the registry answered ${resolved.digest} for digest ${ref.digest}`);
      }
      resolvedRef = referenceWithDigest(ref, resolved.digest);
      return {
        digest: resolved.digest,
        name: repositoryName(ref),
        isIndex: resolved.isIndex,
        platforms: resolved.platforms,
      };
    },
    get evidence() {
      return registryEvidence(client, resolvedRef);
    },
  };
}

function policyLines(inputs: VerifyInputs): string[] {
  const p = inputs.policy;
  const lines: string[] = [];
  if (p.certificateIdentity) lines.push(`certificate identity = ${p.certificateIdentity}`);
  if (p.certificateIdentityRegexp) lines.push(`certificate identity matches ^(?:${p.certificateIdentityRegexp})$`);
  if (p.certificateOidcIssuer) lines.push(`OIDC issuer = ${p.certificateOidcIssuer}`);
  if (p.signerWorkflow)
    lines.push(`signer workflow = ${p.signerWorkflow}${p.signerRefs.length ? ` at ${p.signerRefs.join(', ')}` : ''}`);
  if (p.sourceRepository) lines.push(`source repository = ${p.sourceRepository}`);
  if (p.sourceRepositoryId) lines.push(`source repository id = ${p.sourceRepositoryId}`);
  if (p.ownerId) lines.push(`owner id = ${p.ownerId}`);
  if (p.sourceRef) lines.push(`source ref matches ${p.sourceRef}`);
  if (p.runnerEnvironment) lines.push(`runner environment = ${p.runnerEnvironment}`);
  if (p.requireAttestations.length)
    lines.push(`required attestations: ${p.requireAttestations.map((r) => r.name).join(', ')}`);
  if (p.builderId) lines.push(`SLSA builder id = ${p.builderId}`);
  if (p.maxSeverity) lines.push(`newest vuln attestation: nothing at or above ${p.maxSeverity}`);
  if (p.allowedVulnDbs?.length)
    lines.push(`vuln attestations count only when made with a DB from ${p.allowedVulnDbs.join(', ')}`);
  if (p.maxAge) lines.push(`evidence signed within ${p.maxAge.text}`);
  return lines;
}

function attestationsOwner(inputs: VerifyInputs, context: RunContext): AttestationsOwner | undefined {
  const value = inputs.attestationsOwner || context.repository;
  if (!value) return undefined;
  return value.includes('/')
    ? { kind: 'repository', repository: value }
    : { kind: 'organization', organization: value };
}

export async function run(inputs: VerifyInputs, overrides: Partial<VerifyDeps> = {}): Promise<void> {
  const runtime = actionRuntime();
  const deps: VerifyDeps = {
    setOutput: runtime.setOutput,
    get context() {
      return runtime.context;
    },
    now: runtime.now,
    loadTrust,
    ...overrides,
  };
  try {
    await verify(inputs, deps);
  } catch (error) {
    if (!(error instanceof PolicyFailure)) {
      deps.setOutput('verified', 'false');
      if (inputs.summary)
        await writeJobSummary(
          failureSummaryMarkdown('Supply-chain verify could not be completed', describeFailure(error)),
        );
    }
    throw error;
  }
}

const EXPORT_FILE_NAMES: Record<AdmissionController, { file: string; output: string; label: string }> = {
  kyverno: { file: 'kyverno-cluster-policy.yaml', output: 'kyverno-policy-file', label: 'Kyverno ClusterPolicy' },
  'policy-controller': {
    file: 'policy-controller-cluster-image-policy.yaml',
    output: 'policy-controller-file',
    label: 'policy-controller ClusterImagePolicy',
  },
  ratify: {
    file: 'gatekeeper-ratify-policy.yaml',
    output: 'ratify-policy-file',
    label: 'Gatekeeper + Ratify resources',
  },
};

/**
 * Writes the admission policies of the chosen controllers and sets their
 * outputs. A controller that cannot enforce a policy input (and that
 * allow-unenforced does not accept) gets no file: with `export-only` that
 * fails the step; after a verification it is reported as a warning and the
 * verification result stands.
 */
function writeAdmissionExports(
  inputs: VerifyInputs,
  deps: VerifyDeps,
  trust: AdmissionExportOptions['trust'],
  imagePattern: string,
  /** The platform manifests of an index the gate also checked (all, or os/arch): no controller checks them so. */
  platformManifests?: string,
): ExportFiles {
  let exported;
  try {
    const policy = platformManifests ? { ...inputs.policy, platformManifests } : inputs.policy;
    exported = buildAdmissionExport(policy, {
      name: inputs.policyName,
      imagePatterns: [imagePattern],
      instance: inputs.instance,
      ...(trust ? { trust } : {}),
      serverUrl: deps.context.serverUrl || 'https://github.com',
      controllers: inputs.exportControllers,
      allowUnenforced: inputs.allowUnenforced,
    });
  } catch (error) {
    if (inputs.exportOnly || !(error instanceof ConfigurationError)) throw error;
    // The step's result is the verification; the refused export is reported, not hidden (export-only fails on it).
    core.warning(`${errorMessage(error)}\nNo admission policy was written; the verification result is not affected.`);
    return { refused: errorMessage(error) };
  }
  const files: ExportFiles = { written: [], notEnforced: [], stricter: [], adminSteps: [] };
  fs.mkdirSync(inputs.outputDir, { recursive: true });
  for (const one of exported.exports) {
    const names = EXPORT_FILE_NAMES[one.controller];
    const file = path.join(inputs.outputDir, names.file);
    writeFileNoFollow(file, one.yaml);
    deps.setOutput(names.output, file);
    files.written!.push({ label: names.label, file });
    files.notEnforced!.push(...one.notEnforced.map((n) => `${CONTROLLER_NAMES[one.controller]}: ${n}`));
    files.stricter!.push(...one.stricter.map((n) => `${CONTROLLER_NAMES[one.controller]}: ${n}`));
    files.adminSteps!.push(...one.adminSteps.map((n) => `${CONTROLLER_NAMES[one.controller]}: ${n}`));
    for (const n of one.notEnforced)
      core.warning(
        `Admission export: ${CONTROLLER_NAMES[one.controller]} will not check ${n} (accepted by allow-unenforced).`,
      );
    for (const n of one.adminSteps) core.notice(`Admission export: ${CONTROLLER_NAMES[one.controller]}: ${n}.`);
  }
  deps.setOutput('not-enforced', JSON.stringify(files.notEnforced));
  return files;
}

/** export-only: the policies from the inputs alone; no evidence is read and nothing is fetched. */
async function exportOnly(inputs: VerifyInputs, deps: VerifyDeps): Promise<void> {
  // A custom instance's trusted root is a local file; the public-good and GitHub roots are not fetched (their controllers use TUF).
  const trust = inputs.instance === 'custom' ? loadTrustedRootFile(inputs.trustedRoot) : undefined;
  const files = writeAdmissionExports(inputs, deps, trust, imagePatternFor(inputs.image));
  core.info(
    `Admission policies written for ${imagePatternFor(inputs.image)} (export-only: no evidence was read, nothing was verified).`,
  );
  for (const written of files.written ?? []) core.info(`  ${written.label}: ${written.file}`);
  deps.setOutput('verified', 'false');
  if (inputs.summary) await writeJobSummary(renderExportSummary(files, policyLines(inputs), inputs.policyWarnings));
}

async function verify(inputs: VerifyInputs, deps: VerifyDeps): Promise<void> {
  // Said here, not in inputs.ts: action.yml's defaults name no subject, and they are valid input.
  if (!inputs.image && inputs.files.length === 0) {
    throw new ConfigurationError('Set `image` (an image to verify) or `files` (files with their bundles).');
  }
  for (const warning of inputs.policyWarnings) core.warning(warning);
  if (inputs.exportOnly) {
    await exportOnly(inputs, deps);
    return;
  }
  const sources = new Set(inputs.sources);
  if (sources.has('legacy') && !inputs.sourcesAll) {
    core.info(
      'Legacy cosign keyless .sig signatures and .att attestations are verified in-process; key-signed legacy tags are reported, not verified (see the README).',
    );
  }
  const trust: LoadedTrust = await deps.loadTrust({
    instance: inputs.instance,
    trustedRootPath: inputs.trustedRoot,
    tufCachePath: path.join(deps.context.runnerTemp || inputs.outputDir, 'scs-verify-tuf', inputs.instance),
  });
  core.info(
    `Trusted root: ${trust.source} (${trust.root.certificateAuthorities.length} CA(s), ${trust.tlogs.length} log(s), ${trust.root.timestampAuthorities.length} TSA(s)).`,
  );

  const evidence = new EvidenceReader(inputs, deps.evidenceBudget ?? new EvidenceBudget());
  const bundleFiles = inputs.bundlePaths.map((file) => evidence.read(file));
  const { collected, image } = inputs.image
    ? await collectImage(inputs, deps, sources, evidence.budget)
    : { collected: collectFiles(inputs, sources, bundleFiles, evidence), image: undefined };
  if (sources.has('files')) addBundleFiles(collected, inputs, bundleFiles, evidence.budget, Boolean(image));
  await addGitHubAttestations(collected, inputs, deps, sources, evidence.budget);

  const evaluated = evaluate(collected, inputs, deps, trust);
  await report(inputs, deps, trust, evaluated, image);
}

/** Bundle files: confined to the workspace and RUNNER_TEMP (real paths), regular files, each capped while read, all counted in the budget. */
class EvidenceReader {
  private readonly roots: string[];
  constructor(
    private readonly inputs: VerifyInputs,
    readonly budget: EvidenceBudget,
  ) {
    this.roots = [inputs.workspace, inputs.runnerTemp].filter(Boolean);
  }

  read(file: string): ReturnType<typeof readBundleFile> {
    const read = readBundleFile(file, { roots: this.roots });
    if (read.bytes !== undefined && !this.budget.take(read.bytes)) {
      delete read.json;
      read.claimedDigests = [];
      read.error = `not used: ${this.budget.describe()}`;
    }
    return read;
  }

  location(file: string): string {
    return path.relative(this.inputs.workspace, file).split(path.sep).join('/') || file;
  }
}

function newCollected(subject: VerificationSubject, label: string, platform?: string): Collected {
  return {
    subject,
    label,
    ...(platform ? { platform } : {}),
    candidates: [],
    problems: [],
    notes: [],
    legacy: [],
    incomplete: [],
  };
}

interface ResolvedImageSubject {
  digest: string;
  name: string;
}

/**
 * The image, resolved once: the manifest (or index) it names and, for an index, the platform manifests the
 * `platform` input selects (bounded, one level), each a subject of its own with its own evidence.
 */
async function collectImage(
  inputs: VerifyInputs,
  deps: VerifyDeps,
  sources: Set<string>,
  budget: EvidenceBudget,
): Promise<{ collected: Collected[]; image: ResolvedImageSubject }> {
  const registry = (deps.registry ?? ((i: VerifyInputs) => defaultRegistry(i, deps.context)))(inputs);
  const resolved = await registry.resolve();
  if (!inputs.image.includes('@'))
    core.info(`Resolved ${inputs.image} to ${resolved.digest} (verified by digest from here on).`);
  const label = `${resolved.name}@${resolved.digest}`;
  const platforms = selectPlatformManifests(
    { isIndex: resolved.isIndex ?? false, platforms: resolved.platforms ?? [] },
    inputs.platform,
    `image ${label}`,
  );
  if (platforms.length > 0)
    core.info(
      `${label} is an image index: it and ${platforms.length} platform manifest(s) (${inputs.platform.all ? 'platform: all' : `platform: ${inputs.platform.text}`}) must each pass.`,
    );
  else if (!inputs.platform.all)
    core.info(`platform: ${label} is a single manifest, not an index; it is verified as it is.`);
  const subjects = [
    newCollected({ kind: 'image', digest: resolved.digest, name: resolved.name }, label),
    ...platforms.map((p) =>
      newCollected(
        { kind: 'image', digest: p.digest, name: resolved.name },
        `${resolved.name}@${p.digest} (${platformName(p.platform)})`,
        platformName(p.platform),
      ),
    ),
  ];
  for (const entry of subjects) await addRegistryEvidence(entry, registry.evidence, sources, budget);
  return { collected: subjects, image: resolved };
}

/** The OCI referrers and cosign's legacy tags of one image digest. */
async function addRegistryEvidence(
  entry: Collected,
  evidence: ImageEvidence['evidence'],
  sources: Set<string>,
  budget: EvidenceBudget,
): Promise<void> {
  const digest = entry.subject.digest;
  if (sources.has('referrers')) {
    try {
      const found = await evidence.referrerBundles(digest, { budget });
      addFound(entry, 'referrers', found);
    } catch (error) {
      entry.problems.push(`OCI referrers could not be read: ${errorMessage(error)}`);
    }
  }
  if (sources.has('legacy')) {
    try {
      const found = await evidence.legacyEvidence(digest, { budget });
      entry.legacySignatures = found.signatures;
      entry.incomplete.push(...(found.incomplete ?? []));
      if (found.unverified.length > 0) entry.legacy.push(describeUnverifiedLegacy(found.unverified));
      entry.problems.push(...found.problems);
      entry.notes.push(...found.notes);
      entry.notes.push(...entry.legacy);
    } catch (error) {
      entry.problems.push(`legacy cosign tags could not be listed: ${errorMessage(error)}`);
    }
  }
}

/** What one evidence source found for a subject: its bundles as candidates, its problems, notes and bounds reached. */
function addFound(entry: Collected, source: 'referrers' | 'github', found: SourceResult): void {
  entry.candidates.push(...found.bundles.map((b) => ({ origin: { source, location: b.location }, bundle: b.bundle })));
  entry.problems.push(...found.problems);
  entry.notes.push(...found.notes);
  entry.incomplete.push(...(found.incomplete ?? []));
}

/** Each file of `files` (expanded in inputs.ts), hashed, with its own `<file>.sigstore.json`. */
function collectFiles(
  inputs: VerifyInputs,
  sources: Set<string>,
  bundleFiles: ReturnType<typeof readBundleFile>[],
  evidence: EvidenceReader,
): Collected[] {
  return inputs.files.map((file) => {
    const content = fs.readFileSync(file);
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    const relative = path.relative(inputs.workspace, file).split(path.sep).join('/');
    const entry = newCollected({ kind: 'file', path: relative, digest, content }, relative);
    const own = `${file}.sigstore.json`;
    // Present as anything (a link too, even a dangling one): read confined like `bundle-paths`, or refused with the reason.
    if (
      sources.has('files') &&
      fs.lstatSync(own, { throwIfNoEntry: false }) &&
      !bundleFiles.some((b) => b.path === own)
    ) {
      const read = evidence.read(own);
      const location = evidence.location(own);
      if (read.error) entry.problems.push(`${location}: ${read.error}`);
      else entry.candidates.push({ origin: { source: 'files', location }, bundle: read.json });
      if (evidence.budget.exhausted) entry.incomplete.push(`bundle files: ${evidence.budget.describe()}`);
    }
    return entry;
  });
}

/**
 * `bundle-paths`: a listed bundle is evidence for the subjects whose digest it claims; with one subject (or,
 * for an image, when it claims none of them), for the one the input names.
 */
function addBundleFiles(
  collected: Collected[],
  inputs: VerifyInputs,
  bundleFiles: ReturnType<typeof readBundleFile>[],
  budget: EvidenceBudget,
  image: boolean,
): void {
  const hexes = collected.map((entry) => entry.subject.digest.replace(/^sha256:/, ''));
  for (const [index, entry] of collected.entries()) {
    for (const file of bundleFiles) {
      const location = path.relative(inputs.workspace, file.path).split(path.sep).join('/') || file.path;
      if (file.error) {
        entry.problems.push(`${location}: ${file.error}`);
        if (budget.exhausted && !entry.incomplete.length) entry.incomplete.push(`bundle files: ${budget.describe()}`);
        continue;
      }
      const claimsNone = !hexes.some((hex) => file.claimedDigests.includes(hex));
      if (file.claimedDigests.includes(hexes[index]!) || collected.length === 1 || (image && index === 0 && claimsNone))
        entry.candidates.push({ origin: { source: 'files', location }, bundle: file.json });
    }
  }
}

async function addGitHubAttestations(
  collected: Collected[],
  inputs: VerifyInputs,
  deps: VerifyDeps,
  sources: Set<string>,
  budget: EvidenceBudget,
): Promise<void> {
  const github = sources.has('github') ? attestationsOwner(inputs, deps.context) : undefined;
  if (!github) return;
  const client = inputs.githubToken
    ? new GitHubClient({
        token: inputs.githubToken,
        apiUrl: deps.context.apiUrl,
        log: (m) => core.debug(m),
        maxRetries: 2,
      })
    : undefined;
  for (const entry of collected) {
    if (!client) {
      entry.problems.push("GitHub's attestation API was not asked: no `github-token`");
      continue;
    }
    const found = await fetchGitHubAttestations(client, github, entry.subject.digest, { budget });
    addFound(entry, 'github', found);
  }
}

interface Evaluated {
  verdicts: SubjectVerdict[];
  sourceProblems: Map<string, string[]>;
  sourceNotes: Map<string, string[]>;
  platforms: Map<string, string>;
}

/** Each subject's evidence verified (one bundle at a time, bounded in time) and evaluated against the policy. */
function evaluate(collected: Collected[], inputs: VerifyInputs, deps: VerifyDeps, trust: LoadedTrust): Evaluated {
  const out: Evaluated = { verdicts: [], sourceProblems: new Map(), sourceNotes: new Map(), platforms: new Map() };
  const deadline = deps.deadline ?? new Deadline();
  const identityPolicy = (identity: Parameters<typeof identityReasons>[0]) => identityReasons(identity, inputs.policy);
  for (const entry of collected) {
    // One at a time, each bundle released once verified; duplicates skipped only after a copy verified; bounded in time.
    const checked = verifyCandidates(entry.candidates, {
      trust,
      subject: entry.subject,
      identityPolicy,
      ...(inputs.policy.publicKey ? { publicKey: inputs.policy.publicKey } : {}),
      deadline,
    });
    entry.candidates = [];
    const results: BundleVerification[] = checked.results;
    entry.notes.push(...checked.notes);
    entry.incomplete.push(...checked.incomplete);
    let legacyLeft = 0;
    for (const signature of entry.legacySignatures ?? []) {
      if (deadline.passed()) legacyLeft += 1;
      else results.push(verifyLegacySignature(signature, { trust, subject: entry.subject }));
    }
    if (legacyLeft > 0)
      entry.incomplete.push(
        `verification stopped at its ${Math.round(deadline.ms / 1000)} s bound: ${legacyLeft} legacy signature(s) were not verified`,
      );
    const verdict = evaluateSubject(entry.subject, results, inputs.policy, deps.now(), entry.legacy);
    verdict.label = entry.label;
    if (entry.incomplete.length > 0) {
      // Part of the evidence was not considered (a newer failing attestation may be in it): never a pass on the rest.
      for (const why of entry.incomplete) verdict.reasons.push(`evidence not all considered: ${why}`);
      verdict.passed = false;
    }
    out.verdicts.push(verdict);
    out.sourceProblems.set(entry.label, entry.problems);
    out.sourceNotes.set(entry.label, entry.notes);
    if (entry.platform) out.platforms.set(entry.label, entry.platform);
    logVerdict(entry, verdict, results.length);
  }
  return out;
}

function logVerdict(entry: Collected, verdict: SubjectVerdict, evaluated: number): void {
  for (const problem of entry.problems) core.warning(`${entry.label}: ${problem}`);
  logger.info(`${entry.label}: ${verdict.passed ? 'PASSED' : 'FAILED'} (${evaluated} bundle(s) evaluated)`);
  const lines = verdict.outcomes.map((o) => {
    const why = [...o.bundle.reasons, ...o.policyReasons];
    return `  ${o.passed ? 'pass' : 'FAIL'} ${o.bundle.origin.source} ${o.bundle.type}${o.bundle.predicateType ? ` ${o.bundle.predicateType}` : ''} ${o.bundle.identity?.subjectAlternativeName ?? ''}${why.length ? `\n      ${why.join('\n      ')}` : ''}`;
  });
  logger.untrusted([...lines, ...entry.notes.map((n) => `  note: ${n}`)].join('\n'));
}

/** Outputs, the results file, the admission exports and the summary; then one gate over every subject. */
async function report(
  inputs: VerifyInputs,
  deps: VerifyDeps,
  trust: LoadedTrust,
  evaluated: Evaluated,
  image: ResolvedImageSubject | undefined,
): Promise<void> {
  const { verdicts, sourceProblems, sourceNotes, platforms } = evaluated;
  fs.mkdirSync(inputs.outputDir, { recursive: true });
  const entries = verdicts.flatMap((v) => v.outcomes.map((o) => bundleEntry(v, o)));
  const subjects: SubjectResultEntry[] = verdicts.map((v) => ({
    subject: v.label,
    digest: v.subject.digest,
    platform: platforms.get(v.label) ?? null,
    passed: v.passed,
    reasons: v.reasons,
    checks: v.checks,
    signerIdentity: v.signerIdentity ?? null,
    bundles: v.outcomes.length,
    problems: sourceProblems.get(v.label) ?? [],
    notes: sourceNotes.get(v.label) ?? [],
  }));
  const resultsFile = path.join(inputs.outputDir, 'verify-results.json');
  writeFileNoFollow(
    resultsFile,
    `${JSON.stringify({ trustedRoot: trust.source, subjects, bundles: entries }, null, 2)}\n`,
  );

  let exportFiles: ExportFiles = {};
  if (inputs.exportPolicy && image) {
    const checked = platforms.size > 0 ? (inputs.platform.all ? 'all' : inputs.platform.text) : undefined;
    exportFiles = writeAdmissionExports(inputs, deps, trust, imagePatternFor(image.name), checked);
  } else if (inputs.exportPolicy) {
    core.info('Admission policies are exported for images only; nothing exported for files.');
  }

  const passed = verdicts.every((v) => v.passed);
  deps.setOutput('verified', passed ? 'true' : 'false');
  if (image) deps.setOutput('digest', image.digest);
  const identity = verdicts.find((v) => v.signerIdentity)?.signerIdentity;
  deps.setOutput('signer-identity', passed && identity ? identity : '');
  setListOutput(deps, 'results', entries, resultsFile, 'bundles');
  setListOutput(
    deps,
    'subjects',
    subjects.map(({ subject, digest, platform, passed: ok, reasons }) => ({
      subject,
      digest,
      platform,
      passed: ok,
      reasons,
    })),
    resultsFile,
    'subjects',
  );
  deps.setOutput('results-file', resultsFile);

  if (inputs.summary) {
    await writeJobSummary(
      renderSummary({
        verdicts,
        sourceProblems,
        sourceNotes,
        trustSource: trust.source,
        policyWarnings: inputs.policyWarnings,
        policyLines: policyLines(inputs),
        exportFiles,
      }),
    );
  }
  if (!passed) throw new PolicyFailure(`Verification failed.\n${failureLines(verdicts, sourceProblems).join('\n')}`);
}

/** A JSON list output, bounded (GitHub limits step outputs); the results file has every entry. */
function setListOutput(deps: VerifyDeps, name: string, list: unknown[], resultsFile: string, noun: string): void {
  const output = resultsOutput(list);
  if (output.omitted > 0) {
    core.warning(
      `The ${name} output lists ${list.length - output.omitted} of ${list.length} ${noun} (GitHub limits step outputs); ${resultsFile} has all of them.`,
    );
  }
  deps.setOutput(name, output.json);
}

function failureLines(verdicts: SubjectVerdict[], sourceProblems: Map<string, string[]>): string[] {
  const lines: string[] = [];
  for (const v of verdicts.filter((x) => !x.passed)) {
    lines.push(`${v.label}: the policy failed`);
    for (const reason of v.reasons) lines.push(`  - ${reason}`);
    for (const o of v.outcomes) {
      const why = [...o.bundle.reasons, ...o.policyReasons];
      if (why.length > 0) lines.push(`  - ${o.bundle.origin.source} ${o.bundle.origin.location}: ${why.join('; ')}`);
    }
    for (const problem of sourceProblems.get(v.label) ?? []) lines.push(`  - evidence source problem: ${problem}`);
  }
  return lines;
}
