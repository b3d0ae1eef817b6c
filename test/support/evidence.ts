/**
 * Signed evidence for the verify tests, made the way sign-keyless and
 * provenance make it (same formats, docs/architecture/signing-and-verification.md):
 * @sigstore/sign against the loopback Sigstore stack (Fulcio certificate with
 * the GitHub claims as extensions, Rekor entry, TSA timestamp), DSSE in-toto
 * statements for image digests, message signatures for files, attached to
 * test images in the local registry with @scs/oci's attachReferrer.
 */
import { createHash } from 'node:crypto';
import { bundleToJSON, type Bundle } from '@sigstore/bundle';
import { RFC3161Timestamp } from '@sigstore/core';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
} from '@sigstore/sign';
import { RegistryClient, parseRegistryReference, type OciDescriptor, type RegistryReference } from '@scs/oci';
import type { GitHubOidcClaims, SigstoreStack } from './sigstore-stack.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const COSIGN_VULN_V1 = 'https://cosign.sigstore.dev/attestation/vuln/v1';
export const CYCLONEDX = 'https://cyclonedx.org/bom';
/** The builder id GitHub writes for the reusable workflow of reusableWorkflowClaims: <server>/<job_workflow_ref>, the Build Signer URI. */
export const GITHUB_BUILDER_ID =
  'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0';

/** Claims of a release in octo-org/app signed through the org's reusable workflow, on a GitHub-hosted runner. */
export function reusableWorkflowClaims(overrides: Partial<GitHubOidcClaims> = {}): Partial<GitHubOidcClaims> {
  return {
    iss: GITHUB_ISSUER,
    repository: 'octo-org/app',
    repository_id: '1001',
    repository_owner: 'octo-org',
    repository_owner_id: '2002',
    ref: 'refs/heads/main',
    workflow_ref: 'octo-org/app/.github/workflows/release.yml@refs/heads/main',
    job_workflow_ref: 'octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0',
    job_workflow_sha: 'b'.repeat(40),
    runner_environment: 'github-hosted',
    ...overrides,
  };
}

function signer(stack: SigstoreStack, claims: Partial<GitHubOidcClaims>): FulcioSigner {
  return new FulcioSigner({
    fulcioBaseURL: stack.fulcioUrl,
    identityProvider: { getToken: () => stack.mintToken(claims) },
  });
}

function witnesses(stack: SigstoreStack, entryType?: 'dsse') {
  return [
    new RekorWitness({ rekorBaseURL: stack.rekorUrl, ...(entryType ? { entryType } : {}) }),
    new TSAWitness({ tsaBaseURL: stack.tsaUrl }),
  ];
}

function serialize(bundle: Bundle): Buffer {
  return Buffer.from(JSON.stringify(bundleToJSON(bundle)));
}

/**
 * Whether @sigstore/core can read the TSA times. The mock TSA writes
 * GeneralizedTime the DER way (trailing zeros of the fraction dropped, e.g.
 * `.12Z`), which @sigstore/core 4 rejects ("invalid time": it wants exactly
 * three digits) about one time in ten. Evidence that verify cannot read for
 * that reason is signed again; the limitation is reported, not hidden.
 */
function timestampsReadable(bundle: Bundle): boolean {
  try {
    for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
      void RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime;
    }
    return true;
  } catch {
    return false;
  }
}

async function createReadable(create: () => Promise<Bundle>): Promise<Buffer> {
  for (let attempt = 1; ; attempt += 1) {
    const bundle = await create();
    if (timestampsReadable(bundle) || attempt >= 8) return serialize(bundle);
  }
}

export interface Statement {
  _type: string;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

export function statement(
  name: string,
  digest: string,
  predicateType: string,
  predicate: Record<string, unknown>,
): Statement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256: digest.replace(/^sha256:/, '') } }],
    predicateType,
    predicate,
  };
}

export function slsaPredicate(builderId = GITHUB_BUILDER_ID): Record<string, unknown> {
  return {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: {
        workflow: {
          ref: 'refs/heads/main',
          repository: 'https://github.com/octo-org/app',
          path: '.github/workflows/release.yml',
        },
      },
      internalParameters: {
        github: {
          event_name: 'push',
          repository_id: '1001',
          repository_owner_id: '2002',
          runner_environment: 'github-hosted',
        },
      },
      resolvedDependencies: [
        { uri: 'git+https://github.com/octo-org/app@refs/heads/main', digest: { gitCommit: 'a'.repeat(40) } },
      ],
    },
    runDetails: {
      builder: { id: builderId },
      metadata: { invocationId: 'https://github.com/octo-org/app/actions/runs/42/attempts/1' },
    },
  };
}

/** A cosign vuln predicate around a Trivy JSON report with the given findings. */
export function vulnPredicate(
  findings: { id: string; severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' }[],
  finishedOn = new Date(),
): Record<string, unknown> {
  return {
    invocation: { parameters: null, uri: '', event_id: '', 'builder.id': '' },
    scanner: {
      uri: 'pkg:github/aquasecurity/trivy@v0.58.0',
      version: '0.58.0',
      db: { uri: '', version: '' },
      result: {
        SchemaVersion: 2,
        ArtifactName: 'app',
        ArtifactType: 'container_image',
        Results: [
          {
            Target: 'app (alpine 3.20)',
            Class: 'os-pkgs',
            Type: 'alpine',
            Vulnerabilities: findings.map((f) => ({
              VulnerabilityID: f.id,
              PkgName: 'openssl',
              InstalledVersion: '3.1.2-r0',
              FixedVersion: '3.1.3-r0',
              Severity: f.severity,
              Title: f.id,
            })),
          },
        ],
      },
    },
    metadata: { scanStartedOn: finishedOn.toISOString(), scanFinishedOn: finishedOn.toISOString() },
  };
}

/** A DSSE bundle over an in-toto statement, signed with the given GitHub claims. */
export async function signStatement(
  stack: SigstoreStack,
  value: Statement,
  claims: Partial<GitHubOidcClaims>,
): Promise<Buffer> {
  const builder = new DSSEBundleBuilder({ signer: signer(stack, claims), witnesses: witnesses(stack, 'dsse') });
  return createReadable(() =>
    builder.create({ data: Buffer.from(JSON.stringify(value)), type: 'application/vnd.in-toto+json' }),
  );
}

/** A message-signature bundle over a file's bytes (what sign-keyless writes to <file>.sigstore.json). */
export async function signBlob(stack: SigstoreStack, data: Buffer, claims: Partial<GitHubOidcClaims>): Promise<Buffer> {
  const builder = new MessageSignatureBundleBuilder({ signer: signer(stack, claims), witnesses: witnesses(stack) });
  return createReadable(() => builder.create({ data }));
}

/** The same bundle with its DSSE payload altered (the signature no longer matches). */
export function tamperStatementBundle(bundle: Buffer, mutate: (value: Statement) => void): Buffer {
  const json = JSON.parse(bundle.toString('utf8')) as { dsseEnvelope: { payload: string } };
  const value = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8')) as Statement;
  mutate(value);
  json.dsseEnvelope.payload = Buffer.from(JSON.stringify(value)).toString('base64');
  return Buffer.from(JSON.stringify(json));
}

export interface TestImage {
  ref: RegistryReference;
  /** registry/repository:tag */
  name: string;
  digest: string;
  descriptor: OciDescriptor;
  client: RegistryClient;
}

/** Pushes a small, unique image (config + one layer) to `registry/repository:tag`. */
export async function pushTestImage(registry: string, repository: string, tag = 'v1'): Promise<TestImage> {
  const client = new RegistryClient();
  const ref = parseRegistryReference(`${registry}/${repository}:${tag}`);
  const layer = await client.pushBlob(
    ref,
    Buffer.from(`layer of ${repository} ${Date.now()} ${Math.random()}`),
    'application/vnd.oci.image.layer.v1.tar',
  );
  const config = await client.pushBlob(
    ref,
    Buffer.from(
      JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer.digest] } }),
    ),
    'application/vnd.oci.image.config.v1+json',
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config,
      layers: [layer],
    }),
  );
  const pushed = await client.pushManifest(ref, manifest, 'application/vnd.oci.image.manifest.v1+json', tag);
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  if (pushed.digest !== digest) throw new Error(`registry stored ${pushed.digest}, expected ${digest}`);
  return {
    ref,
    name: `${registry}/${repository}:${tag}`,
    digest,
    descriptor: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: manifest.length },
    client,
  };
}

/** Attaches a bundle as a referrer of the image (cosign's bundle spec; the tag schema on docker-registry 2.8). */
export async function attachBundle(image: TestImage, bundle: Buffer, predicateType?: string): Promise<void> {
  await image.client.attachReferrer(image.ref, image.descriptor, {
    bundle,
    content: predicateType ? 'dsse-envelope' : 'message-signature',
    ...(predicateType ? { predicateType } : {}),
    created: new Date(),
  });
}

/** A cosign-style legacy tag next to the image (`sha256-<hex>.sig` / `.att`), with a simple-signing-shaped layer. */
export async function pushLegacyTag(image: TestImage, kind: 'sig' | 'att'): Promise<string> {
  const tag = `${image.digest.replace(':', '-')}.${kind}`;
  const payload = Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': image.ref.repository },
        image: { 'docker-manifest-digest': image.digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
  const layer = await image.client.pushBlob(image.ref, payload, 'application/vnd.dev.cosign.simplesigning.v1+json');
  const config = await image.client.pushBlob(image.ref, Buffer.from('{}'), 'application/vnd.oci.image.config.v1+json');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config,
      layers: [{ ...layer, annotations: { 'dev.cosignproject.cosign/signature': 'MEUCIQ==' } }],
    }),
  );
  await image.client.pushManifest(image.ref, manifest, 'application/vnd.oci.image.manifest.v1+json', tag);
  return tag;
}
