import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGrypeReport, readReportFile, type ScanReport } from '@scs/findings';
import { prepareGrypeDb } from '@scs/vuln-db';
import { buildGrypeArgs, grypeEnvironment, isSeverityThresholdExit } from './grype-args.js';
import type { ScanInputs } from './inputs.js';
import { jobIdentity, type EngineResult, type ScanDeps } from './main.js';
import { runScanner } from './scanner-process.js';

/** Installs Grype, prepares its DB, runs it once with JSON output into `reportFile`, and parses the report. */
export async function runGrypeEngine(inputs: ScanInputs, deps: ScanDeps, reportFile: string): Promise<EngineResult> {
  const { logger, context } = deps;
  const tool = await logger.group('Install Grype', async () => {
    const installed = await deps.installGrype(inputs.grype);
    logger.info(`Grype ${installed.version} from ${installed.source}: ${installed.binary}`);
    return installed;
  });
  const dbCacheDir = path.join(context.runnerTemp, 'supply-chain-grype-db');
  const db = await logger.group('Vulnerability DB (Grype)', async () => {
    const prepared = await prepareGrypeDb({
      listingUrl: inputs.db.grypeUrl,
      cacheDir: dbCacheDir,
      maxAgeHours: inputs.db.maxAgeHours,
      stale: inputs.db.stale,
      ...(deps.dbCache ? { cache: deps.dbCache } : {}),
      jobId: jobIdentity(context),
      logger,
    });
    logger.info(`Grype DB ${prepared.checksum} (${prepared.source}), built ${prepared.updatedAt}.`);
    return { digest: prepared.checksum, source: prepared.source, updatedAt: prepared.updatedAt, location: prepared.archiveUrl ?? prepared.listingUrl };
  });
  const pathIsFile = inputs.target.kind === 'path' && fs.statSync(inputs.target.path).isFile();
  const args = buildGrypeArgs({
    target: inputs.target,
    outputFile: reportFile,
    ...(inputs.ignoreFile ? { configFile: inputs.ignoreFile } : {}),
    pathIsFile,
  });
  const env = grypeEnvironment(deps.env, {
    dbCacheDir,
    githubToken: inputs.githubToken,
    actor: context.actor,
    ...(inputs.target.kind === 'image' ? { image: inputs.target.image } : {}),
  });
  await logger.group(`grype ${args[0]}`, () =>
    runScanner({
      name: 'Grype',
      binary: tool.binary,
      args,
      cwd: context.workspace,
      env,
      timeoutMinutes: inputs.timeoutMinutes,
      reportFile,
      logger,
      acceptExit: isSeverityThresholdExit,
    }),
  );
  // Grype reports an SBOM's own source (an image, a directory): the SBOM is what was scanned.
  const report: ScanReport = parseGrypeReport(await readReportFile(reportFile, 'Grype'), {
    source: reportFile,
    ...(inputs.target.kind === 'sbom' ? { artifactType: 'sbom' as const } : {}),
  });
  return { report, tool, db };
}
