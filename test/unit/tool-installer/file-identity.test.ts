import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { fileIdentity, identityMismatch, type FileIdentity } from '@scs/tool-installer';
import { msUntilSettled, settleWindowMs } from '../../../packages/tool-installer/src/file-identity.js';

const base: FileIdentity = {
  size: '100',
  mtimeNs: '1700000000123456789',
  ctimeNs: '1700000000123456789',
  ino: '42',
  dev: '2049',
  mode: '33261',
};

describe('file identity', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'scs-identity-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads 64-bit fields as decimal strings with nanosecond timestamps', async () => {
    const file = path.join(dir, 'bin');
    writeFileSync(file, 'abc');
    const id = await fileIdentity(file);
    expect(id.size).toBe('3');
    for (const value of Object.values(id)) expect(value).toMatch(/^\d+$/);
    expect(identityMismatch(id, await fileIdentity(file))).toBeUndefined();
  });

  it('tells a replaced file (same content, new inode) apart', async () => {
    const file = path.join(dir, 'bin');
    writeFileSync(file, 'abc');
    const before = await fileIdentity(file);
    writeFileSync(path.join(dir, 'other'), 'abc');
    renameSync(path.join(dir, 'other'), file);
    expect(identityMismatch(before, await fileIdentity(file))).toMatch(/^(ino|ctimeNs|mtimeNs) changed$/);
  });

  it('names the first field that differs', () => {
    expect(identityMismatch(base, { ...base, size: '101' })).toBe('size changed');
    expect(identityMismatch(base, { ...base, ctimeNs: '1700000000123456790' })).toBe('ctimeNs changed');
    expect(identityMismatch(base, { ...base, dev: '1' })).toBe('dev changed');
    expect(identityMismatch(base, { ...base, mode: '33188' })).toBe('mode changed');
  });

  it('treats a missing or malformed recorded identity as a mismatch', () => {
    expect(identityMismatch(undefined, base)).toBe('no recorded file identity');
    expect(identityMismatch('x', base)).toBe('no recorded file identity');
    expect(identityMismatch({ ...base, ino: 42 }, base)).toBe('recorded ino is missing or malformed');
    expect(identityMismatch({ ...base, ctimeNs: '' }, base)).toBe('recorded ctimeNs is missing or malformed');
    const { mode: _mode, ...withoutMode } = base;
    expect(identityMismatch(withoutMode, base)).toBe('recorded mode is missing or malformed');
  });

  it('waits for timestamps to leave the coarse clock tick before an identity may be recorded', () => {
    const ctimeMs = 1_700_000_000_123;
    expect(settleWindowMs(base)).toBe(20);
    expect(msUntilSettled(base, ctimeMs + 5)).toBe(15);
    expect(msUntilSettled(base, ctimeMs + 20)).toBe(0);
    const coarse = { ...base, mtimeNs: '1700000000000000000', ctimeNs: '1700000000000000000' };
    expect(settleWindowMs(coarse)).toBe(2000);
    expect(msUntilSettled(coarse, 1_700_000_000_500)).toBe(1500);
  });
});
