import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  OCI_MEDIA_TYPES,
  RegistryClient,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  buildBundleReferrer,
  parseOciIndex,
  parseRegistryReference,
  readReferrersTagIndex,
  serializeIndex,
  serializeManifest,
  type OciDescriptor,
} from '@scs/oci';
import { FakeRegistry, sha256 } from './fake-registry.js';

describe('bundle referrers', () => {
  const registry = new FakeRegistry();
  let sleeps: number[];
  let logs: string[];
  let subject: OciDescriptor;
  beforeAll(async () => {
    await registry.start();
  });
  afterAll(() => registry.stop());
  beforeEach(() => {
    registry.reset();
    sleeps = [];
    logs = [];
    const bytes = serializeManifest({
      schemaVersion: 2,
      config: { mediaType: OCI_MEDIA_TYPES.empty, digest: sha256('{}'), size: 2 },
      layers: [],
    });
    subject = {
      mediaType: OCI_MEDIA_TYPES.manifest,
      digest: registry.putManifest('org/app', bytes, OCI_MEDIA_TYPES.manifest, 'v1'),
      size: bytes.length,
    };
  });

  const client = () =>
    new RegistryClient({ sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, log: (m) => logs.push(m) });
  const ref = () => parseRegistryReference(`${registry.host}/org/app:v1`);
  const tag = () => subject.digest.replace(':', '-');
  const bundle = (n: number) => Buffer.from(JSON.stringify({ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, n }));
  const dsse = (n: number, created = '2026-11-26T17:00:00Z') => ({
    bundle: bundle(n),
    content: 'dsse-envelope' as const,
    predicateType: 'https://slsa.dev/provenance/v1',
    created,
  });
  const tagIndex = () =>
    parseOciIndex(registry.manifests.get(`org/app@${registry.tags.get(`org/app:${tag()}`)}`)!.bytes, null, 'tag index')
      .index;

  describe('without the referrers API (tag schema)', () => {
    it('pushes layer, empty config and manifest, then writes the sha256-<hex> tag index', async () => {
      const c = client();
      const attached = await c.attachReferrer(ref(), subject, dsse(1));
      const built = buildBundleReferrer({ ...dsse(1), subject });
      expect(attached).toEqual({
        manifestDigest: built.digest,
        via: 'tag-schema',
        location: `${registry.host}/org/app@${built.digest}`,
        alreadyPresent: false,
        indexDigest: registry.tags.get(`org/app:${tag()}`),
      });
      expect(registry.blobs.get(built.layer.digest)?.equals(bundle(1))).toBe(true);
      expect(registry.blobs.get(built.config.digest)?.toString()).toBe('{}');
      expect(registry.manifests.get(`org/app@${built.digest}`)?.bytes.equals(built.bytes)).toBe(true);
      expect(tagIndex().manifests).toEqual([built.descriptor]);
      // The index went up with the index media type.
      expect(registry.requests.find((r) => r.method === 'PUT' && r.path.endsWith(tag()))?.contentType).toBe(
        OCI_MEDIA_TYPES.index,
      );
    });

    it('lists two bundles with their annotations, and attaching one again changes nothing', async () => {
      const c = client();
      const first = await c.attachReferrer(ref(), subject, dsse(1));
      const second = await c.attachReferrer(ref(), subject, {
        bundle: bundle(2),
        content: 'message-signature',
        created: '2026-11-26T17:01:00Z',
      });
      // Same bundle, another created time (a re-run): still one entry.
      const again = await c.attachReferrer(ref(), subject, dsse(1, '2026-11-27T00:00:00Z'));
      expect(again).toMatchObject({ manifestDigest: first.manifestDigest, alreadyPresent: true, via: 'tag-schema' });
      const listing = await c.listReferrers(ref(), subject.digest, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
      expect(listing.via).toBe('tag-schema');
      expect(listing.referrers.map((r) => [r.digest, r.annotations])).toEqual([
        [
          first.manifestDigest,
          {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
            'org.opencontainers.image.created': '2026-11-26T17:00:00Z',
          },
        ],
        [
          second.manifestDigest,
          {
            'dev.sigstore.bundle.content': 'message-signature',
            'org.opencontainers.image.created': '2026-11-26T17:01:00Z',
          },
        ],
      ]);
      expect(tagIndex().manifests).toHaveLength(2);
    });

    it('filters by artifactType and keeps other tools’ entries', async () => {
      const foreign = serializeManifest({
        schemaVersion: 2,
        artifactType: 'application/spdx+json',
        config: { mediaType: OCI_MEDIA_TYPES.empty, digest: sha256('{}'), size: 2 },
        layers: [],
        subject,
      });
      const foreignDigest = registry.putManifest('org/app', foreign, OCI_MEDIA_TYPES.manifest);
      const foreignEntry = {
        mediaType: OCI_MEDIA_TYPES.manifest,
        artifactType: 'application/spdx+json',
        digest: foreignDigest,
        size: foreign.length,
      };
      registry.putManifest(
        'org/app',
        serializeIndex({ schemaVersion: 2, manifests: [foreignEntry] }),
        OCI_MEDIA_TYPES.index,
        tag(),
      );
      const c = client();
      await c.attachReferrer(ref(), subject, dsse(1));
      expect(tagIndex().manifests.map((m) => m.artifactType)).toEqual([
        'application/spdx+json',
        SIGSTORE_BUNDLE_MEDIA_TYPE,
      ]);
      expect(
        (await c.listReferrers(ref(), subject.digest, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE })).referrers,
      ).toHaveLength(1);
      expect((await c.listReferrers(ref(), subject.digest)).referrers).toHaveLength(2);
    });

    it('merges again when a concurrent writer overwrote the tag index after our write', async () => {
      const c = client();
      let overwritten = false;
      registry.afterTagPut = (repo, t) => {
        if (t !== tag() || overwritten) return;
        overwritten = true;
        // Another job read the index before our write and now writes its own merge, without our entry.
        const other = buildBundleReferrer({ ...dsse(99), subject });
        registry.putManifest(repo, other.bytes, OCI_MEDIA_TYPES.manifest);
        registry.putManifest(
          repo,
          serializeIndex({ schemaVersion: 2, manifests: [other.descriptor] }),
          OCI_MEDIA_TYPES.index,
          t,
        );
      };
      const attached = await c.attachReferrer(ref(), subject, dsse(1));
      expect(attached.via).toBe('tag-schema');
      expect(tagIndex().manifests.map((m) => m.digest)).toEqual([
        buildBundleReferrer({ ...dsse(99), subject }).digest,
        attached.manifestDigest,
      ]);
      expect(logs.some((l) => /was overwritten by another writer/.test(l))).toBe(true);
      // The loss is seen right after the first write: a backoff, the second write, then the settle delay and a last check.
      expect(sleeps).toEqual([563, 875]);
    });

    it('catches a writer that read before our write and writes after our first check (settle delay)', async () => {
      const other = buildBundleReferrer({ ...dsse(98), subject });
      registry.putManifest('org/app', other.bytes, OCI_MEDIA_TYPES.manifest);
      let settles = 0;
      // The other writer's stale index (without ours) lands while we settle: after our write and our first re-read.
      const slow = new RegistryClient({
        random: () => 1,
        sleep: async (ms) => {
          sleeps.push(ms);
          if (ms === 1000 && settles++ === 0) {
            registry.putManifest(
              'org/app',
              serializeIndex({ schemaVersion: 2, manifests: [other.descriptor] }),
              OCI_MEDIA_TYPES.index,
              tag(),
            );
          }
        },
      });
      const attached = await slow.attachReferrer(ref(), subject, dsse(1));
      expect(tagIndex().manifests.map((m) => m.digest)).toEqual([other.digest, attached.manifestDigest]);
      expect(registry.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(tag()))).toHaveLength(2);
    });

    it('sends If-Match with the ETag it read, and merges again on 412', async () => {
      const c = client();
      await c.attachReferrer(ref(), subject, dsse(1));
      const before = registry.tags.get(`org/app:${tag()}`);
      registry.faults.push({ method: 'PUT', path: `/manifests/${tag()}`, status: 412, times: 1 });
      registry.requests.length = 0;
      const second = await c.attachReferrer(ref(), subject, dsse(2));
      expect(second.via).toBe('tag-schema');
      expect(tagIndex().manifests).toHaveLength(2);
      const puts = registry.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(tag()));
      expect(puts.map((r) => r.ifMatch)).toEqual([`"${before}"`, `"${before}"`]);
      expect(logs.some((l) => /changed while merging/.test(l))).toBe(true);
    });

    it('gives up after the bounded number of tries when other writers keep winning', async () => {
      const c = client();
      let n = 0;
      registry.afterTagPut = (repo, t) => {
        if (t !== tag()) return;
        const other = buildBundleReferrer({ ...dsse(100 + n++), subject });
        registry.putManifest(repo, other.bytes, OCI_MEDIA_TYPES.manifest);
        registry.putManifest(
          repo,
          serializeIndex({ schemaVersion: 2, manifests: [other.descriptor] }),
          OCI_MEDIA_TYPES.index,
          t,
        );
      };
      await expect(c.attachReferrer(ref(), subject, dsse(1), { tagIndexAttempts: 3 })).rejects.toThrow(
        /could not list the referrer sha256:[0-9a-f]{64} in the tag sha256-[0-9a-f]{64} after 3 writes: other writers kept changing it/,
      );
      expect(registry.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(tag()))).toHaveLength(3);
    });

    it('leaves alone a sha256-<hex> tag that is not an index', async () => {
      const notIndex = serializeManifest({
        schemaVersion: 2,
        config: { mediaType: OCI_MEDIA_TYPES.empty, digest: sha256('{}'), size: 2 },
        layers: [],
      });
      registry.putManifest('org/app', notIndex, OCI_MEDIA_TYPES.manifest, tag());
      await expect(client().attachReferrer(ref(), subject, dsse(1))).rejects.toThrow(
        /is not an image index .* it is not a referrers tag, so it is left alone/,
      );
      expect(registry.tags.get(`org/app:${tag()}`)).toBe(sha256(notIndex));
    });

    it('ignores a listed referrer that is gone when checking for the same bundle', async () => {
      const dangling = { ...buildBundleReferrer({ ...dsse(7), subject }).descriptor };
      registry.putManifest(
        'org/app',
        serializeIndex({ schemaVersion: 2, manifests: [dangling] }),
        OCI_MEDIA_TYPES.index,
        tag(),
      );
      const attached = await client().attachReferrer(ref(), subject, dsse(1));
      expect(attached.alreadyPresent).toBe(false);
      expect(tagIndex().manifests.map((m) => m.digest)).toEqual([dangling.digest, attached.manifestDigest]);
    });

    it('does not hide an auth failure while checking for the same bundle', async () => {
      await client().attachReferrer(ref(), subject, dsse(1));
      const listed = tagIndex().manifests[0]!.digest;
      registry.faults.push({ method: 'GET', path: `/manifests/${listed}`, status: 403 });
      await expect(client().attachReferrer(ref(), subject, dsse(2))).rejects.toThrow(/HTTP 403/);
    });

    it('says so when a registry refuses OCI 1.1 artifacts', async () => {
      registry.faults.push({
        method: 'PUT',
        path: '/manifests/sha256:',
        status: 400,
        body: JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] }),
      });
      await expect(client().attachReferrer(ref(), subject, dsse(1))).rejects.toThrow(
        /refused the bundle referrer manifest \(PUT .*HTTP 400: MANIFEST_INVALID manifest invalid\); it may not support OCI image-spec 1\.1 artifacts/,
      );
      expect(registry.tags.has(`org/app:${tag()}`)).toBe(false);
    });

    it('reads an absent tag index as none', async () => {
      await expect(readReferrersTagIndex(client(), ref(), subject.digest)).resolves.toBeUndefined();
      await expect(client().listReferrers(ref(), subject.digest)).resolves.toEqual({
        via: 'tag-schema',
        referrers: [],
      });
    });

    it('finds cosign’s legacy .sig and .att tags', async () => {
      const sig = serializeManifest({
        schemaVersion: 2,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256('{}'), size: 2 },
        layers: [],
      });
      const sigDigest = registry.putManifest('org/app', sig, OCI_MEDIA_TYPES.manifest, `${tag()}.sig`);
      await expect(client().legacyCosignTags(ref(), subject.digest)).resolves.toEqual({
        sig: { digest: sigDigest, mediaType: OCI_MEDIA_TYPES.manifest, size: sig.length, tag: `${tag()}.sig` },
      });
    });
  });

  describe('with the referrers API', () => {
    beforeEach(() => {
      registry.referrersApi = true;
    });

    it('lets the registry index the referrer (OCI-Subject) and writes no tag', async () => {
      const c = client();
      const attached = await c.attachReferrer(ref(), subject, dsse(1));
      expect(attached.via).toBe('referrers-api');
      expect(registry.tags.has(`org/app:${tag()}`)).toBe(false);
      const listing = await c.listReferrers(ref(), subject.digest, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
      expect(listing).toEqual({
        via: 'referrers-api',
        referrers: [
          expect.objectContaining({ digest: attached.manifestDigest, artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE }),
        ],
      });
      await expect(c.attachReferrer(ref(), subject, dsse(1))).resolves.toMatchObject({
        alreadyPresent: true,
        via: 'referrers-api',
      });
    });

    it('follows the Link pagination', async () => {
      registry.referrersPageSize = 2;
      const c = client();
      const digests: string[] = [];
      for (let n = 1; n <= 5; n++) digests.push((await c.attachReferrer(ref(), subject, dsse(n))).manifestDigest);
      registry.requests.length = 0;
      const listing = await c.listReferrers(ref(), subject.digest);
      expect(listing.referrers.map((r) => r.digest).sort()).toEqual([...digests].sort());
      expect(registry.requests.filter((r) => r.path.includes('/referrers/'))).toHaveLength(3);
    });
  });
});
