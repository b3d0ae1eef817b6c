/**
 * cosign's legacy keyless signatures, made for the verify tests the way
 * `cosign sign` (keyless, without --new-bundle-format) makes them
 * (cosign specs/SIGNATURE_SPEC.md): a simple-signing payload naming the image
 * digest, signed with a Fulcio certificate and logged in Rekor as a
 * hashedrekord entry (here: @sigstore/sign's MessageSignatureBundleBuilder
 * against the loopback Sigstore stack), then laid out as cosign does in the
 * registry: a `sha256-<hex>.sig` image manifest whose layers are the payloads,
 * each carrying the signature, the PEM certificate and chain, and Rekor's
 * SignedEntryTimestamp with the entry ("RekorBundle") as annotations. Legacy
 * `cosign attest` output likewise: a DSSE envelope logged as an intoto entry,
 * one `application/vnd.dsse.envelope.v1+json` layer each in a `.att` tag.
 */
import { createHash } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { RFC3161Timestamp } from '@sigstore/core';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
} from '@sigstore/sign';
import type { OciDescriptor } from '@scs/oci';
import type { TestImage } from './evidence.js';
import type { GitHubOidcClaims, SigstoreStack } from './sigstore-stack.js';

export const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const DSSE_ENVELOPE = 'application/vnd.dsse.envelope.v1+json';
export const ANNOTATION = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161Timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const;

export interface LegacyLayer {
  payload: Buffer;
  annotations: Record<string, string>;
}

/** cosign's simple-signing payload, serialized as cosign (Go encoding/json) writes it. */
export function simpleSigningPayload(
  repository: string,
  digest: string,
  optional: Record<string, string> | null = null,
): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': repository },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional,
    }),
  );
}

function pem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function signer(stack: SigstoreStack, claims: Partial<GitHubOidcClaims>): FulcioSigner {
  return new FulcioSigner({
    fulcioBaseURL: stack.fulcioUrl,
    identityProvider: { getToken: () => stack.mintToken(claims) },
  });
}

/** The certificate, chain and Rekor annotations cosign writes for a keyless signature, from the bundle @sigstore/sign made. */
function keylessAnnotations(stack: SigstoreStack, bundle: Bundle): Record<string, string> {
  const material = bundle.verificationMaterial;
  const content = material.content;
  const leafBytes =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (!leafBytes) throw new Error(`expected a certificate, got ${content.$case}`);
  const entry = material.tlogEntries[0];
  if (!entry?.inclusionPromise || !entry.logId) throw new Error('expected a Rekor entry with an inclusion promise');
  const cas = (
    stack.trustedRoot as { certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[] }
  ).certificateAuthorities;
  const chain = cas
    .flatMap((ca) => ca.certChain.certificates.map((c) => pem(Buffer.from(c.rawBytes, 'base64'))))
    .join('');
  return {
    [ANNOTATION.certificate]: pem(Buffer.from(leafBytes)),
    [ANNOTATION.chain]: chain,
    [ANNOTATION.bundle]: JSON.stringify({
      SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
      Payload: {
        body: Buffer.from(entry.canonicalizedBody).toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId.keyId).toString('hex'),
      },
    }),
  };
}

/**
 * Signs `payload` keyless against the stack (Fulcio + Rekor hashedrekord: what legacy cosign did) and
 * returns the `.sig` layer cosign would write; with `timestamp`, also an RFC 3161 timestamp over the
 * signature from the stack's TSA (`cosign sign --timestamp-server-url`).
 */
export async function signLegacy(
  stack: SigstoreStack,
  payload: Buffer,
  claims: Partial<GitHubOidcClaims>,
  options: { timestamp?: boolean } = {},
): Promise<LegacyLayer> {
  const witnesses = [
    new RekorWitness({ rekorBaseURL: stack.rekorUrl }),
    ...(options.timestamp ? [new TSAWitness({ tsaBaseURL: stack.tsaUrl })] : []),
  ];
  const builder = new MessageSignatureBundleBuilder({ signer: signer(stack, claims), witnesses });
  for (let attempt = 1; ; attempt += 1) {
    const bundle = await builder.create({ data: payload });
    if (bundle.content.$case !== 'messageSignature') throw new Error('expected a message signature');
    const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
    // The mock TSA sometimes writes a genTime @sigstore/core cannot read (see evidence.ts): sign again.
    if (timestamps.length > 0 && attempt < 8) {
      try {
        for (const ts of timestamps) void RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime;
      } catch {
        continue;
      }
    }
    return {
      payload,
      annotations: {
        [ANNOTATION.signature]: Buffer.from(bundle.content.messageSignature.signature).toString('base64'),
        ...keylessAnnotations(stack, bundle),
        ...(timestamps[0]
          ? {
              [ANNOTATION.rfc3161Timestamp]: JSON.stringify({
                SignedRFC3161Timestamp: Buffer.from(timestamps[0].signedTimestamp).toString('base64'),
              }),
            }
          : {}),
      },
    };
  }
}

/**
 * Attests `statement` keyless as legacy `cosign attest` did: a DSSE envelope
 * logged as an intoto entry, stored as the `.att` layer with an empty
 * signature annotation (the signature is in the envelope).
 */
export async function signLegacyAttestation(
  stack: SigstoreStack,
  statement: unknown,
  claims: Partial<GitHubOidcClaims>,
): Promise<LegacyLayer> {
  const builder = new DSSEBundleBuilder({
    signer: signer(stack, claims),
    witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorUrl, entryType: 'intoto' })],
  });
  const bundle = await builder.create({
    data: Buffer.from(JSON.stringify(statement)),
    type: 'application/vnd.in-toto+json',
  });
  if (bundle.content.$case !== 'dsseEnvelope') throw new Error('expected a DSSE envelope');
  const envelope = bundle.content.dsseEnvelope;
  return {
    payload: Buffer.from(
      JSON.stringify({
        payloadType: envelope.payloadType,
        payload: Buffer.from(envelope.payload).toString('base64'),
        signatures: envelope.signatures.map((sig) => ({
          keyid: sig.keyid,
          sig: Buffer.from(sig.sig).toString('base64'),
        })),
      }),
    ),
    annotations: { [ANNOTATION.signature]: '', ...keylessAnnotations(stack, bundle) },
  };
}

/** The Rekor annotation of a layer, edited (e.g. to drop or corrupt the SignedEntryTimestamp). */
export function editRekorBundle(
  layer: LegacyLayer,
  edit: (value: { SignedEntryTimestamp?: string; Payload: Record<string, unknown> }) => void,
): LegacyLayer {
  const value = JSON.parse(layer.annotations[ANNOTATION.bundle]!) as {
    SignedEntryTimestamp?: string;
    Payload: Record<string, unknown>;
  };
  edit(value);
  return { payload: layer.payload, annotations: { ...layer.annotations, [ANNOTATION.bundle]: JSON.stringify(value) } };
}

/**
 * Pushes layers as cosign lays out a `.sig` (or `.att`) tag: an OCI image
 * manifest tagged `sha256-<hex>.sig`, a config listing the payloads as
 * diff_ids, and one simple-signing layer (DSSE envelope) per signature with
 * its annotations. Returns the tag.
 */
export async function pushLegacySignatures(
  image: TestImage,
  layers: LegacyLayer[],
  options: { kind?: 'sig' | 'att'; mediaType?: string } = {},
): Promise<string> {
  const kind = options.kind ?? 'sig';
  const tag = `${image.digest.replace(':', '-')}.${kind}`;
  const descriptors: OciDescriptor[] = [];
  for (const layer of layers) {
    const pushed = await image.client.pushBlob(
      image.ref,
      layer.payload,
      options.mediaType ?? (kind === 'sig' ? SIMPLE_SIGNING : DSSE_ENVELOPE),
    );
    descriptors.push({ ...pushed, annotations: layer.annotations });
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: {
        type: 'layers',
        diff_ids: layers.map((l) => `sha256:${createHash('sha256').update(l.payload).digest('hex')}`),
      },
      config: {},
    }),
  );
  const configDescriptor = await image.client.pushBlob(image.ref, config, 'application/vnd.oci.image.config.v1+json');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: configDescriptor,
      layers: descriptors,
    }),
  );
  await image.client.pushManifest(image.ref, manifest, 'application/vnd.oci.image.manifest.v1+json', tag);
  return tag;
}
