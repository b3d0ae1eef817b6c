import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ArchiveRejectedError, checkEntryName, extractArchive } from '@scs/vuln-db';
import { makeTar, paxRecords, tempDir, type TarEntry } from './helpers.js';

describe('extractArchive', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('tar-extract-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, data: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, data);
    return file;
  };
  const selectDb = (name: string) => (name === 'trivy.db' || name === 'metadata.json' ? name : undefined);

  it.each([
    ['gzip', (tar: Buffer) => zlib.gzipSync(tar)],
    ['zstd', (tar: Buffer) => zlib.zstdCompressSync(tar)],
    ['none', (tar: Buffer) => tar],
  ] as const)('writes only the selected files (%s)', async (compression, pack) => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    const tar = makeTar([
      { name: './', type: '5' },
      { name: './trivy.db', data: big },
      { name: './README', data: 'skipped' },
      { name: './metadata.json', data: '{"Version":2}' },
    ]);
    const file = write(`db.tar.${compression}`, pack(tar));
    const out = path.join(dir, 'out');
    const result = await extractArchive(file, compression, out, { what: 'the test archive', select: selectDb });
    expect(result).toEqual({ files: ['trivy.db', 'metadata.json'], skipped: ['README'] });
    expect(fs.readdirSync(out).sort()).toEqual(['metadata.json', 'trivy.db']);
    expect(fs.readFileSync(path.join(out, 'trivy.db')).equals(big)).toBe(true);
  });

  it('reads long names from pax and GNU headers', async () => {
    const long = `${'d/'.repeat(70)}trivy.db`;
    const tar = makeTar([
      { name: 'PaxHeaders/x', type: 'x', data: paxRecords({ path: long }) },
      { name: 'truncated', data: 'pax' },
      { name: '././@LongLink', type: 'L', data: `${'e/'.repeat(60)}metadata.json\0` },
      { name: 'truncated2', data: 'gnu' },
    ]);
    const seen: string[] = [];
    await extractArchive(write('a.tar', tar), 'none', path.join(dir, 'out'), {
      what: 't',
      select: (n) => void seen.push(n),
    });
    expect(seen).toEqual([long, `${'e/'.repeat(60)}metadata.json`]);
  });

  it.each<[string, TarEntry, RegExp]>([
    ['..', { name: '../evil', data: 'x' }, /escapes the target directory/],
    ['nested ..', { name: 'db/../../evil', data: 'x' }, /escapes the target directory/],
    ['absolute', { name: '/etc/passwd', data: 'x' }, /absolute path/],
    ['backslash', { name: '..\\evil', data: 'x' }, /backslash/],
    ['drive letter', { name: 'C:/evil', data: 'x' }, /absolute path/],
    ['symlink', { name: 'trivy.db', type: '2', linkname: '/etc/shadow' }, /symbolic link/],
    ['hard link', { name: 'trivy.db', type: '1', linkname: '/etc/shadow' }, /hard link/],
    ['device', { name: 'null', type: '3' }, /unsupported type '3'/],
    [
      'pax path traversal',
      { name: 'PaxHeaders/x', type: 'x', data: paxRecords({ path: '../../evil' }) },
      /escapes the target directory/,
    ],
  ])('rejects the whole archive for an entry with %s', async (_name, entry, pattern) => {
    const entries: TarEntry[] = [{ name: 'metadata.json', data: '{}' }, entry];
    if (entry.type === 'x') entries.push({ name: 'innocent', data: 'x' });
    const file = write('evil.tar.gz', zlib.gzipSync(makeTar(entries)));
    const error = await extractArchive(file, 'gzip', path.join(dir, 'out'), {
      what: 'the DB layer',
      select: (n) => n.replace(/\W/g, '_'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveRejectedError);
    expect((error as Error).message).toMatch(/^the DB layer: /);
    expect((error as Error).message).toMatch(pattern);
    expect(fs.existsSync(path.join(dir, 'evil'))).toBe(false);
  });

  it('rejects duplicates of a selected file, corrupt headers, truncated and non-tar input', async () => {
    const dup = write(
      'dup.tar',
      makeTar([
        { name: 'trivy.db', data: 'a' },
        { name: './trivy.db', data: 'b' },
      ]),
    );
    await expect(extractArchive(dup, 'none', path.join(dir, 'o1'), { what: 't', select: selectDb })).rejects.toThrow(
      /trivy.db appears twice/,
    );

    const corrupt = makeTar([{ name: 'trivy.db', data: 'a' }]);
    corrupt[10] = 0x41;
    await expect(
      extractArchive(write('c.tar', corrupt), 'none', path.join(dir, 'o2'), { what: 't', select: selectDb }),
    ).rejects.toThrow(/checksum mismatch/);

    const truncated = makeTar([{ name: 'trivy.db', data: Buffer.alloc(4096, 1) }]).subarray(0, 2048);
    await expect(
      extractArchive(write('t.tar', truncated), 'none', path.join(dir, 'o3'), { what: 't', select: selectDb }),
    ).rejects.toThrow(/ends inside trivy.db/);

    await expect(
      extractArchive(write('x.gz', Buffer.from('not gzip at all')), 'gzip', path.join(dir, 'o4'), {
        what: 't',
        select: selectDb,
      }),
    ).rejects.toThrow(ArchiveRejectedError);
    await expect(
      extractArchive(write('e.tar', Buffer.alloc(0)), 'none', path.join(dir, 'o5'), { what: 't', select: selectDb }),
    ).rejects.toThrow(/empty archive/);
  });

  it('normalises entry names', () => {
    expect(checkEntryName('./db/./trivy.db', 't')).toBe('db/trivy.db');
    expect(checkEntryName('trivy.db', 't')).toBe('trivy.db');
    expect(() => checkEntryName('a/../../b', 't')).toThrow(ArchiveRejectedError);
  });
});
