import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareToolRunDirectory } from '@scs/action-kit';
import { parseGrypeReport, readReportFile, type ScanReport } from '@scs/findings';
import { grypeDbImportInstaller, prepareGrypeDb } from '@scs/vuln-db';
import { buildGrypeArgs, grypeEnvironment, isSeverityThresholdExit } from './grype-args.js';
import type { InstalledTool } from '@scs/tool-installer';
import { jobIdentity, toolConfiguration, type EngineDb, type EngineDeps, type PrepareEngine } from './engine.js';
import type { ScanInputs, ScanTarget } from './inputs.js';
import { runEngineTool } from './scanner-process.js';

/** Installs Grype and prepares its DB once; each scan then runs Grype with JSON output and parses the report. */
export const prepareGrypeEngine: PrepareEngine = async (inputs, deps) => {
  const { logger, context } = deps;
  const tool = await logger.group('Install Grype', async () => {
    const installed = await deps.installGrype(inputs.grype);
    logger.info(`Grype ${installed.version} from ${installed.source}: ${installed.binary}`);
    return installed;
  });
  const dbCacheDir = path.join(context.runnerTemp, 'supply-chain-grype-db');
  const db = await prepareDb(inputs, deps, tool, dbCacheDir);
  const configuration = toolConfiguration(inputs, logger);
  const scan = async (target: ScanTarget, reportFile: string): Promise<ScanReport> => {
    const pathIsFile = target.kind === 'path' && fs.statSync(target.path).isFile();
    // Grype runs in an empty private directory with explicit -c files: a .grype.yaml in the
    // checkout (or ~/.grype.yaml) is never searched for.
    const run = prepareToolRunDirectory(context.runnerTemp, 'grype');
    const stagedReport = path.join(run.cwd, 'report.json');
    const configFiles = [inputs.grypeConfig, ...inputs.ignoreFiles].filter(Boolean);
    const args = buildGrypeArgs({
      target,
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
      ...(target.kind === 'image' ? { image: target.image } : {}),
    });
    const title = `grype ${args[0]}`;
    const step = {
      name: 'Grype' as const,
      title,
      binary: tool.binary,
      args,
      cwd: run.cwd,
      env,
      stagedReport,
      reportFile,
    };
    await runEngineTool({ ...step, acceptExit: isSeverityThresholdExit }, inputs.timeoutMinutes, logger);
    // Grype reports an SBOM's own source (an image, a directory): the SBOM is what was scanned.
    return parseGrypeReport(await readReportFile(reportFile, 'Grype'), {
      source: reportFile,
      ...(target.kind === 'sbom' ? { artifactType: 'sbom' as const } : {}),
    });
  };
  return { name: 'Grype', tool, db, configuration, scan };
};

/** The Grype DB, fetched, verified and cached by the action, installed with `grype db import`. */
async function prepareDb(
  inputs: ScanInputs,
  deps: EngineDeps,
  tool: InstalledTool,
  dbCacheDir: string,
): Promise<EngineDb> {
  const { logger, context } = deps;
  return logger.group('Vulnerability DB (Grype)', async () => {
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
}
