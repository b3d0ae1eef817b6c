/**
 * Registry credentials, in the order an action should try them:
 *
 * 1. explicit username + password given to the action;
 * 2. the runner's docker config — `$DOCKER_CONFIG/config.json`, else
 *    `~/.docker/config.json` — as `docker login` / docker/login-action
 *    leave it: `auths.<host>.auth` (base64 `user:password`),
 *    `auths.<host>.identitytoken` (an OAuth2 refresh token), or a credential
 *    helper (`credHelpers.<host>`, else `credsStore`) run as
 *    `docker-credential-<name> get` with the host on stdin;
 * 3. for ghcr.io only, a GitHub token the caller passes (GITHUB_TOKEN with
 *    `packages: read|write`).
 *
 * Nothing here logs or throws a secret: errors name the file, the host and
 * the helper, never the values. Every secret found is handed to `onSecret`
 * (wire it to `core.setSecret`) before it is used.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ConfigurationError,
  InfrastructureError,
  REGISTRY_CLOUD_ENVIRONMENT,
  isSecretVariable,
  toolEnvironment,
} from '@scs/action-kit';

export type RegistryCredential =
  | {
      kind: 'basic';
      username: string;
      password: string;
      /** Where it came from, for messages ("docker config ~/.docker/config.json"); never the secret. */
      source: string;
    }
  | {
      /** docker's `identitytoken`: an OAuth2 refresh token, exchanged at the token endpoint. */
      kind: 'identity-token';
      username?: string;
      token: string;
      source: string;
    };

/** Credentials for one registry host (as in references: 'ghcr.io', 'docker.io', '127.0.0.1:5000'), or undefined. */
export type CredentialProvider = (registry: string) => Promise<RegistryCredential | undefined>;

/** Runs a credential helper: argv only, `input` on stdin, in `env`. */
export type HelperRunner = (
  command: string,
  args: readonly string[],
  input: string,
  timeoutMs: number,
  env?: NodeJS.ProcessEnv,
) => Promise<{ exitCode: number; stdout: string; stderr: string; timedOut: boolean }>;

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_HELPER_OUTPUT = 64 * 1024;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * Spawns `command args…` without a shell, writes `input` to its stdin,
 * captures at most 64 KiB of each stream and kills it after `timeoutMs`.
 * (action-kit's runProcess has no stdin, which credential helpers need.)
 */
export const spawnHelper: HelperRunner = (command, args, input, timeoutMs, env) =>
  new Promise((resolve, reject) => {
    let child;
    try {
      // An allow-listed environment (a helper needs its cloud SDK variables, not the action's inputs or the runner's tokens).
      const childEnv = Object.fromEntries(
        Object.entries(env ?? toolEnvironment(process.env, { allow: REGISTRY_CLOUD_ENVIRONMENT })).filter(
          ([key]) => !isSecretVariable(key),
        ),
      );
      child = spawn(command, [...args], {
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
        env: childEnv,
      });
    } catch (error) {
      reject(new InfrastructureError(`Could not start ${command}`, { cause: error }));
      return;
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
      // Do not wait for 'close': a grandchild may hold the pipes open.
      child.stdout.destroy();
      child.stderr.destroy();
      settled = true;
      resolve({ exitCode: -1, stdout: '', stderr: '', timedOut });
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_HELPER_OUTPUT) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_HELPER_OUTPUT) stderr += chunk;
    });
    child.stdin.on('error', () => undefined); // a helper that exits without reading stdin
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new ConfigurationError(`The docker credential helper ${command} is not on PATH.`, { cause: error })
          : new InfrastructureError(`Could not run ${command}: ${error.message}`, { cause: error }),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!settled) resolve({ exitCode: code ?? -1, stdout, stderr, timedOut });
    });
    child.stdin.end(input);
  });

/**
 * The key a docker config uses for a host, normalised: scheme and path
 * dropped, lower-cased, Docker Hub's many names ('https://index.docker.io/v1/',
 * 'registry-1.docker.io', 'docker.io') all 'docker.io'.
 */
export function normalizeRegistryHost(key: string): string {
  let host = key.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/\/.*$/, '');
  if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com')
    return 'docker.io';
  return host;
}

/** What `docker-credential-<name> get` is asked for: docker asks Docker Hub's credentials by its legacy URL. */
function helperServerUrl(registry: string): string {
  return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
}

export interface DockerConfigOptions {
  /** Environment to read DOCKER_CONFIG and HOME from, and to run credential helpers in (PATH); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Home directory when HOME is unset; default os.homedir(). */
  homedir?: string;
  /** Runs credential helpers; default spawnHelper. */
  runHelper?: HelperRunner;
  /** Milliseconds a credential helper may take; default 30 s. */
  helperTimeoutMs?: number;
}

/** The docker config file that would be read (it may not exist). */
export function dockerConfigPath(options: DockerConfigOptions = {}): string {
  const env = options.env ?? process.env;
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'config.json');
  return path.join(env.HOME || options.homedir || os.homedir(), '.docker', 'config.json');
}

interface DockerConfigEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

interface DockerConfigFile {
  auths: Map<string, DockerConfigEntry>;
  credHelpers: Map<string, string>;
  credsStore?: string;
}

function readDockerConfig(file: string): DockerConfigFile | undefined {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_CONFIG_BYTES)
      throw new ConfigurationError(`The docker config ${file} is over ${MAX_CONFIG_BYTES} bytes; refusing to read it.`);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`The docker config ${file} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message may quote the file's content (credentials): say where, not what.
    throw new ConfigurationError(
      `The docker config ${file} is not valid JSON; fix or remove it (docker login rewrites it).`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(`The docker config ${file} is not a JSON object.`);
  }
  const config = parsed as Record<string, unknown>;
  const auths = new Map<string, DockerConfigEntry>();
  if (typeof config.auths === 'object' && config.auths !== null) {
    for (const [key, value] of Object.entries(config.auths as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null) continue;
      const entry = value as Record<string, unknown>;
      const host = normalizeRegistryHost(key);
      // The first entry for a host wins, unless a later one holds more.
      const current = auths.get(host);
      const next: DockerConfigEntry = {
        ...(typeof entry.auth === 'string' && entry.auth !== '' ? { auth: entry.auth } : {}),
        ...(typeof entry.username === 'string' && entry.username !== '' ? { username: entry.username } : {}),
        ...(typeof entry.password === 'string' && entry.password !== '' ? { password: entry.password } : {}),
        ...(typeof entry.identitytoken === 'string' && entry.identitytoken !== ''
          ? { identitytoken: entry.identitytoken }
          : {}),
      };
      if (!current || Object.keys(current).length === 0) auths.set(host, next);
    }
  }
  const credHelpers = new Map<string, string>();
  if (typeof config.credHelpers === 'object' && config.credHelpers !== null) {
    for (const [key, value] of Object.entries(config.credHelpers as Record<string, unknown>)) {
      if (typeof value === 'string' && value !== '') credHelpers.set(normalizeRegistryHost(key), value);
    }
  }
  return {
    auths,
    credHelpers,
    ...(typeof config.credsStore === 'string' && config.credsStore !== '' ? { credsStore: config.credsStore } : {}),
  };
}

function decodeAuth(auth: string, file: string, host: string): { username: string; password: string } {
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(auth) || colon <= 0) {
    throw new ConfigurationError(
      `The docker config ${file} has an unreadable \`auth\` for ${host} (expected base64 of user:password); run docker login ${host} again.`,
    );
  }
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/[\r\n]+$/, '') };
}

async function fromHelper(
  helper: string,
  registry: string,
  file: string,
  options: DockerConfigOptions,
): Promise<RegistryCredential | undefined> {
  if (!HELPER_NAME.test(helper)) {
    throw new ConfigurationError(
      `The docker config ${file} names an invalid credential helper '${helper.slice(0, 64)}' for ${registry}.`,
    );
  }
  const command = `docker-credential-${helper}`;
  const run = options.runHelper ?? spawnHelper;
  const helperEnv = toolEnvironment(options.env ?? process.env, { allow: REGISTRY_CLOUD_ENVIRONMENT });
  const result = await run(command, ['get'], helperServerUrl(registry), options.helperTimeoutMs ?? 30_000, helperEnv);
  if (result.timedOut)
    throw new InfrastructureError(`The docker credential helper ${command} did not answer for ${registry} in time.`);
  if (result.exitCode !== 0) {
    // "credentials not found in native keychain" is the protocol's "none" answer.
    if (/credentials not found/i.test(`${result.stdout}\n${result.stderr}`)) return undefined;
    // Its output may hold anything, secrets included: not quoted.
    throw new InfrastructureError(
      `The docker credential helper ${command} failed for ${registry} (exit code ${result.exitCode}); run docker login ${registry} again.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new InfrastructureError(
      `The docker credential helper ${command} answered for ${registry} with something that is not JSON.`,
    );
  }
  const answer = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const username = typeof answer.Username === 'string' ? answer.Username : '';
  const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
  if (secret === '') return undefined;
  const source = `docker credential helper ${command}`;
  // docker's convention: the user name '<token>' marks an identity (refresh) token.
  if (username === '<token>') return { kind: 'identity-token', token: secret, source };
  return { kind: 'basic', username, password: secret, source };
}

/**
 * Credentials from the runner's docker config: `credHelpers.<host>`, else
 * `auths.<host>` (identitytoken before auth, as docker does), else the
 * `credsStore` helper. Undefined when the file or the host is absent.
 */
export function dockerConfigCredentials(options: DockerConfigOptions = {}): CredentialProvider {
  return async (registry) => {
    const file = dockerConfigPath(options);
    const config = readDockerConfig(file);
    if (!config) return undefined;
    const host = normalizeRegistryHost(registry);
    const helper = config.credHelpers.get(host);
    if (helper) return fromHelper(helper, host, file, options);
    const entry = config.auths.get(host);
    const source = `docker config ${file}`;
    if (entry?.identitytoken) {
      return {
        kind: 'identity-token',
        token: entry.identitytoken,
        source,
        ...(entry.username ? { username: entry.username } : {}),
      };
    }
    if (entry?.auth) return { kind: 'basic', ...decodeAuth(entry.auth, file, host), source };
    if (entry?.username && entry.password)
      return { kind: 'basic', username: entry.username, password: entry.password, source };
    if (config.credsStore) return fromHelper(config.credsStore, host, file, options);
    return undefined;
  };
}

export interface CredentialChainOptions {
  /** Explicit credentials (both or neither). */
  username?: string;
  password?: string;
  /** The registry host the explicit credentials are for; when absent they apply to every registry. */
  registry?: string;
  /** Read the runner's docker config (default true); options for it, or false to skip it. */
  dockerConfig?: DockerConfigOptions | false;
  /** A GitHub token, used for ghcr.io only and only when nothing else matched. */
  githubToken?: string;
  /** User name to pair with the GitHub token (github.actor); ghcr.io accepts any non-empty name. */
  githubActor?: string;
}

/**
 * The credential order an action should use: explicit, docker config,
 * GitHub token for ghcr.io. Undefined (anonymous) when none matches.
 */
export function credentialChain(options: CredentialChainOptions): CredentialProvider {
  const explicitUser = options.username?.trim() ?? '';
  const explicitPassword = options.password ?? '';
  if ((explicitUser === '') !== (explicitPassword === '')) {
    throw new ConfigurationError('Registry credentials need both a username and a password (or neither).');
  }
  const explicitRegistry = options.registry ? normalizeRegistryHost(options.registry) : undefined;
  const docker = options.dockerConfig === false ? undefined : dockerConfigCredentials(options.dockerConfig ?? {});
  return async (registry) => {
    const host = normalizeRegistryHost(registry);
    if (explicitUser !== '' && (explicitRegistry === undefined || explicitRegistry === host)) {
      return {
        kind: 'basic',
        username: explicitUser,
        password: explicitPassword,
        source: 'the username and password given to the action',
      };
    }
    const fromDocker = docker ? await docker(host) : undefined;
    if (fromDocker) return fromDocker;
    if (host === 'ghcr.io' && options.githubToken) {
      return {
        kind: 'basic',
        username: options.githubActor || 'x-access-token',
        password: options.githubToken,
        source: 'the GitHub token',
      };
    }
    return undefined;
  };
}
