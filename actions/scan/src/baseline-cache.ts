/**
 * `baseline: auto`: the last JSON report of the same target saved on the
 * default branch, kept in the Actions cache, so that `fail-on-new-only` works
 * on a pull request without wiring artifacts.
 *
 * Keys. An entry is `scs-scan-baseline-v1-<digest>-<run id>-<attempt>`,
 * where the digest covers the repository, workflow, job and report key (by
 * default the scanner and the target, see reportKeyFor). Cache entries are
 * immutable, so every save is a new key and a restore asks for the newest
 * entry under the digest's prefix. The digest is fixed-length hex, so one
 * target's prefix is never the prefix of another's.
 *
 * Trust. Entries are saved only on push, schedule and workflow_dispatch of
 * the default branch, never on a pull request or an untrusted trigger. A pull
 * request can read the default branch's entries (GitHub's cache scopes) but
 * what it could write lands in its own scope, which the default branch never
 * reads. On untrusted triggers (pull_request_target, workflow_run from a
 * fork) the job has the base branch's scope while untrusted code may already
 * have run, so nothing is restored or saved there.
 *
 * The restored file is hostile all the same: read only when it is a regular
 * file of at most MAX_CACHED_BASELINE_BYTES, then parsed as a report like a
 * baseline file; anything else is an error, never "no baseline".
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  InfrastructureError,
  SizeCapError,
  ensureConfinedDirectory,
  readFileCappedSync,
  writeFileNoFollow,
  type Logger,
  type RunContext,
} from '@scs/action-kit';
import { loadActionsCache } from '@scs/vuln-db';

export const BASELINE_KEY_PREFIX = 'scs-scan-baseline-v1-';
/** Largest report restored or saved as a baseline (128 MiB). */
export const MAX_CACHED_BASELINE_BYTES = 128 * 1024 * 1024;
/** Events that save a baseline when they run on the default branch. */
export const BASELINE_SAVE_EVENTS = ['push', 'schedule', 'workflow_dispatch'] as const;

/** The Actions cache as the baseline uses it (injected in tests). */
export interface BaselineStore {
  /** The newest entry whose key starts with `prefix`, restored to `file`. */
  restore(
    file: string,
    prefix: string,
  ): Promise<{ status: 'hit' | 'broken'; key: string } | { status: 'miss' } | { status: 'unavailable' }>;
  /** Saves `file` under `key`: false when the service declined or is not available. */
  save(file: string, key: string): Promise<boolean>;
}

/** `@actions/cache` (loaded on first use): no cache service in the run is 'unavailable'. */
export function actionsBaselineStore(): BaselineStore {
  return {
    async restore(file, prefix) {
      const cache = await loadActionsCache();
      if (!cache.isFeatureAvailable()) return { status: 'unavailable' };
      // No entry is ever saved under the bare prefix: it matches only as a restore key, newest first.
      const found = await cache.restoreCache([file], prefix, [prefix], { lookupOnly: true });
      if (!found) return { status: 'miss' };
      const key = await cache.restoreCache([file], prefix, [prefix], {
        timeoutInMs: 30_000,
        segmentTimeoutInMs: 120_000,
      });
      // @actions/cache turns a failed download or extraction into a warning and no key: an entry that
      // exists but cannot be restored is a broken baseline, never "no baseline".
      if (!key) return { status: 'broken', key: found };
      return { status: 'hit', key };
    },
    async save(file, key) {
      const cache = await loadActionsCache();
      if (!cache.isFeatureAvailable()) return false;
      return (await cache.saveCache([file], key)) !== -1;
    },
  };
}

/** Where one target's baseline lives: the key prefix and the file restored and saved (same path, same cache version). */
export interface BaselineSlot {
  prefix: string;
  dir: string;
  file: string;
}

export function baselineSlot(context: RunContext, reportKey: string): BaselineSlot {
  const digest = createHash('sha256')
    .update(JSON.stringify([context.repository.toLowerCase(), context.workflow, context.job, reportKey]))
    .digest('hex')
    .slice(0, 40);
  const dir = path.join(context.runnerTemp, 'scs-scan-baseline', digest);
  return { prefix: `${BASELINE_KEY_PREFIX}${digest}-`, dir, file: path.join(dir, 'report.json') };
}

function defaultBranchOf(context: RunContext): string {
  const repository = context.payload.repository;
  const branch =
    repository && typeof repository === 'object' ? (repository as Record<string, unknown>).default_branch : undefined;
  return typeof branch === 'string' ? branch : '';
}

/** Whether this run may save a baseline, and why (for the log). */
export function baselineSavePolicy(context: RunContext): { save: boolean; reason: string } {
  const event = context.eventName || 'an unknown event';
  if (context.untrustedTrigger) return { save: false, reason: `not saved on \`${event}\`, an untrusted trigger` };
  if (!(BASELINE_SAVE_EVENTS as readonly string[]).includes(context.eventName)) {
    return {
      save: false,
      reason: `not saved on \`${event}\`: only ${BASELINE_SAVE_EVENTS.join(', ')} on the default branch save one`,
    };
  }
  const branch = defaultBranchOf(context);
  // A scheduled run is always on the default branch (GitHub runs it there); its payload may not name it.
  const onDefault = branch
    ? context.ref === `refs/heads/${branch}`
    : context.eventName === 'schedule' && context.ref.startsWith('refs/heads/');
  if (!onDefault) {
    return {
      save: false,
      reason: `not saved: \`${context.ref || 'no ref'}\` is not the default branch${branch ? ` (${branch})` : ''}`,
    };
  }
  return { save: true, reason: `saved for later runs (\`${event}\` on the default branch)` };
}

export type AutoBaseline = { status: 'restored'; file: string; key: string } | { status: 'missing'; reason: string };

const KEY_SUFFIX = /^\d{1,20}-\d{1,6}$/;

/** Restores the newest baseline of this target; 'missing' says why there is none. */
export async function restoreAutoBaseline(
  context: RunContext,
  reportKey: string,
  store: BaselineStore,
): Promise<AutoBaseline> {
  if (context.untrustedTrigger) {
    return {
      status: 'missing',
      reason: `not restored on \`${context.eventName}\`, an untrusted trigger (code that ran before this step could have planted an entry)`,
    };
  }
  const slot = baselineSlot(context, reportKey);
  // An empty folder: nothing left there by an earlier step is taken for the restored report.
  fs.rmSync(slot.dir, { recursive: true, force: true });
  ensureConfinedDirectory(slot.dir, {
    name: 'baseline',
    value: 'auto',
    roots: [context.runnerTemp],
    rootsLabel: 'RUNNER_TEMP',
  });
  const result = await store.restore(slot.file, slot.prefix);
  if (result.status === 'unavailable')
    return { status: 'missing', reason: 'this run has no Actions cache service (ACTIONS_RESULTS_URL is not set)' };
  if (result.status === 'miss') {
    return {
      status: 'missing',
      reason: 'no report of this target has been saved on the default branch yet (or the cache entry expired)',
    };
  }
  if (!result.key.startsWith(slot.prefix) || !KEY_SUFFIX.test(result.key.slice(slot.prefix.length))) {
    throw new InfrastructureError(
      `The Actions cache answered the baseline lookup with an entry this action does not write ('${result.key.slice(0, 200)}'); refused.`,
    );
  }
  if (result.status === 'broken') {
    throw new InfrastructureError(
      `The baseline entry ${result.key} is in the Actions cache but could not be restored (see the warning above). ${restoredBaselineFix(result.key)}`,
    );
  }
  return { status: 'restored', file: slot.file, key: result.key };
}

/** What to do about an unusable restored baseline. */
export function restoredBaselineFix(key: string): string {
  return `Delete the cache entry (gh cache delete ${key}) and let the default branch save a new one.`;
}

/**
 * The restored report's text: a regular file (not a link) of at most
 * MAX_CACHED_BASELINE_BYTES, or an error naming the cache entry.
 */
export function readRestoredBaseline(baseline: { file: string; key: string }): string {
  const where = `The baseline restored from the Actions cache (${baseline.key})`;
  const fix = restoredBaselineFix(baseline.key);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(baseline.file);
  } catch {
    throw new InfrastructureError(`${where} holds no report.json. ${fix}`);
  }
  if (!stat.isFile()) throw new InfrastructureError(`${where} is not a regular file; refused. ${fix}`);
  try {
    return readFileCappedSync(baseline.file, MAX_CACHED_BASELINE_BYTES, where).toString('utf8');
  } catch (error) {
    if (error instanceof SizeCapError) throw new InfrastructureError(`${error.message}. ${fix}`, { cause: error });
    throw error;
  }
}

/**
 * Saves this run's JSON report as the target's baseline when the run is a
 * trusted event of the default branch. Never fails the scan: a declined or
 * failed save is a log line.
 */
export async function saveAutoBaseline(
  context: RunContext,
  reportKey: string,
  reportFile: string,
  store: BaselineStore,
  logger: Logger,
): Promise<boolean> {
  const policy = baselineSavePolicy(context);
  if (!policy.save) {
    logger.info(`Baseline (auto): this report is ${policy.reason}.`);
    return false;
  }
  const size = fs.statSync(reportFile).size;
  if (size > MAX_CACHED_BASELINE_BYTES) {
    logger.warning(
      `Baseline (auto): the report (${size} bytes) is over the ${MAX_CACHED_BASELINE_BYTES}-byte limit for a cached baseline; not saved.`,
    );
    return false;
  }
  const slot = baselineSlot(context, reportKey);
  ensureConfinedDirectory(slot.dir, {
    name: 'baseline',
    value: 'auto',
    roots: [context.runnerTemp],
    rootsLabel: 'RUNNER_TEMP',
  });
  writeFileNoFollow(slot.file, fs.readFileSync(reportFile));
  const key = `${slot.prefix}${context.runId || '0'}-${context.runAttempt || '1'}`;
  try {
    const saved = await store.save(slot.file, key);
    logger.info(
      saved ? `Baseline (auto): ${policy.reason} as ${key}.` : `Baseline (auto): the cache did not save ${key}.`,
    );
    return saved;
  } catch (error) {
    logger.warning(`Baseline (auto): the report could not be saved to the Actions cache: ${String(error)}`);
    return false;
  }
}
