import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DownloadHttpError, httpDownloader } from '../../../packages/tool-installer/src/http-download.js';

/** Per path, the answers in order (the last repeats): a status, a body, a truncated body, or silence. */
type Answer = { status: number } | { body: string } | { truncate: string } | 'silence';
const routes = new Map<string, Answer[]>();
const hits = new Map<string, number>();
let server: Server;
let base: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'http-download-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    const answers = routes.get(req.url ?? '') ?? [{ status: 404 }];
    const n = hits.get(req.url ?? '') ?? 0;
    hits.set(req.url ?? '', n + 1);
    const answer = answers[Math.min(n, answers.length - 1)]!;
    if (answer === 'silence') return; // accept the request, never answer
    if ('status' in answer) return void res.writeHead(answer.status, { connection: 'close' }).end();
    if ('body' in answer) return void res.writeHead(200, { 'content-length': answer.body.length, connection: 'close' }).end(answer.body);
    res.writeHead(200, { 'content-length': answer.truncate.length * 2, connection: 'close' });
    res.write(answer.truncate, () => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const download = httpDownloader({ retryDelayMs: 1, idleTimeoutMs: 300 });
const dest = (name: string) => path.join(dir, name);

describe('httpDownloader', () => {
  it('downloads a file', async () => {
    routes.set('/ok', [{ body: 'payload' }]);
    await download(`${base}/ok`, dest('ok'));
    expect(fs.readFileSync(dest('ok'), 'utf8')).toBe('payload');
  });

  it('retries 5xx and 429, then succeeds', async () => {
    routes.set('/flaky', [{ status: 503 }, { status: 429 }, { body: 'late' }]);
    await download(`${base}/flaky`, dest('flaky'));
    expect(fs.readFileSync(dest('flaky'), 'utf8')).toBe('late');
    expect(hits.get('/flaky')).toBe(3);
  });

  it('fails a 404 at once, with its status', async () => {
    routes.set('/missing', [{ status: 404 }]);
    const error = await download(`${base}/missing`, dest('missing')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadHttpError);
    expect((error as DownloadHttpError).httpStatusCode).toBe(404);
    expect(hits.get('/missing')).toBe(1);
  });

  it('drops a silent server after the idle timeout instead of hanging, and retries a bounded number of times', async () => {
    routes.set('/hang', ['silence']);
    const started = Date.now();
    await expect(download(`${base}/hang`, dest('hang'))).rejects.toThrow(/timeout/i);
    expect(hits.get('/hang')).toBe(3);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fs.existsSync(dest('hang'))).toBe(false);
  });

  it('treats a body shorter than its Content-Length as a failed attempt', async () => {
    routes.set('/short', [{ truncate: 'half' }]);
    await expect(download(`${base}/short`, dest('short'))).rejects.toThrow();
    expect(hits.get('/short')).toBe(3);
    expect(fs.existsSync(dest('short'))).toBe(false);
  });
});
