import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandFiles } from '@scs/signing';

function workspace(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-files-')));
  fs.mkdirSync(path.join(dir, 'dist', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist', 'a.tar.gz'), 'a');
  fs.writeFileSync(path.join(dir, 'dist', 'b.tar.gz'), 'b');
  fs.writeFileSync(path.join(dir, 'dist', 'a.tar.gz.sigstore.json'), '{}');
  fs.writeFileSync(path.join(dir, 'dist', 'sub', 'c.zip'), 'c');
  return dir;
}

describe('expandFiles', () => {
  it('expands globs to sorted unique files, never re-signing bundles', () => {
    const dir = workspace();
    expect(expandFiles(['dist/*', 'dist/**/*.zip', 'dist/a.tar.gz'], dir)).toEqual([
      path.join(dir, 'dist', 'a.tar.gz'),
      path.join(dir, 'dist', 'b.tar.gz'),
      path.join(dir, 'dist', 'sub', 'c.zip'),
    ]);
  });

  it('a pattern matching nothing is an error', () => {
    expect(() => expandFiles(['dist/*.whl'], workspace())).toThrow(/matches no file/);
  });

  it('refuses a symlink that leads out of the workspace', () => {
    const dir = workspace();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-outside-'));
    fs.writeFileSync(path.join(outside, 'secret'), 's');
    fs.symlinkSync(path.join(outside, 'secret'), path.join(dir, 'dist', 'link'));
    expect(() => expandFiles(['dist/link'], dir)).toThrow(/resolves outside the workspace/);
  });
});
