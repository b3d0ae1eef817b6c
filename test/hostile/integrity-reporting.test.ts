/**
 * Issue 13, items 3, 5, 7, 8 and 9 through the built scan bundle: a forged
 * tool-cache entry, an oversized Grype DB listing, malformed scanner reports,
 * mentions and invisible text in what GitHub renders, and the sticky comment
 * planted by another bot. (Items 4 and 6 — total download deadlines and the
 * redirect policy — are proven at the unit level: a minutes-long trickle and
 * a non-loopback https server do not fit this corpus; see
 * test/unit/tool-installer/http-download.test.ts and
 * test/unit/action-kit/http-policy.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { stickyMarker } from '@scs/github-report';
import { REPO_ROOT, type ActionRun, type EventKind } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { ReleaseServer, buildTarGz, releasePath, restoreNockAfterAll, sha256 } from '../unit/tool-installer/helpers.js';
import { makeTar } from '../unit/vuln-db/helpers.js';
import {
  STAND_INS,
  corpusRecorder,
  describeRun,
  failureMessage,
  invariantViolations,
  pool,
  runHostile,
} from './support/hostile-kit.js';

const record = corpusRecorder('integrity-reporting');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-integrity-'));
const releases = new ReleaseServer();
const api = new FakeGitHub();
restoreNockAfterAll();

// ---- fixtures ------------------------------------------------------------------------------------

/** The real report from the issue: alpine 3.9, 2 critical and 4 medium vulnerabilities. */
const ALPINE = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'alpine-39.json.golden'), 'utf8'),
) as {
  Results: Record<string, unknown>[];
} & Record<string, unknown>;
const GRYPE = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'grype', 'TestJsonImgsPresenter.golden.json'), 'utf8'),
) as {
  matches: Record<string, Record<string, unknown>>[];
} & Record<string, unknown>;

function mutated<T>(doc: T, change: (copy: T) => void): T {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}
const vulns = (doc: typeof ALPINE) => doc.Results[0]!.Vulnerabilities as Record<string, unknown>[];

/** A Trivy release for a version that is not pinned, served by the loopback mirror (the stand-in inside). */
const UNPINNED = '0.74.9';
const UNPINNED_ASSET = `trivy_${UNPINNED}_Linux-64bit.tar.gz`;
const trivyArchive = buildTarGz(work, UNPINNED_ASSET, { trivy: fs.readFileSync(STAND_INS.trivy, 'utf8') });

/** Plants `$RUNNER_TOOL_CACHE/trivy/<version>/x64` as in the issue: a binary that leaves a mark, a forged record, the .complete flag. */
function plantToolCache(
  version: string,
  assetSha256: string,
  extra: (dir: string) => void = () => undefined,
): { toolCache: string; mark: string } {
  const toolCache = fs.mkdtempSync(path.join(work, 'tool-cache-'));
  const mark = path.join(toolCache, 'PLANTED-BINARY-RAN');
  const dir = path.join(toolCache, 'trivy', version, 'x64');
  fs.mkdirSync(dir, { recursive: true });
  const planted = `#!/bin/sh\necho ran >> '${mark}'\necho 'Version: ${version}'\n`;
  fs.writeFileSync(path.join(dir, 'trivy'), planted, { mode: 0o755 });
  const forged = {
    tool: 'trivy',
    version,
    asset: `trivy_${version}_Linux-64bit.tar.gz`,
    assetSha256,
    binary: 'trivy',
    binarySha256: sha256(planted),
  };
  fs.writeFileSync(path.join(dir, '.scs-install.json'), JSON.stringify(forged));
  fs.writeFileSync(`${dir}.complete`, '');
  extra(dir);
  return { toolCache, mark };
}

/** The pinned Trivy 0.75.0 linux-x64 archive digest (packages/tool-installer/src/pins.json). */
const PINNED_TRIVY_SHA256 = 'c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f';

// A Grype DB listing that never ends (400 MB, chunked), and a small valid DB for the Grype report cases.
let written = 0;
let hugeListing: Server;
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

// ---- cases -----------------------------------------------------------------------------------------

interface Ctx {
  mirror: string;
  dbListing: string;
  hugeListing: string;
  file: (name: string, content: unknown) => string;
}

interface Case {
  id: string;
  category: string;
  description: string;
  expected: string;
  event?: EventKind;
  github?: (fake: FakeGitHub) => void;
  setUp: (ctx: Ctx) => {
    inputs: Record<string, string>;
    env?: Record<string, string>;
    toolCache?: string;
    mark?: string;
  };
  check: (run: ActionRun, extra: { mark?: string; api: FakeGitHub }) => string[];
}

const SECRETS_REPORT = path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'secrets.json.golden');
const trivyWith = (ctx: Ctx, report: unknown, failOn = 'low') => {
  const file = ctx.file('report.json', report);
  // scanners: secret keeps the action from fetching a vulnerability DB; the stand-in replays the report whatever it holds.
  return {
    inputs: { 'trivy-path': STAND_INS.trivy, scanners: 'secret', 'fail-on': failOn },
    env: { STANDIN_REPORT: file, TRIVY_STANDIN_REPORT: file },
  };
};
const grypeWith = (ctx: Ctx, report: unknown) => {
  const file = ctx.file('grype.json', report);
  return {
    inputs: {
      scanner: 'grype',
      'grype-path': STAND_INS.grype,
      'grype-db-url': ctx.dbListing,
      'db-cache': 'false',
      'fail-on': 'low',
    },
    env: { GRYPE_STANDIN_REPORT: file },
  };
};

function infraError(run: ActionRun, message: RegExp): string[] {
  const problems: string[] = [];
  const failure = failureMessage(run);
  if (run.exitCode !== 1) problems.push(`exit ${run.exitCode}, not 1`);
  if (!/^Infrastructure failure/.test(failure))
    problems.push(`not an infrastructure failure: '${failure.split('\n')[0]!.slice(0, 160)}'`);
  if (!message.test(failure)) problems.push(`failure does not match ${message.source}: '${failure.slice(0, 600)}'`);
  if (run.outputs.gate !== 'error') problems.push(`gate is '${run.outputs.gate ?? ''}', not error`);
  return problems;
}

const warnings = (run: ActionRun) =>
  run.commands.filter((c) => c.command === 'warning' && !c.properties.file).map((c) => c.message);
const plantedRan = (mark: string | undefined) => (mark && fs.existsSync(mark) ? ['the planted binary RAN'] : []);

const SHAPE_ERROR = (detail: string) =>
  new RegExp(`unexpected report shape: ${detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Text GitHub shows that would notify: an @ directly followed by a name (our zero-width space, as entity or character, breaks it). */
const LIVE_MENTION = /@(octocat|acme)/;
const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF]|[\u{E0000}-\u{E007F}]/u;

const MENTIONS_REPORT = {
  SchemaVersion: 2,
  ArtifactName: '.',
  ArtifactType: 'filesystem',
  Results: [
    {
      Target: 'docs/@octocat/notes.md',
      Class: 'secret',
      Secrets: [
        {
          RuleID: 'github-pat',
          Category: 'GitHub',
          Severity: 'CRITICAL',
          Title: 'cc @acme/security-team: token\u{E0041}\u{E0042} leaked\u061C\u00AD\u3164\u115F\u180E here',
          StartLine: 3,
          EndLine: 3,
          Match: 'token = ghp_****** @octocat\u202E',
        },
      ],
    },
  ],
};

const CASES: Case[] = [
  // ---- item 3: forged tool-cache entries ----
  {
    id: 'cache-forged-pinned',
    category: 'tool cache',
    description:
      'the forgery from the issue: a planted trivy in $RUNNER_TOOL_CACHE/trivy/0.75.0/x64 with .complete and a record naming the pinned archive digest and the fake binary digest',
    expected:
      'refused (checked against the committed pins, not the record); never run; a warning says why; the reinstall from the (here unreachable) release fails clearly',
    setUp: (ctx) => {
      const { toolCache, mark } = plantToolCache('0.75.0', PINNED_TRIVY_SHA256);
      return { inputs: { scanners: 'secret', 'fail-on': 'none', 'tools-mirror': ctx.mirror }, toolCache, mark };
    },
    check: (run, { mark }) => [
      ...plantedRan(mark),
      ...infraError(run, /Downloading trivy 0\.75\.0 .* 404/),
      ...(warnings(run).some((w) =>
        /Cached trivy 0\.75\.0 .* failed verification \(it does not keep the release archive/.test(w),
      )
        ? []
        : [`no warning naming the failed check (${warnings(run).join(' / ').slice(0, 200)})`]),
    ],
  },
  {
    id: 'cache-forged-unpinned',
    category: 'tool cache',
    description:
      'the same forgery for a version given with trivy-sha256 (the record holds that digest), the genuine archive on the mirror',
    expected:
      'refused; reinstalled from the verified archive; the scan completes with the genuine binary; the planted one never runs',
    setUp: (ctx) => {
      const { toolCache, mark } = plantToolCache(UNPINNED, sha256(trivyArchive));
      return {
        inputs: {
          scanners: 'secret',
          'fail-on': 'none',
          'trivy-version': UNPINNED,
          'trivy-sha256': sha256(trivyArchive),
          'tools-mirror': ctx.mirror,
        },
        env: { STANDIN_REPORT: SECRETS_REPORT, TRIVY_STANDIN_REPORT: SECRETS_REPORT },
        toolCache,
        mark,
      };
    },
    check: (run, { mark }) => [
      ...plantedRan(mark),
      ...(run.exitCode === 0 ? [] : [`expected to complete: ${describeRun(run)}`]),
      ...(warnings(run).some((w) => /failed verification/.test(w)) ? [] : ['no warning']),
      ...(/Installed trivy 0\.74\.9/.test(run.stdout) ? [] : ['not reinstalled']),
    ],
  },
  {
    id: 'cache-planted-beside-genuine-archive',
    category: 'tool cache',
    description:
      'a planted binary next to a genuine copy of the verified archive (.scs-asset/) and a matching forged record',
    expected: 'refused: the binary is not the archive member; reinstalled; the planted one never runs',
    setUp: (ctx) => {
      const { toolCache, mark } = plantToolCache(UNPINNED, sha256(trivyArchive), (dir) => {
        fs.mkdirSync(path.join(dir, '.scs-asset'));
        fs.writeFileSync(path.join(dir, '.scs-asset', UNPINNED_ASSET), trivyArchive);
      });
      return {
        inputs: {
          scanners: 'secret',
          'fail-on': 'none',
          'trivy-version': UNPINNED,
          'trivy-sha256': sha256(trivyArchive),
          'tools-mirror': ctx.mirror,
        },
        env: { STANDIN_REPORT: SECRETS_REPORT, TRIVY_STANDIN_REPORT: SECRETS_REPORT },
        toolCache,
        mark,
      };
    },
    check: (run, { mark }) => [
      ...plantedRan(mark),
      ...(run.exitCode === 0 ? [] : [`expected to complete: ${describeRun(run)}`]),
      ...(warnings(run).some((w) => /in the verified trivy_0\.74\.9_Linux-64bit\.tar\.gz has/.test(w))
        ? []
        : [`no warning naming the member mismatch (${warnings(run).join(' / ').slice(0, 200)})`]),
    ],
  },
  // ---- item 7: malformed reports fail closed ----
  ...(
    [
      [
        'Vulnerabilities is an object',
        (d: typeof ALPINE) =>
          void (d.Results[0]!.Vulnerabilities = Object.fromEntries(vulns(d).map((v, i) => [String(i), v]))),
        'Results[0].Vulnerabilities is an object, expected an array',
      ],
      [
        'VulnerabilityID is renamed',
        (d: typeof ALPINE) => vulns(d).forEach((v) => ((v.VulnID = v.VulnerabilityID), delete v.VulnerabilityID)),
        'Results[0].Vulnerabilities[0].VulnerabilityID is missing',
      ],
      [
        'Results are nested one level deeper',
        (d: typeof ALPINE) => void (d.Results = [{ Results: d.Results }]),
        'Results[0].Target is missing',
      ],
      [
        'severities are unknown strings',
        (d: typeof ALPINE) => vulns(d).forEach((v) => (v.Severity = 'SEVERE')),
        'Results[0].Vulnerabilities[0].Severity is the string "SEVERE"',
      ],
    ] as const
  ).map(([what, change, detail], i): Case => ({
    id: `report-shape-trivy-${i}`,
    category: 'report shape',
    description: `the real alpine report (2 critical, 4 medium), fail-on: low, where ${what}`,
    expected: 'an infrastructure error naming the unexpected path; gate error; never "no findings"',
    setUp: (ctx) => trivyWith(ctx, mutated(ALPINE, change)),
    check: (run) => infraError(run, SHAPE_ERROR(detail)),
  })),
  {
    id: 'report-shape-grype-id',
    category: 'report shape',
    description: "a real Grype report (1 critical, 1 low), fail-on: low, with every match's vulnerability.id renamed",
    expected: 'an infrastructure error naming matches[0].vulnerability.id; gate error',
    setUp: (ctx) =>
      grypeWith(
        ctx,
        mutated(GRYPE, (d) =>
          d.matches.forEach((m) => ((m.vulnerability!.ID = m.vulnerability!.id), delete m.vulnerability!.id)),
        ),
      ),
    check: (run) => infraError(run, SHAPE_ERROR('matches[0].vulnerability.id is missing')),
  },
  {
    id: 'report-unknown-gates-at-low',
    category: 'report shape',
    description: 'a finding Trivy rates UNKNOWN (its own name), fail-on: low',
    expected: 'counts as unknown and trips fail-on: low (documented); gate fail',
    setUp: (ctx) =>
      trivyWith(
        ctx,
        mutated(ALPINE, (d) => vulns(d).forEach((v) => (v.Severity = 'UNKNOWN'))),
      ),
    check: (run) =>
      run.exitCode === 1 && run.outputs.gate === 'fail' ? [] : [`expected the gate to fail: ${describeRun(run)}`],
  },
  // ---- item 5: bounded reads ----
  {
    id: 'grype-listing-400mb',
    category: 'bounded read',
    description: 'the Grype DB listing (cap 1 MiB) is 400 MB of chunked data',
    expected: 'refused once 1 MiB has arrived, naming the cap; far less than the listing is ever received',
    setUp: (ctx) => ({
      inputs: {
        scanner: 'grype',
        'grype-path': STAND_INS.grype,
        'grype-db-url': ctx.hugeListing,
        'db-cache': 'false',
        'fail-on': 'none',
      },
    }),
    check: (run) => [
      ...infraError(run, /over the 1048576-byte limit/),
      ...(written < 64 * 1024 * 1024 ? [] : [`${written} bytes were sent before the action stopped reading`]),
    ],
  },
  // ---- item 8: mentions and invisible text ----
  {
    id: 'mentions-invisible',
    category: 'GitHub rendering',
    description:
      'a secret in docs/@octocat/notes.md titled "cc @acme/security-team" with Unicode tag characters, U+061C, U+00AD, U+3164, U+115F, U+180E and an RTL override; check run and PR comment on',
    expected:
      'no live @mention and none of those characters in the summary, the PR comment or the check run (title, text, annotations)',
    event: 'pull_request',
    github: (fake) =>
      fake
        .on('GET', /\/user$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }))
        .on('POST', /\/graphql$/, () => ({
          status: 200,
          body: { data: { viewer: { login: 'github-actions', __typename: 'Bot' } } },
        }))
        .on('GET', /\/issues\/7\/comments/, () => ({ status: 200, body: [] }))
        .on('POST', /\/issues\/7\/comments$/, () => ({
          status: 201,
          body: { id: 1, html_url: 'https://github.com/octo-org/app/pull/7#issuecomment-1' },
        }))
        .on('POST', /\/check-runs$/, () => ({
          status: 201,
          body: { id: 5, html_url: 'https://github.com/octo-org/app/runs/5' },
        }))
        .on('PATCH', /\/check-runs\/5$/, () => ({ status: 200, body: { id: 5 } })),
    setUp: (ctx) => {
      const base = trivyWith(ctx, MENTIONS_REPORT, 'none');
      return { ...base, inputs: { ...base.inputs, scanners: 'secret', 'check-run': 'true', 'pr-comment': 'true' } };
    },
    check: (run, { api: fake }) => {
      const problems: string[] = [];
      const comment = fake.requests.find((r) => r.method === 'POST' && /\/issues\/7\/comments$/.test(r.path));
      const checkRuns = fake.requests.filter((r) => /\/check-runs/.test(r.path));
      if (!comment) problems.push('no PR comment was posted');
      if (checkRuns.length === 0) problems.push('no check run was created');
      const places: [string, string][] = [
        ['the summary', run.summary],
        ['the PR comment', JSON.stringify(comment?.body ?? '')],
        // an annotation's `path` is the file's real path (GitHub links it; it is not rendered as text)
        ['the check run', JSON.stringify(checkRuns.map((r) => r.body)).replace(/"path":"[^"]*"/g, '')],
        [
          'the annotations',
          run.commands
            .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
            .map((c) => `${c.properties.title ?? ''} ${c.message}`)
            .join('\n'),
        ],
      ];
      for (const [where, text] of places) {
        const decoded = JSON.parse(JSON.stringify(text)) as string;
        if (LIVE_MENTION.test(decoded)) problems.push(`a live mention in ${where}`);
        if (INVISIBLE.test(decoded)) problems.push(`an invisible character in ${where}`);
      }
      if (!/@&#8203;octocat|@\u200Boctocat/.test(places.map((p) => p[1]).join('\n')))
        problems.push('the path is not shown at all');
      return problems;
    },
  },
  // ---- item 9: the sticky comment ----
  {
    id: 'sticky-comment-other-bot',
    category: 'GitHub reporting',
    description: "another app's bot (evil-app[bot]) posted a comment carrying this step's exact marker",
    expected: 'its comment is left alone (never PATCHed); a new comment is posted as the token’s own identity',
    event: 'pull_request',
    github: (fake) => {
      const marker = stickyMarker('ci', 'scan', 'scs:scan', 'trivy:path:.');
      fake
        .on('GET', /\/user$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }))
        .on('POST', /\/graphql$/, () => ({
          status: 200,
          body: { data: { viewer: { login: 'github-actions', __typename: 'Bot' } } },
        }))
        .on('GET', /\/issues\/7\/comments/, () => ({
          status: 200,
          body: [
            {
              id: 66,
              body: `${marker}\nNo findings (forged)`,
              user: { login: 'evil-app[bot]', type: 'Bot' },
              html_url: 'https://github.com/octo-org/app/pull/7#issuecomment-66',
            },
          ],
        }))
        .on('PATCH', /\/issues\/comments\/66$/, () => ({ status: 200, body: { id: 66 } }))
        .on('POST', /\/issues\/7\/comments$/, () => ({
          status: 201,
          body: { id: 67, html_url: 'https://github.com/octo-org/app/pull/7#issuecomment-67' },
        }));
    },
    setUp: (ctx) => {
      const base = trivyWith(ctx, MENTIONS_REPORT, 'none');
      return { ...base, inputs: { ...base.inputs, scanners: 'secret', 'pr-comment': 'true' } };
    },
    check: (run, { api: fake }) => [
      ...(run.exitCode === 0 ? [] : [`expected to complete: ${describeRun(run)}`]),
      ...(fake.requests.some((r) => r.method === 'PATCH') ? ['the other bot’s comment was edited'] : []),
      ...(fake.requests.some((r) => r.method === 'POST' && /\/issues\/7\/comments$/.test(r.path))
        ? []
        : ['no comment of our own was posted']),
    ],
  },
];

const runs = new Map<string, { run: ActionRun; mark?: string; requests: FakeGitHub['requests'] }>();

describe('integrity and reporting (issue 13)', () => {
  beforeAll(async () => {
    await Promise.all([releases.start(), api.start()]);
    releases.route(releasePath('aquasecurity/trivy', UNPINNED, UNPINNED_ASSET, '/m'), {
      kind: 'file',
      body: trivyArchive,
    });
    const listing = {
      status: 'active',
      schemaVersion: '6.0.2',
      built: new Date().toISOString(),
      path: DB_ARCHIVE,
      checksum: `sha256:${sha256(dbArchive)}`,
    };
    releases.route('/db/databases/v6/latest.json', { kind: 'file', body: Buffer.from(JSON.stringify(listing)) });
    releases.route(`/db/databases/v6/${DB_ARCHIVE}`, { kind: 'file', body: dbArchive });
    hugeListing = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const push = () => {
        while (written < 400 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    });
    await new Promise<void>((resolve) => hugeListing.listen(0, '127.0.0.1', resolve));
    const ctxFor = (id: string): Ctx => {
      const dir = fs.mkdtempSync(path.join(work, `${id}-`));
      return {
        mirror: `${releases.baseUrl}/m`,
        dbListing: `${releases.baseUrl}/db/databases/v6/latest.json`,
        hugeListing: `http://127.0.0.1:${(hugeListing.address() as AddressInfo).port}/databases/v6/latest.json`,
        file: (name, content) => {
          const file = path.join(dir, name);
          fs.writeFileSync(file, JSON.stringify(content));
          return file;
        },
      };
    };
    const local = CASES.filter((c) => !c.github);
    await Promise.all([
      pool(local, 3, async (c) => {
        const { inputs, env, toolCache, mark } = c.setUp(ctxFor(c.id));
        const run = await runHostile('scan', {
          inputs,
          env: env ?? {},
          ...(toolCache ? { toolCache } : {}),
          timeoutMs: 120_000,
        });
        runs.set(c.id, { run, ...(mark ? { mark } : {}), requests: [] });
      }),
      (async () => {
        for (const c of CASES.filter((x) => x.github)) {
          api.reset();
          c.github!(api);
          const { inputs, env } = c.setUp(ctxFor(c.id));
          const run = await runHostile('scan', {
            inputs,
            env: { ...(env ?? {}), GITHUB_API_URL: api.apiUrl, GITHUB_REF: 'refs/pull/7/merge' },
            ...(c.event ? { event: c.event } : {}),
            timeoutMs: 120_000,
          });
          runs.set(c.id, { run, requests: [...api.requests] });
        }
      })(),
    ]);
  }, 400_000);

  afterAll(async () => {
    hugeListing?.closeAllConnections();
    await new Promise<void>((resolve) => (hugeListing ? hugeListing.close(() => resolve()) : resolve()));
    await Promise.all([releases.stop(), api.stop()]);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { run, mark, requests } = runs.get(c.id)!;
    const recorded = new FakeGitHub();
    recorded.requests.push(...requests);
    const problems = [
      ...invariantViolations(run, { action: 'scan' }),
      ...c.check(run, { ...(mark ? { mark } : {}), api: recorded }),
    ];
    const observed = `${describeRun(run)}; ${(run.durationMs / 1000).toFixed(1)} s`;
    record({
      id: c.id,
      action: 'scan',
      category: c.category,
      description: c.description,
      expected: c.expected,
      observed: problems.length ? `${observed} — ${problems.join('; ')}` : observed,
      ok: problems.length === 0,
    });
    expect(problems).toEqual([]);
  });
});
