import * as core from '@actions/core';
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
  unusedRepositoryConfigFiles,
  writeFileNoFollow,
  writeFileNoFollowWith,
  imageArchiveDigest,
  logger as defaultLogger,
  readInputFileCapped,
  readRunContext,
  writeJobSummary,
  type Logger,
  type RunContext,
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
  writeSarifFile,
  vexArtifactOf,
  type BaselineDiff,
  type Finding,
  type ScanReport,
  type VexDocument,
} from '@scs/findings';
import { GrypeInstaller, TrivyInstaller, type InstallRequest, type InstalledTool } from '@scs/tool-installer';
import { actionsDbCache, dbCachePolicy, type DbCache } from '@scs/vuln-db';
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
import { publishToGitHub, reportKeyFor } from './github-reporting.js';
import { runGrypeEngine } from './grype-engine.js';
import type { ScanInputs, ToolSource } from './inputs.js';
import { runTrivyEngine } from './trivy-engine.js';

export interface ScanDeps {
  context: RunContext;
  logger: Logger;
  installTrivy: (source: ToolSource) => Promise<InstalledTool>;
  installGrype: (source: ToolSource) => Promise<InstalledTool>;
  /** The Actions cache for vulnerability DBs, already limited by the `db-cache` policy; none: no caching. */
  dbCache?: DbCache;
  /** The Actions cache for `baseline: auto`. */
  baselineStore?: BaselineStore;
  /** A notice annotation (a missing auto baseline). */
  notice?: (message: string) => void;
  setOutput: (name: string, value: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

function installRequest(source: ToolSource): InstallRequest {
  return {
    ...(source.version ? { version: source.version } : {}),
    ...(source.sha256 ? { sha256: source.sha256 } : {}),
    ...(source.mirror ? { mirror: source.mirror } : {}),
    ...(source.path ? { path: source.path } : {}),
  };
}

export function defaultDeps(inputs: ScanInputs): ScanDeps {
  const context = readRunContext();
  const policy = dbCachePolicy(inputs.db.cache, context);
  return {
    context,
    logger: defaultLogger,
    installTrivy: (source) => new TrivyInstaller().install(installRequest(source)),
    installGrype: (source) => new GrypeInstaller().install(installRequest(source)),
    ...(policy.restore || policy.save ? { dbCache: actionsDbCache(policy) } : {}),
    ...(inputs.baselineAuto ? { baselineStore: actionsBaselineStore() } : {}),
    notice: (message) => core.notice(message),
    setOutput: (name, value) => core.setOutput(name, value),
    env: process.env,
    now: () => new Date(),
  };
}

/** What an engine hands back: the parsed report (its raw JSON is in the report file) and how it was made. */
export interface EngineResult {
  report: ScanReport;
  tool: InstalledTool;
  /** The vulnerability DB the scan used, when it scanned for vulnerabilities. */
  db?: { digest: string; source: string; updatedAt: string; location: string };
  /** The configuration the tool ran with (see toolConfiguration). */
  configuration: ToolConfiguration;
}

/** What configuration a scan ran with, as the log and the summary state it. */
export interface ToolConfiguration {
  /** `input: file` / `input: patterns` for every configuration input that was set. */
  used: string[];
  /** Configuration files in the checkout that the tool would have read by itself, and did not. */
  unused: string[];
}

/**
 * The tool runs only with the files the workflow named (inputs); this says
 * which, and which files in the checkout were left alone, in the log now and
 * in the summary later.
 */
export function toolConfiguration(inputs: ScanInputs, logger: Logger): ToolConfiguration {
  const relative = (file: string) => path.relative(inputs.workspace, file).split(path.sep).join('/') || file;
  const ignore = inputs.ignoreFiles.map((file): [string, string] => ['ignore-file', file]);
  const files: Array<[string, string]> =
    inputs.scanner === 'grype'
      ? [['grype-config', inputs.grypeConfig], ...ignore]
      : [['trivy-config', inputs.trivyConfig], ['trivy-secret-config', inputs.trivySecretConfig], ...ignore];
  const used = files.filter(([, file]) => file).map(([name, file]) => `${name}: ${relative(file)}`);
  if (inputs.skipDirs.length > 0) used.push(`skip-dirs: ${inputs.skipDirs.join(', ')}`);
  if (inputs.skipFiles.length > 0) used.push(`skip-files: ${inputs.skipFiles.join(', ')}`);
  const scanRoot = scanRootOf(inputs);
  const unused = unusedRepositoryConfigFiles(
    inputs.scanner,
    [inputs.workspace, ...(scanRoot ? [scanRoot] : [])],
    inputs.workspace,
    files.map(([, file]) => file).filter(Boolean),
  );
  const engine = inputs.scanner === 'grype' ? 'Grype' : 'Trivy';
  logger.info(`${engine} configuration: ${used.length > 0 ? used.join('; ') : 'none (built-in defaults)'}.`);
  if (unused.length > 0) {
    logger.info(
      `Not read: ${unused.join(', ')} in the checkout. ${engine} runs in an empty directory with only the files named by inputs ` +
        `(${[...new Set(['ignore-file', ...files.map(([name]) => name)])].join(', ')}); name a file there to use it.`,
    );
  }
  return { used, unused };
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

/** Which job prepared a DB in RUNNER_TEMP: a DB left by another job is not taken as this one's. */
export function jobIdentity(context: RunContext): string {
  return `${context.runId}-${context.runAttempt}-${context.job}`;
}

export function reportFiles(inputs: ScanInputs) {
  const dir = inputs.outputDir;
  return {
    json: path.join(dir, `${inputs.scanner}-report.json`),
    sarif: path.join(dir, `${inputs.scanner}-results.sarif`),
    summary: path.join(dir, 'scan-summary.md'),
    cyclonedx: path.join(dir, `${inputs.scanner}-vulnerabilities.cdx.json`),
    cosignVuln: path.join(dir, `${inputs.scanner}-vuln-predicate.json`),
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

async function scan(inputs: ScanInputs, deps: ScanDeps): Promise<void> {
  const { logger, context } = deps;
  // Created, then checked again by real path: a link in the checkout never takes the reports elsewhere.
  ensureConfinedDirectory(inputs.outputDir, {
    name: 'output-dir',
    value: path.relative(inputs.workspace, inputs.outputDir) || inputs.outputDir,
    roots: [inputs.workspace, context.runnerTemp],
    rootsLabel: 'the workspace and RUNNER_TEMP',
  });
  const files = reportFiles(inputs);
  const engineName = inputs.scanner === 'grype' ? 'Grype' : 'Trivy';

  if (inputs.target.kind === 'image' && inputs.target.daemon) {
    const endpoint = await assertDockerDaemon(deps.env);
    logger.info(`Docker daemon at ${endpoint.shown} answers; ${inputs.target.image} is read from it.`);
  }
  const startedAt = deps.now();
  const engine = await (inputs.scanner === 'grype' ? runGrypeEngine : runTrivyEngine)(inputs, deps, files.json);
  const finishedAt = deps.now();
  if (engine.db) deps.setOutput('db-digest', engine.db.digest);

  const parsed = engine.report;
  const artifact: ScanReport = { ...parsed, artifactName: displayName(inputs, parsed.artifactName) };
  if (inputs.target.kind === 'archive') {
    // The image's own digest (from the archive's index), so that a later push can be attested; never the tool's guess.
    const digest = imageArchiveDigest(inputs.target.archive);
    if (digest) artifact.artifactDigest = digest;
    else delete artifact.artifactDigest;
  }
  const imageDigest = /sha256:[a-f0-9]{64}$/.exec(artifact.artifactDigest ?? '')?.[0];
  if (imageDigest && (inputs.target.kind === 'image' || inputs.target.kind === 'archive'))
    deps.setOutput('image-digest', imageDigest);
  const vex = inputs.vex.map((file) =>
    parseVexDocument(readInputFileCapped(file, MAX_VEX_BYTES, 'vex'), {
      source: path.relative(inputs.workspace, file) || file,
    }),
  );
  const findings = applyVexDocuments(
    vex,
    filterFindings(parsed.findings, { severities: inputs.severities }),
    artifact,
    logger,
  );
  const report: ScanReport = { ...artifact, findings };
  const counts = countBySeverity(report.findings);

  const { diff, auto } = await baselineComparison(inputs, deps, report, vex);
  const gated = inputs.failOnNewOnly && diff ? diff.added : report.findings;
  const gate = evaluateGate(gated, { failOn: inputs.failOn, onlyFixed: inputs.onlyFixed });
  const pathPrefix = pathPrefixOf(inputs);
  // With a baseline, reviewers see what this change brings: only new findings are annotated.
  const annotated = diff ? diff.added : report.findings;
  const annotations = findingsToAnnotations(annotated, { pathPrefix, tripped: gate.tripped });

  const sarif = inputs.formats.includes('sarif')
    ? await writeSarif(inputs, report, pathPrefix, context, files.sarif, logger)
    : undefined;
  writeVulnerabilityFormats(inputs, deps, { report, engine, gate, files, startedAt, finishedAt });

  const title = `Supply-chain scan (${engineName})`;
  const seeAlso = `${path.basename(files.sarif)} and ${path.basename(files.json)} in ${inputs.outputDir}`;
  // Other steps may already have written to this step's summary file.
  const budgetBytes = inputs.summary ? await availableSummaryBytes() : undefined;
  const notes = [configurationNote(engine.configuration, engineName), ...baselineNotes(inputs, auto)];
  const summary = renderSummary(report, {
    title,
    gate,
    diff,
    seeAlso,
    notes,
    ...(budgetBytes !== undefined ? { budgetBytes } : {}),
  });
  writeFileNoFollow(files.summary, summary);
  if (inputs.summary) await writeJobSummary(summary);
  // The findings in the log too (what trivy-action's `format: table` prints), in a collapsed group, budgeted.
  const table = renderLogTable(report, { tripped: gate.tripped, failOn: inputs.failOn, seeAlso });
  await logger.group(
    `Findings: ${report.findings.length}${table.omitted > 0 ? ` (${table.shown} shown)` : ''}`,
    async () => logger.untrusted(table.text),
  );

  if (inputs.annotations) {
    emitAnnotations(annotations, {
      // A failed gate ends the step with one more error: keep a slot for it.
      ...(gate.outcome === 'fail' ? { reserve: { error: 1 } } : {}),
      overflowMessage: (omitted) =>
        `${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); see the job summary and ${path.basename(files.sarif)}.`,
    });
  }

  const published = await publishToGitHub(inputs, context, logger, {
    gate,
    // Check run summaries and comments hold 64 KB: the same Markdown, on a smaller budget.
    markdown: renderSummary(report, { title, gate, diff, seeAlso, notes, budgetBytes: 60_000 }),
    annotations,
    // Read back only to upload it (code scanning takes at most 10 MB gzip, which the writer keeps to).
    ...(sarif && inputs.uploadSarif ? { sarif: fs.readFileSync(files.sarif, 'utf8') } : {}),
    title: `${gate.outcome === 'fail' ? 'Gate failed' : 'Gate passed'}: ${report.findings.length} finding(s)`,
  });
  if (published.checkRunUrl) deps.setOutput('check-run-url', published.checkRunUrl);
  if (published.commentUrl) deps.setOutput('comment-url', published.commentUrl);
  if (published.sarifId) deps.setOutput('sarif-id', published.sarifId);
  if (inputs.baselineAuto)
    await saveAutoBaseline(context, reportKeyFor(inputs), files.json, deps.baselineStore ?? NO_STORE, logger);

  setReportOutputs(deps, { report, counts, gate, files, diff, sarif: sarif !== undefined });

  logger.info(
    `${report.findings.length} finding(s): ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low, ${counts.unknown} unknown${diff ? ` (${diff.added.length} new, ${diff.fixed.length} fixed since the baseline)` : ''}. Gate (${inputs.failOn}${inputs.onlyFixed ? ', fixed only' : ''}${inputs.failOnNewOnly ? ', new only' : ''}): ${gate.outcome}.`,
  );
  if (gate.outcome === 'fail') {
    throw new PolicyFailure(gateMessage(gate));
  }
}

/** The CycloneDX vulnerability report and the cosign vuln predicate of this scan, when `formats` asks for them. */
function writeVulnerabilityFormats(
  inputs: ScanInputs,
  deps: ScanDeps,
  scan: {
    report: ScanReport;
    engine: EngineResult;
    gate: ReturnType<typeof evaluateGate>;
    files: ReturnType<typeof reportFiles>;
    startedAt: Date;
    finishedAt: Date;
  },
): void {
  const { report, engine, gate, files, startedAt, finishedAt } = scan;
  const context = deps.context;
  if (inputs.formats.includes('cyclonedx')) {
    writeFileNoFollow(files.cyclonedx, renderCycloneDxVulnerabilities(report, { timestamp: finishedAt }).json);
    deps.setOutput('cyclonedx-file', files.cyclonedx);
  }
  if (!inputs.formats.includes('cosign-vuln')) return;
  const predicate = renderCosignVulnPredicate(report, {
    rawReport: fs.readFileSync(files.json, 'utf8'),
    scanStartedOn: startedAt,
    scanFinishedOn: finishedAt,
    context,
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
      gate: gate.outcome,
    },
  });
  writeFileNoFollow(files.cosignVuln, predicate.json);
  deps.setOutput('cosign-vuln-file', files.cosignVuln);
}

/** The counts, the gate and the report files as step outputs. */
function setReportOutputs(
  deps: ScanDeps,
  result: {
    report: ScanReport;
    counts: ReturnType<typeof countBySeverity>;
    gate: ReturnType<typeof evaluateGate>;
    files: ReturnType<typeof reportFiles>;
    diff: BaselineDiff | undefined;
    sarif: boolean;
  },
): void {
  const { report, counts, gate, files, diff } = result;
  deps.setOutput('critical', String(counts.critical));
  deps.setOutput('high', String(counts.high));
  deps.setOutput('medium', String(counts.medium));
  deps.setOutput('low', String(counts.low));
  deps.setOutput('unknown', String(counts.unknown));
  deps.setOutput('total', String(report.findings.length));
  deps.setOutput('gate', gate.outcome);
  deps.setOutput('gate-count', String(gate.tripped.length));
  deps.setOutput('json-file', files.json);
  if (result.sarif) deps.setOutput('sarif-file', files.sarif);
  deps.setOutput('summary-file', files.summary);
  if (diff) {
    deps.setOutput('new-count', String(diff.added.length));
    deps.setOutput('fixed-count', String(diff.fixed.length));
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

/** Writes the SARIF file (streamed: the document is never held whole); true once written. */
async function writeSarif(
  inputs: ScanInputs,
  report: ScanReport,
  pathPrefix: string,
  context: RunContext,
  file: string,
  logger: Logger,
): Promise<true> {
  const sarif = await writeFileNoFollowWith(file, (fd) =>
    writeSarifFile(fd, report, {
      category: inputs.sarifCategory || `supply-chain-scan/${inputs.target.kind}`,
      pathPrefix,
      srcRoot: context.workspace,
    }),
  );
  if (sarif.omitted.total > 0) {
    logger.warning(
      `The SARIF file holds the ${report.findings.length - sarif.omitted.total} most severe findings; ${sarif.omitted.total} less severe ones were left out to stay within GitHub's code scanning limits (all are in the JSON report).`,
    );
  }
  return true;
}

interface SummaryOptions {
  title: string;
  gate: ReturnType<typeof evaluateGate>;
  diff: BaselineDiff | undefined;
  seeAlso: string;
  notes?: readonly ReturnType<typeof md.raw>[];
  budgetBytes?: number;
}

/** The scan summary, after the comparison with the baseline when there is one. */
function renderSummary(report: ScanReport, options: SummaryOptions): string {
  const builder = new SummaryBuilder({
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    seeAlso: options.seeAlso,
  });
  // The comparison first: it is what a reviewer of a change needs, and the budget cuts from the end.
  if (options.diff) {
    const { added, fixed, unchanged } = options.diff;
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
  appendScanSummary(builder, report, {
    title: options.title,
    gate: options.gate,
    seeAlso: options.seeAlso,
    ...(options.notes ? { notes: options.notes } : {}),
  });
  return builder.build().markdown;
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

/** Directory the scanner's relative paths are relative to (fs scans of a directory or a file). */
function scanRootOf(inputs: ScanInputs): string | undefined {
  if (inputs.target.kind !== 'path') return undefined;
  const stat = fs.statSync(inputs.target.path);
  return stat.isDirectory() ? inputs.target.path : path.dirname(inputs.target.path);
}

/** Workspace-relative prefix of the scanned directory, so annotations point at repository files. */
function pathPrefixOf(inputs: ScanInputs): string {
  if (inputs.target.kind !== 'path') return '';
  const root = scanRootOf(inputs)!;
  return path.relative(inputs.workspace, root).split(path.sep).join('/');
}
