/**
 * The workflow policy in scripts/lint-workflows.mjs, on bad workflows: each
 * rule fails on what it forbids and passes the fixed form.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../support/action-harness.js';
import { loadScript, scratchTree, type Problem } from './helpers.js';

interface LintModule {
  isWorkflow(text: string): boolean;
  defaultFiles(root?: string): Promise<string[]>;
  checkPins(file: string, text: string): Problem[];
  checkWorkflowPolicy(file: string, text: string): Problem[];
  checkUntrustedExpressions(file: string, text: string): Problem[];
  checkSuiteActionInputs(file: string, text: string, root: string, slug: string | undefined): Problem[];
  lintFiles(files: string[], options?: { root?: string; actionlint?: boolean }): Promise<Problem[]>;
}

let lint: LintModule;
beforeAll(async () => {
  lint = await loadScript<LintModule>('lint-workflows.mjs');
});

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const CHECKOUT = `actions/checkout@${'d'.repeat(40)} # v6.0.2`;
const wf = (steps: string, extra = '') => `name: t
on:
  pull_request:
  workflow_dispatch:
    inputs:
      who:
        type: string
permissions: {}
${extra}jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
${steps}`;

const messages = (problems: Problem[]) => problems.map((p) => `${p.line}: ${p.message}`);

describe('untrusted context in run: scripts', () => {
  it.each([
    ['the PR title', '${{ github.event.pull_request.title }}', /github\.event\.\*/],
    ['an issue body, bracket syntax', "${{ github['event'].issue.body }}", /github\.event\.\*/],
    ['the head branch', '${{ github.head_ref }}', /github\.head_ref/],
    ['a dispatch input', '${{ inputs.who }}', /inputs\.\*/],
    ['a dispatch input, bracket syntax', "${{ inputs['who'] }}", /inputs\.\*/],
    ['a step output', '${{ steps.meta.outputs.title }}', /steps\.\*\.outputs/],
    ['a job output', '${{ needs.prepare.outputs.name }}', /needs\.\*\.outputs/],
    ['a secret', '${{ secrets.NPM_TOKEN }}', /secrets\.\*/],
    ['the job token', '${{ github.token }}', /github\.token/],
    ['the whole github context', '${{ toJSON(github) }}', /whole github context/],
    ['an expression over the event', "${{ format('{0}', github.event.comment.body) }}", /github\.event\.\*/],
  ])('fails on %s', (_label, expression, what) => {
    const text = wf(`      - id: greet\n        run: |\n          echo start\n          echo "${expression}"\n`);
    const problems = lint.checkUntrustedExpressions('w.yml', text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(18); // the script line itself
    expect(problems[0]?.message).toMatch(what);
    expect(problems[0]?.message).toContain('job `build`, step `greet`');
    expect(problems[0]?.message).toContain('pass it through `env:`');
  });

  it('reports the line of a one-line run: and every expression in a script', () => {
    const text = wf(
      `      - id: a\n        run: echo "\${{ inputs.who }}"\n      - id: b\n        run: |\n          echo "\${{ github.head_ref }}"\n          echo "\${{ github.event.issue.title }}"\n`,
    );
    expect(lint.checkUntrustedExpressions('w.yml', text).map((p) => p.line)).toEqual([16, 19, 20]);
  });

  it('passes the same values through env:, and trusted contexts inline', () => {
    const text = wf(
      `      - id: greet
        env:
          TITLE: \${{ github.event.pull_request.title }}
          WHO: \${{ inputs.who }}
        run: |
          echo "$TITLE $WHO \${{ github.sha }} \${{ github.run_id }} \${{ runner.temp }} \${{ matrix.os }}"
`,
    );
    expect(lint.checkUntrustedExpressions('w.yml', text)).toEqual([]);
  });

  it('does not look at with: or if:', () => {
    const text = wf(
      `      - id: co\n        if: github.event.pull_request.head.repo.fork == false\n        uses: ${CHECKOUT}\n        with:\n          ref: \${{ github.head_ref }}\n`,
    );
    expect(lint.checkUntrustedExpressions('w.yml', text)).toEqual([]);
  });
});

describe('permissions and step ids', () => {
  it('fails without a top-level permissions: {}', () => {
    const text = wf(`      - id: a\n        run: echo ok\n`).replace(
      'permissions: {}\n',
      'permissions:\n  contents: write\n',
    );
    expect(messages(lint.checkWorkflowPolicy('w.yml', text))).toEqual([
      expect.stringMatching(/^9: the workflow must set `permissions: \{\}`/),
    ]);
    expect(
      messages(lint.checkWorkflowPolicy('w.yml', text.replace(/permissions:\n {2}contents: write\n/, ''))),
    ).toEqual([expect.stringMatching(/^1: the workflow must set `permissions: \{\}`/)]);
  });

  it('fails on a step without id', () => {
    const text = wf(`      - id: a\n        run: echo ok\n      - name: Second\n        run: echo ok\n`);
    expect(messages(lint.checkWorkflowPolicy('w.yml', text))).toEqual(['17: job `build`, step 2 (Second): no `id:`']);
  });
});

describe('pins', () => {
  it('fails on a tag, a branch and a short SHA; needs the version comment', () => {
    const text = [
      '      - uses: actions/checkout@v4',
      '      - uses: actions/checkout@main',
      '      - uses: actions/checkout@de0fac2',
      `      - uses: actions/checkout@${'d'.repeat(40)}`,
      `      - uses: ${CHECKOUT}`,
      '      - uses: ./actions/scan',
      '      - uses: docker://alpine@sha256:' + 'e'.repeat(64),
    ].join('\n');
    expect(messages(lint.checkPins('w.yml', text))).toEqual([
      '1: `actions/checkout@v4` is not pinned to a full commit SHA',
      '2: `actions/checkout@main` is not pinned to a full commit SHA',
      '3: `actions/checkout@de0fac2` is not pinned to a full commit SHA',
      `4: \`actions/checkout@${'d'.repeat(40)}\` needs a \`# vX.Y.Z\` comment naming the release`,
    ]);
  });
});

describe("the suite's own actions", () => {
  it('fails on an unknown input and a missing required one, for ./ and <slug>/ references', () => {
    const root = scratchTree({
      'actions/scan/action.yml': 'name: s\ninputs:\n  image:\n    required: false\n  fail-on:\n    required: true\n',
    });
    cleanups.push(root);
    const text = wf(
      `      - id: local\n        uses: ./actions/scan\n        with:\n          imgae: x\n          fail-on: high\n      - id: remote\n        uses: acme/chain/actions/scan@${'a'.repeat(40)} # v1.0.0\n        with:\n          image: x\n      - id: missing\n        uses: acme/chain/actions/sacn@${'a'.repeat(40)} # v1.0.0\n`,
    );
    expect(messages(lint.checkSuiteActionInputs('w.yml', text, root, 'acme/chain'))).toEqual([
      '18: job `build`, step `local`: actions/scan has no input `imgae`',
      '20: job `build`, step `remote`: actions/scan needs input `fail-on`',
      '24: job `build`, step `missing`: actions/sacn does not exist in this repository',
    ]);
  });
});

describe('files and the whole run', () => {
  it('lints the workflows under examples/, not other YAML there', async () => {
    const files = (await lint.defaultFiles(REPO_ROOT)).map((f) => path.relative(REPO_ROOT, f));
    expect(files).toEqual(
      expect.arrayContaining(['.github/workflows/secure-container.yml', 'examples/workflows/container-release.yml']),
    );
    expect(files).not.toContain('examples/demo-app/k8s/deployment.yaml');
    expect(lint.isWorkflow('apiVersion: v1\nkind: Pod\n')).toBe(false);
  });

  it('this repository passes the policy (without actionlint)', async () => {
    const problems = await lint.lintFiles(await lint.defaultFiles(REPO_ROOT), { root: REPO_ROOT, actionlint: false });
    expect(problems).toEqual([]);
  });

  it('a bad workflow fails every rule at once, with actionlint too', async () => {
    const root = scratchTree({
      'package.json': JSON.stringify({ repository: 'acme/chain' }),
      'actions/scan/action.yml': 'name: s\ninputs:\n  image:\n    required: false\n',
      'w.yml': wf(
        `      - run: echo "\${{ github.event.issue.title }}"\n      - id: s\n        uses: actions/checkout@v4\n`,
      ).replace('permissions: {}\n', ''),
    });
    cleanups.push(root);
    const problems = await lint.lintFiles([path.join(root, 'w.yml')], { root });
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('potentially untrusted'); // actionlint's own finding
    expect(text).toContain('`permissions: {}`');
    expect(text).toContain('no `id:`');
    expect(text).toContain('not pinned to a full commit SHA');
    expect(text).toContain('expands github.event.*');
  });
});

describe("calls of the suite's reusable workflows", () => {
  it('fails on an unknown input and a missing required one', () => {
    const root = scratchTree({
      '.github/workflows/secure.yml':
        'on:\n  workflow_call:\n    inputs:\n      image:\n        type: string\n        required: true\n      build:\n        type: boolean\n        default: false\njobs: {}\n',
    });
    cleanups.push(root);
    const sha = 'a'.repeat(40);
    const text = `on: push\npermissions: {}\njobs:\n  ok:\n    uses: acme/chain/.github/workflows/secure.yml@${sha} # v1.0.0\n    with:\n      image: x\n  bad:\n    uses: acme/chain/.github/workflows/secure.yml@${sha} # v1.0.0\n    with:\n      biuld: true\n  gone:\n    uses: acme/chain/.github/workflows/other.yml@${sha} # v1.0.0\n`;
    expect(messages(lint.checkSuiteActionInputs('w.yml', text, root, 'acme/chain'))).toEqual([
      '11: job `bad`: .github/workflows/secure.yml has no input `biuld`',
      '9: job `bad`: .github/workflows/secure.yml needs input `image`',
      '13: job `gone`: .github/workflows/other.yml does not exist in this repository',
    ]);
  });
});
