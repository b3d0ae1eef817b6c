/**
 * The public key of a keyed policy (verify's `public-key`): a policy is
 * keyless (identity inputs, a Fulcio certificate) OR keyed (this key, a
 * bundle with a public-key hint) — never both.
 *
 * Accepted: one PEM `PUBLIC KEY` block (SPKI; what `cosign generate-key-pair`
 * and `cosign public-key` write), ECDSA P-256/P-384/P-521, RSA ≥ 2048 or
 * Ed25519. A KMS URI is refused here: verifying against a KMS key needs the
 * cloud's API; export the public key once (`cosign public-key --key
 * awskms://…`) and pass the PEM.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigurationError } from '@scs/action-kit';

export interface TrustedPublicKey {
  /** The SPKI PEM, normalised (as the exports write it). */
  pem: string;
  /** base64 SHA-256 of the SPKI DER: the hint cosign writes into keyed bundles. */
  hint: string;
  key: KeyObject;
}

const KMS_SCHEME = /^(?:awskms|gcpkms|azurekms|hashivault|k8s|gitlab):\/\//;

export function parsePublicKey(input: string, text: string): TrustedPublicKey {
  if (KMS_SCHEME.test(text)) {
    throw new ConfigurationError(
      `Input \`${input}\` is a KMS key URI; verify checks signatures offline and takes the public key itself. Export it once (cosign public-key --key ${text.split('://')[0]}://…) and pass the PEM (or its file).`,
    );
  }
  const blocks = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,40})-----/g)].map((m) => m[1]);
  if (blocks.length !== 1 || blocks[0] !== 'PUBLIC KEY') {
    const what =
      blocks.length === 0
        ? 'no PEM block'
        : blocks.length > 1
          ? `${blocks.length} PEM blocks`
          : `a '${blocks[0]}' block${/PRIVATE/.test(blocks[0] ?? '') ? ' — a PRIVATE key; never give verify a private key, and rotate this one if it was committed' : ''}`;
    throw new ConfigurationError(
      `Input \`${input}\` must hold exactly one PEM 'PUBLIC KEY' block (cosign.pub); it holds ${what}.`,
    );
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: text, format: 'pem' });
  } catch {
    throw new ConfigurationError(`Input \`${input}\`: the PEM public key cannot be read.`);
  }
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const ok =
    (type === 'ec' && (curve === 'prime256v1' || curve === 'secp384r1' || curve === 'secp521r1')) ||
    (type === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048) ||
    type === 'ed25519';
  if (!ok)
    throw new ConfigurationError(
      `Input \`${input}\`: a ${type ?? 'unknown'}${curve ? ` ${curve}` : ''} key is not one Sigstore signatures use (ECDSA P-256/384/521, RSA ≥ 2048, Ed25519).`,
    );
  const der = key.export({ type: 'spki', format: 'der' });
  return {
    pem: key.export({ type: 'spki', format: 'pem' }).toString(),
    hint: createHash('sha256').update(der).digest('base64'),
    key,
  };
}
