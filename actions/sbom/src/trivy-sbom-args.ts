import { toolRegistryEnvironment, type ToolRegistryOptions } from '@scs/action-kit';
import type { SbomTarget } from './inputs.js';

/** Trivy's `--format` names for the SBOM formats it writes. */
export const TRIVY_OUTPUT_FORMAT = {
  'cyclonedx-json': 'cyclonedx',
  'spdx-json': 'spdx-json',
} as const;
export type TrivySbomFormat = keyof typeof TRIVY_OUTPUT_FORMAT;

export interface TrivySbomPlan {
  target: SbomTarget;
  /** For images: the reference to use (the first run's digest-pinned reference for later runs). */
  imageReference?: string;
  format: TrivySbomFormat;
  outputFile: string;
  cacheDir: string;
  timeoutMinutes: number;
  /** `trivy-config` or the action's empty file: never Trivy's ./trivy.yaml lookup. */
  configFile: string;
  skipDirs?: readonly string[];
  skipFiles?: readonly string[];
}

/**
 * One Trivy SBOM run. Trivy writes one format per run; in an SBOM format it
 * turns security scanning off by itself, so no vulnerability database is
 * needed. Images by reference or archive (`--input`), paths with `fs`.
 */
export function buildTrivySbomArgs(plan: TrivySbomPlan): string[] {
  const subcommand = plan.target.kind === 'path' ? 'fs' : 'image';
  const args = [
    subcommand,
    '--format',
    TRIVY_OUTPUT_FORMAT[plan.format],
    '--output',
    plan.outputFile,
    '--cache-dir',
    plan.cacheDir,
    '--timeout',
    `${plan.timeoutMinutes}m`,
    '--no-progress',
    '--config',
    plan.configFile,
  ];
  for (const pattern of plan.skipDirs ?? []) args.push('--skip-dirs', pattern);
  for (const pattern of plan.skipFiles ?? []) args.push('--skip-files', pattern);
  switch (plan.target.kind) {
    case 'file':
      args.push('--input', plan.target.file);
      break;
    case 'image':
      // One platform of an image index (`platform: os/arch[/variant]`; validated in inputs.ts, an option's value).
      if (plan.target.platform) args.push('--platform', plan.target.platform);
      args.push('--', plan.imageReference ?? plan.target.image);
      break;
    case 'path':
      args.push('--', plan.target.path);
      break;
  }
  return args;
}

/** `registry/repo:tag` + `sha256:…` → `registry/repo@sha256:…` (a port in the registry host is kept). */
export function pinImageReference(reference: string, digest: string): string {
  const withoutDigest = reference.replace(/@sha256:[a-f0-9]{64}$/, '');
  const slash = withoutDigest.lastIndexOf('/');
  const lastSegment = withoutDigest.slice(slash + 1).replace(/:[\w][\w.-]*$/, '');
  return `${withoutDigest.slice(0, slash + 1)}${lastSegment}@${digest}`;
}

/** Trivy's environment: action-kit's tool registry environment (an allow-list; the step's login, else the workflow token for ghcr.io). */
export function trivyEnvironment(
  base: NodeJS.ProcessEnv,
  options: Omit<ToolRegistryOptions, 'set'>,
): NodeJS.ProcessEnv {
  return toolRegistryEnvironment('trivy', base, options);
}
