/**
 * Test images without a container engine: an OCI image layout written by
 * hand from a directory of files (one gzip'd tar layer, made reproducible),
 * pushed to a registry with skopeo.
 *
 *   const layout = await buildOciLayout({ rootfs, outDir, tag: 'v1' });
 *   const pushed = await pushOciLayout(layout, { registry: '127.0.0.1:5000', repository: 'alpine-app' });
 *   pushed.digest  // sha256:… as the registry reports it
 *
 * A multi-platform image (an image index over one tiny image per platform):
 *
 *   const multi = await buildMultiPlatformLayout({ outDir, tag: 'v1', platforms: [{ os: 'linux', architecture: 'amd64', files: {…} }, …] });
 *   await pushOciLayout(multi, { registry, repository: 'multi', all: true });   // skopeo copy --all
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

const execFileAsync = promisify(execFile);

export const MEDIA_TYPES = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

/** What a client that wants any single-image or index manifest sends. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.manifest,
  MEDIA_TYPES.index,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList,
].join(', ');

export const SKOPEO_BINARY = '/usr/bin/skopeo';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

/** The `config` part of an OCI image config (Env, Cmd, WorkingDir, Labels, …). */
export type ImageRuntimeConfig = Record<string, unknown>;

export interface BuildOptions {
  /** Directory whose contents become the image's filesystem (one layer). */
  rootfs: string;
  /** Where the layout is written (created; must be empty or absent). */
  outDir: string;
  tag: string;
  config?: ImageRuntimeConfig;
  architecture?: string;
  os?: string;
}

export interface OciLayout {
  dir: string;
  tag: string;
  manifest: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
}

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function writeBlob(layoutDir: string, data: Buffer, mediaType: string): Descriptor {
  const digest = sha256(data);
  fs.writeFileSync(path.join(layoutDir, 'blobs', 'sha256', digest.slice('sha256:'.length)), data);
  return { mediaType, digest, size: data.length };
}

/**
 * A reproducible tar of `rootfs`: names sorted, owner root, fixed mtime,
 * no leading "./", modes normalised (git checkouts differ only in umask).
 */
export async function tarDirectory(rootfs: string): Promise<Buffer> {
  const entries = fs.readdirSync(rootfs).sort();
  if (entries.length === 0) throw new Error(`${rootfs} is empty`);
  const { stdout } = await execFileAsync(
    'tar',
    [
      '--create',
      '--file=-',
      `--directory=${rootfs}`,
      '--format=posix',
      '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--mode=u+rw,go+r,go-w',
      '--',
      ...entries,
    ],
    { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 },
  );
  return stdout;
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

/** Writes an OCI image layout (oci-layout, index.json, blobs/sha256/*) for one single-layer image. */
export async function buildOciLayout(options: BuildOptions): Promise<OciLayout> {
  const dir = options.outDir;
  fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });

  const tar = await tarDirectory(options.rootfs);
  // zlib's gzip header has no name and mtime 0: same input, same bytes.
  const gz = zlib.gzipSync(tar, { level: 6 });
  const layer = writeBlob(dir, gz, MEDIA_TYPES.layerGzip);

  const created = '1970-01-01T00:00:00Z';
  const config = writeBlob(
    dir,
    json({
      created,
      architecture: options.architecture ?? 'amd64',
      os: options.os ?? 'linux',
      config: options.config ?? {},
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
      history: [
        {
          created,
          created_by: 'test/support/oci-image.ts (no Dockerfile)',
          comment: 'one layer from a fixture directory',
        },
      ],
    }),
    MEDIA_TYPES.config,
  );

  const manifest = writeBlob(
    dir,
    json({ schemaVersion: 2, mediaType: MEDIA_TYPES.manifest, config, layers: [layer] }),
    MEDIA_TYPES.manifest,
  );

  writeLayoutIndex(dir, manifest, options.tag);
  return { dir, tag: options.tag, manifest, config, layers: [layer] };
}

export interface ArtifactLayer {
  data: Buffer;
  mediaType: string;
  annotations?: Record<string, string>;
}

export interface ArtifactBuildOptions {
  /** Where the layout is written (created; must be empty or absent). */
  outDir: string;
  tag: string;
  /** The config blob's media type, e.g. application/vnd.aquasec.trivy.config.v1+json. */
  configMediaType: string;
  /** The config blob; default `{}`. */
  config?: Buffer;
  layers: ArtifactLayer[];
  /** Manifest annotations. */
  annotations?: Record<string, string>;
}

/**
 * Writes an OCI image layout holding one artifact manifest (what `oras push`
 * makes): a config blob of its own media type and opaque layers, e.g. a
 * Trivy DB (`application/vnd.aquasec.trivy.db.layer.v1.tar+gzip`).
 */
export function buildOciArtifactLayout(options: ArtifactBuildOptions): OciLayout {
  const dir = options.outDir;
  fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  const config = writeBlob(dir, options.config ?? Buffer.from('{}'), options.configMediaType);
  const layers = options.layers.map((layer) => ({
    ...writeBlob(dir, layer.data, layer.mediaType),
    ...(layer.annotations ? { annotations: layer.annotations } : {}),
  }));
  const manifest = writeBlob(
    dir,
    json({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.manifest,
      config,
      layers,
      ...(options.annotations ? { annotations: options.annotations } : {}),
    }),
    MEDIA_TYPES.manifest,
  );
  writeLayoutIndex(dir, manifest, options.tag);
  return { dir, tag: options.tag, manifest, config, layers };
}

function writeLayoutIndex(dir: string, manifest: Descriptor, tag: string): void {
  fs.writeFileSync(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  fs.writeFileSync(
    path.join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.index,
      manifests: [{ ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag } }],
    }),
  );
}

export interface PushOptions {
  /** host:port of a plain-HTTP registry. */
  registry: string;
  repository: string;
  /** Defaults to the layout's tag. */
  tag?: string;
  skopeo?: string;
  timeoutMs?: number;
  /** Copy every manifest of an image index (`skopeo copy --all`); needed for multi-platform layouts. */
  all?: boolean;
}

export interface PushedImage {
  repository: string;
  tag: string;
  /** The manifest digest the registry reports (Docker-Content-Digest). */
  digest: string;
  /** registry/repository:tag */
  ref: string;
  /** registry/repository@sha256:… */
  refByDigest: string;
}

/** HEAD /v2/<repo>/manifests/<reference>: the Docker-Content-Digest header. */
export async function manifestDigest(registry: string, repository: string, reference: string): Promise<string> {
  const url = `http://${registry}/v2/${repository}/manifests/${reference}`;
  const response = await fetch(url, {
    method: 'HEAD',
    headers: { Accept: MANIFEST_ACCEPT },
    signal: AbortSignal.timeout(10000),
  });
  const digest = response.headers.get('docker-content-digest');
  if (response.status !== 200 || !digest) {
    throw new Error(`HEAD ${url}: HTTP ${response.status}${digest ? '' : ', no Docker-Content-Digest'}`);
  }
  return digest;
}

/** Pushes the layout with `skopeo copy` (argv, no shell) and reads the digest back from the registry. */
export async function pushOciLayout(
  layout: Pick<OciLayout, 'dir' | 'tag' | 'manifest'>,
  options: PushOptions,
): Promise<PushedImage> {
  const tag = options.tag ?? layout.tag;
  if (!/^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/.test(options.repository))
    throw new Error(`bad repository name: ${options.repository}`);
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) throw new Error(`bad tag: ${tag}`);
  const ref = `${options.registry}/${options.repository}:${tag}`;
  await execFileAsync(
    options.skopeo ?? SKOPEO_BINARY,
    [
      '--insecure-policy',
      'copy',
      '--quiet',
      '--preserve-digests',
      ...(options.all ? ['--all'] : []),
      '--dest-tls-verify=false',
      '--dest-no-creds',
      `oci:${layout.dir}:${layout.tag}`,
      `docker://${ref}`,
    ],
    { timeout: options.timeoutMs ?? 60000, env: { ...process.env, REGISTRY_AUTH_FILE: '/dev/null' } },
  );
  const digest = await manifestDigest(options.registry, options.repository, tag);
  if (digest !== layout.manifest.digest) {
    throw new Error(`registry holds ${digest} for ${ref}, but the layout's manifest is ${layout.manifest.digest}`);
  }
  return {
    repository: options.repository,
    tag,
    digest,
    ref,
    refByDigest: `${options.registry}/${options.repository}@${digest}`,
  };
}

/**
 * A copy of an image (all platforms, same digests) in a fresh repository `name` of `registry`, tag v1, so that a
 * test sees only its own signatures and attestations. Returns registry/name:v1.
 */
export function copyImage(registry: string, from: string, name: string): string {
  execFileSync(
    SKOPEO_BINARY,
    [
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${from}`,
      `docker://${registry}/${name}:v1`,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return `${registry}/${name}:v1`;
}

export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
  /** Files of this platform's single layer (path → content). */
  files: Record<string, string>;
}

export interface PlatformImage {
  platform: { os: string; architecture: string; variant?: string };
  manifest: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
}

export interface MultiPlatformLayout {
  dir: string;
  tag: string;
  /** The image index (what the tag points at). */
  manifest: Descriptor;
  platforms: PlatformImage[];
}

/**
 * Writes an OCI image layout whose tag names an image index with one tiny
 * single-layer image per platform (push it with `pushOciLayout(layout, {
 * all: true })`). Reproducible like buildOciLayout.
 */
export async function buildMultiPlatformLayout(options: {
  outDir: string;
  tag: string;
  platforms: PlatformSpec[];
}): Promise<MultiPlatformLayout> {
  const dir = options.outDir;
  fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  const platforms: PlatformImage[] = [];
  for (const spec of options.platforms) {
    const rootfs = fs.mkdtempSync(path.join(dir, '..', `rootfs-${spec.os}-${spec.architecture}${spec.variant ?? ''}-`));
    try {
      for (const [name, content] of Object.entries(spec.files)) {
        const file = path.join(rootfs, name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
      }
      const tar = await tarDirectory(rootfs);
      const layer = writeBlob(dir, zlib.gzipSync(tar, { level: 6 }), MEDIA_TYPES.layerGzip);
      const created = '1970-01-01T00:00:00Z';
      const config = writeBlob(
        dir,
        json({
          created,
          architecture: spec.architecture,
          os: spec.os,
          ...(spec.variant ? { variant: spec.variant } : {}),
          config: {},
          rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
          history: [
            {
              created,
              created_by: 'test/support/oci-image.ts (no Dockerfile)',
              comment: `${spec.os}/${spec.architecture} test layer`,
            },
          ],
        }),
        MEDIA_TYPES.config,
      );
      const manifest = writeBlob(
        dir,
        json({ schemaVersion: 2, mediaType: MEDIA_TYPES.manifest, config, layers: [layer] }),
        MEDIA_TYPES.manifest,
      );
      const platform = {
        os: spec.os,
        architecture: spec.architecture,
        ...(spec.variant ? { variant: spec.variant } : {}),
      };
      platforms.push({ platform, manifest, config, layers: [layer] });
    } finally {
      fs.rmSync(rootfs, { recursive: true, force: true });
    }
  }
  const index = writeBlob(
    dir,
    json({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.index,
      manifests: platforms.map((p) => ({
        ...p.manifest,
        platform: {
          architecture: p.platform.architecture,
          os: p.platform.os,
          ...(p.platform.variant ? { variant: p.platform.variant } : {}),
        },
      })),
    }),
    MEDIA_TYPES.index,
  );
  writeLayoutIndex(dir, index, options.tag);
  return { dir, tag: options.tag, manifest: index, platforms };
}
