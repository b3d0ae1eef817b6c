/**
 * Helpers for the interop project (test/interop): running the real Go tools
 * (cosign, gh, slsa-verifier) the way a user would, each in a private HOME,
 * TUF_ROOT and DOCKER_CONFIG, and an egress trap that proves nothing leaves
 * loopback.
 *
 * The egress trap is an HTTP proxy on 127.0.0.1 that answers every request
 * (CONNECT or plain) with 403 and records its target. The tools and the
 * action bundles get it as HTTP(S)_PROXY with NO_PROXY=127.0.0.1,localhost:
 * Go's net/http (cosign, gh, slsa-verifier: TUF, Fulcio, Rekor, registries)
 * sends every non-loopback request through it, so a tool that tried the
 * public-good TUF repository, GitHub's API or a public registry would be
 * seen here (and fail), and `requests` stays empty when all traffic stayed
 * on loopback.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { closeServer, listenOnLoopback } from './loopback-server.js';

export interface ToolRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for messages. */
  all: string;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

/**
 * Runs a tool without blocking the event loop (the loopback Sigstore stack
 * answers from this process), bounded in time and output.
 */
export function runTool(
  binary: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number },
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, all: `${stdout}\n${stderr}` });
    });
  });
}

export interface EgressTrap {
  /** host:port (or URL) of every request that tried to leave loopback. */
  requests: string[];
  /** HTTP_PROXY/HTTPS_PROXY (both cases) pointing at the trap, NO_PROXY for loopback. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

export async function startEgressTrap(): Promise<EgressTrap> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('egress refused by the test egress trap\n');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  const port = await listenOnLoopback(server);
  const proxy = `http://127.0.0.1:${port}`;
  return {
    requests,
    env: () => ({
      HTTP_PROXY: proxy,
      HTTPS_PROXY: proxy,
      http_proxy: proxy,
      https_proxy: proxy,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
    }),
    close: () => closeServer(server),
  };
}

/**
 * The environment a tool runs in: PATH and the egress trap, a fresh HOME,
 * TUF_ROOT and DOCKER_CONFIG (no ~/.sigstore, no stored credentials, no
 * cached trusted root of an earlier run), nothing else of the test process.
 */
export function toolEnv(trap: EgressTrap, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-interop-home-'));
  fs.mkdirSync(path.join(home, 'docker'));
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TUF_ROOT: path.join(home, 'tuf'),
    DOCKER_CONFIG: path.join(home, 'docker'),
    // gh: no prompts, no update check, no telemetry, no keyring.
    GH_PROMPT_DISABLED: '1',
    GH_NO_UPDATE_NOTIFIER: '1',
    GH_TELEMETRY: 'false',
    DO_NOT_TRACK: '1',
    ...trap.env(),
    ...extra,
  };
}
