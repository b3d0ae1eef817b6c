/**
 * A loopback stand-in for GitHub's Actions cache service (v2), speaking what
 * `@actions/cache` 6 sends when ACTIONS_CACHE_SERVICE_V2 is set: Twirp JSON
 * calls to the results service (GetCacheEntryDownloadURL,
 * CreateCacheEntry, FinalizeCacheEntryUpload) with the runtime token as a
 * Bearer token, then the archive PUT to and GET from the signed URLs it hands
 * out.
 *
 * Scopes are modelled the way GitHub does: the runtime token's `ac` claim
 * lists cache scopes (a git ref) with permissions (1 read, 2 write, 3 both);
 * a save lands in the first writable scope, a lookup searches the readable
 * ones in order, the exact key first, then each restore key by prefix,
 * newest entry first. A pull request's token can read the base branch's
 * scope but writes only its own.
 *
 * Loopback, not nock: the built bundle runs as a child process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, listenOnLoopback } from './loopback-server.js';

export interface CacheScope {
  Scope: string;
  /** 1 read, 2 write, 3 read and write. */
  Permission: number;
}

export interface CacheEntry {
  scope: string;
  key: string;
  version: string;
  archive?: Buffer;
  finalized: boolean;
  created: number;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export class CacheService {
  readonly entries: CacheEntry[] = [];
  /** `METHOD path` of every request. */
  readonly requests: string[] = [];
  private server: Server | undefined;
  private clock = 0;

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('cache service not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** What the runner gives a step whose token carries these cache scopes. */
  runnerEnv(scopes: CacheScope[]): Record<string, string> {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ ac: JSON.stringify(scopes), scp: 'Actions.Results:run:job' })}.sig`;
    return { ACTIONS_RESULTS_URL: `${this.url}/`, ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_SERVICE_V2: 'true' };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          this.handle(req, Buffer.concat(chunks), res);
        } catch (error) {
          this.json(res, 500, { code: 'internal', msg: String(error) });
        }
      });
    });
    await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  /** Plants an entry directly (a poisoned or corrupt one). */
  plant(entry: Omit<CacheEntry, 'created' | 'finalized'>): void {
    this.entries.push({ ...entry, finalized: true, created: ++this.clock });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(body));
  }

  private scopes(req: IncomingMessage): CacheScope[] {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as {
      ac?: string;
    };
    return JSON.parse(claims.ac ?? '[]') as CacheScope[];
  }

  private handle(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}`);
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
      const raw = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      const request = Object.fromEntries(
        Object.entries(raw).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
      );
      this.twirp(url.pathname.slice(SERVICE.length), request, this.scopes(req), res);
      return;
    }
    const id = /^\/blob\/(\d+)$/.exec(url.pathname)?.[1];
    const entry = id === undefined ? undefined : this.entries[Number(id)];
    if (entry && req.method === 'PUT') {
      entry.archive = body;
      res.writeHead(201, { connection: 'close', etag: '"0x1"', 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (entry?.archive && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { connection: 'close', 'content-length': String(entry.archive.length) });
      res.end(req.method === 'GET' ? entry.archive : undefined);
      return;
    }
    res.writeHead(404, { connection: 'close' }).end();
  }

  private twirp(method: string, request: Record<string, unknown>, scopes: CacheScope[], res: ServerResponse): void {
    const key = String(request.key ?? '');
    const version = String(request.version ?? '');
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = Array.isArray(request.restoreKeys) ? request.restoreKeys.map(String) : [];
      const found = this.lookup(scopes, key, restoreKeys, version);
      if (!found) {
        this.json(res, 200, { ok: false, signedDownloadUrl: '', matchedKey: '' });
        return;
      }
      this.json(res, 200, {
        ok: true,
        signedDownloadUrl: `${this.url}/blob/${this.entries.indexOf(found)}`,
        matchedKey: found.key,
      });
      return;
    }
    const writable = scopes.find((scope) => (scope.Permission & 2) === 2);
    if (method === 'CreateCacheEntry') {
      if (!writable) {
        this.json(res, 200, { ok: false, signedUploadUrl: '', message: 'cache write denied: no writable scope' });
        return;
      }
      if (this.entries.some((e) => e.scope === writable.Scope && e.key === key && e.version === version)) {
        this.json(res, 409, { code: 'already_exists', msg: 'cache entry already exists' });
        return;
      }
      this.entries.push({ scope: writable.Scope, key, version, finalized: false, created: ++this.clock });
      this.json(res, 200, { ok: true, signedUploadUrl: `${this.url}/blob/${this.entries.length - 1}` });
      return;
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.entries.find(
        (e) => e.scope === writable?.Scope && e.key === key && e.version === version && !e.finalized,
      );
      if (!entry?.archive) {
        this.json(res, 200, { ok: false, entryId: '0', message: 'no upload to finalize' });
        return;
      }
      entry.finalized = true;
      this.json(res, 200, { ok: true, entryId: String(this.entries.indexOf(entry) + 1) });
      return;
    }
    this.json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
  }

  private lookup(scopes: CacheScope[], key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    for (const scope of scopes.filter((s) => (s.Permission & 1) === 1)) {
      const candidates = this.entries
        .filter((e) => e.finalized && e.scope === scope.Scope && e.version === version)
        .sort((a, b) => b.created - a.created);
      const exact = candidates.find((e) => e.key === key);
      if (exact) return exact;
      for (const prefix of restoreKeys) {
        const match = candidates.find((e) => e.key.startsWith(prefix));
        if (match) return match;
      }
    }
    return undefined;
  }
}
