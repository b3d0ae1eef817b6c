/**
 * What the Trivy and Grype DB preparers share: the job marker, the age
 * check, the error they fail with, and the staging-then-swap install.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DbCache } from './db-cache.js';
import { InfrastructureError, errorMessage, readFileCappedSync, type Logger } from '@scs/action-kit';

export type DbLogger = Pick<Logger, 'info' | 'warning' | 'debug'>;

/** Where the DB came from: prepared earlier in this job, the Actions cache, or the network. */
export type DbSource = 'job' | 'actions-cache' | 'download';

export type StaleMode = 'fail' | 'warn';

/** Written next to the DB files once a DB is in place and checked. */
export const MARKER_FILE = '.scs-db.json';

export interface DbMarker {
  schema: 1;
  /** 'trivy-db', 'trivy-java-db', 'grype-db'. */
  kind: string;
  /** The repository (`host/repo:tag`) or listing URL it came from, as configured. */
  repository: string;
  /** The OCI manifest digest (Trivy) or the archive checksum (Grype): the cache key's digest. */
  manifestDigest: string;
  /** When the DB was built (metadata.json UpdatedAt, latest.json built). */
  updatedAt: string;
  nextUpdate?: string;
  /** When this job put it here. */
  preparedAt: string;
  /** The job identity given by the caller, when there was one. */
  job?: string;
  /** The DB files, relative to the DB directory. */
  files: string[];
}

/** The DB could not be prepared: names every source tried and why it failed. */
export class VulnDbError extends InfrastructureError {
  override name = 'VulnDbError';
  constructor(
    message: string,
    readonly attempts: { source: string; reason: string }[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The DB is older than allowed (with `stale: fail`). */
export class StaleDbError extends InfrastructureError {
  override name = 'StaleDbError';
}

export function readMarker(dbDir: string, kind: string): DbMarker | undefined {
  try {
    const parsed = JSON.parse(
      readFileCappedSync(path.join(dbDir, MARKER_FILE), 64 * 1024, MARKER_FILE).toString('utf8'),
    ) as Partial<DbMarker>;
    if (
      parsed.schema !== 1 ||
      parsed.kind !== kind ||
      typeof parsed.repository !== 'string' ||
      typeof parsed.manifestDigest !== 'string' ||
      typeof parsed.updatedAt !== 'string' ||
      typeof parsed.preparedAt !== 'string' ||
      !Array.isArray(parsed.files)
    ) {
      return undefined;
    }
    if (
      !parsed.files.every(
        (f) =>
          typeof f === 'string' &&
          f !== '' &&
          !f.includes('..') &&
          fs.statSync(path.join(dbDir, f), { throwIfNoEntry: false })?.isFile(),
      )
    ) {
      return undefined;
    }
    return parsed as DbMarker;
  } catch {
    return undefined;
  }
}

export function writeMarker(dbDir: string, marker: DbMarker): void {
  fs.writeFileSync(path.join(dbDir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
}

/** Validates `db-max-age` in hours: a positive number, or Infinity for no limit. */
export function checkMaxAgeHours(maxAgeHours: number): number {
  if (!(typeof maxAgeHours === 'number' && maxAgeHours > 0)) {
    throw new RangeError(
      `maxAgeHours must be a positive number of hours (Infinity for no limit); got ${String(maxAgeHours)}`,
    );
  }
  return maxAgeHours;
}

export interface AgeCheck {
  ageHours: number;
  stale: boolean;
}

function formatHours(hours: number): string {
  return hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} hours`;
}

/**
 * Compares the DB's build time with `maxAgeHours`. Too old: StaleDbError
 * with `stale: 'fail'`, a warning with `'warn'`.
 */
export function checkDbAge(options: {
  what: string;
  updatedAt: Date;
  nextUpdate?: Date;
  maxAgeHours: number;
  stale: StaleMode;
  now: Date;
  logger: DbLogger;
}): AgeCheck {
  const ageHours = Math.max(0, (options.now.getTime() - options.updatedAt.getTime()) / 3_600_000);
  if (ageHours <= options.maxAgeHours) return { ageHours, stale: false };
  const next = options.nextUpdate ? `; its NextUpdate was ${options.nextUpdate.toISOString()}` : '';
  const message =
    `The ${options.what} was built ${formatHours(ageHours)} ago (${options.updatedAt.toISOString()}${next}), ` +
    `older than the ${formatHours(options.maxAgeHours)} \`db-max-age\` allows`;
  if (options.stale === 'fail') {
    throw new StaleDbError(`${message}; refused (set \`db-stale: warn\` to scan with it anyway).`);
  }
  options.logger.warning(`${message}; scanning with it anyway (\`db-stale: warn\`): recent advisories are missing.`);
  return { ageHours, stale: true };
}

/** Parses an RFC 3339 time from a DB's metadata; undefined when absent or unreadable. */
export function parseTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A fresh staging directory beside `dbDir` (same filesystem, so the final rename is atomic). */
export function makeStagingDir(dbDir: string): string {
  const parent = path.dirname(dbDir);
  fs.mkdirSync(parent, { recursive: true });
  const dir = path.join(parent, `.${path.basename(dbDir)}.staging-${randomBytes(6).toString('hex')}`);
  fs.mkdirSync(dir);
  return dir;
}

/** Replaces `dbDir` with `stagingDir`. */
export function swapIntoPlace(stagingDir: string, dbDir: string): void {
  fs.rmSync(dbDir, { recursive: true, force: true });
  fs.renameSync(stagingDir, dbDir);
}

export function removeQuietly(target: string): void {
  try {
    fs.rmSync(target, { recursive: true, force: true });
  } catch {
    // best effort
  }
}

/**
 * One Actions cache entry: `paths` under `key`, named `what` in messages.
 * A failing restore is a miss and a failing save a warning (the scan goes on
 * with the DB it has); neither is an error.
 */
export function actionsCacheEntry(
  cache: Pick<DbCache, 'restore' | 'save'>,
  paths: string[],
  key: string,
  what: string,
  logger: DbLogger,
): { restore(): Promise<boolean>; save(): Promise<boolean> } {
  return {
    async restore() {
      try {
        return await cache.restore(paths, key);
      } catch (error) {
        logger.warning(
          `Restoring the ${what} from the Actions cache failed (${errorMessage(error)}); downloading it instead.`,
        );
        return false;
      }
    },
    async save() {
      try {
        if ((await cache.save(paths, key)) === false) {
          logger.info(
            `The ${what} was not saved to the Actions cache as ${key} (the cache service declined or is not available).`,
          );
          return false;
        }
        logger.info(`Saved the ${what} to the Actions cache as ${key}.`);
        return true;
      } catch (error) {
        logger.warning(
          `Saving the ${what} to the Actions cache failed (${errorMessage(error)}); the next run downloads it again.`,
        );
        return false;
      }
    },
  };
}

/** The one-line "why" of a failed source, for the combined error. */
export function failureReason(error: unknown): string {
  return errorMessage(error).replace(/\s+/g, ' ').trim().slice(0, 500);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
