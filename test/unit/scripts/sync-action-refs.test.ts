/**
 * scripts/sync-action-refs.mjs: every internal reference
 * (<owner>/<repo>/actions/<a>@<sha>, …/.github/workflows/<f>@<sha>) is
 * rewritten to one commit, and --check fails when they disagree.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../support/action-harness.js';
import { loadScript, scratchTree, type Problem } from './helpers.js';

interface SyncModule {
  slugFromPackageJson(pkg: unknown): string;
  findInternalRefs(text: string, slug: string): { line: number; target: string; ref: string; comment: string }[];
  rewriteRefs(text: string, slug: string, sha: string, version: string): string;
  checkTree(root: string): Promise<{ slug: string; refs: number; problems: Problem[] }>;
  main(argv: string[]): Promise<number>;
}

let sync: SyncModule;
beforeAll(async () => {
  sync = await loadScript<SyncModule>('sync-action-refs.mjs');
});

const SLUG = 'acme/chain';
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const workflow = (ref: string, comment = '# v1.2.3') => `name: w
on: workflow_call
permissions: {}
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: scan
        uses: ${SLUG}/actions/scan@${ref} ${comment}
      - id: checkout
        uses: actions/checkout@${'c'.repeat(40)} # v6.0.2
      - id: quoted
        uses: '${SLUG}/actions/verify@${ref}' ${comment}
  reusable:
    uses: ${SLUG}/.github/workflows/secure.yml@${ref} ${comment}
`;

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

function tree(files: Record<string, string>) {
  const root = scratchTree({
    'package.json': JSON.stringify({ repository: { type: 'git', url: `git+https://github.com/${SLUG}.git` } }),
    'actions/scan/action.yml': 'name: scan\n',
    'actions/verify/action.yml': 'name: verify\n',
    '.github/workflows/secure.yml': 'name: secure\n',
    ...files,
  });
  cleanups.push(root);
  return root;
}

describe('slugFromPackageJson', () => {
  it.each([
    ['git+https://github.com/acme/chain.git', 'acme/chain'],
    ['https://github.com/acme/chain', 'acme/chain'],
    ['git@github.com:acme/chain.git', 'acme/chain'],
    ['github:acme/chain', 'acme/chain'],
    ['acme/chain', 'acme/chain'],
  ])('reads %s', (url, slug) => {
    expect(sync.slugFromPackageJson({ repository: { url } })).toBe(slug);
    expect(sync.slugFromPackageJson({ repository: url })).toBe(slug);
  });

  it('refuses a missing or non-GitHub repository', () => {
    expect(() => sync.slugFromPackageJson({})).toThrow(/no "repository" field/);
    expect(() => sync.slugFromPackageJson({ repository: 'https://gitlab.com/a/b/c' })).toThrow(
      /does not name a GitHub repository/,
    );
  });

  it('is set in this repository', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as unknown;
    expect(sync.slugFromPackageJson(pkg)).toBe('supply-chain-actions/supply-chain-actions');
  });
});

describe('rewriteRefs', () => {
  it('moves every internal reference (actions and reusable workflows, quoted or not) and nothing else', () => {
    const out = sync.rewriteRefs(workflow(A), SLUG, B, 'v2.0.0');
    expect(out).toBe(workflow(B, '# v2.0.0'));
    expect(out).toContain(`actions/checkout@${'c'.repeat(40)} # v6.0.2`);
  });

  it('pins tag and branch references too, and keeps CRLF line endings', () => {
    const text = workflow('v1', '').replace(/\n/g, '\r\n');
    const out = sync.rewriteRefs(text, SLUG, B, 'v2.0.0');
    expect(sync.findInternalRefs(out, SLUG).map((r) => [r.ref, r.comment])).toEqual([
      [B, 'v2.0.0'],
      [B, 'v2.0.0'],
      [B, 'v2.0.0'],
    ]);
    expect(out.split('\r\n')).toHaveLength(text.split('\r\n').length);
  });

  it('ignores another owner with a similar name and commented-out lines', () => {
    const text = `      - uses: acme/chain-fork/actions/scan@${A} # v1.0.0\n#     uses: ${SLUG}/actions/scan@main\n`;
    expect(sync.rewriteRefs(text, SLUG, B, 'v2.0.0')).toBe(text);
  });

  it('refuses a short SHA or a version without v', () => {
    expect(() => sync.rewriteRefs('', SLUG, 'abc123', 'v1.0.0')).toThrow(/full 40-character/);
    expect(() => sync.rewriteRefs('', SLUG, B, '1.0.0')).toThrow(/--version must look like v1\.2\.3/);
  });
});

describe('check', () => {
  it('passes when every internal reference agrees and exists', async () => {
    const root = tree({ '.github/workflows/a.yml': workflow(A), 'examples/workflows/b.yml': workflow(A) });
    const result = await sync.checkTree(root);
    expect(result.problems).toEqual([]);
    expect(result.refs).toBe(6);
  });

  it('fails when references disagree, naming both', async () => {
    const root = tree({ '.github/workflows/a.yml': workflow(A), 'examples/workflows/b.yml': workflow(B) });
    const { problems } = await sync.checkTree(root);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatchObject({ file: path.join(root, 'examples/workflows/b.yml'), line: 9 });
    expect(problems[0]?.message).toContain(`${A} # v1.2.3 (first at .github/workflows/a.yml:9) vs ${B} # v1.2.3`);
  });

  it('fails when only the version comments disagree', async () => {
    const root = tree({ '.github/workflows/a.yml': workflow(A), 'examples/b.yml': workflow(A, '# v1.2.4') });
    expect((await sync.checkTree(root)).problems.map((p) => p.line)).toEqual([9, 13, 15]);
  });

  it('fails on a tag ref, a missing comment, and an action that does not exist', async () => {
    const root = tree({
      '.github/workflows/a.yml': [
        `      - uses: ${SLUG}/actions/scan@v1`,
        `      - uses: ${SLUG}/actions/scan@${A}`,
        `      - uses: ${SLUG}/actions/sgin@${A} # v1.2.3`,
        '',
      ].join('\n'),
    });
    const messages = (await sync.checkTree(root)).problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^1: .*must be pinned to a full commit SHA/),
      expect.stringMatching(/^2: .*needs a `# vX\.Y\.Z` comment/),
      expect.stringMatching(/^3: `acme\/chain\/actions\/sgin` does not exist in this repository/),
    ]);
  });

  it('the command rewrites a tree, after which --check passes', async () => {
    const root = tree({ '.github/workflows/a.yml': workflow(A), 'examples/workflows/b.yml': workflow(B) });
    jest.spyOn(console, 'log').mockImplementation(() => {});
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(await sync.main(['--check', '--root', root])).toBe(1);
    expect(await sync.main(['--root', root, '--sha', B, '--version', 'v3.0.0'])).toBe(0);
    expect(await sync.main(['--check', '--root', root])).toBe(0);
    expect(fs.readFileSync(path.join(root, '.github/workflows/a.yml'), 'utf8')).toBe(workflow(B, '# v3.0.0'));
    await expect(sync.main(['--root', root, '--sha', B])).rejects.toThrow(/both --sha and --version/);
    await expect(sync.main(['--check', '--sha', B, '--version', 'v1.0.0'])).rejects.toThrow(/usage/);
  });

  it('this repository passes', async () => {
    const result = await sync.checkTree(REPO_ROOT);
    expect(result.problems).toEqual([]);
    expect(result.refs).toBeGreaterThan(0);
  });
});

describe('workflow paths of this repository', () => {
  it('fails when a literal signer-workflow names another owner/repo for one of our workflows', async () => {
    const root = tree({
      '.github/workflows/a.yml': [
        '      signer-workflow: someone/else/.github/workflows/secure.yml',
        `      signer-workflow: ${SLUG}/.github/workflows/secure.yml`,
        '      signer-workflow: someone/else/.github/workflows/not-ours.yml',
        '      # signer-workflow: someone/else/.github/workflows/secure.yml',
        '      signer-workflow: ${{ github.repository }}/.github/workflows/secure.yml',
        '',
      ].join('\n'),
    });
    const { problems } = await sync.checkTree(root);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: `someone/else/.github/workflows/secure.yml` names another repository\'s copy of this repository\'s workflow; this repository is acme/chain (package.json "repository")',
    ]);
  });
});
