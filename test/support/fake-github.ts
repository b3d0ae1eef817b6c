/**
 * A loopback stand-in for the GitHub REST API, for built bundles run in a
 * child process (where nock cannot reach). Routes answer with canned JSON;
 * every request is recorded with its parsed body.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, listenOnLoopback } from './loopback-server.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Responder = (request: RecordedRequest) => {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: { method: string; pattern: RegExp; respond: Responder }[] = [];
  private server: Server | undefined;

  get apiUrl(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake GitHub API not started');
    return `http://127.0.0.1:${address.port}`;
  }

  on(method: string, pattern: RegExp, respond: Responder): this {
    this.routes.push({ method, pattern, respond });
    return this;
  }

  reset(): void {
    this.routes.length = 0;
    this.requests.length = 0;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the raw text
    }
    const request: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '', headers: req.headers, body };
    this.requests.push(request);
    const route = this.routes.find((r) => r.method === request.method && r.pattern.test(request.path));
    const answer = route ? route.respond(request) : { status: 404, body: { message: 'Not Found' } };
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      connection: 'close',
      ...(answer.headers ?? {}),
    });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }
}
