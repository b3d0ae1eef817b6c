/**
 * The findings in the step log (issue 17 item 7): the built scan bundle
 * prints a compact table of the findings in a collapsed log group, inert to
 * the runner (stop-commands) and budgeted like the job summary. Real Trivy
 * on examples/demo-app, and a 20,000-finding report through the stand-in for
 * the budget.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { requireTrivy } from '../support/test-tools.js';

const trivy = requireTrivy();
const describeWithTrivy = trivy ? describe : describe.skip;
const STAND_IN = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'trivy-stand-in.mjs');

/** The lines of the log group whose title starts with `title`, without the stop-commands wrapper. */
function logGroup(run: ActionRun, title: string): { heading: string; lines: string[] } {
  const lines = run.stdout.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`::group::${title}`));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('::endgroup::', start);
  expect(end).toBeGreaterThan(start);
  const body = lines.slice(start + 1, end);
  // The table is report text: it is wrapped in ::stop-commands::<token> … ::<token>::.
  const token = /^::stop-commands::(\S+)$/.exec(body[0] ?? '')?.[1];
  expect(token).toBeDefined();
  expect(body.at(-1)).toBe(`::${token}::`);
  return { heading: lines[start]!.slice('::group::'.length), lines: body.slice(1, -1) };
}

describeWithTrivy('scan prints the findings table in the log (real Trivy)', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction('scan', {
      workspace: workspaceFrom(path.join(REPO_ROOT, 'examples', 'demo-app')),
      inputs: { 'trivy-path': trivy!, scanners: 'secret,misconfig', 'fail-on': 'high' },
      env: { TRIVY_SKIP_POLICY_UPDATE: 'true' },
    });
  });

  it('one collapsed group with every finding, one row each, marking what tripped the gate', () => {
    expect(run.outputs.total).toBe('36');
    const { heading, lines } = logGroup(run, 'Findings: ');
    expect(heading).toBe('Findings: 36');
    expect(lines[0]).toBe('36 findings (3 critical, 10 high, 7 medium, 16 low) in 5 targets.');
    expect(lines[1]).toBe("* = at or above the gate's threshold (fail-on: high): 13 findings.");
    const rows = lines.filter((line) => /^ {2}[* ] (CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN) /.test(line));
    expect(rows).toHaveLength(36);
    expect(rows.filter((row) => row.startsWith('  * '))).toHaveLength(Number(run.outputs['gate-count']));
    // Secrets and misconfigurations show where they are.
    expect(lines.some((line) => /^Target: .*: 3 findings \(2 critical, 1 high\)$/.test(line))).toBe(true);
    expect(rows.some((row) => /^ {2}\* CRITICAL +\S+ +\S+:\d+ /.test(row))).toBe(true);
    expect(lines.filter((line) => line.startsWith('Target: '))).toHaveLength(4); // the fifth target is clean
    // Nothing in it reached the runner as a command: only the action's own annotations exist.
    expect(
      run.commands.filter(
        (c) => !['error', 'warning', 'notice', 'group', 'endgroup', 'debug', 'add-mask'].includes(c.command),
      ),
    ).toEqual([]);
  });
});

describe('scan keeps the log table within its budget', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-log-table-'));
  const reportFile = path.join(work, 'big.json');
  beforeAll(() => {
    const vulnerabilities = Array.from({ length: 20_000 }, (_, i) => ({
      VulnerabilityID: `CVE-2099-${String(i).padStart(5, '0')}`,
      PkgName: `pkg-${i % 500}`,
      InstalledVersion: '1.0.0',
      FixedVersion: '1.0.1',
      Severity: i % 10 === 0 ? 'HIGH' : 'LOW',
      Title: `Synthetic vulnerability ${i} ::error::not-a-command ##[add-path]/tmp/x`,
    }));
    fs.writeFileSync(
      reportFile,
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: '.',
        ArtifactType: 'filesystem',
        Results: [{ Target: 'package-lock.json', Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: vulnerabilities }],
      }),
    );
  });

  it('cuts at a row boundary under 256 KiB and says how many were left out and where the rest is', async () => {
    const run = await runAction('scan', {
      inputs: { 'trivy-path': STAND_IN, scanners: 'secret', 'fail-on': 'none', annotations: 'false' },
      env: { STANDIN_REPORT: reportFile },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.total).toBe('20000');
    const { heading, lines } = logGroup(run, 'Findings: ');
    const rows = lines.filter((line) => /^ {4}(HIGH|LOW) /.test(line));
    expect(heading).toBe(`Findings: 20000 (${rows.length} shown)`);
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.length).toBeLessThan(20_000);
    expect(Buffer.byteLength(lines.join('\n'))).toBeLessThanOrEqual(256 * 1024);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^… ${20_000 - rows.length} more findings not shown \\(log budget 256 KiB\\); the full list is in \\S+\\.sarif and \\S+\\.json in `,
      ),
    );
    expect(lines.join('\n')).not.toContain('##[');
    expect(run.commands.filter((c) => c.command === 'add-path')).toEqual([]);
    expect(run.pathFile).toBe('');
  });
});
