import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import {
  MAX_CHECKSUMS_BYTES,
  MAX_SUBJECTS,
  imageSubject,
  imageSubjectName,
  mergeSubjects,
  parseChecksums,
  parseSha256Digest,
  sanitizeSubjectName,
  sha256File,
  subjectFromDigest,
  subjectsFromChecksumsFile,
  subjectsFromPaths,
} from '@scs/attestation';

const HEX_A = 'a'.repeat(64);
const HEX_B = '0123456789abcdef'.repeat(4);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-subjects-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('digests', () => {
  it.each([
    ['sha256:' + HEX_A.toUpperCase(), /lower-case/],
    ['sha256:abc', /64 hex characters, this one has 3/],
    [HEX_A, /no algorithm prefix/],
    ['sha512:' + HEX_A, /only sha256/],
    ['sha256:' + 'g'.repeat(64), /not hex digits/],
  ])('refuses %s with the reason', (value, reason) => {
    expect(() => parseSha256Digest(value, 'Input `subject-digest`')).toThrow(ConfigurationError);
    expect(() => parseSha256Digest(value, 'Input `subject-digest`')).toThrow(reason);
    expect(() => parseSha256Digest(value, 'Input `subject-digest`')).toThrow(/^Input `subject-digest`: invalid digest/);
  });

  it('accepts sha256:<64 lower-case hex>', () => {
    expect(parseSha256Digest(`sha256:${HEX_B}`, 'x')).toBe(HEX_B);
    expect(subjectFromDigest(`sha256:${HEX_B}`, '  app.tar.gz ')).toEqual({
      name: 'app.tar.gz',
      digest: { sha256: HEX_B },
    });
  });
});

describe('subject names', () => {
  it.each([
    ['line\nbreak'],
    ['tab\there'],
    ['bidi\u202Eexe.txt'],
    ['zero\u200Bwidth'],
    ['nul\u0000'],
    ['esc\u001B[31m'],
  ])('refuses %j, showing the character as an escape', (name) => {
    let error: Error | undefined;
    try {
      sanitizeSubjectName(name, 'Input `subject-name`');
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message).toMatch(/control, line-break, bidi or zero-width/);
    expect(error!.message).toMatch(/\\u\{[0-9a-f]{4}\}/);
    // The error itself is one line of visible text.
    // eslint-disable-next-line no-control-regex -- the error must contain none of these
    expect(error!.message).not.toMatch(/[\n\t\u0000\u001B\u200B\u202E]/);
  });

  it('refuses empty and over-long names, keeps Markdown and HTML characters as they are', () => {
    expect(() => sanitizeSubjectName('   ', 'x')).toThrow(/must not be empty/);
    expect(() => sanitizeSubjectName('a'.repeat(5000), 'x')).toThrow(/at most 4096/);
    expect(sanitizeSubjectName('<img src=x onerror=alert(1)>|`*_[x](javascript:1)', 'x')).toBe(
      '<img src=x onerror=alert(1)>|`*_[x](javascript:1)',
    );
  });
});

describe('image subjects (cosign attest naming: the repository without tag, as go-containerregistry prints it)', () => {
  it.each([
    ['ghcr.io/octo-org/app:1.0', 'ghcr.io/octo-org/app'],
    ['ghcr.io/octo-org/app@sha256:' + HEX_A, 'ghcr.io/octo-org/app'],
    ['ghcr.io/octo-org/app:1.0@sha256:' + HEX_A, 'ghcr.io/octo-org/app'],
    ['127.0.0.1:5000/alpine-app:v1', '127.0.0.1:5000/alpine-app'],
    ['localhost/app', 'localhost/app'],
    ['alpine', 'index.docker.io/library/alpine'],
    ['alpine:3.20', 'index.docker.io/library/alpine'],
    ['docker.io/library/alpine:3', 'index.docker.io/library/alpine'],
    ['docker.io/octo/app', 'index.docker.io/octo/app'],
    ['octo/app:1', 'index.docker.io/octo/app'],
    ['Registry.Example.com:443/team/app', 'registry.example.com:443/team/app'],
  ])('%s → %s', (reference, name) => {
    expect(imageSubjectName(reference)).toBe(name);
  });

  it('pairs the name with the manifest digest', () => {
    expect(imageSubject('ghcr.io/o/a:1', `sha256:${HEX_B}`)).toEqual({
      name: 'ghcr.io/o/a',
      digest: { sha256: HEX_B },
    });
    expect(() => imageSubject('ghcr.io/o/a:1', 'sha256:zz')).toThrow(/subject-image/);
  });
});

describe('checksums files (sha256sum format)', () => {
  it('reads text and binary (*) lines, skips blanks and comments, keeps names with spaces', () => {
    const text = `# release checksums\n${HEX_A}  app-linux-amd64.tar.gz\r\n${HEX_B} *app windows.zip\n\n`;
    expect(parseChecksums(text, 'checksums.txt')).toEqual([
      { name: 'app-linux-amd64.tar.gz', digest: { sha256: HEX_A } },
      { name: 'app windows.zip', digest: { sha256: HEX_B } },
    ]);
  });

  it.each([
    [`${HEX_A.slice(1)}  short`, /line 1: invalid sha256 digest .*64 hex characters, got 63/],
    [`${'z'.repeat(64)}  bad`, /line 1: invalid sha256 digest .*not all hex/],
    [`${HEX_A.toUpperCase()}  upper`, /lower-case/],
    [`${'a'.repeat(128)}  big`, /sha512/],
    [`${HEX_A}\tname`, /line 1: expected '<sha256 hex> {2}<name>'/],
    [`ok\n${HEX_A}  `, /line 1: expected/],
    [`${HEX_A}  good\n\\${HEX_B}  esc\\nname`, /line 2: the name is escaped/],
    [`${HEX_A}  bad\u202Ename`, /line 1: the subject name .*bidi/],
    ['# only a comment\n', /lists no checksums/],
  ])('refuses %j naming the line', (text, reason) => {
    expect(() => parseChecksums(text, 'checksums.txt')).toThrow(reason);
  });

  it('refuses a file larger than 512 KiB before reading it', async () => {
    const dir = workspace({ 'big.txt': `${HEX_A}  ${'n'.repeat(MAX_CHECKSUMS_BYTES)}\n` });
    await expect(subjectsFromChecksumsFile(path.join(dir, 'big.txt'), 'Input `subject-checksums`')).rejects.toThrow(
      /at most 512 KiB \(1024 subjects\)/,
    );
  });
});

describe('subject-path globs', () => {
  it('streams the sha256 of every matched file, named by base name as actions/attest does, in path order', async () => {
    const dir = workspace({
      'dist/b.tar.gz': 'bbb',
      'dist/a.tar.gz': 'aaa',
      'dist/sub/c.bin': 'ccc',
      'dist/notes.md': 'x',
      'other/d.tar.gz': 'ddd',
    });
    const subjects = await subjectsFromPaths(['dist/**/*.tar.gz', 'dist/sub/*', '!dist/notes.md'], { workspace: dir });
    expect(subjects).toEqual([
      { name: 'a.tar.gz', digest: { sha256: sha('aaa') } },
      { name: 'b.tar.gz', digest: { sha256: sha('bbb') } },
      { name: 'c.bin', digest: { sha256: sha('ccc') } },
    ]);
    expect(await sha256File(path.join(dir, 'other/d.tar.gz'))).toBe(sha('ddd'));
  });

  it('applies exclusions and skips directories', async () => {
    const dir = workspace({ 'out/a.txt': 'a', 'out/b.txt': 'b', 'out/dir/x': 'x' });
    const subjects = await subjectsFromPaths(['out/*', '!out/b.txt'], { workspace: dir });
    expect(subjects.map((s) => s.name)).toEqual(['a.txt']);
  });

  it('fails for a pattern that matches nothing, one outside the workspace, and links that leave it', async () => {
    const dir = workspace({ 'a.txt': 'a' });
    await expect(subjectsFromPaths(['missing/*'], { workspace: dir })).rejects.toThrow(/'missing\/\*' matches no file/);
    await expect(subjectsFromPaths(['../*'], { workspace: dir })).rejects.toThrow(/reaches outside the workspace/);
    await expect(subjectsFromPaths(['/etc/passwd'], { workspace: dir })).rejects.toThrow(
      /reaches outside the workspace/,
    );
    await expect(subjectsFromPaths(['!a.txt'], { workspace: dir })).rejects.toThrow(/only exclusions/);
    fs.symlinkSync('/etc/hostname', path.join(dir, 'link'));
    await expect(subjectsFromPaths(['link'], { workspace: dir })).rejects.toThrow(
      /link to a file outside the workspace/,
    );
  });

  it('stops beyond the subject limit with advice', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`f/${i}.bin`] = String(i);
    const dir = workspace(files);
    await expect(subjectsFromPaths(['f/*'], { workspace: dir, maxSubjects: 5 })).rejects.toThrow(
      /more than 5 files.*subject-checksums/,
    );
  });

  it('refuses a file whose name carries a control character', async () => {
    const dir = workspace({ 'evil\nname.txt': 'x' });
    await expect(subjectsFromPaths(['*.txt'], { workspace: dir })).rejects.toThrow(/control, line-break/);
  });
});

describe('mergeSubjects', () => {
  it('lists the same name and digest once and keeps distinct claims', () => {
    const a = { name: 'a', digest: { sha256: HEX_A } };
    const merged = mergeSubjects([
      [a, { name: 'b', digest: { sha256: HEX_A } }],
      [a, { name: 'a', digest: { sha256: HEX_B } }],
    ]);
    expect(merged.map((s) => `${s.name}@${s.digest.sha256.slice(0, 4)}`)).toEqual(['a@aaaa', 'b@aaaa', 'a@0123']);
  });

  it(`refuses none, and more than ${MAX_SUBJECTS}`, () => {
    expect(() => mergeSubjects([[]])).toThrow(/No subject to attest/);
    const many = Array.from({ length: MAX_SUBJECTS + 1 }, (_, i) => ({ name: `f${i}`, digest: { sha256: HEX_A } }));
    expect(() => mergeSubjects([many])).toThrow(/1025 subjects were given; an attestation may name at most 1024/);
    expect(mergeSubjects([many.slice(0, MAX_SUBJECTS)])).toHaveLength(MAX_SUBJECTS);
  });
});
