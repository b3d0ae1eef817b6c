/**
 * Hostile checkout content (issue 13 items 1, 2, 10): what a pull request can
 * put in the scanned repository besides code.
 * - Tool configuration files (trivy.yaml, trivy-secret.yaml, .trivyignore,
 *   .syft.yaml, .syft/config.yaml …) must never be read: every tool run gets an
 *   empty private working directory in RUNNER_TEMP and an explicit config file.
 * - Symbolic links must never take a read or a write out of the workspace /
 *   RUNNER_TEMP, and the bytes of an outside file must never be shown.
 * - The tool processes must never see the workflow token, the action's inputs
 *   or the runner's tokens.
 * The tool here is a probe: a wrapper that records argv, working directory
 * and environment, then runs the usual stand-in (the real-Trivy proof that the
 * planted files would have changed the verdict is in
 * test/integration/repo-config-and-paths.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import {
  CANARY,
  STAND_INS,
  corpusRecorder,
  describeRun,
  failureMessage,
  invariantViolations,
  pool,
  runHostile,
} from './support/hostile-kit.js';

const record = corpusRecorder('checkout-content');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-checkout-'));
const DEMO = path.join(REPO_ROOT, 'examples', 'demo-app');
const SECRETS_REPORT = path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'secrets.json.golden');
/** What an outside file holds: must never be shown, never be overwritten. */
const OUTSIDE_BYTES = `OUTSIDE-${CANARY}-do-not-show`;
const outside = path.join(work, 'outside');
fs.mkdirSync(outside);
const OUTSIDE_FILE = path.join(outside, 'victim.txt');

/** Runner variables that must never reach a tool (besides INPUT_GITHUB-TOKEN, which the harness sets). */
const RUNNER_TOKENS = {
  ACTIONS_RUNTIME_TOKEN: `runtime-${CANARY}-a1`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: `oidc-request-${CANARY}-b2`,
  ACTIONS_ID_TOKEN_REQUEST_URL: `https://oidc.example/${CANARY}-c3`,
  GITHUB_TOKEN: `ghs_env${CANARY}0000000000000000000000`,
};

/** A wrapper around a stand-in that records argv, cwd and the environment it was given. */
function probe(tool: 'trivy' | 'syft', log: string): string {
  const file = path.join(work, `probe-${tool}-${path.basename(log)}`);
  fs.writeFileSync(
    file,
    `#!${process.execPath}\n` +
      `const fs = require('node:fs'); const { spawnSync } = require('node:child_process');\n` +
      `fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env }) + '\\n');\n` +
      `const r = spawnSync(process.execPath, [${JSON.stringify(STAND_INS[tool])}, ...process.argv.slice(2)], { stdio: 'inherit' });\n` +
      `process.exit(r.status ?? 1);\n`,
    { mode: 0o755 },
  );
  return file;
}

interface ProbeRun {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
}

function probeRuns(log: string): ProbeRun[] {
  return fs.existsSync(log)
    ? fs
        .readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as ProbeRun)
    : [];
}

type Expect =
  /** Completes; `check` returns problems (empty: as expected). */
  | { kind: 'completes'; check: (run: ActionRun, ctx: CaseContext) => string[] }
  /** Refused: exit 1, the error matches and names the input; nothing of the outside file is shown. */
  | { kind: 'refused'; message: RegExp };

interface CaseContext {
  workspace: string;
  runs: ProbeRun[];
}

interface CheckoutCase {
  id: string;
  action: 'scan' | 'sbom';
  category: string;
  description: string;
  /** Plants files in the workspace (a copy of examples/demo-app, or the sbom projects). */
  plant: (workspace: string) => void;
  inputs: (tool: string) => Record<string, string>;
  expect: Expect;
}

const scanInputs = (tool: string) => ({ 'trivy-path': tool, scanners: 'secret', 'fail-on': 'none' });
const sbomInputs = (tool: string) => ({
  'syft-path': tool,
  path: '.',
  format: 'cyclonedx-json',
  'upload-artifact': 'false',
});

/** Problems with how the tool was run: its cwd, its config, its environment. */
function toolRunProblems(ctx: CaseContext, run: ActionRun, configFlag: string): string[] {
  const problems: string[] = [];
  const scans = ctx.runs.filter((r) => r.argv[0] !== '--version');
  if (scans.length === 0) return ['the tool never ran'];
  for (const r of scans) {
    if (r.cwd === ctx.workspace || r.cwd.startsWith(`${ctx.workspace}${path.sep}`))
      problems.push(`the tool ran in the checkout (${r.cwd})`);
    const config = r.argv[r.argv.indexOf(configFlag) + 1] ?? '';
    if (!r.argv.includes(configFlag)) problems.push(`no explicit ${configFlag}`);
    else if (!config.startsWith(run.runnerTemp)) problems.push(`${configFlag} ${config} is not the action's own file`);
  }
  return problems;
}

function envProblems(ctx: CaseContext): string[] {
  const problems: string[] = [];
  for (const r of ctx.runs) {
    const text = JSON.stringify(r.env);
    if (text.includes(FAKE_GITHUB_TOKEN)) problems.push(`the workflow token reached the tool (${r.argv[0]})`);
    for (const [name, value] of Object.entries(RUNNER_TOKENS))
      if (text.includes(value)) problems.push(`${name} reached the tool (${r.argv[0]})`);
    const inputs = Object.keys(r.env).filter((k) => k.startsWith('INPUT_'));
    if (inputs.length > 0) problems.push(`inputs in the tool's environment: ${inputs.slice(0, 3).join(', ')}`);
  }
  return problems;
}

const TRIVY_FILES = {
  'trivy.yaml': 'severity:\n  - LOW\nscan:\n  skip-files:\n    - config/deploy.env\n',
  'trivy.yml': 'severity: [LOW]\n',
  'trivy-secret.yaml': 'disable-rules:\n  - github-pat\n  - aws-access-key-id\n',
  '.trivyignore': 'github-pat\naws-access-key-id\n',
  '.trivyignore.yaml': 'secrets:\n  - id: github-pat\n',
};
const SYFT_FILES = {
  '.syft.yaml': 'exclude:\n  - "**"\n',
  '.syft/config.yaml': 'exclude:\n  - "**"\n',
  '.grype.yaml': 'ignore:\n  - vulnerability: CVE-2099-0001\n',
};

function plantFiles(workspace: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }
}

const link = (workspace: string, name: string, target: string) => {
  fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
  fs.symlinkSync(target, path.join(workspace, name));
};

export const CHECKOUT_CASES: CheckoutCase[] = [
  // ---- repository-planted tool configuration ----
  {
    id: 'scan/planted-trivy-config',
    action: 'scan',
    category: 'planted tool configuration',
    description:
      'trivy.yaml (severity LOW, skip-files), trivy.yml, trivy-secret.yaml (rules off), .trivyignore(.yaml) committed at the root',
    plant: (ws) => plantFiles(ws, TRIVY_FILES),
    inputs: scanInputs,
    expect: {
      kind: 'completes',
      check: (run, ctx) => {
        const problems = toolRunProblems(ctx, run, '--config');
        const scan = ctx.runs.find((r) => r.argv[0] === 'fs');
        for (const flag of ['--secret-config', '--ignorefile']) {
          const value = scan?.argv[scan.argv.indexOf(flag) + 1] ?? '';
          if (!scan?.argv.includes(flag) || !value.startsWith(run.runnerTemp))
            problems.push(`${flag} is not the action's own (${value})`);
        }
        if (!scan?.argv.includes('--severity')) problems.push('no explicit --severity');
        if (!/not read from the checkout: .*trivy\.yaml/.test(run.summary))
          problems.push('the summary does not say the checkout files were not read');
        return problems;
      },
    },
  },
  {
    id: 'scan/planted-trivy-config-in-scanned-dir',
    action: 'scan',
    category: 'planted tool configuration',
    description: 'trivy.yaml and trivy-secret.yaml inside the scanned sub-directory (path: config)',
    plant: (ws) =>
      plantFiles(ws, {
        'config/trivy.yaml': TRIVY_FILES['trivy.yaml'],
        'config/trivy-secret.yaml': TRIVY_FILES['trivy-secret.yaml'],
      }),
    inputs: (tool) => ({ ...scanInputs(tool), path: 'config' }),
    expect: {
      kind: 'completes',
      check: (run, ctx) => [
        ...toolRunProblems(ctx, run, '--config'),
        ...(/not read from the checkout: .*config\/trivy-secret\.yaml/.test(run.summary)
          ? []
          : ['the summary does not list config/trivy-secret.yaml as not read']),
      ],
    },
  },
  {
    id: 'sbom/planted-syft-config',
    action: 'sbom',
    category: 'planted tool configuration',
    description: '.syft.yaml and .syft/config.yaml that exclude everything, committed at the root',
    plant: (ws) => plantFiles(ws, SYFT_FILES),
    inputs: sbomInputs,
    expect: {
      kind: 'completes',
      check: (run, ctx) => [
        ...toolRunProblems(ctx, run, '-c'),
        ...(/not read from the checkout:.*\.syft\.yaml/.test(run.summary)
          ? []
          : ['the summary does not say .syft.yaml was not read']),
      ],
    },
  },
  {
    id: 'scan/runner-tokens-in-env',
    action: 'scan',
    category: 'tool environment',
    description:
      'the job environment holds the runtime token, the OIDC request token/URL and GITHUB_TOKEN; the action holds INPUT_GITHUB-TOKEN',
    plant: () => undefined,
    inputs: scanInputs,
    expect: { kind: 'completes', check: (_run, ctx) => envProblems(ctx) },
  },
  {
    id: 'sbom/runner-tokens-in-env',
    action: 'sbom',
    category: 'tool environment',
    description: 'the same for Syft (the version probe and the scan)',
    plant: () => undefined,
    inputs: sbomInputs,
    expect: { kind: 'completes', check: (_run, ctx) => envProblems(ctx) },
  },
  // ---- symbolic links out of the workspace ----
  {
    id: 'scan/output-dir-symlink-out',
    action: 'scan',
    category: 'symlink out of the workspace',
    description: 'output-dir: reports, where reports is a committed symlink to a folder outside',
    plant: (ws) => link(ws, 'reports', outside),
    inputs: (tool) => ({ ...scanInputs(tool), 'output-dir': 'reports' }),
    expect: { kind: 'refused', message: /^Input `output-dir` \('reports'\) leads outside the workspace/ },
  },
  {
    id: 'scan/output-dir-parent-symlink-out',
    action: 'scan',
    category: 'symlink out of the workspace',
    description:
      'output-dir: out/reports/new, where out is a symlink to a folder outside (the rest does not exist yet)',
    plant: (ws) => link(ws, 'out', outside),
    inputs: (tool) => ({ ...scanInputs(tool), 'output-dir': 'out/reports/new' }),
    expect: { kind: 'refused', message: /^Input `output-dir` .* leads outside the workspace/ },
  },
  {
    id: 'scan/report-files-symlinked',
    action: 'scan',
    category: 'symlink out of the workspace',
    description:
      'reports/scan-summary.md, trivy-report.json, trivy-results.sarif are committed symlinks to an outside file',
    plant: (ws) => {
      for (const name of ['scan-summary.md', 'trivy-report.json', 'trivy-results.sarif'])
        link(ws, `reports/${name}`, OUTSIDE_FILE);
    },
    inputs: (tool) => ({ ...scanInputs(tool), 'output-dir': 'reports', formats: 'sarif' }),
    expect: {
      kind: 'completes',
      check: (_run, ctx) => {
        const problems: string[] = [];
        if (fs.readFileSync(OUTSIDE_FILE, 'utf8') !== OUTSIDE_BYTES) problems.push('the outside file was overwritten');
        for (const name of ['scan-summary.md', 'trivy-report.json', 'trivy-results.sarif']) {
          if (fs.lstatSync(path.join(ctx.workspace, 'reports', name)).isSymbolicLink())
            problems.push(`${name} is still a link`);
        }
        return problems;
      },
    },
  },
  ...(['baseline', 'vex', 'ignore-file', 'trivy-config', 'trivy-secret-config'] as const).map(
    (input): CheckoutCase => ({
      id: `scan/${input}-symlink-out`,
      action: 'scan',
      category: 'symlink out of the workspace',
      description: `${input}: a committed symlink to a file outside the workspace`,
      plant: (ws) => link(ws, 'ci/file.json', OUTSIDE_FILE),
      inputs: (tool) => ({ ...scanInputs(tool), [input]: 'ci/file.json' }),
      expect: {
        kind: 'refused',
        message: new RegExp(`^Input \`${input}\` \\('ci/file.json'\\) leads outside the workspace`),
      },
    }),
  ),
  {
    id: 'scan/baseline-symlink-dev-zero',
    action: 'scan',
    category: 'symlink out of the workspace',
    description: 'baseline: a committed symlink to /dev/zero (an endless read)',
    plant: (ws) => link(ws, 'baseline.json', '/dev/zero'),
    inputs: (tool) => ({ ...scanInputs(tool), baseline: 'baseline.json' }),
    expect: { kind: 'refused', message: /^Input `baseline` \('baseline.json'\) leads outside the workspace/ },
  },
  {
    id: 'scan/path-symlink-out',
    action: 'scan',
    category: 'symlink out of the workspace',
    description: "path: a committed symlink to a folder outside the workspace (scanning the runner's files)",
    plant: (ws) => link(ws, 'vendor-link', outside),
    inputs: (tool) => ({ ...scanInputs(tool), path: 'vendor-link' }),
    expect: { kind: 'refused', message: /^Input `path` \('vendor-link'\) leads outside the workspace/ },
  },
  {
    id: 'sbom/output-file-symlink-out',
    action: 'sbom',
    category: 'symlink out of the workspace',
    description: 'output-file: sboms/app.cdx.json, a committed symlink to an outside file',
    plant: (ws) => link(ws, 'sboms/app.cdx.json', OUTSIDE_FILE),
    inputs: (tool) => ({ ...sbomInputs(tool), 'output-file': 'sboms/app.cdx.json' }),
    expect: { kind: 'refused', message: /^Input `output-file` \('sboms\/app.cdx.json'\) leads outside the workspace/ },
  },
  {
    id: 'sbom/output-file-dangling-symlink',
    action: 'sbom',
    category: 'symlink out of the workspace',
    description: 'output-file: a committed dangling symlink whose target (outside) does not exist yet',
    plant: (ws) => link(ws, 'sbom.json', path.join(outside, 'created-by-the-action.json')),
    inputs: (tool) => ({ ...sbomInputs(tool), 'output-file': 'sbom.json' }),
    expect: { kind: 'refused', message: /^Input `output-file` \('sbom.json'\) leads outside the workspace/ },
  },
  {
    id: 'sbom/output-dir-symlink-out',
    action: 'sbom',
    category: 'symlink out of the workspace',
    description: 'output-dir: a committed symlink to a folder outside',
    plant: (ws) => link(ws, 'sboms', outside),
    inputs: (tool) => ({ ...sbomInputs(tool), 'output-dir': 'sboms' }),
    expect: { kind: 'refused', message: /^Input `output-dir` \('sboms'\) leads outside the workspace/ },
  },
  {
    id: 'sbom/syft-config-symlink-out',
    action: 'sbom',
    category: 'symlink out of the workspace',
    description: 'syft-config: a committed symlink to a file outside',
    plant: (ws) => link(ws, 'syft.yaml', OUTSIDE_FILE),
    inputs: (tool) => ({ ...sbomInputs(tool), 'syft-config': 'syft.yaml' }),
    expect: { kind: 'refused', message: /^Input `syft-config` \('syft.yaml'\) leads outside the workspace/ },
  },
];

describe('hostile checkout content: planted tool configuration, symlinks, tool environment', () => {
  const results = new Map<string, { run: ActionRun; ctx: CaseContext }>();

  beforeAll(async () => {
    fs.writeFileSync(OUTSIDE_FILE, OUTSIDE_BYTES);
    await pool(CHECKOUT_CASES, 3, async (c) => {
      const log = path.join(work, `${c.id.replace(/\W+/g, '-')}.jsonl`);
      const workspace = workspaceFrom(
        c.action === 'scan' ? DEMO : path.join(REPO_ROOT, 'test', 'fixtures', 'projects', 'npm-app'),
      );
      c.plant(workspace);
      const tool = probe(c.action === 'scan' ? 'trivy' : 'syft', log);
      const run = await runHostile(c.action, {
        workspace,
        inputs: c.inputs(tool),
        env: { ...RUNNER_TOKENS, STANDIN_REPORT: SECRETS_REPORT },
      });
      results.set(c.id, { run, ctx: { workspace, runs: probeRuns(log) } });
    });
  }, 600_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it.each(CHECKOUT_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { run, ctx } = results.get(c.id)!;
    const problems = invariantViolations(run, {
      action: c.action,
      secrets: Object.values(RUNNER_TOKENS),
      extraDirs: [ctx.workspace],
    });
    if (fs.readFileSync(OUTSIDE_FILE, 'utf8') !== OUTSIDE_BYTES) problems.push('the outside file was changed');
    for (const [where, text] of [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
      ['the summary', run.summary],
    ] as const) {
      if (text.includes(OUTSIDE_BYTES)) problems.push(`the outside file's bytes appear in ${where}`);
    }
    let expected: string;
    if (c.expect.kind === 'refused') {
      expected = `refused, naming the input (${c.expect.message.source.slice(1, 60)}…); nothing read or written outside`;
      if (run.exitCode !== 1) problems.push(`exit ${run.exitCode}, not 1`);
      if (!c.expect.message.test(failureMessage(run)))
        problems.push(`failure message does not match: '${failureMessage(run).split('\n')[0]!.slice(0, 140)}'`);
      if (c.action === 'scan' && run.outputs.gate === 'pass') problems.push('gate pass');
      if (ctx.runs.some((r) => r.argv[0] !== '--version')) problems.push('the tool ran anyway');
    } else {
      expected =
        "completes; the tool runs outside the checkout with only the action's files, no token in its environment";
      if (run.exitCode !== 0)
        problems.push(`exit ${run.exitCode}: ${failureMessage(run).split('\n')[0]!.slice(0, 140)}`);
      problems.push(...c.expect.check(run, ctx));
    }
    const observed = describeRun(run);
    record({
      id: c.id,
      action: c.action,
      category: c.category,
      description: c.description,
      expected,
      observed: problems.length ? `${observed} — ${problems.join('; ')}` : observed,
      ok: problems.length === 0,
    });
    expect(problems).toEqual([]);
  });
});
