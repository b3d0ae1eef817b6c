/**
 * What a Sigstore bundle says about its signature: the Fulcio certificate's
 * identity (SAN) and OIDC issuer (extension 1.3.6.1.4.1.57264.1.8, or the
 * legacy 1.1), the transparency-log entry and the RFC 3161 timestamps.
 */
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { InfrastructureError } from '@scs/action-kit';

export interface BundleInfo {
  mediaType: string;
  certificateIdentity: string;
  certificateIssuer: string;
  /** Keyed bundles: the public-key hint ('' when the bundle gives none). */
  publicKeyHint?: string;
  tlog?: { logIndex: string; logId: string; integratedTime: string };
  timestamps: number;
  content: 'dsse-envelope' | 'message-signature';
  /** The statement's predicate type (DSSE bundles over in-toto statements). */
  predicateType?: string;
}

/** Reads a DER length at `offset`; returns [length, header bytes]. */
function derLength(bytes: Buffer, offset: number): [number, number] {
  const first = bytes[offset] ?? 0;
  if (first < 0x80) return [first, 1];
  const count = first & 0x7f;
  let length = 0;
  for (let i = 1; i <= count; i++) length = length * 256 + (bytes[offset + i] ?? 0);
  return [length, 1 + count];
}

/** The Fulcio certificate extensions that name the OIDC issuer: 1.8 (DER UTF8String) and the legacy 1.1 (raw bytes). */
export const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
export const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';

/**
 * The string in a Fulcio extension: DER UTF8String for 1.8 and later, raw
 * bytes for the deprecated 1.1–1.6.
 */
export function fulcioExtensionValue(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  const value = ext.value;
  if (oid !== OID_ISSUER_V1 && value[0] === 0x0c) {
    const [length, header] = derLength(value, 1);
    return value.subarray(1 + header, 1 + header + length).toString('utf8');
  }
  return value.toString('utf8');
}

export function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content;
  if (content.$case === 'certificate') return X509Certificate.parse(Buffer.from(content.certificate.rawBytes));
  if (content.$case === 'x509CertificateChain') {
    const first = content.x509CertificateChain.certificates[0];
    return first ? X509Certificate.parse(Buffer.from(first.rawBytes)) : undefined;
  }
  return undefined;
}

export function parseBundleJson(json: unknown): Bundle {
  try {
    return bundleFromJSON(json);
  } catch (error) {
    throw new InfrastructureError(`The Sigstore bundle is not valid: ${(error as Error).message}`, { cause: error });
  }
}

/** Who signed: the certificate's SAN and issuer (keyless), or the key's hint (keyed, `signer: 'key'`). */
function signerOf(
  bundle: Bundle,
  signer: 'certificate' | 'key',
): Pick<BundleInfo, 'certificateIdentity' | 'certificateIssuer' | 'publicKeyHint'> {
  const material = bundle.verificationMaterial.content;
  if (signer === 'key') {
    if (material.$case !== 'publicKey')
      throw new InfrastructureError(
        'The Sigstore bundle carries a certificate, not the public-key hint of a keyed signature.',
      );
    return { certificateIdentity: '', certificateIssuer: '', publicKeyHint: material.publicKey.hint };
  }
  const cert = leafCertificate(bundle);
  if (!cert)
    throw new InfrastructureError(
      'The Sigstore bundle has no signing certificate: a keyless signature always carries the Fulcio certificate.',
    );
  const identity = cert.subjectAltName;
  if (!identity) throw new InfrastructureError('The signing certificate has no subject alternative name.');
  const issuer = fulcioExtensionValue(cert, OID_ISSUER_V2) ?? fulcioExtensionValue(cert, OID_ISSUER_V1) ?? '';
  return { certificateIdentity: identity, certificateIssuer: issuer };
}

export function bundleInfo(json: unknown, signer: 'certificate' | 'key' = 'certificate'): BundleInfo {
  const bundle = parseBundleJson(json);
  const who = signerOf(bundle, signer);
  const entry = bundle.verificationMaterial.tlogEntries[0];
  const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
  let predicateType: string | undefined;
  if (bundle.content.$case === 'dsseEnvelope') {
    try {
      const statement = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')) as { predicateType?: unknown };
      if (typeof statement.predicateType === 'string') predicateType = statement.predicateType;
    } catch {
      // not an in-toto statement: no predicate type
    }
  }
  return {
    mediaType: bundle.mediaType,
    ...who,
    ...(entry
      ? {
          tlog: {
            logIndex: entry.logIndex,
            logId: entry.logId ? entry.logId.keyId.toString('base64') : '',
            integratedTime: entry.integratedTime,
          },
        }
      : {}),
    timestamps,
    content: bundle.content.$case === 'dsseEnvelope' ? 'dsse-envelope' : 'message-signature',
    ...(predicateType ? { predicateType } : {}),
  };
}
