/**
 * The built scan bundle with the Grype engine: Grype's DB fetched by the
 * action from a loopback listing (checksum verified, then Grype runs with
 * auto-update off), the real Grype report replayed by a stand-in for the
 * grype process, and the same model, gate, VEX and baseline as with Trivy.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { countBySeverity, evaluateGate, parseGrypeReport } from '@scs/findings';
import { REPO_ROOT, runAction, type RunOptions } from '../support/action-harness.js';
import { ReleaseServer } from '../unit/tool-installer/helpers.js';
import { makeTar, sha256 } from '../unit/vuln-db/helpers.js';

const STAND_IN = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'grype-stand-in.mjs');
const REPORT = path.join(REPO_ROOT, 'test', 'fixtures', 'grype', 'chainguard-ruby-test.json');
const ARCHIVE = 'vulnerability-db_v6.0.2_2026-11-26T00:00:00Z_1764115200.tar.gz';
const server = new ReleaseServer();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-grype-'));

const archive = gzipSync(
  makeTar([
    {
      name: 'vulnerability.db',
      data: Buffer.from('SQLite format 3\u0000 (a stand-in DB: the grype stand-in never reads it)'),
    },
    {
      name: 'import.json',
      data: Buffer.from(
        JSON.stringify({ digest: 'xxh64:0123456789abcdef', build_timestamp: new Date().toISOString() }),
      ),
    },
  ]),
);

function serveDb(): void {
  server.reset();
  const listing = {
    status: 'active',
    schemaVersion: '6.0.2',
    built: new Date().toISOString(),
    path: ARCHIVE,
    checksum: sha256(archive),
  };
  server.route('/databases/v6/latest.json', { kind: 'file', body: Buffer.from(JSON.stringify(listing)) });
  server.route(`/databases/v6/${ARCHIVE}`, { kind: 'file', body: archive });
}

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => serveDb());

async function grypeScan(options: RunOptions & { argvLog?: string } = {}) {
  return runAction('scan', {
    ...options,
    inputs: {
      scanner: 'grype',
      image: 'cgr.dev/chainguard/ruby:latest-3.0',
      'grype-path': STAND_IN,
      'grype-db-url': `${server.baseUrl}/databases/v6/latest.json`,
      'db-cache': 'false',
      ...(options.inputs ?? {}),
    },
    env: {
      GRYPE_STANDIN_REPORT: REPORT,
      ...(options.argvLog ? { STANDIN_ARGV_LOG: options.argvLog } : {}),
      ...(options.env ?? {}),
    },
  });
}

describe('scan with the Grype engine', () => {
  const expected = parseGrypeReport(fs.readFileSync(REPORT));

  it('fetches the DB, runs Grype once from the registry source and reports through the same model', async () => {
    const argvLog = path.join(fs.mkdtempSync(path.join(work, 'argv-')), 'argv.jsonl');
    const run = await grypeScan({ argvLog });
    expect(run.commands.filter((c) => c.command === 'error' && !c.properties.title).map((c) => c.message)).toEqual([
      expect.stringMatching(/^Severity gate failed/),
    ]);
    const counts = countBySeverity(expected.findings);
    const gate = evaluateGate(expected.findings, { failOn: 'high', onlyFixed: true });
    expect(run.outputs).toMatchObject({
      high: String(counts.high),
      total: String(expected.findings.length),
      gate: 'fail',
      'gate-count': String(gate.tripped.length),
      'db-digest': sha256(archive),
    });
    expect(run.outputs['json-file']).toMatch(/grype-report\.json$/);
    const scans = fs
      .readFileSync(argvLog, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[])
      .filter((a) => a[0]?.startsWith('registry:'));
    expect(scans).toHaveLength(1);
    // Grype writes into its private run directory (the report is then moved to json-file) with an
    // explicit, empty config: no .grype.yaml from the checkout or the home folder.
    expect(scans[0]).toEqual([
      'registry:cgr.dev/chainguard/ruby:latest-3.0',
      '-o',
      expect.stringMatching(new RegExp(`^json=${run.runnerTemp}/scs-grype-run-[^/]+/report\\.json$`)),
      '-c',
      expect.stringMatching(new RegExp(`^${run.runnerTemp}/scs-grype-run-[^/]+/empty-grype-config\\.yaml$`)),
    ]);
    expect(fs.existsSync(run.outputs['json-file']!)).toBe(true);
    expect(server.requests).toEqual(['/databases/v6/latest.json', `/databases/v6/${ARCHIVE}`]);
    expect(run.summary).toContain('CVE-2023-28755');
  });

  it('refuses an archive whose checksum does not match the listing: gate error, Grype never runs', async () => {
    server.reset();
    const listing = {
      status: 'active',
      schemaVersion: '6.0.2',
      built: new Date().toISOString(),
      path: ARCHIVE,
      checksum: `sha256:${'0'.repeat(64)}`,
    };
    server.route('/databases/v6/latest.json', { kind: 'file', body: Buffer.from(JSON.stringify(listing)) });
    server.route(`/databases/v6/${ARCHIVE}`, { kind: 'file', body: archive });
    const argvLog = path.join(fs.mkdtempSync(path.join(work, 'argv-')), 'argv.jsonl');
    const run = await grypeScan({ argvLog });
    expect(run.outputs.gate).toBe('error');
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.message).toMatch(
      /^Infrastructure failure \(not a finding\)/,
    );
    const ran = fs.existsSync(argvLog) ? fs.readFileSync(argvLog, 'utf8') : '';
    expect(ran).not.toMatch(/registry:/);
  });

  it('a second scan in the same job asks nothing of the DB server', async () => {
    const runnerTemp = fs.mkdtempSync(path.join(work, 'temp-'));
    await grypeScan({ runnerTemp });
    server.requests.length = 0;
    const run = await grypeScan({ runnerTemp });
    expect(run.outputs.gate).toBe('fail');
    expect(server.requests).toEqual([]);
  });

  it('applies OpenVEX statements before counting', async () => {
    const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
    fs.writeFileSync(
      path.join(workspace, 'ruby.openvex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/1',
        author: 'octo-org',
        timestamp: '2026-11-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2023-28755' },
            products: [{ '@id': 'pkg:gem/uri@0.10.1' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
        ],
      }),
    );
    const run = await grypeScan({ workspace, inputs: { vex: 'ruby.openvex.json' } });
    const suppressed = expected.findings.filter(
      (f) => f.packageName === 'uri' && [f.id, ...f.aliases].includes('CVE-2023-28755'),
    );
    expect(suppressed.length).toBeGreaterThan(0);
    expect(run.outputs.total).toBe(String(expected.findings.length - suppressed.length));
    expect(run.stdout).toMatch(/VEX: \d+ finding\(s\) stated not_affected or fixed/);
  });

  it('compares with a baseline and can gate on new findings only', async () => {
    const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
    const previous = JSON.parse(fs.readFileSync(REPORT, 'utf8'));
    previous.matches = previous.matches.filter((m: { artifact: { name: string } }) => m.artifact.name !== 'ruby-3.0');
    fs.writeFileSync(path.join(workspace, 'baseline.json'), JSON.stringify(previous));
    const newFindings = expected.findings.filter((f) => f.packageName === 'ruby-3.0');

    const run = await grypeScan({ workspace, inputs: { baseline: 'baseline.json', 'fail-on-new-only': 'true' } });
    expect(run.outputs).toMatchObject({ 'new-count': String(newFindings.length), 'fixed-count': '0' });
    expect(run.summary).toContain('Compared with the baseline');
    // Only new findings are annotated.
    const annotated = run.commands.filter(
      (c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.title,
    );
    expect(annotated.every((c) => c.properties.title!.includes('ruby-3.0'))).toBe(true);
    expect(run.outputs['gate-count']).toBe(
      String(evaluateGate(newFindings, { failOn: 'high', onlyFixed: true }).tripped.length),
    );
  });
});
