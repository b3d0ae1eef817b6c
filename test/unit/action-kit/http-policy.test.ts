/**
 * The shared HTTP policy (issue 13, items 4-6; issue 16, item 1): redirects followed by hand
 * (no downgrade to plain HTTP except loopback, credentials never sent to
 * another origin), bodies and files read with the cap enforced while
 * reading, the caller's deadline covering a trickling body, idle and total
 * deadlines, bounded retries with jitter and Retry-After. Against a real
 * loopback server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BodyReadError,
  ConfigurationError,
  HttpRequestError,
  RedirectRefusedError,
  SizeCapError,
  backoffDelay,
  checkRedirect,
  fetchWithPolicy,
  readCapped,
  readFileCapped,
  readFileCappedSync,
  parseRetryAfter,
  readInputFileCapped,
  withRetries,
} from '@scs/action-kit';
import { execFileSync } from 'node:child_process';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const seen: { url: string; host: string; authorization?: string; cookie?: string; method: string }[] = [];
let handler: Handler = (_req, res) => res.end();
let server: Server;
let port = 0;
const on = (h: Handler) => {
  handler = h;
  seen.length = 0;
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({
      url: req.url ?? '',
      host: req.headers.host ?? '',
      authorization: req.headers.authorization,
      cookie: req.headers.cookie,
      method: req.method ?? '',
    });
    handler(req, res);
  });
  port = await listenOnLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
});

describe('redirects', () => {
  it('refuses a redirect from https to plain http on a non-loopback host, and allows loopback', () => {
    expect(() =>
      checkRedirect(new URL('https://ghcr.io/v2/x'), new URL('http://evil.example/x'), 'GET ghcr.io'),
    ).toThrow(RedirectRefusedError);
    expect(() =>
      checkRedirect(new URL('https://ghcr.io/v2/x'), new URL('http://evil.example/x'), 'GET ghcr.io'),
    ).toThrow(
      'GET ghcr.io: redirected from https://ghcr.io/v2/x to http://evil.example/x — a downgrade from HTTPS to plain HTTP is refused',
    );
    expect(() => checkRedirect(new URL('https://ghcr.io/a'), new URL('http://127.0.0.1:5000/a'), 'x')).not.toThrow();
    expect(() => checkRedirect(new URL('https://ghcr.io/a'), new URL('file:///etc/passwd'), 'x')).toThrow(
      /'file:' URL; refused/,
    );
    expect(() =>
      checkRedirect(new URL('http://mirror.internal/a'), new URL('http://mirror2.internal/a'), 'x'),
    ).not.toThrow();
  });

  it('refuses, through fetchWithPolicy, an https URL whose server redirects to http (a stand-in fetch answers for the https host)', async () => {
    const fetchFn = async (input: string | URL) =>
      String(input).startsWith('https://ghcr.io/')
        ? new Response('moved', { status: 302, headers: { location: 'http://ghcr-mirror.example/v2/token' } })
        : new Response('{}', { status: 200 });
    await expect(fetchWithPolicy(fetchFn, 'https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2')).rejects.toThrow(
      'GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: redirected from https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2 to http://ghcr-mirror.example/v2/token — a downgrade',
    );
  });

  it('keeps credentials on the same origin and drops them when a redirect leaves it', async () => {
    on((req, res) => {
      if (req.url === '/start') res.writeHead(302, { location: '/same' }).end();
      else if (req.url === '/same') res.writeHead(307, { location: `http://localhost:${port}/other` }).end();
      else res.end('done');
    });
    const response = await fetchWithPolicy(fetch, `http://127.0.0.1:${port}/start`, {
      headers: { Authorization: 'Bearer secret-token', Cookie: 'a=b', Accept: 'x/y' },
    });
    expect(await response.text()).toBe('done');
    expect(seen.map((s) => [s.url, s.authorization, s.cookie])).toEqual([
      ['/start', 'Bearer secret-token', 'a=b'],
      ['/same', 'Bearer secret-token', 'a=b'],
      ['/other', undefined, undefined], // localhost is another origin than 127.0.0.1
    ]);
  });

  it('stops after five redirects and turns POST into GET on 303', async () => {
    on((req, res) => {
      if (req.url === '/post') res.writeHead(303, { location: '/get' }).end();
      else if (req.url === '/get') res.end(req.method);
      else res.writeHead(302, { location: `/loop${Number((req.url ?? '').slice(5) || 0) + 1}` }).end();
    });
    await expect(fetchWithPolicy(fetch, `http://127.0.0.1:${port}/loop0`)).rejects.toThrow(
      /more than 5 redirects; refused/,
    );
    const response = await fetchWithPolicy(fetch, `http://127.0.0.1:${port}/post`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await response.text()).toBe('GET');
  });
});

describe('deadlines (limits: total and idle)', () => {
  it('drops a server that stays silent after the request, at the idle timeout', async () => {
    on(() => undefined); // accept, never answer
    const started = Date.now();
    const error = await fetchWithPolicy(fetch, `http://127.0.0.1:${port}/silent`, {}, 'GET silent', {
      idleTimeoutMs: 300,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TimeoutError');
    expect((error as Error).message).toBe('GET silent: no data for 300 ms; the connection was dropped');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('drops a body that stops half-way at the idle timeout, while a steady trickle is only stopped by the total', async () => {
    on((req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      if (req.url === '/stall') return void res.write('x'.repeat(10));
      const timer = setInterval(() => res.write('x'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const stalled = await fetchWithPolicy(fetch, `http://127.0.0.1:${port}/stall`, {}, 'GET stall', {
      idleTimeoutMs: 300,
      timeoutMs: 10_000,
    });
    const error = await readCapped(stalled, 4096, 'GET stall').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyReadError);
    expect((error as Error).message).toBe('GET stall: the answer broke off (no data for 300 ms)');
    const started = Date.now();
    const trickled = await fetchWithPolicy(fetch, `http://127.0.0.1:${port}/trickle`, {}, 'GET trickle', {
      idleTimeoutMs: 300,
      timeoutMs: 900,
    });
    await expect(readCapped(trickled, 4096, 'GET trickle')).rejects.toThrow(BodyReadError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('lets a body that arrives in time through whole, and stops its idle timer', async () => {
    on((_req, res) => res.end('whole'));
    const response = await fetchWithPolicy(fetch, `http://127.0.0.1:${port}/ok`, {}, 'GET ok', {
      idleTimeoutMs: 200,
      timeoutMs: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readCapped(response, 100, 'GET ok')).toString()).toBe('whole');
  });
});

describe('retries (one policy: bounded, jitter, Retry-After)', () => {
  const policy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, budgetMs: 30_000, jitter: 0.5 };

  it('honours Retry-After (seconds or a date; never jittered) and gives up after the tries', async () => {
    let hits = 0;
    on((_req, res) => {
      hits++;
      res.writeHead(503, { 'retry-after': hits === 1 ? '2' : new Date(Date.now() + 5000).toUTCString() }).end();
    });
    const waits: number[] = [];
    const error = await withRetries(
      'GET busy',
      { policy, sleep: async (ms) => void waits.push(ms), random: () => 0.9 },
      () => fetchWithPolicy(fetch, `http://127.0.0.1:${port}/busy`),
    ).catch((e: unknown) => e);
    expect(hits).toBe(3);
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBeGreaterThan(3000);
    expect(waits[1]).toBeLessThanOrEqual(5000);
    expect(error).toBeInstanceOf(HttpRequestError);
    expect((error as HttpRequestError).message).toBe('GET busy: HTTP 503 Service Unavailable (after 3 tries)');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('does not start a Retry-After longer than the budget, and jitters only its own backoff', async () => {
    on((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end());
    const waits: number[] = [];
    await expect(
      withRetries('GET limited', { policy, sleep: async (ms) => void waits.push(ms) }, () =>
        fetchWithPolicy(fetch, `http://127.0.0.1:${port}/limited`),
      ),
    ).rejects.toThrow(
      'GET limited: HTTP 429 Too Many Requests (after 1 try; Retry-After 3600 s would exceed the 30 s retry budget)',
    );
    expect(waits).toEqual([]);
    expect(backoffDelay(2, policy, () => 0)).toBe(2000);
    expect(backoffDelay(2, policy, () => 0.999)).toBeGreaterThanOrEqual(1000);
    expect(backoffDelay(5, { ...policy, jitter: 0 })).toBe(8000);
  });

  it("retries a network error, then returns the first answer that is not retryable (a 404 is the caller's)", async () => {
    let hits = 0;
    on((req, res) => {
      hits++;
      if (hits === 1) return void req.socket.destroy();
      res.writeHead(404).end();
    });
    const log: string[] = [];
    const response = await withRetries(
      'GET gone',
      { policy: { ...policy, jitter: 0 }, sleep: async () => undefined, log: (m) => log.push(m) },
      () => fetchWithPolicy(fetch, `http://127.0.0.1:${port}/gone`),
    );
    expect(response.status).toBe(404);
    expect(hits).toBe(2);
    expect(log).toEqual([expect.stringMatching(/^GET gone: .*fetch failed.*; retrying in 1000 ms \(retry 1 of 2\)$/)]);
  });
});

describe('bounded reads', () => {
  it('refuses an announced length over the cap without reading, and an undeclared one as soon as the cap is passed', async () => {
    on((req, res) => {
      if (req.url === '/declared')
        res.writeHead(200, { 'content-length': String(5 * 1024 * 1024) }).end(Buffer.alloc(5 * 1024 * 1024));
      else {
        res.writeHead(200); // chunked: no length
        let sent = 0;
        const push = () => {
          if (sent >= 64 || res.destroyed) return res.end();
          sent++;
          res.write(Buffer.alloc(1024 * 1024), push);
        };
        push();
      }
    });
    await expect(
      readCapped(await fetch(`http://127.0.0.1:${port}/declared`), 1024 * 1024, 'GET listing'),
    ).rejects.toThrow(
      new SizeCapError('GET listing: the answer announces 5242880 bytes, over the 1048576-byte limit; refused'),
    );
    await expect(
      readCapped(await fetch(`http://127.0.0.1:${port}/chunked`), 1024 * 1024, 'GET listing'),
    ).rejects.toThrow('GET listing: the answer is over the 1048576-byte limit; refused');
  });

  it('a body trickled one byte at a time ends at the caller deadline with a clear error', async () => {
    on((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      const timer = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const response = await fetchWithPolicy(fetch, `http://127.0.0.1:${port}/trickle`, {
      signal: AbortSignal.timeout(800),
    });
    const error = await readCapped(response, 1024 * 1024, 'GET trickle').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyReadError);
    expect((error as Error).message).toBe('GET trickle: the answer broke off (the deadline passed)');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reads a file with a cap whatever it claims to be (a device that never ends)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-capped-'));
    try {
      fs.writeFileSync(path.join(dir, 'small.json'), '{"ok":true}');
      expect((await readFileCapped(path.join(dir, 'small.json'), 11, 'report')).toString()).toBe('{"ok":true}');
      await expect(readFileCapped(path.join(dir, 'small.json'), 10, 'The report small.json')).rejects.toThrow(
        'The report small.json is over the 10-byte limit; refused',
      );
      await expect(readFileCapped('/dev/zero', 3 * 1024 * 1024, 'The report /dev/zero')).rejects.toThrow(SizeCapError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readFileCappedSync (state files an Actions cache restore can fill)', () => {
  it('reads a small regular file; refuses a device, a FIFO (without blocking) and a file over the cap', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-capped-sync-'));
    try {
      fs.writeFileSync(path.join(dir, 'metadata.json'), '{"Version":2}');
      expect(readFileCappedSync(path.join(dir, 'metadata.json'), 100, 'metadata.json').toString()).toBe(
        '{"Version":2}',
      );
      expect(() => readFileCappedSync(path.join(dir, 'metadata.json'), 5, 'metadata.json')).toThrow(
        'metadata.json is over the 5-byte limit; refused',
      );
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.json'));
      expect(() => readFileCappedSync(path.join(dir, 'zero.json'), 1024, 'zero.json')).toThrow(
        'zero.json is not a regular file; refused',
      );
      execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
      const started = Date.now();
      expect(() => readFileCappedSync(path.join(dir, 'fifo.json'), 1024, 'fifo.json')).toThrow(
        'fifo.json is not a regular file; refused',
      );
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files an input names (vex, baseline, ignore-file)', () => {
  it('reads a small file, and refuses an over-cap (sparse) file or a device naming the input, without echoing bytes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-input-cap-'));
    try {
      const small = path.join(dir, 'vex.json');
      fs.writeFileSync(small, '{"a":1}');
      expect(readInputFileCapped(small, 1024, 'vex').toString()).toBe('{"a":1}');

      const sparse = path.join(dir, 'huge.json');
      fs.writeFileSync(sparse, 'SECRET-FIRST-BYTES');
      fs.truncateSync(sparse, 64 * 1024 * 1024);
      let error: unknown;
      try {
        readInputFileCapped(sparse, 1024 * 1024, 'vex');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/Input 'vex'.*over the 1048576-byte limit/);
      expect((error as Error).message).not.toContain('SECRET-FIRST-BYTES');

      const device = path.join(dir, 'zero.json');
      fs.symlinkSync('/dev/zero', device);
      expect(() => readInputFileCapped(device, 1024, 'baseline')).toThrow(/Input 'baseline'.*not a regular file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
