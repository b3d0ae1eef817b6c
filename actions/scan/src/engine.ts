/**
 * What main.ts needs from a scanning engine, and nothing else: the engines
 * (trivy-engine.ts, grype-engine.ts) implement this interface and import only
 * from here, never from main.ts, so there is no import loop.
 *
 * An engine is prepared once per step (tool installed, vulnerability DB
 * ready, configuration stated) and then scans one or more targets: one image,
 * directory or SBOM, or each platform manifest of an image index.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unusedRepositoryConfigFiles, type Logger, type RunContext } from '@scs/action-kit';
import type { ScanReport } from '@scs/findings';
import type { InstalledTool } from '@scs/tool-installer';
import type { DbCache } from '@scs/vuln-db';
import type { ScanInputs, ScanTarget, ToolSource } from './inputs.js';

/** The collaborators an engine uses (main.ts's ScanDeps has them all). */
export interface EngineDeps {
  context: RunContext;
  logger: Logger;
  installTrivy: (source: ToolSource) => Promise<InstalledTool>;
  installGrype: (source: ToolSource) => Promise<InstalledTool>;
  /** The Actions cache for vulnerability DBs, already limited by the `db-cache` policy; none: no caching. */
  dbCache?: DbCache;
  env: NodeJS.ProcessEnv;
}

/** The vulnerability DB a scan used. */
export interface EngineDb {
  digest: string;
  source: string;
  updatedAt: string;
  location: string;
}

/** What configuration a scan ran with, as the log and the summary state it. */
export interface ToolConfiguration {
  /** `input: file` / `input: patterns` for every configuration input that was set. */
  used: string[];
  /** Configuration files in the checkout that the tool would have read by itself, and did not. */
  unused: string[];
}

/** An engine ready to scan: its tool, its DB, its configuration. */
export interface PreparedEngine {
  /** Trivy, Grype: for titles and messages. */
  name: string;
  tool: InstalledTool;
  /** The vulnerability DB, when the scan looks for vulnerabilities. */
  db?: EngineDb;
  configuration: ToolConfiguration;
  /** Runs the tool once on `target` with JSON output into `reportFile`, and parses the report. */
  scan(target: ScanTarget, reportFile: string): Promise<ScanReport>;
}

/** Installs the tool and prepares what every scan of this step shares. */
export type PrepareEngine = (inputs: ScanInputs, deps: EngineDeps) => Promise<PreparedEngine>;

/** Which job prepared a DB in RUNNER_TEMP: a DB left by another job is not taken as this one's. */
export function jobIdentity(context: RunContext): string {
  return `${context.runId}-${context.runAttempt}-${context.job}`;
}

/** Directory the scanner's relative paths are relative to (fs scans of a directory or a file). */
export function scanRootOf(inputs: Pick<ScanInputs, 'target'>): string | undefined {
  if (inputs.target.kind !== 'path') return undefined;
  const stat = fs.statSync(inputs.target.path);
  return stat.isDirectory() ? inputs.target.path : path.dirname(inputs.target.path);
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
