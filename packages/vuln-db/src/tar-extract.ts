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
  /** Most files written; default 100,000. */
  maxFiles?: number;
  /**
   * select() may return a relative path (plain segments joined by '/'):
   * the tree is recreated under the destination. Default: flat file names.
   */
  nested?: boolean;
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

/** One file entry of the archive, its name checked. */
interface TarEntry {
  /** Checked, normalised name ('' for the archive root). */
  name: string;
  rawName: string;
  type: string;
  size: number;
  /** The header's size rounded up to whole blocks (what follows the header). */
  padded: number;
}

/** Header state carried from extended headers to the entry they describe. */
interface HeaderState {
  pax: Record<string, string>;
  longName?: string;
  sawEntry: boolean;
}

async function readHeader(reader: ChunkReader, what: string): Promise<Buffer | null> {
  try {
    return await reader.read(BLOCK);
  } catch (error) {
    throw new ArchiveRejectedError(
      `${what}: cannot be decompressed (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
}

/**
 * The next entry that is not an extended header, or null at the end of the
 * archive. Extended headers (pax, GNU long names) are read into `state`.
 */
async function nextEntry(reader: ChunkReader, state: HeaderState, what: string): Promise<TarEntry | null> {
  for (;;) {
    const header = await readHeader(reader, what);
    if (!header) {
      if (!state.sawEntry) throw new ArchiveRejectedError(`${what}: empty archive`);
      return null; // no end-of-archive blocks: tolerated, as GNU tar does
    }
    if (header.every((byte) => byte === 0)) return null;
    if (!checksumOk(header))
      throw new ArchiveRejectedError(`${what}: not a tar archive, or a corrupt header (checksum mismatch)`);
    state.sawEntry = true;
    const type = String.fromCharCode(header[156]!);
    const size = parseOctal(header.subarray(124, 136));
    if (!Number.isSafeInteger(size) || size < 0)
      throw new ArchiveRejectedError(`${what}: an entry has an unreadable size`);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      if (size > 1024 * 1024) throw new ArchiveRejectedError(`${what}: an extended header of ${size} bytes; refused`);
      const body = await reader.read(padded);
      if (!body) throw new ArchiveRejectedError(`${what}: the archive ends inside an extended header`);
      if (type === 'x') state.pax = { ...state.pax, ...parsePax(body.subarray(0, size)) };
      if (type === 'L') state.longName = cString(body.subarray(0, size));
      continue;
    }
    const magic = header.subarray(257, 263).toString('latin1');
    const prefix = magic.startsWith('ustar') && magic !== 'ustar ' ? cString(header.subarray(345, 500)) : '';
    const headerName = cString(header.subarray(0, 100));
    const rawName = state.pax.path ?? state.longName ?? (prefix ? `${prefix}/${headerName}` : headerName);
    const entrySize = state.pax.size !== undefined ? Number(state.pax.size) : size;
    state.pax = {};
    delete state.longName;
    const name = checkEntryName(rawName, what);
    if (type === '5') return { name, rawName, type, size: 0, padded };
    if (!Number.isSafeInteger(entrySize) || entrySize < 0)
      throw new ArchiveRejectedError(`${what}: entry ${name} has an unreadable size`);
    return { name, rawName, type, size: entrySize, padded: Math.ceil(entrySize / BLOCK) * BLOCK };
  }
}

/** Refuses links, devices and anything else that is not a plain file or a directory. */
function checkEntryType(entry: TarEntry, what: string): 'file' | 'directory' {
  const shown = JSON.stringify(entry.rawName.slice(0, 200));
  switch (entry.type) {
    case '5':
      return 'directory';
    case '0':
    case '\0':
    case '7':
      return 'file';
    case '1':
    case '2':
      throw new ArchiveRejectedError(
        `${what}: entry ${shown} is a ${entry.type === '1' ? 'hard' : 'symbolic'} link; refused`,
      );
    default:
      throw new ArchiveRejectedError(`${what}: entry ${shown} has unsupported type '${entry.type}'; refused`);
  }
}

/** Checks what select() returned: a plain file name, or (nested) a relative path of plain segments. */
function checkTarget(target: string, nested: boolean): void {
  const segments = target.split('/');
  const plain = (segment: string) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\\');
  if (!(nested ? segments.every(plain) : segments.length === 1 && plain(target))) {
    throw new Error(
      `select() must return a plain ${nested ? 'relative path' : 'file name'}; got ${JSON.stringify(target)}`,
    );
  }
}

/** Streams one entry's body into `dest/target` (a new file; never through an existing one). */
async function writeEntry(reader: ChunkReader, entry: TarEntry, file: string, what: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const handle = await fs.promises.open(file, 'wx', 0o644);
  try {
    let left = entry.size;
    while (left > 0) {
      const chunk = await reader.readSome(Math.min(left, 1 << 20));
      if (!chunk) throw new ArchiveRejectedError(`${what}: the archive ends inside ${entry.name}`);
      await handle.write(chunk);
      left -= chunk.length;
    }
  } finally {
    await handle.close();
  }
  await reader.skip(entry.padded - entry.size, what);
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
  const { what } = options;
  const maxFileBytes = options.maxFileBytes ?? 16 * 1024 ** 3;
  const maxFiles = options.maxFiles ?? 100_000;
  fs.mkdirSync(dest, { recursive: true });
  const stream = decompressed(file, compression);
  const reader = new ChunkReader(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  const result: ExtractResult = { files: [], skipped: [] };
  const written = new Set<string>();
  const state: HeaderState = { pax: {}, sawEntry: false };
  try {
    for (let entry = await nextEntry(reader, state, what); entry; entry = await nextEntry(reader, state, what)) {
      const target =
        checkEntryType(entry, what) === 'file' && entry.name !== '' ? options.select(entry.name) : undefined;
      if (target === undefined) {
        if (entry.type !== '5') result.skipped.push(entry.name);
        await reader.skip(entry.padded, what);
        continue;
      }
      checkTarget(target, options.nested ?? false);
      if (written.has(target)) throw new ArchiveRejectedError(`${what}: ${entry.name} appears twice; refused`);
      if (entry.size > maxFileBytes)
        throw new ArchiveRejectedError(
          `${what}: ${entry.name} is ${entry.size} bytes, over the ${maxFileBytes}-byte limit`,
        );
      if (written.size >= maxFiles) throw new ArchiveRejectedError(`${what}: more than ${maxFiles} files; refused`);
      written.add(target);
      await writeEntry(reader, entry, path.join(dest, target), what);
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
