import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sniffArchive } from '../../../actions/sbom/src/archive-kind.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-kind-'));

/** A tar (system tar) of files name → content, in the order given. */
function tar(
  name: string,
  files: Record<string, string>,
  options: { gzip?: boolean; dotSlash?: boolean } = {},
): string {
  const src = fs.mkdtempSync(path.join(work, 'src-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
    fs.writeFileSync(path.join(src, file), content);
  }
  const out = path.join(work, name);
  const entries = Object.keys(files).map((f) => (options.dotSlash ? `./${f}` : f));
  execFileSync('tar', [options.gzip ? '-czf' : '-cf', out, '-C', src, ...entries]);
  return out;
}

function sniff(file: string) {
  const data = fs.readFileSync(file);
  const reads: number[] = [];
  const kind = sniffArchive((offset, length) => {
    reads.push(offset);
    return data.subarray(offset, offset + length);
  });
  return { kind, reads };
}

describe('sniffArchive', () => {
  it('an OCI archive (oci-layout entry, as skopeo writes it with ./ names)', () => {
    const file = tar(
      'oci.tar',
      { 'oci-layout': '{}', 'index.json': '{}', 'blobs/sha256/aa': 'x'.repeat(5000) },
      { dotSlash: true },
    );
    expect(sniff(file).kind).toBe('oci-archive');
  });

  it('a docker-archive (manifest.json after the layers), jumping over entry data', () => {
    const file = tar('docker.tar', {
      'layer/layer.tar': 'x'.repeat(100_000),
      'config.json': '{}',
      'manifest.json': '[]',
    });
    const { kind, reads } = sniff(file);
    expect(kind).toBe('docker-archive');
    expect(reads.length).toBeLessThan(10);
  });

  it.each([
    ['a gzip-compressed tar', () => tar('c.tar.gz', { 'manifest.json': '[]' }, { gzip: true })],
    ['a tar of something else', () => tar('other.tar', { 'README.md': 'hi' })],
    [
      'an empty file',
      () => {
        fs.writeFileSync(path.join(work, 'empty'), '');
        return path.join(work, 'empty');
      },
    ],
    [
      'a text file',
      () => {
        fs.writeFileSync(path.join(work, 'text'), 'not a tar at all\n'.repeat(100));
        return path.join(work, 'text');
      },
    ],
  ])('unknown: %s', (_label, make) => {
    expect(sniff(make()).kind).toBe('unknown');
  });
});
