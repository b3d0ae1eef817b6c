import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  PolicyFailure,
  availableSummaryBytes,
  emitAnnotations,
  logger as defaultLogger,
  readRunContext,
  writeJobSummary,
  type Logger,
  type RunContext,
} from '@scs/action-kit';
import {
  countBySeverity,
  evaluateGate,
  filterFindings,
  findingsToAnnotations,
  gateMessage,
  renderMarkdownSummary,
  renderSarif,
  type ScanReport,
} from '@scs/findings';
import { TrivyInstaller, type InstalledTool } from '@scs/tool-installer';
import type { ScanInputs } from './inputs.js';
import { runTrivyEngine } from './trivy-engine.js';

export interface ScanDeps {
  context: RunContext;
  logger: Logger;
  installTrivy: (inputs: ScanInputs['trivy']) => Promise<InstalledTool>;
  setOutput: (name: string, value: string) => void;
  env: NodeJS.ProcessEnv;
}

export function defaultDeps(): ScanDeps {
  return {
    context: readRunContext(),
    logger: defaultLogger,
    installTrivy: (trivy) =>
      new TrivyInstaller().install({
        ...(trivy.version ? { version: trivy.version } : {}),
        ...(trivy.sha256 ? { sha256: trivy.sha256 } : {}),
        ...(trivy.mirror ? { mirror: trivy.mirror } : {}),
        ...(trivy.path ? { path: trivy.path } : {}),
      }),
    setOutput: (name, value) => core.setOutput(name, value),
    env: process.env,
  };
}

/** What an engine hands back: the parsed report (written to the JSON file) and the tool that made it. */
export interface EngineResult {
  report: ScanReport;
  tool: InstalledTool;
}

export const REPORT_FILES = {
  json: 'trivy-report.json',
  sarif: 'trivy-results.sarif',
  summary: 'scan-summary.md',
} as const;

export async function run(inputs: ScanInputs, deps: ScanDeps = defaultDeps()): Promise<void> {
  try {
    await scan(inputs, deps);
  } catch (error) {
    // Anything but a verdict means no verdict: never leave `gate` unset or 'pass'.
    if (!(error instanceof PolicyFailure)) deps.setOutput('gate', 'error');
    throw error;
  }
}

async function scan(inputs: ScanInputs, deps: ScanDeps): Promise<void> {
  const { logger, context } = deps;
  fs.mkdirSync(inputs.outputDir, { recursive: true });
  const files = {
    json: path.join(inputs.outputDir, REPORT_FILES.json),
    sarif: path.join(inputs.outputDir, REPORT_FILES.sarif),
    summary: path.join(inputs.outputDir, REPORT_FILES.summary),
  };
  const { report: parsed } = await runTrivyEngine(inputs, deps, files.json);
  const report: ScanReport = {
    ...parsed,
    artifactName: displayName(inputs, parsed.artifactName),
    findings: filterFindings(parsed.findings, { severities: inputs.severities }),
  };
  const counts = countBySeverity(report.findings);
  const gate = evaluateGate(report.findings, { failOn: inputs.failOn, onlyFixed: inputs.onlyFixed });
  const pathPrefix = pathPrefixOf(inputs);

  const sarif = renderSarif(report, {
    category: `supply-chain-scan/${inputs.target.kind}`,
    pathPrefix,
    srcRoot: context.workspace,
  });
  fs.writeFileSync(files.sarif, sarif.json);
  if (sarif.omitted.total > 0) {
    logger.warning(
      `The SARIF file holds the ${report.findings.length - sarif.omitted.total} most severe findings; ${sarif.omitted.total} less severe ones were left out to stay within GitHub's code scanning limits (all are in ${REPORT_FILES.json}).`,
    );
  }

  // Other steps may already have written to this step's summary file.
  const budgetBytes = inputs.summary ? await availableSummaryBytes() : undefined;
  const summary = renderMarkdownSummary(report, {
    title: 'Supply-chain scan (Trivy)',
    gate,
    seeAlso: `${REPORT_FILES.sarif} and ${REPORT_FILES.json} in ${inputs.outputDir}`,
    ...(budgetBytes !== undefined ? { budgetBytes } : {}),
  });
  fs.writeFileSync(files.summary, summary.markdown);
  if (inputs.summary) await writeJobSummary(summary.markdown);

  if (inputs.annotations) {
    emitAnnotations(findingsToAnnotations(report.findings, { pathPrefix, tripped: gate.tripped }), {
      overflowMessage: (omitted) =>
        `${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); see the job summary and ${REPORT_FILES.sarif}.`,
    });
  }

  deps.setOutput('critical', String(counts.critical));
  deps.setOutput('high', String(counts.high));
  deps.setOutput('medium', String(counts.medium));
  deps.setOutput('low', String(counts.low));
  deps.setOutput('unknown', String(counts.unknown));
  deps.setOutput('total', String(report.findings.length));
  deps.setOutput('gate', gate.outcome);
  deps.setOutput('gate-count', String(gate.tripped.length));
  deps.setOutput('json-file', files.json);
  deps.setOutput('sarif-file', files.sarif);
  deps.setOutput('summary-file', files.summary);

  logger.info(
    `${report.findings.length} finding(s): ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low, ${counts.unknown} unknown. Gate (${inputs.failOn}${inputs.onlyFixed ? ', fixed only' : ''}): ${gate.outcome}.`,
  );
  if (gate.outcome === 'fail') {
    throw new PolicyFailure(gateMessage(gate));
  }
}

/** What the reports call the scanned thing: workspace-relative for files, the reference for images. */
function displayName(inputs: ScanInputs, fromTrivy: string): string {
  const file = inputs.target.kind === 'path' ? inputs.target.path : inputs.target.kind === 'sbom' ? inputs.target.sbom : undefined;
  if (file === undefined) return fromTrivy || (inputs.target.kind === 'image' ? inputs.target.image : '');
  return path.relative(inputs.workspace, file).split(path.sep).join('/') || '.';
}

/** Directory Trivy's relative paths are relative to (fs scans of a directory or a file). */
function scanRootOf(inputs: ScanInputs): string | undefined {
  if (inputs.target.kind !== 'path') return undefined;
  const stat = fs.statSync(inputs.target.path);
  return stat.isDirectory() ? inputs.target.path : path.dirname(inputs.target.path);
}

/** Workspace-relative prefix of the scanned directory, so annotations point at repository files. */
function pathPrefixOf(inputs: ScanInputs): string {
  if (inputs.target.kind !== 'path') return '';
  const root = scanRootOf(inputs)!;
  const relative = path.relative(inputs.workspace, root).split(path.sep).join('/');
  return relative;
}
