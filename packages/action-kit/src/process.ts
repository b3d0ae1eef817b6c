import { spawn } from 'node:child_process';
import { InfrastructureError } from './errors.js';

/**
 * Runs a tool with an argv array (never a shell), with a hard timeout,
 * bounded capture of stdout/stderr, and an explicit environment.
 */
export interface RunOptions {
  cwd?: string;
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
        env: options.env ?? process.env,
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

/** The last `lines` non-empty lines of a tool's stderr, for error messages. */
export function tailLines(text: string, lines = 10): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(-lines)
    .join('\n');
}
