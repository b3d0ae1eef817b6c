/**
 * Hostile report content: the Trivy and Grype stand-ins (scan) and the Syft
 * stand-in (sbom) hand the action reports whose every string field is
 * hostile, that are huge, broken or of an unknown schema, and logs full of
 * workflow commands. Cases are rows of REPORT_CASES; each names what the run
 * must do. The Grype engine first fetches its DB from a loopback listing
 * (as in test/integration/scan-grype.test.ts), then runs the stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ActionRun } from '../support/action-harness.js';
import { ReleaseServer, restoreNockAfterAll } from '../unit/tool-installer/helpers.js';
import { makeTar, sha256 } from '../unit/vuln-db/helpers.js';
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

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-report-'));
afterAll(async () => {
  await dbServer.stop();
  fs.rmSync(work, { recursive: true, force: true });
});
const record = corpusRecorder('report-content');

// Both forms the runner obeys: `::command::` at a line start and the older `##[command]`, which it finds mid-line too.
const COMMANDS = `x\n::set-output name=gate::pass\n::add-mask::${CANARY}\n::stop-commands::${CANARY}\n::warning file=a,line=1::${CANARY}\r::error::${CANARY}%0A::notice::x\n##[set-output name=gate]pass\nlog ##[add-path]/tmp/${CANARY} ##[add-mask]${CANARY}\n##[stop-commands]${CANARY}`;
const HTML = `<script>alert("${CANARY}")</script> | a | b |</details><details open><summary>${CANARY}</summary>[x](javascript:alert(1)) ![i](https://evil.example/${CANARY}.png) # heading`;
const UNICODE = `\u202E${CANARY}\u200Bgpj.exe\uFEFF\u2066\u2069`;
const MIB = `${CANARY}${'A'.repeat(1024 * 1024)}`;

/** A Trivy report (SchemaVersion 2) whose strings are all `s`. */
function trivyReport(s: string, count = 1): unknown {
  const vulns = Array.from({ length: count }, (_, i) => ({
    VulnerabilityID: `CVE-2026-${i}${count === 1 ? s : ''}`,
    PkgName: s,
    PkgID: s,
    InstalledVersion: s,
    FixedVersion: s,
    Status: 'fixed',
    Severity: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'][i % 4],
    Title: s,
    Description: s,
    PrimaryURL: `javascript:alert('${CANARY}')`,
  }));
  return {
    SchemaVersion: 2,
    ArtifactName: s,
    ArtifactType: 'filesystem',
    Results: [
      { Target: count === 1 ? s : 'package-lock.json', Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: vulns },
      {
        Target: count === 1 ? s : 'deploy.sh',
        Class: 'secret',
        Secrets: [{ RuleID: s, Category: s, Severity: 'CRITICAL', Title: s, StartLine: 1, EndLine: 1, Match: s }],
      },
    ],
  };
}

/** A Grype report (`grype -o json`) whose strings are all `s`. */
function grypeReport(s: string, count = 1): unknown {
  const matches = Array.from({ length: count }, (_, i) => ({
    vulnerability: {
      id: `CVE-2026-${i}${count === 1 ? s : ''}`,
      dataSource: `javascript:alert('${CANARY}')`,
      namespace: s,
      severity: ['Critical', 'High', 'Medium', 'Low', 'Negligible'][i % 5],
      urls: [`javascript:alert('${CANARY}')`, s],
      description: s,
      cvss: [],
      fix: { versions: [s], state: 'fixed' },
      advisories: [],
    },
    relatedVulnerabilities: [{ id: s, dataSource: s, namespace: s, severity: 'High', urls: [s], description: s }],
    matchDetails: [],
    artifact: {
      id: `a${i}`,
      name: s,
      version: s,
      type: 'npm',
      locations: [{ path: `/${s.slice(0, 2000)}/package-lock.json` }],
      language: 'javascript',
      licenses: [s],
      cpes: [],
      purl: `pkg:npm/${encodeURIComponent(s.slice(0, 2000))}@1`,
      upstreams: [],
    },
  }));
  return {
    matches,
    source: { type: 'directory', target: s },
    distro: { name: s, version: s, idLike: [s] },
    descriptor: { name: 'grype', version: '0.120.1', timestamp: '2026-11-26T00:00:00Z' },
  };
}

/** A CycloneDX 1.6 SBOM whose component names, purls and licenses carry `s`. */
function cycloneDx(s: string, specVersion = '1.6'): unknown {
  return {
    bomFormat: 'CycloneDX',
    specVersion,
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: { timestamp: '2026-01-01T00:00:00Z', component: { 'bom-ref': 'root', type: 'application', name: s } },
    components: [
      {
        'bom-ref': 'c1',
        type: 'library',
        name: s,
        version: s,
        purl: `pkg:npm/${encodeURIComponent(s.slice(0, 2000))}@1`,
        licenses: [{ license: { name: s } }],
      },
      {
        'bom-ref': 'c2',
        type: 'library',
        name: 'x',
        version: '1',
        purl: `pkg:${s.replace(/[^a-z]/gi, '').slice(0, 50) || 'x'}/x@1`,
        licenses: [{ expression: s }],
      },
    ],
  };
}

type Expect = 'completes' | 'infra-error';

interface ReportCase {
  id: string;
  action: 'scan' | 'sbom';
  /** scan only: the engine whose stand-in hands over the report (default trivy). */
  engine?: 'trivy' | 'grype';
  description: string;
  /** File content the stand-in hands over (a string: written as is). */
  report?: unknown;
  /** Stand-in log on stderr. */
  stderr?: string;
  expect: Expect;
  /** The summary must announce that it was cut. */
  cut?: boolean;
  /** The annotations must announce an overflow. */
  overflow?: boolean;
  /** Extra inputs. */
  inputs?: Record<string, string>;
}

const VALID_TRIVY = fs.readFileSync(path.join(path.dirname(STAND_INS.trivy), '..', 'trivy', 'npm.json.golden'), 'utf8');
const VALID_GRYPE = fs.readFileSync(
  path.join(path.dirname(STAND_INS.grype), '..', 'grype', 'chainguard-ruby-test.json'),
  'utf8',
);

const GRYPE_CASES: ReportCase[] = [
  {
    id: 'scan/grype-commands',
    description: 'every Grype string field holds workflow commands (::set-output, ::add-mask, ::stop-commands, %0A)',
    report: grypeReport(COMMANDS),
    expect: 'completes',
  },
  {
    id: 'scan/grype-html',
    description:
      'every Grype string field holds Markdown/HTML (<script>, |, </details><details open>, javascript: links, images)',
    report: grypeReport(HTML),
    expect: 'completes',
  },
  {
    id: 'scan/grype-unicode',
    description: 'RTL override, zero-width, BOM and isolates in every Grype field',
    report: grypeReport(UNICODE),
    expect: 'completes',
  },
  {
    id: 'scan/grype-1mib',
    description: '1 MiB strings in every Grype field (summary, annotations, SARIF)',
    report: grypeReport(MIB),
    expect: 'completes',
  },
  {
    id: 'scan/grype-many',
    description: '20 000 Grype matches with hostile names: summary over 1 MiB, annotations over budget',
    report: grypeReport(`${HTML} ${'t'.repeat(100)}`, 20_000),
    expect: 'completes',
    cut: true,
    overflow: true,
  },
  {
    id: 'scan/grype-invalid-json',
    description: 'invalid Grype JSON (with HTML and commands in it)',
    report: `not json ${HTML}\n${COMMANDS}`,
    expect: 'infra-error',
  },
  {
    id: 'scan/grype-truncated-json',
    description: 'truncated Grype JSON (a real report cut in half)',
    report: VALID_GRYPE.slice(0, Math.floor(VALID_GRYPE.length / 2)),
    expect: 'infra-error',
  },
  {
    id: 'scan/grype-schema',
    description: 'a Syft SBOM where the Grype report should be (no `matches`)',
    report: {
      artifacts: [],
      source: { type: 'directory', target: '.' },
      descriptor: { name: 'syft', version: '1.54.1' },
    },
    expect: 'infra-error',
  },
  {
    id: 'scan/grype-matches-object',
    description: 'Grype `matches` is an object, not an array',
    report: { matches: { 0: { vulnerability: { id: CANARY } } }, descriptor: { name: 'grype', version: '0.120.1' } },
    expect: 'infra-error',
  },
  { id: 'scan/grype-empty', description: 'empty Grype report file', report: '', expect: 'infra-error' },
  {
    id: 'scan/grype-log',
    description: 'the Grype log (stderr) is full of workflow commands',
    report: JSON.parse(VALID_GRYPE),
    stderr: `${COMMANDS}\n::endgroup::\n::group::${CANARY}\n`,
    expect: 'completes',
  },
].map((c) => ({ ...c, action: 'scan', engine: 'grype' }) as ReportCase);

export const REPORT_CASES: ReportCase[] = [
  {
    id: 'scan/commands',
    action: 'scan',
    description: 'every string field holds workflow commands (::set-output, ::add-mask, ::stop-commands, %0A)',
    report: trivyReport(COMMANDS),
    expect: 'completes',
  },
  {
    id: 'scan/html',
    action: 'scan',
    description:
      'every string field holds Markdown/HTML (<script>, |, </details><details open>, javascript: links, images)',
    report: trivyReport(HTML),
    expect: 'completes',
  },
  {
    id: 'scan/unicode',
    action: 'scan',
    description: 'RTL override, zero-width, BOM and isolates in every field',
    report: trivyReport(UNICODE),
    expect: 'completes',
  },
  {
    id: 'scan/1mib',
    action: 'scan',
    description: '1 MiB strings in every field (summary, annotations, SARIF)',
    report: trivyReport(MIB),
    expect: 'completes',
  },
  {
    id: 'scan/many',
    action: 'scan',
    description: '20 000 findings with hostile titles: summary over 1 MiB, annotations over budget',
    report: trivyReport(`${HTML} ${'t'.repeat(100)}`, 20_000),
    expect: 'completes',
    cut: true,
    overflow: true,
  },
  {
    id: 'scan/many-gate-fails',
    action: 'scan',
    description: '20 000 findings and the gate fails: its error must still fit the annotation budget',
    report: trivyReport('pkg', 20_000),
    expect: 'completes',
    overflow: true,
    inputs: { 'fail-on': 'high' },
  },
  {
    id: 'scan/invalid-json',
    action: 'scan',
    description: 'invalid JSON (with HTML and commands in it)',
    report: `not json ${HTML}\n${COMMANDS}`,
    expect: 'infra-error',
  },
  {
    id: 'scan/truncated-json',
    action: 'scan',
    description: 'truncated JSON (a real report cut in half)',
    report: VALID_TRIVY.slice(0, Math.floor(VALID_TRIVY.length / 2)),
    expect: 'infra-error',
  },
  {
    id: 'scan/schema',
    action: 'scan',
    description: 'unexpected SchemaVersion 3',
    report: { ...(JSON.parse(VALID_TRIVY) as object), SchemaVersion: 3 },
    expect: 'infra-error',
  },
  { id: 'scan/empty', action: 'scan', description: 'empty report file', report: '', expect: 'infra-error' },
  {
    id: 'scan/log',
    action: 'scan',
    description: 'the tool log (stderr) is full of workflow commands',
    report: JSON.parse(VALID_TRIVY),
    stderr: `${COMMANDS}\n::endgroup::\n::group::${CANARY}\n`,
    expect: 'completes',
  },
  {
    id: 'sbom/commands',
    action: 'sbom',
    description: 'component names, purls and licenses hold workflow commands',
    report: cycloneDx(COMMANDS),
    expect: 'completes',
  },
  {
    id: 'sbom/html',
    action: 'sbom',
    description: 'component names, purls and licenses hold Markdown/HTML',
    report: cycloneDx(HTML),
    expect: 'completes',
  },
  {
    id: 'sbom/unicode',
    action: 'sbom',
    description: 'RTL override and zero-width characters in names and licenses',
    report: cycloneDx(UNICODE),
    expect: 'completes',
  },
  {
    id: 'sbom/1mib',
    action: 'sbom',
    description: '1 MiB names and licenses',
    report: cycloneDx(MIB),
    expect: 'completes',
  },
  {
    id: 'sbom/invalid-json',
    action: 'sbom',
    description: 'invalid JSON',
    report: `not json ${HTML}\n${COMMANDS}`,
    expect: 'infra-error',
  },
  {
    id: 'sbom/truncated-json',
    action: 'sbom',
    description: 'truncated JSON',
    report: JSON.stringify(cycloneDx('x')).slice(0, 200),
    expect: 'infra-error',
  },
  {
    id: 'sbom/schema',
    action: 'sbom',
    description: 'unexpected CycloneDX specVersion 9.9',
    report: cycloneDx('x', '9.9'),
    expect: 'infra-error',
  },
  {
    id: 'sbom/log',
    action: 'sbom',
    description: 'the tool log (stderr) is full of workflow commands',
    report: cycloneDx('x'),
    stderr: `${COMMANDS}\n::endgroup::\n`,
    expect: 'completes',
  },
  ...GRYPE_CASES,
];

// ---- the Grype DB the action fetches before it runs the stand-in (its content is never read) ----
const dbServer = new ReleaseServer();
// helpers.ts imports nock, which patches node:net for this file: undo it when the file ends.
restoreNockAfterAll();
const DB_ARCHIVE = 'vulnerability-db_v6.0.2_2026-11-26T00:00:00Z_1764115200.tar.gz';
const dbArchive = gzipSync(
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
function serveGrypeDb(): void {
  const listing = {
    status: 'active',
    schemaVersion: '6.0.2',
    built: new Date().toISOString(),
    path: DB_ARCHIVE,
    checksum: sha256(dbArchive),
  };
  dbServer.route('/databases/v6/latest.json', { kind: 'file', body: Buffer.from(JSON.stringify(listing)) });
  dbServer.route(`/databases/v6/${DB_ARCHIVE}`, { kind: 'file', body: dbArchive });
}

/** Problems with how the summary renders hostile text (empty: inert). */
export function summaryProblems(summary: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(summary)) problems.push('raw <script> in the summary');
  if (/\]\(javascript:/i.test(summary)) problems.push('javascript: link in the summary');
  if (/!\[[^\]]*\]\(https:\/\/evil/.test(summary)) problems.push('remote image from content in the summary');
  if (summary.includes(`<details open><summary>${CANARY}`)) problems.push('<details open> from content in the summary');
  if (/[\u202A-\u202E\u200B-\u200F\u2066-\u2069\uFEFF]/.test(summary))
    problems.push('invisible/bidi characters in the summary');
  const opens = (summary.match(/<details[\s>]/g) ?? []).length;
  const closes = (summary.match(/<\/details>/g) ?? []).length;
  if (opens !== closes) problems.push(`<details> ${opens} opened, ${closes} closed`);
  // Tables: every row has the header's number of cells (an unescaped | from content would add one).
  const lines = summary.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|.*\|$/.test(lines[i]!) || !/^\|(\s*:?-+:?\s*\|)+$/.test(lines[i + 1]!)) continue;
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const width = cells(lines[i]!);
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) {
      if (cells(lines[j]!) !== width) {
        problems.push(`table row ${j + 1} has a different number of cells than its header`);
        break;
      }
    }
  }
  if (summary.split('\n').some((line) => /^#{1,6} .*HOSTILE/.test(line))) problems.push('content became a heading');
  return problems;
}

const runs = new Map<string, ActionRun>();

function setUp(c: ReportCase): { inputs: Record<string, string>; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(work, 'case-'));
  const file = path.join(dir, c.action === 'scan' ? 'report.json' : 'hostile.cdx.json');
  if (c.report !== undefined)
    fs.writeFileSync(file, typeof c.report === 'string' ? c.report : JSON.stringify(c.report));
  const stderr: Record<string, string> = c.stderr ? { STANDIN_STDERR: c.stderr } : {};
  if (c.action === 'scan' && c.engine === 'grype') {
    return {
      inputs: {
        scanner: 'grype',
        'grype-path': STAND_INS.grype,
        'grype-db-url': `${dbServer.baseUrl}/databases/v6/latest.json`,
        'db-cache': 'false',
        'fail-on': 'none',
        ...(c.inputs ?? {}),
      },
      env: { GRYPE_STANDIN_REPORT: file, ...stderr },
    };
  }
  if (c.action === 'scan') {
    return {
      inputs: { 'trivy-path': STAND_INS.trivy, scanners: 'secret', 'fail-on': 'none', ...(c.inputs ?? {}) },
      env: { STANDIN_REPORT: file, ...stderr },
    };
  }
  return {
    inputs: { 'syft-path': STAND_INS.syft, 'upload-artifact': 'false', ...(c.inputs ?? {}) },
    env: {
      STANDIN_FIXTURE_DIR: dir,
      STANDIN_FIXTURES: JSON.stringify({ 'cyclonedx-json': path.basename(file) }),
      ...stderr,
    },
  };
}

describe('hostile report content through the stand-ins', () => {
  beforeAll(async () => {
    await dbServer.start();
    serveGrypeDb();
    await pool(REPORT_CASES, 3, async (c) => {
      const { inputs, env } = setUp(c);
      runs.set(c.id, await runHostile(c.action, { inputs, env, timeoutMs: 100_000 }));
    });
  }, 300_000);

  it.each(REPORT_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const run = runs.get(c.id)!;
    const problems = invariantViolations(run, { action: c.action });
    problems.push(...summaryProblems(run.summary));
    const failure = failureMessage(run);
    const gateFails = c.inputs?.['fail-on'] === 'high';
    if (c.expect === 'completes') {
      if (run.exitCode !== (gateFails ? 1 : 0)) problems.push(`expected the run to complete; ${describeRun(run)}`);
      if (c.action === 'scan' && run.outputs.gate !== (gateFails ? 'fail' : 'pass'))
        problems.push(`gate is '${run.outputs.gate}'`);
      if (gateFails && !failure) problems.push('the gate failure message is missing');
    } else {
      if (run.exitCode !== 1 || !/^Infrastructure failure/.test(failure))
        problems.push(`expected an infrastructure failure; ${describeRun(run)}`);
      if (c.action === 'scan' && run.outputs.gate !== 'error')
        problems.push(`gate is '${run.outputs.gate}', not error`);
      if (!/could not|failed|not completed|Infrastructure/i.test(run.summary))
        problems.push('the summary does not say what failed');
      const raw =
        c.action === 'scan' ? path.join(run.runnerTemp, 'supply-chain-scan', `${c.engine ?? 'trivy'}-report.json`) : '';
      if (raw && !fs.existsSync(raw)) problems.push('the raw report file was not kept');
    }
    if (c.cut && !/summary was cut/.test(run.summary)) problems.push('the summary cut is not announced');
    if (c.overflow && !run.commands.some((cmd) => cmd.command === 'notice' && /more finding/.test(cmd.message)))
      problems.push('the annotation overflow is not announced');
    if (run.summary.includes(CANARY) && c.report !== undefined && /commands|html/.test(c.id)) {
      // Hostile text may be shown, but only as inert text: checked by summaryProblems.
    }
    record({
      id: c.id,
      action: c.action,
      category: 'report content',
      description: c.description,
      expected: `${c.expect === 'completes' ? (gateFails ? 'gate fails cleanly' : 'completes') : 'infrastructure failure, gate error, summary says so, raw report kept'}; inert summary and log${c.cut ? '; cut announced' : ''}${c.overflow ? '; overflow announced' : ''}`,
      observed: problems.length
        ? `${describeRun(run)} — ${problems.join('; ')}`
        : `${describeRun(run)}; summary ${Buffer.byteLength(run.summary)} bytes, inert`,
      ok: problems.length === 0,
    });
    expect(problems).toEqual([]);
  });
});
