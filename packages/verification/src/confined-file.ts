import * as fs from 'node:fs';
import { errorMessage, isWithin, realRoots } from '@scs/action-kit';

/**
 * Reading an evidence file (a bundle next to a verified file, a listed
 * bundle, a trusted root) as hostile input, in one place:
 * - its real path (every link resolved) must lie inside one of the allowed
 *   roots (themselves resolved), when roots are given;
 * - it is opened without following a link and without blocking (a FIFO or a
 *   device never stalls the step), then must be a regular file;
 * - the size cap is enforced while reading, not only from `stat` (a file that
 *   grows, or a size the filesystem misreports, cannot pass it);
 * - errors name the path and the reason, never the file's bytes.
 */
export class ConfinedFileError extends Error {
  override name = 'ConfinedFileError';
}

export interface ConfinedReadOptions {
  /** Allowed folders (their real paths are compared); undefined: anywhere. */
  roots?: string[];
  maxBytes: number;
  /** How to call the roots in a refusal ("the workspace and RUNNER_TEMP"). */
  rootsLabel?: string;
}

const CHUNK = 1024 * 1024;

/** The real path of `file` when it is inside one of `roots`; throws ConfinedFileError otherwise. */
export function confinedRealPath(file: string, roots: string[], rootsLabel = 'the allowed folders'): string {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfinedFileError(
      code === 'ENOENT'
        ? 'does not exist (or is a link to nothing)'
        : `cannot be resolved (${code ?? errorMessage(error)})`,
    );
  }
  const allowed = realRoots(roots);
  if (!allowed.some((root) => isWithin(root, real))) {
    throw new ConfinedFileError(`resolves (through a link) to a location outside ${rootsLabel}; it is not read`);
  }
  return real;
}

/** Reads a regular file, confined and bounded (see the module comment). */
export function readConfinedFile(file: string, options: ConfinedReadOptions): Buffer {
  let target: string;
  if (options.roots) target = confinedRealPath(file, options.roots, options.rootsLabel);
  else {
    try {
      target = fs.realpathSync(file);
    } catch (error) {
      throw new ConfinedFileError(
        `cannot be resolved (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`,
      );
    }
  }
  let fd: number;
  try {
    // O_NOFOLLOW: the resolved path must not have become a link since; O_NONBLOCK: a FIFO does not stall the open.
    fd = fs.openSync(target, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfinedFileError(
      code === 'ELOOP' ? 'is a link; it is not followed' : `cannot be opened (${code ?? errorMessage(error)})`,
    );
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile())
      throw new ConfinedFileError('is not a regular file (a device, FIFO, socket or folder); it is not read');
    if (stat.size > options.maxBytes)
      throw new ConfinedFileError(`is ${stat.size} bytes; at most ${options.maxBytes} are read`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, options.maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > options.maxBytes)
        throw new ConfinedFileError(`is over ${options.maxBytes} bytes (it grew while being read); it is not read`);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}
