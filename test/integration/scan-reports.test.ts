/**
 * The built scan bundle against real Trivy reports (test/fixtures/trivy,
 * from Trivy's own repositories), replayed by a stand-in for the trivy
 * process: no vulnerability DB can be downloaded here. Checks counts, the
 * gate, the argv the action used, failures of the tool, and hostile content.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, runAction, type ActionRun, type RunOptions } from '../support/action-harness.js';
import { validateSarif } from '../support/sarif-schema.js';
import { requireInfra } from '../support/test-tools.js';

const STAND_IN = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'trivy-stand-in.mjs');
// Vulnerability scans first fetch the DB: the fixture DB in the local registry.
const infra = requireInfra();
const describeWithDb = infra?.trivyDb ? describe : describe.skip;
const dbInputs = (): Record<string, string> => ({ 'db-repository': infra!.trivyDb!.repository, 'db-cache': 'false' });
const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', name);

async function scanWith(
  report: string | undefined,
  options: RunOptions = {},
): Promise<ActionRun & { argv: string[][] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standin-'));
  const argvLog = path.join(dir, 'argv.jsonl');
  const run = await runAction('scan', {
    ...options,
    inputs: { 'trivy-path': STAND_IN, ...dbInputs(), ...(options.inputs ?? {}) },
    env: { ...(report ? { STANDIN_REPORT: report } : {}), STANDIN_ARGV_LOG: argvLog, ...(options.env ?? {}) },
  });
  const argv = fs.existsSync(argvLog)
    ? fs
        .readFileSync(argvLog, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
    : [];
  return { ...run, argv };
}

describeWithDb('scan on recorded Trivy reports', () => {
  it('alpine 3.9 image report: counts, gate, one trivy run with JSON output', async () => {
    const run = await scanWith(fixture('alpine-39.json.golden'), { inputs: { image: 'alpine:3.9' } });
    expect(run.outputs).toMatchObject({
      critical: '2',
      high: '0',
      medium: '4',
      low: '0',
      total: '6',
      gate: 'fail',
      'gate-count': '2',
    });
    const scans = run.argv.filter((argv) => argv[0] === 'image');
    expect(scans).toHaveLength(1);
    expect(scans[0]).toEqual(expect.arrayContaining(['--format', 'json', '--scanners', 'vuln,secret']));
    expect(scans[0]!.slice(-2)).toEqual(['--', 'alpine:3.9']);
    expect(run.exitCode).toBe(1);
  });

  it('passes the gate when nothing reaches fail-on', async () => {
    const run = await scanWith(fixture('npm.json.golden'), { inputs: { 'fail-on': 'high' } });
    expect(run.outputs).toMatchObject({ medium: '1', total: '1', gate: 'pass', 'gate-count': '0' });
    expect(run.exitCode).toBe(0);
  });

  it.each([
    ['true', '4'],
    ['false', '5'],
  ])("only-fixed=%s counts %s of ubuntu 18.04's findings at low and above", async (onlyFixed, gateCount) => {
    const run = await scanWith(fixture('ubuntu-1804.json.golden'), {
      inputs: { 'fail-on': 'low', 'only-fixed': onlyFixed },
    });
    expect(run.outputs).toMatchObject({ total: '5', low: '1', medium: '4', gate: 'fail', 'gate-count': gateCount });
  });

  it('SARIF from a vulnerability report validates and names packages', async () => {
    const run = await scanWith(fixture('alpine-39.json.golden'), { inputs: { image: 'alpine:3.9' } });
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(6);
    for (const rule of sarif.runs[0].tool.driver.rules) {
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
  });

  it('scans an SBOM file with the sbom subcommand', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-'));
    fs.copyFileSync(fixture('npm-cyclonedx.json.golden'), path.join(workspace, 'bom.cdx.json'));
    const run = await scanWith(fixture('npm.json.golden'), { workspace, inputs: { sbom: 'bom.cdx.json' } });
    const scan = run.argv.find((argv) => argv[0] === 'sbom')!;
    expect(scan).toEqual(expect.arrayContaining(['--scanners', 'vuln']));
    expect(scan.at(-1)).toBe(path.join(workspace, 'bom.cdx.json'));
    expect(run.outputs.total).toBe('1');
  });

  it('works the same on a pull request from a fork', async () => {
    const run = await scanWith(fixture('npm.json.golden'), { event: 'fork_pull_request' });
    expect(run.outputs).toMatchObject({ total: '1', gate: 'pass' });
  });
});

describeWithDb('scan when Trivy fails', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    [
      'exits non-zero',
      { STANDIN_EXIT: '2', STANDIN_STDERR: 'FATAL\tunable to initialize a scanner: DB error\n' },
      /Trivy exited with code 2.*\n.*DB error/s,
    ],
    ['writes no report', {}, /wrote no JSON report/],
  ])('%s: an infrastructure failure, gate=error, never a pass', async (_name, env, message) => {
    const run = await scanWith(undefined, { env });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('error');
    expect(run.outputs.total).toBeUndefined();
    const failure = run.commands.filter((c) => c.command === 'error').at(-1)!;
    expect(failure.message).toMatch(/^Infrastructure failure \(not a finding\)/);
    expect(failure.message).toMatch(message);
  });

  it('a truncated report is an infrastructure failure', async () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'r-')), 'report.json');
    fs.writeFileSync(broken, fs.readFileSync(fixture('alpine-39.json.golden'), 'utf8').slice(0, 500));
    const run = await scanWith(broken);
    expect(run.outputs.gate).toBe('error');
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.message).toMatch(/^Infrastructure failure/);
  });

  it('a missing trivy-path is a configuration error', async () => {
    const run = await runAction('scan', { inputs: { 'trivy-path': '/nonexistent/trivy' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('error');
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.message).toMatch(
      /trivy-path|\/nonexistent\/trivy/,
    );
  });
});

describeWithDb('scan with hostile report content', () => {
  const hostile = (() => {
    const report = JSON.parse(fs.readFileSync(fixture('alpine-39.json.golden'), 'utf8'));
    const vuln = report.Results[0].Vulnerabilities[0];
    vuln.Title = 'pwn\n::set-output name=gate::pass\n::add-mask::x <script>alert(1)</script> | col </details>';
    vuln.PkgName = '\u202Eevil|pkg\n::error::injected';
    vuln.Description = 'x'.repeat(1024 * 1024);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'h-')), 'hostile.json');
    fs.writeFileSync(file, JSON.stringify(report));
    return file;
  })();

  it('emits no workflow command from report text and renders it inert', async () => {
    const run = await scanWith(hostile, { inputs: { image: 'alpine:3.9' } });
    expect(run.outputs.gate).toBe('fail');
    // The only add-mask is the action masking its own token.
    const foreign = run.commands.filter(
      (c) => c.command === 'set-output' || (c.command === 'add-mask' && c.message !== FAKE_GITHUB_TOKEN),
    );
    expect(foreign).toEqual([]);
    expect(run.commands.some((c) => c.message === 'injected')).toBe(false);
    expect(run.summary).not.toContain('<script>');
    expect(run.summary).not.toContain('\u202E');
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    for (const line of run.stdout.split('\n')) expect(line).not.toMatch(/^::(set-output|add-mask::x)/);
  });

  it('never prints the github-token', async () => {
    const run = await scanWith(fixture('npm.json.golden'));
    // Apart from the runner's own ::add-mask:: command, which hides it everywhere else.
    const stdout = run.stdout
      .split('\n')
      .filter((line) => line !== `::add-mask::${FAKE_GITHUB_TOKEN}`)
      .join('\n');
    expect(stdout + run.stderr + run.summary + run.envFile).not.toContain(FAKE_GITHUB_TOKEN);
    for (const file of ['json-file', 'sarif-file', 'summary-file']) {
      expect(fs.readFileSync(run.outputs[file]!, 'utf8')).not.toContain(FAKE_GITHUB_TOKEN);
    }
  });
});
