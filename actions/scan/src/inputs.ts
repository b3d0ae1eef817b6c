import * as path from 'node:path';
import {
  ConfigurationError,
  exactlyOne,
  getBoolean,
  getEnum,
  getList,
  getPath,
  getRegistryLogin,
  getSecret,
  getSkipPatterns,
  getString,
  getToolInputs,
  getUrl,
  validateImageReference,
  validatePath,
  type RegistryLogin,
  type ToolInputs,
} from '@scs/action-kit';
import { validateImageArchive, type ImageArchive } from '@scs/action-kit';
import { SEVERITIES, type Severity } from '@scs/findings';
import { parsePlatformInput, platformName, type PlatformChoice } from '@scs/oci';

export const SCANNERS = ['vuln', 'secret', 'misconfig', 'license'] as const;
export type Scanner = (typeof SCANNERS)[number];
export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;
export const ENGINES = ['trivy', 'grype'] as const;
export type Engine = (typeof ENGINES)[number];
export const FORMATS = ['json', 'sarif', 'cyclonedx', 'cosign-vuln'] as const;
export type Format = (typeof FORMATS)[number];

export interface ToolSource extends ToolInputs {
  mirror: string;
}

export interface DbInputs {
  trivyRepositories: string[];
  javaRepositories: string[];
  /**
   * Trivy's misconfiguration checks bundle: repositories the action prepares
   * it from, or 'embedded' (the checks built into the digest-pinned binary).
   */
  checksRepositories: string[] | 'embedded';
  grypeUrl: string;
  maxAgeHours: number;
  stale: 'fail' | 'warn';
  cache: 'auto' | 'true' | 'false';
}

export type ScanTarget =
  /** `daemon`: `image-source: daemon`, the image is read from the runner's Docker daemon. */
  /** `platform`: os/arch[/variant] of an image index (the tools' --platform); absent: the tool's default. */
  | { kind: 'image'; image: string; daemon?: boolean; platform?: string }
  | { kind: 'path'; path: string; /** relative to the workspace, forward slashes ('' for the root) */ relative: string }
  | { kind: 'sbom'; sbom: string }
  /** `image-archive`: a docker save tarball, an OCI archive or an OCI layout directory. */
  | { kind: 'archive'; archive: ImageArchive };

export interface ScanInputs {
  scanner: Engine;
  target: ScanTarget;
  /** `platform`: none, one (also in the image target), or `all` (every platform manifest of an index). */
  platform: PlatformChoice;
  scanners: Scanner[];
  failOn: Severity | 'none';
  onlyFixed: boolean;
  /**
   * `ignore-file`, a list. Trivy: plain .trivyignore files (merged into one for
   * --ignorefile) or a single .trivyignore.yaml; Grype: config files with
   * `ignore:` rules, each passed with -c (Grype merges them).
   */
  ignoreFiles: string[];
  /** Trivy's configuration file (`--config`), '' for none: an empty one is used. */
  trivyConfig: string;
  /** Trivy's secret-scanning rules (`--secret-config`), '' for Trivy's built-in rules only. */
  trivySecretConfig: string;
  /** Grype configuration file (`-c`), '' for none: an empty one is used. */
  grypeConfig: string;
  /** Glob patterns of directories / files left out of the scan. */
  skipDirs: string[];
  skipFiles: string[];
  vex: string[];
  severities: Severity[];
  trivy: ToolSource;
  grype: ToolSource;
  db: DbInputs;
  outputDir: string;
  formats: Format[];
  /** A baseline report file, '' for none (also with `baseline: auto`). */
  baseline: string;
  /** `baseline: auto`: the last report of this target saved on the default branch (Actions cache). */
  baselineAuto: boolean;
  failOnNewOnly: boolean;
  checkRun: boolean;
  prComment: boolean;
  uploadSarif: boolean;
  sarifCategory: string;
  /** Keys the sticky PR comment (with workflow and job); empty: scanner and target. */
  reportKey: string;
  timeoutMinutes: number;
  annotations: boolean;
  summary: boolean;
  githubToken: string;
  /** `registry-username` / `registry-password`, for an image target only; undefined: the docker config, or the github-token for ghcr.io. */
  registryLogin?: RegistryLogin | undefined;
  workspace: string;
}

function autoScanners(kind: ScanTarget['kind']): Scanner[] {
  switch (kind) {
    case 'image':
    case 'archive':
      return ['vuln', 'secret'];
    case 'path':
      return ['vuln', 'secret', 'misconfig'];
    case 'sbom':
      return ['vuln'];
  }
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ScanInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const runnerTemp = env.RUNNER_TEMP || path.join(workspace, '..', '_temp');
  const scanner = getEnum('scanner', ENGINES);
  const { target, platform } = readTarget(workspace);
  const scanners = readScanners(scanner, target);
  const toolConfiguration = readToolConfiguration(scanner, workspace);
  const severities = getList('severities', SEVERITIES);
  if (severities.length === 0) {
    throw new ConfigurationError(`Input \`severities\` must list at least one of ${SEVERITIES.join(', ')}.`);
  }
  const mirror = getUrl('tools-mirror');
  const reporting = readReporting(workspace, runnerTemp);
  if (platform.kind === 'all' && (reporting.baseline || reporting.baselineAuto)) {
    throw new ConfigurationError(
      'Input `baseline` compares one report; with `platform: all` there is one report per platform. Name one platform, or remove `baseline`.',
    );
  }
  const registryLogin = getRegistryLogin();
  if (registryLogin && target.kind !== 'image') {
    throw new ConfigurationError(
      'Inputs `registry-username` and `registry-password` are for pulling `image` from a registry; remove them for this target.',
    );
  }
  return {
    scanner,
    target,
    platform,
    scanners,
    failOn: getEnum('fail-on', FAIL_ON),
    onlyFixed: getBoolean('only-fixed'),
    ...toolConfiguration,
    vex: getList('vex').map((file) => validatePath('vex', file, { base: workspace, mustExist: 'file' })),
    severities,
    trivy: { ...getToolInputs('trivy'), mirror },
    grype: { ...getToolInputs('grype'), mirror },
    db: readDbInputs(scanner),
    ...reporting,
    timeoutMinutes: Number(
      getString('timeout', {
        required: true,
        pattern: /^[1-9]\d{0,3}$/,
        patternDescription: 'a whole number of minutes between 1 and 9999',
      }),
    ),
    githubToken: getSecret('github-token'),
    registryLogin,
    workspace,
  };
}

/** `image`, `image-archive`, `sbom` or `path` (exactly one), `image-source` and `platform`. */
function readTarget(workspace: string): { target: ScanTarget; platform: PlatformChoice } {
  const image = getString('image', { maxLength: 512 });
  const pathInput = getString('path', { maxLength: 1024 });
  const sbomInput = getString('sbom', { maxLength: 1024 });
  const archiveInput = getString('image-archive', { maxLength: 1024 });
  const imageSource = getEnum('image-source', ['registry', 'daemon'] as const);
  const platform = parsePlatformInput('platform', getString('platform', { maxLength: 100 }));
  // `path` defaults to '.', so it counts as chosen only when it says something else.
  const chosen = exactlyOne(
    { image, 'image-archive': archiveInput, sbom: sbomInput, path: pathInput === '.' ? '' : pathInput },
    'path',
  );
  if (imageSource === 'daemon' && chosen !== 'image') {
    throw new ConfigurationError(
      'Input `image-source`: daemon reads `image` from the local Docker daemon; set `image`, or leave image-source at registry.',
    );
  }
  if (platform.kind !== 'none' && chosen !== 'image') {
    throw new ConfigurationError(
      'Input `platform` picks a platform of `image` (an image index in a registry); remove it for this target.',
    );
  }
  if (platform.kind === 'all' && imageSource === 'daemon') {
    throw new ConfigurationError(
      'Input `platform`: all reads the image index from the registry; a Docker daemon holds one platform. Name it (os/arch), or use image-source: registry.',
    );
  }
  if (chosen === 'image') {
    const target: ScanTarget = {
      kind: 'image',
      image: validateImageReference('image', image),
      ...(imageSource === 'daemon' ? { daemon: true } : {}),
      ...(platform.kind === 'one' ? { platform: platformName(platform.platform) } : {}),
    };
    return { target, platform };
  }
  if (chosen === 'image-archive') {
    const archive = validateImageArchive('image-archive', archiveInput, workspace, 'Use `path` to scan a directory.');
    return { target: { kind: 'archive', archive }, platform };
  }
  if (chosen === 'sbom') {
    return {
      target: { kind: 'sbom', sbom: validatePath('sbom', sbomInput, { base: workspace, mustExist: 'file' }) },
      platform,
    };
  }
  const resolved = validatePath('path', pathInput || '.', { base: workspace, mustExist: 'any' });
  const relative = path.relative(workspace, resolved).split(path.sep).join('/');
  return { target: { kind: 'path', path: resolved, relative }, platform };
}

/** `scanners` (auto follows the target), checked against what the engine and the target can do. */
function readScanners(scanner: Engine, target: ScanTarget): Scanner[] {
  const scannerList = getList('scanners');
  const auto = scannerList.length === 0 || (scannerList.length === 1 && scannerList[0]!.toLowerCase() === 'auto');
  let scanners: Scanner[];
  if (auto) {
    scanners = autoScanners(target.kind);
  } else {
    scanners = scannerList.map((item) => {
      const name = item.toLowerCase() === 'config' ? 'misconfig' : item.toLowerCase();
      if (!(SCANNERS as readonly string[]).includes(name)) {
        throw new ConfigurationError(
          `Input \`scanners\` accepts auto or any of ${SCANNERS.join(', ')}; got '${item.slice(0, 80)}'.`,
        );
      }
      return name as Scanner;
    });
    scanners = [...new Set(scanners)];
  }
  if (target.kind === 'sbom' && scanners.some((s) => s === 'secret' || s === 'misconfig')) {
    throw new ConfigurationError('Input `scanners`: an SBOM can only be scanned for vuln and license findings.');
  }
  if (scanner !== 'grype') return scanners;
  // Grype finds vulnerabilities only: `auto` means exactly that; asking for more is a mistake to point out.
  const others = auto ? [] : scanners.filter((s) => s !== 'vuln');
  if (others.length > 0) {
    throw new ConfigurationError(
      `Input \`scanners\`: Grype finds vulnerabilities only; use scanner: trivy for ${others.join(', ')}.`,
    );
  }
  if (target.kind === 'archive' && target.archive.layout === 'unknown') {
    // Grype needs the source type; Trivy reads compressed archives by itself.
    throw new ConfigurationError(
      'Input `image-archive`: Grype needs an uncompressed docker-archive (docker save) or OCI archive, or an OCI layout directory; this file is neither (a compressed tarball?). Decompress it, or use scanner: trivy.',
    );
  }
  return ['vuln'];
}

type ToolConfigurationInputs = Pick<
  ScanInputs,
  'ignoreFiles' | 'trivyConfig' | 'trivySecretConfig' | 'grypeConfig' | 'skipDirs' | 'skipFiles'
>;

/**
 * Only files the workflow names: a .trivyignore or .grype.yaml that merely exists in the
 * checkout is pull-request content and is not read (see "Tool configuration" in the README).
 */
function readToolConfiguration(scanner: Engine, workspace: string): ToolConfigurationInputs {
  const ignoreFiles = getList('ignore-file').map((file) =>
    validatePath('ignore-file', file, { base: workspace, mustExist: 'file' }),
  );
  if (ignoreFiles.length > MAX_IGNORE_FILES) {
    throw new ConfigurationError(
      `Input \`ignore-file\` lists ${ignoreFiles.length} files; at most ${MAX_IGNORE_FILES} are accepted.`,
    );
  }
  if (scanner === 'trivy' && ignoreFiles.length > 1 && ignoreFiles.some(isYamlFile)) {
    throw new ConfigurationError(
      'Input `ignore-file`: Trivy reads one .trivyignore.yaml, or any number of plain .trivyignore files (merged); list several plain files, or one YAML file.',
    );
  }
  const trivyConfig = getPath('trivy-config', { base: workspace, mustExist: 'file' });
  const trivySecretConfig = getPath('trivy-secret-config', { base: workspace, mustExist: 'file' });
  const grypeConfig = getPath('grype-config', { base: workspace, mustExist: 'file' });
  const other =
    scanner === 'grype'
      ? { 'trivy-config': trivyConfig, 'trivy-secret-config': trivySecretConfig }
      : { 'grype-config': grypeConfig };
  for (const [name, value] of Object.entries(other)) {
    if (value)
      throw new ConfigurationError(
        `Input \`${name}\` has no effect with \`scanner: ${scanner}\`; remove it or change \`scanner\`.`,
      );
  }
  return {
    ignoreFiles,
    trivyConfig,
    trivySecretConfig,
    grypeConfig,
    skipDirs: getSkipPatterns('skip-dirs'),
    skipFiles: getSkipPatterns('skip-files'),
  };
}

/** Where the engine's vulnerability DB comes from, and how old it may be. */
function readDbInputs(scanner: Engine): DbInputs {
  const db: DbInputs = {
    trivyRepositories: ociRepositories('db-repository'),
    javaRepositories: ociRepositories('java-db-repository'),
    checksRepositories: checksBundleRepositories(),
    grypeUrl: getUrl('grype-db-url'),
    maxAgeHours: Number(
      getString('db-max-age', {
        required: true,
        pattern: /^[1-9]\d{0,5}$/,
        patternDescription: 'a whole number of hours',
      }),
    ),
    stale: getEnum('db-stale', ['fail', 'warn'] as const),
    cache: getEnum('db-cache', ['auto', 'true', 'false'] as const),
  };
  if (scanner === 'trivy' && db.trivyRepositories.length === 0) {
    throw new ConfigurationError(
      'Input `db-repository` must name at least one OCI repository, such as ghcr.io/aquasecurity/trivy-db:2.',
    );
  }
  if (scanner === 'grype' && !db.grypeUrl) {
    throw new ConfigurationError("Input `grype-db-url` must be the URL of Grype's DB listing.");
  }
  return db;
}

type ReportingInputs = Pick<
  ScanInputs,
  | 'outputDir'
  | 'formats'
  | 'baseline'
  | 'baselineAuto'
  | 'failOnNewOnly'
  | 'checkRun'
  | 'prComment'
  | 'uploadSarif'
  | 'sarifCategory'
  | 'reportKey'
  | 'annotations'
  | 'summary'
>;

/** Where the reports go, which are written, the baseline, and the GitHub channels. */
function readReporting(workspace: string, runnerTemp: string): ReportingInputs {
  const outputDir =
    getPath('output-dir', { base: workspace, alsoWithin: [runnerTemp] }) || path.join(runnerTemp, 'supply-chain-scan');
  const formats = getList('formats', FORMATS);
  const baselineAuto = getString('baseline', { maxLength: 1024 }) === 'auto';
  const baseline = baselineAuto ? '' : getBaselineFile(workspace, runnerTemp);
  const failOnNewOnly = getBoolean('fail-on-new-only');
  if (failOnNewOnly && !baseline && !baselineAuto) {
    throw new ConfigurationError(
      'Input `fail-on-new-only` needs `baseline`: without a previous report every finding is new.',
    );
  }
  const checkRun = getBoolean('check-run');
  const prComment = getBoolean('pr-comment');
  const uploadSarif = getBoolean('upload-sarif');
  const sarifCategory = getString('sarif-category', {
    maxLength: 200,
    pattern: /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
    patternDescription: 'letters, digits, dots, dashes, underscores and slashes',
  });
  const reportKey = getString('report-key', {
    maxLength: 100,
    pattern: /^[A-Za-z0-9][A-Za-z0-9._:/@=-]*$/,
    patternDescription: 'letters, digits and . _ : / @ = -',
  });
  return {
    outputDir,
    formats: [...new Set<Format>(['json', ...formats, ...(uploadSarif ? (['sarif'] as const) : [])])],
    baseline,
    baselineAuto,
    failOnNewOnly,
    checkRun,
    prComment,
    uploadSarif,
    sarifCategory,
    reportKey,
    annotations: getBoolean('annotations'),
    summary: getBoolean('summary'),
  };
}

/** `baseline` as a file; the keyword in another case is a typo, not a file name. */
function getBaselineFile(workspace: string, runnerTemp: string): string {
  if (getString('baseline', { maxLength: 1024 }).toLowerCase() === 'auto') {
    throw new ConfigurationError(
      "Input `baseline` must be `auto` (in lower case) for the default branch's last report, or a report file; write ./auto for a file of that name.",
    );
  }
  return getPath('baseline', { base: workspace, mustExist: 'file', alsoWithin: [runnerTemp] });
}

export const MAX_IGNORE_FILES = 20;

/** Trivy tells its YAML ignore format from the file name. */
export function isYamlFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** OCI repository references with a tag: host[:port]/path:tag. */
const OCI_REPOSITORY =
  /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+:[\w][\w.-]{0,127}$/;

/** `checks-bundle-repository`: `embedded`, or OCI repositories (at least one). */
function checksBundleRepositories(): string[] | 'embedded' {
  const name = 'checks-bundle-repository';
  if (getString(name) === 'embedded') return 'embedded';
  const repositories = ociRepositories(name);
  if (repositories.length === 0) {
    throw new ConfigurationError(
      `Input \`${name}\` must be \`embedded\` or name at least one OCI repository, such as mirror.gcr.io/aquasec/trivy-checks:1.`,
    );
  }
  return repositories;
}

function ociRepositories(name: string): string[] {
  return getList(name).map((value) => {
    if (!OCI_REPOSITORY.test(value)) {
      throw new ConfigurationError(
        `Input \`${name}\` must list OCI repositories with a tag, such as ghcr.io/aquasecurity/trivy-db:2; got '${value.slice(0, 200)}'.`,
      );
    }
    return value;
  });
}
