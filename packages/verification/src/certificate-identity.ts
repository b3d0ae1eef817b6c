import { ASN1Obj, X509Certificate } from '@sigstore/core';

/**
 * The identity a Fulcio certificate vouches for: the SAN and the Fulcio
 * extensions (OID arc 1.3.6.1.4.1.57264.1). Read from the certificate the
 * bundle's signature was verified with, never from payload fields (those are
 * unsigned claims of whoever produced the payload).
 *
 * Extensions .8 and up are DER-encoded UTF8Strings inside the extension's
 * OCTET STRING; the deprecated .1–.6 hold the raw string.
 * See https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md
 */
export const FULCIO_OID_PREFIX = '1.3.6.1.4.1.57264.1';

/** The arc number (the last OID component) of each Fulcio extension the suite reads. */
const FULCIO_EXTENSION_ARCS = {
  issuerV1: 1,
  githubWorkflowTrigger: 2,
  githubWorkflowSha: 3,
  githubWorkflowName: 4,
  githubWorkflowRepository: 5,
  githubWorkflowRef: 6,
  issuer: 8,
  buildSignerUri: 9,
  buildSignerDigest: 10,
  runnerEnvironment: 11,
  sourceRepositoryUri: 12,
  sourceRepositoryDigest: 13,
  sourceRepositoryRef: 14,
  sourceRepositoryIdentifier: 15,
  sourceRepositoryOwnerUri: 16,
  sourceRepositoryOwnerIdentifier: 17,
  buildConfigUri: 18,
  buildConfigDigest: 19,
  buildTrigger: 20,
  runInvocationUri: 21,
  sourceRepositoryVisibilityAtSigning: 22,
} as const;

export type FulcioExtensionName = keyof typeof FULCIO_EXTENSION_ARCS;

/** Extension name → OID (`1.3.6.1.4.1.57264.1.<arc>`). */
export const FULCIO_EXTENSIONS = Object.fromEntries(
  Object.entries(FULCIO_EXTENSION_ARCS).map(([name, arc]) => [name, `${FULCIO_OID_PREFIX}.${arc}`]),
) as Readonly<Record<FulcioExtensionName, string>>;

const LEGACY_RAW = new Set<string>([
  FULCIO_EXTENSIONS.issuerV1,
  FULCIO_EXTENSIONS.githubWorkflowTrigger,
  FULCIO_EXTENSIONS.githubWorkflowSha,
  FULCIO_EXTENSIONS.githubWorkflowName,
  FULCIO_EXTENSIONS.githubWorkflowRepository,
  FULCIO_EXTENSIONS.githubWorkflowRef,
]);

export interface CertificateIdentity {
  /** The SAN: a URI (workflow identity) or an e-mail address. */
  subjectAlternativeName?: string;
  /** OIDC issuer: extension .8, else the deprecated .1. */
  issuer?: string;
  buildSignerUri?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryUri?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  sourceRepositoryIdentifier?: string;
  sourceRepositoryOwnerUri?: string;
  sourceRepositoryOwnerIdentifier?: string;
  buildConfigUri?: string;
  buildConfigDigest?: string;
  buildTrigger?: string;
  runInvocationUri?: string;
  sourceRepositoryVisibilityAtSigning?: string;
  /** Deprecated v1 GitHub extensions, kept for old certificates. */
  githubWorkflowTrigger?: string;
  githubWorkflowSha?: string;
  githubWorkflowName?: string;
  githubWorkflowRepository?: string;
  githubWorkflowRef?: string;
  notBefore: string;
  notAfter: string;
}

function decodeExtension(oid: string, value: Buffer): string | undefined {
  if (LEGACY_RAW.has(oid)) return value.toString('utf8');
  try {
    const obj = ASN1Obj.parseBuffer(value as Buffer<ArrayBuffer>);
    // UTF8String (0x0c); accept other string types (IA5 0x16, Printable 0x13) defensively.
    if (obj.tag.number === 0x0c || obj.tag.number === 0x16 || obj.tag.number === 0x13)
      return obj.value.toString('utf8');
    return undefined;
  } catch {
    return undefined;
  }
}

/** The SAN of the certificate: URI, e-mail, or Fulcio's otherName (1.3.6.1.4.1.57264.1.7). */
function subjectAlternativeName(cert: X509Certificate): string | undefined {
  const ext = cert.extSubjectAltName;
  if (!ext) return undefined;
  return ext.uri ?? ext.rfc822Name ?? ext.otherName('1.3.6.1.4.1.57264.1.7');
}

export function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  const identity: CertificateIdentity = {
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
  };
  const san = subjectAlternativeName(cert);
  if (san !== undefined) identity.subjectAlternativeName = san;
  const byOid = new Map<string, FulcioExtensionName>(
    (Object.entries(FULCIO_EXTENSIONS) as [FulcioExtensionName, string][]).map(([name, oid]) => [oid, name]),
  );
  const values: Partial<Record<FulcioExtensionName, string>> = {};
  for (const [oid, name] of byOid) {
    const ext = cert.extension(oid);
    if (!ext) continue;
    const decoded = decodeExtension(oid, ext.value);
    if (decoded !== undefined) values[name] = decoded;
  }
  const { issuerV1, issuer, ...rest } = values;
  const resolvedIssuer = issuer ?? issuerV1;
  if (resolvedIssuer !== undefined) identity.issuer = resolvedIssuer;
  for (const [name, value] of Object.entries(rest)) {
    (identity as unknown as Record<string, string>)[name] = value;
  }
  return identity;
}

/** `https://github.com/org/repo/.github/workflows/x.yml@refs/heads/main` → `{ workflow: 'org/repo/.github/workflows/x.yml', ref: 'refs/heads/main' }`. */
export function splitWorkflowUri(uri: string | undefined): { host: string; workflow: string; ref: string } | undefined {
  if (!uri) return undefined;
  const match = /^https:\/\/([^/]+)\/([^@]+)@(.+)$/.exec(uri);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { host: match[1], workflow: match[2], ref: match[3] };
}

/** `https://github.com/org/repo` → `org/repo`. */
export function repositoryFromUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const match = /^https:\/\/[^/]+\/([^/]+\/[^/]+?)\/?$/.exec(uri);
  return match?.[1];
}
