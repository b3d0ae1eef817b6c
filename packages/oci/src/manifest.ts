/**
 * OCI manifest and index types, their media types, strict parsers for what a
 * registry sends, and a deterministic serialiser for what we push (fixed key
 * order, annotations sorted by key), so the same content always has the same
 * digest.
 */
import { InfrastructureError } from '@scs/action-kit';
import { isObject, sha256Hex } from '@scs/vocabulary';

export const OCI_MEDIA_TYPES = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  /** The empty descriptor's media type (image-spec 1.1): a 2-byte `{}` blob. */
  empty: 'application/vnd.oci.empty.v1+json',
  imageConfig: 'application/vnd.oci.image.config.v1+json',
} as const;

/** The Sigstore bundle v0.3 media type: a bundle referrer's artifactType and layer media type. */
export const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** The empty JSON object `{}` every OCI 1.1 artifact without a config points at. */
export const EMPTY_CONFIG_BYTES = Buffer.from('{}');
export const EMPTY_CONFIG_DESCRIPTOR: Readonly<OciDescriptor> = Object.freeze({
  mediaType: OCI_MEDIA_TYPES.empty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
});

/** Single manifests first: what a client that wants one artifact asks for (indexes still accepted). */
export const MANIFEST_ACCEPT = [
  OCI_MEDIA_TYPES.manifest,
  OCI_MEDIA_TYPES.dockerManifest,
  OCI_MEDIA_TYPES.index,
  OCI_MEDIA_TYPES.dockerManifestList,
].join(', ');

/** Only indexes: what the referrers API and the referrers tag schema serve. */
export const INDEX_ACCEPT = OCI_MEDIA_TYPES.index;

const MAX_DESCRIPTOR_COUNT = 10_000;

export interface OciPlatform {
  architecture: string;
  os: string;
  variant?: string;
  'os.version'?: string;
}

export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  /** In an index of referrers: the referrer's artifactType. */
  artifactType?: string;
  annotations?: Record<string, string>;
  /** In an image index: the platform this manifest is for. */
  platform?: OciPlatform;
}

export interface OciManifest {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  config: OciDescriptor;
  layers: OciDescriptor[];
  /** OCI 1.1: the manifest this one refers to (a signature's signed image). */
  subject?: OciDescriptor;
  annotations?: Record<string, string>;
}

export interface OciIndex {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  manifests: OciDescriptor[];
  subject?: OciDescriptor;
  annotations?: Record<string, string>;
}

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${sha256Hex(data)}`;
}

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType === OCI_MEDIA_TYPES.index || mediaType === OCI_MEDIA_TYPES.dockerManifestList;
}

function parseAnnotations(value: unknown, where: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new InfrastructureError(`${where}: annotations are not an object`);
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string')
      throw new InfrastructureError(`${where}: annotation '${key.slice(0, 100)}' is not a string`);
    out[key] = entry;
  }
  return out;
}

function parsePlatform(value: unknown, where: string): OciPlatform | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || typeof value.architecture !== 'string' || typeof value.os !== 'string') {
    throw new InfrastructureError(`${where}: platform needs string architecture and os`);
  }
  return {
    architecture: value.architecture,
    os: value.os,
    ...(typeof value.variant === 'string' ? { variant: value.variant } : {}),
    ...(typeof value['os.version'] === 'string' ? { 'os.version': value['os.version'] } : {}),
  };
}

/** Validates one descriptor (mediaType, digest, size; optional artifactType, annotations, platform). */
export function parseDescriptor(value: unknown, where: string): OciDescriptor {
  if (
    !isObject(value) ||
    typeof value.mediaType !== 'string' ||
    typeof value.digest !== 'string' ||
    typeof value.size !== 'number' ||
    !Number.isSafeInteger(value.size) ||
    value.size < 0
  ) {
    throw new InfrastructureError(`${where} is not a valid descriptor (mediaType, digest, size)`);
  }
  if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(value.digest)) {
    throw new InfrastructureError(`${where}: '${value.digest.slice(0, 100)}' is not a digest`);
  }
  const annotations = parseAnnotations(value.annotations, where);
  const platform = parsePlatform(value.platform, where);
  return {
    mediaType: value.mediaType,
    digest: value.digest,
    size: value.size,
    ...(typeof value.artifactType === 'string' ? { artifactType: value.artifactType } : {}),
    ...(annotations ? { annotations } : {}),
    ...(platform ? { platform } : {}),
  };
}

function parseJsonObject(bytes: Buffer, where: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new InfrastructureError(`${where}: the manifest is not JSON`, { cause: error });
  }
  if (!isObject(parsed)) throw new InfrastructureError(`${where}: the manifest is not a JSON object`);
  return parsed;
}

function declaredMediaType(
  parsed: Record<string, unknown>,
  contentType: string | null,
): { declared?: string; mediaType: string } {
  const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
  return { ...(declared ? { declared } : {}), mediaType: declared ?? (contentType ?? '').split(';')[0]!.trim() };
}

/** The fields a manifest and an index share, in the order they are written. */
interface DocumentFields {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  subject?: OciDescriptor;
  annotations?: Record<string, string>;
}

/**
 * A manifest or an index: the JSON object, its media type (an index where a
 * manifest is expected, or the reverse, is refused), schemaVersion 2, the
 * bounded descriptor list (layers or manifests), then the fields `body`
 * parses from them, between the shared leading and trailing fields.
 */
function parseDocument<T>(
  bytes: Buffer,
  contentType: string | null,
  where: string,
  kind: 'manifest' | 'index',
  body: (parsed: Record<string, unknown>, list: unknown[]) => T,
): { mediaType: string; document: DocumentFields & T } {
  const parsed = parseJsonObject(bytes, where);
  const { declared, mediaType } = declaredMediaType(parsed, contentType);
  if (kind === 'manifest' && (isIndexMediaType(mediaType) || Array.isArray(parsed.manifests))) {
    throw new InfrastructureError(`${where}: is an image index, expected a single artifact manifest`);
  }
  if (kind === 'index' && (!Array.isArray(parsed.manifests) || (mediaType !== '' && !isIndexMediaType(mediaType)))) {
    throw new InfrastructureError(
      `${where}: is not an image index (media type '${mediaType.slice(0, 100) || 'none'}')`,
    );
  }
  const list = descriptorList(parsed, kind === 'manifest' ? 'layers' : 'manifests', kind, where);
  const annotations = parseAnnotations(parsed.annotations, `${where}: annotations`);
  const document = {
    schemaVersion: 2 as const,
    ...(declared ? { mediaType: declared } : {}),
    ...(typeof parsed.artifactType === 'string' ? { artifactType: parsed.artifactType } : {}),
    ...body(parsed, list),
    ...(parsed.subject !== undefined ? { subject: parseDescriptor(parsed.subject, `${where}: subject`) } : {}),
    ...(annotations ? { annotations } : {}),
  };
  return { mediaType: mediaType || OCI_MEDIA_TYPES[kind], document };
}

/** The schemaVersion check and the bounded descriptor list of a manifest (layers) or an index (manifests). */
function descriptorList(
  parsed: Record<string, unknown>,
  field: 'layers' | 'manifests',
  kind: 'manifest' | 'index',
  where: string,
): unknown[] {
  if (parsed.schemaVersion !== 2)
    throw new InfrastructureError(`${where}: unsupported ${kind} schemaVersion ${String(parsed.schemaVersion)}`);
  const list = parsed[field];
  if (!Array.isArray(list)) throw new InfrastructureError(`${where}: the ${kind} has no ${field}`);
  if (list.length > MAX_DESCRIPTOR_COUNT)
    throw new InfrastructureError(`${where}: more than ${MAX_DESCRIPTOR_COUNT} ${field}`);
  return list;
}

/** Parses a single-image manifest; an index is refused. */
export function parseOciManifest(
  bytes: Buffer,
  contentType: string | null,
  where: string,
): { mediaType: string; manifest: OciManifest } {
  const { mediaType, document } = parseDocument(bytes, contentType, where, 'manifest', (parsed, layers) => ({
    config: parseDescriptor(parsed.config, `${where}: config`),
    layers: layers.map((layer, i) => parseDescriptor(layer, `${where}: layers[${i}]`)),
  }));
  return { mediaType, manifest: document };
}

/** Parses an image index (OCI or Docker manifest list); a single manifest is refused. */
export function parseOciIndex(
  bytes: Buffer,
  contentType: string | null,
  where: string,
): { mediaType: string; index: OciIndex } {
  const { mediaType, document } = parseDocument(bytes, contentType, where, 'index', (_parsed, manifests) => ({
    manifests: manifests.map((entry, i) => parseDescriptor(entry, `${where}: manifests[${i}]`)),
  }));
  return { mediaType, index: document };
}

function sortedAnnotations(annotations: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(annotations).sort()) out[key] = annotations[key]!;
  return out;
}

/** A descriptor with its keys in the spec's order (mediaType, artifactType, digest, size, annotations, platform). */
export function canonicalDescriptor(descriptor: OciDescriptor): OciDescriptor {
  return {
    mediaType: descriptor.mediaType,
    ...(descriptor.artifactType !== undefined ? { artifactType: descriptor.artifactType } : {}),
    digest: descriptor.digest,
    size: descriptor.size,
    ...(descriptor.annotations && Object.keys(descriptor.annotations).length > 0
      ? { annotations: sortedAnnotations(descriptor.annotations) }
      : {}),
    ...(descriptor.platform ? { platform: { ...descriptor.platform } } : {}),
  };
}

/** The bytes we push for a manifest: compact JSON, keys in a fixed order, annotations sorted. */
export function serializeManifest(manifest: OciManifest): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: manifest.schemaVersion,
      mediaType: manifest.mediaType ?? OCI_MEDIA_TYPES.manifest,
      ...(manifest.artifactType !== undefined ? { artifactType: manifest.artifactType } : {}),
      config: canonicalDescriptor(manifest.config),
      layers: manifest.layers.map(canonicalDescriptor),
      ...(manifest.subject ? { subject: canonicalDescriptor(manifest.subject) } : {}),
      ...(manifest.annotations && Object.keys(manifest.annotations).length > 0
        ? { annotations: sortedAnnotations(manifest.annotations) }
        : {}),
    }),
  );
}

/** The bytes we push for an index (same rules as serializeManifest; entry order is kept). */
export function serializeIndex(index: OciIndex): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: index.schemaVersion,
      mediaType: index.mediaType ?? OCI_MEDIA_TYPES.index,
      ...(index.artifactType !== undefined ? { artifactType: index.artifactType } : {}),
      manifests: index.manifests.map(canonicalDescriptor),
      ...(index.subject ? { subject: canonicalDescriptor(index.subject) } : {}),
      ...(index.annotations && Object.keys(index.annotations).length > 0
        ? { annotations: sortedAnnotations(index.annotations) }
        : {}),
    }),
  );
}
