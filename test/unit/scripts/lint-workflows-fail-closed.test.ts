/**
 * Issue 19: the workflow policy's static checks of what makes the reusable
 * workflows fail closed — job conditions and the final result job, no write
 * scopes on pull requests, verify policies bound to an owner and a released
 * signer ref, digest-pinned docker:// references, unpredictable heredoc
 * delimiters, the required signer-ref of verify-deployment.yml, and the
 * signer-ref lines kept on the same commit as the callers' `uses:`; and (issue
 * 18 item 5) cloud registry logins that are OIDC only, in jobs that run no
 * code of the caller. Each rule
 * fails on what it forbids and passes the fixed form; the repository's own
 * workflows pass.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../support/action-harness.js';
import { loadScript, scratchTree, type Problem } from './helpers.js';

interface LintModule {
  checkPins(file: string, text: string): Problem[];
  checkJobConditions(file: string, text: string): Problem[];
  checkPullRequestPermissions(file: string, text: string): Problem[];
  checkVerifyPolicies(file: string, text: string, slug: string | undefined): Problem[];
  checkHeredocDelimiters(file: string, text: string): Problem[];
  checkConsistentPins(entries: { file: string; text: string }[], slug: string | undefined): Problem[];
  checkCloudLogins(file: string, text: string): Problem[];
  checkOidcJobsRunNoCallerCode(file: string, text: string): Problem[];
  defaultFiles(root?: string): Promise<string[]>;
  lintFiles(files: string[], options?: { root?: string; actionlint?: boolean }): Promise<Problem[]>;
}
interface SyncModule {
  rewriteRefs(text: string, slug: string, sha: string, version: string): string;
  checkTree(root: string): Promise<{ problems: Problem[] }>;
}

let lint: LintModule;
let sync: SyncModule;
beforeAll(async () => {
  lint = await loadScript<LintModule>('lint-workflows.mjs');
  sync = await loadScript<SyncModule>('sync-action-refs.mjs');
});

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const SLUG = 'acme/chain';
const messages = (problems: Problem[]) => problems.map((p) => p.message);

const reusable = (jobs: string, outputs = '') => `name: r
on:
  workflow_call:
${outputs}permissions: {}
jobs:
${jobs}`;

const JOB = (name: string, extra = '') => `  ${name}:
    runs-on: ubuntu-latest
    permissions: {}
${extra}    steps:
      - id: s
        run: echo ok
`;

describe('job conditions in reusable workflows', () => {
  it('refuses a job that needs another without !cancelled() and needs.X.result == success (the implicit success() of build: false)', () => {
    const text = reusable(
      JOB('build', '    if: inputs.build\n') +
        JOB(
          'resolve',
          "    needs: build\n    if: always() && (needs.build.result == 'success' || needs.build.result == 'skipped')\n",
        ) +
        JOB('scan', '    needs: resolve\n'),
    );
    expect(messages(lint.checkJobConditions('w.yml', text))).toEqual([
      expect.stringMatching(/job `resolve` needs build but its `if:` lacks `!cancelled\(\)`/),
      expect.stringMatching(
        /job `scan` needs resolve but its `if:` lacks `!cancelled\(\)`, `needs\.resolve\.result == 'success'`/,
      ),
    ]);
  });

  it('passes explicit conditions, a skipped-when-not-asked alternative, and a final always() job', () => {
    const text = reusable(
      JOB('build', '    if: inputs.build\n') +
        JOB(
          'resolve',
          "    needs: build\n    if: ${{ !cancelled() && (needs.build.result == 'success' || (needs.build.result == 'skipped' && !inputs.build)) }}\n",
        ) +
        JOB('scan', "    needs: [resolve]\n    if: ${{ !cancelled() && needs.resolve.result == 'success' }}\n") +
        JOB('result', '    needs: [build, resolve, scan]\n    if: ${{ always() }}\n'),
      '    outputs:\n      verified:\n        value: ${{ jobs.result.outputs.verified }}\n',
    );
    expect(lint.checkJobConditions('w.yml', text)).toEqual([]);
  });

  it('refuses a `verified` output from a job that is not the final always() job over every other job', () => {
    const jobs =
      JOB('sign') + JOB('verify', "    needs: sign\n    if: ${{ !cancelled() && needs.sign.result == 'success' }}\n");
    const text = reusable(jobs, '    outputs:\n      verified:\n        value: ${{ jobs.verify.outputs.verified }}\n');
    expect(messages(lint.checkJobConditions('w.yml', text))).toEqual([
      expect.stringMatching(
        /output `verified` must come from a final job that runs `if: always\(\)` and needs every other job/,
      ),
    ]);
  });

  it('leaves workflows that are not reusable to their authors', () => {
    expect(
      lint.checkJobConditions(
        'w.yml',
        `name: w\non: push\npermissions: {}\njobs:\n${JOB('a')}${JOB('b', '    needs: a\n')}`,
      ),
    ).toEqual([]);
  });
});

describe('write scopes on pull requests', () => {
  const wf = (condition: string, permissions = '      id-token: write\n      contents: read\n') => `name: w
on:
  pull_request:
  push:
permissions: {}
jobs:
  sign:
    runs-on: ubuntu-latest
${condition}    permissions:
${permissions}    steps:
      - id: s
        run: echo ok
`;

  it.each([
    ['no condition', ''],
    [
      'same-repository PRs allowed',
      "    if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository\n",
    ],
    ['the exclusion under an ||', "    if: ${{ (github.event_name != 'pull_request') || always() }}\n"],
  ])('refuses id-token: write with %s', (_label, condition) => {
    expect(messages(lint.checkPullRequestPermissions('w.yml', wf(condition)))).toEqual([
      expect.stringMatching(
        /job `sign` has id-token: write in a workflow that pull_request triggers: add `github\.event_name != 'pull_request'`/,
      ),
    ]);
  });

  it('passes the exclusion as a top-level conjunct, and read-only jobs', () => {
    expect(
      lint.checkPullRequestPermissions(
        'w.yml',
        wf("    if: ${{ github.event_name != 'pull_request' && !cancelled() }}\n"),
      ),
    ).toEqual([]);
    expect(lint.checkPullRequestPermissions('w.yml', wf('', '      contents: read\n'))).toEqual([]);
  });

  it('counts attestations, packages, contents and write-all', () => {
    for (const scope of ['attestations', 'packages', 'contents', 'deployments']) {
      expect(lint.checkPullRequestPermissions('w.yml', wf('', `      ${scope}: write\n`))).toHaveLength(1);
    }
    expect(
      lint.checkPullRequestPermissions(
        'w.yml',
        wf('', '').replace('    permissions:\n', '    permissions: write-all\n'),
      ),
    ).toHaveLength(1);
  });
});

describe('verify policies written in workflows', () => {
  const step = (withLines: string) => `name: w
on: push
permissions: {}
jobs:
  gate:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - id: verify
        uses: ${SLUG}/actions/verify@${'a'.repeat(40)} # v1.0.0
        with:
${withLines}`;
  const call = (withLines: string) => `name: w
on: push
permissions: {}
jobs:
  gate:
    permissions: {}
    uses: ${SLUG}/.github/workflows/verify-deployment.yml@${'a'.repeat(40)} # v1.0.0
    with:
${withLines}`;

  it('refuses a signer-workflow without owner-id or source-repository-id, and a deployment gate without either', () => {
    expect(
      messages(
        lint.checkVerifyPolicies(
          'w.yml',
          step('          signer-workflow: acme/wf/.github/workflows/sc.yml\n          source-repository: acme/app\n'),
          SLUG,
        ),
      ),
    ).toEqual([
      expect.stringMatching(/step `verify`: a signer-workflow policy without `owner-id` or `source-repository-id`/),
    ]);
    expect(
      messages(
        lint.checkVerifyPolicies('w.yml', call(`          images: x\n          signer-ref: ${'b'.repeat(40)}\n`), SLUG),
      ),
    ).toEqual([expect.stringMatching(/job `gate`: a signer-workflow policy without `owner-id`/)]);
  });

  it.each([
    ['refs/tags/v*, refs/heads/main', /`refs\/heads\/main` is a branch or pull-request ref/],
    ['refs/pull/*/merge', /branch or pull-request ref/],
    ['refs/tags/v1*', /`refs\/tags\/v1\*` also matches longer versions/],
  ])('refuses signer-ref %s without allow-branch-signer-ref', (ref, message) => {
    const text = call(`          images: x\n          owner-id: '1'\n          signer-ref: ${ref}\n`);
    expect(messages(lint.checkVerifyPolicies('w.yml', text, SLUG))).toEqual([expect.stringMatching(message)]);
  });

  it('passes a released SHA or tag with an owner binding, a branch ref with its opt-in, and allow-any-source', () => {
    expect(
      lint.checkVerifyPolicies(
        'w.yml',
        call(`          images: x\n          owner-id: '1'\n          signer-ref: ${'b'.repeat(40)} # v1.0.0\n`),
        SLUG,
      ),
    ).toEqual([]);
    expect(
      lint.checkVerifyPolicies(
        'w.yml',
        call("          images: x\n          source-repository-id: '7'\n          signer-ref: refs/tags/v1.*\n"),
        SLUG,
      ),
    ).toEqual([]);
    expect(
      lint.checkVerifyPolicies(
        'w.yml',
        call(
          "          images: x\n          owner-id: '1'\n          signer-ref: ${{ github.ref }}\n          allow-branch-signer-ref: true\n",
        ),
        SLUG,
      ),
    ).toEqual([]);
    expect(
      lint.checkVerifyPolicies(
        'w.yml',
        step('          signer-workflow: acme/wf/.github/workflows/sc.yml\n          allow-any-source: true\n'),
        SLUG,
      ),
    ).toEqual([]);
  });

  it("keeps verify-deployment.yml's signer-ref a required input without a default", () => {
    const gate = (spec: string) => `name: verify-deployment
on:
  workflow_call:
    inputs:
      signer-ref:
${spec}permissions: {}
jobs:
${JOB('parse')}`;
    const file = '/x/.github/workflows/verify-deployment.yml';
    expect(messages(lint.checkVerifyPolicies(file, gate("        type: string\n        default: ''\n"), SLUG))).toEqual(
      [expect.stringMatching(/`signer-ref` must stay `required: true`/)],
    );
    expect(lint.checkVerifyPolicies(file, gate('        type: string\n        required: true\n'), SLUG)).toEqual([]);
  });
});

describe('docker:// references and heredoc delimiters', () => {
  it('refuses a docker:// reference by tag and passes one by digest', () => {
    expect(messages(lint.checkPins('w.yml', '      - id: a\n        uses: docker://alpine:3.20\n'))).toEqual([
      expect.stringMatching(/`docker:\/\/alpine:3\.20` is not pinned by digest/),
    ]);
    expect(
      lint.checkPins('w.yml', `      - id: a\n        uses: docker://alpine:3.20@sha256:${'d'.repeat(64)}\n`),
    ).toEqual([]);
  });

  const wf = (script: string) => `name: w
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - id: list
        run: |
${script}`;

  it.each([
    ['          echo \'files<<EOF_FILES\' >> "$GITHUB_OUTPUT"\n', 'EOF_FILES'],
    ['          echo "list<<EOF" >> "$GITHUB_ENV"\n', 'EOF'],
    [
      '          {\n            echo "x<<END"\n            cat list\n            echo END\n          } >> "$GITHUB_OUTPUT"\n',
      'END',
    ],
  ])('refuses a fixed delimiter: %s', (script, delimiter) => {
    const problems = lint.checkHeredocDelimiters('w.yml', wf(script));
    expect(messages(problems)).toEqual([expect.stringContaining(`fixed heredoc delimiter \`${delimiter}\``)]);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(11);
  });

  it('passes an unpredictable delimiter', () => {
    const script =
      '          delimiter="EOF_$(openssl rand -hex 16)"\n          printf \'list<<%s\\n%s\\n%s\\n\' "$delimiter" "$list" "$delimiter" >> "$GITHUB_OUTPUT"\n          echo "files<<$delimiter" >> "$GITHUB_OUTPUT"\n';
    expect(lint.checkHeredocDelimiters('w.yml', wf(script))).toEqual([]);
  });
});

describe('one pin per third-party action', () => {
  it('refuses an example left on another SHA of an action the workflows pin (Dependabot updates .github/workflows only)', () => {
    const a = `      - id: c\n        uses: actions/checkout@${'a'.repeat(40)} # v6.0.2\n`;
    const b = `      - id: c\n        uses: actions/checkout@${'b'.repeat(40)} # v6.0.1\n`;
    const own = `      - id: s\n        uses: ${SLUG}/actions/scan@${'c'.repeat(40)} # v1.0.0\n`;
    expect(
      messages(
        lint.checkConsistentPins(
          [
            { file: '/r/.github/workflows/ci.yml', text: a },
            { file: '/r/examples/x.yml', text: b },
          ],
          SLUG,
        ),
      ),
    ).toEqual([expect.stringMatching(/`actions\/checkout` is pinned to bbbbbbbbbbbb… here but to aaaaaaaaaaaa…/)]);
    expect(
      lint.checkConsistentPins(
        [
          { file: 'a.yml', text: a + own },
          { file: 'b.yml', text: a },
        ],
        SLUG,
      ),
    ).toEqual([]);
  });
});

describe('signer-ref lines follow the internal references', () => {
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  const files = (gateSha: string) => ({
    'package.json': JSON.stringify({ repository: `github:${SLUG}` }),
    '.github/workflows/secure-container.yml': 'name: s\n',
    '.github/workflows/verify-deployment.yml': 'name: v\n',
    'examples/caller.yml': `jobs:\n  secure:\n    uses: ${SLUG}/.github/workflows/secure-container.yml@${A} # v1.0.0\n`,
    'examples/gate.yml': `jobs:\n  gate:\n    uses: ${SLUG}/.github/workflows/verify-deployment.yml@${A} # v1.0.0\n    with:\n      signer-ref: ${gateSha} # v1.0.0\n`,
  });

  it('a gate whose signer-ref names another commit than the callers pin fails the check', async () => {
    const root = scratchTree(files(B));
    cleanups.push(root);
    expect(messages((await sync.checkTree(root)).problems).join('\n')).toMatch(/internal references disagree/);
    const ok = scratchTree(files(A));
    cleanups.push(ok);
    expect((await sync.checkTree(ok)).problems).toEqual([]);
  });

  it('rewrites signer-ref SHAs with the uses: references, and leaves other signer-ref values alone', () => {
    const text = `      signer-ref: ${A} # v1.0.0\n      signer-ref: refs/tags/v1.*\n      signer-ref: \${{ github.ref }}\n`;
    expect(sync.rewriteRefs(text, SLUG, B, 'v1.1.0')).toBe(
      `      signer-ref: ${B} # v1.1.0\n      signer-ref: refs/tags/v1.*\n      signer-ref: \${{ github.ref }}\n`,
    );
  });
});

describe('cloud registry logins (issue 18 item 5)', () => {
  const AWS = 'aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3';
  const GCP = 'google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093 # v3.0.0';
  const AZURE = 'azure/login@f5d393ae46f8fde4be8b75f32e3fc50e654ad0ca # v3.0.1';
  const ECR = 'aws-actions/amazon-ecr-login@03f1aad4c6c7ffd436567f42f9384779290529bd # v2.1.7';
  const login = (uses: string, withLines: string, permissions = '      id-token: write\n', condition = true) =>
    reusable(`  push:
    runs-on: ubuntu-latest
    permissions:
${permissions}    steps:
      - id: login
${condition ? "        if: ${{ inputs.registry-provider == 'ecr' }}\n" : ''}        uses: ${uses}
        with:
${withLines}`);

  it('passes OIDC logins of each cloud, conditional, in a job that grants id-token: write', () => {
    for (const text of [
      login(AWS, '          role-to-assume: ${{ inputs.aws-role-arn }}\n          aws-region: eu-west-1\n'),
      login(ECR, '          registries: ${{ needs.check.outputs.aws-account-id }}\n'),
      login(
        GCP,
        '          workload_identity_provider: x\n          service_account: y\n          token_format: access_token\n',
      ),
      login(AZURE, '          client-id: a\n          tenant-id: b\n          subscription-id: c\n'),
    ])
      expect(lint.checkCloudLogins('r.yml', text)).toEqual([]);
  });

  it.each([
    [
      AWS,
      '          aws-access-key-id: AKIA\n          aws-region: eu-west-1\n',
      /`aws-access-key-id` is not an input of an OIDC login/,
    ],
    [
      AWS,
      '          aws-secret-access-key: x\n          aws-region: eu-west-1\n',
      /`aws-secret-access-key` is not an input/,
    ],
    [AWS, '          role-to-assume: r\n          output-credentials: true\n', /`output-credentials` is not an input/],
    [GCP, '          credentials_json: x\n', /`credentials_json` is not an input of an OIDC login/],
    [AZURE, '          creds: x\n', /`creds` is not an input of an OIDC login/],
    [AZURE, '          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n', /a cloud login is given a secret/],
  ])('refuses a stored credential (%#)', (uses, withLines, message) => {
    expect(messages(lint.checkCloudLogins('r.yml', login(uses, withLines)))).toEqual([expect.stringMatching(message)]);
  });

  it('refuses an OIDC login in a job without id-token: write, and an unconditional one in a reusable workflow', () => {
    expect(
      messages(lint.checkCloudLogins('r.yml', login(AZURE, '          client-id: a\n', '      contents: read\n'))),
    ).toEqual([
      expect.stringMatching(
        /azure\/login logs in with the OIDC token, but job `push` does not grant `id-token: write`/,
      ),
    ]);
    expect(
      messages(lint.checkCloudLogins('r.yml', login(ECR, '          registries: "1"\n', undefined, false))),
    ).toEqual([expect.stringMatching(/a cloud login in a reusable workflow must be conditional/)]);
  });

  it('refuses caller code in a reusable job that holds the OIDC token, and passes it in a job without', () => {
    const job = (permissions: string, uses: string) =>
      reusable(`  build:
    runs-on: ubuntu-latest
    permissions:
${permissions}    steps:
      - id: code
        uses: ${uses}
`);
    for (const uses of [
      'actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2',
      'docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83 # v6.18.0',
      './.github/actions/build',
    ])
      expect(messages(lint.checkOidcJobsRunNoCallerCode('r.yml', job('      id-token: write\n', uses)))).toEqual([
        expect.stringMatching(
          /job `build` grants `id-token: write` and runs .*: the caller's code would be near a token/,
        ),
      ]);
    expect(
      lint.checkOidcJobsRunNoCallerCode(
        'r.yml',
        job('      contents: read\n', 'actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2'),
      ),
    ).toEqual([]);
  });
});

describe("this repository's workflows and examples", () => {
  it('pass the fail-closed checks', async () => {
    const files = await lint.defaultFiles();
    const problems = [] as Problem[];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      problems.push(
        ...lint.checkJobConditions(file, text),
        ...lint.checkPullRequestPermissions(file, text),
        ...lint.checkVerifyPolicies(file, text, 'supply-chain-actions/supply-chain-actions'),
        ...lint.checkHeredocDelimiters(file, text),
        ...lint.checkCloudLogins(file, text),
        ...lint.checkOidcJobsRunNoCallerCode(file, text),
      );
    }
    expect(problems.map((p) => `${path.relative(REPO_ROOT, p.file)}:${p.line}: ${p.message}`)).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });
});
