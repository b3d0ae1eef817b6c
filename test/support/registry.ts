/**
 * A throwaway OCI registry on loopback: Debian's `docker-registry`
 * (distribution 2.8) with a generated config, storage in a temp dir.
 *
 *   const registry = await startRegistry();
 *   registry.url   // '127.0.0.1:PORT' (plain HTTP)
 *   await registry.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';
const SETPRIV = '/usr/bin/setpriv';

export interface Registry {
  /** host:port, no scheme: what image references and skopeo take. */
  url: string;
  port: number;
  pid: number;
  /** Stops the registry and removes its storage. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  binary?: string;
  /** Milliseconds to wait for GET /v2/ to answer. */
  timeoutMs?: number;
  /** Basic auth from an htpasswd file (bcrypt entries only, see htpasswdLine): every /v2/ request then needs credentials. */
  htpasswd?: string;
}

/** The binary when it is installed, else undefined. */
export function registryBinary(binary = REGISTRY_BINARY): string | undefined {
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return binary;
  } catch {
    return undefined;
  }
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function registryConfig(storageDir: string, port: number, options: { htpasswd?: string } = {}): string {
  // YAML by hand: every value here is ours (temp paths and a number).
  const auth = options.htpasswd
    ? ['auth:', '  htpasswd:', '    realm: scs-test-registry', `    path: ${JSON.stringify(options.htpasswd)}`]
    : [];
  return [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storageDir)}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    ...auth,
    '',
  ].join('\n');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string, authenticated: boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    // With htpasswd, an anonymous GET /v2/ is answered 401: the registry is up.
    return response.status === 200 || (authenticated && response.status === 401);
  } catch {
    return false;
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startOnce(binary: string, timeoutMs: number, htpasswd: string | undefined): Promise<Registry> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-registry-'));
  const storage = path.join(dir, 'storage');
  fs.mkdirSync(storage);
  const port = await freePort();
  const configFile = path.join(dir, 'config.yml');
  fs.writeFileSync(configFile, registryConfig(storage, port, htpasswd ? { htpasswd } : {}));

  // With setpriv (util-linux), the kernel kills the registry when its parent
  // dies, even by SIGKILL, when no exit handler runs.
  const argv = [binary, 'serve', configFile];
  const [command, ...args] = fs.existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL', '--', ...argv] : argv;
  const child = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 16384) stderr += chunk;
  });
  let spawnError: Error | undefined;
  child.on('error', (error) => (spawnError = error));
  // If the test process goes away without teardown, take the registry along.
  const onExit = () => child.kill('SIGKILL');
  process.on('exit', onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    await stopProcess(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const url = `127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(`http://${url}/v2/`, htpasswd !== undefined))) {
    if (spawnError || child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      const why = spawnError
        ? spawnError.message
        : child.exitCode !== null || child.signalCode !== null
          ? `exited (${child.signalCode ?? child.exitCode})`
          : `no answer from http://${url}/v2/ within ${timeoutMs} ms`;
      throw new Error(`docker-registry did not start: ${why}${stderr ? `\n${stderr.trim()}` : ''}`);
    }
    await sleep(50);
  }
  return { url, port, pid: child.pid!, stop };
}

/** Starts a registry on a free loopback port; retries when the port was taken meanwhile. */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<Registry> {
  const binary = options.binary ?? REGISTRY_BINARY;
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(binary, options.timeoutMs ?? 15000, options.htpasswd);
    } catch (error) {
      lastError = error;
      if (!/address already in use/i.test(String(error))) break;
    }
  }
  throw lastError;
}

/**
 * One htpasswd line (`user:$2b$…`) for docker-registry's htpasswd auth, which
 * takes bcrypt only. Node has no bcrypt and nothing may be installed for it,
 * so libc's crypt(3) does it (libxcrypt knows `$2b$`): through perl, which
 * every Debian/Ubuntu runner has (git needs it), else python3's `crypt`
 * (gone in Python 3.13). Undefined, with why, when neither works. The
 * password goes over stdin, never argv.
 */
export function htpasswdLine(user: string, password: string): { line?: string; why?: string } {
  if (!/^[A-Za-z0-9._-]+$/.test(user)) throw new Error(`bad htpasswd user name: ${user}`);
  const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  // The last salt character carries only 2 bits: one of . O e u keeps it canonical.
  const salt = `$2b$05$${Array.from(randomBytes(21), (b) => alphabet[b % 64]).join('')}${'.Oeu'[randomBytes(1)[0]! % 4]}`;
  const tries: [string, string[]][] = [
    ['perl', ['-e', 'my $p = <STDIN>; chomp $p; print crypt($p, $ARGV[0])', salt]],
    [
      'python3',
      [
        '-W',
        'ignore',
        '-c',
        'import crypt, sys; print(crypt.crypt(sys.stdin.readline().rstrip("\\n"), sys.argv[1]) or "", end="")',
        salt,
      ],
    ],
  ];
  const failures: string[] = [];
  for (const [command, args] of tries) {
    const result = spawnSync(command, args, { input: `${password}\n`, encoding: 'utf8', timeout: 10000 });
    const hash = (result.stdout ?? '').trim();
    if (result.status === 0 && hash.startsWith(salt) && hash.length === 60) return { line: `${user}:${hash}` };
    failures.push(
      `${command}: ${result.error?.message ?? (result.stderr?.trim() || `no bcrypt hash (exit ${result.status})`)}`.slice(
        0,
        200,
      ),
    );
  }
  return { why: `no bcrypt for the htpasswd file (${failures.join('; ')})` };
}

/**
 * The OCI 1.1 registry with the referrers API (test/tools/registry: go-containerregistry's
 * in-memory registry, built by scripts/go-test-tools.mjs to .cache/test-tools/registry),
 * on a free loopback port. docker-registry 2.8 above has no referrers API (tag-schema
 * fallback); this one answers GET /v2/<name>/referrers/<digest>.
 */
export async function startReferrersRegistry(options: { binary: string; timeoutMs?: number }): Promise<Registry> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-referrers-registry-'));
  const portFile = path.join(dir, 'port');
  const argv = [options.binary, '-addr', '127.0.0.1:0', '-port-file', portFile];
  const [command, ...args] = fs.existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL', '--', ...argv] : argv;
  const child = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 16384) stderr += chunk;
  });
  let spawnError: Error | undefined;
  child.on('error', (error) => (spawnError = error));
  const onExit = () => child.kill('SIGKILL');
  process.on('exit', onExit);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    await stopProcess(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const timeoutMs = options.timeoutMs ?? 15000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const port = fs.existsSync(portFile) ? Number.parseInt(fs.readFileSync(portFile, 'utf8'), 10) : NaN;
    if (Number.isInteger(port) && port > 0 && (await answers(`http://127.0.0.1:${port}/v2/`, false))) {
      return { url: `127.0.0.1:${port}`, port, pid: child.pid!, stop };
    }
    if (spawnError || child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      const why = spawnError
        ? spawnError.message
        : child.exitCode !== null || child.signalCode !== null
          ? `exited (${child.signalCode ?? child.exitCode})`
          : `no answer within ${timeoutMs} ms`;
      throw new Error(
        `the referrers registry (${options.binary}) did not start: ${why}${stderr ? `\n${stderr.trim()}` : ''}`,
      );
    }
    await sleep(50);
  }
}
