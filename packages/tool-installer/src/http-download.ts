import * as fs from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import { HttpClient } from '@actions/http-client';
import { backoffDelay, parseRetryAfter, realSleep, retryLoop, type RetryPolicy } from '@scs/action-kit';
import type { Downloader } from './tool-installer.js';

/**
 * Release downloads with bounds on every wait, through @actions/http-client
 * (so the runner's proxy settings apply; it refuses a redirect from https to
 * http and drops the Authorization header on a redirect to another host):
 * - a socket that stays silent for `idleTimeoutMs` is dropped;
 * - each attempt must finish within `attemptDeadlineMs` (headers and body:
 *   a mirror that trickles a byte every few seconds never trips the idle
 *   timeout, so this is what stops it), and all attempts with their backoff
 *   within `totalDeadlineMs`; a deadline is not retried;
 * - 5xx / 408 / 429 and network errors are retried a few times with a short
 *   backoff or after the server's Retry-After (action-kit's retry loop),
 *   other statuses fail at once;
 * - the body is capped at `maxBytes` while it is written.
 * A body shorter than its Content-Length is a failed attempt. Errors carry
 * `httpStatusCode` when the server answered.
 */
export interface HttpDownloadOptions {
  /** Attempts in all (default 3). */
  attempts?: number;
  /** Silence on the socket before an attempt is dropped (default 60 s). */
  idleTimeoutMs?: number;
  /** First backoff; doubled each retry (default 2 s). */
  retryDelayMs?: number;
  /** Time one attempt may take from request to last byte (default 10 min). */
  attemptDeadlineMs?: number;
  /** Time all attempts and backoffs may take together (default 15 min). */
  totalDeadlineMs?: number;
  /** Largest body accepted (default 1 GiB; Trivy's archives are ≈ 50 MB). */
  maxBytes?: number;
  userAgent?: string;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
}

export class DownloadHttpError extends Error {
  override name = 'DownloadHttpError';
  constructor(
    readonly httpStatusCode: number,
    /** What the server's Retry-After asked for, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${httpStatusCode}`);
  }
}

/** The download did not finish in time (not retried: a slow mirror stays slow). */
export class DownloadDeadlineError extends Error {
  override name = 'DownloadDeadlineError';
}

/** The body is larger than any release asset this installer downloads. */
export class DownloadTooLargeError extends Error {
  override name = 'DownloadTooLargeError';
}

export const DEFAULT_ATTEMPT_DEADLINE_MS = 10 * 60_000;
export const DEFAULT_TOTAL_DEADLINE_MS = 15 * 60_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;

const RETRYABLE = (status: number) => status >= 500 || status === 408 || status === 429;

/** Whether a failed attempt may be retried: 5xx / 408 / 429 and network errors, never a deadline or an oversized body. */
function retryable(error: unknown): boolean {
  if (error instanceof DownloadDeadlineError || error instanceof DownloadTooLargeError) return false;
  return !(error instanceof DownloadHttpError) || RETRYABLE(error.httpStatusCode);
}

/**
 * The downloader: @actions/http-client on the wire (the runner's proxy
 * settings apply), action-kit's retry loop around it (one retry policy:
 * bounded tries, exponential backoff, the total deadline as the bound of
 * every wait).
 */
export function httpDownloader(options: HttpDownloadOptions = {}): Downloader {
  const attempts = options.attempts ?? 3;
  const total = options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS;
  const policy: RetryPolicy = {
    attempts,
    baseDelayMs: options.retryDelayMs ?? 2000,
    maxDelayMs: Number.MAX_SAFE_INTEGER,
    budgetMs: total,
  };
  return async (url, dest) => {
    const deadlineAt = Date.now() + total;
    let tries = 0;
    const end = await retryLoop<void>(
      { policy, sleep: options.sleep ?? realSleep, ...(options.log ? { log: options.log } : {}) },
      () => downloadOnce(url, dest, options, deadlineAt),
      async (outcome) => {
        tries += 1;
        if (!('error' in outcome)) return { retry: false };
        await rm(dest, { force: true });
        if (!retryable(outcome.error)) return { retry: false };
        // The server's Retry-After, else the backoff; waited only when the total deadline is still ahead after it.
        const asked = outcome.error instanceof DownloadHttpError ? outcome.error.retryAfterMs : undefined;
        const delay = asked ?? backoffDelay(tries, policy);
        if (Date.now() + delay >= deadlineAt) return { retry: false };
        const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
        return { retry: true, why: `Download attempt ${tries} of ${attempts} failed (${message})`, waitMs: delay };
      },
    );
    if ('error' in end.outcome) throw end.outcome.error;
    return dest;
  };
}

async function downloadOnce(
  url: string,
  dest: string,
  options: HttpDownloadOptions,
  deadlineAt: number,
): Promise<void> {
  const total = options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS;
  const perAttempt = options.attemptDeadlineMs ?? DEFAULT_ATTEMPT_DEADLINE_MS;
  const limitMs = Math.max(0, Math.min(perAttempt, deadlineAt - Date.now()));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  const client = new HttpClient(options.userAgent ?? 'supply-chain-actions', [], {
    allowRetries: false,
    socketTimeout: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
  });
  let received = 0;
  let message: IncomingMessage | undefined;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const which =
        limitMs < perAttempt
          ? `the ${Math.round(total / 1000)} s total deadline for all attempts`
          : `the ${Math.round(perAttempt / 1000)} s deadline per attempt`;
      const error = new DownloadDeadlineError(
        `the download did not finish within ${which} (${received} bytes received; the mirror or the network is too slow, or stalls on purpose)`,
      );
      message?.destroy(error);
      client.dispose();
      reject(error);
    }, limitMs);
  });
  const work = (async () => {
    const response = await client.get(url);
    message = response.message;
    const status = response.message.statusCode ?? 0;
    if (status !== 200) {
      response.message.resume();
      const retryAfter = response.message.headers['retry-after'];
      throw new DownloadHttpError(status, parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : undefined));
    }
    const declared = Number(response.message.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.message.destroy();
      throw new DownloadTooLargeError(
        `the server announces ${declared} bytes, over the ${maxBytes}-byte limit for a release asset`,
      );
    }
    response.message.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes)
        response.message.destroy(
          new DownloadTooLargeError(`more than ${maxBytes} bytes, the limit for a release asset`),
        );
    });
    await pipeline(response.message, fs.createWriteStream(dest));
    if (Number.isFinite(declared) && received !== declared) {
      throw new Error(`the connection closed after ${received} of ${declared} bytes`);
    }
  })();
  work.catch(() => undefined); // settled by the race below; a late rejection after the deadline is expected
  try {
    await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    client.dispose();
  }
}
