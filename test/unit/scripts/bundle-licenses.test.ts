/**
 * The third-party licenses shipped with each bundle: with lazy chunks, ncc's
 * license plugin writes one list per chunk, and a single output name let the
 * last chunk's list replace the entry chunk's. scripts/bundle.mjs now writes
 * one per chunk and merges them.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
// @ts-expect-error -- an untyped .mjs script
import { mergeLicenses } from '../../../scripts/bundle.mjs';
import { REPO_ROOT } from '../../support/action-harness.js';

const merge = mergeLicenses as (chunks: [string, Buffer][]) => Buffer;

describe('bundle licenses', () => {
  it('merges the per-chunk lists, the entry chunk first', () => {
    const merged = merge([
      ['694.licenses.txt', Buffer.from('tuf-js\nMIT\nlazy text\n\n')],
      ['main.licenses.txt', Buffer.from('@actions/core\nMIT\nentry text\n')],
      ['12.licenses.txt', Buffer.from('')],
    ]).toString('utf8');
    expect(merged).toBe('@actions/core\nMIT\nentry text\n\ntuf-js\nMIT\nlazy text\n');
    expect(merge([]).toString('utf8')).toBe('');
  });

  const actions = fs
    .readdirSync(path.join(REPO_ROOT, 'actions'))
    .filter((name) => fs.existsSync(path.join(REPO_ROOT, 'dist', name, 'index.js')));

  it.each(actions)("dist/%s/licenses.txt lists the entry chunk's packages and every lazy chunk's", (action) => {
    const dir = path.join(REPO_ROOT, 'dist', action);
    const licenses = fs.readFileSync(path.join(dir, 'licenses.txt'), 'utf8');
    // Every action's entry bundles @actions/core; the per-chunk files were merged away.
    expect(licenses.split('\n')).toContain('@actions/core');
    expect(fs.readdirSync(dir).filter((file) => file.endsWith('.licenses.txt'))).toEqual([]);
  });
});
