import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  InfrastructureError,
  PolicyFailure,
  SummaryBuilder,
  availableSummaryBytes,
  describeFailure,
  emitAnnotations,
  ensureConfinedDirectory,
  errorMessage,
  failureSummaryMarkdown,
  md,
  writeFileNoFollow,
  writeFileNoFollowWith,
  imageArchiveDigest,
  readInputFileCapped,
  actionRuntime,
  writeJobSummary,
  type Annotation,
  type Logger,
} from '@scs/action-kit';
import {
  appendScanSummary,
  applyVex,
  countBySeverity,
  diffAgainstBaseline,
  evaluateGate,
  filterFindings,
  findingsToAnnotations,
  gateMessage,
  MAX_REPORT_BYTES,
  parseBaselineReport,
  parseVexDocument,
  renderCosignVulnPredicate,
  renderCycloneDxVulnerabilities,
  renderLogTable,
  renderSarif,
  combineSarif,
  writeSarifFile,
  gateLine,
  SARIF_DEFAULT_MAX_GZIP_BYTES,
  vexArtifactOf,
  type GateResult,
  type BaselineDiff,
  type Finding,
  type ScanReport,
  type VexDocument,
} from '@scs/findings';
import { platformImages, resolveImageForAction, type ResolvedImage } from '@scs/oci';
import { GrypeInstaller, TrivyInstaller, type InstallRequest } from '@scs/tool-installer';
import { actionsDbCache, dbCachePolicy } from '@scs/vuln-db';
import {
  actionsBaselineStore,
  readRestoredBaseline,
  restoreAutoBaseline,
  restoredBaselineFix,
  saveAutoBaseline,
  type AutoBaseline,
  type BaselineStore,
} from './baseline-cache.js';
import { assertDockerDaemon } from './docker-daemon.js';
import {
  scanRootOf,
  type EngineDeps,
  type PrepareEngine,
  type PreparedEngine,
  type ToolConfiguration,
} from './engine.js';
import { publishToGitHub, reportKeyFor } from './github-reporting.js';
import { prepareGrypeEngine } from './grype-engine.js';
import type { Engine, ScanInputs, ScanTarget, ToolSource } from './inputs.js';
import { prepareTrivyEngine } from './trivy-engine.js';

export interface ScanDeps extends EngineDeps {
  setOutput: (name: string, value: string) => void;
  now: () => Date;
  /** The engines by `scanner`: each installs its tool and prepares its DB once, then scans. */
  engines: Readonly<Record<Engine, PrepareEngine>>;
  /** Resolves `image` in its registry (for `platform: all`): its digest and, for an index, its platform manifests. */
  resolveImage: (image: string) => Promise<ResolvedImage>;
  /** The Actions cache for `baseline: auto`. */
  baselineStore?: BaselineStore;
  /** A notice annotation (a missing auto baseline). */
  notice?: (message: string) => void;
}

export const ENGINES: Readonly<Record<Engine, PrepareEngine>> = {
  trivy: prepareTrivyEngine,
  grype: prepareGrypeEngine,
};

function installRequest(source: ToolSource): InstallRequest {
  return {
    ...(source.version ? { version: source.version } : {}),
    ...(source.sha256 ? { sha256: source.sha256 } : {}),
    ...(source.mirror ? { mirror: source.mirror } : {}),
    ...(source.path ? { path: source.path } : {}),
  };
}

export function defaultDeps(inputs: ScanInputs): ScanDeps {
  const runtime = actionRuntime();
  const { context } = runtime;
  const policy = dbCachePolicy(inputs.db.cache, context);
  return {
    context,
    logger: runtime.logger,
    installTrivy: (source) => new TrivyInstaller().install(installRequest(source)),
    installGrype: (source) => new GrypeInstaller().install(installRequest(source)),
    ...(policy.restore || policy.save ? { dbCache: actionsDbCache(policy) } : {}),
    ...(inputs.baselineAuto ? { baselineStore: actionsBaselineStore() } : {}),
    notice: runtime.notice,
    setOutput: runtime.setOutput,
    env: runtime.env,
    now: runtime.now,
    engines: ENGINES,
    resolveImage: (image) => resolveImageForAction(image, inputs, runtime),
  };
}

function configurationNote(configuration: ToolConfiguration, engine: string) {
  const used =
    configuration.used.length > 0
      ? configuration.used.map((entry) => md.code(entry, 300).text).join(', ')
      : 'none (built-in defaults)';
  const unused =
    configuration.unused.length > 0
      ? ` · not read from the checkout: ${configuration.unused
          .slice(0, 10)
          .map((file) => md.code(file, 200).text)
          .join(', ')}`
      : '';
  return md.raw(`${md.text(engine).text} configuration: ${used}${unused}`);
}

export type ReportFiles = ReturnType<typeof reportFiles>;

/** The report files; with `platform: all`, one set per platform (`trivy-report.linux-arm64.json`). */
export function reportFiles(inputs: ScanInputs, slug?: string) {
  const dir = inputs.outputDir;
  const tag = slug ? `.${slug}` : '';
  return {
    json: path.join(dir, `${inputs.scanner}-report${tag}.json`),
    sarif: path.join(dir, `${inputs.scanner}-results.sarif`),
    summary: path.join(dir, 'scan-summary.md'),
    cyclonedx: path.join(dir, `${inputs.scanner}-vulnerabilities${tag}.cdx.json`),
    cosignVuln: path.join(dir, `${inputs.scanner}-vuln-predicate${tag}.json`),
  };
}

export async function run(inputs: ScanInputs, deps: ScanDeps = defaultDeps(inputs)): Promise<void> {
  try {
    await scan(inputs, deps);
  } catch (error) {
    // Anything but a verdict means no verdict: never leave `gate` unset or 'pass'.
    if (!(error instanceof PolicyFailure)) {
      deps.setOutput('gate', 'error');
      // ...and the summary says so (a report file already written is left in place).
      if (inputs.summary) {
        const engine = inputs.scanner === 'grype' ? 'Grype' : 'Trivy';
        await writeJobSummary(
          failureSummaryMarkdown(`Supply-chain scan (${engine}) could not be completed`, describeFailure(error)),
        );
      }
    }
    throw error;
  }
}

/** One thing scanned: the target, and with `platform: all` the platform and its manifest digest. */
interface ScanUnit {
  target: ScanTarget;
  files: ReportFiles;
  /** `os/arch[/variant]` of one platform manifest of an index (`platform: all`). */
  platform?: string;
  /** Its platformSlug (file names, SARIF categories). */
  slug?: string;
  /** That platform manifest's digest. */
  digest?: string;
}

/** One unit scanned: its report after the severity filter and VEX. */
interface ScannedUnit extends ScanUnit {
  report: ScanReport;
  startedAt: Date;
  finishedAt: Date;
}

/** What the reports and outputs share: the units scanned, the baseline comparison and the gate over all units. */
interface Verdict {
  scanned: ScannedUnit[];
  findings: Finding[];
  diff: BaselineDiff | undefined;
  /** With `baseline: auto`: what the Actions cache gave (restored, or why not). */
  auto: AutoBaseline | undefined;
  gate: GateResult;
  annotations: Annotation[];
}

async function scan(inputs: ScanInputs, deps: ScanDeps): Promise<void> {
  const files = prepareOutputDirectory(inputs, deps);
  if (inputs.target.kind === 'image' && inputs.target.daemon) {
    const endpoint = await assertDockerDaemon(deps.env);
    deps.logger.info(`Docker daemon at ${endpoint.shown} answers; ${inputs.target.image} is read from it.`);
  }
  const units = await scanUnits(inputs, deps, files);
  const engine = await deps.engines[inputs.scanner](inputs, deps);
  if (engine.db) deps.setOutput('db-digest', engine.db.digest);
  const vex = inputs.vex.map((file) =>
    parseVexDocument(readInputFileCapped(file, MAX_VEX_BYTES, 'vex'), {
      source: path.relative(inputs.workspace, file) || file,
    }),
  );
  const scanned: ScannedUnit[] = [];
  for (const unit of units) scanned.push(await scanUnit(inputs, deps, engine, unit, vex));
  const verdict = await judge(inputs, deps, scanned, vex);
  const sarif = await writeReportFiles(inputs, deps, engine, verdict);
  await report(inputs, deps, engine, verdict, files, sarif);
  if (inputs.baselineAuto)
    await saveAutoBaseline(deps.context, reportKeyFor(inputs), files.json, deps.baselineStore ?? NO_STORE, deps.logger);
  setResultOutputs(inputs, deps, verdict, files, sarif);
  const counts = countBySeverity(verdict.findings);
  const { diff, gate } = verdict;
  deps.logger.info(
    `${verdict.findings.length} finding(s)${scanned.length > 1 ? ` in ${scanned.length} platforms` : ''}: ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low, ${counts.unknown} unknown${diff ? ` (${diff.added.length} new, ${diff.fixed.length} fixed since the baseline)` : ''}. Gate (${inputs.failOn}${inputs.onlyFixed ? ', fixed only' : ''}${inputs.failOnNewOnly ? ', new only' : ''}): ${gate.outcome}.`,
  );
  if (gate.outcome === 'fail') {
    throw new PolicyFailure(gateMessage(gate));
  }
}

/** Created, then checked again by real path: a link in the checkout never takes the reports elsewhere. */
function prepareOutputDirectory(inputs: ScanInputs, deps: ScanDeps): ReportFiles {
  ensureConfinedDirectory(inputs.outputDir, {
    name: 'output-dir',
    value: path.relative(inputs.workspace, inputs.outputDir) || inputs.outputDir,
    roots: [inputs.workspace, deps.context.runnerTemp],
    rootsLabel: 'the workspace and RUNNER_TEMP',
  });
  return reportFiles(inputs);
}

/**
 * What is scanned: the target, or with `platform: all` every platform
 * manifest of the image index, each by digest (a single-platform image is
 * that one image).
 */
async function scanUnits(inputs: ScanInputs, deps: ScanDeps, files: ReportFiles): Promise<ScanUnit[]> {
  if (inputs.platform.kind !== 'all' || inputs.target.kind !== 'image') return [{ target: inputs.target, files }];
  const image = inputs.target.image;
  const resolved = await deps.logger.group(`Resolve ${image}`, () => deps.resolveImage(image));
  const { images, message } = platformImages(image, resolved);
  deps.setOutput('image-digest', resolved.digest);
  deps.logger.info(message);
  return images.map((entry): ScanUnit => ({
    target: { kind: 'image', image: entry.image },
    files: entry.slug ? reportFiles(inputs, entry.slug) : files,
    digest: entry.digest,
    ...(entry.platform ? { platform: entry.platform, slug: entry.slug } : {}),
  }));
}

/** Runs the engine on one unit; the report is named, its digest set, its findings filtered and VEX applied. */
async function scanUnit(
  inputs: ScanInputs,
  deps: ScanDeps,
  engine: PreparedEngine,
  unit: ScanUnit,
  vex: VexDocument[],
): Promise<ScannedUnit> {
  const startedAt = deps.now();
  const parsed = await engine.scan(unit.target, unit.files.json);
  const finishedAt = deps.now();
  const artifact: ScanReport = { ...parsed, artifactName: displayName(inputs, parsed.artifactName) };
  if (inputs.target.kind === 'archive') {
    // The image's own digest (from the archive's index), so that a later push can be attested; never the tool's guess.
    const digest = imageArchiveDigest(inputs.target.archive);
    if (digest) artifact.artifactDigest = digest;
    else delete artifact.artifactDigest;
  }
  // A platform manifest scanned by digest: that digest is what the report is about.
  if (unit.digest) artifact.artifactDigest = unit.digest;
  const imageDigest = /sha256:[a-f0-9]{64}$/.exec(artifact.artifactDigest ?? '')?.[0];
  if (
    imageDigest &&
    unit.platform === undefined &&
    (inputs.target.kind === 'image' || inputs.target.kind === 'archive')
  )
    deps.setOutput('image-digest', imageDigest);
  const findings = applyVexDocuments(
    vex,
    filterFindings(parsed.findings, { severities: inputs.severities }),
    artifact,
    deps.logger,
  );
  return { ...unit, report: { ...artifact, findings }, startedAt, finishedAt };
}

/** The baseline comparison and one gate over the findings of every unit. */
async function judge(inputs: ScanInputs, deps: ScanDeps, scanned: ScannedUnit[], vex: VexDocument[]): Promise<Verdict> {
  const findings = scanned.flatMap((unit) => unit.report.findings);
  // inputs.ts allows a baseline (a file or auto) with one unit only.
  const { diff, auto } = await baselineComparison(inputs, deps, scanned[0]!.report, vex);
  const gated = inputs.failOnNewOnly && diff ? diff.added : findings;
  const gate = evaluateGate(gated, { failOn: inputs.failOn, onlyFixed: inputs.onlyFixed });
  // With a baseline, reviewers see what this change brings: only new findings are annotated.
  const annotated = diff ? diff.added : findings;
  const annotations = findingsToAnnotations(annotated, { pathPrefix: pathPrefixOf(inputs), tripped: gate.tripped });
  return { scanned, findings, diff, auto, gate, annotations };
}

/** SARIF (one run per unit, categories distinct), CycloneDX and the cosign vuln predicate (one per unit). */
async function writeReportFiles(
  inputs: ScanInputs,
  deps: ScanDeps,
  engine: PreparedEngine,
  verdict: Verdict,
): Promise<boolean> {
  const sarif = inputs.formats.includes('sarif') ? await writeSarif(inputs, verdict.scanned, deps) : false;
  for (const unit of verdict.scanned) {
    if (inputs.formats.includes('cyclonedx')) {
      writeFileNoFollow(
        unit.files.cyclonedx,
        renderCycloneDxVulnerabilities(unit.report, { timestamp: unit.finishedAt }).json,
      );
    }
    if (inputs.formats.includes('cosign-vuln')) {
      const gate = evaluateGate(unit.report.findings, { failOn: inputs.failOn, onlyFixed: inputs.onlyFixed });
      writeFileNoFollow(
        unit.files.cosignVuln,
        cosignVulnPredicate(inputs, deps, engine, unit, verdict.scanned.length > 1 ? gate : verdict.gate),
      );
    }
  }
  return sarif;
}

function cosignVulnPredicate(
  inputs: ScanInputs,
  deps: ScanDeps,
  engine: PreparedEngine,
  unit: ScannedUnit,
  gate: GateResult,
): string {
  return renderCosignVulnPredicate(unit.report, {
    rawReport: fs.readFileSync(unit.files.json, 'utf8'),
    scanStartedOn: unit.startedAt,
    scanFinishedOn: unit.finishedAt,
    context: deps.context,
    ...(deps.env.GITHUB_WORKFLOW_REF ? { workflowRef: deps.env.GITHUB_WORKFLOW_REF } : {}),
    // What a verifier needs to judge the result: the DB by repository (or URL) and digest with
    // its build time (verify's allowed-vuln-dbs reads db.uri), and the gate that was applied.
    ...(engine.db ? { db: { uri: `${engine.db.location}@${engine.db.digest}`, version: engine.db.updatedAt } } : {}),
    parameters: {
      scanner: inputs.scanner,
      'fail-on': inputs.failOn,
      'only-fixed': inputs.onlyFixed,
      'fail-on-new-only': inputs.failOnNewOnly,
      severities: inputs.severities,
      'vex-documents': inputs.vex.length,
      ...(unit.platform ? { platform: unit.platform } : {}),
      gate: gate.outcome,
    },
  }).json;
}

/** The job summary, the log table, annotations and the GitHub channels (check run, comment, SARIF upload). */
async function report(
  inputs: ScanInputs,
  deps: ScanDeps,
  engine: PreparedEngine,
  verdict: Verdict,
  files: ReportFiles,
  sarifWritten: boolean,
): Promise<void> {
  const { gate, diff, scanned, findings } = verdict;
  const title = `Supply-chain scan (${engine.name})`;
  const seeAlso = `${path.basename(files.sarif)} and ${path.basename(files.json)} in ${inputs.outputDir}`;
  // Other steps may already have written to this step's summary file.
  const budgetBytes = inputs.summary ? await availableSummaryBytes() : undefined;
  const options: SummaryOptions = {
    title,
    gate,
    diff,
    seeAlso,
    notes: [configurationNote(engine.configuration, engine.name), ...baselineNotes(inputs, verdict.auto)],
  };
  const summary = renderSummary(scanned, { ...options, ...(budgetBytes !== undefined ? { budgetBytes } : {}) });
  writeFileNoFollow(files.summary, summary);
  if (inputs.summary) await writeJobSummary(summary);
  // The findings in the log too (what trivy-action's `format: table` prints), in a collapsed group, budgeted.
  for (const unit of scanned) {
    const table = renderLogTable(unit.report, { tripped: gate.tripped, failOn: inputs.failOn, seeAlso });
    const shown = table.omitted > 0 ? ` (${table.shown} shown)` : '';
    await deps.logger.group(
      `Findings${unit.platform ? ` (${unit.platform})` : ''}: ${unit.report.findings.length}${shown}`,
      async () => deps.logger.untrusted(table.text),
    );
  }
  if (inputs.annotations) {
    emitAnnotations(verdict.annotations, {
      // A failed gate ends the step with one more error: keep a slot for it.
      ...(gate.outcome === 'fail' ? { reserve: { error: 1 } } : {}),
      overflowMessage: (omitted) =>
        `${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); see the job summary and ${path.basename(files.sarif)}.`,
    });
  }
  const published = await publishToGitHub(inputs, deps.context, deps.logger, {
    gate,
    // Check run summaries and comments hold 64 KB: the same Markdown, on a smaller budget.
    markdown: renderSummary(scanned, { ...options, budgetBytes: 60_000 }),
    annotations: verdict.annotations,
    // Read back only to upload it (code scanning takes at most 10 MB gzip, which the writer keeps to).
    ...(sarifWritten && inputs.uploadSarif ? { sarif: fs.readFileSync(files.sarif, 'utf8') } : {}),
    title: `${gate.outcome === 'fail' ? 'Gate failed' : 'Gate passed'}: ${findings.length} finding(s)`,
  });
  if (published.checkRunUrl) deps.setOutput('check-run-url', published.checkRunUrl);
  if (published.commentUrl) deps.setOutput('comment-url', published.commentUrl);
  if (published.sarifId) deps.setOutput('sarif-id', published.sarifId);
}

function setResultOutputs(
  inputs: ScanInputs,
  deps: ScanDeps,
  verdict: Verdict,
  files: ReportFiles,
  sarifWritten: boolean,
): void {
  const { findings, gate, diff, scanned } = verdict;
  const counts = countBySeverity(findings);
  for (const severity of ['critical', 'high', 'medium', 'low', 'unknown'] as const)
    deps.setOutput(severity, String(counts[severity]));
  deps.setOutput('total', String(findings.length));
  deps.setOutput('gate', gate.outcome);
  deps.setOutput('gate-count', String(gate.tripped.length));
  // With several platforms the first platform's files; `platform-reports` lists them all.
  const first = scanned[0]!.files;
  deps.setOutput('json-file', first.json);
  if (sarifWritten) deps.setOutput('sarif-file', files.sarif);
  if (inputs.formats.includes('cyclonedx')) deps.setOutput('cyclonedx-file', first.cyclonedx);
  if (inputs.formats.includes('cosign-vuln')) deps.setOutput('cosign-vuln-file', first.cosignVuln);
  deps.setOutput('summary-file', files.summary);
  if (diff) {
    deps.setOutput('new-count', String(diff.added.length));
    deps.setOutput('fixed-count', String(diff.fixed.length));
  }
  if (scanned.some((unit) => unit.platform)) {
    const tripped = new Set(gate.tripped);
    const list = scanned.map((unit) => ({
      platform: unit.platform ?? '',
      digest: unit.digest ?? '',
      'json-file': unit.files.json,
      ...(inputs.formats.includes('cyclonedx') ? { 'cyclonedx-file': unit.files.cyclonedx } : {}),
      ...(inputs.formats.includes('cosign-vuln') ? { 'cosign-vuln-file': unit.files.cosignVuln } : {}),
      total: unit.report.findings.length,
      'gate-count': unit.report.findings.filter((f) => tripped.has(f)).length,
    }));
    deps.setOutput('platform-reports', JSON.stringify(list));
  }
}

function applyVexDocuments(
  documents: VexDocument[],
  findings: Finding[],
  artifact: ScanReport,
  logger?: Logger,
): Finding[] {
  if (documents.length === 0) return findings;
  const { kept, suppressed } = applyVex(findings, documents, vexArtifactOf(artifact));
  if (!logger) return kept;
  logger.info(`VEX: ${suppressed.length} finding(s) stated not_affected or fixed are not reported.`);
  for (const { finding, statement } of suppressed.slice(0, 50)) {
    logger.untrusted(
      `  ${finding.id} ${finding.packageName ?? ''} ${finding.packageVersion ?? ''}: ${statement.status}${statement.justification ? ` (${statement.justification})` : ''} per ${statement.source}`,
    );
  }
  return kept;
}

/** Largest VEX document read (16 MiB): OpenVEX statements are small. */
const MAX_VEX_BYTES = 16 * 1024 * 1024;

/** `baseline: auto` without a cache service (or without deps for it): every restore misses. */
const NO_STORE: BaselineStore = {
  restore: () => Promise.resolve({ status: 'unavailable' }),
  save: () => Promise.resolve(false),
};

/**
 * The comparison with the baseline: a file, or with `baseline: auto` the
 * default branch's last report from the Actions cache. A missing auto
 * baseline is said (a notice) and leaves no diff, so every finding gates; a
 * restored one that is not a usable report is an error.
 */
async function baselineComparison(
  inputs: ScanInputs,
  deps: ScanDeps,
  report: ScanReport,
  vex: VexDocument[],
): Promise<{ diff: BaselineDiff | undefined; auto: AutoBaseline | undefined }> {
  let text: { text: string; source: string } | undefined;
  let auto: AutoBaseline | undefined;
  if (inputs.baseline) {
    text = {
      text: readInputFileCapped(inputs.baseline, MAX_REPORT_BYTES, 'baseline').toString('utf8'),
      source: path.relative(inputs.workspace, inputs.baseline) || inputs.baseline,
    };
  } else if (inputs.baselineAuto) {
    auto = await restoreAutoBaseline(deps.context, reportKeyFor(inputs), deps.baselineStore ?? NO_STORE);
    if (auto.status === 'restored') {
      text = { text: readRestoredBaseline(auto), source: `from the Actions cache (${auto.key})` };
    } else {
      (deps.notice ?? deps.logger.info)(
        `No baseline (baseline: auto): ${auto.reason}. Every finding is reported as new${inputs.failOnNewOnly ? ' and counts for the gate' : ''}.`,
      );
    }
  }
  let diff: BaselineDiff | undefined;
  try {
    diff = text ? compareWithBaseline(inputs, report, vex, text) : undefined;
  } catch (error) {
    // Fail closed: a restored entry that is no report is an error, never "no baseline".
    if (auto?.status !== 'restored') throw error;
    throw new InfrastructureError(`${errorMessage(error)}. ${restoredBaselineFix(auto.key)}`, { cause: error });
  }
  if (diff)
    deps.logger.info(
      `Baseline: ${diff.added.length} new, ${diff.fixed.length} fixed, ${diff.unchanged.length} unchanged.`,
    );
  return { diff, auto };
}

function baselineNotes(inputs: ScanInputs, auto: AutoBaseline | undefined): ReturnType<typeof md.raw>[] {
  if (!auto) return [];
  if (auto.status === 'restored')
    return [md.raw(`Baseline: the default branch's last report, ${md.code(auto.key, 200).text} (Actions cache)`)];
  return [
    md.raw(
      `**No baseline** (\`baseline: auto\`): ${md.text(auto.reason).text}. Every finding is new${inputs.failOnNewOnly ? ' and counts for the gate' : ''}.`,
    ),
  ];
}

/** The baseline goes through the same filters as the scan, or what they drop would show up as fixed. */
function compareWithBaseline(
  inputs: ScanInputs,
  report: ScanReport,
  vex: VexDocument[],
  input: { text: string; source: string },
): BaselineDiff {
  const baseline = parseBaselineReport(input.text, input.source);
  const previous = applyVexDocuments(
    vex,
    filterFindings(baseline.findings, { severities: inputs.severities }),
    baseline,
  );
  return diffAgainstBaseline(report.findings, previous);
}

/**
 * One SARIF file: one run per unit. One unit is streamed to the file (the
 * document is never held whole); with several platforms each run gets its own
 * category (`<category>/<os-arch[-variant]>`) and a share of GitHub's size
 * limit, so code scanning keeps every platform's results apart. True once written.
 */
async function writeSarif(inputs: ScanInputs, scanned: ScannedUnit[], deps: ScanDeps): Promise<true> {
  const category = inputs.sarifCategory || `supply-chain-scan/${inputs.target.kind}`;
  const options = (unit: ScannedUnit) => ({
    category: unit.slug ? `${category.replace(/\/+$/, '')}/${unit.slug}` : category,
    pathPrefix: pathPrefixOf(inputs),
    srcRoot: deps.context.workspace,
    ...(scanned.length > 1 ? { maxGzipBytes: Math.floor(SARIF_DEFAULT_MAX_GZIP_BYTES / scanned.length) } : {}),
  });
  const file = scanned[0]!.files.sarif;
  let omitted: number;
  if (scanned.length === 1) {
    const unit = scanned[0]!;
    omitted = (await writeFileNoFollowWith(file, (fd) => writeSarifFile(fd, unit.report, options(unit)))).omitted.total;
  } else {
    const rendered = scanned.map((unit) => renderSarif(unit.report, options(unit)));
    writeFileNoFollow(file, combineSarif(rendered));
    omitted = rendered.reduce((sum, sarif) => sum + sarif.omitted.total, 0);
  }
  if (omitted > 0) {
    const total = scanned.reduce((sum, unit) => sum + unit.report.findings.length, 0);
    deps.logger.warning(
      `The SARIF file holds the ${total - omitted} most severe findings; ${omitted} less severe ones were left out to stay within GitHub's code scanning limits (all are in the JSON report).`,
    );
  }
  return true;
}

interface SummaryOptions {
  title: string;
  gate: GateResult;
  diff: BaselineDiff | undefined;
  seeAlso: string;
  notes?: readonly ReturnType<typeof md.raw>[];
  budgetBytes?: number;
}

/** The scan summary, after the comparison with the baseline when there is one; one section per platform. */
function renderSummary(scanned: ScannedUnit[], options: SummaryOptions): string {
  const builder = new SummaryBuilder({
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    seeAlso: options.seeAlso,
  });
  // The comparison first: it is what a reviewer of a change needs, and the budget cuts from the end.
  if (options.diff) appendBaselineSection(builder, options.diff);
  const platforms = scanned.filter((unit) => unit.platform);
  if (platforms.length > 0) appendPlatformTable(builder, platforms, options);
  for (const unit of scanned) {
    const gate = platforms.length > 0 ? evaluateGate(unit.report.findings, options.gate.policy) : options.gate;
    appendScanSummary(builder, unit.report, {
      title: unit.platform ? `${options.title} · ${unit.platform}` : options.title,
      gate,
      seeAlso: options.seeAlso,
      ...(options.notes ? { notes: options.notes } : {}),
    });
  }
  return builder.build().markdown;
}

function appendBaselineSection(builder: SummaryBuilder, diff: BaselineDiff): void {
  const { added, fixed, unchanged } = diff;
  builder.heading('Compared with the baseline', 3);
  builder.table({
    headers: ['New', 'Fixed', 'Unchanged'],
    rows: [[String(added.length), String(fixed.length), String(unchanged.length)]],
  });
  if (fixed.length > 0) {
    builder.details({
      summary: `Fixed since the baseline: ${fixed.length}`,
      list: fixed.map(
        (f) => `${f.severity.toUpperCase()} ${f.id}${f.packageName ? ` in ${f.packageName}` : ''} (${f.target})`,
      ),
    });
  }
}

/** `platform: all`: one gate over every platform, then a line per platform; each platform's section follows. */
function appendPlatformTable(builder: SummaryBuilder, platforms: ScannedUnit[], options: SummaryOptions): void {
  builder.heading(md.text(`${options.title}: ${platforms.length} platform(s)`), 2);
  builder.paragraph(gateLine(options.gate));
  const tripped = new Set(options.gate.tripped);
  builder.table({
    headers: ['Platform', 'Digest', 'Findings', 'At or above fail-on'],
    rows: platforms.map((unit) => [
      md.code(unit.platform ?? '', 60),
      md.code(unit.digest ?? '', 80),
      String(unit.report.findings.length),
      String(unit.report.findings.filter((f) => tripped.has(f)).length),
    ]),
  });
}

/** What the reports call the scanned thing: workspace-relative for files, the reference for images. */
function displayName(inputs: ScanInputs, fromTool: string): string {
  const file =
    inputs.target.kind === 'path'
      ? inputs.target.path
      : inputs.target.kind === 'sbom'
        ? inputs.target.sbom
        : inputs.target.kind === 'archive'
          ? inputs.target.archive.path
          : undefined;
  if (file === undefined) return fromTool || (inputs.target.kind === 'image' ? inputs.target.image : '');
  return path.relative(inputs.workspace, file).split(path.sep).join('/') || '.';
}

/** Workspace-relative prefix of the scanned directory, so annotations point at repository files. */
function pathPrefixOf(inputs: ScanInputs): string {
  if (inputs.target.kind !== 'path') return '';
  const root = scanRootOf(inputs)!;
  return path.relative(inputs.workspace, root).split(path.sep).join('/');
}
