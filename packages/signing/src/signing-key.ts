/**
 * Keys that the user controls (actions/sign): a PEM private key from a secret,
 * or a key held in a KMS that cosign reaches by URI.
 *
 * What the real cosign 3.1.3 accepts (run here, test/interop/sign-keyed.test.ts):
 * `--key env://VAR` reads only cosign's own encrypted formats (`ENCRYPTED
 * SIGSTORE PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, written by `cosign
 * generate-key-pair` / `import-key-pair`), with the password in
 * COSIGN_PASSWORD; a PKCS#8 `PRIVATE KEY` is refused ("unsupported pem type").
 * The in-process engine reads ECDSA P-256 PKCS#8 and SEC1 keys (node:crypto),
 * encrypted PKCS#8 with the password, and not cosign's format (scrypt + NaCl secretbox,
 * which node:crypto has no cipher for). Each engine refuses the other's format
 * with the command that converts it.
 *
 * KMS keys are cosign's alone: `awskms://`, `gcpkms://`, `azurekms://`,
 * `hashivault://`, each with the cloud's usual credential variables passed
 * into cosign's (otherwise allow-listed) environment.
 */
import { createPrivateKey, createPublicKey, createHash, type KeyObject } from 'node:crypto';
import { ConfigurationError } from '@scs/action-kit';

export type SigningKey =
  /** A PEM private key and its password ('' for none): both reach cosign only through its environment. */
  | { kind: 'pem'; pem: string; password: string }
  /** A KMS key URI (validated by parseKmsUri). */
  | { kind: 'kms'; uri: string };

/** The environment variable cosign reads the PEM key from (`--key env://…`). */
export const COSIGN_KEY_VARIABLE = 'COSIGN_PRIVATE_KEY';

export const KMS_SCHEMES = ['awskms', 'gcpkms', 'azurekms', 'hashivault'] as const;
export type KmsScheme = (typeof KMS_SCHEMES)[number];

/**
 * The credential variables each KMS provider's SDK reads, allowed into
 * cosign's environment when that provider is used (nothing else of the
 * runner's environment is). AWS_, AZURE_, GOOGLE_APPLICATION_CREDENTIALS and
 * CLOUDSDK_ are already in cosign's list (registry credential helpers).
 */
export const KMS_CREDENTIAL_ENVIRONMENT: Readonly<Record<KmsScheme, readonly string[]>> = {
  awskms: ['AWS_'],
  gcpkms: ['GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_', 'GOOGLE_CLOUD_PROJECT'],
  azurekms: ['AZURE_'],
  hashivault: ['VAULT_ADDR', 'VAULT_TOKEN', 'VAULT_NAMESPACE', 'VAULT_CACERT', 'TRANSIT_SECRET_ENGINE_PATH'],
};

/**
 * The reference formats, as cosign documents them (docs.sigstore.dev "Signing
 * with Self-Managed Keys"): nothing outside these shapes reaches cosign.
 */
const KMS_PATTERNS: Record<KmsScheme, RegExp> = {
  // awskms:///1234abcd-…, awskms:///arn:aws:kms:us-east-2:111122223333:key/…, awskms://host:port/alias/name
  awskms:
    /^awskms:\/\/(?:[A-Za-z0-9.-]{1,253}(?::\d{1,5})?)?\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alias\/[A-Za-z0-9/_-]{1,250}|arn:aws[a-z-]*:kms:[a-z0-9-]{1,30}:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[A-Za-z0-9/_-]{1,250}))$/,
  // gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/V]
  gcpkms:
    /^gcpkms:\/\/projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/[a-z0-9-]{1,64}\/keyRings\/[A-Za-z0-9_-]{1,63}\/cryptoKeys\/[A-Za-z0-9_-]{1,63}(?:\/cryptoKeyVersions\/\d{1,10})?$/,
  // azurekms://VAULT.vault.azure.net/KEY[/VERSION]
  azurekms:
    /^azurekms:\/\/[A-Za-z0-9-]{3,24}\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net)\/[A-Za-z0-9-]{1,127}(?:\/[0-9a-f]{32})?$/,
  // hashivault://KEYNAME (the address is VAULT_ADDR)
  hashivault: /^hashivault:\/\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
};

/** The KMS URI, validated; a ConfigurationError naming `input` when it is not one cosign documents. */
export function parseKmsUri(input: string, value: string): { uri: string; scheme: KmsScheme } {
  const scheme = /^([a-z]+):\/\//.exec(value)?.[1];
  if (!scheme || !(KMS_SCHEMES as readonly string[]).includes(scheme)) {
    throw new ConfigurationError(
      `Input \`${input}\` must be a KMS key URI with one of the schemes ${KMS_SCHEMES.map((s) => `${s}://`).join(', ')} (got '${value.slice(0, 40)}…').`,
    );
  }
  const kms = scheme as KmsScheme;
  if (!KMS_PATTERNS[kms].test(value)) {
    throw new ConfigurationError(
      `Input \`${input}\`: '${value.slice(0, 200)}' is not a ${kms}:// key reference in the form cosign documents (see the sign README); refusing it rather than letting cosign guess.`,
    );
  }
  return { uri: value, scheme: kms };
}

export function kmsScheme(uri: string): KmsScheme {
  return parseKmsUri('kms-key', uri).scheme;
}

export type PemKeyFormat = 'cosign' | 'pkcs8' | 'pkcs8-encrypted' | 'sec1' | 'pkcs1';

const PEM_LABELS: Record<string, PemKeyFormat> = {
  'ENCRYPTED SIGSTORE PRIVATE KEY': 'cosign',
  'ENCRYPTED COSIGN PRIVATE KEY': 'cosign',
  'PRIVATE KEY': 'pkcs8',
  'ENCRYPTED PRIVATE KEY': 'pkcs8-encrypted',
  'EC PRIVATE KEY': 'sec1',
  'RSA PRIVATE KEY': 'pkcs1',
};

/** At most this many bytes of PEM (an RSA-4096 key is about 3.3 kB). */
export const MAX_PEM_BYTES = 16 * 1024;

/**
 * The format of a PEM private key, from its one PEM block. A value that is
 * not exactly one private-key block (a path, a public key, a certificate,
 * several blocks) is refused: the message never repeats the value.
 */
export function pemKeyFormat(input: string, pem: string): PemKeyFormat {
  if (pem.length > MAX_PEM_BYTES)
    throw new ConfigurationError(
      `Input \`${input}\` is ${pem.length} bytes; a PEM private key is at most ${MAX_PEM_BYTES}.`,
    );
  const blocks = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]{1,40})-----/g)];
  if (blocks.length === 0) {
    throw new ConfigurationError(
      `Input \`${input}\` is not a PEM private key (no -----BEGIN … PRIVATE KEY----- block). Pass the key's content from a secret (\${{ secrets.COSIGN_PRIVATE_KEY }}), not a path; a KMS key goes in \`kms-key\`.`,
    );
  }
  if (blocks.length > 1)
    throw new ConfigurationError(`Input \`${input}\` holds ${blocks.length} PEM blocks; give exactly one private key.`);
  const label = blocks[0]![1]!;
  const format = PEM_LABELS[label];
  if (!format) {
    throw new ConfigurationError(
      `Input \`${input}\` holds a PEM block '${label}', not a private key (a public key or certificate belongs in verify's \`public-key\`).`,
    );
  }
  if (!new RegExp(`-----END ${label}-----\\s*$`).test(pem))
    throw new ConfigurationError(`Input \`${input}\`: the PEM block '${label}' is not closed by its END line.`);
  return format;
}

/** The private key for the in-process engine: ECDSA P-256 in PKCS#8 or SEC1 PEM (encrypted PKCS#8 with the password). */
export function loadPrivateKey(pem: string, password: string): KeyObject {
  const format = pemKeyFormat('key', pem);
  if (format === 'cosign') {
    throw new ConfigurationError(
      'Input `key` is a cosign-encrypted key (ENCRYPTED SIGSTORE/COSIGN PRIVATE KEY), which only engine: cosign reads. Use engine: cosign, or give engine: sigstore the key as PKCS#8 PEM (the form `cosign import-key-pair` imports).',
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem', ...(password ? { passphrase: password } : {}) });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const hint = /PASSPHRASE|DECRYPT|BAD_DECRYPT/i.test(`${code} ${String(error)}`)
      ? ' (wrong or missing `key-password`?)'
      : '';
    throw new ConfigurationError(`Input \`key\`: the private key cannot be read${hint}.`);
  }
  // ECDSA P-256 with SHA-256: cosign's own key type, and the one every Sigstore verifier checks the same way.
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    const what =
      key.asymmetricKeyType === 'ec' ? `EC ${key.asymmetricKeyDetails?.namedCurve ?? '?'}` : key.asymmetricKeyType;
    throw new ConfigurationError(
      `Input \`key\`: engine: sigstore signs with ECDSA P-256 keys (cosign's key type); this is a ${what ?? 'unknown'} key. Use engine: cosign for other key types.`,
    );
  }
  return key;
}

/** The public key (SPKI PEM) of a private key, and the hint cosign writes into bundles: base64(sha256(SPKI DER)). */
export function publicKeyOf(key: KeyObject): { pem: string; hint: string } {
  const publicKey = createPublicKey(key);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    hint: createHash('sha256').update(der).digest('base64'),
  };
}
