import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from './errors.js';
import { validatePath } from './inputs.js';

/**
 * Images that were never pushed: a `docker save` tarball, an OCI archive (a
 * tar of an OCI image layout) or an OCI image layout directory, as scan's
 * `image-archive` and sbom's `file` take them. One validation for both
 * actions, and the image's own digest read from the archive's index so that
 * what is reported can be attested after a later push.
 */

/** What kind of archive a file is, from its tar headers (`unknown`: compressed, or neither). */
export type ArchiveKind = 'oci-archive' | 'docker-archive' | 'unknown';

/** An archive input, validated: the file or directory by resolved path, and its layout. */
export interface ImageArchive {
  path: string;
  /** `oci-dir` for a layout directory; an archive file's kind from its tar headers. */
  layout: 'oci-dir' | ArchiveKind;
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Buffer;

const BLOCK = 512;
const MAX_ENTRIES = 4096;
/** An index.json is a few hundred bytes; anything this large is not one. */
const MAX_INDEX_BYTES = 1024 * 1024;

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}

interface TarEntry {
  name: string;
  size: number;
  /** Offset of the entry's data. */
  data: number;
}

/** The first entries' headers (bounded in count; data is jumped over), stopping when `stop` says so. */
function walkTar(readAt: ReadAt, stop: (entry: TarEntry) => boolean): void {
  const magic = readAt(0, 2);
  if (magic.length === 2 && magic[0] === 0x1f && magic[1] === 0x8b) return; // gzip: not walked
  let offset = 0;
  for (let entries = 0; entries < MAX_ENTRIES; entries += 1) {
    const header = readAt(offset, BLOCK);
    if (header.length < BLOCK || header.every((byte) => byte === 0)) return;
    const isUstar = field(header, 257, 6).startsWith('ustar');
    const prefix = isUstar ? field(header, 345, 155) : '';
    const name = ((prefix ? `${prefix}/` : '') + field(header, 0, 100)).replace(/^(\.\/)+/, '');
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) return;
    if (stop({ name, size, data: offset + BLOCK })) return;
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
}

/**
 * An OCI archive has an `oci-layout` entry, a docker-archive (`docker save`)
 * a `manifest.json` (Docker 25 and later write both: it is read as the OCI
 * archive it also is). Only headers are read, and only the first entries, so
 * a multi-GB archive costs a few reads.
 */
export function sniffArchive(readAt: ReadAt): ArchiveKind {
  let kind: ArchiveKind = 'unknown';
  walkTar(readAt, (entry) => {
    if (entry.name === 'oci-layout') {
      kind = 'oci-archive';
      return true;
    }
    if (entry.name === 'manifest.json') kind = 'docker-archive';
    return false;
  });
  return kind;
}

function fileReader(file: string): { readAt: ReadAt; close: () => void } {
  const fd = fs.openSync(file, 'r');
  return {
    readAt: (offset, length) => {
      const buffer = Buffer.alloc(length);
      const read = fs.readSync(fd, buffer, 0, length, offset);
      return buffer.subarray(0, read);
    },
    close: () => fs.closeSync(fd),
  };
}

export function readArchiveKind(file: string): ArchiveKind {
  const reader = fileReader(file);
  try {
    return sniffArchive(reader.readAt);
  } finally {
    reader.close();
  }
}

/**
 * Validates an image archive input: resolved against the workspace; a
 * relative path is confined to it by real path (a link in the checkout does
 * not lead elsewhere), an absolute one may name any file on the runner (a
 * `docker save` in RUNNER_TEMP); a directory must be an OCI image layout.
 * `otherwise` completes the error for a plain directory ("use `path` ...").
 */
export function validateImageArchive(name: string, value: string, workspace: string, otherwise: string): ImageArchive {
  const resolved = validatePath(name, value, { base: workspace, mustExist: 'any', allowAbsolute: true });
  const stat = fs.statSync(resolved);
  if (stat.isDirectory()) {
    if (!fs.existsSync(path.join(resolved, 'oci-layout'))) {
      throw new ConfigurationError(
        `Input \`${name}\`: '${value.slice(0, 200)}' is a directory but not an OCI image layout (it has no oci-layout file). ${otherwise}`,
      );
    }
    return { path: resolved, layout: 'oci-dir' };
  }
  if (!stat.isFile())
    throw new ConfigurationError(`Input \`${name}\`: '${value.slice(0, 200)}' is neither a file nor a directory.`);
  return { path: resolved, layout: readArchiveKind(resolved) };
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The single manifest digest an OCI index.json names; undefined for none, several, or anything malformed. */
function digestFromIndex(text: string): string | undefined {
  let index: unknown;
  try {
    index = JSON.parse(text);
  } catch {
    return undefined;
  }
  const manifests = (index as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests) || manifests.length !== 1) return undefined;
  const digest = (manifests[0] as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && DIGEST.test(digest) ? digest : undefined;
}

/**
 * The image's manifest digest (sha256:…), read from the archive's OCI
 * `index.json` when it names exactly one manifest: the digest the image keeps
 * when pushed as is. A docker-archive without an index (Docker before 25)
 * carries no manifest, so there is none to report: undefined, never a guess.
 */
export function imageArchiveDigest(archive: ImageArchive): string | undefined {
  if (archive.layout === 'oci-dir') {
    const file = path.join(archive.path, 'index.json');
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch {
      return undefined;
    }
    if (!stat.isFile() || stat.size > MAX_INDEX_BYTES) return undefined;
    return digestFromIndex(fs.readFileSync(file, 'utf8'));
  }
  if (archive.layout === 'unknown') return undefined;
  const reader = fileReader(archive.path);
  try {
    let digest: string | undefined;
    walkTar(reader.readAt, (entry) => {
      if (entry.name !== 'index.json') return false;
      if (entry.size <= MAX_INDEX_BYTES)
        digest = digestFromIndex(reader.readAt(entry.data, entry.size).toString('utf8'));
      return true;
    });
    return digest;
  } finally {
    reader.close();
  }
}
