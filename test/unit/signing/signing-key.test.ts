/**
 * Keyed signing's pure parts: KMS URIs validated against the forms cosign
 * documents, PEM key formats told apart without echoing the key, the keyed
 * argv and environment of the cosign engine (the PEM and password only in
 * cosign's environment, KMS credentials allow-listed per provider, no token).
 */
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import {
  COSIGN_KEY_VARIABLE,
  cosignEnv,
  cosignKeyRef,
  loadPrivateKey,
  parseKmsUri,
  pemKeyFormat,
  publicKeyOf,
  resolveKeyedInstance,
  signBlobArgs,
  signingConfig,
} from '@scs/signing';

const BASE = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  AWS_REGION: 'eu-west-1',
  VAULT_ADDR: 'https://vault.example',
  VAULT_TOKEN: 'vault-token',
  GITHUB_TOKEN: 'ghs_secret',
  INPUT_KEY: 'the input itself',
  SIGSTORE_ID_TOKEN: 'a token left in the environment',
  COSIGN_PASSWORD: 'a password left in the environment',
  UNRELATED: 'x',
};

describe('parseKmsUri', () => {
  it.each([
    'awskms:///1234abcd-12ab-34cd-56ef-1234567890ab',
    'awskms:///alias/release-signing',
    'awskms:///arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'awskms:///arn:aws:kms:us-east-2:111122223333:alias/release',
    'awskms://localhost:4566/alias/release',
    'gcpkms://projects/octo-project/locations/global/keyRings/ring/cryptoKeys/release',
    'gcpkms://projects/octo-project/locations/europe-west1/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3',
    'azurekms://octovault.vault.azure.net/release',
    'hashivault://release-key',
  ])('accepts %s', (uri) => {
    expect(parseKmsUri('kms-key', uri).uri).toBe(uri);
  });

  it.each([
    ['unknown scheme', 'k8s://ns/secret', /one of the schemes/],
    ['no scheme', 'alias/release', /one of the schemes/],
    ['a flag', '--key=/etc/passwd', /one of the schemes/],
    ['a path in awskms', 'awskms:///../../etc/passwd', /not a awskms:\/\/ key reference/],
    ['a query string', 'hashivault://key?token=abc', /not a hashivault/],
    ['a space', 'hashivault://key name', /not a hashivault/],
    ['another azure host', 'azurekms://evil.example.com/key', /not a azurekms/],
    ['a gcp key without key ring', 'gcpkms://projects/octo-project/cryptoKeys/k', /not a gcpkms/],
    ['a newline', 'hashivault://key\n--insecure', /not a hashivault/],
  ])('refuses %s', (_what, uri, message) => {
    expect(() => parseKmsUri('kms-key', uri)).toThrow(message);
  });
});

describe('pemKeyFormat and loadPrivateKey', () => {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('tells the formats apart and refuses what is not one private key, never echoing the value', () => {
    expect(pemKeyFormat('key', pkcs8)).toBe('pkcs8');
    expect(
      pemKeyFormat(
        'key',
        '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----',
      ),
    ).toBe('cosign');
    expect(() => pemKeyFormat('key', './cosign.key')).toThrow(/not a path/);
    expect(() => pemKeyFormat('key', pair.publicKey.export({ type: 'spki', format: 'pem' }).toString())).toThrow(
      /'PUBLIC KEY', not a private key/,
    );
    expect(() => pemKeyFormat('key', `${pkcs8}${pkcs8}`)).toThrow(/2 PEM blocks/);
    expect(() => pemKeyFormat('key', pkcs8.replace(/-----END PRIVATE KEY-----\s*$/, ''))).toThrow(/not closed/);
    try {
      pemKeyFormat('key', `${pkcs8}${pkcs8}`);
    } catch (error) {
      expect((error as Error).message).not.toContain(pkcs8.split('\n')[1]!);
    }
  });

  it('loads P-256 PKCS#8 (also encrypted, with the password); refuses cosign keys, other curves and a wrong password', () => {
    expect(publicKeyOf(loadPrivateKey(pkcs8, '')).hint).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const encrypted = pair.privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw-123456' })
      .toString();
    expect(publicKeyOf(loadPrivateKey(encrypted, 'pw-123456')).pem).toBe(
      pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    );
    expect(() => loadPrivateKey(encrypted, 'wrong')).toThrow(/cannot be read/);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(() => loadPrivateKey(p384.toString(), '')).toThrow(/ECDSA P-256/);
    expect(() =>
      loadPrivateKey(
        '-----BEGIN ENCRYPTED COSIGN PRIVATE KEY-----\nabc\n-----END ENCRYPTED COSIGN PRIVATE KEY-----',
        'pw',
      ),
    ).toThrow(/only engine: cosign reads/);
  });
});

describe('the cosign engine, keyed', () => {
  it('a PEM key: --key env://COSIGN_PRIVATE_KEY in argv; the PEM and password only in the environment; no token', () => {
    const key = { kind: 'pem' as const, pem: 'PEM-CONTENT', password: 'pw' };
    const args = signBlobArgs({ file: '/w/a.txt', bundlePath: '/t/b.json', keyRef: cosignKeyRef(key) });
    expect(args).toEqual([
      'sign-blob',
      '--yes',
      '--new-bundle-format=true',
      '--bundle',
      '/t/b.json',
      '--key',
      'env://COSIGN_PRIVATE_KEY',
      '--',
      '/w/a.txt',
    ]);
    const env = cosignEnv(BASE, { key, tufRoot: '/t/tuf' });
    expect(env[COSIGN_KEY_VARIABLE]).toBe('PEM-CONTENT');
    expect(env.COSIGN_PASSWORD).toBe('pw');
    expect(env.SIGSTORE_ID_TOKEN).toBeUndefined();
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(env.INPUT_KEY).toBeUndefined();
    expect(env.VAULT_TOKEN).toBeUndefined();
    expect(env.UNRELATED).toBeUndefined();
  });

  it('a KMS key: the URI in argv, the provider credentials allow-listed, no PEM, password or token', () => {
    const vault = cosignEnv(BASE, { key: { kind: 'kms', uri: 'hashivault://release' }, tufRoot: '/t/tuf' });
    expect(vault.VAULT_ADDR).toBe('https://vault.example');
    expect(vault.VAULT_TOKEN).toBe('vault-token');
    expect(vault.COSIGN_PASSWORD).toBeUndefined();
    expect(vault[COSIGN_KEY_VARIABLE]).toBeUndefined();
    expect(vault.SIGSTORE_ID_TOKEN).toBeUndefined();
    const aws = cosignEnv(BASE, { key: { kind: 'kms', uri: 'awskms:///alias/release' }, tufRoot: '/t/tuf' });
    expect(aws.AWS_REGION).toBe('eu-west-1');
    expect(aws.VAULT_TOKEN).toBeUndefined();
    expect(cosignKeyRef({ kind: 'kms', uri: 'awskms:///alias/release' })).toBe('awskms:///alias/release');
  });

  it('keyless runs keep no key or password from the runner environment', () => {
    const env = cosignEnv(BASE, { token: 'tok', tufRoot: '/t/tuf' });
    expect(env.SIGSTORE_ID_TOKEN).toBe('tok');
    expect(env.COSIGN_PASSWORD).toBeUndefined();
  });

  it('signing config of a keyed run: no CA; the log unless tlog-upload is false', () => {
    const logged = resolveKeyedInstance('public-good', {}, true);
    expect(signingConfig(logged, new Date(0), { keyed: true })).toMatchObject({
      caUrls: [],
      rekorTlogUrls: [{ url: 'https://rekor.sigstore.dev' }],
    });
    const unlogged = resolveKeyedInstance('public-good', {}, false);
    expect(signingConfig(unlogged, new Date(0), { keyed: true })).toMatchObject({ caUrls: [], rekorTlogUrls: [] });
    expect(() => resolveKeyedInstance('custom', { rekorUrl: 'https://rekor.example' }, false)).toThrow(/tlog-upload/);
    expect(() => resolveKeyedInstance('custom', {}, true)).toThrow(/needs `rekor-url`/);
    expect(() => resolveKeyedInstance('public-good', { rekorUrl: 'https://rekor.example' }, true)).toThrow(
      /only apply to `sigstore-instance: custom`/,
    );
    expect(() => resolveKeyedInstance('custom', { rekorUrl: 'http://rekor.example' }, true)).toThrow(/https/);
  });
});
