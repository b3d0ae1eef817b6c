import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { ConfigurationError, VERSION_PATTERN, runProcess } from '@scs/action-kit';

/**
 * "Bring your own binary": the caller points at an executable it already has.
 * It is validated (absolute, exists, regular file, executable), and its
 * version is probed by running it with fixed argv (no shell).
 */

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `file` with `args` (argv, no shell) and collects its output. */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<CommandResult>;

/** Version probes get a minute: a binary that hangs on `--version` is not a usable tool. */
export const VERSION_PROBE_TIMEOUT_MS = 60_000;

/** Runs the binary with argv (no shell), bounded in time and output. */
export const execRunner: CommandRunner = async (file, args) => {
  const { exitCode, stdout, stderr, timedOut } = await runProcess(file, args, {
    timeoutMs: VERSION_PROBE_TIMEOUT_MS,
    maxCapture: 64 * 1024,
  });
  return {
    exitCode,
    stdout,
    stderr: timedOut ? `${stderr}\n(timed out after ${VERSION_PROBE_TIMEOUT_MS / 1000} s)` : stderr,
  };
};

/** Validates a user-supplied executable path; returns it normalised. `label` names the setting. */
export async function validateExecutablePath(value: string, platform: string, label: string): Promise<string> {
  const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F"]/.test(value)) {
    throw new ConfigurationError(`The ${label} ${shown} contains a control character or a double quote.`);
  }
  if (!path.isAbsolute(value)) {
    throw new ConfigurationError(`The ${label} must be an absolute path to an executable; got ${shown}.`);
  }
  const file = path.resolve(value);
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new ConfigurationError(`The ${label} ${shown} does not exist.`);
  }
  if (!info.isFile()) {
    throw new ConfigurationError(`The ${label} ${shown} is not a regular file.`);
  }
  if (platform !== 'win32') {
    try {
      await access(file, constants.X_OK);
    } catch {
      throw new ConfigurationError(`The ${label} ${shown} is not executable (run \`chmod +x\` on it).`);
    }
  }
  return file;
}

/**
 * The first capture group of the first pattern that matches, with a leading
 * `v` removed; `dev`/`devel` builds are reported as is. Anything else
 * (including a match that is not a plausible version) gives undefined.
 */
export function parseVersionOutput(output: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const token = pattern.exec(output)?.[1];
    if (token === undefined) continue;
    const version = token.replace(/^v(?=\d)/, '');
    if (VERSION_PATTERN.test(version) || /^(dev|devel)$/.test(version)) return version;
  }
  return undefined;
}

export interface VersionProbe {
  /** The parsed version, or 'unknown'. */
  version: string;
  /** Why the version could not be determined (set when version is 'unknown'). */
  problem?: string;
}

export async function probeVersion(
  runner: CommandRunner,
  binary: string,
  args: readonly string[],
  patterns: readonly RegExp[],
): Promise<VersionProbe> {
  const command = [binary, ...args].join(' ');
  let result: CommandResult;
  try {
    result = await runner(binary, args);
  } catch (error) {
    throw new ConfigurationError(
      `Could not run \`${command}\` to check its version: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const version = parseVersionOutput(`${result.stdout}\n${result.stderr}`, patterns);
  if (version !== undefined) return { version };
  const firstLine = (result.stdout.trim() || result.stderr.trim()).split(/\r?\n/, 1)[0] ?? '';
  const excerpt = firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
  return {
    version: 'unknown',
    problem:
      `\`${command}\` exited with code ${result.exitCode} and printed no recognisable version` +
      (excerpt ? ` (first line: ${JSON.stringify(excerpt)})` : ' (no output)'),
  };
}
