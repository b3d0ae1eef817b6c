import { stripInvisible } from '@scs/action-kit';
import type { GitHubClient } from '@scs/github-api';
import { trimToBytes } from './text-limits.js';

/**
 * One sticky pull request comment per workflow + job: a hidden HTML-comment
 * marker on its first line finds it again, and later runs edit it in place
 * instead of adding a comment per push.
 *
 * Only comments written by a bot account (`user.type === 'Bot'`, which is
 * what `github.token` and GitHub App tokens post as) count as ours, or, with
 * `authorLogin`, only that account's: anyone can post a comment containing
 * the marker, and editing theirs would show our results under their name,
 * which they could then edit. Runs with a personal access token pass its
 * login as `authorLogin`.
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

const MARKER_PART_MAX = 100;

function markerPart(value: string, fallback: string, keep = /[^A-Za-z0-9._/-]+/g): string {
  const cleaned = stripInvisible(value)
    .replace(keep, '_')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, MARKER_PART_MAX)
    .replace(/-+$/, '');
  return cleaned || fallback;
}

/**
 * `<!-- scs:scan:<workflow>:<job> -->`: a valid HTML comment whatever the
 * names hold (no `--`, no `>`, nothing that could end it early). Names that
 * differ only in punctuation share a marker.
 */
export function stickyMarker(workflow: string, job: string, prefix = 'scs:scan'): string {
  return `<!-- ${markerPart(prefix, 'scs', /[^A-Za-z0-9:._/-]+/g)}:${markerPart(workflow, 'workflow')}:${markerPart(job, 'job')} -->`;
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
  /** Only this account's comments count (default: any bot account's). */
  authorLogin?: string;
}

export interface UpsertStickyCommentResult {
  id: number;
  action: 'created' | 'updated';
  /** The comment's html_url. */
  url: string;
  truncated: boolean;
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

function ours(comment: IssueComment, marker: string, authorLogin: string | undefined): boolean {
  if (typeof comment.body !== 'string' || !comment.body.includes(marker)) return false;
  if (authorLogin) return comment.user?.login?.toLowerCase() === authorLogin.toLowerCase();
  return comment.user?.type === 'Bot';
}

/** The first comment carrying the marker (by the expected author), searching every page. */
export async function findStickyComment(
  client: GitHubClient,
  options: Pick<UpsertStickyCommentOptions, 'owner' | 'repo' | 'issueNumber' | 'marker' | 'authorLogin'>,
): Promise<IssueComment | undefined> {
  const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/issues/${options.issueNumber}/comments`;
  for await (const page of client.pages<IssueComment>(path)) {
    const found = page.items.find((c) => ours(c, options.marker, options.authorLogin));
    if (found) return found;
  }
  return undefined;
}

export async function upsertStickyComment(client: GitHubClient, options: UpsertStickyCommentOptions): Promise<UpsertStickyCommentResult> {
  if (!Number.isInteger(options.issueNumber) || options.issueNumber < 1) {
    throw new TypeError(`A sticky comment needs a pull request number, got ${options.issueNumber}`);
  }
  const { body, truncated } = composeCommentBody(options.marker, options.body);
  const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
  const existing = await findStickyComment(client, options);
  if (existing) {
    const updated = await client.request<IssueComment>('PATCH', `${repoPath}/issues/comments/${existing.id}`, { body });
    return { id: updated.data.id ?? existing.id, action: 'updated', url: updated.data.html_url ?? existing.html_url ?? '', truncated };
  }
  const created = await client.request<IssueComment>('POST', `${repoPath}/issues/${options.issueNumber}/comments`, { body });
  return { id: created.data.id, action: 'created', url: created.data.html_url ?? '', truncated };
}
