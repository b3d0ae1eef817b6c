/**
 * Faults as data: tool downloads from a loopback mirror that fails in every
 * way, a loopback OCI registry stub for the Trivy DB, a fake GitHub API that
 * refuses, and tool processes that crash. Each row names what the run must
 * do: a bounded retry where sensible, then a clear error, `gate: error`, a
 * summary that says what failed, report files kept — never a silent pass.
 *
 * The two slow cases run first and overlap the rest: a scanner that hangs
 * (the `timeout` input is in minutes and the process is stopped a minute
 * after it, so about two minutes) and a download that never answers (the
 * downloader's own bound, about three minutes).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, type ActionRun, type EventKind } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { ReleaseServer, buildTarGz, releasePath, sha256, type Answer } from '../unit/tool-installer/helpers.js';
import {
  STAND_INS,
  corpusRecorder,
  describeRun,
  failureMessage,
  invariantViolations,
  pool,
  runHostile,
} from './support/hostile-kit.js';

const record = corpusRecorder('faults');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-faults-'));
const releases = new ReleaseServer();
const api = new FakeGitHub();
const REPORT = path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'secrets.json.golden');

const TRIVY_VERSION = '0.74.9';
const TRIVY_ASSET = `trivy_${TRIVY_VERSION}_Linux-64bit.tar.gz`;
const trivyArchive = buildTarGz(work, TRIVY_ASSET, {
  trivy: fs.readFileSync(STAND_INS.trivy, 'utf8'),
  'contrib/html.tpl': 'template',
});
const SYFT_VERSION = '1.50.0';
const SYFT_ASSET = `syft_${SYFT_VERSION}_linux_amd64.tar.gz`;
const syftArchive = buildTarGz(work, SYFT_ASSET, { syft: fs.readFileSync(STAND_INS.syft, 'utf8'), LICENSE: 'x' });

/** A stand-in that answers the version probe, then kills itself with SIGKILL. */
const KILLED = path.join(work, 'killed-trivy.sh');
fs.writeFileSync(
  KILLED,
  `#!/bin/sh\nif [ "$1" = "--version" ]; then exec node '${STAND_INS.trivy}' "$@"; fi\nkill -9 $$\n`,
  { mode: 0o755 },
);

/** A loopback "registry" that answers every request with one status (and hangs for 'hang'). */
class StatusServer {
  private server: Server | undefined;
  readonly hits: Record<string, number> = {};
  constructor(private readonly answer: (prefix: string) => number | 'hang') {}
  get host(): string {
    return `127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const prefix = /\/(db-[^/]+)\//.exec(req.url ?? '')?.[1] ?? '';
      this.hits[prefix] = (this.hits[prefix] ?? 0) + 1;
      const status = this.answer(prefix);
      if (status === 'hang') return;
      res.writeHead(status, {
        'content-type': 'application/json',
        connection: 'close',
        ...(status === 429 ? { 'retry-after': '1' } : {}),
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: `status ${status}` }] }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
/** Repositories named db-<status> answer that status. */
const registry = new StatusServer((prefix) => {
  const m = /^db-(\d{3}|hang)$/.exec(prefix);
  return m ? (m[1] === 'hang' ? 'hang' : Number(m[1])) : 404;
});

type Expectation =
  /** exit 1, an "Infrastructure failure" (or configuration) error matching `message`, gate error, the summary says it. */
  | { kind: 'error'; message: RegExp; maxAttempts?: number; keepsReport?: boolean }
  /** completes; `warning` (if given) must be among the warnings. */
  | { kind: 'completes'; warning?: RegExp; attempts?: number };

interface FaultCase {
  id: string;
  action: 'scan' | 'sbom';
  category: string;
  description: string;
  /** Release-server routes (path → answers) for the download cases. */
  routes?: (prefix: string) => Record<string, Answer[]>;
  inputs: (ctx: Ctx) => Record<string, string>;
  env?: (ctx: Ctx) => Record<string, string>;
  event?: EventKind;
  /** Fake GitHub routes. */
  github?: (api: FakeGitHub) => void;
  expect: Expectation;
  /** Harness kill timer. */
  timeoutMs?: number;
  /** A gap this corpus found and that is not fixed: recorded, not asserted. */
  knownGap?: string;
}

interface Ctx {
  mirror: string;
  registry: string;
  api: string;
}

const trivyFrom = (ctx: Ctx, digest = sha256(trivyArchive)) => ({
  scanners: 'secret',
  'fail-on': 'none',
  'trivy-version': TRIVY_VERSION,
  'trivy-sha256': digest,
  'tools-mirror': ctx.mirror,
});
const trivyRoute = (prefix: string, ...answers: Answer[]) => ({
  [releasePath('aquasecurity/trivy', TRIVY_VERSION, TRIVY_ASSET, prefix)]: answers,
});
const file = (body: Buffer): Answer => ({ kind: 'file', body });
const status = (code: number): Answer => ({ kind: 'status', status: code });
const standIn = { 'trivy-path': STAND_INS.trivy, scanners: 'secret', 'fail-on': 'none' };
const vulnScan = (ctx: Ctx, repo: string) => ({
  'trivy-path': STAND_INS.trivy,
  scanners: 'vuln',
  'db-repository': `${ctx.registry}/${repo}/trivy-db:2`,
  'db-cache': 'false',
});
const publishing = { ...standIn, 'check-run': 'true', 'pr-comment': 'true', 'upload-sarif': 'true' };

export const FAULT_CASES: FaultCase[] = [
  // ---- tool downloads ----
  {
    id: 'download-503',
    action: 'scan',
    category: 'tool download',
    description: 'mirror answers 503 to every attempt',
    routes: (p) => trivyRoute(p, status(503)),
    inputs: (ctx) => trivyFrom(ctx),
    expect: { kind: 'error', message: /download|503|Unexpected HTTP/i, maxAttempts: 3 },
  },
  {
    id: 'download-429-then-ok',
    action: 'scan',
    category: 'tool download',
    description: 'mirror answers 429 once, then the asset',
    routes: (p) => trivyRoute(p, status(429), file(trivyArchive)),
    inputs: (ctx) => trivyFrom(ctx),
    expect: { kind: 'completes', attempts: 2 },
  },
  {
    id: 'download-truncated',
    action: 'scan',
    category: 'tool download',
    description: 'mirror drops the connection half-way through every attempt',
    routes: (p) => trivyRoute(p, { kind: 'truncate', body: trivyArchive, sent: Math.floor(trivyArchive.length / 2) }),
    inputs: (ctx) => trivyFrom(ctx),
    expect: {
      kind: 'error',
      message: /download|aborted|closed|ECONNRESET|terminated|digest|sha-?256/i,
      maxAttempts: 3,
    },
  },
  {
    id: 'download-wrong-digest',
    action: 'scan',
    category: 'tool download',
    description: 'asset does not match trivy-sha256 (nothing is run)',
    routes: (p) => trivyRoute(p, file(trivyArchive)),
    inputs: (ctx) => trivyFrom(ctx, 'f'.repeat(64)),
    expect: { kind: 'error', message: /sha-?256|digest/i, maxAttempts: 1 },
  },
  {
    id: 'download-404',
    action: 'scan',
    category: 'tool download',
    description: 'mirror answers 404 (no retry)',
    routes: (p) => trivyRoute(p, status(404)),
    inputs: (ctx) => trivyFrom(ctx),
    expect: { kind: 'error', message: /404|not found|download/i, maxAttempts: 1 },
  },
  {
    id: 'download-hang',
    action: 'scan',
    category: 'tool download',
    description: 'mirror accepts the connection and never answers',
    inputs: (ctx) => ({ ...trivyFrom(ctx), 'tools-mirror': `http://${ctx.registry}/db-hang` }),
    expect: { kind: 'error', message: /time|download/i },
    // The downloader drops a silent socket after 60 s and tries 3 times (2 s + 4 s backoff):
    // the run must end by itself, with a clear error, after about 3 min 6 s.
    timeoutMs: 230_000,
  },
  {
    id: 'sbom-download-wrong-digest',
    action: 'sbom',
    category: 'tool download',
    description: 'Syft asset does not match syft-sha256',
    routes: (p) => ({ [releasePath('anchore/syft', SYFT_VERSION, SYFT_ASSET, p)]: [file(syftArchive)] }),
    inputs: (ctx) => ({
      'syft-version': SYFT_VERSION,
      'syft-sha256': 'e'.repeat(64),
      'tools-mirror': ctx.mirror,
      'upload-artifact': 'false',
    }),
    expect: { kind: 'error', message: /sha-?256|digest/i, maxAttempts: 1 },
  },
  // ---- vulnerability DB registry ----
  ...[401, 403, 404, 500, 503].map((code): FaultCase => ({
    id: `db-registry-${code}`,
    action: 'scan',
    category: 'DB registry',
    description: `db-repository answers ${code}`,
    inputs: (ctx) => vulnScan(ctx, `db-${code}`),
    expect: { kind: 'error', message: new RegExp(`${code}|trivy-db|DB`, 'i') },
  })),
  ...[404, 503].map((code): FaultCase => ({
    id: `checks-registry-${code}`,
    action: 'scan',
    category: 'DB registry',
    description: `checks-bundle-repository answers ${code}`,
    inputs: (ctx) => ({
      'trivy-path': STAND_INS.trivy,
      scanners: 'misconfig',
      'checks-bundle-repository': `${ctx.registry}/db-${code}/trivy-checks:1`,
      'db-cache': 'false',
    }),
    expect: { kind: 'error', message: new RegExp(`checks bundle.*${code}`, 'i') },
  })),
  // ---- GitHub API ----
  ...[
    [403, 'pull_request', 'fork-like 403 (no permission)'],
    [404, 'pull_request', '404'],
    [422, 'pull_request', '422 (unprocessable)'],
  ].map(([code, event, what]): FaultCase => ({
    id: `github-${code}`,
    action: 'scan',
    category: 'GitHub API',
    description: `check run, PR comment and SARIF upload all answer ${what}`,
    event: event as EventKind,
    inputs: () => publishing,
    github: (fake) =>
      fake
        .on('POST', /./, () => ({ status: Number(code), body: { message: `status ${code}` } }))
        .on('GET', /./, () => ({ status: Number(code), body: { message: `status ${code}` } })),
    expect: { kind: 'completes', warning: /check run|comment|SARIF|code scanning/i },
  })),
  {
    id: 'github-secondary-rate-limit',
    action: 'scan',
    category: 'GitHub API',
    description: 'secondary rate limit (403 + retry-after: 1) once per call, then success',
    event: 'pull_request',
    inputs: () => ({ ...standIn, 'check-run': 'true' }),
    github: (fake) => {
      let n = 0;
      fake.on('POST', /check-runs$/, () =>
        n++ === 0
          ? {
              status: 403,
              body: { message: 'You have exceeded a secondary rate limit.' },
              headers: { 'retry-after': '1' },
            }
          : { status: 201, body: { id: 1, html_url: 'https://github.com/octo-org/app/runs/1' } },
      );
    },
    expect: { kind: 'completes' },
  },
  {
    id: 'github-401-echoes-token',
    action: 'scan',
    category: 'secrets',
    description: 'GitHub API error whose message echoes the Authorization header (the token must not be repeated)',
    event: 'pull_request',
    inputs: () => ({ ...standIn, 'check-run': 'true' }),
    github: (fake) =>
      fake.on('POST', /./, (req) => ({
        status: 401,
        body: { message: `Bad credentials: ${String(req.headers.authorization)}` },
      })),
    expect: { kind: 'completes', warning: /check run|credentials|401/i },
  },
  {
    id: 'sbom-snapshot-422',
    action: 'sbom',
    category: 'GitHub API',
    description: 'dependency snapshot answers 422',
    inputs: () => ({ 'syft-path': STAND_INS.syft, 'upload-artifact': 'false', 'dependency-snapshot': 'true' }),
    github: (fake) => fake.on('POST', /./, () => ({ status: 422, body: { message: 'Invalid request' } })),
    expect: { kind: 'error', message: /snapshot|dependency|422/i },
  },
  // ---- the tool process ----
  {
    id: 'tool-crash',
    action: 'scan',
    category: 'tool process',
    description: 'scanner exits 2 with a Go panic on stderr',
    inputs: () => standIn,
    env: () => ({
      STANDIN_EXIT: '2',
      STANDIN_STDERR: 'panic: runtime error: invalid memory address\ngoroutine 1 [running]:\n',
    }),
    expect: { kind: 'error', message: /exited with code 2/ },
  },
  {
    id: 'tool-exit-1-silent',
    action: 'scan',
    category: 'tool process',
    description: 'scanner exits 1 without any output',
    inputs: () => standIn,
    env: () => ({ STANDIN_EXIT: '1' }),
    expect: { kind: 'error', message: /exited with code 1/ },
  },
  {
    id: 'tool-report-then-exit-3',
    action: 'scan',
    category: 'tool process',
    description: 'scanner writes its report, then exits 3 (the report must be kept)',
    inputs: () => standIn,
    env: () => ({ STANDIN_REPORT: REPORT, STANDIN_EXIT: '3' }),
    expect: { kind: 'error', message: /exited with code 3/, keepsReport: true },
  },
  {
    id: 'tool-no-report',
    action: 'scan',
    category: 'tool process',
    description: 'scanner exits 0 without writing a report',
    inputs: () => standIn,
    env: () => ({ STANDIN_REPORT: '' }),
    expect: { kind: 'error', message: /wrote no JSON report/ },
  },
  {
    id: 'tool-killed',
    action: 'scan',
    category: 'tool process',
    description: 'scanner killed by SIGKILL (the path a timeout takes)',
    inputs: () => ({ ...standIn, 'trivy-path': KILLED }),
    expect: { kind: 'error', message: /SIGKILL|exited/ },
  },
  {
    id: 'tool-hang',
    action: 'scan',
    category: 'tool process',
    description: 'scanner never exits (input timeout: 1 minute)',
    inputs: () => ({ ...standIn, timeout: '1' }),
    env: () => ({ STANDIN_HANG: '1' }),
    expect: { kind: 'error', message: /did not finish within 1 minutes and was stopped/ },
    // Stopped a minute after the scanner's own timeout: about 2 minutes.
    timeoutMs: 200_000,
  },
  {
    id: 'sbom-tool-crash',
    action: 'sbom',
    category: 'tool process',
    description: 'Syft exits 1 without output',
    inputs: () => ({ 'syft-path': STAND_INS.syft, 'upload-artifact': 'false' }),
    env: () => ({ STANDIN_EXIT: '1' }),
    expect: { kind: 'error', message: /exited with code 1/ },
  },
  {
    id: 'ghcr-token-to-tool',
    action: 'scan',
    category: 'secrets',
    description: 'ghcr.io image: the token is handed to the tool as a registry password, and the tool fails',
    inputs: () => ({
      'trivy-path': STAND_INS.trivy,
      image: 'ghcr.io/octo-org/app:1',
      'fail-on': 'none',
      scanners: 'secret',
    }),
    env: () => ({
      TRIVY_PASSWORD: '',
      TRIVY_USERNAME: '',
      STANDIN_EXIT: '1',
      STANDIN_STDERR: 'UNAUTHORIZED: authentication required\n',
    }),
    expect: { kind: 'error', message: /exited with code 1/ },
  },
];

const runs = new Map<string, { run: ActionRun; attempts: number; apiCalls: number }>();

describe('faults', () => {
  beforeAll(async () => {
    await Promise.all([releases.start(), api.start(), registry.start()]);
    // Cases share the servers: routes are per case (a prefix each), the fake API is one per batch.
    const apiCases = FAULT_CASES.filter((c) => c.github);
    // The slowest cases first, so that they overlap the rest.
    const others = FAULT_CASES.filter((c) => !c.github).sort((a, b) => (b.timeoutMs ?? 0) - (a.timeoutMs ?? 0));
    await Promise.all([
      pool(others, 6, async (c) => {
        const prefix = `/${c.id}`;
        for (const [route, answers] of Object.entries(c.routes?.(prefix) ?? {})) releases.route(route, ...answers);
        const ctx: Ctx = { mirror: `${releases.baseUrl}${prefix}`, registry: registry.host, api: api.apiUrl };
        const run = await runHostile(c.action, {
          inputs: c.inputs(ctx),
          env: { STANDIN_REPORT: REPORT, ...(c.env?.(ctx) ?? {}) },
          ...(c.event ? { event: c.event } : {}),
          timeoutMs: c.timeoutMs ?? 100_000,
        });
        const attempts = releases.requests.filter((r) => r.startsWith(`${prefix}/`)).length;
        runs.set(c.id, { run, attempts, apiCalls: 0 });
      }),
      (async () => {
        for (const c of apiCases) {
          api.reset();
          c.github!(api);
          const ctx: Ctx = { mirror: '', registry: registry.host, api: api.apiUrl };
          const run = await runHostile(c.action, {
            inputs: c.inputs(ctx),
            env: {
              STANDIN_REPORT: REPORT,
              GITHUB_API_URL: api.apiUrl,
              GITHUB_REF: 'refs/pull/7/merge',
              ...(c.env?.(ctx) ?? {}),
            },
            ...(c.event ? { event: c.event } : {}),
            timeoutMs: c.timeoutMs ?? 100_000,
          });
          runs.set(c.id, { run, attempts: 0, apiCalls: api.requests.length });
        }
      })(),
    ]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([releases.stop(), api.stop(), registry.stop()]);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it.each(FAULT_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { run, attempts, apiCalls } = runs.get(c.id)!;
    const problems = invariantViolations(run, { action: c.action });
    const failure = failureMessage(run);
    const warnings = run.commands
      .filter((cmd) => cmd.command === 'warning' && !cmd.properties.file)
      .map((cmd) => cmd.message);
    const e = c.expect;
    let expected: string;
    if (e.kind === 'error') {
      expected = `clear error (${e.message.source})${e.maxAttempts ? `, at most ${e.maxAttempts} attempt(s)` : ''}${c.action === 'scan' ? ', gate error' : ''}, summary says so${e.keepsReport ? ', report kept' : ''}`;
      if (run.exitCode !== 1) problems.push(`exit ${run.exitCode}, not 1`);
      if (!e.message.test(failure))
        problems.push(`failure message does not match: '${failure.split('\n')[0]!.slice(0, 120)}'`);
      if (/^Unexpected error/.test(failure)) problems.push('reported as a bug (Unexpected error)');
      if (c.action === 'scan' && run.outputs.gate !== 'error')
        problems.push(`gate is '${run.outputs.gate ?? ''}', not error`);
      if (!/could not be (completed|produced)|failed/i.test(run.summary))
        problems.push('the summary does not say what failed');
      if (e.maxAttempts !== undefined && attempts > e.maxAttempts)
        problems.push(`${attempts} download attempts (at most ${e.maxAttempts})`);
      if (e.keepsReport && !fs.existsSync(path.join(run.runnerTemp, 'supply-chain-scan', 'trivy-report.json')))
        problems.push('the report file was not kept');
    } else {
      expected = `completes${e.warning ? `, with a warning (${e.warning.source})` : ''}${e.attempts ? `, after ${e.attempts} attempts` : ''}`;
      if (run.exitCode !== 0) problems.push(`expected to complete; ${describeRun(run)}`);
      if (e.warning && !warnings.some((w) => e.warning!.test(w)))
        problems.push(`no warning matching ${e.warning.source} (warnings: ${warnings.join(' / ').slice(0, 200)})`);
      if (e.attempts !== undefined && attempts !== e.attempts)
        problems.push(`${attempts} download attempts, expected ${e.attempts}`);
    }
    const observed = `${describeRun(run)}${attempts ? `; ${attempts} download attempt(s)` : ''}${apiCalls ? `; ${apiCalls} API call(s)` : ''}; ${(run.durationMs / 1000).toFixed(1)} s${
      warnings.length && e.kind === 'completes' ? `; warning: ${warnings[0]!.slice(0, 100)}` : ''
    }`;
    if (run.stdout.includes(`Bearer ${FAKE_GITHUB_TOKEN}`) || run.stdout.includes(`token ${FAKE_GITHUB_TOKEN}`))
      problems.push('the Authorization header was logged');
    if (c.knownGap) {
      record({
        id: c.id,
        action: c.action,
        category: c.category,
        description: c.description,
        expected,
        observed: `KNOWN GAP: ${c.knownGap}. ${problems.length ? problems.join('; ') : 'now passes: remove knownGap'}`,
        ok: false,
      });
      return;
    }
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
