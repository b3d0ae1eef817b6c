/**
 * scan's `image-source: daemon` (issue 17 item 1): the arguments each tool
 * gets, and the daemon check that runs before either (no Docker daemon runs
 * on this machine: a loopback /_ping responder on a unix socket stands in for
 * the answering case only).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertDockerDaemon, dockerEndpoint } from '../../../actions/scan/src/docker-daemon.js';
import { grypeSubject } from '../../../actions/scan/src/grype-args.js';
import { MODERN_TRIVY, buildTrivyArgs } from '../../../actions/scan/src/trivy-args.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-daemon-'));

describe('the tools are told to read the image from the daemon', () => {
  it('Trivy: --image-src docker; Grype: docker:', () => {
    const target = { kind: 'image' as const, image: 'app:dev', daemon: true };
    const args = buildTrivyArgs({
      target,
      scanners: ['vuln'],
      ignoreFile: '/i',
      configFile: '/c',
      secretConfigFile: '/s',
      cacheDir: '/cache',
      outputFile: '/o.json',
      timeoutMinutes: 5,
      capabilities: MODERN_TRIVY,
      skipDbUpdate: true,
      javaDbRepositories: [],
    });
    expect(args[0]).toBe('image');
    expect(args.join(' ')).toContain('--image-src docker -- app:dev');
    expect(grypeSubject(target)).toBe('docker:app:dev');
    expect(grypeSubject({ kind: 'image', image: 'app:dev' })).toBe('registry:app:dev');
  });
});

describe('dockerEndpoint', () => {
  it.each([
    [{}, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    [{ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, { kind: 'unix', socketPath: '/run/user/1000/docker.sock' }],
    [{ DOCKER_HOST: 'tcp://127.0.0.1:2375' }, { kind: 'tcp', host: '127.0.0.1', port: 2375 }],
  ])('%j', (env, expected) => {
    expect(dockerEndpoint(env)).toMatchObject(expected);
  });

  it('refuses what it cannot check, naming the input', () => {
    expect(() => dockerEndpoint({ DOCKER_HOST: 'ssh://me@host' })).toThrow(
      /^Input `image-source` is daemon, but DOCKER_HOST=ssh:\/\/me@host is not/,
    );
    expect(() => dockerEndpoint({ DOCKER_HOST: 'tcp://host:99999' })).toThrow(/^Input `image-source`/);
  });
});

describe('assertDockerDaemon', () => {
  const socketPath = path.join(dir, 'docker.sock');
  const server = http.createServer((req, res) =>
    res.writeHead(req.url === '/_ping' ? 200 : 404, { connection: 'close' }).end('OK'),
  );
  beforeAll(() => new Promise<void>((resolve) => server.listen(socketPath, resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes when the daemon answers /_ping', async () => {
    await expect(assertDockerDaemon({ DOCKER_HOST: `unix://${socketPath}` })).resolves.toMatchObject({
      kind: 'unix',
      socketPath,
    });
  });

  it('says clearly that no daemon is reachable: a missing socket, a closed port', async () => {
    await expect(assertDockerDaemon({ DOCKER_HOST: `unix://${path.join(dir, 'none.sock')}` })).rejects.toThrow(
      /^Input `image-source` is daemon, but no Docker daemon is reachable at DOCKER_HOST=unix:\/\/.*none\.sock: ENOENT\. Run the step on a runner with Docker/,
    );
    await expect(assertDockerDaemon({ DOCKER_HOST: 'tcp://127.0.0.1:9' })).rejects.toThrow(
      /no Docker daemon is reachable at DOCKER_HOST=tcp:\/\/127\.0\.0\.1:9: ECONNREFUSED/,
    );
  });

  it('does not wait forever for a socket that accepts and never answers', async () => {
    const silentPath = path.join(dir, 'silent.sock');
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(silentPath, resolve));
    try {
      await expect(assertDockerDaemon({ DOCKER_HOST: `unix://${silentPath}` }, 300)).rejects.toThrow(
        /no answer within 0\.3 s/,
      );
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
