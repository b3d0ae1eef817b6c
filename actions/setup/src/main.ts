import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InfrastructureError, actionRuntime, makePrivateDirectory, type Logger } from '@scs/action-kit';
import {
  CosignInstaller,
  GrypeInstaller,
  SyftInstaller,
  TOOL_SPECS,
  TrivyInstaller,
  type InstallRequest,
  type InstalledTool,
  type ToolInstaller,
  type ToolName,
} from '@scs/tool-installer';
import type { SetupInputs, ToolRequest } from './inputs.js';

export interface SetupDeps {
  /** Installs one tool (download or verified cache hit, which the installer puts on PATH; or a given binary). */
  install: (name: ToolName, request: InstallRequest) => Promise<InstalledTool>;
  addPath: (dir: string) => void;
  setOutput: (name: string, value: string) => void;
  logger: Logger;
  platform: string;
}

const INSTALLERS: Record<ToolName, () => ToolInstaller> = {
  trivy: () => new TrivyInstaller(),
  grype: () => new GrypeInstaller(),
  syft: () => new SyftInstaller(),
  cosign: () => new CosignInstaller(),
};

export function defaultDeps(): SetupDeps {
  const runtime = actionRuntime();
  return {
    install: (name, request) => INSTALLERS[name]().install(request),
    addPath: (dir) => core.addPath(dir),
    setOutput: runtime.setOutput,
    logger: runtime.logger,
    platform: process.platform,
  };
}

function installRequest(tool: ToolRequest, mirror: string): InstallRequest {
  return {
    ...(tool.version ? { version: tool.version } : {}),
    ...(tool.sha256 ? { sha256: tool.sha256 } : {}),
    ...(mirror && !tool.path ? { mirror } : {}),
    ...(tool.path ? { path: tool.path } : {}),
  };
}

/**
 * A binary given as `<tool>-path` is put on PATH through a folder of its own
 * in RUNNER_TEMP that holds only a link named after the tool: adding the
 * binary's own folder (/usr/local/bin, a download folder) would also put
 * whatever else lives there ahead of the runner's commands.
 */
function linkOnPath(binDir: string, tool: InstalledTool, platform: string): string {
  const link = path.join(binDir, TOOL_SPECS[tool.name].binaryName(platform));
  try {
    fs.symlinkSync(tool.binary, link, 'file');
  } catch (error) {
    if (platform !== 'win32') {
      throw new InfrastructureError(`Could not link ${tool.binary} into ${binDir} to put it on PATH.`, {
        cause: error,
      });
    }
    // Windows without the symlink privilege: a copy of the binary (already hashed and probed) does the same.
    fs.copyFileSync(tool.binary, link);
  }
  return link;
}

export async function run(inputs: SetupInputs, deps: SetupDeps = defaultDeps()): Promise<void> {
  const installed: InstalledTool[] = [];
  let binDir: string | undefined;
  for (const tool of inputs.tools) {
    const result = await deps.install(tool.name, installRequest(tool, inputs.mirror));
    if (result.source === 'path') {
      binDir ??= makePrivateDirectory(inputs.runnerTemp, 'scs-setup-bin');
      linkOnPath(binDir, result, deps.platform);
    }
    installed.push(result);
  }
  if (binDir !== undefined) deps.addPath(binDir);

  for (const tool of installed) {
    deps.setOutput(`${tool.name}-binary`, tool.binary);
    deps.setOutput(`${tool.name}-installed-version`, tool.version);
  }
  deps.setOutput(
    'tools',
    JSON.stringify(
      installed.map(({ name, version, binary, source, sha256 }) => ({
        name,
        version,
        binary,
        source,
        sha256: sha256 ?? '',
      })),
    ),
  );
  const width = Math.max(...installed.map((tool) => tool.name.length));
  deps.logger.info(
    [
      'Installed and on PATH:',
      ...installed.map((tool) => {
        const how =
          tool.source === 'path'
            ? 'given binary, linked onto PATH'
            : tool.source === 'cache'
              ? 'tool cache, re-verified'
              : 'downloaded, verified';
        return `  ${tool.name.padEnd(width)}  ${tool.version}  ${tool.binary}  (${how}; SHA-256 ${tool.sha256 ?? 'n/a'})`;
      }),
    ].join('\n'),
  );
}
