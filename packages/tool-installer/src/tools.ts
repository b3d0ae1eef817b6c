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

/** `trivy --version`: `Version: 0.75.0` (then DB information), or `Version: dev` for source builds. */
export const TRIVY: ToolSpec = {
  name: 'trivy',
  displayName: 'Trivy',
  binaryName: exe('trivy'),
  versionArgs: ['--version'],
  versionPatterns: [/^\s*Version:\s*(\S+)/m],
};

/** `grype --version`: `grype 0.120.1`; `grype version` prints `Version:   0.120.1`. */
export const GRYPE: ToolSpec = {
  name: 'grype',
  displayName: 'Grype',
  binaryName: exe('grype'),
  versionArgs: ['--version'],
  versionPatterns: [/^\s*grype(?:\s+version)?\s+(\S+)/m, /^\s*Version:\s*(\S+)/m],
};

/** `syft --version`: `syft 1.54.1`; `syft version` prints `Version:   1.54.1`. */
export const SYFT: ToolSpec = {
  name: 'syft',
  displayName: 'Syft',
  binaryName: exe('syft'),
  versionArgs: ['--version'],
  versionPatterns: [/^\s*syft(?:\s+version)?\s+(\S+)/m, /^\s*Version:\s*(\S+)/m],
};

/** `cosign version`: an ASCII banner, then `GitVersion:    v3.1.3`. */
export const COSIGN: ToolSpec = {
  name: 'cosign',
  displayName: 'cosign',
  binaryName: exe('cosign'),
  versionArgs: ['version'],
  versionPatterns: [/^\s*GitVersion:\s*(\S+)/m],
};

export const TOOL_SPECS: Readonly<Record<ToolName, ToolSpec>> = {
  trivy: TRIVY,
  grype: GRYPE,
  syft: SYFT,
  cosign: COSIGN,
};

export class TrivyInstaller extends ToolInstaller {
  constructor(deps: Partial<InstallerDeps> = {}) {
    super(TRIVY, deps);
  }
}

export class GrypeInstaller extends ToolInstaller {
  constructor(deps: Partial<InstallerDeps> = {}) {
    super(GRYPE, deps);
  }
}

export class SyftInstaller extends ToolInstaller {
  constructor(deps: Partial<InstallerDeps> = {}) {
    super(SYFT, deps);
  }
}

export class CosignInstaller extends ToolInstaller {
  constructor(deps: Partial<InstallerDeps> = {}) {
    super(COSIGN, deps);
  }
}
