import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DownloadDeadlineError,
  DownloadHttpError,
  DownloadTooLargeError,
  httpDownloader,
} from '../../../packages/tool-installer/src/http-download.js';

/** Per path, the answers in order (the last repeats): a status, a body, a truncated body, or silence. */
type Answer = { status: number; retryAfter?: string } | { body: string } | { truncate: string } | 'silence' | 'trickle';
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
    if (answer === 'trickle') {
      // one byte every 100 ms: never silent long enough for the idle timeout
      res.writeHead(200, { 'content-length': '100000', connection: 'close' });
      const timer = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if ('status' in answer)
      return void res
        .writeHead(answer.status, {
          connection: 'close',
          ...(answer.retryAfter ? { 'retry-after': answer.retryAfter } : {}),
        })
        .end();
    if ('body' in answer)
      return void res.writeHead(200, { 'content-length': answer.body.length, connection: 'close' }).end(answer.body);
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

  it("waits what the server's Retry-After asks before the next try, else the backoff", async () => {
    routes.set('/busy', [{ status: 503, retryAfter: '2' }, { status: 502 }, { body: 'served' }]);
    const waits: number[] = [];
    const waiting = httpDownloader({ retryDelayMs: 5, idleTimeoutMs: 300, sleep: async (ms) => void waits.push(ms) });
    await waiting(`${base}/busy`, dest('busy'));
    expect(fs.readFileSync(dest('busy'), 'utf8')).toBe('served');
    expect(waits).toEqual([2000, 10]);
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

describe('total deadlines and size cap (issue 13, item 4)', () => {
  it('stops a mirror that trickles one byte at a time at the attempt deadline, with a clear error and no retry', async () => {
    routes.set('/trickle', ['trickle']);
    hits.delete('/trickle');
    const started = Date.now();
    const error = await httpDownloader({ retryDelayMs: 1, idleTimeoutMs: 5000, attemptDeadlineMs: 1200 })(
      `${base}/trickle`,
      dest('trickle'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadDeadlineError);
    expect((error as Error).message).toMatch(
      /^the download did not finish within the 1 s deadline per attempt \(\d+ bytes received; the mirror or the network is too slow, or stalls on purpose\)$/,
    );
    expect(Date.now() - started).toBeLessThan(4000);
    expect(hits.get('/trickle')).toBe(1);
    expect(fs.existsSync(dest('trickle'))).toBe(false);
  });

  it('bounds all attempts together by the total deadline', async () => {
    routes.set('/always-503', [{ status: 503 }]);
    hits.delete('/always-503');
    const started = Date.now();
    const error = await httpDownloader({ attempts: 10, retryDelayMs: 400, totalDeadlineMs: 1000 })(
      `${base}/always-503`,
      dest('503'),
    ).catch((e: unknown) => e);
    expect((error as DownloadHttpError).httpStatusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(hits.get('/always-503')).toBeLessThanOrEqual(2);
  });

  it('refuses a body over the cap while writing it', async () => {
    routes.set('/big', [{ body: 'x'.repeat(5000) }]);
    const error = await httpDownloader({ retryDelayMs: 1, maxBytes: 1000 })(`${base}/big`, dest('big')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DownloadTooLargeError);
    expect((error as Error).message).toBe(
      'the server announces 5000 bytes, over the 1000-byte limit for a release asset',
    );
    expect(fs.existsSync(dest('big'))).toBe(false);
  });
});
