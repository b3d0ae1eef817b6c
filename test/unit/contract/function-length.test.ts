/**
 * Contract: no function in the actions' or packages' source is longer than
 * 120 lines (as Prettier lays it out). Long functions are where steps hide;
 * cut them into named steps instead of raising the limit.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../../support/action-harness.js';

const MAX_LINES = 120;

function listTs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTs(full);
    return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Functions (declarations, methods, arrows, expressions) longer than `max` lines in one source text. */
function longFunctions(file: string, text: string, max: number): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) {
        const named =
          node.name?.getText(source) ??
          (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)');
        found.push(`${file}:${first + 1} ${named} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function length', () => {
  const files = ['actions', 'packages'].flatMap((layer) =>
    fs.readdirSync(path.join(REPO_ROOT, layer)).flatMap((owner) => listTs(path.join(REPO_ROOT, layer, owner, 'src'))),
  );

  it(`no source function is longer than ${MAX_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(80);
    const long = files.flatMap((file) =>
      longFunctions(path.relative(REPO_ROOT, file), fs.readFileSync(file, 'utf8'), MAX_LINES),
    );
    expect(long).toEqual([]);
  });

  it('measures every kind of function', () => {
    const body = Array.from({ length: 5 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      `function a() {\n${body}\n}`,
      `const b = () => {\n${body}\n};`,
      `class C {\n  m() {\n${body}\n  }\n}`,
      `const d = function () {\n${body}\n};`,
    ].join('\n');
    expect(longFunctions('x.ts', text, 6)).toEqual([
      'x.ts:1 a (7 lines)',
      'x.ts:8 b (7 lines)',
      'x.ts:16 m (7 lines)',
      'x.ts:24 d (7 lines)',
    ]);
    expect(longFunctions('x.ts', text, 7)).toEqual([]);
  });
});
