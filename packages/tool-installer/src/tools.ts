import type { ToolName } from './pin-manifest.js';
import { ToolInstaller, type InstallerDeps } from './tool-installer.js';

/** What differs between the tools; everything else lives in {@link ToolInstaller}. */
export interface ToolSpec {
  readonly name: ToolName;
  /** Human name for messages. */
  readonly displayName: string;
  /** Name of the executable inside the release asset (and in the tool cache). */
  binaryName(platform: string): string;
  /** argv that makes the tool print its version. */
  readonly versionArgs: readonly string[];
  /** Tried in order on the version output; group 1 is the version. */
  readonly versionPatterns: readonly RegExp[];
}

const exe = (name: string) => (platform: string) => (platform === 'win32' ? `${name}.exe` : name);

/** `Version: 0.75.0`, as trivy --version, grype version and syft version print it. */
const VERSION_LINE = /^\s*Version:\s*(\S+)/m;

/** The spec of a tool whose executable is named after it. */
const spec = (
  name: ToolName,
  displayName: string,
  versionArgs: readonly string[],
  versionPatterns: readonly RegExp[],
): ToolSpec => ({ name, displayName, binaryName: exe(name), versionArgs, versionPatterns });

/** `trivy --version`: `Version: 0.75.0` (then DB information), or `Version: dev` for source builds. */
export const TRIVY = spec('trivy', 'Trivy', ['--version'], [VERSION_LINE]);

/** `grype --version`: `grype 0.120.1`; `grype version` prints `Version:   0.120.1`. */
export const GRYPE = spec('grype', 'Grype', ['--version'], [/^\s*grype(?:\s+version)?\s+(\S+)/m, VERSION_LINE]);

/** `syft --version`: `syft 1.54.1`; `syft version` prints `Version:   1.54.1`. */
export const SYFT = spec('syft', 'Syft', ['--version'], [/^\s*syft(?:\s+version)?\s+(\S+)/m, VERSION_LINE]);

/** `cosign version`: an ASCII banner, then `GitVersion:    v3.1.3`. */
export const COSIGN = spec('cosign', 'cosign', ['version'], [/^\s*GitVersion:\s*(\S+)/m]);

export const TOOL_SPECS: Readonly<Record<ToolName, ToolSpec>> = {
  trivy: TRIVY,
  grype: GRYPE,
  syft: SYFT,
  cosign: COSIGN,
};

/** The installer class of one tool: `new TrivyInstaller(deps)` is a ToolInstaller with Trivy's spec. */
function installerFor(spec: ToolSpec): new (deps?: Partial<InstallerDeps>) => ToolInstaller {
  return class extends ToolInstaller {
    constructor(deps: Partial<InstallerDeps> = {}) {
      super(spec, deps);
    }
  };
}

export const TrivyInstaller = installerFor(TRIVY);
export type TrivyInstaller = ToolInstaller;
export const GrypeInstaller = installerFor(GRYPE);
export type GrypeInstaller = ToolInstaller;
export const SyftInstaller = installerFor(SYFT);
export type SyftInstaller = ToolInstaller;
export const CosignInstaller = installerFor(COSIGN);
export type CosignInstaller = ToolInstaller;
