import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareToolRunDirectory } from '@scs/action-kit';
import { parseGrypeReport, readReportFile, type ScanReport } from '@scs/findings';
import { grypeDbImportInstaller, prepareGrypeDb } from '@scs/vuln-db';
import { buildGrypeArgs, grypeEnvironment, isSeverityThresholdExit } from './grype-args.js';
import type { ScanInputs } from './inputs.js';
import { jobIdentity, toolConfiguration, type EngineResult, type ScanDeps } from './main.js';
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
      // Grype's own import hydrates the DB and writes import.json, without which
      // grype refuses the DB; the published archive has no import.json.
      installer: grypeDbImportInstaller({ grype: tool.binary, env: grypeEnvironment(deps.env, { dbCacheDir }) }),
    });
    logger.info(`Grype DB ${prepared.checksum} (${prepared.source}), built ${prepared.updatedAt}.`);
    return {
      digest: prepared.checksum,
      source: prepared.source,
      updatedAt: prepared.updatedAt,
      location: prepared.archiveUrl ?? prepared.listingUrl,
    };
  });
  const pathIsFile = inputs.target.kind === 'path' && fs.statSync(inputs.target.path).isFile();
  // Grype runs in an empty private directory with explicit -c files: a .grype.yaml in the
  // checkout (or ~/.grype.yaml) is never searched for.
  const run = prepareToolRunDirectory(context.runnerTemp, 'grype');
  const stagedReport = path.join(run.cwd, 'report.json');
  const configuration = toolConfiguration(inputs, logger);
  const configFiles = [inputs.grypeConfig, ...inputs.ignoreFiles].filter(Boolean);
  const args = buildGrypeArgs({
    target: inputs.target,
    outputFile: stagedReport,
    configFiles: configFiles.length > 0 ? configFiles : [run.emptyConfig],
    skipDirs: inputs.skipDirs,
    skipFiles: inputs.skipFiles,
    pathIsFile,
  });
  const env = grypeEnvironment(deps.env, {
    dbCacheDir,
    githubToken: inputs.githubToken,
    actor: context.actor,
    registryLogin: inputs.registryLogin,
    ...(inputs.target.kind === 'image' ? { image: inputs.target.image } : {}),
  });
  await logger.group(`grype ${args[0]}`, () =>
    runScanner({
      name: 'Grype',
      binary: tool.binary,
      args,
      cwd: run.cwd,
      env,
      timeoutMinutes: inputs.timeoutMinutes,
      reportFile: stagedReport,
      finalReportFile: reportFile,
      logger,
      acceptExit: isSeverityThresholdExit,
    }),
  );
  // Grype reports an SBOM's own source (an image, a directory): the SBOM is what was scanned.
  const report: ScanReport = parseGrypeReport(await readReportFile(reportFile, 'Grype'), {
    source: reportFile,
    ...(inputs.target.kind === 'sbom' ? { artifactType: 'sbom' as const } : {}),
  });
  return { report, tool, db, configuration };
}
