import { GitHubClient } from '@scs/github-api';

export const API = 'https://api.github.com';
export const TOKEN = 'ghs_ReportTestToken0987654321';

/** A client on the default API URL whose waits are recorded instead of slept. */
export function testClient(): { client: GitHubClient; waits: number[] } {
  const waits: number[] = [];
  const client = new GitHubClient({
    token: TOKEN,
    apiUrl: API,
    sleep: async (ms) => {
      waits.push(ms);
    },
    retryDelayMs: 1,
  });
  return { client, waits };
}

/** Records the JSON bodies nock receives for one interceptor. */
export function recorder<T = Record<string, unknown>>(): { bodies: T[]; match: (body: T) => boolean } {
  const bodies: T[] = [];
  return {
    bodies,
    match: (body: T) => {
      bodies.push(body);
      return true;
    },
  };
}
