import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import nock from 'nock';
import {
  parsePinManifest,
  toolCacheExtractor,
  type Extractor,
  type InstallerDeps,
  type Logger,
  type PinManifest,
} from '@scs/tool-installer';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';

// ---- loopback release server -----------------------------------------------------------------

/** One canned answer; a route's answers are used in order, the last one repeats. */
export type Answer =
  | { kind: 'file'; body: Buffer }
  | { kind: 'status'; status: number }
  /** Announces the full length, sends `sent` bytes, then drops the connection. */
  | { kind: 'truncate'; body: Buffer; sent: number };

/**
 * Every answer closes its connection: no keep-alive sockets outlive a test (a
 * pooled socket reset by a later server shutdown crashes nock's interceptor).
 */
const CLOSE = { 'content-type': 'application/octet-stream', connection: 'close' } as const;

export class ReleaseServer {
  readonly requests: string[] = [];
  private readonly routes = new Map<string, Answer[]>();
  private readonly hits = new Map<string, number>();
  private server: Server | undefined;

  get baseUrl(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('server not started');
    return `http://127.0.0.1:${address.port}`;
  }

  route(urlPath: string, ...answers: Answer[]): void {
    this.routes.set(urlPath, answers);
    this.hits.set(urlPath, 0);
  }

  reset(): void {
    this.routes.clear();
    this.hits.clear();
    this.requests.length = 0;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const urlPath = req.url ?? '';
    this.requests.push(urlPath);
    const answers = this.routes.get(urlPath);
    if (!answers || answers.length === 0) {
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('Not Found');
      return;
    }
    const n = this.hits.get(urlPath) ?? 0;
    this.hits.set(urlPath, n + 1);
    const answer = answers[Math.min(n, answers.length - 1)]!;
    switch (answer.kind) {
      case 'file':
        res.writeHead(200, { ...CLOSE, 'content-length': answer.body.length });
        res.end(answer.body);
        return;
      case 'status':
        res
          .writeHead(answer.status, { 'content-type': 'text/plain', connection: 'close' })
          .end(`status ${answer.status}`);
        return;
      case 'truncate':
        res.writeHead(200, { ...CLOSE, 'content-length': answer.body.length });
        res.write(answer.body.subarray(0, answer.sent), () => res.socket?.destroy());
        return;
    }
  }
}

export function releasePath(repo: string, version: string, file: string, prefix = ''): string {
  return `${prefix}/${repo}/releases/download/v${version}/${file}`;
}

// ---- archives built by the tests ---------------------------------------------------------------

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A stand-in executable: appends to `marker` whenever it runs (so a test can
 * prove it was never executed), prints `versionLine`.
 */
export function fakeToolScript(marker: string, versionOutput: string): string {
  return `#!/bin/sh\necho "ran $*" >> '${marker}'\ncat <<'EOF'\n${versionOutput}\nEOF\n`;
}

/** Builds a .tar.gz of `files` (name → content; all mode 755) with the system tar. */
export function buildTarGz(workDir: string, archiveName: string, files: Record<string, string>): Buffer {
  const src = mkdtempSync(path.join(workDir, 'tar-src-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    writeFileSync(path.join(src, name), content);
    chmodSync(path.join(src, name), 0o755);
  }
  const out = path.join(workDir, archiveName);
  execFileSync('tar', ['-czf', out, '-C', src, ...Object.keys(files)]);
  rmSync(src, { recursive: true, force: true });
  return readFileSync(out);
}

export function hasZip(): boolean {
  try {
    execFileSync('zip', ['-v'], { stdio: 'ignore' });
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function buildZip(workDir: string, archiveName: string, files: Record<string, string>): Buffer {
  const src = mkdtempSync(path.join(workDir, 'zip-src-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(src, name), content);
    chmodSync(path.join(src, name), 0o755);
  }
  const out = path.join(workDir, archiveName);
  execFileSync('zip', ['-q', '-X', out, ...Object.keys(files)], { cwd: src });
  rmSync(src, { recursive: true, force: true });
  return readFileSync(out);
}

// ---- fakes ---------------------------------------------------------------------------------------

export class RecordingLogger implements Logger {
  readonly infos: string[] = [];
  readonly warnings: string[] = [];
  readonly debugs: string[] = [];
  info(message: string): void {
    this.infos.push(message);
  }
  warning(message: string): void {
    this.warnings.push(message);
  }
  debug(message: string): void {
    this.debugs.push(message);
  }
}

export class SpyExtractor implements Extractor {
  readonly calls: string[] = [];
  async extract(...args: Parameters<Extractor['extract']>): Promise<void> {
    this.calls.push(args[0]);
    await toolCacheExtractor.extract(...args);
  }
}

/** A manifest with the given test digests (same shape as pins.json; never written to it). */
export function testManifest(
  entries: Partial<
    Record<
      'trivy' | 'grype' | 'syft' | 'cosign',
      [string, Record<string, { file: string; sha256: string; binarySha256?: string }>]
    >
  >,
): PinManifest {
  const filler = (file: string) => ({ 'linux-x64': { file, sha256: sha256(file) } });
  const raw: Record<string, unknown> = {
    trivy: { version: '0.75.0', assets: filler('trivy_0.75.0_Linux-64bit.tar.gz') },
    grype: { version: '0.120.1', assets: filler('grype_0.120.1_linux_amd64.tar.gz') },
    syft: { version: '1.54.1', assets: filler('syft_1.54.1_linux_amd64.tar.gz') },
    cosign: { version: '3.1.3', assets: filler('cosign-linux-amd64') },
  };
  for (const [tool, entry] of Object.entries(entries)) {
    if (entry) raw[tool] = { version: entry[0], assets: entry[1] };
  }
  return parsePinManifest(raw);
}

// ---- per-test runner environment -----------------------------------------------------------------

export interface Sandbox {
  root: string;
  toolCache: string;
  temp: string;
  marker: string;
  server: ReleaseServer;
  logger: RecordingLogger;
  addedPaths: string[];
  /** Collaborators for a linux-x64 runner pointed at the loopback server's files. */
  deps(overrides?: Partial<InstallerDeps>): Partial<InstallerDeps>;
}

/**
 * nock patches node:net when it is imported, once per test file (each file has
 * its own module registry, node:net is shared). Left in place, the next file's
 * patch stacks on top of it, and socket teardown in a later file recurses
 * inside the interceptor (stack overflow, unhandled ECONNRESET, OOM). Every
 * file of this suite undoes its own patch when it ends.
 */
export function restoreNockAfterAll(): void {
  afterAll(() => nock.restore());
}

/**
 * Registers hooks that give every test fresh RUNNER_TOOL_CACHE / RUNNER_TEMP
 * directories (tool-cache reads both at call time) and a loopback release
 * server, and make tool-cache's retries sleep 0 s instead of 10–20 s.
 */
export function useSandbox(): Sandbox {
  const server = new ReleaseServer();
  const saved: Record<string, string | undefined> = {};
  const retryGlobals = ['TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 'TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS'] as const;
  const sandbox = {
    server,
    addedPaths: [] as string[],
  } as unknown as Sandbox;

  restoreNockAfterAll();
  beforeAll(async () => {
    await server.start();
    for (const key of retryGlobals) (globalThis as Record<string, unknown>)[key] = 0;
  });
  afterAll(async () => {
    await server.stop();
    for (const key of retryGlobals) delete (globalThis as Record<string, unknown>)[key];
  });
  beforeEach(() => {
    sandbox.root = mkdtempSync(path.join(os.tmpdir(), 'scs-installer-test-'));
    sandbox.toolCache = path.join(sandbox.root, 'tool-cache');
    sandbox.temp = path.join(sandbox.root, 'runner-temp');
    sandbox.marker = path.join(sandbox.root, 'executed.marker');
    mkdirSync(sandbox.toolCache);
    mkdirSync(sandbox.temp);
    for (const key of ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP', 'GITHUB_PATH', 'PATH']) saved[key] = process.env[key];
    process.env['RUNNER_TOOL_CACHE'] = sandbox.toolCache;
    process.env['RUNNER_TEMP'] = sandbox.temp;
    sandbox.logger = new RecordingLogger();
    sandbox.addedPaths = [];
    server.reset();
    sandbox.deps = (overrides = {}) => ({
      platform: 'linux',
      arch: 'x64',
      logger: sandbox.logger,
      addPath: (dir: string) => sandbox.addedPaths.push(dir),
      ...overrides,
    });
  });
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(sandbox.root, { recursive: true, force: true });
  });
  return sandbox;
}

/** Every file below `dir` (relative paths), for "nothing was left behind" assertions. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}
