/**
 * A loopback stand-in for GitHub's artifact service, speaking the protocol
 * @actions/artifact (v2+) uses: Twirp JSON calls to the results service
 * (CreateArtifact → a signed blob URL, FinalizeArtifact → the artifact ID)
 * and an Azure Blob block upload (PUT …&comp=block, PUT …&comp=blocklist) to
 * that URL. It keeps what was uploaded so tests can open the zip.
 *
 * Runs on 127.0.0.1, so both in-process tests and the built bundle (a child
 * process, which nock cannot reach) can use it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import { closeServer, listenOnLoopback } from '../../../support/loopback-server.js';

export interface CreatedArtifact {
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  version: number;
}

export interface FinalizedArtifact {
  name: string;
  size: string;
  hash?: string;
}

export class ArtifactService {
  readonly created: CreatedArtifact[] = [];
  readonly finalized: FinalizedArtifact[] = [];
  readonly requests: string[] = [];
  /** Authorization headers seen on Twirp calls. */
  readonly authorizations: string[] = [];
  /** name → committed blob bytes. */
  readonly blobs = new Map<string, Buffer>();
  /** Names that already exist in "this run": CreateArtifact answers 409. */
  readonly existing = new Set<string>();
  private readonly blocks = new Map<string, Buffer>();
  private server: Server | undefined;
  private nextId = 4242;

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('artifact service not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Environment a runner gives a step for artifact uploads. */
  runnerEnv(): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken('run-backend-1', 'job-backend-7'),
    };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, Buffer.concat(chunks), res));
    });
    await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  /** File names in the uploaded zip of artifact `name`, with their contents. */
  zipEntries(name: string): Record<string, Buffer> {
    const blob = this.blobs.get(name);
    if (!blob) throw new Error(`no blob uploaded for artifact ${name}`);
    return readZip(blob);
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(
      `${req.method} ${url.pathname}${url.searchParams.get('comp') ? `?comp=${url.searchParams.get('comp')}` : ''}`,
    );
    const twirp = '/twirp/github.actions.results.api.v1.ArtifactService/';
    if (req.method === 'POST' && url.pathname.startsWith(twirp)) {
      this.authorizations.push(req.headers.authorization ?? '');
      // Twirp JSON with protobuf field names (snake_case); camelCase accepted too.
      const raw = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      const request = Object.fromEntries(
        Object.entries(raw).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
      );
      const method = url.pathname.slice(twirp.length);
      if (method === 'CreateArtifact') {
        const name = String(request.name);
        if (this.existing.has(name)) {
          this.json(res, 409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          });
          return;
        }
        this.created.push({
          name,
          workflowRunBackendId: String(request.workflowRunBackendId),
          workflowJobRunBackendId: String(request.workflowJobRunBackendId),
          version: Number(request.version),
        });
        this.json(res, 200, {
          ok: true,
          signedUploadUrl: `${this.url}/blob/artifacts/${encodeURIComponent(name)}?sv=2024&sig=fakesig`,
        });
        return;
      }
      if (method === 'FinalizeArtifact') {
        const name = String(request.name);
        this.finalized.push({
          name,
          size: String(request.size),
          ...(request.hash ? { hash: String(request.hash) } : {}),
        });
        this.existing.add(name);
        this.json(res, 200, { ok: true, artifactId: String(this.nextId++) });
        return;
      }
      this.json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
      return;
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/blob/artifacts/')) {
      const name = decodeURIComponent(url.pathname.slice('/blob/artifacts/'.length));
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        this.blocks.set(`${name}\n${url.searchParams.get('blockid')}`, body);
        res.writeHead(201, { connection: 'close', 'x-ms-request-server-encrypted': 'true' }).end();
        return;
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
          (m) => m[1]!,
        );
        this.blobs.set(name, Buffer.concat(ids.map((id) => this.blocks.get(`${name}\n${id}`) ?? Buffer.alloc(0))));
        res.writeHead(201, { connection: 'close', etag: '"0x1"', 'last-modified': new Date().toUTCString() }).end();
        return;
      }
      // A single-shot upload (Put Blob).
      this.blobs.set(name, body);
      res.writeHead(201, { connection: 'close', etag: '"0x1"' }).end();
      return;
    }
    res.writeHead(404, { connection: 'close' }).end();
  }
}

/** An unsigned JWT with the Actions.Results scope @actions/artifact reads the backend IDs from. */
export function fakeRuntimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead:x Actions.Results:${runBackendId}:${jobBackendId}` })}.sig`;
}

/** Entries of a zip file (stored or deflated), read from its central directory. */
export function readZip(zip: Buffer): Record<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: Record<string, Buffer> = {};
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const data = zip.subarray(start, start + compressedSize);
    if (!name.endsWith('/')) entries[name] = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
