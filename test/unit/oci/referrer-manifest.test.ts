import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  EMPTY_CONFIG_BYTES,
  EMPTY_CONFIG_DESCRIPTOR,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  buildBundleReferrer,
  formatCreated,
  mergeReferrersIndex,
  parseOciIndex,
  parseOciManifest,
  serializeIndex,
  serializeManifest,
  type OciDescriptor,
  type OciIndex,
} from '@scs/oci';

const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const SUBJECT: OciDescriptor = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'b'.repeat(64)}`,
  size: 1234,
};
const BUNDLE = Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","dsseEnvelope":{}}');

describe('the empty config', () => {
  it('is the 2-byte {} blob with the digest the image spec gives', () => {
    expect(EMPTY_CONFIG_BYTES.toString()).toBe('{}');
    expect(sha256(EMPTY_CONFIG_BYTES)).toBe(EMPTY_CONFIG_DESCRIPTOR.digest);
    expect(EMPTY_CONFIG_DESCRIPTOR).toEqual({
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
  });
});

describe('buildBundleReferrer', () => {
  it('builds the cosign BUNDLE_SPEC manifest byte for byte (fixed key order, sorted annotations)', () => {
    const built = buildBundleReferrer({
      bundle: BUNDLE,
      subject: { ...SUBJECT, annotations: { ignored: 'yes' } },
      content: 'dsse-envelope',
      predicateType: 'https://slsa.dev/provenance/v1',
      created: new Date('2026-11-26T17:38:07.123Z'),
    });
    const layerDigest = sha256(BUNDLE);
    const expected =
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",' +
      '"artifactType":"application/vnd.dev.sigstore.bundle.v0.3+json",' +
      '"config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},' +
      `"layers":[{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","digest":"${layerDigest}","size":${BUNDLE.length},` +
      `"annotations":{"org.opencontainers.image.title":"${layerDigest.replace(':', '-')}.sigstore.json"}}],` +
      `"subject":{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:${'b'.repeat(64)}","size":1234},` +
      '"annotations":{"dev.sigstore.bundle.content":"dsse-envelope","dev.sigstore.bundle.predicateType":"https://slsa.dev/provenance/v1","org.opencontainers.image.created":"2026-11-26T17:38:07Z"}}';
    expect(built.bytes.toString('utf8')).toBe(expected);
    expect(built.digest).toBe(sha256(expected));
    expect(built.size).toBe(Buffer.byteLength(expected));
    expect(built.layer).toEqual({
      mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
      digest: layerDigest,
      size: BUNDLE.length,
      annotations: { 'org.opencontainers.image.title': `${layerDigest.replace(':', '-')}.sigstore.json` },
    });
    expect(built.config).toEqual(EMPTY_CONFIG_DESCRIPTOR);
    // The descriptor for a referrers index carries artifactType and the same annotations.
    expect(JSON.stringify(built.descriptor)).toBe(
      `{"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/vnd.dev.sigstore.bundle.v0.3+json","digest":"${built.digest}","size":${built.size},` +
        '"annotations":{"dev.sigstore.bundle.content":"dsse-envelope","dev.sigstore.bundle.predicateType":"https://slsa.dev/provenance/v1","org.opencontainers.image.created":"2026-11-26T17:38:07Z"}}',
    );
    // It parses back as a manifest with its subject.
    expect(parseOciManifest(built.bytes, null, 'built').manifest.subject).toEqual(SUBJECT);
  });

  it('is deterministic: the same input gives the same digest, another time another digest', () => {
    const input = {
      bundle: BUNDLE,
      subject: SUBJECT,
      content: 'message-signature' as const,
      created: '2026-11-26T17:38:07Z',
    };
    expect(buildBundleReferrer(input).digest).toBe(buildBundleReferrer({ ...input }).digest);
    expect(buildBundleReferrer({ ...input, created: '2026-11-26T17:38:08Z' }).digest).not.toBe(
      buildBundleReferrer(input).digest,
    );
    const message = buildBundleReferrer(input);
    expect(message.manifest.annotations).toEqual({
      'dev.sigstore.bundle.content': 'message-signature',
      'org.opencontainers.image.created': '2026-11-26T17:38:07Z',
    });
  });

  it('refuses inconsistent input', () => {
    const base = { bundle: BUNDLE, subject: SUBJECT, created: '2026-11-26T17:38:07Z' };
    expect(() => buildBundleReferrer({ ...base, content: 'dsse-envelope' })).toThrow(/predicate type/);
    expect(() => buildBundleReferrer({ ...base, content: 'message-signature', predicateType: 'x' })).toThrow(
      ConfigurationError,
    );
    expect(() =>
      buildBundleReferrer({ ...base, content: 'message-signature', subject: { ...SUBJECT, digest: 'sha256:abc' } }),
    ).toThrow(/sha256/);
    expect(() => buildBundleReferrer({ ...base, content: 'message-signature', bundle: Buffer.alloc(0) })).toThrow(
      /empty/,
    );
    expect(() => buildBundleReferrer({ ...base, content: 'message-signature', created: 'yesterday' })).toThrow(
      /valid time/,
    );
  });

  it('formats the created time as RFC 3339 in whole seconds, UTC', () => {
    expect(formatCreated('2026-11-26T18:38:07.999+01:00')).toBe('2026-11-26T17:38:07Z');
    expect(formatCreated(new Date(0))).toBe('1970-01-01T00:00:00Z');
  });
});

describe('mergeReferrersIndex', () => {
  const entry = (n: number, extra: Partial<OciDescriptor> = {}): OciDescriptor => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    digest: `sha256:${String(n).repeat(64).slice(0, 64)}`,
    size: 100 + n,
    annotations: {
      'dev.sigstore.bundle.content': 'message-signature',
      'org.opencontainers.image.created': '2026-11-26T17:38:07Z',
    },
    ...extra,
  });

  it('creates the index when the tag does not exist yet', () => {
    const { index, changed } = mergeReferrersIndex(undefined, entry(1));
    expect(changed).toBe(true);
    expect(serializeIndex(index).toString()).toBe(
      `{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/vnd.dev.sigstore.bundle.v0.3+json","digest":"sha256:${'1'.repeat(64)}","size":101,"annotations":{"dev.sigstore.bundle.content":"message-signature","org.opencontainers.image.created":"2026-11-26T17:38:07Z"}}]}`,
    );
  });

  it('appends to an existing index, keeping other entries (other tools) as they are', () => {
    const foreign: OciDescriptor = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/spdx+json',
      digest: `sha256:${'9'.repeat(64)}`,
      size: 5,
    };
    const existing: OciIndex = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [foreign, entry(1)],
      annotations: { keep: 'me' },
    };
    const { index, changed } = mergeReferrersIndex(existing, entry(2));
    expect(changed).toBe(true);
    expect(index.manifests.map((m) => m.digest)).toEqual([foreign.digest, entry(1).digest, entry(2).digest]);
    expect(index.annotations).toEqual({ keep: 'me' });
    expect(existing.manifests).toHaveLength(2); // not mutated
  });

  it('never duplicates an entry', () => {
    const existing: OciIndex = { schemaVersion: 2, manifests: [entry(1), entry(2)] };
    const { index, changed } = mergeReferrersIndex(existing, entry(2, { annotations: { other: 'annotations' } }));
    expect(changed).toBe(false);
    expect(index.manifests).toHaveLength(2);
  });

  it('round-trips through the index parser', () => {
    const { index } = mergeReferrersIndex(undefined, entry(3));
    const parsed = parseOciIndex(serializeIndex(index), null, 'index').index;
    expect(parsed.manifests[0]).toEqual(entry(3));
  });
});

describe('manifest parsing', () => {
  it('refuses indexes as manifests and manifests as indexes', () => {
    const index = serializeIndex({ schemaVersion: 2, manifests: [] });
    const manifest = serializeManifest({ schemaVersion: 2, config: EMPTY_CONFIG_DESCRIPTOR, layers: [] });
    expect(() => parseOciManifest(index, null, 'x')).toThrow(/image index/);
    expect(() => parseOciIndex(manifest, null, 'x')).toThrow(/not an image index/);
    expect(() =>
      parseOciIndex(
        Buffer.from('{"schemaVersion":2,"manifests":[{"mediaType":"a","digest":"nope","size":1}]}'),
        null,
        'x',
      ),
    ).toThrow(InfrastructureError);
    expect(() => parseOciManifest(Buffer.from('not json'), null, 'x')).toThrow(/not JSON/);
    expect(() =>
      parseOciIndex(
        Buffer.from(
          '{"schemaVersion":2,"manifests":[{"mediaType":"a","digest":"sha256:ab","size":1,"annotations":{"k":1}}]}',
        ),
        null,
        'x',
      ),
    ).toThrow(/not a string/);
  });

  it('reads platforms of an index entry', () => {
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: `sha256:${'c'.repeat(64)}`,
            size: 9,
            platform: { architecture: 'arm', os: 'linux', variant: 'v7' },
          },
        ],
      }),
    );
    expect(parseOciIndex(bytes, null, 'x').index.manifests[0]!.platform).toEqual({
      architecture: 'arm',
      os: 'linux',
      variant: 'v7',
    });
  });
});
