/**
 * @scs/oci against the real loopback docker-registry (Debian's
 * distribution 2.8, no referrers API): resolve the test images (a single
 * manifest and the multi-platform index), push an image, attach Sigstore
 * bundles as referrers through the sha256-<hex> tag schema (two bundles,
 * one attached twice, concurrent writers), list them back with their
 * annotations, fetch a bundle layer by digest, find cosign's legacy tags.
 * Then a second registry with htpasswd (bcrypt) Basic auth: anonymous,
 * wrong and right credentials, from the docker config and from a
 * credential helper.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EMPTY_CONFIG_BYTES,
  OCI_MEDIA_TYPES,
  RegistryAuthError,
  RegistryClient,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  credentialChain,
  parseRegistryReference,
  referenceWithDigest,
  serializeManifest,
  sha256Digest,
  type OciDescriptor,
} from '@scs/oci';
import { htpasswdLine, registryBinary, startRegistry, type Registry } from '../support/registry.js';
import { requireInfra, requireMultiPlatformImage, testImage } from '../support/test-tools.js';

const infra = requireInfra();
const multi = infra ? requireMultiPlatformImage(infra) : undefined;
const describeWithRegistry = infra ? describe : describe.skip;
const describeWithMulti = infra && multi ? describe : describe.skip;

const client = () => new RegistryClient({ retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 } });
/** A short settle delay: loopback writers take milliseconds between their read and their write. */
const FAST = { tagIndexSettleMs: 150, tagIndexBackoffMs: 20 };
const bundle = (n: number) =>
  Buffer.from(
    JSON.stringify({
      mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
      verificationMaterial: { n },
      dsseEnvelope: { payloadType: 'application/vnd.in-toto+json' },
    }),
  );

/** Pushes a small single-layer image with the client (its own repository, so other tests' referrers stay apart). */
async function pushSubject(c: RegistryClient, reference: string, marker: string): Promise<OciDescriptor> {
  const ref = parseRegistryReference(reference);
  const layer = await c.pushBlob(ref, Buffer.from(`subject layer ${marker}`), 'application/vnd.oci.image.layer.v1.tar');
  const config = await c.pushBlob(ref, EMPTY_CONFIG_BYTES, OCI_MEDIA_TYPES.empty);
  const bytes = serializeManifest({ schemaVersion: 2, config, layers: [layer] });
  const pushed = await c.pushManifest(ref, bytes, OCI_MEDIA_TYPES.manifest, ref.tag);
  return { mediaType: pushed.mediaType, digest: pushed.digest, size: pushed.size };
}

describeWithRegistry('OCI registry client against docker-registry', () => {
  it('resolves a tag to the digest the registry reports, with one HEAD', async () => {
    const image = testImage(infra!, 'alpine-app');
    const c = client();
    const resolved = await c.resolveImage(parseRegistryReference(image.ref));
    expect(resolved).toMatchObject({
      digest: image.digest,
      mediaType: OCI_MEDIA_TYPES.manifest,
      isIndex: false,
      platforms: [],
    });
    expect(resolved.size).toBeGreaterThan(0);
    expect(c.requests).toBe(1);
    await expect(c.resolveDigest(parseRegistryReference(image.refByDigest))).resolves.toMatchObject({
      digest: image.digest,
    });
  });

  it('says which image is missing', async () => {
    await expect(
      client().resolveDigest(parseRegistryReference(`${infra!.registry}/alpine-app:no-such-tag`)),
    ).rejects.toThrow(/HTTP 404 .*alpine-app:no-such-tag does not exist/);
  });

  describeWithMulti('the multi-platform image', () => {
    it('resolves to the index and lists linux/amd64 and linux/arm64', async () => {
      const resolved = await client().resolveImage(parseRegistryReference(multi!.ref));
      expect(resolved).toEqual({
        digest: multi!.digest,
        mediaType: OCI_MEDIA_TYPES.index,
        size: multi!.size,
        isIndex: true,
        platforms: multi!.platforms.map((p) => ({
          digest: p.digest,
          mediaType: p.mediaType,
          size: p.size,
          platform: { os: p.os, architecture: p.architecture },
        })),
      });
      expect(resolved.platforms.map((p) => `${p.platform.os}/${p.platform.architecture}`)).toEqual([
        'linux/amd64',
        'linux/arm64',
      ]);
      // Each platform manifest is there, by digest.
      for (const platform of resolved.platforms) {
        const manifest = await client().getManifest(
          referenceWithDigest(parseRegistryReference(multi!.ref), platform.digest),
          platform.digest,
        );
        expect(manifest.manifest.layers).toHaveLength(1);
      }
    });
  });

  describe('bundle referrers (referrers tag schema)', () => {
    const reference = () => `${infra!.registry}/oci-test/referrers:v1`;
    let subject: OciDescriptor;
    beforeAll(async () => {
      subject = await pushSubject(client(), reference(), 'referrers');
    });

    it('has no referrers API: listing goes through the (absent) tag', async () => {
      await expect(client().listReferrers(parseRegistryReference(reference()), subject.digest)).resolves.toEqual({
        via: 'tag-schema',
        referrers: [],
      });
    });

    it('attaches two bundles to one digest, lists them with their annotations, and attaching one again keeps one entry', async () => {
      const ref = parseRegistryReference(reference());
      const c = client();
      const first = await c.attachReferrer(
        ref,
        subject,
        {
          bundle: bundle(1),
          content: 'dsse-envelope',
          predicateType: 'https://slsa.dev/provenance/v1',
          created: '2026-11-26T17:00:00Z',
        },
        FAST,
      );
      const second = await c.attachReferrer(
        ref,
        subject,
        { bundle: bundle(2), content: 'message-signature', created: '2026-11-26T17:00:01Z' },
        FAST,
      );
      expect(first).toMatchObject({
        via: 'tag-schema',
        alreadyPresent: false,
        location: `${infra!.registry}/oci-test/referrers@${first.manifestDigest}`,
      });
      expect(second).toMatchObject({ via: 'tag-schema', alreadyPresent: false });

      const again = await c.attachReferrer(
        ref,
        subject,
        {
          bundle: bundle(1),
          content: 'dsse-envelope',
          predicateType: 'https://slsa.dev/provenance/v1',
          created: '2026-11-26T18:00:00Z',
        },
        FAST,
      );
      expect(again).toMatchObject({ manifestDigest: first.manifestDigest, alreadyPresent: true });

      const listing = await client().listReferrers(ref, subject.digest, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
      expect(listing.via).toBe('tag-schema');
      expect(listing.referrers).toEqual([
        {
          mediaType: OCI_MEDIA_TYPES.manifest,
          artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
          digest: first.manifestDigest,
          size: expect.any(Number),
          annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
            'org.opencontainers.image.created': '2026-11-26T17:00:00Z',
          },
        },
        {
          mediaType: OCI_MEDIA_TYPES.manifest,
          artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
          digest: second.manifestDigest,
          size: expect.any(Number),
          annotations: {
            'dev.sigstore.bundle.content': 'message-signature',
            'org.opencontainers.image.created': '2026-11-26T17:00:01Z',
          },
        },
      ]);

      // The registry kept the referrer manifest as pushed: subject, artifactType, empty config.
      const stored = await client().getManifest(referenceWithDigest(ref, first.manifestDigest), first.manifestDigest);
      expect(stored.manifest).toMatchObject({
        artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
        config: { mediaType: OCI_MEDIA_TYPES.empty, size: 2 },
        subject: { digest: subject.digest, mediaType: subject.mediaType, size: subject.size },
      });

      // The layer comes back byte for byte, checked against its digest.
      const layer = stored.manifest.layers[0]!;
      expect(layer).toMatchObject({
        mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
        digest: sha256Digest(bundle(1)),
        size: bundle(1).length,
      });
      const fetched = await client().fetchBlob(ref, layer, { maxBytes: 64 * 1024 });
      expect(fetched.equals(bundle(1))).toBe(true);
      await expect(client().fetchBlob(ref, layer, { maxBytes: 10 })).rejects.toThrow(/over the 10-byte limit/);
    });

    it('keeps every entry when several jobs attach at the same time', async () => {
      const ref = parseRegistryReference(`${infra!.registry}/oci-test/concurrent:v1`);
      const target = await pushSubject(client(), ref.name, 'concurrent');
      const attached = await Promise.all(
        [10, 11, 12, 13].map((n) =>
          client().attachReferrer(
            ref,
            target,
            { bundle: bundle(n), content: 'message-signature', created: '2026-11-26T17:00:00Z' },
            { ...FAST, tagIndexAttempts: 10 },
          ),
        ),
      );
      const listing = await client().listReferrers(ref, target.digest);
      expect(listing.referrers.map((r) => r.digest).sort()).toEqual(attached.map((a) => a.manifestDigest).sort());
    });

    (multi ? it : it.skip)(
      'copies the multi-platform index to another repository and attaches to the index itself',
      async () => {
        // A copy, so the shared multi:v1 (which other tests sign and verify) carries no referrers of ours.
        const c = client();
        const source = parseRegistryReference(multi!.ref);
        const target = parseRegistryReference(`${infra!.registry}/oci-test/multi-copy:v1`);
        const index = await c.getIndex(source, multi!.digest);
        for (const entry of index.index.manifests) {
          const manifest = await c.getManifest(referenceWithDigest(source, entry.digest), entry.digest);
          for (const blob of [manifest.manifest.config, ...manifest.manifest.layers]) {
            await c.pushBlob(target, await c.fetchBlob(source, blob), blob.mediaType);
          }
          await c.pushManifest(target, manifest.bytes, manifest.mediaType);
        }
        const copied = await c.pushManifest(target, index.bytes, index.mediaType, 'v1');
        expect(copied.digest).toBe(multi!.digest);
        const resolved = await c.resolveImage(target);
        expect(resolved).toMatchObject({ digest: multi!.digest, isIndex: true });
        expect(resolved.platforms).toHaveLength(2);

        const subjectIndex = { mediaType: resolved.mediaType, digest: resolved.digest, size: resolved.size };
        const attached = await c.attachReferrer(
          target,
          subjectIndex,
          { bundle: bundle(20), content: 'message-signature', created: '2026-11-26T17:00:00Z' },
          FAST,
        );
        const listing = await c.listReferrers(target, multi!.digest);
        expect(listing.referrers.map((r) => r.digest)).toEqual([attached.manifestDigest]);
        const stored = await c.getManifest(
          referenceWithDigest(target, attached.manifestDigest),
          attached.manifestDigest,
        );
        expect(stored.manifest.subject).toEqual(subjectIndex);
        expect(subjectIndex.mediaType).toBe(OCI_MEDIA_TYPES.index);
      },
    );

    it("finds cosign's legacy .sig tag", async () => {
      const ref = parseRegistryReference(reference());
      const sigRef = parseRegistryReference(
        `${infra!.registry}/oci-test/referrers:${subject.digest.replace(':', '-')}.sig`,
      );
      const sig = await pushSubject(client(), sigRef.name, 'legacy signature');
      const legacy = await client().legacyCosignTags(ref, subject.digest);
      expect(legacy).toEqual({
        sig: {
          digest: sig.digest,
          mediaType: OCI_MEDIA_TYPES.manifest,
          size: sig.size,
          tag: `${subject.digest.replace(':', '-')}.sig`,
        },
      });
    });
  });
});

const PASSWORD = 'correct horse battery staple';
/** The bcrypt htpasswd entry (libc crypt through perl or python3), or why there is none. */
const htpasswd = infra ? htpasswdLine('ci-user', PASSWORD) : undefined;
const authUnavailable = !infra
  ? 'no test registry'
  : !registryBinary()
    ? 'docker-registry is not installed'
    : htpasswd?.line
      ? undefined
      : htpasswd?.why;
if (infra && authUnavailable) {
  if (process.env.SCS_REQUIRE_INFRA === '1')
    throw new Error(`the htpasswd registry cannot be set up: ${authUnavailable}`);
  console.warn(`SKIPPED: the htpasswd registry cannot be set up: ${authUnavailable}`);
}
const describeWithAuth = authUnavailable ? describe.skip : describe;

describeWithAuth('a registry with htpasswd (bcrypt) Basic auth', () => {
  let registry: Registry | undefined;
  let dir: string;
  const password = PASSWORD;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-auth-'));
    fs.writeFileSync(path.join(dir, 'htpasswd'), `${htpasswd!.line}\n`);
    registry = await startRegistry({ htpasswd: path.join(dir, 'htpasswd') });
  });
  afterAll(async () => {
    await registry?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const ref = () => parseRegistryReference(`${registry!.url}/private/app:v1`);

  it('refuses anonymous access, naming the registry and what to do', async () => {
    const error = (await client()
      .resolveDigest(ref())
      .catch((e: unknown) => e)) as RegistryAuthError;
    expect(error).toBeInstanceOf(RegistryAuthError);
    expect(error.message).toContain(`no credentials for ${registry!.url}`);
    expect(error.message).toContain(`docker login ${registry!.url}`);
  });

  it('refuses a wrong password without showing it', async () => {
    const c = new RegistryClient({
      credentials: credentialChain({ username: 'ci-user', password: 'wrong-secret-123', dockerConfig: false }),
    });
    const error = (await c.pushBlob(ref(), Buffer.from('x')).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(RegistryAuthError);
    expect(error.message).toMatch(/refused the credentials from the username and password given to the action/);
    expect(error.message).not.toContain('wrong-secret-123');
  });

  it('pushes and resolves with credentials from the docker config', async () => {
    const dockerDir = path.join(dir, 'docker');
    fs.mkdirSync(dockerDir, { recursive: true });
    fs.writeFileSync(
      path.join(dockerDir, 'config.json'),
      JSON.stringify({ auths: { [registry!.url]: { auth: Buffer.from(`ci-user:${password}`).toString('base64') } } }),
    );
    const secrets: string[] = [];
    const c = new RegistryClient({
      credentials: credentialChain({ dockerConfig: { env: { DOCKER_CONFIG: dockerDir } } }),
      onSecret: (s) => secrets.push(s),
    });
    const subject = await pushSubject(c, ref().name, 'private');
    await expect(c.resolveDigest(ref())).resolves.toMatchObject({ digest: subject.digest });
    const attached = await c.attachReferrer(
      ref(),
      subject,
      { bundle: bundle(30), content: 'message-signature', created: '2026-11-26T17:00:00Z' },
      FAST,
    );
    expect((await c.listReferrers(ref(), subject.digest)).referrers.map((r) => r.digest)).toEqual([
      attached.manifestDigest,
    ]);
    expect(secrets).toEqual([password]);
  });

  it('uses a docker credential helper', async () => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(
      path.join(bin, 'docker-credential-scstest'),
      `#!/bin/sh\nread host\n[ "$host" = "${registry!.url}" ] || { echo "credentials not found in native keychain"; exit 1; }\nprintf '%s' '{"Username":"ci-user","Secret":"${password}"}'\n`,
      { mode: 0o755 },
    );
    const dockerDir = path.join(dir, 'docker-helper');
    fs.mkdirSync(dockerDir, { recursive: true });
    fs.writeFileSync(
      path.join(dockerDir, 'config.json'),
      JSON.stringify({ credHelpers: { [registry!.url]: 'scstest' } }),
    );
    const env = { DOCKER_CONFIG: dockerDir, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
    const c = new RegistryClient({ credentials: credentialChain({ dockerConfig: { env } }) });
    await expect(c.resolveDigest(ref())).resolves.toMatchObject({ mediaType: OCI_MEDIA_TYPES.manifest });
  });
});
