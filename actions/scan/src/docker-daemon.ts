import * as http from 'node:http';
import { ConfigurationError } from '@scs/action-kit';

/**
 * `image-source: daemon` reads the image from the runner's Docker daemon
 * (Trivy `--image-src docker`, Grype `docker:`). Before the scanner runs, the
 * daemon must answer `GET /_ping` at DOCKER_HOST (or the default socket)
 * within a few seconds: otherwise the step fails with an error that says so,
 * instead of a scanner error (or a silent fallback to a registry pull of an
 * image with the same name).
 */

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const PING_TIMEOUT_MS = 5_000;

export type DockerEndpoint =
  { kind: 'unix'; socketPath: string; shown: string } | { kind: 'tcp'; host: string; port: number; shown: string };

/** Where the daemon is: DOCKER_HOST (unix:// or tcp://), else the default socket. Other schemes are refused. */
export function dockerEndpoint(env: NodeJS.ProcessEnv): DockerEndpoint {
  const value = (env.DOCKER_HOST ?? '').trim();
  if (value === '')
    return {
      kind: 'unix',
      socketPath: DEFAULT_DOCKER_SOCKET,
      shown: `unix://${DEFAULT_DOCKER_SOCKET} (DOCKER_HOST is not set)`,
    };
  const shown = `DOCKER_HOST=${value.slice(0, 200)}`;
  if (value.startsWith('unix://')) return { kind: 'unix', socketPath: value.slice('unix://'.length), shown };
  const tcp = /^tcp:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})\/?$/.exec(value);
  if (tcp && Number(tcp[2]) > 0 && Number(tcp[2]) < 65536)
    return { kind: 'tcp', host: tcp[1]!.replace(/^\[|\]$/g, ''), port: Number(tcp[2]), shown };
  throw new ConfigurationError(
    `Input \`image-source\` is daemon, but ${shown} is not a unix:// socket or tcp://host:port address this action can check; set DOCKER_HOST to one of those.`,
  );
}

/** Resolves when the daemon answers /_ping with 200; rejects with why not. */
function ping(endpoint: DockerEndpoint, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const target =
      endpoint.kind === 'unix' ? { socketPath: endpoint.socketPath } : { host: endpoint.host, port: endpoint.port };
    const request = http.get(
      { ...target, path: '/_ping', headers: { host: 'docker' }, timeout: timeoutMs },
      (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else reject(new Error(`it answered /_ping with HTTP ${response.statusCode}`));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on('error', reject);
  });
}

export async function assertDockerDaemon(env: NodeJS.ProcessEnv, timeoutMs = PING_TIMEOUT_MS): Promise<DockerEndpoint> {
  const endpoint = dockerEndpoint(env);
  // With TLS (DOCKER_TLS_VERIFY) a plain-HTTP ping cannot succeed: the scanner's own client checks that daemon.
  if (endpoint.kind === 'tcp' && (env.DOCKER_TLS_VERIFY ?? '') !== '') return endpoint;
  try {
    await ping(endpoint, timeoutMs);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new ConfigurationError(
      `Input \`image-source\` is daemon, but no Docker daemon is reachable at ${endpoint.shown}: ${why}. ` +
        'Run the step on a runner with Docker (or set DOCKER_HOST), or scan the image from a registry (image-source: registry) ' +
        'or from a docker save tarball (image-archive).',
    );
  }
  return endpoint;
}
