import * as fs from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { HttpClient } from '@actions/http-client';
import type { Downloader } from './tool-installer.js';

/**
 * Release downloads with bounds on every wait, through @actions/http-client
 * (so the runner's proxy settings apply): a socket that stays silent for
 * `idleTimeoutMs` is dropped, 5xx / 408 / 429 and network errors are retried
 * a few times with a short backoff, other statuses fail at once. A body
 * shorter than its Content-Length is a failed attempt. Errors carry
 * `httpStatusCode` when the server answered.
 */
export interface HttpDownloadOptions {
  /** Attempts in all (default 3). */
  attempts?: number;
  /** Silence on the socket before an attempt is dropped (default 60 s). */
  idleTimeoutMs?: number;
  /** First backoff; doubled each retry (default 2 s). */
  retryDelayMs?: number;
  userAgent?: string;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
}

export class DownloadHttpError extends Error {
  override name = 'DownloadHttpError';
  constructor(readonly httpStatusCode: number) {
    super(`HTTP ${httpStatusCode}`);
  }
}

const RETRYABLE = (status: number) => status >= 500 || status === 408 || status === 429;

export function httpDownloader(options: HttpDownloadOptions = {}): Downloader {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return async (url, dest) => {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await downloadOnce(url, dest, options);
        return dest;
      } catch (error) {
        lastError = error;
        await rm(dest, { force: true });
        const status = error instanceof DownloadHttpError ? error.httpStatusCode : undefined;
        if ((status !== undefined && !RETRYABLE(status)) || attempt === attempts) break;
        const delay = (options.retryDelayMs ?? 2000) * 2 ** (attempt - 1);
        options.log?.(`Download attempt ${attempt} of ${attempts} failed (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms.`);
        await sleep(delay);
      }
    }
    throw lastError;
  };
}

async function downloadOnce(url: string, dest: string, options: HttpDownloadOptions): Promise<void> {
  const client = new HttpClient(options.userAgent ?? 'supply-chain-actions', [], {
    allowRetries: false,
    socketTimeout: options.idleTimeoutMs ?? 60_000,
  });
  try {
    const response = await client.get(url);
    const status = response.message.statusCode ?? 0;
    if (status !== 200) {
      response.message.resume();
      throw new DownloadHttpError(status);
    }
    const expected = Number(response.message.headers['content-length'] ?? NaN);
    let received = 0;
    response.message.on('data', (chunk: Buffer) => (received += chunk.length));
    await pipeline(response.message, fs.createWriteStream(dest));
    if (Number.isFinite(expected) && received !== expected) {
      throw new Error(`the connection closed after ${received} of ${expected} bytes`);
    }
  } finally {
    client.dispose();
  }
}
