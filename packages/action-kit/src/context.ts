import * as fs from 'node:fs';

/**
 * What the action needs to know about the run, read once from the runner's
 * environment and event payload. main.ts receives it; it never reads
 * process.env itself.
 */
export interface RunContext {
  eventName: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  apiUrl: string;
  sha: string;
  ref: string;
  workflow: string;
  job: string;
  runId: string;
  runAttempt: string;
  actor: string;
  workspace: string;
  runnerTemp: string;
  runnerOs: string;
  /** Parsed GITHUB_EVENT_PATH payload ({} when absent or unreadable). */
  payload: Record<string, unknown>;
  pullRequest?: PullRequestInfo;
  /** Triggers where the workflow runs with secrets but on code it does not trust. */
  untrustedTrigger: boolean;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRepository: string;
  baseRepository: string;
  /** Head repository differs from the base: tokens are read-only, secrets absent. */
  fromFork: boolean;
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function get(obj: unknown, ...keys: string[]): unknown {
  let current = obj;
  for (const key of keys) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function pullRequestFromPayload(payload: Record<string, unknown>): PullRequestInfo | undefined {
  const pr = get(payload, 'pull_request');
  if (!pr || typeof pr !== 'object') return undefined;
  const number = get(pr, 'number');
  const headRepository = str(get(pr, 'head', 'repo', 'full_name'));
  const baseRepository = str(get(pr, 'base', 'repo', 'full_name'));
  const headFork = get(pr, 'head', 'repo', 'fork');
  return {
    number: typeof number === 'number' ? number : 0,
    headSha: str(get(pr, 'head', 'sha')),
    headRepository,
    baseRepository,
    fromFork:
      headRepository === '' || // a deleted head repository is treated as foreign
      (baseRepository !== '' && headRepository.toLowerCase() !== baseRepository.toLowerCase()) ||
      (headFork === true && headRepository.toLowerCase() !== baseRepository.toLowerCase()),
  };
}

export function isUntrustedTrigger(eventName: string, payload: Record<string, unknown>): boolean {
  if (eventName === 'pull_request_target') return true;
  if (eventName === 'workflow_run') {
    const head = str(get(payload, 'workflow_run', 'head_repository', 'full_name'));
    const base = str(get(payload, 'repository', 'full_name'));
    return head === '' || head.toLowerCase() !== base.toLowerCase();
  }
  return false;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = pullRequestFromPayload(payload);
  return {
    eventName,
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || (env.TMPDIR ?? '/tmp'),
    runnerOs: env.RUNNER_OS ?? '',
    payload,
    ...(pullRequest ? { pullRequest } : {}),
    untrustedTrigger: isUntrustedTrigger(eventName, payload),
  };
}
