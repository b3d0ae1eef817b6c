import { GitHubApiError, type GitHubClient } from '@scs/github-api';
import { reportIdentity } from './report-key.js';
import { trimToBytes } from './text-limits.js';

/**
 * One sticky pull request comment per workflow + job + report key: a hidden
 * HTML-comment marker on its first line finds it again, and later runs edit
 * it in place instead of adding a comment per push.
 *
 * Only comments written by the identity the token belongs to count as ours:
 * anyone (a person, another bot or GitHub App) can post a comment containing
 * the marker, and editing theirs would show our results under their name,
 * which they could then edit. The identity is asked of GitHub
 * ({@link resolveCommentIdentity}: `GET /user` for a user's token, GraphQL
 * `viewer` for an installation token), and is `github-actions[bot]` — whom
 * `github.token` posts as — when GitHub will not say; `authorLogin`
 * overrides it.
 *
 * The comments are read page by page (100 per page, every page up to the
 * client's limit) and the search stops at the first match. The body is kept
 * under 64 KiB (GitHub refuses comments over 65,536 characters; bytes bound
 * characters) and ends with a note when cut.
 */

/** Bytes a comment body may have, marker included: under 64 KiB. */
export const COMMENT_MAX_BYTES = 65_535;

export const COMMENT_CUT_NOTE =
  "\n\n---\n_This comment was cut to stay under GitHub's 65,536-character limit: the job summary and the report files have everything._";

/**
 * `<!-- scs:scan:<workflow>:<job>[:<key>] -->`: the comment's marker is the
 * report identity (reportIdentity, shared with the check run) in an HTML
 * comment, valid whatever the names hold.
 */
export function stickyMarker(workflow: string, job: string, prefix = 'scs:scan', key = ''): string {
  return `<!-- ${reportIdentity(workflow, job, prefix, key)} -->`;
}

/** Whom the token posts comments as. */
export interface CommentIdentity {
  /** As REST shows a comment's author: `octocat`, `github-actions[bot]`, `my-app[bot]`. */
  login: string;
  bot: boolean;
  /** How it was learnt: GET /user, GraphQL viewer, or the default for `github.token`. */
  source: 'user' | 'graphql' | 'default';
}

/** Whom `github.token` (an installation token of the GitHub Actions app) posts as. */
export const GITHUB_TOKEN_IDENTITY: CommentIdentity = Object.freeze({
  login: 'github-actions[bot]',
  bot: true,
  source: 'default' as const,
});

/**
 * The account the token belongs to: `GET /user` answers for a user's token
 * (a PAT); an installation token (github.token, a GitHub App) gets 403 there,
 * and GraphQL's `viewer` names the app's bot. When neither answers, the
 * default token's identity, `github-actions[bot]`.
 */
export async function resolveCommentIdentity(client: GitHubClient): Promise<CommentIdentity> {
  try {
    const user = await client.request<{ login?: unknown; type?: unknown }>('GET', '/user');
    if (typeof user.data.login === 'string' && user.data.login !== '') {
      return { login: user.data.login, bot: user.data.type === 'Bot', source: 'user' };
    }
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
  }
  try {
    // GraphQL lives beside the REST root: api.github.com/graphql, HOST/api/graphql on GHES.
    const graphqlPath = /\/api\/v3$/.test(client.apiUrl) ? '/../graphql' : '/graphql';
    const viewer = await client.request<{ data?: { viewer?: { login?: unknown; __typename?: unknown } } }>(
      'POST',
      graphqlPath,
      {
        query: 'query { viewer { login __typename } }',
      },
    );
    const found = viewer.data.data?.viewer;
    if (found && typeof found.login === 'string' && found.login !== '') {
      const bot = found.__typename === 'Bot';
      return {
        login: bot && !found.login.endsWith('[bot]') ? `${found.login}[bot]` : found.login,
        bot,
        source: 'graphql',
      };
    }
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
  }
  return GITHUB_TOKEN_IDENTITY;
}

export interface UpsertStickyCommentOptions {
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** From `stickyMarker`. */
  marker: string;
  /** Markdown; the marker is put on the first line. */
  body: string;
  /** Only this account's comments count (default: the token's identity, asked of GitHub). */
  authorLogin?: string;
  /** The token's identity when the caller already knows it. */
  identity?: CommentIdentity;
}

export interface UpsertStickyCommentResult {
  id: number;
  action: 'created' | 'updated';
  /** The comment's html_url. */
  url: string;
  truncated: boolean;
  /** Whose comments were considered ours. */
  author: string;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

/** Marker + body within COMMENT_MAX_BYTES. */
export function composeCommentBody(marker: string, body: string): { body: string; truncated: boolean } {
  const trimmed = trimToBytes(body, COMMENT_MAX_BYTES - Buffer.byteLength(`${marker}\n`, 'utf8'), COMMENT_CUT_NOTE);
  return { body: `${marker}\n${trimmed.text}`, truncated: trimmed.truncated };
}

/** Whether `user` is `identity` (a bot must also be marked as one: a person cannot be named `x[bot]`, but be strict). */
export function sameAuthor(user: IssueComment['user'], identity: Pick<CommentIdentity, 'login' | 'bot'>): boolean {
  const login = user?.login?.toLowerCase();
  if (!login) return false;
  const wanted = identity.login.toLowerCase();
  if (identity.bot)
    return user?.type === 'Bot' && (login === wanted || login === `${wanted.replace(/\[bot\]$/, '')}[bot]`);
  return user?.type !== 'Bot' && login === wanted;
}

function ours(comment: IssueComment, marker: string, identity: Pick<CommentIdentity, 'login' | 'bot'>): boolean {
  if (typeof comment.body !== 'string' || !comment.body.includes(marker)) return false;
  return sameAuthor(comment.user, identity);
}

function authorOf(
  options: Pick<UpsertStickyCommentOptions, 'authorLogin' | 'identity'>,
  resolved?: CommentIdentity,
): Pick<CommentIdentity, 'login' | 'bot'> {
  if (options.authorLogin) return { login: options.authorLogin, bot: /\[bot\]$/i.test(options.authorLogin) };
  return options.identity ?? resolved ?? GITHUB_TOKEN_IDENTITY;
}

/** The first comment carrying the marker by the expected author, searching every page. */
export async function findStickyComment(
  client: GitHubClient,
  options: Pick<UpsertStickyCommentOptions, 'owner' | 'repo' | 'issueNumber' | 'marker' | 'authorLogin' | 'identity'>,
): Promise<IssueComment | undefined> {
  const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/issues/${options.issueNumber}/comments`;
  const author = authorOf(options);
  for await (const page of client.pages<IssueComment>(path)) {
    const found = page.items.find((c) => ours(c, options.marker, author));
    if (found) return found;
  }
  return undefined;
}

export async function upsertStickyComment(
  client: GitHubClient,
  options: UpsertStickyCommentOptions,
): Promise<UpsertStickyCommentResult> {
  if (!Number.isInteger(options.issueNumber) || options.issueNumber < 1) {
    throw new TypeError(`A sticky comment needs a pull request number, got ${options.issueNumber}`);
  }
  const { body, truncated } = composeCommentBody(options.marker, options.body);
  const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
  const identity = options.authorLogin || options.identity ? undefined : await resolveCommentIdentity(client);
  const author = authorOf(options, identity);
  const existing = await findStickyComment(client, {
    ...options,
    identity: { login: author.login, bot: author.bot, source: identity?.source ?? 'user' },
  });
  if (existing) {
    const updated = await client.request<IssueComment>('PATCH', `${repoPath}/issues/comments/${existing.id}`, { body });
    return {
      id: updated.data.id ?? existing.id,
      action: 'updated',
      url: updated.data.html_url ?? existing.html_url ?? '',
      truncated,
      author: author.login,
    };
  }
  const created = await client.request<IssueComment>('POST', `${repoPath}/issues/${options.issueNumber}/comments`, {
    body,
  });
  return { id: created.data.id, action: 'created', url: created.data.html_url ?? '', truncated, author: author.login };
}
