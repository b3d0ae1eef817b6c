/**
 * Issue 13 items 1, 2 and 10, from dist/ as the runner runs the actions:
 * - configuration files committed in the scanned repository (trivy.yaml,
 *   trivy-secret.yaml, .trivyignore, .syft.yaml) never change what is found:
 *   real Trivy, on the example project with 2 critical and 1 high secrets;
 * - the configuration inputs the workflow sets do;
 * - symlinks in the checkout never take reports out of the workspace, and the
 *   bytes of an outside file never appear in an error;
 * - the tool's process never sees the workflow token or the runner's tokens.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { infraRequired, requireTrivy } from '../support/test-tools.js';

const trivy = requireTrivy();
const offline = { TRIVY_SKIP_POLICY_UPDATE: 'true' };
const describeWithTrivy = trivy ? describe : describe.skip;
const DEMO = path.join(REPO_ROOT, 'examples', 'demo-app');

/** Files a pull request could add to turn the secret scan green. */
function plantRepositoryConfig(workspace: string): void {
  fs.writeFileSync(
    path.join(workspace, 'trivy.yaml'),
    'severity:\n  - LOW\nscan:\n  skip-files:\n    - config/deploy.env\n',
  );
  fs.writeFileSync(
    path.join(workspace, 'trivy-secret.yaml'),
    'disable-rules:\n  - github-pat\n  - aws-access-key-id\n  - aws-secret-access-key\n  - private-key\n  - slack-web-hook\n',
  );
  fs.writeFileSync(path.join(workspace, '.trivyignore'), 'github-pat\naws-access-key-id\naws-secret-access-key\n');
}

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error' && !c.properties.file).at(-1)?.message ?? '';
}

describeWithTrivy('scan: repository-planted Trivy configuration never changes the gate (real Trivy)', () => {
  let clean: ActionRun;
  let planted: ActionRun;
  beforeAll(async () => {
    clean = await runAction('scan', {
      workspace: workspaceFrom(DEMO),
      inputs: { 'trivy-path': trivy!, scanners: 'secret', 'fail-on': 'critical' },
      env: offline,
    });
    const workspace = workspaceFrom(DEMO);
    plantRepositoryConfig(workspace);
    planted = await runAction('scan', {
      workspace,
      inputs: { 'trivy-path': trivy!, scanners: 'secret', 'fail-on': 'critical' },
      env: offline,
    });
  });

  it('the clean checkout fails the gate on its secrets', () => {
    expect(clean.outputs).toMatchObject({ critical: '2', high: '1', total: '3', gate: 'fail' });
    expect(clean.exitCode).toBe(1);
  });

  it('a committed trivy.yaml (severity LOW, skip-files), trivy-secret.yaml (rules disabled) and .trivyignore change nothing', () => {
    expect(planted.outputs).toMatchObject({ critical: '2', high: '1', total: '3', gate: 'fail' });
    expect(planted.exitCode).toBe(1);
    expect(planted.stdout).not.toMatch(/Loaded trivy\.yaml|Loading trivy-secret\.yaml/);
  });

  it('the summary and the log say which configuration was used and which checkout files were not read', () => {
    expect(planted.summary).toContain('Trivy configuration: none (built-in defaults)');
    expect(planted.summary).toMatch(
      /not read from the checkout: <code>\.trivyignore<\/code>, <code>trivy-secret\.yaml<\/code>, <code>trivy\.yaml<\/code>/,
    );
    expect(planted.stdout).toMatch(/Not read: \.trivyignore, trivy-secret\.yaml, trivy\.yaml in the checkout/);
  });
});

describeWithTrivy('scan: the configuration inputs the workflow sets (real Trivy)', () => {
  const scan = (inputs: Record<string, string>, prepare?: (workspace: string) => void) => {
    const workspace = workspaceFrom(DEMO);
    prepare?.(workspace);
    return runAction('scan', {
      workspace,
      inputs: { 'trivy-path': trivy!, scanners: 'secret', 'fail-on': 'none', ...inputs },
      env: offline,
    });
  };

  it('trivy-secret-config disables the rules it names', async () => {
    const run = await scan({ 'trivy-secret-config': 'ci/secret.yaml' }, (ws) => {
      fs.mkdirSync(path.join(ws, 'ci'));
      fs.writeFileSync(path.join(ws, 'ci', 'secret.yaml'), 'disable-rules:\n  - github-pat\n');
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ critical: '1', high: '1', total: '2' });
    expect(run.summary).toContain('<code>trivy-secret-config: ci/secret.yaml</code>');
  });

  it('trivy-config is read, but never narrows what is reported (the severities input decides)', async () => {
    const run = await scan({ 'trivy-config': 'ci/trivy.yaml' }, (ws) => {
      fs.mkdirSync(path.join(ws, 'ci'));
      fs.writeFileSync(path.join(ws, 'ci', 'trivy.yaml'), 'severity:\n  - LOW\n');
    });
    expect(run.stdout).toMatch(/Loaded .*ci\/trivy\.yaml/);
    expect(run.outputs).toMatchObject({ critical: '2', high: '1', total: '3' });
  });

  it('skip-files and skip-dirs leave out what they name', async () => {
    expect((await scan({ 'skip-files': 'config/deploy.env' })).outputs.total).toBe('0');
    expect((await scan({ 'skip-dirs': 'config' })).outputs.total).toBe('0');
  });

  it('ignore-file lists several plain .trivyignore files: merged, all honoured', async () => {
    const run = await scan({ 'ignore-file': 'ci/pat.trivyignore\nci/aws.trivyignore' }, (ws) => {
      fs.mkdirSync(path.join(ws, 'ci'));
      fs.writeFileSync(path.join(ws, 'ci', 'pat.trivyignore'), 'github-pat');
      fs.writeFileSync(path.join(ws, 'ci', 'aws.trivyignore'), 'aws-access-key-id\n');
    });
    expect(run.outputs).toMatchObject({ critical: '0', high: '1', total: '1' });
    expect(run.summary).toContain(
      '<code>ignore-file: ci/pat.trivyignore</code>, <code>ignore-file: ci/aws.trivyignore</code>',
    );
  });

  it('ignore-file names a .trivyignore to honour (expiry dates included)', async () => {
    const run = await scan({ 'ignore-file': '.trivyignore' }, (ws) =>
      fs.writeFileSync(path.join(ws, '.trivyignore'), 'github-pat\naws-access-key-id exp:2000-01-01\n'),
    );
    expect(run.outputs).toMatchObject({ critical: '1', high: '1', total: '2' });
  });
});

describeWithTrivy('scan: symlinks never take reports or reads out of the workspace (real Trivy)', () => {
  const SECRET = 'OUTSIDE-FILE-CONTENT-7f3a';
  let outside: string;
  beforeAll(() => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-outside-'));
    fs.writeFileSync(path.join(outside, 'victim.md'), SECRET);
  });

  it('output-dir that is a symlink out of the workspace is refused, naming the input; nothing is written there', async () => {
    const workspace = workspaceFrom(DEMO);
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-outside-dir-'));
    fs.symlinkSync(target, path.join(workspace, 'reports'));
    const run = await runAction('scan', {
      workspace,
      inputs: { 'trivy-path': trivy!, scanners: 'secret', 'output-dir': 'reports' },
      env: offline,
    });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(/Input `output-dir` \('reports'\) leads outside the workspace/);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('a symlink planted at reports/scan-summary.md is replaced, and the file it pointed to is untouched', async () => {
    const workspace = workspaceFrom(DEMO);
    fs.mkdirSync(path.join(workspace, 'reports'));
    fs.symlinkSync(path.join(outside, 'victim.md'), path.join(workspace, 'reports', 'scan-summary.md'));
    fs.symlinkSync(path.join(outside, 'victim.md'), path.join(workspace, 'reports', 'trivy-report.json'));
    fs.symlinkSync(path.join(outside, 'victim.md'), path.join(workspace, 'reports', 'trivy-results.sarif'));
    const run = await runAction('scan', {
      workspace,
      inputs: { 'trivy-path': trivy!, scanners: 'secret', 'output-dir': 'reports', 'fail-on': 'none' },
      env: offline,
    });
    expect(run.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(outside, 'victim.md'), 'utf8')).toBe(SECRET);
    for (const name of ['scan-summary.md', 'trivy-report.json', 'trivy-results.sarif']) {
      expect(fs.lstatSync(path.join(workspace, 'reports', name)).isSymbolicLink()).toBe(false);
    }
    expect(
      JSON.parse(fs.readFileSync(path.join(workspace, 'reports', 'trivy-report.json'), 'utf8')).SchemaVersion,
    ).toBe(2);
  });

  it.each(['baseline', 'vex'])(
    '%s behind a symlink to an outside file is refused without echoing its bytes',
    async (input) => {
      const workspace = workspaceFrom(DEMO);
      fs.symlinkSync(path.join(outside, 'victim.md'), path.join(workspace, 'previous.json'));
      const run = await runAction('scan', {
        workspace,
        inputs: { 'trivy-path': trivy!, scanners: 'secret', [input]: 'previous.json' },
        env: offline,
      });
      expect(run.exitCode).toBe(1);
      expect(lastError(run)).toMatch(
        new RegExp(`Input \`${input}\` \\('previous.json'\\) leads outside the workspace`),
      );
      for (const text of [run.stdout, run.stderr, run.summary]) expect(text).not.toContain(SECRET);
    },
  );
});

describe('scan: the scanner process gets an allow-listed environment (stand-in that dumps its environment)', () => {
  it('no input, workflow token, runtime token or OIDC request variable reaches the --version probe or the scan', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-envdump-'));
    const dump = path.join(dir, 'env.jsonl');
    const standIn = path.join(dir, 'trivy');
    // Dumps its environment (to a file named when it is written, not through the environment), then
    // writes an empty Trivy report.
    fs.writeFileSync(
      standIn,
      `#!${process.execPath}\n` +
        `const fs = require('node:fs');\n` +
        `fs.appendFileSync(${JSON.stringify(dump)}, JSON.stringify({ argv: process.argv.slice(2), env: process.env }) + '\\n');\n` +
        `const argv = process.argv.slice(2);\n` +
        `if (argv[0] === '--version') { console.log('Version: 0.75.0'); process.exit(0); }\n` +
        `const out = argv[argv.indexOf('--output') + 1];\n` +
        `fs.writeFileSync(out, JSON.stringify({ SchemaVersion: 2, ArtifactName: '.', ArtifactType: 'filesystem', Results: [] }));\n`,
      { mode: 0o755 },
    );
    const tokens = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value-1234',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-5678',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/request-9abc',
      GITHUB_TOKEN: 'ghs_envTokenShouldNotLeak000000000000',
      NPM_TOKEN: 'npm_otherJobSecret',
    };
    const run = await runAction('scan', {
      workspace: workspaceFrom(DEMO),
      inputs: { 'trivy-path': standIn, scanners: 'secret' },
      env: { ...tokens, TRIVY_DEBUG: 'true' },
    });
    expect(lastError(run)).toBe('');
    const runs = fs
      .readFileSync(dump, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { argv: string[]; env: Record<string, string> });
    expect(runs.map((r) => r.argv[0])).toEqual(['--version', 'fs']);
    for (const { env } of runs) {
      const text = JSON.stringify(env);
      expect(text).not.toContain(FAKE_GITHUB_TOKEN);
      for (const value of Object.values(tokens)) expect(text).not.toContain(value);
      expect(Object.keys(env).filter((key) => key.startsWith('INPUT_'))).toEqual([]);
      expect(env.PATH).toBeDefined();
      expect(env.TRIVY_DEBUG).toBe('true');
    }
  });
});

describeWithTrivy('sbom: repository-planted configuration never empties the SBOM (real Trivy)', () => {
  it('a committed trivy.yaml with scan.skip-files / skip-dirs is not read; trivy-config and skip-dirs inputs are', async () => {
    const projects = path.join(REPO_ROOT, 'test', 'fixtures', 'projects');
    const sbom = (inputs: Record<string, string>, prepare?: (workspace: string) => void) => {
      const workspace = workspaceFrom(projects);
      prepare?.(workspace);
      return runAction('sbom', {
        workspace,
        inputs: {
          generator: 'trivy',
          'trivy-path': trivy!,
          path: 'npm-app',
          format: 'cyclonedx-json',
          'upload-artifact': 'false',
          ...inputs,
        },
      });
    };
    const plant = (ws: string) => {
      const yaml = 'scan:\n  skip-dirs:\n    - "**"\n  skip-files:\n    - "**/*"\n';
      fs.writeFileSync(path.join(ws, 'trivy.yaml'), yaml);
      fs.writeFileSync(path.join(ws, 'npm-app', 'trivy.yaml'), yaml);
    };
    const planted = await sbom({}, plant);
    expect(lastError(planted)).toBe('');
    expect(planted.outputs['component-count']).toBe('7');
    expect(planted.summary).toMatch(/not read from the checkout: .*npm-app\/trivy\.yaml.*trivy\.yaml/);

    const chosen = await sbom({ 'trivy-config': 'npm-app/trivy.yaml' }, plant);
    expect(chosen.outputs['component-count']).toBe('0');
    expect(chosen.summary).toContain('<code>trivy-config: npm-app/trivy.yaml</code>');
  });
});

const realSyft = path.join(REPO_ROOT, '.cache', 'test-tools', 'syft');
if (!fs.existsSync(realSyft)) {
  const message = 'the real syft is missing at .cache/test-tools/syft (run `npm run fetch-test-tools`)';
  if (infraRequired()) throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
}
const describeWithSyft = fs.existsSync(realSyft) ? describe : describe.skip;

describeWithSyft('sbom: a committed .syft.yaml never empties the SBOM (real Syft)', () => {
  it('a .syft.yaml excluding everything is not read; syft-config and skip-files are', async () => {
    const projects = path.join(REPO_ROOT, 'test', 'fixtures', 'projects');
    const sbom = (inputs: Record<string, string>) => {
      const workspace = workspaceFrom(path.join(projects, 'npm-app'));
      // Run in the checkout, Syft would merge these and describe nothing (checked by hand: 0 components).
      fs.writeFileSync(path.join(workspace, '.syft.yaml'), 'exclude:\n  - "./**"\n');
      fs.mkdirSync(path.join(workspace, '.syft'));
      fs.writeFileSync(path.join(workspace, '.syft', 'config.yaml'), 'exclude:\n  - "./**"\n');
      return runAction('sbom', {
        workspace,
        inputs: { 'syft-path': realSyft, format: 'cyclonedx-json', 'upload-artifact': 'false', ...inputs },
      });
    };
    const planted = await sbom({});
    expect(lastError(planted)).toBe('');
    expect(Number(planted.outputs['component-count'])).toBeGreaterThan(0);
    expect(planted.summary).toMatch(
      /not read from the checkout: <code>\.syft\.yaml<\/code>, <code>\.syft\/config\.yaml<\/code>/,
    );

    const chosen = await sbom({ 'syft-config': '.syft.yaml' });
    expect(chosen.outputs['component-count']).toBe('0');
    const skipped = await sbom({ 'skip-files': 'package-lock.json' });
    expect(skipped.outputs['component-count']).toBe('0');
  });
});
