/**
 * Test doubles for the vuln-db package: a scriptable OCI registry on
 * loopback (token flow, faults, corrupt blobs, request log), a tar writer
 * that can craft hostile archives, Trivy DB artifacts, a recording logger
 * and an in-memory DbCache.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { DbCache, DbLogger } from '@scs/vuln-db';

export const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

// ---- tar ----------------------------------------------------------------------------------------

export interface TarEntry {
  name: string;
  data?: Buffer | string;
  /** '0' file (default), '5' directory, '2' symlink, '1' hard link, 'x' pax header, 'L' GNU long name, '3' char device. */
  type?: string;
  linkname?: string;
}

function writeOctal(header: Buffer, value: number, offset: number, length: number): void {
  header.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, length, 'latin1');
}

function tarHeader(name: string, size: number, type: string, linkname: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name.slice(0, 100), 0, 100, 'utf8');
  writeOctal(header, type === '5' ? 0o755 : 0o644, 100, 8);
  writeOctal(header, 0, 108, 8);
  writeOctal(header, 0, 116, 8);
  writeOctal(header, size, 124, 12);
  writeOctal(header, 0, 136, 12);
  header.fill(0x20, 148, 156);
  header.write(type, 156, 1, 'latin1');
  header.write(linkname, 157, 100, 'utf8');
  header.write('ustar\0', 257, 6, 'latin1');
  header.write('00', 263, 2, 'latin1');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return header;
}

/** A ustar archive of `entries`, in order, with the two end blocks. */
export function makeTar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const data = entry.data === undefined ? Buffer.alloc(0) : Buffer.from(entry.data);
    parts.push(tarHeader(entry.name, data.length, entry.type ?? '0', entry.linkname ?? ''));
    parts.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** A pax extended header record list ("NN key=value\n"). */
export function paxRecords(records: Record<string, string>): string {
  return Object.entries(records)
    .map(([key, value]) => {
      const body = ` ${key}=${value}\n`;
      let length = body.length + 1;
      while (`${length}${body}`.length !== length) length++;
      return `${length}${body}`;
    })
    .join('');
}

// ---- Trivy DB artifacts -----------------------------------------------------------------------

export const TRIVY_CONFIG_MEDIA_TYPE = 'application/vnd.aquasec.trivy.config.v1+json';
export const TRIVY_DB_LAYER = 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip';
export const TRIVY_JAVA_DB_LAYER = 'application/vnd.aquasec.trivy.javadb.layer.v1.tar+gzip';

export function trivyMetadata(updatedAt: Date, version = 2): string {
  const next = new Date(updatedAt.getTime() + 6 * 3600_000);
  return JSON.stringify({
    Version: version,
    NextUpdate: next.toISOString(),
    UpdatedAt: updatedAt.toISOString(),
    DownloadedAt: '0001-01-01T00:00:00Z',
  });
}

/** db.tar.gz as Trivy's DB layer has it: trivy.db + metadata.json at the root. */
export function trivyDbLayer(
  options: { updatedAt?: Date; dbFile?: string; db?: string; version?: number; extra?: TarEntry[] } = {},
): Buffer {
  const entries: TarEntry[] = [
    { name: options.dbFile ?? 'trivy.db', data: options.db ?? 'bbolt bytes (not a real DB)' },
    { name: 'metadata.json', data: trivyMetadata(options.updatedAt ?? new Date(), options.version ?? 2) },
    ...(options.extra ?? []),
  ];
  return zlib.gzipSync(makeTar(entries));
}

// ---- registry stub ------------------------------------------------------------------------------

export interface Fault {
  method?: 'GET' | 'HEAD';
  /** Substring of the path ('/manifests/', '/blobs/', '/token'). */
  path: string;
  status: number;
  headers?: Record<string, string>;
  /** How many requests get the fault; default all. */
  times?: number;
}

export interface StoredArtifact {
  digest: string;
  manifest: Buffer;
  layerDigests: string[];
}

interface Repo {
  tags: Map<string, string>;
  manifests: Map<string, Buffer>;
  blobs: Map<string, Buffer>;
}

/** A loopback OCI registry (distribution API subset) whose answers a test can bend. */
export class RegistryStub {
  readonly requests: { method: string; path: string; authorization?: string }[] = [];
  /** Require an anonymous Bearer token (from /token) for /v2/ requests. */
  requireToken = false;
  readonly token = 'anonymous-token-123';
  /** HEAD answers without Docker-Content-Digest (some registries). */
  headWithoutDigest = false;
  readonly faults: Fault[] = [];
  /** Blob GETs answer 307 to `<blobRedirect>/<digest>` (as ghcr.io sends them to a storage host). */
  blobRedirect: string | undefined;
  /** Digests whose blob (or manifest, when fetched by digest) is served with other bytes. */
  readonly corrupt = new Set<string>();
  /** Blob digests served cut to their first half (a transfer that ended early). */
  readonly truncated = new Set<string>();
  private readonly repos = new Map<string, Repo>();
  private server: Server | undefined;

  get host(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('stub not started');
    return `127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  count(filter: string): number {
    return this.requests.filter((r) => `${r.method} ${r.path}`.includes(filter)).length;
  }

  /** Stores an artifact manifest with its config and layers under repo:tag. */
  addArtifact(
    repository: string,
    tag: string,
    layers: { mediaType: string; data: Buffer }[],
    configMediaType = TRIVY_CONFIG_MEDIA_TYPE,
    annotations?: Record<string, string>,
  ): StoredArtifact {
    let repo = this.repos.get(repository);
    if (!repo) this.repos.set(repository, (repo = { tags: new Map(), manifests: new Map(), blobs: new Map() }));
    const config = Buffer.from('{}');
    repo.blobs.set(sha256(config), config);
    const layerDescriptors = layers.map((layer) => {
      repo.blobs.set(sha256(layer.data), layer.data);
      return {
        mediaType: layer.mediaType,
        digest: sha256(layer.data),
        size: layer.data.length,
        annotations: { 'org.opencontainers.image.title': 'db.tar.gz' },
      };
    });
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: configMediaType, digest: sha256(config), size: config.length },
        layers: layerDescriptors,
        ...(annotations ? { annotations } : {}),
      }),
    );
    const digest = sha256(manifest);
    repo.manifests.set(digest, manifest);
    repo.tags.set(tag, digest);
    return { digest, manifest, layerDigests: layerDescriptors.map((l) => l.digest) };
  }

  private answer(
    res: ServerResponse,
    status: number,
    headers: Record<string, string | number> = {},
    body?: Buffer | string,
  ): void {
    res.writeHead(status, { connection: 'close', ...headers });
    res.end(body);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://stub');
    const authorization = req.headers.authorization;
    this.requests.push({ method, path: url.pathname, ...(authorization ? { authorization } : {}) });

    const fault = this.faults.find(
      (f) => (f.method === undefined || f.method === method) && url.pathname.includes(f.path) && (f.times ?? 1) > 0,
    );
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.times === undefined) fault.times = Infinity;
      this.answer(
        res,
        fault.status,
        { 'content-type': 'application/json', ...fault.headers },
        JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'scripted fault' }] }),
      );
      return;
    }

    if (url.pathname === '/token') {
      this.answer(
        res,
        200,
        { 'content-type': 'application/json' },
        JSON.stringify({ token: this.token, scope: url.searchParams.get('scope') }),
      );
      return;
    }
    if (url.pathname === '/v2/') {
      this.answer(res, 200, { 'content-type': 'application/json' }, '{}');
      return;
    }
    if (this.requireToken && authorization !== `Bearer ${this.token}`) {
      const match = /^\/v2\/(.+)\/(?:manifests|blobs)\//.exec(url.pathname);
      this.answer(
        res,
        401,
        {
          'www-authenticate': `Bearer realm="http://${this.host}/token",service="stub-registry",scope="repository:${match?.[1] ?? ''}:pull"`,
          'content-type': 'application/json',
        },
        JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }),
      );
      return;
    }

    const match = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url.pathname);
    const repo = match ? this.repos.get(match[1]!) : undefined;
    if (!match || !repo) {
      this.answer(
        res,
        404,
        { 'content-type': 'application/json' },
        JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] }),
      );
      return;
    }
    const [, , kind, reference] = match;
    if (kind === 'manifests') {
      const digest = reference!.startsWith('sha256:') ? reference! : repo.tags.get(reference!);
      const body = digest ? repo.manifests.get(digest) : undefined;
      if (!digest || !body) {
        this.answer(
          res,
          404,
          { 'content-type': 'application/json' },
          JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }),
        );
        return;
      }
      const served = this.corrupt.has(digest) ? Buffer.concat([body, Buffer.from(' ')]) : body;
      const headers = {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'content-length': served.length,
        ...(this.headWithoutDigest && method === 'HEAD' ? {} : { 'docker-content-digest': digest }),
      };
      this.answer(res, 200, headers, method === 'HEAD' ? undefined : served);
      return;
    }
    if (this.blobRedirect) {
      this.answer(res, 307, { location: `${this.blobRedirect}/${reference}` });
      return;
    }
    const blob = repo.blobs.get(reference!);
    if (!blob) {
      this.answer(res, 404, {}, JSON.stringify({ errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown' }] }));
      return;
    }
    const served = this.corrupt.has(reference!)
      ? Buffer.from(blob.map((b, i) => (i === 100 ? b ^ 0xff : b)))
      : this.truncated.has(reference!)
        ? blob.subarray(0, Math.floor(blob.length / 2))
        : blob;
    this.answer(
      res,
      200,
      { 'content-type': 'application/octet-stream', 'content-length': served.length },
      method === 'HEAD' ? undefined : served,
    );
  }
}

// ---- logger, cache, dirs ------------------------------------------------------------------------

export interface RecordingLogger extends DbLogger {
  infos: string[];
  warnings: string[];
  debugs: string[];
}

export function recordingLogger(): RecordingLogger {
  const logger: RecordingLogger = {
    infos: [],
    warnings: [],
    debugs: [],
    info: (m) => logger.infos.push(m),
    warning: (m) => logger.warnings.push(m),
    debug: (m) => logger.debugs.push(m),
  };
  return logger;
}

/** A DbCache backed by a folder: save copies the paths in, restore copies them back. */
export class FolderCache implements DbCache {
  readonly saved: string[] = [];
  readonly restored: string[] = [];
  failSave = false;
  failRestore = false;
  constructor(readonly dir: string) {}

  private entry(key: string): string {
    return path.join(this.dir, createHash('sha256').update(key).digest('hex'));
  }

  async restore(paths: string[], key: string): Promise<boolean> {
    if (this.failRestore) throw new Error('cache service unavailable (scripted)');
    const entry = this.entry(key);
    if (!fs.existsSync(entry)) return false;
    paths.forEach((p, i) => fs.cpSync(path.join(entry, String(i)), p, { recursive: true }));
    this.restored.push(key);
    return true;
  }

  async save(paths: string[], key: string): Promise<void> {
    if (this.failSave) throw new Error('Unable to reserve cache with key (scripted)');
    const entry = this.entry(key);
    fs.rmSync(entry, { recursive: true, force: true });
    paths.forEach((p, i) => fs.cpSync(p, path.join(entry, String(i)), { recursive: true }));
    this.saved.push(key);
  }

  /** The stored copy of the i-th path of `key`, to tamper with. */
  storedPath(key: string, i = 0): string {
    return path.join(this.entry(key), String(i));
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A sleep that records the delays asked for and returns at once. */
export function recordingSleep(): { sleeps: number[]; sleep: (ms: number) => Promise<void> } {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms) => void sleeps.push(ms) };
}
