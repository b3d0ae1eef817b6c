import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ConfigurationError,
  ensureConfinedDirectory,
  moveFileNoFollow,
  realPathAllowingMissing,
  validatePath,
  writeFileNoFollow,
} from '@scs/action-kit';

let root: string;
let workspace: string;
let runnerTemp: string;
let outside: string;
const SECRET_BYTES = 'TOP-SECRET-CONTENT-OF-AN-OUTSIDE-FILE';

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-paths-')));
  workspace = path.join(root, 'workspace');
  runnerTemp = path.join(root, '_temp');
  outside = path.join(root, 'outside');
  for (const dir of [workspace, runnerTemp, outside]) fs.mkdirSync(dir);
  fs.writeFileSync(path.join(outside, 'secret.json'), SECRET_BYTES);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function refused(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('validatePath confines by real path', () => {
  it('refuses a directory symlink that leads out of the workspace, naming the input', () => {
    fs.symlinkSync(outside, path.join(workspace, 'reports'));
    const message = refused(() => validatePath('output-dir', 'reports', { base: workspace, alsoWithin: [runnerTemp] }));
    expect(message).toMatch(/^Input `output-dir` \('reports'\) leads outside the workspace/);
  });

  it('refuses a path below such a symlink that does not exist yet', () => {
    fs.symlinkSync(outside, path.join(workspace, 'reports'));
    expect(refused(() => validatePath('output-dir', 'reports/sub/deeper', { base: workspace }))).toMatch(
      /`output-dir`/,
    );
  });

  it('refuses a file symlink to an outside file without showing its bytes', () => {
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(workspace, 'baseline.json'));
    const message = refused(() =>
      validatePath('baseline', 'baseline.json', { base: workspace, mustExist: 'file', alsoWithin: [runnerTemp] }),
    );
    expect(message).toMatch(/`baseline`/);
    expect(message).not.toContain(SECRET_BYTES);
  });

  it('refuses a dangling symlink whose target is outside (a write would create it there)', () => {
    fs.symlinkSync(path.join(outside, 'new-file'), path.join(workspace, 'out.json'));
    expect(refused(() => validatePath('output-file', 'out.json', { base: workspace }))).toMatch(/`output-file`/);
    expect(realPathAllowingMissing(path.join(workspace, 'out.json'))).toBe(path.join(outside, 'new-file'));
  });

  it('accepts links that stay inside, absolute paths in RUNNER_TEMP, and refuses absolute paths elsewhere', () => {
    fs.mkdirSync(path.join(workspace, 'real'));
    fs.symlinkSync(path.join(workspace, 'real'), path.join(workspace, 'alias'));
    expect(validatePath('output-dir', 'alias', { base: workspace })).toBe(path.join(workspace, 'alias'));
    expect(validatePath('output-dir', path.join(runnerTemp, 'x'), { base: workspace, alsoWithin: [runnerTemp] })).toBe(
      path.join(runnerTemp, 'x'),
    );
    expect(refused(() => validatePath('output-dir', outside, { base: workspace, alsoWithin: [runnerTemp] }))).toMatch(
      /resolves outside the workspace/,
    );
  });

  it('a link in RUNNER_TEMP that leads out is refused too', () => {
    fs.symlinkSync(outside, path.join(runnerTemp, 'escape'));
    expect(
      refused(() =>
        validatePath('output-dir', path.join(runnerTemp, 'escape'), { base: workspace, alsoWithin: [runnerTemp] }),
      ),
    ).toMatch(/leads outside/);
  });
});

describe('writing never follows a link', () => {
  it('writeFileNoFollow replaces a planted link instead of writing through it', () => {
    const target = path.join(outside, 'secret.json');
    const file = path.join(workspace, 'scan-summary.md');
    fs.symlinkSync(target, file);
    writeFileNoFollow(file, 'summary');
    expect(fs.readFileSync(target, 'utf8')).toBe(SECRET_BYTES);
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('summary');
    expect(fs.readdirSync(workspace)).toEqual(['scan-summary.md']);
  });

  it('moveFileNoFollow replaces a planted link too', () => {
    const target = path.join(outside, 'secret.json');
    const file = path.join(workspace, 'app.cdx.json');
    fs.symlinkSync(target, file);
    const staged = path.join(runnerTemp, 'staged.json');
    fs.writeFileSync(staged, '{}');
    moveFileNoFollow(staged, file);
    expect(fs.readFileSync(target, 'utf8')).toBe(SECRET_BYTES);
    expect(fs.readFileSync(file, 'utf8')).toBe('{}');
  });

  it('ensureConfinedDirectory creates inside and refuses a link that leads out', () => {
    const options = {
      name: 'output-dir',
      value: 'x',
      roots: [workspace, runnerTemp],
      rootsLabel: 'the workspace and RUNNER_TEMP',
    };
    expect(fs.statSync(ensureConfinedDirectory(path.join(workspace, 'a', 'b'), options)).isDirectory()).toBe(true);
    fs.symlinkSync(outside, path.join(workspace, 'out'));
    expect(refused(() => ensureConfinedDirectory(path.join(workspace, 'out', 'new'), options))).toMatch(/`output-dir`/);
    expect(fs.existsSync(path.join(outside, 'new'))).toBe(false);
  });
});

describe('paths that cannot be resolved are refused, never a crash', () => {
  it('a very long value, a link loop', () => {
    expect(refused(() => validatePath('vex', 'a'.repeat(100_000), { base: workspace }))).toMatch(
      /^Input `vex` holds a path of 100000 characters/,
    );
    fs.symlinkSync(path.join(workspace, 'loop-b'), path.join(workspace, 'loop-a'));
    fs.symlinkSync(path.join(workspace, 'loop-a'), path.join(workspace, 'loop-b'));
    expect(refused(() => validatePath('baseline', 'loop-a', { base: workspace, mustExist: 'file' }))).toMatch(
      /^Input `baseline` \('loop-a'\): The path .* cannot be resolved \(ELOOP\)/,
    );
  });
});
