/**
 * An in-memory OCI registry on loopback for @scs/oci's unit tests: blobs,
 * manifests and tags; Basic or Bearer auth (with a token service that checks
 * Basic credentials or an OAuth2 refresh token and grants scopes);
 * optionally the referrers API (with pagination and OCI-Subject); scripted
 * faults; a request log without secrets.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export interface LoggedRequest {
  method: string;
  path: string;
  /** 'basic', 'bearer:<scope actions>', or undefined. */
  auth?: string;
  contentType?: string;
  ifMatch?: string;
}

export interface Fault {
  method?: string;
  /** Substring of the path. */
  path: string;
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** How many times (default: always). */
  times?: number;
}

interface StoredManifest {
  bytes: Buffer;
  mediaType: string;
}

export class FakeRegistry {
  auth: 'none' | 'basic' | 'bearer' = 'none';
  /** user → password (Basic, and Basic at the token service). */
  readonly users = new Map<string, string>();
  /** Refresh tokens the token service accepts (identitytoken). */
  readonly refreshTokens = new Set<string>();
  /** Push allowed for authenticated users only; anonymous gets pull when `anonymousPull`. */
  anonymousPull = true;
  /** Users that may only pull (the token service grants pull only; Basic pushes get 403). */
  readonly readOnlyUsers = new Set<string>();
  referrersApi = false;
  /** Page size of the referrers API (a Link header for the rest). */
  referrersPageSize = 100;
  /** Location on upload start: relative path (default) or absolute URL. */
  absoluteLocation = false;
  /** Location on upload start pointing at another origin (e.g. a storage service): `http://host:port`. */
  uploadOrigin: string | undefined;
  /** Answers this digest instead of the real one on manifest PUT. */
  wrongDigestOnPut: string | undefined;
  readonly requests: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly blobs = new Map<string, Buffer>();
  /** `repo@digest` → manifest */
  readonly manifests = new Map<string, StoredManifest>();
  /** `repo:tag` → digest */
  readonly tags = new Map<string, string>();
  /** Called after a manifest PUT to a tag (to simulate a concurrent writer). */
  afterTagPut: ((repo: string, tag: string) => void) | undefined;
  /** Bearer tokens issued: token → scope actions. */
  private readonly tokens = new Map<string, string>();
  private server: Server | undefined;
  host = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, res, Buffer.concat(chunks));
        } catch (error) {
          res.writeHead(500).end(String(error));
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  reset(): void {
    this.auth = 'none';
    this.users.clear();
    this.refreshTokens.clear();
    this.readOnlyUsers.clear();
    this.anonymousPull = true;
    this.referrersApi = false;
    this.referrersPageSize = 100;
    this.absoluteLocation = false;
    this.uploadOrigin = undefined;
    this.wrongDigestOnPut = undefined;
    this.requests.length = 0;
    this.faults.length = 0;
    this.blobs.clear();
    this.manifests.clear();
    this.tags.clear();
    this.tokens.clear();
    this.afterTagPut = undefined;
  }

  /** Forgets every issued token (as if they expired). */
  expireTokens(): void {
    this.tokens.clear();
  }

  /** Stores a manifest (and tags it) directly. */
  putManifest(repo: string, bytes: Buffer, mediaType: string, tag?: string): string {
    const digest = sha256(bytes);
    this.manifests.set(`${repo}@${digest}`, { bytes, mediaType });
    if (tag) this.tags.set(`${repo}:${tag}`, digest);
    return digest;
  }

  log(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}${r.auth ? ` (${r.auth})` : ''}`);
  }

  private answer(
    res: ServerResponse,
    status: number,
    headers: Record<string, string | number>,
    body?: Buffer | string,
  ): void {
    res.writeHead(status, { connection: 'close', ...headers });
    res.end(body);
  }

  private error(
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    headers: Record<string, string> = {},
  ): void {
    this.answer(
      res,
      status,
      { 'content-type': 'application/json', ...headers },
      JSON.stringify({ errors: [{ code, message }] }),
    );
  }

  /** 'pull' | 'pull,push' | undefined (not authenticated) for a request. */
  private granted(req: IncomingMessage): { actions?: string; kind?: string } {
    const header = req.headers.authorization;
    if (!header) return {};
    if (header.startsWith('Basic ')) {
      const [user, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
      if (this.users.get(user!) !== rest.join(':')) return { kind: 'basic-refused' };
      return { actions: this.readOnlyUsers.has(user!) ? 'pull' : 'pull,push', kind: 'basic' };
    }
    if (header.startsWith('Bearer ')) {
      const actions = this.tokens.get(header.slice(7));
      return actions ? { actions, kind: `bearer:${actions}` } : { kind: 'bearer-refused' };
    }
    return {};
  }

  private tokenService(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    let user: string | undefined;
    let scope = url.searchParams.get('scope') ?? '';
    if (req.method === 'POST') {
      const form = new URLSearchParams(body.toString('utf8'));
      scope = form.get('scope') ?? '';
      if (form.get('grant_type') !== 'refresh_token' || !this.refreshTokens.has(form.get('refresh_token') ?? '')) {
        this.error(res, 401, 'UNAUTHORIZED', 'bad refresh token');
        return;
      }
      user = 'refresh-user';
    } else if (req.headers.authorization?.startsWith('Basic ')) {
      const [name, ...rest] = Buffer.from(req.headers.authorization.slice(6), 'base64').toString('utf8').split(':');
      if (this.users.get(name!) !== rest.join(':')) {
        this.error(res, 401, 'UNAUTHORIZED', 'bad credentials');
        return;
      }
      user = name;
    }
    const wanted = (/^repository:[^:]+:(.+)$/.exec(scope)?.[1] ?? '').split(',');
    const may = user
      ? this.readOnlyUsers.has(user)
        ? ['pull']
        : ['pull', 'push']
      : this.anonymousPull
        ? ['pull']
        : [];
    const actions = wanted.filter((a) => may.includes(a)).join(',');
    const token = `tok-${randomUUID()}`;
    this.tokens.set(token, actions);
    this.answer(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ token, expires_in: 300 }));
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', `http://${this.host}`);
    const method = req.method ?? 'GET';
    const granted = this.granted(req);
    this.requests.push({
      method,
      path:
        url.pathname +
        (url.search && !url.pathname.startsWith('/token') ? url.search.replace(/_state=[^&]*/, '_state=…') : ''),
      ...(granted.kind ? { auth: granted.kind } : {}),
      ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
      ...(typeof req.headers['if-match'] === 'string' ? { ifMatch: req.headers['if-match'] } : {}),
    });
    const fault = this.faults.find(
      (f) => (f.method === undefined || f.method === method) && url.pathname.includes(f.path) && (f.times ?? 1) > 0,
    );
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      this.answer(
        res,
        fault.status,
        { 'content-type': 'application/json', ...fault.headers },
        fault.body ?? JSON.stringify({ errors: [{ code: 'FAULT', message: 'scripted fault' }] }),
      );
      return;
    }
    if (url.pathname === '/token') {
      this.tokenService(req, res, url, body);
      return;
    }
    const match = /^\/v2\/(.+?)\/(manifests|blobs|referrers|blobs\/uploads)\/(.*)$/.exec(url.pathname);
    if (url.pathname === '/v2/') {
      this.answer(res, 200, { 'content-type': 'application/json' }, '{}');
      return;
    }
    if (!match) {
      this.answer(res, 404, { 'content-type': 'text/plain' }, '404 page not found');
      return;
    }
    const [, repo, kind, rest] = match as unknown as [string, string, string, string];
    const push = method === 'PUT' || method === 'POST' || method === 'PATCH' || method === 'DELETE';
    const need = push ? 'push' : 'pull';
    if (this.auth !== 'none') {
      const actions = granted.actions?.split(',') ?? [];
      if (!actions.includes(need)) {
        if (granted.actions !== undefined && this.auth === 'basic') {
          this.error(res, 403, 'DENIED', 'requested access to the resource is denied');
          return;
        }
        const challenge =
          this.auth === 'basic'
            ? 'Basic realm="fake"'
            : `Bearer realm="http://${this.host}/token",service="fake-registry",scope="repository:${repo}:${need === 'push' ? 'pull,push' : 'pull'}"`;
        this.error(res, 401, 'UNAUTHORIZED', 'authentication required', { 'www-authenticate': challenge });
        return;
      }
    }
    if (kind === 'blobs/uploads' || (kind === 'blobs' && rest.startsWith('uploads/'))) {
      this.upload(req, res, url, repo, method, body);
      return;
    }
    if (kind === 'blobs') {
      const data = this.blobs.get(rest);
      if (!data) return this.error(res, 404, 'BLOB_UNKNOWN', 'blob unknown');
      this.answer(
        res,
        200,
        { 'content-type': 'application/octet-stream', 'content-length': data.length, 'docker-content-digest': rest },
        method === 'HEAD' ? undefined : data,
      );
      return;
    }
    if (kind === 'referrers') {
      if (!this.referrersApi) {
        this.answer(res, 404, { 'content-type': 'text/plain' }, '404 page not found');
        return;
      }
      this.referrers(res, url, repo, rest);
      return;
    }
    this.manifest(req, res, repo, rest, method, body);
  }

  private upload(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    repo: string,
    method: string,
    body: Buffer,
  ): void {
    if (method === 'POST') {
      const id = randomUUID();
      const path = `/v2/${repo}/blobs/uploads/${id}?_state=abc`;
      const location = this.uploadOrigin
        ? `${this.uploadOrigin}${path}`
        : this.absoluteLocation
          ? `http://${this.host}${path}`
          : path;
      this.answer(res, 202, { location, 'docker-upload-uuid': id, 'content-length': 0 });
      return;
    }
    if (method === 'PUT') {
      const digest = url.searchParams.get('digest') ?? '';
      if (sha256(body) !== digest)
        return this.error(res, 400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
      this.blobs.set(digest, body);
      this.answer(res, 201, {
        location: `/v2/${repo}/blobs/${digest}`,
        'docker-content-digest': digest,
        'content-length': 0,
      });
      return;
    }
    this.error(res, 405, 'UNSUPPORTED', 'not here');
  }

  private subjectOf(bytes: Buffer): string | undefined {
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as { subject?: { digest?: string } };
      return parsed.subject?.digest;
    } catch {
      return undefined;
    }
  }

  private manifest(
    req: IncomingMessage,
    res: ServerResponse,
    repo: string,
    reference: string,
    method: string,
    body: Buffer,
  ): void {
    if (method === 'PUT') {
      const digest = sha256(body);
      if (reference.includes(':') && reference !== digest)
        return this.error(res, 400, 'DIGEST_INVALID', 'manifest digest did not match');
      const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!;
      this.manifests.set(`${repo}@${digest}`, { bytes: body, mediaType });
      if (!reference.includes(':')) this.tags.set(`${repo}:${reference}`, digest);
      const subject = this.referrersApi ? this.subjectOf(body) : undefined;
      this.answer(res, 201, {
        location: `/v2/${repo}/manifests/${digest}`,
        'docker-content-digest': this.wrongDigestOnPut ?? digest,
        'content-length': 0,
        ...(subject ? { 'oci-subject': subject } : {}),
      });
      if (!reference.includes(':')) this.afterTagPut?.(repo, reference);
      return;
    }
    const digest = reference.includes(':') ? reference : this.tags.get(`${repo}:${reference}`);
    const stored = digest ? this.manifests.get(`${repo}@${digest}`) : undefined;
    if (!digest || !stored) return this.error(res, 404, 'MANIFEST_UNKNOWN', 'manifest unknown');
    this.answer(
      res,
      200,
      {
        'content-type': stored.mediaType,
        'content-length': stored.bytes.length,
        'docker-content-digest': digest,
        etag: `"${digest}"`,
      },
      method === 'HEAD' ? undefined : stored.bytes,
    );
  }

  private referrers(res: ServerResponse, url: URL, repo: string, subject: string): void {
    const all: Record<string, unknown>[] = [];
    for (const [key, stored] of this.manifests) {
      if (!key.startsWith(`${repo}@`) || this.subjectOf(stored.bytes) !== subject) continue;
      const parsed = JSON.parse(stored.bytes.toString('utf8')) as {
        artifactType?: string;
        annotations?: Record<string, string>;
      };
      all.push({
        mediaType: stored.mediaType,
        digest: key.slice(repo.length + 1),
        size: stored.bytes.length,
        ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}),
        ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
      });
    }
    const filter = url.searchParams.get('artifactType');
    const list = filter ? all.filter((d) => d.artifactType === filter) : all;
    const start = Number(url.searchParams.get('page') ?? '0');
    const page = list.slice(start, start + this.referrersPageSize);
    const headers: Record<string, string> = { 'content-type': 'application/vnd.oci.image.index.v1+json' };
    if (filter) headers['oci-filters-applied'] = 'artifactType';
    if (start + this.referrersPageSize < list.length) {
      const next = new URLSearchParams(url.searchParams);
      next.set('page', String(start + this.referrersPageSize));
      headers.link = `</v2/${repo}/referrers/${subject}?${next.toString()}>; rel="next"`;
    }
    this.answer(
      res,
      200,
      headers,
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: page }),
    );
  }
}
