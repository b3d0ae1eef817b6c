import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from './errors.js';

/**
 * Paths under hostile workspace content. A checkout can hold symlinks, so a
 * path that is inside the workspace by its spelling (`reports/summary.md`)
 * may lead anywhere. Every location an action reads from or writes to is
 * therefore checked by its real path (every link resolved, for the part that
 * exists), and files are written without following a link: into a fresh
 * file created exclusively beside the target, then renamed over it (a rename
 * replaces a link, never what it points to).
 */

export function isWithin(base: string, candidate: string): boolean {
  const relative = path.relative(base, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Real paths of the roots that exist (a root that does not exist holds nothing). */
export function realRoots(roots: readonly string[]): string[] {
  const out: string[] = [];
  for (const root of roots) {
    if (!root) continue;
    try {
      out.push(fs.realpathSync(path.resolve(root)));
    } catch {
      // missing root
    }
  }
  return out;
}

/**
 * The real path of `candidate`, for a path that may not exist yet: the
 * deepest existing ancestor is resolved (links and all) and the rest appended.
 * A dangling link in the chain resolves to its target's location.
 */
export function realPathAllowingMissing(candidate: string): string {
  const absolute = path.resolve(candidate);
  const missing: string[] = [];
  let current = absolute;
  for (let depth = 0; depth < 4096; depth++) {
    try {
      const real = fs.realpathSync(current);
      return missing.length === 0 ? real : path.join(real, ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        // ELOOP, ENAMETOOLONG, EACCES…: a path that cannot be resolved is refused, not followed.
        throw new ConfigurationError(
          `The path ${shown(absolute)} cannot be resolved (${code ?? 'error'}); use a plain path inside the workspace.`,
        );
      }
      // A dangling link: follow it by hand, its target decides where a write would land.
      let link: string | undefined;
      try {
        link = fs.readlinkSync(current);
      } catch {
        link = undefined;
      }
      if (link !== undefined) {
        current = path.resolve(path.dirname(current), link);
        continue;
      }
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
  throw new ConfigurationError(`The path ${absolute} has too many levels of links.`);
}

export interface ConfinementOptions {
  /** The input's name, for the error. */
  name: string;
  /** How the user wrote it (shown in the error, shortened). */
  value: string;
  /** Allowed folders: the workspace, and RUNNER_TEMP where outputs may go. */
  roots: readonly string[];
  /** What the roots are called in the error. */
  rootsLabel: string;
}

function shown(value: string): string {
  // eslint-disable-next-line no-control-regex -- never print control characters of a hostile value
  const clean = value.replace(/[\u0000-\u001F\u007F-\u009F\u2028-\u202E\u2066-\u2069]/g, '?');
  return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}

/**
 * Refuses `resolved` unless its real path lies inside one of the roots (also
 * by real path). Returns the path as given (links inside the roots are fine).
 * Nothing of the target is read or shown: only where it leads.
 */
export function assertConfined(resolved: string, options: ConfinementOptions): string {
  const roots = realRoots(options.roots);
  let real: string;
  try {
    real = realPathAllowingMissing(resolved);
  } catch (error) {
    throw new ConfigurationError(`Input \`${options.name}\` ('${shown(options.value)}'): ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!roots.some((root) => isWithin(root, real))) {
    throw new ConfigurationError(
      `Input \`${options.name}\` ('${shown(options.value)}') leads outside ${options.rootsLabel} through a symbolic link (to ${shown(real)}); ` +
        'use a path whose real location is inside it. (A link in the checkout is repository content, not a choice of the workflow.)',
    );
  }
  return resolved;
}

/**
 * Creates `dir` (and its parents) and checks, after creating it, that its
 * real path is inside the roots: a link anywhere in the chain that leads out
 * is refused before anything is written into it.
 */
export function ensureConfinedDirectory(dir: string, options: ConfinementOptions): string {
  assertConfined(dir, options);
  fs.mkdirSync(dir, { recursive: true });
  assertConfined(dir, options);
  if (!fs.statSync(dir).isDirectory()) {
    throw new ConfigurationError(`Input \`${options.name}\` ('${shown(options.value)}') is not a directory.`);
  }
  return dir;
}

function temporarySibling(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file).slice(0, 80)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `file` without ever following a link at `file`: a fresh
 * file is created exclusively (O_CREAT|O_EXCL never follows a link) beside
 * it, then renamed over it. A link planted at `file` is replaced, and the
 * file it pointed to is left untouched.
 */
export function writeFileNoFollow(file: string, data: string | Uint8Array, mode = 0o644): void {
  const temporary = openTemporarySibling(file, mode);
  try {
    fs.writeFileSync(temporary.fd, data);
  } catch (error) {
    temporary.abandon();
    throw error;
  }
  temporary.commit();
}

/**
 * `writeFileNoFollow` for content written piece by piece: `write` gets the
 * descriptor of the fresh file (positioned writes from offset 0), which
 * replaces `file` once `write` resolves.
 */
export async function writeFileNoFollowWith<T>(
  file: string,
  write: (fd: number) => Promise<T>,
  mode = 0o644,
): Promise<T> {
  const temporary = openTemporarySibling(file, mode);
  let value: T;
  try {
    value = await write(temporary.fd);
  } catch (error) {
    temporary.abandon();
    throw error;
  }
  temporary.commit();
  return value;
}

/** A fresh file beside `file` (O_CREAT|O_EXCL|O_NOFOLLOW), renamed over `file` by `commit`. */
function openTemporarySibling(file: string, mode: number): { fd: number; commit(): void; abandon(): void } {
  const temporary = temporarySibling(file);
  const fd = fs.openSync(
    temporary,
    fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0),
    mode,
  );
  const abandon = (): void => {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
  };
  return {
    fd,
    abandon,
    commit: () => {
      fs.closeSync(fd);
      try {
        fs.renameSync(temporary, file);
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}

/**
 * Moves a file a tool wrote in a private directory to `destination`, replacing
 * whatever is there (a link included) rather than writing through it. Across
 * filesystems (EXDEV) the bytes are copied with `writeFileNoFollow`.
 */
export function moveFileNoFollow(source: string, destination: string): void {
  try {
    fs.renameSync(source, destination);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  const stat = fs.lstatSync(source);
  if (!stat.isFile()) throw new Error(`${source} is not a regular file`);
  writeFileNoFollow(destination, fs.readFileSync(source));
  fs.rmSync(source, { force: true });
}

/**
 * A fresh, empty directory only this process uses (mode 0700), under
 * `parent` (RUNNER_TEMP): the working directory for tools, so that nothing
 * in the checkout is found by a tool's "look in the current directory" rule,
 * and the place for files the action writes for them.
 */
export function makePrivateDirectory(parent: string, prefix: string): string {
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `${prefix.replace(/[^A-Za-z0-9_-]/g, '-')}-`));
}
