/**
 * What a failed GitHub API call throws: the HTTP status, the request (method
 * and path, never the token), GitHub's own message (with the field errors of
 * a 422), and for 403/404 a hint naming the `permissions:` entry the job needs.
 */

export interface GitHubApiErrorInit {
  /** HTTP status; 0 when no response arrived (network error, timeout). */
  status: number;
  method: string;
  /** Request path (or URL for a followed pagination link). */
  path: string;
  /** GitHub's message (`message` and, for 422, the `errors` details), already redacted. */
  apiMessage: string;
  documentationUrl?: string;
  /** The `permissions:` entry the request needs, e.g. `checks: write`. */
  permission?: string;
  /** True when the request was refused for a (primary or secondary) rate limit. */
  rateLimited?: boolean;
  /** x-github-request-id, for support requests. */
  requestId?: string;
  cause?: unknown;
}

export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly apiMessage: string;
  readonly documentationUrl?: string;
  readonly permission?: string;
  readonly rateLimited: boolean;
  readonly requestId?: string;
  /** What to do about it (permission, rate limit), or undefined. */
  readonly hint?: string;

  constructor(init: GitHubApiErrorInit) {
    const hint = errorHint(init);
    const what = init.status === 0 ? 'failed' : `failed with HTTP ${init.status}`;
    super(`GitHub API ${init.method} ${init.path} ${what}: ${init.apiMessage}${hint ? `. ${hint}` : ''}`, {
      cause: init.cause,
    });
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.apiMessage = init.apiMessage;
    this.rateLimited = init.rateLimited ?? false;
    if (init.documentationUrl) this.documentationUrl = init.documentationUrl;
    if (init.permission) this.permission = init.permission;
    if (init.requestId) this.requestId = init.requestId;
    if (hint) this.hint = hint;
  }

  /** 403 or 404 that is not a rate limit: the token lacks a permission or cannot see the resource. */
  get isPermissionProblem(): boolean {
    return (this.status === 403 || this.status === 404) && !this.rateLimited;
  }
}

function errorHint(init: GitHubApiErrorInit): string | undefined {
  if (init.rateLimited) {
    return 'GitHub rate-limited the request and the retry budget ran out; the next run will try again';
  }
  const permission = init.permission ? `\`${init.permission}\`` : 'the required permission';
  if (init.status === 401) {
    return 'the token was rejected: pass a valid token (the default is `github.token`)';
  }
  if (init.status === 403) {
    return (
      `the token needs ${permission}: add it to the job's \`permissions:\`. ` +
      'Workflows triggered by pull requests from forks (and by Dependabot) only get a read-only token'
    );
  }
  if (init.status === 404) {
    return (
      `GitHub answers 404 when the token cannot see the resource: check the repository and that the token has ${permission} ` +
      "in the job's `permissions:`"
    );
  }
  return undefined;
}

/**
 * The permission a request needs, from its path: check runs need `checks`,
 * issue and pull request comments `pull-requests`, code scanning
 * `security-events`; `write` for anything but GET.
 */
export function permissionFor(method: string, path: string): string | undefined {
  const access = method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD' ? 'read' : 'write';
  const p = path.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
  if (/\/check-(runs|suites)(\/|$)/.test(p)) return `checks: ${access}`;
  if (/\/issues\/(\d+\/comments|comments\/\d+)(\/|$)/.test(p)) return `pull-requests: ${access}`;
  if (/\/pulls(\/|$)/.test(p)) return `pull-requests: ${access}`;
  if (/\/code-scanning(\/|$)/.test(p)) return `security-events: ${access}`;
  if (/\/contents(\/|$)/.test(p)) return `contents: ${access}`;
  return undefined;
}

/** Replaces every occurrence of `secret` in `text` with `***`. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('***');
}
