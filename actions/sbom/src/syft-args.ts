import { toolRegistryEnvironment, type ToolRegistryOptions } from '@scs/action-kit';
import type { ArchiveKind } from './archive-kind.js';
import type { SbomTarget } from './inputs.js';
import type { OutputFile } from './output-files.js';

/**
 * Syft's `-o` names. SPDX is pinned to 2.3 (the version the suite validates
 * against, and what GitHub's dependency graph imports); CycloneDX is left at
 * the tool's default spec version.
 */
export const SYFT_OUTPUT_FORMAT = {
  'cyclonedx-json': 'cyclonedx-json',
  'spdx-json': 'spdx-json@2.3',
  'syft-json': 'syft-json',
} as const;

/**
 * The source argument. Directories, single files and OCI layouts get an
 * explicit scheme; archives the one their tar headers show (or none, for
 * compressed ones, so Syft detects the type); image references go as given,
 * so Syft looks in the local Docker/Podman/containerd stores before the
 * registry, as `docker build` users expect.
 */
export function syftSource(target: SbomTarget, archiveKind: ArchiveKind = 'unknown'): string {
  switch (target.kind) {
    case 'image':
      return target.image;
    case 'path':
      return `${target.isDirectory ? 'dir' : 'file'}:${target.path}`;
    case 'file':
      if (target.ociLayout) return `oci-dir:${target.file}`;
      return archiveKind === 'unknown' ? target.file : `${archiveKind}:${target.file}`;
  }
}

/**
 * Syft's `--exclude` wants paths that start with `./`, `*\/` or `**\/` (relative
 * to the described folder); a directory pattern also covers what is below it.
 */
export function syftExcludes(skipDirs: readonly string[] = [], skipFiles: readonly string[] = []): string[] {
  const anchor = (pattern: string) => (/^(\.\/|\*\*?\/)/.test(pattern) ? pattern : `./${pattern}`);
  return [...skipDirs.map((dir) => `${anchor(dir).replace(/\/+$/, '')}/**`), ...skipFiles.map(anchor)];
}

/**
 * One Syft run writes every requested format (`-o format=file` per format).
 * `-c` is always given (the workflow's `syft-config` or the action's empty
 * file): with none, Syft would merge ./.syft.yaml, ./.syft/config.yaml,
 * ~/.syft.yaml and the XDG folders' files by itself.
 */
export function buildSyftArgs(plan: {
  source: string;
  outputs: readonly OutputFile[];
  configFile: string;
  skipDirs?: readonly string[];
  skipFiles?: readonly string[];
  /** One platform of an image index (`platform: os/arch[/variant]`), Syft's --platform. */
  platform?: string;
}): string[] {
  const args = ['scan', '-c', plan.configFile];
  for (const output of plan.outputs) args.push('-o', `${SYFT_OUTPUT_FORMAT[output.format]}=${output.file}`);
  for (const pattern of syftExcludes(plan.skipDirs, plan.skipFiles)) args.push('--exclude', pattern);
  if (plan.platform) args.push('--platform', plan.platform);
  // `--` ends option parsing: the source can never be read as a flag.
  args.push('--', plan.source);
  return args;
}

/**
 * Syft's environment: action-kit's tool registry environment (an
 * allow-list; the step's login, else the workflow token for ghcr.io) with
 * the update check off (it is a network call on every start).
 */
export function syftEnvironment(base: NodeJS.ProcessEnv, options: Omit<ToolRegistryOptions, 'set'>): NodeJS.ProcessEnv {
  return toolRegistryEnvironment('syft', base, { ...options, set: { SYFT_CHECK_FOR_APP_UPDATE: 'false' } });
}
