import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { InfrastructureError } from '@scs/action-kit';
import {
  EMPTY_CONFIG_BYTES,
  HttpRequestError,
  OCI_MEDIA_TYPES,
  RegistryAuthError,
  RegistryClient,
  backoffDelay,
  credentialChain,
  parseRegistryReference,
  registryClientForAction,
  serializeIndex,
  serializeManifest,
  type RegistryClientOptions,
  type RegistryCredential,
} from '@scs/oci';
import { FakeRegistry, sha256 } from './fake-registry.js';

describe('RegistryClient against a loopback registry', () => {
  const registry = new FakeRegistry();
  let sleeps: number[];
  let secrets: string[];
  let logs: string[];
  beforeAll(async () => {
    await registry.start();
  });
  afterAll(() => registry.stop());
  beforeEach(() => {
    registry.reset();
    sleeps = [];
    secrets = [];
    logs = [];
  });

  const client = (options: RegistryClientOptions = {}) =>
    new RegistryClient({
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
      onSecret: (s) => secrets.push(s),
      log: (m) => logs.push(m),
      ...options,
    });
  const ref = (path = 'org/app:v1') => parseRegistryReference(`${registry.host}/${path}`);
  const withCredential = (credential: RegistryCredential | undefined) =>
    client({ credentials: async () => credential });

  /** Stores a one-layer image and returns its manifest digest and size. */
  const seedImage = (repo = 'org/app', tag = 'v1') => {
    const layer = Buffer.from(`layer of ${repo}`);
    registry.blobs.set(sha256(layer), layer);
    registry.blobs.set(sha256(EMPTY_CONFIG_BYTES), EMPTY_CONFIG_BYTES);
    const bytes = serializeManifest({
      schemaVersion: 2,
      config: { mediaType: OCI_MEDIA_TYPES.empty, digest: sha256(EMPTY_CONFIG_BYTES), size: 2 },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(layer), size: layer.length }],
    });
    return { digest: registry.putManifest(repo, bytes, OCI_MEDIA_TYPES.manifest, tag), size: bytes.length, layer };
  };

  describe('resolving', () => {
    it('resolves a tag with one HEAD to digest, media type and size', async () => {
      const image = seedImage();
      const c = client();
      await expect(c.resolveDigest(ref())).resolves.toEqual({
        digest: image.digest,
        mediaType: OCI_MEDIA_TYPES.manifest,
        size: image.size,
      });
      expect(registry.log()).toEqual(['HEAD /v2/org/app/manifests/v1']);
    });

    it('lists the platforms of an image index, leaving out buildx attestation manifests', async () => {
      const amd = seedImage('org/multi', 'amd');
      const arm = seedImage('org/multi', 'arm');
      const index = serializeIndex({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: OCI_MEDIA_TYPES.manifest,
            digest: amd.digest,
            size: amd.size,
            platform: { os: 'linux', architecture: 'amd64' },
          },
          {
            mediaType: OCI_MEDIA_TYPES.manifest,
            digest: arm.digest,
            size: arm.size,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
          },
          {
            mediaType: OCI_MEDIA_TYPES.manifest,
            digest: arm.digest,
            size: arm.size,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
          },
        ],
      });
      const digest = registry.putManifest('org/multi', index, OCI_MEDIA_TYPES.index, 'v1');
      const image = await client().resolveImage(ref('org/multi:v1'));
      expect(image).toEqual({
        digest,
        mediaType: OCI_MEDIA_TYPES.index,
        size: index.length,
        isIndex: true,
        platforms: [
          {
            digest: amd.digest,
            mediaType: OCI_MEDIA_TYPES.manifest,
            size: amd.size,
            platform: { os: 'linux', architecture: 'amd64' },
          },
          {
            digest: arm.digest,
            mediaType: OCI_MEDIA_TYPES.manifest,
            size: arm.size,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
          },
        ],
      });
      expect(registry.log()).toEqual(['HEAD /v2/org/multi/manifests/v1', `GET /v2/org/multi/manifests/${digest}`]);
    });

    it('falls back to a GET when HEAD is not allowed, and checks Docker-Content-Digest against the bytes', async () => {
      const image = seedImage();
      registry.faults.push({ method: 'HEAD', path: '/manifests/', status: 405 });
      await expect(client().resolveDigest(ref())).resolves.toMatchObject({ digest: image.digest, size: image.size });
      registry.faults.push({ method: 'HEAD', path: '/manifests/', status: 405 });
      registry.faults.push({
        method: 'GET',
        path: '/manifests/',
        status: 200,
        headers: { 'docker-content-digest': `sha256:${'0'.repeat(64)}` },
        body: '{"x":1}',
      });
      await expect(client().resolveDigest(ref())).rejects.toThrow(
        /Docker-Content-Digest sha256:0{64} does not match the manifest's bytes/,
      );
    });

    it('refuses a manifest whose bytes do not hash to the digest asked for', async () => {
      const image = seedImage();
      registry.faults.push({
        method: 'GET',
        path: image.digest,
        status: 200,
        headers: { 'content-type': OCI_MEDIA_TYPES.manifest },
        body: '{"schemaVersion":2}',
      });
      await expect(client().getManifest(ref(), image.digest)).rejects.toThrow(
        /the manifest's digest is sha256:[0-9a-f]{64}, not the sha256:[0-9a-f]{64} asked for; refused/,
      );
    });

    it('says which image does not exist', async () => {
      await expect(client().resolveDigest(ref('org/nope:v1'))).rejects.toThrow(
        /HTTP 404 \(127\.0\.0\.1:\d+\/org\/nope:v1 does not exist/,
      );
      expect(sleeps).toEqual([]);
    });
  });

  describe('authentication', () => {
    it('answers a Bearer challenge with an anonymous pull token, once per repository', async () => {
      const image = seedImage();
      registry.auth = 'bearer';
      const c = client();
      await c.resolveDigest(ref());
      await c.getManifest(ref(), image.digest);
      expect(registry.log()).toEqual([
        'HEAD /v2/org/app/manifests/v1',
        'GET /token',
        'HEAD /v2/org/app/manifests/v1 (bearer:pull)',
        `GET /v2/org/app/manifests/${image.digest} (bearer:pull)`,
      ]);
    });

    it('gets a pull,push token with the credentials when pushing, Basic at the token service', async () => {
      registry.auth = 'bearer';
      registry.users.set('ci', 'pw-123');
      const c = withCredential({ kind: 'basic', username: 'ci', password: 'pw-123', source: 'test' });
      const descriptor = await c.pushBlob(ref(), Buffer.from('hello'));
      expect(descriptor).toEqual({ mediaType: 'application/octet-stream', digest: sha256('hello'), size: 5 });
      expect(registry.log()).toEqual([
        `HEAD /v2/org/app/blobs/${sha256('hello')}`,
        'GET /token (basic)',
        `HEAD /v2/org/app/blobs/${sha256('hello')} (bearer:pull,push)`,
        'POST /v2/org/app/blobs/uploads/ (bearer:pull,push)',
        expect.stringMatching(
          new RegExp(
            `^PUT /v2/org/app/blobs/uploads/[0-9a-f-]+\\?_state=…&digest=sha256%3A[0-9a-f]{64} \\(bearer:pull,push\\)$`,
          ),
        ),
      ]);
      // Both the password and the token were handed to onSecret before use.
      expect(secrets[0]).toBe('pw-123');
      expect(secrets[1]).toMatch(/^tok-/);
      expect(logs.join('\n')).not.toMatch(/pw-123|tok-/);
    });

    it('replaces an expired token once, then gives up on a token it was just issued', async () => {
      const image = seedImage();
      registry.auth = 'bearer';
      registry.users.set('ci', 'pw');
      const c = withCredential({ kind: 'basic', username: 'ci', password: 'pw', source: 'test' });
      await c.resolveDigest(ref());
      registry.expireTokens();
      await expect(c.getManifest(ref(), image.digest)).resolves.toMatchObject({ digest: image.digest });
      expect(registry.log().filter((l) => l.startsWith('GET /token'))).toHaveLength(2);
      // A registry that refuses even a fresh token: one new token, then a clear error.
      registry.faults.push({
        path: '/manifests/',
        status: 401,
        headers: { 'www-authenticate': `Bearer realm="http://${registry.host}/token",service="fake"` },
      });
      await expect(c.getManifest(ref(), image.digest)).rejects.toThrow(
        /HTTP 401 \(the registry refused the token it issued for pull\)/,
      );
      expect(registry.log().filter((l) => l.startsWith('GET /token'))).toHaveLength(3);
    });

    it('asks for a push token when it only has a pull token', async () => {
      const image = seedImage();
      registry.auth = 'bearer';
      registry.users.set('ci', 'pw');
      const c = withCredential({ kind: 'basic', username: 'ci', password: 'pw', source: 'test' });
      await c.resolveDigest(ref());
      await c.pushManifest(
        ref(),
        Buffer.from(registry.manifests.get(`org/app@${image.digest}`)!.bytes),
        OCI_MEDIA_TYPES.manifest,
        'v2',
      );
      expect(registry.log().filter((l) => l.startsWith('GET /token'))).toHaveLength(2);
      expect(registry.log().at(-1)).toBe('PUT /v2/org/app/manifests/v2 (bearer:pull,push)');
    });

    it('exchanges an identity token with the OAuth2 refresh-token grant', async () => {
      seedImage();
      registry.auth = 'bearer';
      registry.anonymousPull = false;
      registry.refreshTokens.add('refresh-xyz');
      const c = withCredential({ kind: 'identity-token', token: 'refresh-xyz', source: 'test' });
      await expect(c.resolveDigest(ref())).resolves.toMatchObject({ size: expect.any(Number) });
      expect(registry.log()).toContain('POST /token');
      expect(secrets).toContain('refresh-xyz');
    });

    it('answers a Basic challenge with the credentials', async () => {
      seedImage();
      registry.auth = 'basic';
      registry.users.set('ci', 'pw');
      const c = withCredential({ kind: 'basic', username: 'ci', password: 'pw', source: 'test' });
      await c.resolveDigest(ref());
      await c.resolveDigest(ref());
      expect(registry.log()).toEqual([
        'HEAD /v2/org/app/manifests/v1',
        'HEAD /v2/org/app/manifests/v1 (basic)',
        'HEAD /v2/org/app/manifests/v1 (basic)',
      ]);
    });

    it('names the registry and the fix when it wants credentials and has none, without retrying', async () => {
      seedImage();
      registry.auth = 'basic';
      const error = (await client()
        .resolveDigest(ref())
        .catch((e: unknown) => e)) as RegistryAuthError;
      expect(error).toBeInstanceOf(RegistryAuthError);
      expect(error).toBeInstanceOf(InfrastructureError);
      expect(error.status).toBe(401);
      expect(error.registry).toBe(registry.host);
      expect(error.message).toMatch(
        new RegExp(
          `no credentials for ${registry.host.replace(/\./g, '\\.')}\\): run docker login ${registry.host.replace(/\./g, '\\.')}`,
        ),
      );
      expect(sleeps).toEqual([]);
    });

    it('says the credentials were refused, and never shows them', async () => {
      seedImage();
      registry.auth = 'bearer';
      registry.users.set('ci', 'right');
      const c = withCredential({
        kind: 'basic',
        username: 'ci',
        password: 'wrong-password-value',
        source: 'the docker config',
      });
      const error = (await c.pushBlob(ref(), Buffer.from('x')).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(RegistryAuthError);
      expect(error.message).toMatch(/token service refused the credentials from the docker config for push/);
      expect(error.message).not.toContain('wrong-password-value');
      expect(error.message).not.toContain(Buffer.from('ci:wrong-password-value').toString('base64'));
      expect(sleeps).toEqual([]);
    });

    it('turns a 403 into advice about permissions (ghcr.io: packages: write)', async () => {
      registry.auth = 'basic';
      registry.users.set('reader', 'pw');
      registry.readOnlyUsers.add('reader');
      const c = withCredential({ kind: 'basic', username: 'reader', password: 'pw', source: 'test' });
      const error = (await c.pushBlob(ref(), Buffer.from('x')).catch((e: unknown) => e)) as RegistryAuthError;
      expect(error).toBeInstanceOf(RegistryAuthError);
      expect(error.status).toBe(403);
      expect(error.access).toBe('push');
      expect(error.message).toMatch(/HTTP 403: DENIED .*\(push denied at 127\.0\.0\.1:\d+\)/);
    });

    it('gives ghcr.io-specific advice', async () => {
      const { authAdvice } = await import('@scs/oci');
      expect(authAdvice('ghcr.io', 'push', false)).toMatch(/permissions: packages: write/);
      expect(authAdvice('ghcr.io', 'pull', false)).toMatch(/permissions: packages: read/);
      expect(authAdvice('quay.io', 'push', true)).toMatch(/docker login quay.io/);
    });

    it('uses the credential chain: a GitHub token for ghcr.io never reaches another registry', async () => {
      seedImage();
      registry.auth = 'basic';
      const asked: string[] = [];
      const chain = credentialChain({ githubToken: 'ghs_secret', dockerConfig: false });
      const c = client({ credentials: async (host) => (asked.push(host), chain(host)) });
      await expect(c.resolveDigest(ref())).rejects.toThrow(RegistryAuthError);
      expect(asked).toEqual([registry.host]);
      expect(secrets).toEqual([]);
    });
  });

  describe('retries', () => {
    it('backs off exponentially with jitter on 503, then gives up with a clear error', async () => {
      seedImage();
      registry.faults.push({ path: '/manifests/', status: 503 });
      const error = (await client()
        .resolveDigest(ref())
        .catch((e: unknown) => e)) as HttpRequestError;
      expect(error).toBeInstanceOf(HttpRequestError);
      expect(error.message).toMatch(/HTTP 503.*after 3 tries/);
      // Default jitter 0.5 with random() = 0.5: 75 % of 1 s, 2 s.
      expect(sleeps).toEqual([750, 1500]);
    });

    it('honours Retry-After on a 429 exactly (no jitter)', async () => {
      const image = seedImage();
      registry.faults.push({
        method: 'HEAD',
        path: '/manifests/',
        status: 429,
        headers: { 'retry-after': '3' },
        times: 1,
      });
      await expect(client().resolveDigest(ref())).resolves.toMatchObject({ digest: image.digest });
      expect(sleeps).toEqual([3000]);
    });

    it('retries an upload from the POST when the PUT fails with a 5xx', async () => {
      registry.faults.push({ method: 'PUT', path: '/blobs/uploads/', status: 502, times: 1 });
      await expect(client().pushBlob(ref(), Buffer.from('data'))).resolves.toMatchObject({ digest: sha256('data') });
      expect(registry.log().filter((l) => l.startsWith('POST'))).toHaveLength(2);
      expect(registry.blobs.get(sha256('data'))?.toString()).toBe('data');
    });

    it('retries network errors (a closed port)', async () => {
      const c = client();
      await expect(c.resolveDigest(parseRegistryReference('127.0.0.1:9/org/app:v1'))).rejects.toThrow(/after 3 tries/);
      expect(c.requests).toBe(3);
    });

    it('computes jittered delays within [delay × (1 − jitter), delay]', () => {
      const policy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 4000, budgetMs: 60000, jitter: 0.5 };
      expect(backoffDelay(1, policy, () => 0)).toBe(1000);
      expect(backoffDelay(1, policy, () => 0.999)).toBeGreaterThanOrEqual(500);
      expect(backoffDelay(1, policy, () => 0.999)).toBeLessThanOrEqual(501);
      expect(backoffDelay(3, policy, () => 0.5)).toBe(3000);
      expect(backoffDelay(4, policy, () => 0)).toBe(4000);
      expect(backoffDelay(2, { ...policy, jitter: 0 }, () => 0.9)).toBe(2000);
    });
  });

  describe('pushing', () => {
    it('skips a blob the repository already has', async () => {
      const c = client();
      await c.pushBlob(ref(), Buffer.from('same'));
      registry.requests.length = 0;
      await c.pushBlob(ref(), Buffer.from('same'));
      expect(registry.log()).toEqual([`HEAD /v2/org/app/blobs/${sha256('same')}`]);
    });

    it('follows an absolute upload Location', async () => {
      registry.absoluteLocation = true;
      await client().pushBlob(ref(), Buffer.from('abs'));
      expect(registry.blobs.has(sha256('abs'))).toBe(true);
    });

    it('does not send the registry credentials to an upload Location on another origin', async () => {
      registry.auth = 'basic';
      registry.users.set('ci', 'pw');
      const storage = new FakeRegistry();
      await storage.start();
      try {
        registry.uploadOrigin = `http://${storage.host}`;
        const c = withCredential({ kind: 'basic', username: 'ci', password: 'pw', source: 'test' });
        await expect(c.pushBlob(ref(), Buffer.from('elsewhere'))).resolves.toMatchObject({
          digest: sha256('elsewhere'),
        });
        expect(storage.requests).toEqual([expect.objectContaining({ method: 'PUT' })]);
        expect(storage.requests[0]!.auth).toBeUndefined();
        expect(storage.blobs.has(sha256('elsewhere'))).toBe(true);
        // The POST to the registry itself carried them.
        expect(registry.log()).toContain('POST /v2/org/app/blobs/uploads/ (basic)');
      } finally {
        await storage.stop();
      }
    });

    it('refuses a plain-HTTP upload Location on a non-loopback host', async () => {
      registry.uploadOrigin = 'http://storage.example.com';
      await expect(client().pushBlob(ref(), Buffer.from('x'))).rejects.toThrow(
        /refusing the upload location http:\/\/storage\.example\.com\/v2\/org\/app\/blobs\/uploads\/[0-9a-f-]+ \(HTTPS required except on loopback\)/,
      );
    });

    it('pushes a manifest by tag and by digest with its media type, digest computed locally', async () => {
      const bytes = serializeManifest({
        schemaVersion: 2,
        config: { mediaType: OCI_MEDIA_TYPES.empty, digest: sha256('{}'), size: 2 },
        layers: [],
      });
      const c = client();
      const byTag = await c.pushManifest(ref(), bytes, OCI_MEDIA_TYPES.manifest, 'v9');
      expect(byTag).toMatchObject({ digest: sha256(bytes), mediaType: OCI_MEDIA_TYPES.manifest, size: bytes.length });
      expect(registry.requests.at(-1)).toMatchObject({
        method: 'PUT',
        path: '/v2/org/app/manifests/v9',
        contentType: OCI_MEDIA_TYPES.manifest,
      });
      const byDigest = await c.pushManifest(ref(), bytes, OCI_MEDIA_TYPES.manifest);
      expect(byDigest.location).toBe(`http://${registry.host}/v2/org/app/manifests/${sha256(bytes)}`);
      await expect(c.pushManifest(ref(), bytes, OCI_MEDIA_TYPES.manifest, `sha256:${'1'.repeat(64)}`)).rejects.toThrow(
        /refused/,
      );
    });

    it("refuses a registry's Docker-Content-Digest that is not the manifest's", async () => {
      registry.wrongDigestOnPut = `sha256:${'f'.repeat(64)}`;
      await expect(
        client().pushManifest(ref(), Buffer.from('{"schemaVersion":2}'), OCI_MEDIA_TYPES.manifest, 'v1'),
      ).rejects.toThrow(/the registry stored sha256:f{64} for a manifest whose digest is sha256:[0-9a-f]{64}; refused/);
    });
  });

  describe('blobs', () => {
    it('fetches a blob, checking size and digest, within a byte cap', async () => {
      const image = seedImage();
      const descriptor = { mediaType: 'x', digest: sha256(image.layer), size: image.layer.length };
      const c = client();
      expect((await c.fetchBlob(ref(), descriptor)).equals(image.layer)).toBe(true);
      await expect(c.fetchBlob(ref(), descriptor, { maxBytes: 3 })).rejects.toThrow(
        /over the 3-byte limit; not fetched/,
      );
      registry.blobs.set(descriptor.digest, Buffer.from('tampered!'));
      await expect(c.fetchBlob(ref(), { ...descriptor, size: 9 })).rejects.toThrow(
        /does not match its digest.*refused/,
      );
      registry.blobs.set(descriptor.digest, Buffer.concat([image.layer, Buffer.from('more')]));
      await expect(c.fetchBlob(ref(), descriptor)).rejects.toThrow(/over the \d+-byte limit; refused/);
      expect(sleeps).toEqual([]);
    });

    it('drops a blob transfer that falls silent at the idle deadline, and retries it', async () => {
      const body = Buffer.from('a blob that stops half-way');
      const digest = sha256(body);
      let sent = 0;
      // A stand-in registry whose blob answers send a few bytes and then nothing.
      const stalling = async (): Promise<Response> => {
        sent++;
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(body.subarray(0, 5));
          },
        });
        return new Response(stream, { status: 200, headers: { 'content-length': String(body.length) } });
      };
      const c = client({ fetch: stalling as typeof fetch, blobIdleTimeoutMs: 200, retry: { attempts: 2 } });
      const started = Date.now();
      await expect(
        c.fetchBlob(parseRegistryReference('127.0.0.1:1/org/app:v1'), { mediaType: 'x', digest, size: body.length }),
      ).rejects.toThrow(/the answer broke off \(no data for 200 ms\).*\(after 2 tries\)/);
      expect(sent).toBe(2);
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });
});

describe('registryClientForAction (the client every action builds)', () => {
  const registry = new FakeRegistry();
  beforeAll(async () => {
    await registry.start();
  });
  afterAll(() => registry.stop());

  it("uses the step's login through the credential chain, masks it before use and logs without it", async () => {
    registry.reset();
    registry.auth = 'basic';
    registry.users.set('ci', 'pw-action');
    const masked: string[] = [];
    const debug: string[] = [];
    const layer = Buffer.from('layer');
    registry.blobs.set(sha256(layer), layer);
    const c = registryClientForAction(
      { registryUsername: 'ci', registryPassword: 'pw-action', githubToken: 'ghs_unused' },
      'octocat',
      { mask: (s) => masked.push(s), debug: (m) => debug.push(m), options: { sleep: async () => undefined } },
    );
    const ref = parseRegistryReference(`${registry.host}/org/app:v1`);
    expect(await c.blobExists(ref, sha256(layer))).toBe(true);
    expect(masked).toEqual(['pw-action']);
    expect(debug.join('\n')).not.toContain('pw-action');
    expect(() =>
      registryClientForAction({ registryUsername: 'ci' }, undefined, { mask: () => undefined, debug: () => undefined }),
    ).toThrow(/need both a username and a password/);
  });
});

describe('redirect policy (issue 13, item 6)', () => {
  it('refuses a manifest request redirected from https to plain http, without a request there', async () => {
    const asked: string[] = [];
    const fetchDouble = async (input: string | URL | Request) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      return url.startsWith('https://registry.example/')
        ? new Response('', {
            status: 302,
            headers: { location: 'http://mirror.example/v2/aquasecurity/trivy-db/manifests/2' },
          })
        : new Response('{}', { status: 200, headers: { 'content-type': OCI_MEDIA_TYPES.manifest } });
    };
    const c = new RegistryClient({ fetch: fetchDouble as typeof fetch, sleep: async () => undefined });
    await expect(c.getManifest(parseRegistryReference('registry.example/aquasecurity/trivy-db:2'))).rejects.toThrow(
      /redirected from https:\/\/registry\.example\/v2\/aquasecurity\/trivy-db\/manifests\/2 to http:\/\/mirror\.example\/v2\/aquasecurity\/trivy-db\/manifests\/2 — a downgrade from HTTPS to plain HTTP is refused/,
    );
    expect(asked.every((u) => u.startsWith('https://registry.example/'))).toBe(true);
  });
});
