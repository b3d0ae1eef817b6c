import * as fs from 'node:fs';
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
  getUrl,
  getToolInputs,
  rawInput,
  validateImageReference,
  validatePath,
  type RegistryLogin,
  type ToolInputs,
} from '@scs/action-kit';
import { SBOM_FORMATS, type SbomFormat } from '@scs/sbom';
import { validateImageArchive } from '@scs/action-kit';
import { parsePlatformInput, platformName, type PlatformChoice } from '@scs/oci';

export const GENERATORS = ['syft', 'trivy'] as const;
export type Generator = (typeof GENERATORS)[number];

export type SbomTarget =
  /** `platform`: os/arch[/variant] of an image index (the tools' --platform); absent: the tool's default. */
  | { kind: 'image'; image: string; platform?: string }
  | {
      kind: 'path';
      path: string;
      /** relative to the workspace, forward slashes ('' for the workspace itself) */
      relative: string;
      isDirectory: boolean;
    }
  | { kind: 'file'; file: string; /** an OCI image layout directory rather than an archive file */ ociLayout: boolean };

export interface SbomInputs {
  target: SbomTarget;
  /** `platform`: none, one (also in the image target), or `all` (one SBOM per platform manifest of an index). */
  platform: PlatformChoice;
  generator: Generator;
  /** In the order given; the first is the primary (sbom-file, sbom-digest). */
  formats: SbomFormat[];
  /** Explicit file for the single format, or ''. */
  outputFile: string;
  outputDir: string;
  syft: ToolInputs;
  trivy: ToolInputs;
  /** Syft's config file (`-c`), '' for none: an empty one is used. */
  syftConfig: string;
  /** Trivy's config file (`--config`), '' for none: an empty one is used. */
  trivyConfig: string;
  /** Glob patterns left out (relative to the described folder). */
  skipDirs: string[];
  skipFiles: string[];
  toolsMirror: string;
  uploadArtifact: boolean;
  /** As given; '' means derive one (see artifact-name.ts). */
  artifactName: string;
  /** The calling job's matrix (parsed `toJSON(matrix)`), undefined outside a matrix job. */
  matrix: Record<string, unknown> | undefined;
  dependencySnapshot: boolean;
  uploadReleaseAssets: boolean;
  summary: boolean;
  githubToken: string;
  /** `registry-username` / `registry-password`, for an image target only; undefined: the docker config, or the github-token for ghcr.io. */
  registryLogin?: RegistryLogin | undefined;
  workspace: string;
}

/** Syft reads `scheme:rest` as a source type; an image reference must never be taken for one. */
const SYFT_SOURCE_SCHEMES = [
  'docker',
  'podman',
  'containerd',
  'registry',
  'docker-archive',
  'oci-archive',
  'oci-dir',
  'singularity',
  'dir',
  'file',
];

/** Characters GitHub refuses in artifact names. */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\\/\r\n]/;

function readImage(value: string): string {
  validateImageReference('image', value);
  const scheme = /^([a-z-]+):/.exec(value)?.[1];
  if (scheme && !value.includes('/') && SYFT_SOURCE_SCHEMES.includes(scheme)) {
    throw new ConfigurationError(
      `Input \`image\` '${value.slice(0, 200)}' starts with the source type '${scheme}:'; give a plain image reference, and use \`image-archive\` for image archives or \`path\` for directories.`,
    );
  }
  return value;
}

/** The same validation as scan's `image-archive` (action-kit image-archive.ts), under the input's own name. */
function readFileTarget(input: 'image-archive' | 'file', value: string, workspace: string): SbomTarget {
  const archive = validateImageArchive(input, value, workspace, 'Use `path` to describe a directory.');
  return { kind: 'file', file: archive.path, ociLayout: archive.layout === 'oci-dir' };
}

/** `toJSON(matrix)` as the runner passes it: 'null' outside a matrix job. */
export function parseMatrix(value: string): Record<string, unknown> | undefined {
  const text = value.trim();
  // An unevaluated expression means a runner that does not evaluate defaults (local tools): no matrix known.
  if (text === '' || text === 'null' || /^\$\{\{.*\}\}$/s.test(text)) return undefined;
  if (text.length > 65_536)
    throw new ConfigurationError('Input `matrix` is longer than 64 KiB; leave it to its default.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      'Input `matrix` must be the JSON of the job matrix; leave it to its default (${{ toJSON(matrix) }}).',
    );
  }
  if (parsed === null) return undefined;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(
      'Input `matrix` must be a JSON object (the job matrix); leave it to its default (${{ toJSON(matrix) }}).',
    );
  }
  return parsed as Record<string, unknown>;
}

/**
 * `image`, `image-archive` (or its alias `file`, anchore/sbom-action's name) or
 * `path` (exactly one), and `platform` for an image.
 */
function readTarget(workspace: string): { target: SbomTarget; platform: PlatformChoice } {
  const image = getString('image', { maxLength: 512 });
  const pathInput = getString('path', { maxLength: 1024 });
  const archiveInput = getString('image-archive', { maxLength: 1024 });
  const fileInput = getString('file', { maxLength: 1024 });
  const platform = parsePlatformInput('platform', getString('platform', { maxLength: 100 }));
  // `path` defaults to '.', so it counts as chosen only when it says something else.
  const chosen = exactlyOne(
    { image, 'image-archive': archiveInput, file: fileInput, path: pathInput === '.' ? '' : pathInput },
    'path',
  );
  if (platform.kind !== 'none' && chosen !== 'image') {
    throw new ConfigurationError(
      'Input `platform` picks a platform of `image` (an image index in a registry); remove it for this target.',
    );
  }
  if (chosen === 'image') {
    const target: SbomTarget = {
      kind: 'image',
      image: readImage(image),
      ...(platform.kind === 'one' ? { platform: platformName(platform.platform) } : {}),
    };
    return { target, platform };
  }
  if (chosen === 'image-archive') return { target: readFileTarget(chosen, archiveInput, workspace), platform };
  if (chosen === 'file') return { target: readFileTarget(chosen, fileInput, workspace), platform };
  const resolved = validatePath('path', pathInput || '.', { base: workspace, mustExist: 'any' });
  return {
    target: {
      kind: 'path',
      path: resolved,
      relative: path.relative(workspace, resolved).split(path.sep).join('/'),
      isDirectory: fs.statSync(resolved).isDirectory(),
    },
    platform,
  };
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): SbomInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());

  const { target, platform } = readTarget(workspace);

  const generator = getEnum('generator', GENERATORS);
  const formats = getList('format', SBOM_FORMATS);
  if (formats.length === 0) {
    throw new ConfigurationError(`Input \`format\` must name at least one of ${SBOM_FORMATS.join(', ')}.`);
  }
  if (generator === 'trivy' && formats.includes('syft-json')) {
    throw new ConfigurationError(
      'Input `format`: syft-json can only be produced by the syft generator; use cyclonedx-json or spdx-json with trivy.',
    );
  }

  const runnerTemp = env.RUNNER_TEMP || path.join(workspace, '..', '_temp');
  // Inside the workspace or RUNNER_TEMP by real path: a link in the checkout never takes the SBOM elsewhere.
  const outputFile = getPath('output-file', { base: workspace, alsoWithin: [runnerTemp] });
  const outputDirInput = getPath('output-dir', { base: workspace, alsoWithin: [runnerTemp] });
  if (outputFile && formats.length > 1) {
    throw new ConfigurationError(
      `Input \`output-file\` names one file, but ${formats.length} formats were requested (${formats.join(', ')}); use \`output-dir\` instead.`,
    );
  }
  if (outputFile && platform.kind === 'all') {
    throw new ConfigurationError(
      'Input `output-file` names one file, but `platform: all` writes one SBOM per platform; use `output-dir` instead.',
    );
  }
  if (outputFile && outputDirInput) {
    throw new ConfigurationError('Inputs `output-file` and `output-dir` cannot be used together; set one of them.');
  }
  const outputDir = outputFile
    ? path.dirname(outputFile)
    : outputDirInput || path.join(runnerTemp, 'supply-chain-sbom');

  const syft = getToolInputs('syft');
  const trivy = getToolInputs('trivy');
  const unused = generator === 'syft' ? 'trivy' : 'syft';
  const unusedInputs = generator === 'syft' ? trivy : syft;
  for (const [key, value] of Object.entries(unusedInputs)) {
    if (value) {
      throw new ConfigurationError(
        `Input \`${unused}-${key}\` has no effect with \`generator: ${generator}\`; remove it or set \`generator: ${unused}\`.`,
      );
    }
  }
  const toolsMirror = getUrl('tools-mirror');
  // Only files the workflow names: a .syft.yaml or trivy.yaml in the checkout is not read.
  const syftConfig = getPath('syft-config', { base: workspace, mustExist: 'file' });
  const trivyConfig = getPath('trivy-config', { base: workspace, mustExist: 'file' });
  const unusedConfig = generator === 'syft' ? ['trivy-config', trivyConfig] : ['syft-config', syftConfig];
  if (unusedConfig[1]) {
    throw new ConfigurationError(
      `Input \`${unusedConfig[0]}\` has no effect with \`generator: ${generator}\`; remove it or change \`generator\`.`,
    );
  }
  const skipDirs = getSkipPatterns('skip-dirs');
  const skipFiles = getSkipPatterns('skip-files');

  const uploadArtifact = getBoolean('upload-artifact');
  const artifactName = getString('artifact-name', { maxLength: 200 });
  if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
    throw new ConfigurationError(
      `Input \`artifact-name\` '${artifactName}' contains a character GitHub does not allow in artifact names (" : < > | * ? \\ /).`,
    );
  }
  const dependencySnapshot = getBoolean('dependency-snapshot');
  const uploadReleaseAssets = getBoolean('upload-release-assets');
  const summary = getBoolean('summary');
  const githubToken = getSecret('github-token');
  const registryLogin = getRegistryLogin();
  if (registryLogin && target.kind !== 'image') {
    throw new ConfigurationError(
      'Inputs `registry-username` and `registry-password` are for pulling `image` from a registry; remove them for this target.',
    );
  }
  const matrix = parseMatrix(rawInput('matrix'));

  return {
    target,
    platform,
    generator,
    formats,
    outputFile,
    outputDir,
    syft,
    trivy,
    syftConfig,
    trivyConfig,
    skipDirs,
    skipFiles,
    toolsMirror,
    uploadArtifact,
    artifactName,
    matrix,
    dependencySnapshot,
    uploadReleaseAssets,
    summary,
    githubToken,
    registryLogin,
    workspace,
  };
}
