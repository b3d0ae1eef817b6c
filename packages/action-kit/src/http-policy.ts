/**
 * One policy for every HTTP exchange the actions make over `fetch` (GitHub's
 * API, OCI registries, the vulnerability-DB mirrors), so that a hostile or
 * broken server meets the same bounds everywhere:
 *
 * - **Redirects are followed by hand** ({@link fetchWithPolicy}), at most
 *   {@link MAX_REDIRECTS}: a redirect from `https:` to plain `http:` is
 *   refused unless it stays on a loopback host (tests, local mirrors), and
 *   `Authorization`, `Cookie` and `Proxy-Authorization` are dropped as soon
 *   as a redirect leaves the origin the request was made to — credentials are
 *   never forwarded across origins.
 * - **Bodies are read with the cap enforced while reading**
 *   ({@link readCapped}): a declared `Content-Length` over the cap is refused
 *   before a byte is read, and an undeclared or lying one is cut off the
 *   moment the cap is passed — memory never holds more than the cap.
 * - **Deadlines**: the caller's `AbortSignal` (every client passes
 *   `AbortSignal.timeout(...)`) covers the whole exchange, redirects and the
 *   body included, so a server that trickles one byte at a time is stopped at
 *   the deadline, not only when it falls silent.
 *
 * Files read whole (reports, listings, configuration) go through
 * {@link readFileCapped}, which reads at most cap + 1 bytes whatever the file
 * claims or becomes while it is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError, InfrastructureError } from './errors.js';

export const MAX_REDIRECTS = 5;

/** A `fetch`-compatible function (the global one, or a test double). */
export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** Headers that carry credentials: never sent to an origin other than the one the request was made to. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** `localhost`, `127.x.x.x` or `[::1]`, with or without a port. */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** A URL without query and fragment (they may carry signatures or tokens), for messages. */
function shown(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** A redirect the policy refuses (a downgrade to plain HTTP, too many hops, a bad Location). */
export class RedirectRefusedError extends InfrastructureError {
  override name = 'RedirectRefusedError';
}

/**
 * Throws when following a redirect from `from` to `to` would leave TLS for a
 * host that is not loopback.
 */
export function checkRedirect(from: URL, to: URL, what: string): void {
  if (to.protocol !== 'https:' && to.protocol !== 'http:') {
    throw new RedirectRefusedError(`${what}: redirected from ${shown(from)} to a '${to.protocol}' URL; refused`);
  }
  if (from.protocol === 'https:' && to.protocol === 'http:' && !isLoopbackHostname(to.hostname)) {
    throw new RedirectRefusedError(
      `${what}: redirected from ${shown(from)} to ${shown(to)} — a downgrade from HTTPS to plain HTTP is refused (the server or a proxy ` +
        'in between is misconfigured or hostile; this is not a problem with the workflow)',
    );
  }
}

function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers ?? {}).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/**
 * `fetch` with the redirect policy above. `init.redirect` is ignored (the
 * redirects are followed here); the final response is returned whatever its
 * status. 301/302/303 after a POST continue as GET without a body, as
 * browsers do; 307/308 keep the method and body.
 *
 * `limits` adds deadlines to the caller's signal: `timeoutMs` for the whole
 * exchange (redirects and body), `idleTimeoutMs` for silence (no headers,
 * or no body bytes, for that long).
 */
export async function fetchWithPolicy(
  fetchFn: FetchLike,
  input: string | URL,
  init: RequestInit = {},
  what?: string,
  limits: TransferLimits = {},
): Promise<Response> {
  if (limits.timeoutMs !== undefined || limits.idleTimeoutMs !== undefined) {
    return fetchWithLimits(fetchFn, input, init, what, limits);
  }
  let url = new URL(input);
  const label = what ?? `${init.method ?? 'GET'} ${shown(url)}`;
  const origin = url.origin;
  let headers = headerRecord(init.headers);
  let method = init.method ?? 'GET';
  let body = init.body;
  for (let hop = 0; ; hop++) {
    const response = await fetchFn(url, {
      ...init,
      method,
      headers,
      ...(body !== undefined && body !== null ? { body } : { body: null }),
      redirect: 'manual',
    });
    if (![301, 302, 303, 307, 308].includes(response.status)) return response;
    const location = response.headers.get('location');
    await response.body?.cancel().catch(() => undefined);
    if (!location) throw new RedirectRefusedError(`${label}: HTTP ${response.status} without a Location; refused`);
    if (hop >= MAX_REDIRECTS) throw new RedirectRefusedError(`${label}: more than ${MAX_REDIRECTS} redirects; refused`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new RedirectRefusedError(`${label}: the redirect Location is not a URL; refused`);
    }
    checkRedirect(url, next, label);
    if (next.origin !== origin) {
      headers = Object.fromEntries(
        Object.entries(headers).filter(([key]) => !CREDENTIAL_HEADERS.includes(key.toLowerCase())),
      );
    }
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      headers = Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== 'content-type'));
    }
    url = next;
  }
}

/** Deadlines of one exchange, on top of the caller's own signal. */
export interface TransferLimits {
  /** The whole exchange: redirects, headers and the body to its last byte. */
  timeoutMs?: number;
  /** Silence: no answer, or no byte of the body, for this long. */
  idleTimeoutMs?: number;
}

/** The exchange fell silent for longer than its idle timeout (named like AbortSignal.timeout's, so it reads as a deadline). */
export class IdleTimeoutError extends Error {
  override name = 'TimeoutError';
  constructor(
    label: string,
    readonly idleTimeoutMs: number,
  ) {
    super(`${label}: no data for ${idleTimeoutMs} ms; the connection was dropped`);
  }
}

/** A timer that aborts `controller` after `ms` of silence; `touch` restarts it, `stop` ends it. */
function idleWatch(controller: AbortController, ms: number, label: string): { touch(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new IdleTimeoutError(label, ms)), ms);
    timer.unref?.();
  };
  touch();
  return { touch, stop: () => clearTimeout(timer) };
}

async function fetchWithLimits(
  fetchFn: FetchLike,
  input: string | URL,
  init: RequestInit,
  what: string | undefined,
  limits: TransferLimits,
): Promise<Response> {
  const controller = new AbortController();
  const signals = [controller.signal];
  if (init.signal) signals.push(init.signal);
  if (limits.timeoutMs !== undefined) signals.push(AbortSignal.timeout(limits.timeoutMs));
  const signal = AbortSignal.any(signals);
  const label = what ?? `${init.method ?? 'GET'} ${shown(new URL(input))}`;
  if (limits.idleTimeoutMs === undefined) return fetchWithPolicy(fetchFn, input, { ...init, signal }, what);
  const watch = idleWatch(controller, limits.idleTimeoutMs, label);
  let response: Response;
  try {
    response = await fetchWithPolicy(fetchFn, input, { ...init, signal }, what);
  } catch (error) {
    watch.stop();
    throw error;
  }
  if (!response.body || [101, 204, 205, 304].includes(response.status)) {
    watch.stop();
    return response;
  }
  watch.touch();
  // Every chunk restarts the idle timer; the end of the body (or its failure) stops it.
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, sink) {
        watch.touch();
        sink.enqueue(chunk);
      },
      flush() {
        watch.stop();
      },
    }),
    // A deadline fails the body even when the fetch in use does not watch the signal itself.
    { signal },
  );
  signal.addEventListener('abort', () => watch.stop(), { once: true });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A body that broke off while it was read (a network fault: worth a retry). */
export class BodyReadError extends InfrastructureError {
  override name = 'BodyReadError';
}

/** A body, or a file, over its size cap (not worth a retry). */
export class SizeCapError extends InfrastructureError {
  override name = 'SizeCapError';
}

/**
 * Reads a response body, refusing it as soon as it is over `maxBytes`
 * (announced or actual). The caller's AbortSignal bounds the time.
 */
export async function readCapped(response: Response, maxBytes: number, what: string): Promise<Buffer> {
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new SizeCapError(`${what}: the answer announces ${declared} bytes, over the ${maxBytes}-byte limit; refused`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      const reason =
        error instanceof IdleTimeoutError
          ? `no data for ${error.idleTimeoutMs} ms`
          : name === 'TimeoutError' || name === 'AbortError'
            ? 'the deadline passed'
            : String((error as { message?: unknown } | null)?.message ?? error);
      throw new BodyReadError(`${what}: the answer broke off (${reason})`, { cause: error });
    }
    if (chunk.done) break;
    total += chunk.value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SizeCapError(`${what}: the answer is over the ${maxBytes}-byte limit; refused`);
    }
    chunks.push(Buffer.from(chunk.value));
  }
  return Buffer.concat(chunks);
}

/** The chunks of a capped file read (readFileCapped, readFileCappedSync): at most maxBytes + 1 bytes are read. */
class CappedChunks {
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly what: string,
  ) {}

  /** A buffer for the next read, never larger than what is left under the cap plus one byte. */
  nextBuffer(): Buffer {
    return Buffer.allocUnsafe(Math.min(1024 * 1024, this.maxBytes + 1 - this.total));
  }

  /** Keeps bytesRead bytes of buffer; false at end of file, SizeCapError past the cap. */
  add(buffer: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return false;
    this.total += bytesRead;
    if (this.total > this.maxBytes)
      throw new SizeCapError(`${this.what} is over the ${this.maxBytes}-byte limit; refused`);
    this.chunks.push(buffer.subarray(0, bytesRead));
    return true;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.total);
  }
}

/**
 * Reads a whole file, refusing it when it holds more than `maxBytes`: never
 * more than maxBytes + 1 bytes are read, whatever `stat` said or the file
 * becomes meanwhile (a growing file, a device such as /dev/zero).
 */
export async function readFileCapped(file: string, maxBytes: number, what: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const sink = new CappedChunks(maxBytes, what);
    for (;;) {
      const buffer = sink.nextBuffer();
      if (!sink.add(buffer, (await handle.read(buffer, 0, buffer.length, null)).bytesRead)) return sink.bytes();
    }
  } finally {
    await handle.close();
  }
}

/**
 * The synchronous reader for small state files (a DB's metadata.json, a cache
 * marker, a stored manifest) in folders an Actions cache restore can fill:
 * only a regular file is read (a FIFO, a device or a directory is refused
 * without blocking), and at most maxBytes + 1 bytes of it.
 */
export function readFileCappedSync(file: string, maxBytes: number, what: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new SizeCapError(`${what} is not a regular file; refused`);
    const sink = new CappedChunks(maxBytes, what);
    for (;;) {
      const buffer = sink.nextBuffer();
      if (!sink.add(buffer, readSync(fd, buffer, 0, buffer.length, null))) return sink.bytes();
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file an input names (a VEX document, a baseline report, an ignore
 * file) with the cap enforced while reading and only when it is a regular
 * file: over the cap, or a FIFO/device, is a ConfigurationError naming the
 * input, never a read without bound and never an echo of the file's bytes.
 */
export function readInputFileCapped(file: string, maxBytes: number, input: string): Buffer {
  try {
    return readFileCappedSync(file, maxBytes, `Input '${input}' (${file})`);
  } catch (error) {
    if (error instanceof SizeCapError) {
      throw new ConfigurationError(`${error.message}. Use a file of at most ${maxBytes} bytes for '${input}'.`, {
        cause: error,
      });
    }
    throw error;
  }
}
