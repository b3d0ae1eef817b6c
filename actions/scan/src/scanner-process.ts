import * as fs from 'node:fs';
import { InfrastructureError, moveFileNoFollow, runProcess, tailLines, type Logger } from '@scs/action-kit';

/**
 * Runs a scanner once, streaming its log through the logger as untrusted text,
 * and turns everything that is not "exited 0 and wrote its report" into an
 * InfrastructureError: a crash, a timeout or a missing report is never a
 * verdict about the code.
 */
export interface ScannerRun {
  /** Trivy, Grype: for messages. */
  name: string;
  binary: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMinutes: number;
  /** The JSON report the scanner must write (in its private directory). */
  reportFile: string;
  /**
   * Where the report goes once written: moved there (a link at that path is
   * replaced, never written through). The scanner never opens this path itself.
   */
  finalReportFile?: string;
  logger: Logger;
  /** A non-zero exit that still means "report written, no error" (Grype's own fail-on-severity). */
  acceptExit?: (exitCode: number, stderr: string) => boolean;
}

export async function runScanner(run: ScannerRun): Promise<void> {
  const { logger } = run;
  fs.rmSync(run.reportFile, { force: true });
  // A report of an earlier run at the destination must not pass for this run's (the link itself, if one was planted).
  if (run.finalReportFile) fs.rmSync(run.finalReportFile, { force: true });
  logger.info(`Running: ${run.binary} ${run.args.join(' ')}`);
  const result = await runProcess(run.binary, run.args, {
    cwd: run.cwd,
    env: run.env,
    // The scanner's own timeout covers the scan; this bounds a hang anywhere else.
    timeoutMs: run.timeoutMinutes * 60_000 + 60_000,
    onStderr: (chunk) => logger.untrusted(chunk),
  });
  // Whatever the outcome, a report the scanner wrote is kept where the user looks for it.
  if (run.finalReportFile && fs.existsSync(run.reportFile)) moveFileNoFollow(run.reportFile, run.finalReportFile);
  const reportFile = run.finalReportFile ?? run.reportFile;
  if (result.timedOut) {
    throw new InfrastructureError(
      `${run.name} did not finish within ${run.timeoutMinutes} minutes and was stopped (input \`timeout\`).`,
    );
  }
  if (result.exitCode !== 0 && !(run.acceptExit?.(result.exitCode, result.stderr) ?? false)) {
    const tail = tailLines(result.stderr, 8);
    throw new InfrastructureError(
      `${run.name} exited with code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}; no verdict was reached.${tail ? `\nLast lines of its log:\n${tail}` : ''}`,
    );
  }
  if (!fs.existsSync(reportFile)) {
    throw new InfrastructureError(`${run.name} exited successfully but wrote no JSON report.`);
  }
}

/** One engine's tool run on one target: what differs between Trivy and Grype. */
export interface EngineToolRun {
  name: 'Trivy' | 'Grype';
  /** The log group's title. */
  title: string;
  binary: string;
  args: readonly string[];
  /** Its private run directory (see prepareToolRunDirectory). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The report as the tool writes it in `cwd`, and where it is moved once written. */
  stagedReport: string;
  reportFile: string;
  acceptExit?: ScannerRun['acceptExit'];
}

/** Runs an engine's tool in a collapsed log group, bounded by the step's `timeout`, the report moved into place. */
export function runEngineTool(step: EngineToolRun, timeoutMinutes: number, logger: Logger): Promise<void> {
  const { title, stagedReport, reportFile, ...run } = step;
  return logger.group(title, () =>
    runScanner({ ...run, timeoutMinutes, reportFile: stagedReport, finalReportFile: reportFile, logger }),
  );
}
