/**
 * The built scan bundle (dist/scan/index.js) run as the runner runs it,
 * against the real Trivy test binary on the example project.
 * Trivy is pointed at nothing but the workspace: misconfiguration checks are
 * the embedded ones (TRIVY_SKIP_POLICY_UPDATE), and no vulnerability scanner
 * runs (that needs a DB download; see scan-reports.test.ts for vulnerabilities).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, loadActionMetadata, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { requireTrivy } from '../support/test-tools.js';
import { validateSarif } from '../support/sarif-schema.js';

const trivy = requireTrivy();
const offline = { TRIVY_SKIP_POLICY_UPDATE: 'true' };
const describeWithTrivy = trivy ? describe : describe.skip;

function annotations(run: ActionRun) {
  return run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
}

describeWithTrivy('scan with real Trivy on examples/demo-app', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction('scan', {
      workspace: workspaceFrom(path.join(REPO_ROOT, 'examples', 'demo-app')),
      inputs: { 'trivy-path': trivy!, scanners: 'secret,misconfig' },
      env: offline,
    });
  });

  it('counts every failed check and secret by severity', () => {
    // Dockerfile 2 high, 2 medium, 1 low; k8s 1 high, 3 medium, 11 low;
    // terraform 1 critical, 6 high, 2 medium, 4 low; secrets 2 critical, 1 high.
    expect(run.outputs).toMatchObject({ critical: '3', high: '10', medium: '7', low: '16', unknown: '0', total: '36' });
  });

  it('sets only outputs that action.yml declares, and every one a scan always has', () => {
    const declared = Object.keys(loadActionMetadata('scan').outputs);
    expect(declared).toEqual(expect.arrayContaining(Object.keys(run.outputs)));
    // The rest belong to options this run did not use (baseline, formats, reporting, a vulnerability DB, platform: all).
    const optional = [
      'cyclonedx-file',
      'cosign-vuln-file',
      'new-count',
      'fixed-count',
      'db-digest',
      'image-digest',
      'check-run-url',
      'comment-url',
      'sarif-id',
      'platform-reports',
    ];
    expect(Object.keys(run.outputs).sort()).toEqual(declared.filter((name) => !optional.includes(name)).sort());
  });

  it('fails the gate on high and above, naming counts and top offenders', () => {
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('fail');
    expect(run.outputs['gate-count']).toBe('13');
    const failure = run.commands.filter((c) => c.command === 'error').at(-1)!;
    expect(failure.message).toMatch(/13 finding/);
    expect(failure.message).toMatch(/critical/i);
    expect(failure.message).not.toMatch(/Infrastructure failure/);
  });

  it('reports the Trivy binary it was given, and its probed version', () => {
    expect(run.stdout).toContain(`Trivy dev from path: ${trivy}`);
  });

  it('writes a SARIF file that validates and holds every finding', () => {
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(36);
    const secret = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'github-pat');
    expect(secret.locations[0].physicalLocation.artifactLocation.uri).toBe('config/deploy.env');
    expect(secret.locations[0].physicalLocation.region.startLine).toBe(1);
  });

  it('keeps the raw Trivy JSON report', () => {
    const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8'));
    expect(report.SchemaVersion).toBe(2);
  });

  it('annotates files within the per-step budget, most severe first, with one overflow notice', () => {
    const all = annotations(run).filter((c) => c.properties.file || /more finding/.test(c.message));
    const byLevel = (level: string) => all.filter((c) => c.command === level);
    expect(byLevel('error').length).toBeLessThanOrEqual(10);
    expect(byLevel('warning').length).toBeLessThanOrEqual(10);
    expect(byLevel('notice').length).toBeLessThanOrEqual(10);
    const overflow = all.filter((c) => /more finding/.test(c.message));
    expect(overflow).toHaveLength(1);
    const pat = all.find((c) => c.properties.file === 'config/deploy.env' && c.properties.line === '1');
    expect(pat?.command).toBe('error');
  });

  it('writes the same Markdown to the job summary and to summary-file, under 1 MiB', () => {
    const file = fs.readFileSync(run.outputs['summary-file']!, 'utf8');
    expect(run.summary).toContain(file.trim());
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toMatch(/config\/deploy\.env/);
    expect(run.summary).toMatch(/<details/);
  });
});

describeWithTrivy('scan with real Trivy: ignore files, paths and switches', () => {
  it('honours the .trivyignore named by ignore-file, expiry dates included', async () => {
    const workspace = workspaceFrom(path.join(REPO_ROOT, 'examples', 'demo-app'));
    fs.writeFileSync(path.join(workspace, '.trivyignore'), 'github-pat\naws-access-key-id exp:2000-01-01\n');
    const run = await runAction('scan', {
      workspace,
      inputs: { 'trivy-path': trivy!, scanners: 'secret', 'fail-on': 'none', 'ignore-file': '.trivyignore' },
      env: offline,
    });
    expect(run.exitCode).toBe(0);
    // github-pat ignored; the expired aws-access-key-id entry no longer applies.
    expect(run.outputs).toMatchObject({ critical: '1', high: '1', total: '2', gate: 'pass', 'gate-count': '0' });
  });

  it('scans a sub-directory and annotates repository-relative paths', async () => {
    const workspace = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'scan-sub-'));
    fs.cpSync(path.join(REPO_ROOT, 'examples', 'demo-app'), path.join(workspace, 'services', 'demo'), {
      recursive: true,
    });
    const run = await runAction('scan', {
      workspace,
      inputs: { path: 'services/demo', 'trivy-path': trivy!, scanners: 'secret', 'fail-on': 'critical' },
      env: offline,
    });
    expect(run.outputs.gate).toBe('fail');
    const files = annotations(run)
      .map((c) => c.properties.file)
      .filter(Boolean);
    expect(files).toContain('services/demo/config/deploy.env');
  });

  it('turns off annotations and the summary when asked, and still writes the reports', async () => {
    const run = await runAction('scan', {
      workspace: workspaceFrom(path.join(REPO_ROOT, 'examples', 'demo-app')),
      inputs: { 'trivy-path': trivy!, scanners: 'secret', annotations: 'false', summary: 'false', 'fail-on': 'none' },
      env: offline,
    });
    expect(run.exitCode).toBe(0);
    expect(annotations(run).filter((c) => c.properties.file)).toHaveLength(0);
    expect(run.summary).toBe('');
    expect(fs.existsSync(run.outputs['summary-file']!)).toBe(true);
    expect(run.outputs.total).toBe('3');
  });

  it('reports only the severities asked for', async () => {
    const run = await runAction('scan', {
      workspace: workspaceFrom(path.join(REPO_ROOT, 'examples', 'demo-app')),
      inputs: { 'trivy-path': trivy!, scanners: 'secret', severities: 'high', 'fail-on': 'none' },
      env: offline,
    });
    expect(run.outputs).toMatchObject({ critical: '0', high: '1', total: '1' });
  });
});
