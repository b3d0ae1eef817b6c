import { lstat } from 'node:fs/promises';

/**
 * What the file system says about a file at one moment, precise enough to
 * tell whether its content may have changed since: size, mtime and ctime in
 * nanoseconds, inode, device and mode. Stored as decimal strings (the values
 * are 64-bit and JSON numbers are not).
 *
 * Why a match is evidence that the content is unchanged:
 * - writing to a file updates its mtime **and** its ctime; `utimes()` can put
 *   the mtime back, but setting any timestamp updates the ctime to the current
 *   time again, and no system call lets an unprivileged process choose a
 *   ctime (only moving the system clock does, which needs root);
 * - replacing the file (rename over it, delete + recreate, a restore from an
 *   archive or cache) gives a new inode or device and a new ctime;
 * - chmod/chown/link/unlink of the file change its ctime too.
 *
 * What it does not catch: changes below the file system (disk or memory
 * corruption, someone writing to the raw block device, a file system that
 * does not keep ctime), and a process running as root. For those, a full
 * re-hash is the only check (the installer's `rehashCached` option).
 */
export interface FileIdentity {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  dev: string;
  mode: string;
}

export async function fileIdentity(file: string): Promise<FileIdentity> {
  const info = await lstat(file, { bigint: true });
  return {
    size: info.size.toString(),
    mtimeNs: info.mtimeNs.toString(),
    ctimeNs: info.ctimeNs.toString(),
    ino: info.ino.toString(),
    dev: info.dev.toString(),
    mode: info.mode.toString(),
  };
}

const FIELDS = ['size', 'mtimeNs', 'ctimeNs', 'ino', 'dev', 'mode'] as const;

/** The first field that differs (or is missing / malformed in `recorded`), or undefined when both describe the same file state. */
export function identityMismatch(recorded: unknown, actual: FileIdentity): string | undefined {
  if (typeof recorded !== 'object' || recorded === null) return 'no recorded file identity';
  const rec = recorded as Record<string, unknown>;
  for (const field of FIELDS) {
    const value = rec[field];
    if (typeof value !== 'string' || !/^\d{1,40}$/.test(value)) return `recorded ${field} is missing or malformed`;
    if (value !== actual[field]) return `${field} changed`;
  }
  return undefined;
}

/**
 * Timestamps are taken from a coarse clock (a kernel tick, 1–10 ms, on Linux;
 * a whole second or two on ext3, HFS+ and FAT). Two writes within one tick
 * can leave the same ctime behind, so an identity read while the file's ctime
 * is still inside the current tick could match a later write ("racy" in
 * git's terms). It is safe to record only once the ctime is older than the
 * coarsest granularity the file system shows: 2 s when the timestamps carry no
 * sub-second part, otherwise 20 ms (twice the longest Linux tick).
 */
export function settleWindowMs(identity: FileIdentity): number {
  const subSecond = (ns: string) => BigInt(ns) % 1_000_000_000n !== 0n;
  return subSecond(identity.ctimeNs) || subSecond(identity.mtimeNs) ? 20 : 2000;
}

/** Milliseconds still to wait (0 when settled) before `identity`, read at `readAtMs` (Date.now()), may be recorded. */
export function msUntilSettled(identity: FileIdentity, readAtMs: number): number {
  const ctimeMs = Number(BigInt(identity.ctimeNs) / 1_000_000n);
  return Math.max(0, ctimeMs + settleWindowMs(identity) - readAtMs);
}
