import {
  plainText,
  stripInvisible,
  truncate,
  truncateUtf8,
  type Annotation,
  type AnnotationLevel,
} from '@scs/action-kit';
import { GitHubApiError, type GitHubClient } from '@scs/github-api';
import { trimToChars } from './text-limits.js';

/**
 * One completed check run carrying every annotation, not just the 10 per
 * level that workflow commands get.
 *
 * GitHub takes at most 50 annotations per request: the run is created
 * (already completed, with its conclusion) with the first 50, and the rest
 * are appended with PATCH requests of 50 each. Creating it completed means a
 * failure half-way leaves a finished check with fewer annotations, never a
 * check stuck "in progress" on the pull request.
 *
 * The API requires a file and lines for every annotation. Annotations
 * without a file (findings in an image layer or an SBOM component) cannot be
 * attached anywhere meaningful (a made-up path such as "." is rejected or
 * lands on no file), so they are skipped, counted in the result, and the
 * summary ends with a line saying how many and where they are. An annotation
 * with a file but no line is placed on line 1.
 *
 * Title and summary (and text) must accompany every PATCH of `output`, so
 * they are resent with each batch. Summary and text are cut to 65,535
 * characters, GitHub's limit for each.
 */

export type CheckRunConclusion = 'success' | 'failure' | 'neutral';
export type CheckRunAnnotationLevel = 'notice' | 'warning' | 'failure';

/** An annotation in the check-run API's shape. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: CheckRunAnnotationLevel;
  message: string;
  title?: string;
}

export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for output.summary and output.text, in characters. */
export const CHECK_RUN_TEXT_MAX_CHARS = 65_535;
/** Annotation messages: GitHub takes 64 KB; kept a little under. */
export const CHECK_RUN_ANNOTATION_MESSAGE_MAX_BYTES = 64_000;
export const CHECK_RUN_ANNOTATION_TITLE_MAX_CHARS = 255;
/** Default cap on annotations per check run: 20 requests. */
export const CHECK_RUN_DEFAULT_MAX_ANNOTATIONS = 1000;

const LEVEL: Record<AnnotationLevel, CheckRunAnnotationLevel> = {
  notice: 'notice',
  warning: 'warning',
  error: 'failure',
};

export const CHECK_RUN_SUMMARY_CUT_NOTE =
  "\n\n_The summary was cut to GitHub's 65,535-character limit for check runs; the job summary and the report files have everything._";
export const CHECK_RUN_TEXT_CUT_NOTE = "\n\n_Cut to GitHub's 65,535-character limit for check runs._";

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** A repository-relative path the API can use, or undefined. */
function annotationPath(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const path = stripInvisible(file)
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
  if (path === '' || path === '.' || path.startsWith('/') || path.split('/').includes('..')) return undefined;
  return path;
}

/** Kit annotation → check-run annotation; undefined when it has no usable file. */
export function toCheckRunAnnotation(annotation: Annotation): CheckRunAnnotation | undefined {
  const path = annotationPath(annotation.file);
  if (!path) return undefined;
  const start = positive(annotation.startLine) ?? 1;
  const end = positive(annotation.endLine);
  const out: CheckRunAnnotation = {
    path,
    start_line: start,
    end_line: end !== undefined && end >= start ? end : start,
    annotation_level: LEVEL[annotation.level] ?? 'notice',
    message: truncateUtf8(plainText(annotation.message), CHECK_RUN_ANNOTATION_MESSAGE_MAX_BYTES) || '(no message)',
  };
  const title = annotation.title
    ? truncate(plainText(annotation.title).replace(/\s+/g, ' ').trim(), CHECK_RUN_ANNOTATION_TITLE_MAX_CHARS)
    : '';
  if (title) out.title = title;
  return out;
}

export interface PublishCheckRunOptions {
  owner: string;
  repo: string;
  /** The commit the check belongs to: on pull_request events the PR head SHA, not the merge commit. */
  headSha: string;
  name: string;
  conclusion: CheckRunConclusion;
  title: string;
  /** Markdown; cut to 65,535 characters with a note. */
  summary: string;
  /** Markdown details below the summary; cut to 65,535 characters with a note. */
  text?: string;
  annotations: readonly Annotation[];
  /** Link shown on the check (e.g. the workflow run). */
  detailsUrl?: string;
  /**
   * The report's identity (checkRunIdentity). With it, a check run of the
   * same name and external_id on the same commit (an earlier attempt of this
   * step) is updated instead of adding another.
   */
  externalId?: string;
  /** At most this many annotations are sent (default 1000); the rest are counted. */
  maxAnnotations?: number;
  /** Injected in tests. */
  now?: () => Date;
}

export interface PublishCheckRunResult {
  id: number;
  /** The check run's page (html_url). */
  url: string;
  annotationsSent: number;
  /** Annotations without a file in the repository (the API cannot place them). */
  annotationsSkipped: number;
  /** Annotations over `maxAnnotations`. */
  annotationsOverLimit: number;
  summaryTruncated: boolean;
  /** Requests made: the lookup, 1 POST or PATCH, then PATCHes. */
  requests: number;
  /** An earlier check run of this report (same commit, name and external_id) was updated. */
  updated: boolean;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function closingNote(skipped: number, overLimit: number): string {
  const parts: string[] = [];
  if (skipped > 0) {
    parts.push(
      `${plural(skipped, 'finding')} without a file in the repository (image or SBOM contents) ${skipped === 1 ? 'is' : 'are'} not annotated`,
    );
  }
  if (overLimit > 0)
    parts.push(
      `${plural(overLimit, 'more annotation')} ${overLimit === 1 ? 'was' : 'were'} left out (annotation limit)`,
    );
  return parts.length > 0 ? `\n\n_${parts.join('; ')}: see the job summary and the report files._` : '';
}

interface CheckRunResponse {
  id: number;
  html_url?: string;
  url?: string;
}

export async function publishCheckRun(
  client: GitHubClient,
  options: PublishCheckRunOptions,
): Promise<PublishCheckRunResult> {
  const { owner, repo } = options;
  const max = Math.max(0, options.maxAnnotations ?? CHECK_RUN_DEFAULT_MAX_ANNOTATIONS);
  const placeable: CheckRunAnnotation[] = [];
  let skipped = 0;
  for (const annotation of options.annotations) {
    const converted = toCheckRunAnnotation(annotation);
    if (converted) placeable.push(converted);
    else skipped += 1;
  }
  const toSend = placeable.slice(0, max);
  const overLimit = placeable.length - toSend.length;

  const note = closingNote(skipped, overLimit);
  // Room for the note a re-run may add (KEPT_ANNOTATIONS_NOTE) when the run can be an update.
  const room = CHECK_RUN_TEXT_MAX_CHARS - note.length - (options.externalId ? KEPT_ANNOTATIONS_NOTE.length : 0);
  const summary = trimToChars(options.summary, room, CHECK_RUN_SUMMARY_CUT_NOTE);
  const output: Record<string, unknown> = {
    title: truncate(plainText(options.title).replace(/\s+/g, ' ').trim(), 1000) || options.name,
    summary: `${summary.text}${note}`,
  };
  if (options.text) output.text = trimToChars(options.text, CHECK_RUN_TEXT_MAX_CHARS, CHECK_RUN_TEXT_CUT_NOTE).text;

  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < toSend.length; i += CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
    batches.push(toSend.slice(i, i + CHECK_RUN_ANNOTATIONS_PER_REQUEST));
  }

  const now = (options.now ?? (() => new Date()))();
  const create: Record<string, unknown> = {
    name: options.name,
    head_sha: options.headSha,
    status: 'completed',
    conclusion: options.conclusion,
    completed_at: now.toISOString(),
    output: batches[0] ? { ...output, annotations: batches[0] } : output,
  };
  if (options.detailsUrl) create.details_url = options.detailsUrl;
  if (options.externalId) create.external_id = options.externalId;

  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/check-runs`;
  let requests = 0;
  let created: CheckRunResponse | undefined;
  let sent = toSend;
  const earlier = options.externalId ? await findEarlierRun(client, options, () => (requests += 1)) : undefined;
  if (earlier) {
    // GitHub appends annotations on every update and cannot remove them: an earlier attempt's stay, none are added twice.
    const keep = earlier.annotations > 0;
    const { head_sha: _sha, ...update } = create;
    const body = keep
      ? { ...update, output: { ...output, summary: `${output.summary}${KEPT_ANNOTATIONS_NOTE}` } }
      : update;
    created = await updateEarlierRun(client, `${base}/${earlier.id}`, body);
    if (created) {
      requests += 1;
      if (keep) sent = [];
    }
  }
  const updated = created !== undefined;
  if (!created) {
    created = (await client.request<CheckRunResponse>('POST', base, create)).data;
    requests += 1;
  }
  const id = created.id;
  for (const batch of updated && sent.length === 0 ? [] : batches.slice(1)) {
    await client.request('PATCH', `${base}/${id}`, { output: { ...output, annotations: batch } });
    requests += 1;
  }
  return {
    id,
    url: created.html_url ?? created.url ?? '',
    annotationsSent: sent.length,
    annotationsSkipped: skipped,
    annotationsOverLimit: overLimit,
    summaryTruncated: summary.truncated,
    requests,
    updated,
  };
}

export const KEPT_ANNOTATIONS_NOTE =
  "\n\n_This check was updated by a later attempt; the annotations are those of the first attempt (GitHub keeps annotations on an update). The job summary has this attempt's findings._";

interface EarlierRun {
  id: number;
  annotations: number;
}

/**
 * The newest check run on the commit with this name and external_id, or
 * undefined (also when the lookup fails: a new run is created then).
 */
async function findEarlierRun(
  client: GitHubClient,
  options: PublishCheckRunOptions,
  counted: () => void,
): Promise<EarlierRun | undefined> {
  const query = new URLSearchParams({ check_name: options.name, filter: 'all', per_page: '100' });
  const where = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/commits/${encodeURIComponent(options.headSha)}/check-runs?${query}`;
  let runs: unknown;
  try {
    counted();
    runs = (await client.request<{ check_runs?: unknown }>('GET', where)).data.check_runs;
  } catch {
    return undefined;
  }
  let found: EarlierRun | undefined;
  for (const run of Array.isArray(runs) ? (runs as Array<Record<string, unknown>>) : []) {
    if (!run || run.external_id !== options.externalId || run.name !== options.name) continue;
    if (typeof run.id !== 'number' || !Number.isSafeInteger(run.id) || (found && found.id > run.id)) continue;
    const output = run.output as { annotations_count?: unknown } | undefined;
    const count = output?.annotations_count;
    // Unknown count: assume some, so nothing is added twice.
    found = { id: run.id, annotations: typeof count === 'number' ? count : 1 };
  }
  return found;
}

/** PATCH of an earlier run; undefined when GitHub refuses it (another app's run, gone): a new one is created. */
async function updateEarlierRun(
  client: GitHubClient,
  url: string,
  body: Record<string, unknown>,
): Promise<CheckRunResponse | undefined> {
  try {
    return (await client.request<CheckRunResponse>('PATCH', url, body)).data;
  } catch (error) {
    if (error instanceof GitHubApiError && [403, 404, 422].includes(error.status)) return undefined;
    throw error;
  }
}

/**
 * The commit a check run belongs to: on pull request events the PR's head
 * commit (GITHUB_SHA is then the merge commit, whose checks the PR does not
 * show), otherwise GITHUB_SHA.
 */
export function checkRunHeadSha(context: { sha: string; pullRequest?: { headSha: string } }): string {
  return context.pullRequest?.headSha || context.sha;
}
