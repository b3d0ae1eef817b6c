import * as fs from 'node:fs';
import * as path from 'node:path';
import { InfrastructureError, prepareToolRunDirectory, readInputFileCapped, runProcess } from '@scs/action-kit';
import { parseTrivyReport, readReportFile, type ScanReport } from '@scs/findings';
import {
  CHECKS_BUNDLE_MAX_AGE_HOURS,
  TRIVY_CHECKS_DIR,
  prepareTrivyChecks,
  prepareTrivyDb,
  prepareTrivyJavaDb,
} from '@scs/vuln-db';
import type { InstalledTool } from '@scs/tool-installer';
import { jobIdentity, toolConfiguration, type EngineDb, type EngineDeps, type PrepareEngine } from './engine.js';
import type { ScanInputs, ScanTarget } from './inputs.js';
import { runEngineTool } from './scanner-process.js';
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

/** What the Trivy DB preparers share for one scan. */
function dbOptions(inputs: ScanInputs, deps: EngineDeps, cacheDir: string) {
  return {
    cacheDir,
    maxAgeHours: inputs.db.maxAgeHours,
    stale: inputs.db.stale,
    ...(deps.dbCache ? { cache: deps.dbCache } : {}),
    jobId: jobIdentity(deps.context),
    logger: deps.logger,
  };
}

/**
 * The misconfiguration checks bundle: prepared from `checks-bundle-repository`
 * into `<cacheDir>/policy` like the DB, or none (`embedded`: the checks built
 * into the pinned binary; a bundle an earlier step of this job left in the
 * shared cache folder is removed so Trivy cannot pick it up). Returns the
 * repository it came from.
 */
async function prepareChecksBundle(
  inputs: ScanInputs,
  deps: EngineDeps,
  cacheDir: string,
): Promise<string | undefined> {
  if (inputs.db.checksRepositories === 'embedded') {
    fs.rmSync(path.join(cacheDir, TRIVY_CHECKS_DIR), { recursive: true, force: true });
    deps.logger.info(
      'Misconfiguration checks: those embedded in the pinned Trivy (`checks-bundle-repository: embedded`).',
    );
    return undefined;
  }
  const repositories = inputs.db.checksRepositories;
  return deps.logger.group('Misconfiguration checks bundle (Trivy)', async () => {
    // Republished with trivy-checks releases (weeks apart): db-max-age, or 90 days when that is longer.
    const maxAgeHours = Math.max(inputs.db.maxAgeHours, CHECKS_BUNDLE_MAX_AGE_HOURS);
    const prepared = await prepareTrivyChecks({ repositories, ...dbOptions(inputs, deps, cacheDir), maxAgeHours });
    deps.logger.info(
      `Trivy checks bundle ${prepared.manifestDigest} from ${prepared.repository} (${prepared.source}), built ${prepared.updatedAt}.`,
    );
    return prepared.repository;
  });
}

/**
 * Trivy's refusal to scan a Java archive without a Java DB under
 * `--skip-java-db-update` ("'--skip-java-db-update' cannot be specified on
 * the first run"; "The first run cannot skip downloading Java DB").
 */
export const JAVA_DB_REFUSAL =
  /skip-java-db-update'? cannot be specified on the first run|cannot skip downloading Java DB/i;

/**
 * Runs Trivy. The Java DB is prepared lazily: Trivy analyses Java archives
 * only in images (not in `fs`), and which images hold any is known only once
 * Trivy has read them, while the Java DB is several hundred megabytes. So
 * Trivy runs with `--skip-java-db-update`; when it meets a Java archive with
 * no Java DB in the cache it refuses (exit 1, no report — never a silent
 * "no findings"), and then the action prepares the Java DB like the main DB
 * and runs Trivy once more. A Java DB prepared earlier in this job is used
 * at once (the cache folder is shared by the job's scan steps).
 */
async function runTrivyWithJavaDb(
  inputs: ScanInputs,
  deps: EngineDeps,
  cacheDir: string,
  runOnce: () => Promise<void>,
): Promise<void> {
  try {
    await runOnce();
  } catch (error) {
    const refused = error instanceof InfrastructureError && JAVA_DB_REFUSAL.test(error.message);
    if (!refused || !inputs.scanners.includes('vuln')) throw error;
    await deps.logger.group('Java DB (Trivy met Java archives)', async () => {
      const prepared = await prepareTrivyJavaDb({
        repositories: inputs.db.javaRepositories,
        ...dbOptions(inputs, deps, cacheDir),
      });
      deps.logger.info(
        `Trivy Java DB ${prepared.manifestDigest} from ${prepared.repository} (${prepared.source}), built ${prepared.updatedAt}; running Trivy again.`,
      );
    });
    await runOnce();
  }
}

/**
 * Installs Trivy and prepares its DB and checks bundle once; each scan then
 * runs Trivy with JSON output (the Java DB prepared when Trivy first needs it)
 * and parses the report.
 */
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
  const checksBundleRepository = inputs.scanners.includes('misconfig')
    ? await prepareChecksBundle(inputs, deps, cacheDir)
    : undefined;
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
      ...(checksBundleRepository ? { checksBundleRepository } : {}),
    });
    const env = trivyEnvironment(deps.env, {
      ...(target.kind === 'image' ? { image: target.image } : {}),
      githubToken: inputs.githubToken,
      actor: context.actor,
      registryLogin: inputs.registryLogin,
    });
    const title = `trivy ${args[0]} (${inputs.scanners.join(', ')})`;
    const step = {
      name: 'Trivy' as const,
      title,
      binary: tool.binary,
      args,
      cwd: run.cwd,
      env,
      stagedReport,
      reportFile,
    };
    const runOnce = () => runEngineTool(step, inputs.timeoutMinutes, logger);
    await runTrivyWithJavaDb(inputs, deps, cacheDir, runOnce);
    return parseTrivyReport(await readReportFile(reportFile, 'Trivy'), { source: reportFile });
  };
  return { name: 'Trivy', tool, configuration, scan, ...(db ? { db } : {}) };
};

/** The Trivy DB, fetched, verified and cached by the action (Trivy never downloads it). */
async function prepareDb(inputs: ScanInputs, deps: EngineDeps, cacheDir: string): Promise<EngineDb> {
  return deps.logger.group('Vulnerability DB (Trivy)', async () => {
    const prepared = await prepareTrivyDb({
      repositories: inputs.db.trivyRepositories,
      ...dbOptions(inputs, deps, cacheDir),
    });
    deps.logger.info(
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
