import * as fs from 'node:fs';
import * as path from 'node:path';
import { makePrivateDirectory } from './paths.js';

/**
 * Scanners and SBOM generators read configuration files on their own: Trivy
 * `trivy.yaml`, `trivy-secret.yaml` and `.trivyignore` in the current
 * directory; Syft and Grype (anchore/fangs) `./.<tool>.yaml`,
 * `./.<tool>/config.yaml`, `~/.<tool>.yaml` and `$XDG_CONFIG_HOME/<tool>/config.yaml`,
 * all merged. In a checkout those files are pull-request content, and they
 * can change what is found (severity, disabled rules, skipped files). So every
 * tool run gets:
 * - a fresh, empty working directory in RUNNER_TEMP (nothing to find there);
 * - an explicit configuration file: the one the workflow named in an input,
 *   or an empty one written by the action (an explicit file also ends Syft's
 *   and Grype's search of the home and XDG folders);
 * - no `<TOOL>_CONFIG`-style variables (the inputs are the one way).
 */

export type ConfiguredTool = 'trivy' | 'grype' | 'syft';

/** Files each tool would pick up by itself from the directory it runs in (and so from a checkout). */
export const REPOSITORY_CONFIG_FILES: Readonly<Record<ConfiguredTool, readonly string[]>> = {
  trivy: [
    'trivy.yaml',
    'trivy.yml',
    'trivy-secret.yaml',
    'trivy-secret.yml',
    '.trivyignore',
    '.trivyignore.yaml',
    '.trivyignore.yml',
  ],
  grype: ['.grype.yaml', '.grype.yml', '.grype.json', '.grype/config.yaml', '.grype/config.yml', 'grype.yaml'],
  syft: ['.syft.yaml', '.syft.yml', '.syft.json', '.syft/config.yaml', '.syft/config.yml', 'syft.yaml'],
};

/** Variables that would name a configuration file behind the inputs' back: removed from the tool's environment. */
export const CONFIG_FILE_VARIABLES: Readonly<Record<ConfiguredTool, readonly string[]>> = {
  trivy: ['TRIVY_CONFIG', 'TRIVY_SECRET_CONFIG', 'TRIVY_IGNOREFILE'],
  grype: ['GRYPE_CONFIG'],
  syft: ['SYFT_CONFIG'],
};

export interface ToolRunDirectory {
  /** The empty working directory for the tool. */
  cwd: string;
  /** An empty configuration file, for when the workflow named none. */
  emptyConfig: string;
  /** A path in `cwd` that does not exist: "no such file" for options that take one (Trivy's secret config, ignore file). */
  absent: (name: string) => string;
}

/** A private working directory for one tool run, with an empty configuration file in it. */
export function prepareToolRunDirectory(runnerTemp: string, tool: ConfiguredTool): ToolRunDirectory {
  const cwd = makePrivateDirectory(runnerTemp, `scs-${tool}-run`);
  const emptyConfig = path.join(cwd, `empty-${tool}-config.yaml`);
  fs.writeFileSync(emptyConfig, '# No configuration: the workflow named no config file for this tool.\n{}\n', {
    flag: 'wx',
  });
  return { cwd, emptyConfig, absent: (name) => path.join(cwd, `no-${name.replace(/[^A-Za-z0-9._-]/g, '-')}`) };
}

/**
 * Configuration files a tool would have read from these folders (the
 * workspace root, the scanned folder) had it run there: reported as "present,
 * not used" so a user moving from a setup that read them knows why.
 */
export function unusedRepositoryConfigFiles(
  tool: ConfiguredTool,
  folders: readonly string[],
  workspace: string,
  used: readonly string[] = [],
): string[] {
  const found = new Set<string>();
  const usedSet = new Set(used.map((file) => path.resolve(file)));
  for (const folder of new Set(folders.map((f) => path.resolve(f)))) {
    for (const name of REPOSITORY_CONFIG_FILES[tool]) {
      const candidate = path.join(folder, name);
      let exists = false;
      try {
        exists = fs.lstatSync(candidate).isFile() || fs.lstatSync(candidate).isSymbolicLink();
      } catch {
        exists = false;
      }
      if (exists && !usedSet.has(candidate))
        found.add(path.relative(workspace, candidate).split(path.sep).join('/') || name);
    }
  }
  return [...found].sort();
}
