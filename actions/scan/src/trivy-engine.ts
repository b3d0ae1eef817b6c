import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareToolRunDirectory, readInputFileCapped, runProcess } from '@scs/action-kit';
import { parseTrivyReport, readReportFile, type ScanReport } from '@scs/findings';
import { prepareTrivyDb } from '@scs/vuln-db';
import type { InstalledTool } from '@scs/tool-installer';
import { jobIdentity, toolConfiguration, type EngineDb, type EngineDeps, type PrepareEngine } from './engine.js';
import type { ScanInputs, ScanTarget } from './inputs.js';
import { runScanner } from './scanner-process.js';
import {
  buildTrivyArgs,
  capabilitiesForVersion,
  capabilitiesFromHelp,
  trivyEnvironment,
  type TrivyCapabilities,
} from './trivy-args.js';

/**
 * From the version when it is a release number; otherwise (a 'dev' build), or
 * when the misconfiguration scanner runs (the spelling of its skip-update flag
 * changed between releases), ask the binary.
 */
async function detectCapabilities(tool: InstalledTool, misconfig: boolean): Promise<TrivyCapabilities> {
  const known = capabilitiesForVersion(tool.version);
  if (known && !misconfig) return known;
  const help = await runProcess(tool.binary, ['fs', '--help'], { timeoutMs: 30_000, cwd: path.dirname(tool.binary) });
  const fromHelp = capabilitiesFromHelp(`${help.stdout}\n${help.stderr}`);
  // A release number decides the scanner's name; the help only adds the flag's spelling when it shows one.
  return known
    ? { ...known, ...(fromHelp.skipChecksUpdateFlag ? { skipChecksUpdateFlag: fromHelp.skipChecksUpdateFlag } : {}) }
    : fromHelp;
}

/**
 * The one file for --ignorefile: the only one listed, or the plain
 * .trivyignore files merged (in order) into one in the private run directory.
 */
/** Largest ignore file merged (4 MiB): a list of finding IDs and paths. */
export const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;

export function trivyIgnoreFile(files: readonly string[], runDir: string): string {
  if (files.length <= 1) return files[0] ?? '';
  const merged = path.join(runDir, 'merged.trivyignore');
  const text = files.map((file) =>
    readInputFileCapped(file, MAX_IGNORE_FILE_BYTES, 'ignore-file')
      .toString('utf8')
      .replace(/\r?\n?$/, '\n'),
  );
  fs.writeFileSync(merged, text.join(''), { flag: 'wx' });
  return merged;
}

/** Installs Trivy and prepares its DB once; each scan then runs Trivy with JSON output and parses the report. */
export const prepareTrivyEngine: PrepareEngine = async (inputs, deps) => {
  const { logger, context } = deps;
  const tool = await logger.group('Install Trivy', async () => {
    const installed = await deps.installTrivy(inputs.trivy);
    logger.info(`Trivy ${installed.version} from ${installed.source}: ${installed.binary}`);
    return installed;
  });
  const capabilities = await detectCapabilities(tool, inputs.scanners.includes('misconfig'));
  const cacheDir = path.join(context.runnerTemp, 'supply-chain-trivy-cache');
  const vuln = inputs.scanners.includes('vuln');
  const db = vuln ? await prepareDb(inputs, deps, cacheDir) : undefined;
  const configuration = toolConfiguration(inputs, logger);
  const scan = async (target: ScanTarget, reportFile: string): Promise<ScanReport> => {
    // Trivy runs in an empty private directory with explicit files: a trivy.yaml, trivy-secret.yaml
    // or .trivyignore in the checkout is never picked up (see tool-config.ts in action-kit).
    const run = prepareToolRunDirectory(context.runnerTemp, 'trivy');
    const stagedReport = path.join(run.cwd, 'report.json');
    const args = buildTrivyArgs({
      target,
      scanners: inputs.scanners,
      ignoreFile: trivyIgnoreFile(inputs.ignoreFiles, run.cwd) || run.absent('trivyignore'),
      configFile: inputs.trivyConfig || run.emptyConfig,
      secretConfigFile: inputs.trivySecretConfig || run.absent('trivy-secret.yaml'),
      skipDirs: inputs.skipDirs,
      skipFiles: inputs.skipFiles,
      cacheDir,
      outputFile: stagedReport,
      timeoutMinutes: inputs.timeoutMinutes,
      capabilities,
      skipDbUpdate: vuln,
      javaDbRepositories: inputs.db.javaRepositories,
    });
    const env = trivyEnvironment(deps.env, {
      ...(target.kind === 'image' ? { image: target.image } : {}),
      githubToken: inputs.githubToken,
      actor: context.actor,
      registryLogin: inputs.registryLogin,
    });
    await logger.group(`trivy ${args[0]} (${inputs.scanners.join(', ')})`, () =>
      runScanner({
        name: 'Trivy',
        binary: tool.binary,
        args,
        cwd: run.cwd,
        env,
        timeoutMinutes: inputs.timeoutMinutes,
        reportFile: stagedReport,
        finalReportFile: reportFile,
        logger,
      }),
    );
    return parseTrivyReport(await readReportFile(reportFile, 'Trivy'), { source: reportFile });
  };
  return { name: 'Trivy', tool, configuration, scan, ...(db ? { db } : {}) };
};

/** The Trivy DB, fetched, verified and cached by the action (Trivy never downloads it). */
async function prepareDb(inputs: ScanInputs, deps: EngineDeps, cacheDir: string): Promise<EngineDb> {
  const { logger, context } = deps;
  return logger.group('Vulnerability DB (Trivy)', async () => {
    const prepared = await prepareTrivyDb({
      repositories: inputs.db.trivyRepositories,
      cacheDir,
      maxAgeHours: inputs.db.maxAgeHours,
      stale: inputs.db.stale,
      ...(deps.dbCache ? { cache: deps.dbCache } : {}),
      jobId: jobIdentity(context),
      logger,
    });
    logger.info(
      `Trivy DB ${prepared.manifestDigest} from ${prepared.repository} (${prepared.source}), built ${prepared.updatedAt}.`,
    );
    return {
      digest: prepared.manifestDigest,
      source: prepared.source,
      updatedAt: prepared.updatedAt,
      location: prepared.repository,
    };
  });
}
