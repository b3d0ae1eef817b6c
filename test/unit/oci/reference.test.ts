import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import {
  isLoopbackHost,
  legacyCosignTag,
  parseRegistryReference,
  referenceWithDigest,
  referenceWithTag,
  referrersTag,
  registryBaseUrl,
  repositoryName,
} from '@scs/oci';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseRegistryReference', () => {
  it.each([
    [
      'ghcr.io/org/app:1.0',
      {
        registry: 'ghcr.io',
        apiHost: 'ghcr.io',
        repository: 'org/app',
        tag: '1.0',
        reference: '1.0',
        name: 'ghcr.io/org/app:1.0',
      },
    ],
    ['ghcr.io/org/app', { registry: 'ghcr.io', repository: 'org/app', tag: 'latest', reference: 'latest' }],
    [
      `ghcr.io/org/app@${DIGEST}`,
      { repository: 'org/app', digest: DIGEST, reference: DIGEST, name: `ghcr.io/org/app@${DIGEST}` },
    ],
    [`ghcr.io/org/app:1.0@${DIGEST}`, { tag: '1.0', digest: DIGEST, reference: DIGEST }],
    ['GHCR.IO/org/app:v1', { registry: 'ghcr.io', apiHost: 'ghcr.io' }],
    [
      'alpine',
      {
        registry: 'docker.io',
        apiHost: 'registry-1.docker.io',
        repository: 'library/alpine',
        tag: 'latest',
        name: 'docker.io/library/alpine:latest',
      },
    ],
    ['library/alpine:3.20', { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }],
    ['docker.io/alpine', { registry: 'docker.io', repository: 'library/alpine' }],
    ['index.docker.io/org/app:1', { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'org/app' }],
    ['registry-1.docker.io/org/app:1', { registry: 'docker.io', repository: 'org/app' }],
    ['127.0.0.1:5000/app:v1', { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'app' }],
    ['localhost:5000/a/b/c:v1', { registry: 'localhost:5000', repository: 'a/b/c', tag: 'v1' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    [
      '[::1]:5000/app:v1',
      { registry: '[::1]:5000', apiHost: '[::1]:5000', repository: 'app', tag: 'v1', name: '[::1]:5000/app:v1' },
    ],
    [`[::1]:5000/org/app@${DIGEST}`, { registry: '[::1]:5000', repository: 'org/app', digest: DIGEST }],
  ])('%s', (value, expected) => {
    expect(parseRegistryReference(value)).toMatchObject(expected);
  });

  it('uses the default tag when none is given', () => {
    expect(parseRegistryReference('ghcr.io/o/db', { defaultTag: '2' })).toMatchObject({ tag: '2', reference: '2' });
  });

  it.each([
    'https://ghcr.io/org/app:1',
    'ghcr.io/Org/App:1',
    '',
    '   ',
    'ghcr.io/org/app@sha256:short',
    'ghcr.io/org/app@md5:abc',
    '[::2]:5000/app',
    '[::1]:5000/App',
    'ghcr.io/org/app:tag with space',
  ])('refuses %j, naming the input', (value) => {
    expect(() => parseRegistryReference(value, { label: 'image' })).toThrow(ConfigurationError);
    expect(() => parseRegistryReference(value, { label: 'image' })).toThrow(/image/);
  });

  it('re-addresses a reference by digest or tag', () => {
    const ref = parseRegistryReference('ghcr.io/org/app:1.0');
    expect(referenceWithDigest(ref, DIGEST)).toEqual({
      registry: 'ghcr.io',
      apiHost: 'ghcr.io',
      repository: 'org/app',
      digest: DIGEST,
      reference: DIGEST,
      name: `ghcr.io/org/app@${DIGEST}`,
    });
    expect(referenceWithTag(ref, 'sha256-abc')).toMatchObject({
      tag: 'sha256-abc',
      reference: 'sha256-abc',
      name: 'ghcr.io/org/app:sha256-abc',
    });
    expect(() => referenceWithDigest(ref, 'sha256:nope')).toThrow(ConfigurationError);
    expect(() => referenceWithTag(ref, 'bad/tag')).toThrow(ConfigurationError);
    expect(repositoryName(ref)).toBe('ghcr.io/org/app');
  });
});

describe('hosts and tags', () => {
  it('uses plain HTTP for loopback registries only', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('127.1.2.3')).toBe('http://127.1.2.3');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('registry-1.docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('127.0.0.1.nip.io:5000')).toBe('https://127.0.0.1.nip.io:5000');
    expect(registryBaseUrl('localhost.example.com')).toBe('https://localhost.example.com');
    expect(isLoopbackHost('10.0.0.1:5000')).toBe(false);
    expect(isLoopbackHost('[::2]:5000')).toBe(false);
  });

  it('names the referrers tag and the legacy cosign tags of a digest', () => {
    expect(referrersTag(DIGEST)).toBe(`sha256-${'a'.repeat(64)}`);
    expect(legacyCosignTag(DIGEST, 'sig')).toBe(`sha256-${'a'.repeat(64)}.sig`);
    expect(legacyCosignTag(DIGEST, 'att')).toBe(`sha256-${'a'.repeat(64)}.att`);
    expect(() => referrersTag('sha256:ABC')).toThrow(ConfigurationError);
  });
});
