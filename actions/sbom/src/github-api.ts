import { fetchWithPolicy, readCapped } from '@scs/action-kit';

/**
 * The few GitHub REST calls this action makes (dependency snapshot, release
 * assets), over `fetch` with a timeout that covers the body, redirects
 * followed by action-kit's http-policy (no downgrade to plain HTTP, the token
 * never to another origin) and the answer read with a cap. Injected into
 * main.ts so tests can answer with nock or a loopback server.
 */
export interface ApiResponse {
  status: number;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  text: string;
}

export type ApiRequest = (
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  options: { token: string; body?: string | Buffer; contentType?: string },
) => Promise<ApiResponse>;

export const API_TIMEOUT_MS = 60_000;
/** Largest answer read (GitHub's answers here are a few KB). */
export const API_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export const fetchApi: ApiRequest = async (method, url, options) => {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'supply-chain-actions-sbom',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetchWithPolicy(
    fetch,
    url,
    {
      method,
      headers,
      ...(options.body !== undefined ? { body: options.body } : {}),
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    },
    `GitHub API ${method} ${new URL(url).pathname}`,
  );
  const text = (
    await readCapped(response, API_MAX_RESPONSE_BYTES, `GitHub API ${method} ${new URL(url).pathname}`)
  ).toString('utf8');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
};

/** GitHub's error message from a response body, one line, bounded. */
export function apiMessage(response: ApiResponse): string {
  const message =
    response.json &&
    typeof response.json === 'object' &&
    typeof (response.json as { message?: unknown }).message === 'string'
      ? (response.json as { message: string }).message
      : response.text;
  return message.replace(/\s+/g, ' ').trim().slice(0, 300);
}
