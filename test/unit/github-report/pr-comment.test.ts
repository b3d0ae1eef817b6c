import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { GitHubApiError } from '@scs/github-api';
import {
  COMMENT_CUT_NOTE,
  COMMENT_MAX_BYTES,
  composeCommentBody,
  resolveCommentIdentity,
  stickyMarker,
  upsertStickyComment,
} from '@scs/github-report';
import { API, TOKEN, recorder, testClient } from './helpers.js';

const MARKER = stickyMarker('CI', 'scan');
const LIST = '/repos/octo/app/issues/7/comments';
const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const HUMAN = { login: 'mallory', type: 'User' };

function comments(
  from: number,
  n: number,
  extra: Record<number, { body: string; user: { login: string; type: string } }> = {},
) {
  return Array.from({ length: n }, (_, i) => {
    const id = from + i;
    return {
      id,
      body: `comment ${id}`,
      user: HUMAN,
      html_url: `https://github.com/octo/app/pull/7#issuecomment-${id}`,
      ...extra[id],
    };
  });
}

/** Pages of comments linked by rel="next"; only the first `read` pages are expected to be requested. */
function listPages(pageContents: ReturnType<typeof comments>[], read = pageContents.length) {
  let scope = nock(API);
  pageContents.slice(0, read).forEach((items, index) => {
    const page = index + 1;
    const query: Record<string, string> = page === 1 ? { per_page: '100' } : { per_page: '100', page: String(page) };
    const next: Record<string, string> =
      page < pageContents.length ? { link: `<${API}${LIST}?per_page=100&page=${page + 1}>; rel="next"` } : {};
    scope = scope.get(LIST).query(query).reply(200, items, next);
  });
  return scope;
}

/**
 * What GitHub answers for github.token: GET /user is refused to an
 * installation token, GraphQL's viewer names the bot (without "[bot]").
 */
function installationTokenIdentity(login = 'github-actions') {
  return nock(API)
    .get('/user')
    .reply(403, { message: 'Resource not accessible by integration' })
    .post('/graphql', (body: { query?: string }) => /viewer/.test(body.query ?? ''))
    .reply(200, { data: { viewer: { login, __typename: 'Bot' } } });
}

describe('upsertStickyComment', () => {
  it('finds the marker on page 2 of 3 and edits that comment in place (PATCH), without reading page 3', async () => {
    const pages = [
      comments(1, 100),
      comments(101, 100, { 150: { body: `${MARKER}\nold results`, user: BOT } }),
      comments(201, 10),
    ];
    const list = listPages(pages, 2);
    const identity = installationTokenIdentity();
    const patch = recorder<{ body: string }>();
    const update = nock(API)
      .patch('/repos/octo/app/issues/comments/150', patch.match)
      .reply(200, { id: 150, html_url: 'https://github.com/octo/app/pull/7#issuecomment-150' });
    const { client } = testClient();

    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: '## New results',
    });

    expect(result).toEqual({
      id: 150,
      action: 'updated',
      url: 'https://github.com/octo/app/pull/7#issuecomment-150',
      truncated: false,
      author: 'github-actions[bot]',
    });
    expect(identity.isDone()).toBe(true);
    expect(patch.bodies).toEqual([{ body: `${MARKER}\n## New results` }]);
    expect(list.isDone()).toBe(true);
    expect(update.isDone()).toBe(true);
  });

  it('searches every page: a marker on the last page is found', async () => {
    const pages = [
      comments(1, 100),
      comments(101, 100),
      comments(201, 3, { 203: { body: `${MARKER}\nold`, user: BOT } }),
    ];
    const list = listPages(pages);
    const update = nock(API).patch('/repos/octo/app/issues/comments/203').reply(200, { id: 203 });
    const { client } = testClient();
    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: 'x',
    });
    expect(result.action).toBe('updated');
    expect(list.isDone()).toBe(true);
    expect(update.isDone()).toBe(true);
  });

  it('no comment with the marker: reads all pages, then creates one (POST)', async () => {
    const list = listPages([comments(1, 100), comments(101, 100), comments(201, 5)]);
    const post = recorder<{ body: string }>();
    const create = nock(API)
      .post(LIST, post.match)
      .reply(201, { id: 999, html_url: 'https://github.com/octo/app/pull/7#issuecomment-999' });
    const { client } = testClient();
    const identity = { login: 'github-actions[bot]', bot: true, source: 'default' as const };
    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: 'results',
      identity,
    });
    expect(result).toEqual({
      id: 999,
      action: 'created',
      url: 'https://github.com/octo/app/pull/7#issuecomment-999',
      truncated: false,
      author: 'github-actions[bot]',
    });
    expect(post.bodies).toEqual([{ body: `${MARKER}\nresults` }]);
    expect(list.isDone()).toBe(true);
    expect(create.isDone()).toBe(true);
  });

  it('ignores a marker in a comment by someone else (it would show our results under their name)', async () => {
    const list = listPages([comments(1, 2, { 2: { body: `${MARKER}\nfake: all clear`, user: HUMAN } })]);
    const create = nock(API).post(LIST).reply(201, { id: 3 });
    const { client } = testClient();
    expect(
      (await upsertStickyComment(client, { owner: 'octo', repo: 'app', issueNumber: 7, marker: MARKER, body: 'r' }))
        .action,
    ).toBe('created');
    expect(list.isDone()).toBe(true);
    expect(create.isDone()).toBe(true);
  });

  it('does not edit another bot’s or app’s comment that carries the marker (issue 13, item 9)', async () => {
    const list = listPages([
      comments(1, 3, {
        1: { body: `${MARKER}\nforged: all clear`, user: { login: 'evil-app[bot]', type: 'Bot' } },
        2: { body: `${MARKER}\nforged too`, user: { login: 'dependabot[bot]', type: 'Bot' } },
        3: { body: `${MARKER}\na person named like us`, user: { login: 'github-actions', type: 'User' } },
      }),
    ]);
    installationTokenIdentity();
    const create = nock(API).post(LIST).reply(201, { id: 4 });
    const { client } = testClient();
    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: 'r',
    });
    expect(result.action).toBe('created');
    expect(list.isDone()).toBe(true);
    expect(create.isDone()).toBe(true);
  });

  it('a GitHub App token: only that app’s bot comments count', async () => {
    const list = listPages([
      comments(1, 2, {
        1: { body: `${MARKER}\nby github.token`, user: BOT },
        2: { body: `${MARKER}\nours`, user: { login: 'scs-reporter[bot]', type: 'Bot' } },
      }),
    ]);
    installationTokenIdentity('scs-reporter');
    const update = nock(API).patch('/repos/octo/app/issues/comments/2').reply(200, { id: 2 });
    const { client } = testClient();
    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: 'r',
    });
    expect(result).toMatchObject({ action: 'updated', id: 2, author: 'scs-reporter[bot]' });
    expect(list.isDone()).toBe(true);
    expect(update.isDone()).toBe(true);
  });

  it('a personal access token: GET /user names the account, and a bot’s comment is not its', async () => {
    nock(API).get('/user').reply(200, { login: 'Release-Bot', type: 'User' });
    const list = listPages([
      comments(1, 2, {
        1: { body: `${MARKER}\nbot`, user: { login: 'release-bot[bot]', type: 'Bot' } },
        2: { body: `${MARKER}\nmine`, user: { login: 'release-bot', type: 'User' } },
      }),
    ]);
    const update = nock(API).patch('/repos/octo/app/issues/comments/2').reply(200, { id: 2 });
    const { client } = testClient();
    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: 'r',
    });
    expect(result).toMatchObject({ action: 'updated', id: 2, author: 'Release-Bot' });
    expect(list.isDone()).toBe(true);
    expect(update.isDone()).toBe(true);
  });

  it('when GitHub names nobody, only github-actions[bot] (github.token) counts', async () => {
    nock(API)
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .post('/graphql')
      .reply(403, { message: 'no' });
    const { client } = testClient();
    await expect(resolveCommentIdentity(client)).resolves.toEqual({
      login: 'github-actions[bot]',
      bot: true,
      source: 'default',
    });
  });

  it('with authorLogin, only that account’s comments count (PAT users)', async () => {
    const list = listPages([
      comments(1, 3, {
        1: { body: `${MARKER}\nby a bot`, user: BOT },
        3: { body: `${MARKER}\nmine`, user: { login: 'Release-Bot', type: 'User' } },
      }),
    ]);
    const update = nock(API).patch('/repos/octo/app/issues/comments/3').reply(200, { id: 3 });
    const { client } = testClient();
    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: 'r',
      authorLogin: 'release-bot',
    });
    expect(result).toMatchObject({ id: 3, action: 'updated' });
    expect(list.isDone()).toBe(true);
    expect(update.isDone()).toBe(true);
  });

  it('keeps the body under 64 KiB with a note, marker first', async () => {
    const list = listPages([[]]);
    installationTokenIdentity();
    const post = recorder<{ body: string }>();
    const create = nock(API).post(LIST, post.match).reply(201, { id: 1 });
    const { client } = testClient();
    const huge = `| a | b |\n`.repeat(5000) + '€'.repeat(30_000);
    const result = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: huge,
    });
    const sent = post.bodies[0]?.body ?? '';
    expect(result.truncated).toBe(true);
    expect(Buffer.byteLength(sent, 'utf8')).toBeLessThanOrEqual(COMMENT_MAX_BYTES);
    expect(sent.length).toBeLessThan(65_536);
    expect(sent.startsWith(`${MARKER}\n`)).toBe(true);
    expect(sent.endsWith(COMMENT_CUT_NOTE)).toBe(true);
    expect(list.isDone()).toBe(true);
    expect(create.isDone()).toBe(true);
  });

  it('a 403 on create surfaces as GitHubApiError naming pull-requests: write, without the token', async () => {
    const list = listPages([[]]);
    const create = nock(API).post(LIST).reply(403, { message: 'Resource not accessible by integration' });
    const { client } = testClient();
    const error = await upsertStickyComment(client, {
      owner: 'octo',
      repo: 'app',
      issueNumber: 7,
      marker: MARKER,
      body: 'r',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).permission).toBe('pull-requests: write');
    expect((error as Error).message).not.toContain(TOKEN);
    expect(list.isDone()).toBe(true);
    expect(create.isDone()).toBe(true);
  });

  it('refuses a missing pull request number before any request', async () => {
    const { client } = testClient();
    await expect(
      upsertStickyComment(client, { owner: 'o', repo: 'r', issueNumber: 0, marker: MARKER, body: 'x' }),
    ).rejects.toThrow(/pull request number/);
  });
});

describe('stickyMarker', () => {
  it.each([
    ['CI', 'scan', '<!-- scs:scan:CI:scan -->'],
    ['Security / scan', 'trivy-image', '<!-- scs:scan:Security_/_scan:trivy-image -->'],
    ['evil --> <script>', 'job--name', '<!-- scs:scan:evil_-_script:job-name -->'],
    ['', '', '<!-- scs:scan:workflow:job -->'],
    ['wf-', '-->', '<!-- scs:scan:wf:job -->'],
  ])('(%j, %j) → %s', (workflow, job, expected) => {
    expect(stickyMarker(workflow, job)).toBe(expected);
  });

  it('adds the report key, so matrix legs and several scans in one job keep their own comment', () => {
    expect(stickyMarker('CI', 'scan', 'scs:scan', 'image:ghcr.io/octo/app:1.2@sha256')).toBe(
      '<!-- scs:scan:CI:scan:image:ghcr.io/octo/app:1.2@sha256 -->',
    );
    expect(stickyMarker('CI', 'scan', 'scs:scan', 'linux --> <b>')).toBe('<!-- scs:scan:CI:scan:linux_-_b -->');
    expect(stickyMarker('CI', 'scan', 'scs:scan', '')).toBe('<!-- scs:scan:CI:scan -->');
  });

  it('is always one well-formed HTML comment', () => {
    for (const name of ['a--b', '--', '->x', 'x-', '\u202E-->', 'a'.repeat(500), '<!--', '-- >']) {
      const marker = stickyMarker(name, name);
      const inner = marker.slice('<!-- '.length, -' -->'.length);
      expect(inner).not.toContain('--');
      expect(inner).not.toMatch(/[<>]/);
      expect(inner.endsWith('-')).toBe(false);
      expect(marker.length).toBeLessThan(250);
    }
  });

  it('composeCommentBody leaves a small body alone', () => {
    expect(composeCommentBody(MARKER, 'hi')).toEqual({ body: `${MARKER}\nhi`, truncated: false });
  });
});
