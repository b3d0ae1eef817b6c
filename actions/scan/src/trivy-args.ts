import {
  CONFIG_FILE_VARIABLES,
  REGISTRY_CLOUD_ENVIRONMENT,
  registryLoginVariables,
  toolEnvironment,
  type RegistryLogin,
} from '@scs/action-kit';
import type { Scanner, ScanTarget } from './inputs.js';

/**
 * What differs between Trivy releases that the argv depends on. Trivy renamed
 * the `config` scanner to `misconfig`; older builds only know `config`.
 */
export interface TrivyCapabilities {
  misconfigScanner: 'misconfig' | 'config';
  /**
   * The flag that stops Trivy fetching the misconfiguration checks bundle
   * (ghcr.io/aquasecurity/trivy-checks) itself: `--skip-check-update`, or
   * `--skip-policy-update` on builds from before the rename (also a
   * deprecated alias later). Unset: from `misconfigScanner`.
   */
  skipChecksUpdateFlag?: '--skip-check-update' | '--skip-policy-update';
}

export const MODERN_TRIVY: TrivyCapabilities = { misconfigScanner: 'misconfig' };

/** Trivy 0.48.0 introduced `--scanners misconfig` (aquasecurity/trivy#5557). */
const MISCONFIG_SINCE = [0, 48, 0] as const;

/** Capabilities implied by a release version; undefined when the version says nothing ('dev', 'unknown'). */
export function capabilitiesForVersion(version: string): TrivyCapabilities | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) return undefined;
  const parts = match.slice(1, 4).map(Number);
  for (const [i, since] of MISCONFIG_SINCE.entries()) {
    const part = parts[i] ?? 0;
    if (part !== since) return part > since ? MODERN_TRIVY : { misconfigScanner: 'config' };
  }
  return MODERN_TRIVY;
}

/** Reads capabilities from `trivy fs --help` (used when the version is not known). */
export function capabilitiesFromHelp(helpText: string): TrivyCapabilities {
  const scannersLine = helpText.split('\n').find((line) => line.includes('--scanners')) ?? '';
  const misconfigScanner = /\bmisconfig\b/.test(scannersLine)
    ? 'misconfig'
    : /\bconfig\b/.test(scannersLine)
      ? 'config'
      : MODERN_TRIVY.misconfigScanner;
  const skipChecksUpdateFlag = /--skip-check-update\b/.test(helpText)
    ? '--skip-check-update'
    : /--skip-policy-update\b/.test(helpText)
      ? '--skip-policy-update'
      : undefined;
  return { misconfigScanner, ...(skipChecksUpdateFlag ? { skipChecksUpdateFlag } : {}) };
}

/** The flag that keeps Trivy from downloading the checks bundle, as this build spells it. */
export function skipChecksUpdateFlag(capabilities: TrivyCapabilities): '--skip-check-update' | '--skip-policy-update' {
  return (
    capabilities.skipChecksUpdateFlag ??
    (capabilities.misconfigScanner === 'config' ? '--skip-policy-update' : '--skip-check-update')
  );
}

export interface TrivyRunPlan {
  target: ScanTarget;
  scanners: readonly Scanner[];
  /** Always a file path: the workflow's, or one that does not exist (no ignore rules). */
  ignoreFile: string;
  /** Always a file: `trivy-config`, or an empty one the action wrote (never Trivy's ./trivy.yaml lookup). */
  configFile: string;
  /** `trivy-secret-config`, or a path that does not exist (built-in rules only; never ./trivy-secret.yaml). */
  secretConfigFile: string;
  skipDirs?: readonly string[];
  skipFiles?: readonly string[];
  cacheDir: string;
  outputFile: string;
  timeoutMinutes: number;
  capabilities: TrivyCapabilities;
  /** The action prepared the vulnerability DB in cacheDir: Trivy must not fetch one. */
  skipDbUpdate: boolean;
  /**
   * Java index DB repositories. Trivy never fetches from them itself
   * (`--skip-java-db-update`): the action prepares the Java DB in cacheDir.
   */
  javaDbRepositories: readonly string[];
  /** The repository the action prepared the checks bundle from (in cacheDir); absent: the embedded checks. */
  checksBundleRepository?: string;
}

/** The flag naming the checks bundle's repository, as this build spells it. */
export function checksBundleRepositoryFlag(
  capabilities: TrivyCapabilities,
): '--checks-bundle-repository' | '--policy-bundle-repository' {
  return skipChecksUpdateFlag(capabilities) === '--skip-policy-update'
    ? '--policy-bundle-repository'
    : '--checks-bundle-repository';
}

/**
 * The one Trivy invocation of a scan: JSON only (every other format is
 * rendered from the model), no severity filter (the model filters), exit code
 * 0 on findings (the gate decides), so any non-zero exit is a tool failure.
 */
export function buildTrivyArgs(plan: TrivyRunPlan): string[] {
  const subcommand =
    plan.target.kind === 'image' || plan.target.kind === 'archive'
      ? 'image'
      : plan.target.kind === 'sbom'
        ? 'sbom'
        : 'fs';
  const scanners = plan.scanners.map((s) => (s === 'misconfig' ? plan.capabilities.misconfigScanner : s));
  const args = [
    subcommand,
    '--format',
    'json',
    '--output',
    plan.outputFile,
    '--scanners',
    scanners.join(','),
    '--cache-dir',
    plan.cacheDir,
    '--timeout',
    `${plan.timeoutMinutes}m`,
    '--exit-code',
    '0',
    '--no-progress',
    // Every severity: the action's `severities` input filters, never a config file's `severity`.
    '--severity',
    'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
    '--config',
    plan.configFile,
  ];
  if (plan.scanners.includes('secret')) args.push('--secret-config', plan.secretConfigFile);
  for (const pattern of plan.skipDirs ?? []) args.push('--skip-dirs', pattern);
  for (const pattern of plan.skipFiles ?? []) args.push('--skip-files', pattern);
  if (plan.skipDbUpdate) args.push('--skip-db-update');
  // Misconfiguration checks: the bundle the action prepared in cacheDir, or those embedded in the
  // (digest-pinned) Trivy binary; Trivy never fetches a checks bundle itself (air-gapped runs).
  if (plan.scanners.includes('misconfig')) {
    args.push(skipChecksUpdateFlag(plan.capabilities));
    if (plan.checksBundleRepository) {
      args.push(checksBundleRepositoryFlag(plan.capabilities), plan.checksBundleRepository);
    }
  }
  // The Java DB: prepared by the action in cacheDir when Trivy meets Java archives; never fetched by Trivy.
  if (plan.scanners.includes('vuln')) {
    args.push('--skip-java-db-update');
    if (plan.javaDbRepositories.length > 0) args.push('--java-db-repository', plan.javaDbRepositories.join(','));
  }
  args.push('--ignorefile', plan.ignoreFile);
  // image-source: daemon — the image comes from the runner's Docker daemon, never from a registry.
  if (plan.target.kind === 'image' && plan.target.daemon) args.push('--image-src', 'docker');
  // One platform of an image index (`platform: os/arch[/variant]`; validated in inputs.ts, an option's value).
  if (plan.target.kind === 'image' && plan.target.platform) args.push('--platform', plan.target.platform);
  // An image archive is an option's value (an absolute path, never read as a flag); nothing follows `--`.
  if (plan.target.kind === 'archive') {
    args.push('--input', plan.target.archive.path);
    return args;
  }
  // `--` ends option parsing: a target can never be read as a flag.
  const subject =
    plan.target.kind === 'image'
      ? plan.target.image
      : plan.target.kind === 'sbom'
        ? plan.target.sbom
        : plan.target.path;
  args.push('--', subject);
  return args;
}

/**
 * Environment for the Trivy process, from an allow-list (action-kit's base
 * list, Trivy's own TRIVY_* variables, the cloud SDK variables registry
 * logins use), without the variables that would name a config file, plus
 * registry credentials: the step's `registry-username` / `registry-password`
 * when given (over any TRIVY_USERNAME of the job), else for ghcr.io images the
 * workflow token when no other credentials were configured. Either reaches
 * Trivy only here, as TRIVY_PASSWORD, never in argv.
 */
export function trivyEnvironment(
  base: NodeJS.ProcessEnv,
  options: { image?: string; githubToken: string; actor: string; registryLogin?: RegistryLogin | undefined },
): NodeJS.ProcessEnv {
  const login =
    options.image && options.registryLogin
      ? registryLoginVariables('trivy', options.image, options.registryLogin)
      : undefined;
  const env = toolEnvironment(base, {
    allow: ['TRIVY_', ...REGISTRY_CLOUD_ENVIRONMENT],
    set: { ...Object.fromEntries(CONFIG_FILE_VARIABLES.trivy.map((name) => [name, undefined])), ...login },
  });
  if (login) return env;
  const registry = options.image?.split('/')[0]?.toLowerCase();
  if (registry === 'ghcr.io' && options.githubToken && options.actor && !env.TRIVY_USERNAME && !env.TRIVY_PASSWORD) {
    env.TRIVY_USERNAME = options.actor;
    env.TRIVY_PASSWORD = options.githubToken;
  }
  return env;
}
