import { spawn } from 'node:child_process';
import { InfrastructureError } from './errors.js';

/**
 * Runs a tool with an argv array (never a shell), with a hard timeout,
 * bounded capture of stdout/stderr, and an explicit environment.
 */
export interface RunOptions {
  cwd?: string;
  /**
   * The child's whole environment; build it with `toolEnvironment`. When
   * unset (a version probe), the child gets the base list plus the suite's
   * tools' own variables (`SUITE_TOOL_PREFIXES`): never the runner's full
   * environment. Either way the names `isSecretVariable` matches are
   * removed (the action's inputs, the runner's tokens).
   */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the process is killed (SIGTERM, then SIGKILL 5 s later). */
  timeoutMs?: number;
  /** Bytes of stdout/stderr kept (the tail); default 1 MiB each. */
  maxCapture?: number;
  /** Called with each chunk of stderr (e.g. to stream a log through `logger.untrusted`). */
  onStderr?: (chunk: string) => void;
  onStdout?: (chunk: string) => void;
}

export interface RunResult {
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) {
      const dropped = this.chunks.shift()!;
      this.size -= dropped.length;
      this.truncated = true;
    }
  }
  toString(): string {
    let buffer = Buffer.concat(this.chunks);
    if (buffer.length > this.max) {
      buffer = buffer.subarray(buffer.length - this.max);
      this.truncated = true;
    }
    return buffer.toString('utf8');
  }
}

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  const max = options.maxCapture ?? 1024 * 1024;
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(command, [...args], {
        cwd: options.cwd,
        env: withoutRunnerSecrets(options.env ?? toolEnvironment(process.env, { allow: SUITE_TOOL_PREFIXES })),
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
      });
    } catch (error) {
      reject(new InfrastructureError(`Could not start ${command}`, { cause: error }));
      return;
    }
    const stdout = new TailBuffer(max);
    const stderr = new TailBuffer(max);
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
          }, options.timeoutMs)
        : undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      options.onStdout?.(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      options.onStderr?.(chunk.toString('utf8'));
    });
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      reject(new InfrastructureError(`Could not run ${command}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      resolve({
        exitCode: code ?? -1,
        signal,
        stdout: stdout.toString(),
        stderr: stderr.toString(),
        timedOut,
        durationMs: Date.now() - started,
      });
    });
  });
}

/**
 * What every child process may inherit from the runner: how to find programs,
 * where home and temporary files are, locale and time zone, proxies and CA
 * certificates, how to reach a container engine and its credentials (a docker
 * config, credential helpers), and the platform's own variables on Windows.
 * Nothing else: the action's inputs (INPUT_GITHUB-TOKEN), the runner's
 * tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*), GITHUB_TOKEN
 * and every other variable of the job stay out unless a tool's own list
 * names them.
 */
export const BASE_ENVIRONMENT: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
  'TZ',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'DOCKER_CONFIG',
  'DOCKER_HOST',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS_VERIFY',
  'DOCKER_CONTEXT',
  'CONTAINER_HOST',
  'CONTAINERD_ADDRESS',
  'XDG_RUNTIME_DIR',
  'REGISTRY_AUTH_FILE',
  // Windows
  'SystemRoot',
  'SYSTEMROOT',
  'windir',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'HOMEDRIVE',
  'HOMEPATH',
];

/**
 * The cloud SDK variables a registry login of ECR, GAR or ACR goes through
 * (the tools' own clients, and docker-credential-ecr-login / -gcloud /
 * -acr-env): credentials the workflow put in the environment for exactly that.
 */
export const REGISTRY_CLOUD_ENVIRONMENT: readonly string[] = [
  'AWS_',
  'AZURE_',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'CLOUDSDK_',
];

/** The own variables of the tools the suite runs (TRIVY_*, GRYPE_*, SYFT_*, COSIGN_*). */
export const SUITE_TOOL_PREFIXES: readonly string[] = ['TRIVY_', 'GRYPE_', 'SYFT_', 'COSIGN_'];

/** Inputs, the runner's tokens and GITHUB_TOKEN: never in a child's environment, whatever a list says. */
export function isSecretVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    upper.startsWith('INPUT_') ||
    upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') ||
    upper === 'ACTIONS_RUNTIME_TOKEN' ||
    upper === 'ACTIONS_RESULTS_URL' ||
    upper === 'ACTIONS_RUNTIME_URL' ||
    upper === 'ACTIONS_CACHE_URL' ||
    upper === 'GITHUB_TOKEN' ||
    upper === 'GH_TOKEN'
  );
}

function withoutRunnerSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !isSecretVariable(key)) out[key] = value;
  }
  return out;
}

export interface ToolEnvironmentOptions {
  /**
   * More names the tool reads: an exact name, or a prefix ending in `_`
   * (TRIVY_, GRYPE_, SYFT_, COSIGN_) for a tool's own documented variables.
   */
  allow?: readonly string[];
  /** Set (or, with undefined, removed) after the allow-list is applied. */
  set?: Readonly<Record<string, string | undefined>>;
}

/**
 * A child's environment from an allow-list: `BASE_ENVIRONMENT`, plus what
 * `allow` names, plus `set`. LC_* locale variables are kept. Secrets per
 * `isSecretVariable` are never copied, even when a prefix would match them.
 */
export function toolEnvironment(base: NodeJS.ProcessEnv, options: ToolEnvironmentOptions = {}): NodeJS.ProcessEnv {
  const exact = new Set(BASE_ENVIRONMENT);
  const prefixes: string[] = [];
  for (const entry of options.allow ?? []) {
    if (entry.endsWith('_')) prefixes.push(entry);
    else exact.add(entry);
  }
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || isSecretVariable(key)) continue;
    if (exact.has(key) || key.startsWith('LC_') || prefixes.some((prefix) => key.startsWith(prefix))) env[key] = value;
  }
  for (const [key, value] of Object.entries(options.set ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** The last `lines` non-empty lines of a tool's stderr, for error messages. */
export function tailLines(text: string, lines = 10): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(-lines)
    .join('\n');
}
