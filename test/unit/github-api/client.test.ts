import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { GitHubApiError, GitHubClient, parseLinkHeader, permissionFor, rateLimitWaitMs, redact } from '@scs/github-api';

const API = 'https://api.github.com';
const TOKEN = 'ghs_TopSecretToken1234567890';

function client(overrides: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}) {
  const waits: number[] = [];
  const log: string[] = [];
  const c = new GitHubClient({
    token: TOKEN,
    apiUrl: API,
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => 1_700_000_000_000,
    log: (line) => log.push(line),
    ...overrides,
  });
  return { c, waits, log };
}

async function caught(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubApiError);
    const e = error as GitHubApiError;
    // The token never appears in what an error says.
    expect(e.message).not.toContain(TOKEN);
    expect(e.apiMessage).not.toContain(TOKEN);
    expect(JSON.stringify({ ...e, message: e.message, stack: e.stack })).not.toContain(TOKEN);
    return e;
  }
  throw new Error('expected the request to fail');
}

describe('GitHubClient.request', () => {
  it('sends the token, API version and JSON body, and returns status, data and headers', async () => {
    const scope = nock(API, {
      reqheaders: {
        authorization: `Bearer ${TOKEN}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'scs-test',
      },
    })
      .post('/repos/o/r/things', { a: 1 })
      .reply(201, { id: 7 }, { 'x-github-request-id': 'ABC' });
    const { c } = client({ userAgent: 'scs-test' });
    const response = await c.request<{ id: number }>('POST', '/repos/o/r/things', { a: 1 });
    expect(response.status).toBe(201);
    expect(response.data).toEqual({ id: 7 });
    expect(response.headers['x-github-request-id']).toBe('ABC');
    expect(scope.isDone()).toBe(true);
  });

  it('works against a GHES API URL with a path prefix', async () => {
    const scope = nock('https://ghe.example.com').get('/api/v3/repos/o/r').reply(200, { ok: true });
    const { c } = client({ apiUrl: 'https://ghe.example.com/api/v3/' });
    expect((await c.request('GET', '/repos/o/r')).data).toEqual({ ok: true });
    expect(scope.isDone()).toBe(true);
  });

  it('retries a secondary rate limit after retry-after seconds, then succeeds', async () => {
    const scope = nock(API)
      .post('/repos/o/r/check-runs')
      .reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '7' })
      .post('/repos/o/r/check-runs')
      .reply(429, { message: 'Too many requests' }, { 'retry-after': '2' })
      .post('/repos/o/r/check-runs')
      .reply(201, { id: 1 });
    const { c, waits, log } = client();
    const response = await c.request('POST', '/repos/o/r/check-runs', {});
    expect(response.status).toBe(201);
    expect(waits).toEqual([7000, 2000]);
    expect(log.join('\n')).toMatch(/rate limited; retrying in 7000 ms/);
    expect(log.join('\n')).not.toContain(TOKEN);
    expect(scope.isDone()).toBe(true);
  });

  it('waits until x-ratelimit-reset when the primary limit is used up', async () => {
    const reset = 1_700_000_000 + 30; // 30 s after `now`
    const scope = nock(API)
      .get('/rate')
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      )
      .get('/rate')
      .reply(200, {});
    const { c, waits } = client();
    await c.request('GET', '/rate');
    expect(waits).toEqual([31_000]);
    expect(scope.isDone()).toBe(true);
  });

  it('waits a minute on a secondary rate limit without headers', async () => {
    const scope = nock(API)
      .get('/x')
      .reply(403, {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      })
      .get('/x')
      .reply(200, []);
    const { c, waits } = client();
    await c.request('GET', '/x');
    expect(waits).toEqual([60_000]);
    expect(scope.isDone()).toBe(true);
  });

  it('does not start a wait longer than the budget: fails at once as rate-limited', async () => {
    const scope = nock(API).get('/x').reply(429, { message: 'slow down' }, { 'retry-after': '3600' });
    const { c, waits } = client({ maxWaitMs: 90_000 });
    const error = await caught(c.request('GET', '/x'));
    expect(waits).toEqual([]);
    expect(error.status).toBe(429);
    expect(error.rateLimited).toBe(true);
    expect(error.isPermissionProblem).toBe(false);
    expect(error.message).toMatch(/rate-limited/);
    expect(scope.isDone()).toBe(true);
  });

  it('retries 5xx with exponential backoff, bounded by maxRetries', async () => {
    const scope = nock(API)
      .get('/flaky')
      .reply(502, 'Bad gateway')
      .get('/flaky')
      .reply(503, {})
      .get('/flaky')
      .reply(200, { ok: 1 });
    const { c, waits } = client({ retryDelayMs: 100 });
    expect((await c.request('GET', '/flaky')).data).toEqual({ ok: 1 });
    expect(waits).toEqual([100, 200]);
    expect(scope.isDone()).toBe(true);
  });

  it('gives up after maxRetries 5xx answers with the last status', async () => {
    const scope = nock(API).get('/down').times(3).reply(500, { message: 'Server Error' });
    const { c, waits } = client({ maxRetries: 2, retryDelayMs: 10 });
    const error = await caught(c.request('GET', '/down'));
    expect(error.status).toBe(500);
    expect(error.message).toBe('GitHub API GET /down failed with HTTP 500: Server Error');
    expect(waits).toEqual([10, 20]);
    expect(scope.isDone()).toBe(true);
  });

  it('403 → GitHubApiError naming the permission, without retrying', async () => {
    const scope = nock(API).post('/repos/o/r/check-runs').reply(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
    });
    const { c, waits } = client();
    const error = await caught(c.request('POST', '/repos/o/r/check-runs', { name: 'x' }));
    expect(waits).toEqual([]);
    expect(error.status).toBe(403);
    expect(error.method).toBe('POST');
    expect(error.path).toBe('/repos/o/r/check-runs');
    expect(error.apiMessage).toBe('Resource not accessible by integration');
    expect(error.permission).toBe('checks: write');
    expect(error.documentationUrl).toBe('https://docs.github.com/rest/checks/runs#create-a-check-run');
    expect(error.isPermissionProblem).toBe(true);
    expect(error.message).toContain(
      'GitHub API POST /repos/o/r/check-runs failed with HTTP 403: Resource not accessible by integration',
    );
    expect(error.message).toContain("the token needs `checks: write`: add it to the job's `permissions:`");
    expect(error.message).toMatch(/forks/);
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    ['PATCH', '/repos/o/r/issues/comments/5', 'pull-requests: write'],
    ['POST', '/repos/o/r/code-scanning/sarifs', 'security-events: write'],
  ] as const)('404 on %s %s → a hint that names %s', async (method, path, permission) => {
    const scope = nock(API).intercept(path, method).reply(404, { message: 'Not Found' });
    const { c } = client();
    const error = await caught(c.request(method, path, {}));
    expect(error.status).toBe(404);
    expect(error.permission).toBe(permission);
    expect(error.message).toContain(`GitHub answers 404 when the token cannot see the resource`);
    expect(error.message).toContain(`\`${permission}\``);
    expect(scope.isDone()).toBe(true);
  });

  it('422 → the validation details are in the message', async () => {
    const scope = nock(API)
      .post('/repos/o/r/check-runs')
      .reply(422, {
        message: 'Validation Failed',
        errors: [
          { resource: 'CheckRun', field: 'head_sha', code: 'invalid' },
          'Only 50 annotations are allowed per request',
        ],
      });
    const { c } = client();
    const error = await caught(c.request('POST', '/repos/o/r/check-runs', {}));
    expect(error.status).toBe(422);
    expect(error.apiMessage).toBe(
      'Validation Failed (CheckRun head_sha invalid; Only 50 annotations are allowed per request)',
    );
    expect(error.hint).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('redacts the token should a response ever echo it', async () => {
    const scope = nock(API)
      .get('/echo')
      .reply(400, { message: `bad credentials ${TOKEN}` });
    const { c } = client();
    const error = await caught(c.request('GET', '/echo'));
    expect(error.apiMessage).toBe('bad credentials ***');
    expect(scope.isDone()).toBe(true);
  });

  it('a network error is retried, then reported as status 0 without the token', async () => {
    const scope = nock(API).get('/net').times(2).replyWithError('socket hang up');
    const { c, waits } = client({ maxRetries: 1, retryDelayMs: 5 });
    const error = await caught(c.request('GET', '/net'));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/^GitHub API GET \/net failed: network error: /);
    expect(waits).toEqual([5]);
    expect(scope.isDone()).toBe(true);
  });

  it('a missing token or a bad API URL fails each request, not the constructor', async () => {
    const noToken = new GitHubClient({ token: '' });
    await expect(noToken.request('GET', '/x')).rejects.toThrow('Cannot call the GitHub API: no GitHub token was given');
    const badUrl = new GitHubClient({ token: TOKEN, apiUrl: 'ftp://example.com' });
    await expect(badUrl.paginate('/x')).rejects.toThrow(/must be http\(s\)/);
  });

  it('rejects a path that is not relative to the API URL', async () => {
    const { c } = client();
    await expect(c.request('GET', 'https://evil.example/x')).rejects.toThrow(/must start with '\/'/);
  });
});

describe('GitHubClient.paginate', () => {
  it('follows Link rel="next" and adds per_page=100', async () => {
    const scope = nock(API)
      .get('/repos/o/r/issues/1/comments')
      .query({ per_page: '100' })
      .reply(200, [{ id: 1 }, { id: 2 }], {
        link: `<${API}/repositories/9/issues/1/comments?per_page=100&page=2>; rel="next", <${API}/repositories/9/issues/1/comments?per_page=100&page=3>; rel="last"`,
      })
      .get('/repositories/9/issues/1/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ id: 3 }], { link: `<${API}/repositories/9/issues/1/comments?per_page=100&page=3>; rel="next"` })
      .get('/repositories/9/issues/1/comments')
      .query({ per_page: '100', page: '3' })
      .reply(200, [{ id: 4 }]);
    const { c } = client();
    expect(await c.paginate<{ id: number }>('/repos/o/r/issues/1/comments')).toEqual([
      { id: 1 },
      { id: 2 },
      { id: 3 },
      { id: 4 },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('stops at maxPages and marks the last page truncated', async () => {
    const link = (n: number) => ({ link: `<${API}/items?per_page=100&page=${n}>; rel="next"` });
    const scope = nock(API)
      .get('/items')
      .query({ per_page: '100' })
      .reply(200, [1], link(2))
      .get('/items')
      .query({ per_page: '100', page: '2' })
      .reply(200, [2], link(3));
    const { c } = client({ maxPages: 2 });
    const pages = [];
    for await (const page of c.pages<number>('/items')) pages.push(page);
    expect(pages).toEqual([
      { items: [1], page: 1, truncated: false },
      { items: [2], page: 2, truncated: true },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('never follows a next link to another origin (the token would go with it)', async () => {
    const scope = nock(API)
      .get('/items')
      .query(true)
      .reply(200, [1], { link: '<https://evil.example/steal?page=2>; rel="next"' });
    const { c, log } = client();
    expect(await c.paginate('/items')).toEqual([1]);
    expect(log.join('\n')).toMatch(/another origin/);
    expect(scope.isDone()).toBe(true);
  });
});

describe('helpers', () => {
  it('parseLinkHeader', () => {
    expect(parseLinkHeader('<https://a/x?page=2>; rel="next", <https://a/x?page=5>; rel="last"')).toEqual({
      next: 'https://a/x?page=2',
      last: 'https://a/x?page=5',
    });
    expect(parseLinkHeader(undefined)).toEqual({});
  });

  it.each([
    ['POST', '/repos/o/r/check-runs', 'checks: write'],
    ['PATCH', '/repos/o/r/check-runs/12', 'checks: write'],
    ['GET', '/repos/o/r/issues/3/comments', 'pull-requests: read'],
    ['POST', '/repos/o/r/issues/3/comments', 'pull-requests: write'],
    ['POST', '/repos/o/r/code-scanning/sarifs', 'security-events: write'],
    ['GET', '/user', undefined],
  ])('permissionFor(%s %s) = %s', (method, path, expected) => {
    expect(permissionFor(method, path)).toBe(expected);
  });

  it('rateLimitWaitMs reads retry-after as seconds or a date', () => {
    expect(rateLimitWaitMs(429, { 'retry-after': '5' }, {}, 0)).toBe(5000);
    expect(rateLimitWaitMs(403, { 'retry-after': new Date(10_000).toUTCString() }, {}, 0)).toBe(10_000);
    expect(rateLimitWaitMs(403, {}, { message: 'Resource not accessible by integration' }, 0)).toBeUndefined();
    expect(rateLimitWaitMs(500, { 'retry-after': '5' }, {}, 0)).toBeUndefined();
  });

  it('redact', () => {
    expect(redact('a TOKEN b TOKEN', 'TOKEN')).toBe('a *** b ***');
    expect(redact('abc', '')).toBe('abc');
  });
});

describe('redirects and answer size (issue 13, items 5 and 6)', () => {
  it('refuses a redirect to plain HTTP at once (no retry), without sending the token there', async () => {
    const evil = nock('http://evil.example').get('/x').reply(200, {});
    nock(API).get('/repos/o/r').reply(302, '', { location: 'http://evil.example/x' });
    const { c } = client();
    const e = await caught(c.request('GET', '/repos/o/r'));
    expect(e.message).toContain(
      'redirected from https://api.github.com/repos/o/r to http://evil.example/x — a downgrade from HTTPS to plain HTTP is refused',
    );
    expect(evil.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('follows a redirect to another origin without the Authorization header', async () => {
    nock(API).get('/repos/o/r/tarball').reply(302, '', { location: 'https://codeload.example/o/r.tar.gz' });
    // badheaders: this interceptor matches only a request that carries no Authorization header.
    const codeload = nock('https://codeload.example', { badheaders: ['authorization'] })
      .get('/o/r.tar.gz')
      .reply(200, { ok: true });
    const { c } = client();
    const response = await c.request('GET', '/repos/o/r/tarball');
    expect(response.data).toEqual({ ok: true });
    expect(codeload.isDone()).toBe(true);
  });

  it('refuses an answer over 32 MiB as it is read', async () => {
    nock(API)
      .get('/repos/o/r/issues/1/comments')
      .query(true)
      .reply(200, () => Buffer.alloc(33 * 1024 * 1024, 0x20), { 'content-type': 'application/json' });
    const { c } = client();
    const e = await caught(c.paginate('/repos/o/r/issues/1/comments'));
    expect(e.message).toContain('over the 33554432-byte limit; refused');
  });
});
