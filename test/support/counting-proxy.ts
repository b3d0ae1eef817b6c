/**
 * A loopback reverse proxy that forwards every request to one upstream
 * (e.g. the test registry) and counts them: proof that a run made no request.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, listenOnLoopback } from './loopback-server.js';

export class CountingProxy {
  readonly paths: string[] = [];
  private server: Server | undefined;

  constructor(private readonly upstream: string /* host:port */) {}

  get address(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('proxy not started');
    return `127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    const [host, port] = this.upstream.split(':');
    this.server = createServer((req, res) => {
      this.paths.push(`${req.method} ${req.url}`);
      const upstream = httpRequest(
        {
          host,
          port: Number(port),
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: this.upstream },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}
