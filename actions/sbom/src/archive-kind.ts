/**
 * What kind of image archive a file is, from its tar headers: an OCI archive
 * has an `oci-layout` entry, a docker-archive (`docker save`) a
 * `manifest.json`. Only headers are read (the reader jumps over entry data),
 * and only the first entries, so a multi-GB archive costs a few reads.
 */
export type ArchiveKind = 'oci-archive' | 'docker-archive' | 'unknown';

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Buffer;

const BLOCK = 512;
const MAX_ENTRIES = 4096;

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}

export function sniffArchive(readAt: ReadAt): ArchiveKind {
  const magic = readAt(0, 2);
  if (magic.length === 2 && magic[0] === 0x1f && magic[1] === 0x8b) return 'unknown'; // gzip: let the tool detect it
  let offset = 0;
  let sawDockerManifest = false;
  for (let entries = 0; entries < MAX_ENTRIES; entries += 1) {
    const header = readAt(offset, BLOCK);
    if (header.length < BLOCK || header.every((byte) => byte === 0)) break;
    const isUstar = field(header, 257, 6).startsWith('ustar');
    const prefix = isUstar ? field(header, 345, 155) : '';
    const name = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) return 'unknown';
    const normalized = name.replace(/^(\.\/)+/, '');
    if (normalized === 'oci-layout') return 'oci-archive';
    if (normalized === 'manifest.json') sawDockerManifest = true;
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return sawDockerManifest ? 'docker-archive' : 'unknown';
}
