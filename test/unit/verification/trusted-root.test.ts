import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { GITHUB_TUF_ROOT, loadTrust, loadTrustedRootFile } from '@scs/verification';
import { REPO_ROOT } from '../../support/action-harness.js';

const require = createRequire(import.meta.url);
let server: Server;
let requests = 0;
let mirror = '';

beforeAll(async () => {
  // A TUF mirror that is down (every file answers 503).
  server = createServer((_req, res) => {
    requests += 1;
    res.writeHead(503).end('unavailable');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('trusted roots', () => {
  it('loads a trusted-root file', () => {
    const trust = loadTrustedRootFile(path.join(REPO_ROOT, 'test/fixtures/verification/gh-cli__trusted_root.json'));
    expect(trust.tlogs[0]!.baseUrl).toBe('https://rekor.sigstore.dev');
    expect(trust.hasCtlogs).toBe(true);
    expect(trust.hasTimestampAuthorities).toBe(false);
  });

  it('says what is wrong with a bad file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-root-'));
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"mediaType": "x"}');
    expect(() => loadTrustedRootFile(path.join(dir, 'bad.json'))).toThrow(/not a Sigstore trusted root/);
    expect(() => loadTrustedRootFile(path.join(dir, 'missing.json'))).toThrow(ConfigurationError);
    fs.writeFileSync(path.join(dir, 'text.json'), 'not json');
    expect(() => loadTrustedRootFile(path.join(dir, 'text.json'))).toThrow(/is not JSON/);
  });

  it('custom without a file is a configuration error', async () => {
    await expect(loadTrust({ instance: 'custom' })).rejects.toThrow(/needs `trusted-root`/);
  });

  it('a TUF mirror that cannot be reached is an infrastructure failure that says how to work offline', async () => {
    const seeds = JSON.parse(fs.readFileSync(require.resolve('@sigstore/tuf/seeds.json'), 'utf8')) as Record<
      string,
      { 'root.json': string }
    >;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-tuf-'));
    const rootPath = path.join(dir, 'root.json');
    fs.writeFileSync(rootPath, Buffer.from(Object.values(seeds)[0]!['root.json'], 'base64'));
    const error = await loadTrust({
      instance: 'public-good',
      tufMirrorUrl: mirror,
      tufRootPath: rootPath,
      tufCachePath: path.join(dir, 'cache'),
      tufTimeoutMs: 2000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toContain(
      `Could not fetch the public-good Sigstore trusted root through TUF from ${mirror}`,
    );
    expect((error as Error).message).toContain('`sigstore-instance: custom` and `trusted-root`');
    expect(requests).toBeGreaterThan(0);
  });

  it("GitHub's embedded TUF root is intact: a threshold of its root keys signs it", async () => {
    const { Metadata } = (await import('@tufjs/models')) as unknown as {
      Metadata: {
        fromJSON(
          type: string,
          data: unknown,
        ): {
          signed: { roles: Record<string, { threshold: number }> };
          verifyDelegate(role: string, delegate: unknown): void;
        };
      };
    };
    const root = Metadata.fromJSON('root', GITHUB_TUF_ROOT);
    expect(() => root.verifyDelegate('root', root)).not.toThrow();
    expect(root.signed.roles.root!.threshold).toBe(3);
    const broken = structuredClone(GITHUB_TUF_ROOT);
    broken.signed.version = 2;
    const tampered = Metadata.fromJSON('root', broken);
    expect(() => tampered.verifyDelegate('root', tampered)).toThrow();
  });
});
