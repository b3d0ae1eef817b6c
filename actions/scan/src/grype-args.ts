import {
  CONFIG_FILE_VARIABLES,
  REGISTRY_CLOUD_ENVIRONMENT,
  imageRegistry,
  registryLoginVariables,
  toolEnvironment,
  type RegistryLogin,
} from '@scs/action-kit';
import type { ScanTarget } from './inputs.js';

/**
 * The one Grype invocation of a scan, and its environment.
 *
 * The subject always carries an explicit source scheme, so Grype never
 * guesses (by default it tries a Docker daemon first for an image and sniffs
 * files for SBOMs): `registry:` pulls straight from the registry without a
 * daemon, `dir:` / `file:` read the checkout, `sbom:` reads an SBOM. A scheme
 * prefix also means the subject can never be read as a flag. JSON is the only
 * output (every other format is rendered from the model); no `--fail-on`
 * (the gate decides, so any non-zero exit is a tool failure), no
 * `--only-fixed` and no `--vex` (applied by our code, for both engines).
 */

export interface GrypeRunPlan {
  target: ScanTarget;
  outputFile: string;
  /**
   * Grype config files, each passed with `-c` (Grype merges them): `grype-config`,
   * the `ignore-file`, or the action's empty file. Never empty: with no `-c`
   * Grype would search ./.grype.yaml, ~/.grype.yaml and the XDG folders.
   */
  configFiles: readonly string[];
  /** Glob patterns left out of a directory scan (`--exclude`), as `skip-dirs` / `skip-files` give them. */
  skipDirs?: readonly string[];
  skipFiles?: readonly string[];
  /** Where an image comes from: the registry (default; no daemon needed) or the local Docker daemon. */
  imageSource?: 'registry' | 'docker';
  /** A `path` target that is a single file (a jar, a lockfile): `file:` instead of `dir:`. */
  pathIsFile?: boolean;
}

/** A path that could be read as an option gets a `./` in front (absolute paths never need it). */
function safePath(value: string): string {
  return value.startsWith('-') ? `./${value}` : value;
}

/** `registry:ghcr.io/org/app@sha256:…`, `dir:/ws`, `file:/ws/app.jar`, `sbom:/ws/bom.json`. */
export function grypeSubject(
  target: ScanTarget,
  options: Pick<GrypeRunPlan, 'imageSource' | 'pathIsFile'> = {},
): string {
  switch (target.kind) {
    case 'image':
      return `${target.daemon ? 'docker' : (options.imageSource ?? 'registry')}:${target.image}`;
    case 'path':
      return `${options.pathIsFile ? 'file' : 'dir'}:${target.path}`;
    case 'sbom':
      return `sbom:${target.sbom}`;
    case 'archive':
      // inputs.ts refuses an archive of unknown kind for Grype: it would guess the source type.
      if (target.archive.layout === 'unknown') throw new Error('grypeSubject: an image archive of unknown kind');
      return `${target.archive.layout}:${target.archive.path}`;
  }
}

/**
 * Grype's `--exclude` wants paths that start with `./`, `*\/` or `**\/` (relative
 * to the scanned folder); a directory pattern also covers what is below it.
 */
export function grypeExcludes(skipDirs: readonly string[] = [], skipFiles: readonly string[] = []): string[] {
  const anchor = (pattern: string) => (/^(\.\/|\*\*?\/)/.test(pattern) ? pattern : `./${pattern.replace(/^\/+/, '')}`);
  return [...skipDirs.map((dir) => `${anchor(dir).replace(/\/+$/, '')}/**`), ...skipFiles.map(anchor)];
}

export function buildGrypeArgs(plan: GrypeRunPlan): string[] {
  if (plan.configFiles.length === 0) throw new Error('buildGrypeArgs: at least one config file is required');
  const args = [grypeSubject(plan.target, plan), '-o', `json=${plan.outputFile}`];
  for (const file of plan.configFiles) args.push('-c', safePath(file));
  for (const pattern of grypeExcludes(plan.skipDirs, plan.skipFiles)) args.push('--exclude', pattern);
  // One platform of an image index (`platform: os/arch[/variant]`; validated in inputs.ts, an option's value).
  if (plan.target.kind === 'image' && plan.target.platform) args.push('--platform', plan.target.platform);
  return args;
}

export interface GrypeEnvironmentOptions {
  /** The prepared vulnerability DB cache (the action acquires the DB itself). */
  dbCacheDir: string;
  githubToken?: string;
  actor?: string;
  /** The image reference, when scanning one: ghcr.io images get the workflow token. */
  image?: string;
  /** The step's `registry-username` / `registry-password`: scoped to the image's registry, over any GRYPE_REGISTRY_AUTH_* of the job. */
  registryLogin?: RegistryLogin | undefined;
}

/** Grype's registry credential variables; any of them set means the user configured auth. */
const REGISTRY_AUTH_VARIABLES = [
  'GRYPE_REGISTRY_AUTH_AUTHORITY',
  'GRYPE_REGISTRY_AUTH_USERNAME',
  'GRYPE_REGISTRY_AUTH_PASSWORD',
  'GRYPE_REGISTRY_AUTH_TOKEN',
] as const;

/**
 * Environment for the Grype process: an allow-list of the runner's
 * environment (never the action's inputs or the runner's tokens), without
 * GRYPE_CONFIG (the inputs name config files), plus
 * - `GRYPE_DB_AUTO_UPDATE=false` and `GRYPE_DB_CACHE_DIR`: scan with the DB the
 *   action prepared, never download one (no request, no rate limit);
 * - `GRYPE_DB_VALIDATE_AGE=false`: the action enforces `db-max-age` itself
 *   (fail or warn, as configured); Grype's built-in 5-day check would turn a
 *   "warn" policy into a failed scan;
 * - `GRYPE_CHECK_FOR_APP_UPDATE=false`: no request to Anchore on start;
 * - `GRYPE_FAIL_ON_SEVERITY` removed: our gate decides, and an exit code 1
 *   for "vulnerabilities found" would be read as a crashed scanner. (A
 *   `fail-on-severity` in a config file cannot be unset this way; see
 *   `isSeverityThresholdExit`.)
 * - the step's `registry-username` / `registry-password`, scoped to the
 *   image's registry (`GRYPE_REGISTRY_AUTH_AUTHORITY`), when given;
 * - else, for ghcr.io images, the workflow token as registry credentials scoped to
 *   ghcr.io (`GRYPE_REGISTRY_AUTH_AUTHORITY`), unless registry credentials
 *   were already set through Grype's variables.
 * Grype reads environment variables over its config file, so these hold even
 * when the user's `.grype.yaml` says otherwise.
 */
export function grypeEnvironment(base: NodeJS.ProcessEnv, options: GrypeEnvironmentOptions): NodeJS.ProcessEnv {
  // An allow-list: the base list, Grype's own variables, cloud SDK variables for registry logins.
  const login =
    options.image && options.registryLogin
      ? registryLoginVariables('grype', options.image, options.registryLogin)
      : undefined;
  const env = toolEnvironment(base, {
    allow: ['GRYPE_', ...REGISTRY_CLOUD_ENVIRONMENT],
    set: { ...Object.fromEntries(CONFIG_FILE_VARIABLES.grype.map((name) => [name, undefined])), ...login },
  });
  delete env.GRYPE_FAIL_ON_SEVERITY;
  env.GRYPE_DB_AUTO_UPDATE = 'false';
  env.GRYPE_DB_CACHE_DIR = options.dbCacheDir;
  env.GRYPE_DB_VALIDATE_AGE = 'false';
  env.GRYPE_CHECK_FOR_APP_UPDATE = 'false';
  const configured = login !== undefined || REGISTRY_AUTH_VARIABLES.some((name) => (env[name] ?? '') !== '');
  if (
    options.image &&
    imageRegistry(options.image) === 'ghcr.io' &&
    options.githubToken &&
    options.actor &&
    !configured
  ) {
    env.GRYPE_REGISTRY_AUTH_AUTHORITY = 'ghcr.io';
    env.GRYPE_REGISTRY_AUTH_USERNAME = options.actor;
    env.GRYPE_REGISTRY_AUTH_PASSWORD = options.githubToken;
  }
  return env;
}

/** What Grype prints (and exits 1 with) when `fail-on-severity` is set and met. */
export const GRYPE_SEVERITY_THRESHOLD_MESSAGE = 'discovered vulnerabilities at or above the severity threshold';

/**
 * True when a non-zero exit only means "a `fail-on-severity` from the user's
 * config was met": the report was written and is valid, and our gate, not
 * Grype's, should decide.
 */
export function isSeverityThresholdExit(exitCode: number | null, stderr: string): boolean {
  return exitCode === 1 && stderr.includes(GRYPE_SEVERITY_THRESHOLD_MESSAGE);
}
