/**
 * Streaming extraction of a DB archive (tar, gzip'd or zstd'd) that writes
 * only the files the caller names, into one directory, flat.
 *
 * The archive came from a registry or a CDN: every entry name is checked
 * before anything is written. An absolute name, a `..` segment, a backslash,
 * a link or a device entry rejects the whole archive (the caller extracts
 * into a staging directory and drops it). Files the caller does not select
 * are skipped unread. Bodies are streamed, never held in memory (the Trivy
 * DB is close to a gigabyte unpacked).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { InfrastructureError } from '@scs/action-kit';

export type ArchiveCompression = 'gzip' | 'zstd' | 'none';

export interface ExtractOptions {
  /** For messages: 'the Trivy DB layer'. */
  what: string;
  /**
   * Maps a (checked, normalised) entry name to the file name to write in
   * the destination, or undefined to skip the entry.
   */
  select: (name: string) => string | undefined;
  /** Largest file accepted; default 16 GiB. */
  maxFileBytes?: number;
}

export interface ExtractResult {
  /** File names written into the destination, in archive order. */
  files: string[];
  /** Entries skipped (not selected). */
  skipped: string[];
}

/** An archive whose content is refused (traversal, links, corrupt headers). */
export class ArchiveRejectedError extends InfrastructureError {
  override name = 'ArchiveRejectedError';
}

const BLOCK = 512;

/** Checks and normalises an entry name ('./db/x' → 'db/x'); throws for anything that could leave the destination. */
export function checkEntryName(raw: string, what: string): string {
  const shown = JSON.stringify(raw.slice(0, 200));
  if (raw.includes('\0')) throw new ArchiveRejectedError(`${what}: entry name ${shown} contains a NUL byte; refused`);
  if (raw.includes('\\')) throw new ArchiveRejectedError(`${what}: entry name ${shown} contains a backslash; refused`);
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) {
    throw new ArchiveRejectedError(`${what}: entry ${shown} has an absolute path; refused`);
  }
  const segments = raw.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..'))
    throw new ArchiveRejectedError(`${what}: entry ${shown} escapes the target directory; refused`);
  return segments.join('/');
}

function parseOctal(field: Buffer): number {
  if (field.length > 0 && (field[0]! & 0x80) !== 0) {
    // GNU base-256: big-endian, first byte's top bit is the marker.
    let value = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  const text = field.toString('latin1').replace(/\0.*$/s, '').trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}

function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end >= 0 ? end : field.length).toString('utf8');
}

function checksumOk(header: Buffer): boolean {
  const stored = parseOctal(header.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return stored === sum;
}

function parsePax(body: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    if (space < 0) break;
    const length = Number(body.subarray(offset, space).toString('latin1'));
    if (!Number.isSafeInteger(length) || length <= 0 || offset + length > body.length) break;
    const record = body.subarray(space + 1, offset + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}

/** Pulls exact byte counts out of an async stream of chunks. */
class ChunkReader {
  private pending: Buffer[] = [];
  private available = 0;
  private done = false;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    this.pending.push(chunk);
    this.available += chunk.length;
    return true;
  }

  /** Exactly n bytes, or null when the stream ends first (with what was left discarded). */
  async read(n: number): Promise<Buffer | null> {
    while (this.available < n) if (!(await this.fill())) return null;
    return this.take(n);
  }

  /** Between 1 and max bytes, or null at the end. */
  async readSome(max: number): Promise<Buffer | null> {
    if (this.available === 0 && !(await this.fill())) return null;
    return this.take(Math.min(max, this.available));
  }

  private take(n: number): Buffer {
    const whole = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    const out = whole.subarray(0, n);
    const rest = whole.subarray(n);
    this.pending = rest.length > 0 ? [rest] : [];
    this.available = rest.length;
    return out;
  }

  async skip(n: number, what: string): Promise<void> {
    let left = n;
    while (left > 0) {
      const chunk = await this.readSome(Math.min(left, 1 << 20));
      if (!chunk) throw new ArchiveRejectedError(`${what}: the archive ends inside an entry`);
      left -= chunk.length;
    }
  }
}

function decompressed(file: string, compression: ArchiveCompression): Readable {
  const source = fs.createReadStream(file);
  if (compression === 'none') return source;
  const decoder = compression === 'gzip' ? zlib.createGunzip() : zlib.createZstdDecompress();
  // pipeline destroys the decoder with the source's error, so the reader sees it.
  pipeline(source, decoder, () => undefined);
  return decoder;
}

/**
 * Extracts the selected regular files of the tar archive `file` into `dest`
 * (created). Throws ArchiveRejectedError for a refused entry or a corrupt
 * archive; what was written by then stays in `dest` for the caller to drop.
 */
export async function extractArchive(
  file: string,
  compression: ArchiveCompression,
  dest: string,
  options: ExtractOptions,
): Promise<ExtractResult> {
  const what = options.what;
  const maxFileBytes = options.maxFileBytes ?? 16 * 1024 ** 3;
  fs.mkdirSync(dest, { recursive: true });
  const stream = decompressed(file, compression);
  const reader = new ChunkReader(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  const result: ExtractResult = { files: [], skipped: [] };
  const written = new Set<string>();
  let paxNext: Record<string, string> = {};
  let longName: string | undefined;
  let sawEntry = false;

  try {
    for (;;) {
      let header: Buffer | null;
      try {
        header = await reader.read(BLOCK);
      } catch (error) {
        throw new ArchiveRejectedError(
          `${what}: cannot be decompressed (${error instanceof Error ? error.message : String(error)})`,
          { cause: error },
        );
      }
      if (!header) {
        if (!sawEntry) throw new ArchiveRejectedError(`${what}: empty archive`);
        break; // no end-of-archive blocks: tolerated, as GNU tar does
      }
      if (header.every((byte) => byte === 0)) break;
      if (!checksumOk(header))
        throw new ArchiveRejectedError(`${what}: not a tar archive, or a corrupt header (checksum mismatch)`);
      sawEntry = true;

      const type = String.fromCharCode(header[156]!);
      const size = parseOctal(header.subarray(124, 136));
      if (!Number.isSafeInteger(size) || size < 0)
        throw new ArchiveRejectedError(`${what}: an entry has an unreadable size`);
      const padded = Math.ceil(size / BLOCK) * BLOCK;

      // Metadata entries that describe the next one.
      if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
        if (size > 1024 * 1024) throw new ArchiveRejectedError(`${what}: an extended header of ${size} bytes; refused`);
        const body = await reader.read(padded);
        if (!body) throw new ArchiveRejectedError(`${what}: the archive ends inside an extended header`);
        if (type === 'x') paxNext = { ...paxNext, ...parsePax(body.subarray(0, size)) };
        if (type === 'L') longName = cString(body.subarray(0, size));
        continue;
      }

      const magic = header.subarray(257, 263).toString('latin1');
      const prefix = magic.startsWith('ustar') && magic !== 'ustar ' ? cString(header.subarray(345, 500)) : '';
      const headerName = cString(header.subarray(0, 100));
      const rawName = paxNext.path ?? longName ?? (prefix ? `${prefix}/${headerName}` : headerName);
      const entrySize = paxNext.size !== undefined ? Number(paxNext.size) : size;
      paxNext = {};
      longName = undefined;
      const name = checkEntryName(rawName, what);

      switch (type) {
        case '5': // directory: nothing to create (files are written flat)
          await reader.skip(padded, what);
          continue;
        case '1':
        case '2':
          throw new ArchiveRejectedError(
            `${what}: entry ${JSON.stringify(rawName.slice(0, 200))} is a ${type === '1' ? 'hard' : 'symbolic'} link; refused`,
          );
        case '0':
        case '\0':
        case '7':
          break;
        default:
          throw new ArchiveRejectedError(
            `${what}: entry ${JSON.stringify(rawName.slice(0, 200))} has unsupported type '${type}'; refused`,
          );
      }
      if (!Number.isSafeInteger(entrySize) || entrySize < 0)
        throw new ArchiveRejectedError(`${what}: entry ${name} has an unreadable size`);
      const entryPadded = Math.ceil(entrySize / BLOCK) * BLOCK;

      const target = name === '' ? undefined : options.select(name);
      if (target === undefined) {
        result.skipped.push(name);
        await reader.skip(entryPadded, what);
        continue;
      }
      if (target.includes('/') || target.includes('\\') || target === '' || target === '.' || target === '..') {
        throw new Error(`select() must return a plain file name; got ${JSON.stringify(target)}`);
      }
      if (written.has(target)) throw new ArchiveRejectedError(`${what}: ${name} appears twice; refused`);
      if (entrySize > maxFileBytes)
        throw new ArchiveRejectedError(`${what}: ${name} is ${entrySize} bytes, over the ${maxFileBytes}-byte limit`);
      written.add(target);

      const handle = await fs.promises.open(path.join(dest, target), 'wx', 0o644);
      try {
        let left = entrySize;
        while (left > 0) {
          const chunk = await reader.readSome(Math.min(left, 1 << 20));
          if (!chunk) throw new ArchiveRejectedError(`${what}: the archive ends inside ${name}`);
          await handle.write(chunk);
          left -= chunk.length;
        }
      } finally {
        await handle.close();
      }
      await reader.skip(entryPadded - entrySize, what);
      result.files.push(target);
    }
  } catch (error) {
    if (error instanceof InfrastructureError) throw error;
    throw new ArchiveRejectedError(
      `${what}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  } finally {
    stream.destroy();
  }
  return result;
}
