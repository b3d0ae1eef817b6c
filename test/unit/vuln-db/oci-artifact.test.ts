import * as fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  HttpRequestError,
  isLoopbackHost,
  parseBearerChallenge,
  parseRegistryReference,
  parseRetryAfter,
  registryBaseUrl,
  type OciDescriptor,
  type RegistryReference,
} from '@scs/oci';
import { DigestMismatchError, downloadVerifiedBlob, resolveManifestDigest, vulnDbRegistryClient } from '@scs/vuln-db';
import { RegistryStub, TRIVY_DB_LAYER, recordingSleep, sha256, tempDir, trivyDbLayer } from './helpers.js';

describe('registry references', () => {
  it.each([
    [
      'ghcr.io/aquasecurity/trivy-db:2',
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'aquasecurity/trivy-db', tag: '2', reference: '2' },
    ],
    [
      'mirror.gcr.io/aquasec/trivy-db',
      { registry: 'mirror.gcr.io', repository: 'aquasec/trivy-db', tag: '2', reference: '2' },
    ],
    [
      '127.0.0.1:5000/trivy-db:2',
      { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'trivy-db', tag: '2' },
    ],
    ['localhost:5000/a/b/c:v1', { registry: 'localhost:5000', repository: 'a/b/c', tag: 'v1' }],
    [
      'aquasec/trivy-db:2',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'aquasec/trivy-db', tag: '2' },
    ],
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: '2' }],
    [
      `ghcr.io/o/db@sha256:${'a'.repeat(64)}`,
      {
        registry: 'ghcr.io',
        repository: 'o/db',
        digest: `sha256:${'a'.repeat(64)}`,
        reference: `sha256:${'a'.repeat(64)}`,
      },
    ],
  ])('%s', (value, expected) => {
    expect(parseRegistryReference(value, { defaultTag: '2' })).toMatchObject(expected);
  });

  it.each([
    'https://ghcr.io/aquasecurity/trivy-db:2',
    'ghcr.io/AquaSecurity/trivy-db:2',
    '',
    'ghcr.io/a/b@sha256:short',
  ])('refuses %j, naming the input', (value) => {
    expect(() => parseRegistryReference(value, { label: 'db-repository' })).toThrow(ConfigurationError);
    expect(() => parseRegistryReference(value, { label: 'db-repository' })).toThrow(/db-repository/);
  });

  it('uses plain HTTP for loopback registries only, like go-containerregistry', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('127.0.0.1.nip.io:5000')).toBe('https://127.0.0.1.nip.io:5000');
    expect(isLoopbackHost('10.0.0.1:5000')).toBe(false);
  });

  it('parses Bearer challenges, quoted commas included', () => {
    expect(
      parseBearerChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull,push"'),
    ).toEqual({
      realm: 'https://ghcr.io/token',
      service: 'ghcr.io',
      scope: 'repository:a/b:pull,push',
    });
    expect(parseBearerChallenge('Basic realm="Registry"')).toBeUndefined();
    expect(parseBearerChallenge(null)).toBeUndefined();
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('vuln-db registry pulls (@scs/oci RegistryClient) against a loopback registry', () => {
  let stub: RegistryStub;
  let dir: string;
  const layer = trivyDbLayer();
  beforeAll(async () => {
    stub = await new RegistryStub().start();
  });
  afterAll(() => stub.stop());
  beforeEach(() => {
    dir = tempDir('oci-client-');
    stub.requests.length = 0;
    stub.faults.length = 0;
    stub.requireToken = false;
    stub.headWithoutDigest = false;
    stub.blobRedirect = undefined;
    stub.corrupt.clear();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The registry steps of a DB pull: @scs/oci's client plus vuln-db's resolve and verified download. */
  const pulls = (sleep: ReturnType<typeof recordingSleep>) => {
    const registry = vulnDbRegistryClient({ sleep: sleep.sleep });
    return {
      resolveDigest: (ref: RegistryReference) => resolveManifestDigest(registry, ref),
      getManifest: (ref: RegistryReference, digest: string) => registry.getManifest(ref, digest),
      downloadBlob: (ref: RegistryReference, descriptor: OciDescriptor, file: string) =>
        downloadVerifiedBlob(registry, ref, descriptor, file),
      get requests() {
        return registry.requests;
      },
    };
  };
  const client = (sleep = recordingSleep()) => ({ sleep, client: pulls(sleep) });

  it('resolves a tag with one HEAD, then fetches the manifest by digest and the blob', async () => {
    const artifact = stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    const { client: c } = client();
    const ref = parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`);
    const resolved = await c.resolveDigest(ref);
    expect(resolved).toEqual({ digest: artifact.digest });
    const manifest = await c.getManifest(ref, artifact.digest);
    expect(manifest.manifest.layers[0]).toMatchObject({
      mediaType: TRIVY_DB_LAYER,
      digest: sha256(layer),
      size: layer.length,
    });
    const file = path.join(dir, 'layer.tar.gz');
    expect(await c.downloadBlob(ref, manifest.manifest.layers[0]!, file)).toBe(layer.length);
    expect(fs.readFileSync(file).equals(layer)).toBe(true);
    expect(stub.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'HEAD /v2/aquasec/trivy-db/manifests/2',
      `GET /v2/aquasec/trivy-db/manifests/${artifact.digest}`,
      `GET /v2/aquasec/trivy-db/blobs/${sha256(layer)}`,
    ]);
    expect(c.requests).toBe(3);
  });

  it('answers a 401 challenge with an anonymous token, once per repository', async () => {
    const artifact = stub.addArtifact('aquasecurity/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.requireToken = true;
    const { client: c } = client();
    const ref = parseRegistryReference(`${stub.host}/aquasecurity/trivy-db:2`);
    expect((await c.resolveDigest(ref)).digest).toBe(artifact.digest);
    await c.getManifest(ref, artifact.digest);
    expect(stub.requests.map((r) => `${r.method} ${r.path}${r.authorization ? ' (token)' : ''}`)).toEqual([
      'HEAD /v2/aquasecurity/trivy-db/manifests/2',
      'GET /token',
      'HEAD /v2/aquasecurity/trivy-db/manifests/2 (token)',
      `GET /v2/aquasecurity/trivy-db/manifests/${artifact.digest} (token)`,
    ]);
    expect(c.requests).toBe(4);
  });

  it('follows a blob redirect to a storage host without sending it the registry token', async () => {
    const artifact = stub.addArtifact('aquasecurity/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    const seen: (string | undefined)[] = [];
    const storage = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { connection: 'close', 'content-length': layer.length }).end(layer);
    });
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
    try {
      stub.requireToken = true;
      stub.blobRedirect = `http://127.0.0.1:${(storage.address() as AddressInfo).port}/signed`;
      const { client: c } = client();
      const ref = parseRegistryReference(`${stub.host}/aquasecurity/trivy-db:2`);
      const manifest = await c.getManifest(ref, artifact.digest);
      await c.downloadBlob(ref, manifest.manifest.layers[0]!, path.join(dir, 'layer.tar.gz'));
      expect(stub.requests.at(-1)).toMatchObject({
        path: `/v2/aquasecurity/trivy-db/blobs/${sha256(layer)}`,
        authorization: `Bearer ${stub.token}`,
      });
      expect(seen).toEqual([undefined]);
      expect(fs.readFileSync(path.join(dir, 'layer.tar.gz')).equals(layer)).toBe(true);
    } finally {
      stub.blobRedirect = undefined;
      storage.closeAllConnections();
      await new Promise<void>((resolve) => storage.close(() => resolve()));
    }
  });

  it('says so when a registry wants credentials (no Bearer challenge)', async () => {
    stub.addArtifact('private/db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.faults.push({ path: '/manifests/', status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } });
    const { client: c } = client();
    await expect(c.resolveDigest(parseRegistryReference(`${stub.host}/private/db:2`))).rejects.toThrow(
      /wants credentials; only anonymous pulls/,
    );
  });

  it('falls back to GET and hashes the manifest when HEAD carries no digest', async () => {
    const artifact = stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.headWithoutDigest = true;
    const { client: c } = client();
    const resolved = await c.resolveDigest(parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`));
    expect(resolved.digest).toBe(artifact.digest);
    expect(resolved.manifest?.digest).toBe(artifact.digest);
    expect(stub.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('honours Retry-After on a 429 through the injected sleep', async () => {
    const artifact = stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.faults.push({ method: 'HEAD', path: '/manifests/', status: 429, headers: { 'retry-after': '2' }, times: 1 });
    const { client: c, sleep } = client();
    expect((await c.resolveDigest(parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`))).digest).toBe(
      artifact.digest,
    );
    expect(sleep.sleeps).toEqual([2000]);
    expect(stub.count('HEAD')).toBe(2);
  });

  it('backs off exponentially on 503 and gives up after the bounded number of tries', async () => {
    stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.faults.push({ path: '/manifests/', status: 503 });
    const { client: c, sleep } = client();
    const error = await c
      .resolveDigest(parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpRequestError);
    expect((error as HttpRequestError).status).toBe(503);
    expect((error as Error).message).toMatch(/HTTP 503.*after 3 tries/);
    expect(sleep.sleeps).toEqual([1000, 2000]);
    expect(stub.count('HEAD')).toBe(3);
  });

  it('does not wait out a Retry-After longer than the retry budget', async () => {
    stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.faults.push({ path: '/manifests/', status: 429, headers: { 'retry-after': '3600' } });
    const { client: c, sleep } = client();
    await expect(c.resolveDigest(parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`))).rejects.toThrow(
      /HTTP 429.*after 1 try; Retry-After 3600 s would exceed the 30 s retry budget/,
    );
    expect(sleep.sleeps).toEqual([]);
    expect(stub.count('HEAD')).toBe(1);
  });

  it('retries network errors (a closed port) and then fails', async () => {
    const { client: c, sleep } = client();
    await expect(c.resolveDigest(parseRegistryReference('127.0.0.1:9/aquasec/trivy-db:2'))).rejects.toThrow(
      /after 3 tries/,
    );
    expect(sleep.sleeps).toEqual([1000, 2000]);
    expect(c.requests).toBe(3);
  });

  it('does not retry a 404', async () => {
    const { client: c, sleep } = client();
    await expect(c.resolveDigest(parseRegistryReference(`${stub.host}/nope/db:2`))).rejects.toThrow(/HTTP 404/);
    expect(sleep.sleeps).toEqual([]);
    expect(c.requests).toBe(1);
  });

  it('refuses a blob whose bytes do not match the digest, leaving no file', async () => {
    const artifact = stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.corrupt.add(artifact.layerDigests[0]!);
    const { client: c, sleep } = client();
    const ref = parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`);
    const manifest = await c.getManifest(ref, artifact.digest);
    const file = path.join(dir, 'layer.tar.gz');
    const error = await c.downloadBlob(ref, manifest.manifest.layers[0]!, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigestMismatchError);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toMatch(/does not match its digest.*refused/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(sleep.sleeps).toEqual([]); // an integrity failure is not retried
  });

  it('refuses a blob longer than its descriptor says', async () => {
    const artifact = stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    const { client: c } = client();
    const ref = parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`);
    const file = path.join(dir, 'layer.tar.gz');
    await expect(
      c.downloadBlob(ref, { mediaType: TRIVY_DB_LAYER, digest: artifact.layerDigests[0]!, size: 10 }, file),
    ).rejects.toThrow(/announces \d+ bytes, more than the expected 10; refused/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a manifest whose bytes do not match the digest asked for', async () => {
    const artifact = stub.addArtifact('aquasec/trivy-db', '2', [{ mediaType: TRIVY_DB_LAYER, data: layer }]);
    stub.corrupt.add(artifact.digest);
    const { client: c } = client();
    const ref = parseRegistryReference(`${stub.host}/aquasec/trivy-db:2`);
    await expect(c.getManifest(ref, artifact.digest)).rejects.toThrow(
      /the manifest's digest is sha256:[0-9a-f]{64}, not the sha256:[0-9a-f]{64} asked for; refused/,
    );
    await expect(c.getManifest(ref, `sha256:${'0'.repeat(64)}`)).rejects.toThrow(/HTTP 404: MANIFEST_UNKNOWN/);
  });
});
