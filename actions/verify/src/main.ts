import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationError,
  InfrastructureError,
  PolicyFailure,
  describeFailure,
  errorMessage,
  failureSummaryMarkdown,
  isWithin,
  logger,
  readRunContext,
  writeFileNoFollow,
  writeJobSummary,
  type RunContext,
} from '@scs/action-kit';
import { GitHubClient } from '@scs/github-api';
import { RegistryClient, credentialChain, parseRegistryReference, referenceWithDigest, repositoryName } from '@scs/oci';
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
  /** Resolves the image once (a tag to its digest). */
  resolve: () => Promise<{ digest: string; name: string }>;
  /** Evidence next to the resolved digest. */
  readonly evidence: OciEvidenceSource & LegacyEvidenceSource;
}

/** Upper bound on one verified file (message signatures are checked over its bytes). */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;
const MAX_FILES = 1000;

interface Collected {
  subject: VerificationSubject;
  label: string;
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

function expandFiles(patterns: string[], workspace: string): string[] {
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

/** Bundle files are read from the workspace or RUNNER_TEMP (where sign-keyless and provenance write them), nowhere else. */
function expandBundlePaths(
  patterns: string[],
  workspace: string,
  runnerTemp = process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : '',
): string[] {
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

function defaultRegistry(inputs: VerifyInputs, context: RunContext): ImageEvidence {
  const ref = parseRegistryReference(inputs.image, { label: 'image' });
  const client = new RegistryClient({
    credentials: credentialChain({
      username: inputs.registryUsername,
      password: inputs.registryPassword,
      githubToken: inputs.githubToken,
      githubActor: context.actor,
    }),
    onSecret: (secret) => core.setSecret(secret),
    log: (message) => core.debug(message),
  });
  let resolvedRef = ref;
  return {
    async resolve() {
      const resolved = await client.resolveDigest(ref);
      if (ref.digest && resolved.digest !== ref.digest) {
        throw new InfrastructureError(`${ref.name}: the registry answered ${resolved.digest} for digest ${ref.digest}`);
      }
      resolvedRef = referenceWithDigest(ref, resolved.digest);
      return { digest: resolved.digest, name: repositoryName(ref) };
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
  const context = overrides.context ?? readRunContext();
  const deps: VerifyDeps = {
    setOutput: (name, value) => core.setOutput(name, value),
    context,
    now: () => new Date(),
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
): ExportFiles {
  let exported;
  try {
    exported = buildAdmissionExport(inputs.policy, {
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

  const budget = deps.evidenceBudget ?? new EvidenceBudget();
  const evidenceRoots = [inputs.workspace, process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : ''].filter(
    Boolean,
  );
  // Bundle files: confined to the workspace and RUNNER_TEMP (real paths), regular files, each capped while read, all counted in the budget.
  const readEvidenceFile = (file: string) => {
    const read = readBundleFile(file, { roots: evidenceRoots });
    if (read.bytes !== undefined && !budget.take(read.bytes)) {
      delete read.json;
      read.claimedDigests = [];
      read.error = `not used: ${budget.describe()}`;
    }
    return read;
  };
  const bundleFiles =
    inputs.bundlePaths.length > 0 ? expandBundlePaths(inputs.bundlePaths, inputs.workspace).map(readEvidenceFile) : [];
  const github = sources.has('github') ? attestationsOwner(inputs, deps.context) : undefined;
  const githubClient =
    github && inputs.githubToken
      ? new GitHubClient({
          token: inputs.githubToken,
          apiUrl: deps.context.apiUrl,
          log: (m) => core.debug(m),
          maxRetries: 2,
        })
      : undefined;

  const collected: Collected[] = [];
  let imageDigest = '';
  let imageName = '';

  if (inputs.image) {
    const registry = (deps.registry ?? ((i: VerifyInputs) => defaultRegistry(i, deps.context)))(inputs);
    const resolved = await registry.resolve();
    imageDigest = resolved.digest;
    imageName = resolved.name;
    if (!inputs.image.includes('@'))
      core.info(`Resolved ${inputs.image} to ${resolved.digest} (verified by digest from here on).`);
    const subject: VerificationSubject = { kind: 'image', digest: resolved.digest, name: resolved.name };
    const entry: Collected = {
      subject,
      label: `${resolved.name}@${resolved.digest}`,
      candidates: [],
      problems: [],
      notes: [],
      legacy: [],
      incomplete: [],
    };
    if (sources.has('referrers')) {
      try {
        const found = await registry.evidence.referrerBundles(resolved.digest, { budget });
        entry.candidates.push(
          ...found.bundles.map((b) => ({
            origin: { source: 'referrers' as const, location: b.location },
            bundle: b.bundle,
          })),
        );
        entry.problems.push(...found.problems);
        entry.notes.push(...found.notes);
        entry.incomplete.push(...(found.incomplete ?? []));
      } catch (error) {
        entry.problems.push(`OCI referrers could not be read: ${errorMessage(error)}`);
      }
    }
    if (sources.has('legacy')) {
      try {
        const found = await registry.evidence.legacyEvidence(resolved.digest, { budget });
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
    collected.push(entry);
  } else {
    for (const file of expandFiles(inputs.files, inputs.workspace)) {
      const size = fs.statSync(file).size;
      if (size > MAX_FILE_BYTES)
        throw new ConfigurationError(`Input \`files\`: ${file} is ${size} bytes; at most 2 GiB can be verified.`);
      const content = fs.readFileSync(file);
      const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
      const relative = path.relative(inputs.workspace, file).split(path.sep).join('/');
      const entry: Collected = {
        subject: { kind: 'file', path: relative, digest, content },
        label: relative,
        candidates: [],
        problems: [],
        notes: [],
        legacy: [],
        incomplete: [],
      };
      if (sources.has('files')) {
        const own = `${file}.sigstore.json`;
        // Present as anything (a link too, even a dangling one): read confined like `bundle-paths`, or refused with the reason.
        if (fs.lstatSync(own, { throwIfNoEntry: false }) && !bundleFiles.some((b) => b.path === own)) {
          const read = readEvidenceFile(own);
          const location = path.relative(inputs.workspace, own).split(path.sep).join('/');
          if (read.error) entry.problems.push(`${location}: ${read.error}`);
          else entry.candidates.push({ origin: { source: 'files', location }, bundle: read.json });
          if (budget.exhausted) entry.incomplete.push(`bundle files: ${budget.describe()}`);
        }
      }
      collected.push(entry);
    }
  }

  for (const entry of collected) {
    const hex = entry.subject.digest.replace(/^sha256:/, '');
    if (sources.has('files')) {
      for (const file of bundleFiles) {
        const location = path.relative(inputs.workspace, file.path).split(path.sep).join('/') || file.path;
        if (file.error) {
          entry.problems.push(`${location}: ${file.error}`);
          if (budget.exhausted && !entry.incomplete.length) entry.incomplete.push(`bundle files: ${budget.describe()}`);
          continue;
        }
        // An explicitly listed bundle is evidence for the subject it names; with one subject, for that one.
        if (file.claimedDigests.includes(hex) || collected.length === 1)
          entry.candidates.push({ origin: { source: 'files', location }, bundle: file.json });
      }
    }
    if (github) {
      if (!githubClient) {
        entry.problems.push("GitHub's attestation API was not asked: no `github-token`");
      } else {
        const found = await fetchGitHubAttestations(githubClient, github, entry.subject.digest, { budget });
        entry.candidates.push(
          ...found.bundles.map((b) => ({
            origin: { source: 'github' as const, location: b.location },
            bundle: b.bundle,
          })),
        );
        entry.problems.push(...found.problems);
        entry.notes.push(...found.notes);
        entry.incomplete.push(...(found.incomplete ?? []));
      }
    }
  }

  const verdicts: SubjectVerdict[] = [];
  const sourceProblems = new Map<string, string[]>();
  const sourceNotes = new Map<string, string[]>();
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
    verdicts.push(verdict);
    sourceProblems.set(entry.label, entry.problems);
    sourceNotes.set(entry.label, entry.notes);
    for (const problem of entry.problems) core.warning(`${entry.label}: ${problem}`);
    logger.info(`${entry.label}: ${verdict.passed ? 'PASSED' : 'FAILED'} (${results.length} bundle(s) evaluated)`);
    const lines = verdict.outcomes.map((o) => {
      const why = [...o.bundle.reasons, ...o.policyReasons];
      return `  ${o.passed ? 'pass' : 'FAIL'} ${o.bundle.origin.source} ${o.bundle.type}${o.bundle.predicateType ? ` ${o.bundle.predicateType}` : ''} ${o.bundle.identity?.subjectAlternativeName ?? ''}${why.length ? `\n      ${why.join('\n      ')}` : ''}`;
    });
    logger.untrusted([...lines, ...entry.notes.map((n) => `  note: ${n}`)].join('\n'));
  }

  // Outputs and files.
  fs.mkdirSync(inputs.outputDir, { recursive: true });
  const entries = verdicts.flatMap((v) => v.outcomes.map((o) => bundleEntry(v, o)));
  const subjects: SubjectResultEntry[] = verdicts.map((v) => ({
    subject: v.label,
    digest: v.subject.digest,
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
  if (inputs.exportPolicy && inputs.image) {
    exportFiles = writeAdmissionExports(inputs, deps, trust, imagePatternFor(imageName));
  } else if (inputs.exportPolicy) {
    core.info('Admission policies are exported for images only; nothing exported for files.');
  }

  const passed = verdicts.every((v) => v.passed);
  deps.setOutput('verified', passed ? 'true' : 'false');
  if (imageDigest) deps.setOutput('digest', imageDigest);
  const identity = verdicts.find((v) => v.signerIdentity)?.signerIdentity;
  deps.setOutput('signer-identity', passed && identity ? identity : '');
  const output = resultsOutput(entries);
  if (output.omitted > 0) {
    core.warning(
      `The results output lists ${entries.length - output.omitted} of ${entries.length} bundles (GitHub limits step outputs); ${resultsFile} has all of them.`,
    );
  }
  deps.setOutput('results', output.json);
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

  if (!passed) {
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
    throw new PolicyFailure(`Verification failed.\n${lines.join('\n')}`);
  }
}
