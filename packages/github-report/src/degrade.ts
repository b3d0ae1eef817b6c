import { errorMessage, type RunContext } from '@scs/action-kit';
import { GitHubApiError } from '@scs/github-api';

/**
 * Reporting never fails the scan. Each write to GitHub (check run, PR
 * comment, SARIF upload) runs through `withPermissionFallback`, which turns
 * every failure into one warning that says what is missing:
 *
 * - a `pull_request` from a fork: skipped without calling the API at all,
 *   since GitHub gives those workflows a read-only token (a 403 is certain).
 *   `pull_request_target` runs do get a write token, so they are not skipped.
 * - 403/404 (not a rate limit): the permission the feature needs, and that
 *   fork pull requests never get it.
 * - anything else (5xx after retries, 422, a network error, an oversized
 *   SARIF): the error's message.
 *
 * Every warning ends by saying the job summary and annotations still show the
 * results.
 */

export type ReportFeature = 'check-run' | 'pr-comment' | 'upload-sarif';

/** The `permissions:` entry each reporting feature needs. */
export const REPORT_PERMISSIONS: Record<ReportFeature, string> = {
  'check-run': 'checks: write',
  'pr-comment': 'pull-requests: write',
  'upload-sarif': 'security-events: write',
};

export interface PermissionFallbackOptions {
  /** The input's name, e.g. `pr-comment`. */
  feature: string;
  /** e.g. `pull-requests: write` (see REPORT_PERMISSIONS). */
  permission: string;
  context: Pick<RunContext, 'eventName' | 'pullRequest'>;
  logger: { warning(message: string): void };
}

export type FallbackResult<T> =
  | { status: 'done'; value: T }
  | { status: 'skipped'; reason: 'fork'; warning: string }
  | { status: 'failed'; reason: 'permission' | 'error'; warning: string; error: unknown };

const STILL_SHOWN = 'The job summary and annotations still show the results.';

/** A pull request from a fork whose workflow gets a read-only token. */
export function isReadOnlyForkRun(context: Pick<RunContext, 'eventName' | 'pullRequest'>): boolean {
  return context.pullRequest?.fromFork === true && context.eventName !== 'pull_request_target';
}

function oneLine(value: string, max = 500): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export async function withPermissionFallback<T>(
  fn: () => Promise<T>,
  options: PermissionFallbackOptions,
): Promise<FallbackResult<T>> {
  const feature = `\`${options.feature}\``;
  const permission = `\`${options.permission}\``;
  if (isReadOnlyForkRun(options.context)) {
    const warning =
      `${feature} skipped: this pull request comes from a fork, and GitHub gives its workflows a read-only token ` +
      `(no ${permission}). ${STILL_SHOWN}`;
    options.logger.warning(warning);
    return { status: 'skipped', reason: 'fork', warning };
  }
  try {
    return { status: 'done', value: await fn() };
  } catch (error) {
    let warning: string;
    let reason: 'permission' | 'error' = 'error';
    if (error instanceof GitHubApiError && error.isPermissionProblem) {
      reason = 'permission';
      const answer =
        error.status === 404
          ? `GitHub answered 404 (${oneLine(error.apiMessage, 200)}), which it also does when the token may not see the resource`
          : `GitHub answered 403 (${oneLine(error.apiMessage, 200)})`;
      warning =
        `${feature} needs ${permission}: ${answer}. Add ${permission} to the job's \`permissions:\`; ` +
        `pull requests from forks never get it. ${STILL_SHOWN}`;
    } else {
      warning = `${feature} failed: ${oneLine(errorMessage(error))}. The scan result is not affected. ${STILL_SHOWN}`;
    }
    options.logger.warning(warning);
    return { status: 'failed', reason, warning, error };
  }
}

/** "owner/name" (GITHUB_REPOSITORY) → { owner, repo }; throws on anything else. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!match?.[1] || !match[2]) throw new TypeError(`Expected a repository as owner/name, got '${repository}'`);
  return { owner: match[1], repo: match[2] };
}
