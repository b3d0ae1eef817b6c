/**
 * Contract: the layering the code relies on, checked from the import graph of
 * every source file (not a convention a reviewer has to remember).
 *
 * - An action imports packages only by name (`@scs/<package>`), and never
 *   another action's files.
 * - A package never imports an action, and imports another package only by
 *   name (no reaching into `packages/<other>/src/...`).
 * - The packages form no cycle.
 * - Every `@scs/<name>` import names a package that exists.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../support/action-harness.js';

interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 'action' or 'package' */
  layer: 'action' | 'package';
  /** The action's or package's directory name. */
  owner: string;
  imports: string[];
}

const IMPORT_PATTERN =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT_PATTERN)) found.push(match[1] ?? match[2]!);
  return found;
}

function listTs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(full));
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const layer of ['action', 'package'] as const) {
    const base = path.join(REPO_ROOT, layer === 'action' ? 'actions' : 'packages');
    for (const owner of fs.readdirSync(base)) {
      for (const full of listTs(path.join(base, owner, 'src'))) {
        const file = path.relative(REPO_ROOT, full).split(path.sep).join('/');
        files.push({ file, layer, owner, imports: importsOf(fs.readFileSync(full, 'utf8')) });
      }
    }
  }
  return files;
}

const files = sourceFiles();
const packageNames = fs
  .readdirSync(path.join(REPO_ROOT, 'packages'))
  .filter((name) => fs.existsSync(path.join(REPO_ROOT, 'packages', name, 'package.json')));

/** Where a relative import lands, relative to the repository root. */
function resolveRelative(from: string, specifier: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
}

/** The layering rule a single import breaks, or undefined. */
function layeringViolation(source: SourceFile, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = resolveRelative(source.file, specifier);
    const home = `${source.layer === 'action' ? 'actions' : 'packages'}/${source.owner}/`;
    if (!target.startsWith(home)) return `relative import leaves ${home} (lands in ${target})`;
    return undefined;
  }
  const scoped = /^@scs\/([^/]+)(\/.*)?$/.exec(specifier);
  if (scoped) {
    if (scoped[2]) return `deep import into @scs/${scoped[1]} (import the package's entry point)`;
    if (!packageNames.includes(scoped[1]!)) return `@scs/${scoped[1]} is not a package in packages/`;
    if (source.layer === 'package' && scoped[1] === source.owner) return 'a package importing itself by name';
  }
  if (/^(?:\.\.\/)*(?:actions|packages)\//.test(specifier)) return 'path import of actions/ or packages/';
  return undefined;
}

/** Every dependency cycle in a graph, as 'a -> b -> a'. */
function cyclesOf(graph: Map<string, Set<string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, trail: string[]): void => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
      return;
    }
    state.set(node, 'visiting');
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return cycles;
}

describe('layering', () => {
  it('finds the sources it checks', () => {
    expect(files.filter((f) => f.layer === 'action').length).toBeGreaterThan(20);
    expect(files.filter((f) => f.layer === 'package').length).toBeGreaterThan(60);
    // The import scanner sees every form used in the tree.
    expect(
      importsOf("import a from 'x';\nexport { b } from \"y\";\nimport type { C } from 'z';\nawait import('w');"),
    ).toEqual(['x', 'y', 'z', 'w']);
  });

  it('actions import packages by name only, and packages never import actions', () => {
    const violations: string[] = [];
    for (const source of files) {
      for (const specifier of source.imports) {
        const broken = layeringViolation(source, specifier);
        if (broken) violations.push(`${source.file}: '${specifier}': ${broken}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the rule refuses what it is meant to refuse', () => {
    const action: SourceFile = { file: 'actions/scan/src/main.ts', layer: 'action', owner: 'scan', imports: [] };
    const pkg: SourceFile = { file: 'packages/oci/src/x.ts', layer: 'package', owner: 'oci', imports: [] };
    expect(layeringViolation(action, '../../verify/src/main.js')).toMatch(/leaves actions\/scan/);
    expect(layeringViolation(action, '../../../packages/oci/src/index.js')).toMatch(/leaves actions\/scan/);
    expect(layeringViolation(action, '@scs/oci/src/reference.js')).toMatch(/deep import/);
    expect(layeringViolation(action, '@scs/nonexistent')).toMatch(/not a package/);
    expect(layeringViolation(pkg, '../../../actions/scan/src/main.js')).toMatch(/leaves packages\/oci/);
    expect(layeringViolation(pkg, '../../signing/src/index.js')).toMatch(/leaves packages\/oci/);
    expect(layeringViolation(pkg, '@scs/oci')).toMatch(/itself/);
    expect(layeringViolation(action, './inputs.js')).toBeUndefined();
    expect(layeringViolation(pkg, '@scs/action-kit')).toBeUndefined();
  });

  it('packages depend on each other without cycles', () => {
    const graph = new Map<string, Set<string>>(packageNames.map((name) => [name, new Set<string>()]));
    for (const source of files.filter((f) => f.layer === 'package')) {
      for (const specifier of source.imports) {
        const scoped = /^@scs\/([^/]+)$/.exec(specifier);
        if (scoped && scoped[1] !== source.owner) graph.get(source.owner)!.add(scoped[1]!);
      }
    }
    expect([...graph.values()].some((deps) => deps.size > 0)).toBe(true);

    expect(cyclesOf(graph)).toEqual([]);
    // The cycle finder finds one when there is one.
    expect(
      cyclesOf(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a -> b -> c -> a']);
  });
});
