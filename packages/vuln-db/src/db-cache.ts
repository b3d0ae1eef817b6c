/**
 * The Actions cache for vulnerability DBs, and when to use it.
 *
 * `@actions/cache` (with the Azure storage SDK behind it) is loaded with a
 * dynamic import the first time `restore` or `save` runs, so a bundle that
 * never caches does not pay for it at load time (ncc puts it in a separate
 * chunk next to index.js).
 */
import type { RunContext } from '@scs/action-kit';

export interface DbCache {
  /** Restores `paths` saved under exactly `key`; false on a miss. */
  restore(paths: string[], key: string): Promise<boolean>;
  /**
   * Saves `paths` under `key`. Resolves false when the cache service declined
   * without an error (e.g. another job saved the same key first); throws on
   * a failure.
   */
  save(paths: string[], key: string): Promise<boolean | void>;
}

export type ActionsCacheModule = typeof import('@actions/cache');

let loaded: Promise<ActionsCacheModule> | undefined;

/** `@actions/cache`, loaded on first use (a lazy chunk in the bundle); the DB cache and scan's baseline share it. */
export function loadActionsCache(): Promise<ActionsCacheModule> {
  loaded ??= import('@actions/cache');
  return loaded;
}

/**
 * The runner's cache service through `@actions/cache`. Restore asks for the
 * exact key (no restore-keys: a DB keyed by its digest is either the one
 * wanted or useless) and checks that the key that came back is that key, as
 * the service matches keys by prefix. A cache service that is not available
 * (self-hosted runner without one, `act`) is a miss, and a save does nothing.
 *
 * With a `policy` (from dbCachePolicy), restore and save each run only when
 * the policy allows them. Nothing is loaded until the first call.
 */
export function actionsDbCache(policy?: DbCachePolicy): DbCache {
  const cache: DbCache = {
    async restore(paths, key) {
      const module = await loadActionsCache();
      if (!module.isFeatureAvailable()) return false;
      const hit = await module.restoreCache([...paths], key, []);
      return hit === key;
    },
    async save(paths, key) {
      const module = await loadActionsCache();
      if (!module.isFeatureAvailable()) return false;
      // -1: not saved; @actions/cache has already logged why (a warning, or a note for a race).
      return (await module.saveCache([...paths], key)) !== -1;
    },
  };
  return policy ? narrowCache(cache, policy) : cache;
}

export type DbCacheInput = 'auto' | 'true' | 'false';

export interface DbCachePolicy {
  restore: boolean;
  save: boolean;
  /** One sentence for the log. */
  reason: string;
}

/**
 * `db-cache`: `auto` restores and saves on trusted events only. On
 * `pull_request_target` and on `workflow_run` triggered from a fork the job
 * runs with the base repository's cache scope while untrusted code may have
 * run before this step: it could have planted an entry under our key, and
 * what we save there would be shared with trusted runs. So neither.
 * `true` restores and saves on every event (the user's choice; said in the
 * reason on untrusted triggers), `false` never touches the cache.
 */
export function dbCachePolicy(
  input: DbCacheInput,
  context: Pick<RunContext, 'eventName' | 'untrustedTrigger'>,
): DbCachePolicy {
  const event = context.eventName || 'unknown event';
  switch (input) {
    case 'false':
      return { restore: false, save: false, reason: '`db-cache: false`: the DB cache is not used' };
    case 'true':
      return {
        restore: true,
        save: true,
        reason: context.untrustedTrigger
          ? `\`db-cache: true\`: the DB cache is restored and saved although \`${event}\` is an untrusted trigger`
          : '`db-cache: true`: the DB cache is restored and saved',
      };
    case 'auto':
      return context.untrustedTrigger
        ? {
            restore: false,
            save: false,
            reason: `\`db-cache: auto\`: the DB cache is not used on \`${event}\` (an untrusted trigger: another step could have planted an entry)`,
          }
        : {
            restore: true,
            save: true,
            reason: `\`db-cache: auto\`: the DB cache is restored and saved on \`${event}\``,
          };
  }
}

/** `cache` with restore and save each allowed only when `policy` says so. */
export function narrowCache(cache: DbCache, policy: DbCachePolicy): DbCache {
  return {
    restore: (paths, key) => (policy.restore ? cache.restore(paths, key) : Promise.resolve(false)),
    save: (paths, key) => (policy.save ? cache.save(paths, key) : Promise.resolve(false)),
  };
}
