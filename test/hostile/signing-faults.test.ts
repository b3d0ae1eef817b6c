/**
 * Faults of the signing actions as data: the OIDC token (missing permission,
 * endpoint errors and hangs, tokens with the wrong audience, expired, signed
 * by another key, the issuer's JWKS down), Fulcio / Rekor / the TSA (502,
 * hang, 4xx, a lost response) and the registry (401/403 on push, 404, 5xx).
 * Each row runs a dist/ bundle against its own loopback Sigstore stack (faults
 * are per stack) and names what must happen: a bounded retry where sensible,
 * then a clear error naming the service; nothing half-written reported as
 * success (no bundle file, no signing outputs); never a silent pass; no
 * secret (OIDC token, github-token, registry password) in anything captured.
 *
 * Retry timing: the bundles honor SCS_SIGSTORE_RETRY_BASE_MS (backoff base)
 * and SCS_SIGSTORE_TIMEOUT_MS (per-request timeout) in sign-keyless, test
 * hooks that are never set on a runner. Without them a hung service costs
 * 4 tries × 30 s plus backoff (about two minutes) before the step fails.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ActionRun } from '../support/action-harness.js';
import { pushTestImage } from '../support/evidence.js';
import { closeServer, listenOnLoopback } from '../support/loopback-server.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireInfra } from '../support/test-tools.js';
import { startMiniIssuer, type MiniIssuer } from './support/mini-issuer.js';
import {
  REGISTRY_PASSWORD,
  corpusRecorder,
  describeRun,
  failureMessage,
  invariantViolations,
  pool,
  runHostile,
} from './support/hostile-kit.js';
import { signingSecrets, stackInputs } from './support/signing-input-runner.js';

const record = corpusRecorder('signing-faults');
const infra = requireInfra();
const ARTIFACT = 'artifact.txt';
const SIGNING_OUTPUTS = [
  'bundle-paths',
  'signature-refs',
  'certificate-identity',
  'rekor-log-index',
  'bundle-path',
  'attestation-refs',
  'predicate-file',
  'subjects',
];

interface Context {
  stack: SigstoreStack;
  issuer: MiniIssuer;
  workspace: string;
}

interface Row {
  id: string;
  action: 'sign-keyless' | 'provenance';
  category: string;
  description: string;
  expected: string;
  needsRegistry?: boolean;
  /** Inputs and env besides the working base (stack inputs, one file, registry credentials). */
  prepare(ctx: Context): Promise<{ inputs?: Record<string, string>; env?: Record<string, string>; dropEnv?: string[] }>;
  /** Problems with the run (empty: as expected). */
  check(run: ActionRun, ctx: Context): string[];
}

/**
 * The run failed with a message matching `pattern`, wrote no bundle and set no signing output.
 * `bundleKept`: the signature was made but storing it failed; its bundle file may stay if the
 * failure says that it is not stored.
 */
function failedCleanly(run: ActionRun, pattern: RegExp, bundleKept = false): string[] {
  const problems: string[] = [];
  const failure = failureMessage(run);
  if (run.exitCode === 0) problems.push('the run succeeded');
  if (!pattern.test(failure)) problems.push(`the failure does not match ${pattern}: '${failure.slice(0, 200)}'`);
  if (/^Unexpected error/.test(failure)) problems.push('reported as an unexpected error (a bug)');
  if (fs.existsSync(path.join(run.workspace, `${ARTIFACT}.sigstore.json`))) problems.push('a bundle file was written');
  const bundles = fs
    .readdirSync(run.runnerTemp, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.sigstore.json'));
  if (bundles.length && !(bundleKept && /NOT stored/.test(failure)))
    problems.push(`bundle files were written: ${bundles.join(', ')}`);
  const outputs = SIGNING_OUTPUTS.filter((name) => run.outputs[name]);
  if (outputs.length) problems.push(`signing outputs were set: ${outputs.join(', ')}`);
  if (run.summary && !/fail|error|did not complete/i.test(run.summary)) {
    problems.push('the summary does not say what failed');
  }
  return problems;
}

function atMost(label: string, count: number, max: number): string[] {
  return count > max ? [`${label}: ${count} requests (at most ${max} expected)`] : [];
}

function exactly(label: string, count: number, n: number): string[] {
  return count !== n ? [`${label}: ${count} requests (${n} expected)`] : [];
}

function withinMs(run: ActionRun, ms: number): string[] {
  return run.durationMs > ms ? [`took ${run.durationMs} ms (bound ${ms} ms)`] : [];
}

const services = [
  { key: 'fulcio', name: 'Fulcio' },
  { key: 'rekor', name: 'Rekor' },
  { key: 'tsa', name: 'TSA' },
] as const;

const rows: Row[] = [
  {
    id: 'oidc/no-permission',
    action: 'sign-keyless',
    category: 'OIDC',
    description: 'no ACTIONS_ID_TOKEN_REQUEST_URL (job without id-token: write)',
    expected: 'a clear permission error before any request',
    prepare: async () => ({ dropEnv: ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }),
    check: (run, { stack }) => [
      ...failedCleanly(run, /id-token: write/),
      ...exactly(
        'Sigstore + OIDC',
        stack.requests.fulcio + stack.requests.rekor + stack.requests.tsa + stack.requests.oidc,
        0,
      ),
    ],
  },
  {
    id: 'oidc/500',
    action: 'sign-keyless',
    category: 'OIDC',
    description: 'ID-token endpoint answers 500',
    expected: 'retried (bounded), then an error naming the token request; Fulcio never called',
    prepare: async ({ stack }) => {
      stack.faults.oidc = { status: 500, times: 100 };
      return {};
    },
    check: (run, { stack }) => [
      ...failedCleanly(run, /OIDC|ID token|identity token/i),
      ...atMost('OIDC', stack.requests.oidc, 4),
      ...exactly('Fulcio', stack.requests.fulcio, 0),
    ],
  },
  {
    id: 'oidc/hang',
    action: 'sign-keyless',
    category: 'OIDC',
    description: 'ID-token endpoint hangs (with SCS_SIGSTORE_TIMEOUT_MS=1000)',
    expected: 'each try times out; bounded; an error naming the token request',
    prepare: async ({ stack }) => {
      stack.faults.oidc = { hangMs: 20_000, times: 100 };
      return { env: { SCS_SIGSTORE_TIMEOUT_MS: '1000' } };
    },
    check: (run, { stack }) => [
      ...failedCleanly(run, /OIDC|ID token|identity token/i),
      ...atMost('OIDC', stack.requests.oidc, 4),
      ...withinMs(run, 15_000),
    ],
  },
  {
    id: 'oidc/wrong-audience',
    action: 'provenance',
    category: 'OIDC',
    description: 'the token has the wrong audience',
    expected: 'refused before signing; an error saying why',
    prepare: async ({ issuer }) => {
      issuer.token = await issuer.mint({ audience: 'https://github.com/octo-org' });
      return { inputs: { 'oidc-issuer': issuer.issuer }, env: issuer.env() };
    },
    check: (run, { stack }) => [...failedCleanly(run, /aud/i), ...exactly('Fulcio', stack.requests.fulcio, 0)],
  },
  {
    id: 'oidc/expired',
    action: 'provenance',
    category: 'OIDC',
    description: 'the token expired',
    expected: 'refused before signing; an error saying why',
    prepare: async ({ issuer }) => {
      issuer.token = await issuer.mint({ expiresIn: -600 });
      return { inputs: { 'oidc-issuer': issuer.issuer }, env: issuer.env() };
    },
    check: (run, { stack }) => [...failedCleanly(run, /exp/i), ...exactly('Fulcio', stack.requests.fulcio, 0)],
  },
  {
    id: 'oidc/foreign-key',
    action: 'provenance',
    category: 'OIDC',
    description: "the token is signed by a key the issuer's JWKS does not list",
    expected: 'refused (claims are recorded in the provenance only when verified)',
    prepare: async ({ issuer }) => {
      issuer.token = await issuer.mint({ key: 'foreign' });
      return { inputs: { 'oidc-issuer': issuer.issuer }, env: issuer.env() };
    },
    check: (run, { stack }) => [
      ...failedCleanly(run, /signature|key|JWKS|verif/i),
      ...exactly('Fulcio', stack.requests.fulcio, 0),
    ],
  },
  {
    id: 'oidc/jwks-down',
    action: 'provenance',
    category: 'OIDC',
    description: "the issuer's JWKS endpoint answers 503",
    expected: 'refused with an error naming the issuer; nothing signed',
    prepare: async ({ issuer }) => {
      issuer.token = await issuer.mint();
      issuer.jwksStatus = 503;
      return { inputs: { 'oidc-issuer': issuer.issuer }, env: issuer.env() };
    },
    check: (run, { stack, issuer }) => [
      ...failedCleanly(run, /JWKS|jwks|issuer|key/i),
      ...exactly('Fulcio', stack.requests.fulcio, 0),
      ...(issuer.requests.jwks === 0 ? ['the JWKS was never asked'] : []),
    ],
  },
  ...services.flatMap(({ key, name }): Row[] => [
    {
      id: `${key}/502`,
      action: 'sign-keyless',
      category: name,
      description: `${name} answers 502 every time`,
      expected: `retried at most 4 times, then an error naming ${name}; no bundle, no outputs`,
      prepare: async ({ stack }) => {
        stack.faults[key] = { status: 502, times: 100 };
        return {};
      },
      check: (run, { stack }) => [...failedCleanly(run, new RegExp(name)), ...atMost(name, stack.requests[key], 4)],
    },
    {
      id: `${key}/hang`,
      action: 'sign-keyless',
      category: name,
      description: `${name} hangs (with SCS_SIGSTORE_TIMEOUT_MS=1000)`,
      expected: `each try times out; at most 4 tries; an error naming ${name}`,
      prepare: async ({ stack }) => {
        stack.faults[key] = { hangMs: 20_000, times: 100 };
        return { env: { SCS_SIGSTORE_TIMEOUT_MS: '1000' } };
      },
      check: (run, { stack }) => [
        ...failedCleanly(run, new RegExp(name)),
        ...atMost(name, stack.requests[key], 4),
        ...withinMs(run, 20_000),
      ],
    },
    {
      id: `${key}/400`,
      action: 'sign-keyless',
      category: name,
      description: `${name} answers 400`,
      expected: `not retried; an error naming ${name}`,
      prepare: async ({ stack }) => {
        stack.faults[key] = { status: 400, times: 100 };
        return {};
      },
      check: (run, { stack }) => [...failedCleanly(run, new RegExp(name)), ...exactly(name, stack.requests[key], 1)],
    },
    {
      id: `${key}/lost-response`,
      action: 'sign-keyless',
      category: name,
      description: `${name} does its work but the response is lost (502 after the handler, once)`,
      expected: 'retried; one log entry (no duplicate); a verifiable bundle, or a clear error',
      prepare: async ({ stack }) => {
        stack.faults[key] = { status: 502, times: 1, afterHandler: true };
        return {};
      },
      check: (run, { stack }) => {
        const problems: string[] = [];
        if (stack.rekorEntries() > 1)
          problems.push(`${stack.rekorEntries()} transparency log entries for one signature`);
        if (run.exitCode === 0) {
          const bundle = path.join(run.workspace, `${ARTIFACT}.sigstore.json`);
          if (!fs.existsSync(bundle)) problems.push('succeeded without a bundle file');
          if (!run.outputs['bundle-paths']) problems.push('succeeded without the bundle-paths output');
        } else {
          problems.push(...failedCleanly(run, new RegExp(name)));
        }
        return problems;
      },
    },
  ]),
  // provenance shares the engines and the retry policy; one row per kind of service fault.
  {
    id: 'provenance/fulcio-502',
    action: 'provenance',
    category: 'Fulcio',
    description: 'provenance: Fulcio answers 502 every time',
    expected:
      'retried at most 4 times, then an error naming Fulcio; no bundle, no outputs (predicate-file / subjects included)',
    prepare: async ({ stack }) => {
      stack.faults.fulcio = { status: 502, times: 100 };
      return {};
    },
    check: (run, { stack }) => [...failedCleanly(run, /Fulcio/), ...atMost('Fulcio', stack.requests.fulcio, 4)],
  },
  {
    id: 'provenance/rekor-hang',
    action: 'provenance',
    category: 'Rekor',
    description: 'provenance: Rekor hangs (with SCS_SIGSTORE_TIMEOUT_MS=1000)',
    expected: 'each try times out; at most 4 tries; an error naming Rekor; no outputs',
    prepare: async ({ stack }) => {
      stack.faults.rekor = { hangMs: 20_000, times: 100 };
      return { env: { SCS_SIGSTORE_TIMEOUT_MS: '1000' } };
    },
    check: (run, { stack }) => [
      ...failedCleanly(run, /Rekor/),
      ...atMost('Rekor', stack.requests.rekor, 4),
      ...withinMs(run, 20_000),
    ],
  },
  {
    id: 'provenance/tsa-lost-response',
    action: 'provenance',
    category: 'TSA',
    description: 'provenance: the TSA response is lost once (502 after the handler)',
    expected: 'retried; a bundle and outputs, or a clear error',
    prepare: async ({ stack }) => {
      stack.faults.tsa = { status: 502, times: 1, afterHandler: true };
      return {};
    },
    check: (run) =>
      run.exitCode === 0
        ? run.outputs['bundle-path'] && fs.existsSync(run.outputs['bundle-path'])
          ? []
          : ['succeeded without a bundle file']
        : failedCleanly(run, /TSA/),
  },
  // The registry, behind a proxy that injects faults (sign-keyless pushing a referrer).
  ...(['401', '403'] as const).map((status): Row => ({
    id: `registry/${status}-on-push`,
    action: 'sign-keyless',
    category: 'registry',
    description: `the registry answers ${status} to every push`,
    expected:
      'an error naming the registry and what to fix (credentials / permissions), saying the signature is NOT stored; no outputs',
    needsRegistry: true,
    prepare: async () => ({
      inputs: {
        image: await registryImage(`push${status}`, (method) =>
          method !== 'GET' && method !== 'HEAD' ? Number(status) : undefined,
        ),
      },
    }),
    check: (run) => [
      ...failedCleanly(run, /credential|permission|password|token|login|write|denied|refused/i, true),
      ...(/NOT stored/.test(failureMessage(run)) ? [] : ['the failure does not say that the signature is not stored']),
    ],
  })),
  {
    id: 'registry/404-image',
    action: 'sign-keyless',
    category: 'registry',
    description: 'the image does not exist',
    expected: 'an error naming the image; nothing signed',
    needsRegistry: true,
    prepare: async () => ({ inputs: { image: `${infra!.registry}/hostile-missing-${Date.now()}:v1` } }),
    check: (run, { stack }) => [
      ...failedCleanly(run, /hostile-missing|not found|404|does not exist/i),
      ...exactly('Fulcio', stack.requests.fulcio, 0),
    ],
  },
  {
    id: 'registry/503',
    action: 'sign-keyless',
    category: 'registry',
    description: 'the registry answers 503 to everything',
    expected: 'a bounded retry, then an error naming the registry; nothing signed',
    needsRegistry: true,
    prepare: async () => ({ inputs: { image: await registryImage('r503', () => 503) } }),
    check: (run, { stack }) => [
      ...failedCleanly(run, /503|registry|unavailable/i),
      ...exactly('Fulcio', stack.requests.fulcio, 0),
      ...withinMs(run, 60_000),
    ],
  },
];

/** A fresh image behind a fault-injecting proxy; `fault(method, url)` returns a status to answer instead. */
const proxies: Server[] = [];
async function registryImage(
  name: string,
  fault: (method: string, url: string) => number | undefined,
): Promise<string> {
  const repository = `hostile-${name}-${Date.now().toString(36)}`;
  await pushTestImage(infra!.registry, repository);
  const [host, port] = infra!.registry.split(':');
  const server = createServer((req, res) => {
    const status = fault(req.method ?? 'GET', req.url ?? '/');
    if (status !== undefined && req.url !== '/v2/') {
      req.resume();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (status === 401) headers['www-authenticate'] = 'Basic realm="hostile"';
      res
        .writeHead(status, headers)
        .end(JSON.stringify({ errors: [{ code: 'DENIED', message: `injected ${status}` }] }));
      return;
    }
    const upstream = httpRequest(
      {
        host,
        port: Number(port),
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: infra!.registry },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await listenOnLoopback(server);
  proxies.push(server);
  return `127.0.0.1:${(server.address() as AddressInfo).port}/${repository}:v1`;
}

const outcomes = new Map<string, { run: ActionRun; ctx: Context }>();
const active = rows.filter((row) => !row.needsRegistry || infra);

describe(`signing actions: faults (${active.length} cases${infra ? '' : '; registry cases skipped: no test infra'})`, () => {
  beforeAll(async () => {
    await pool(active, 3, async (row) => {
      const stack = await startSigstoreStack();
      const issuer = await startMiniIssuer();
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-faults-ws-'));
      fs.writeFileSync(path.join(workspace, ARTIFACT), 'release artifact\n');
      const ctx: Context = { stack, issuer, workspace };
      try {
        const prepared = await row.prepare(ctx);
        const base: Record<string, string> =
          row.action === 'sign-keyless'
            ? {
                files: ARTIFACT,
                ...stackInputs(stack),
                'registry-username': 'ci-bot',
                'registry-password': REGISTRY_PASSWORD,
              }
            : {
                'subject-path': ARTIFACT,
                predicate: 'slsa',
                'push-to-registry': 'false',
                'oidc-issuer': stack.issuer,
                ...stackInputs(stack),
                'registry-username': 'ci-bot',
                'registry-password': REGISTRY_PASSWORD,
              };
        if (prepared.inputs?.image) delete base.files;
        const env: Record<string, string> = {
          ...stack.env(),
          SCS_SIGSTORE_RETRY_BASE_MS: '5',
          ...(prepared.env ?? {}),
        };
        for (const name of prepared.dropEnv ?? []) env[name] = '';
        const run = await runHostile(row.action, {
          inputs: { ...base, ...(prepared.inputs ?? {}) },
          env,
          workspace,
          timeoutMs: 100_000,
        });
        outcomes.set(row.id, { run, ctx });
      } finally {
        await stack.close();
        await issuer.close();
      }
    });
  }, 900_000);

  afterAll(async () => {
    for (const server of proxies) await closeServer(server);
  });

  it.each(active.map((row) => [row.id, row] as const))('%s', (_id, row) => {
    const { run, ctx } = outcomes.get(row.id)!;
    const problems = [
      ...row.check(run, ctx),
      ...invariantViolations(run, {
        action: row.action,
        extraDirs: [run.workspace],
        secrets: signingSecrets(ctx.stack, [
          ...ctx.issuer.issuedTokens,
          ...ctx.issuer.issuedTokens.map((t) => t.split('.')[2]!),
        ]),
      }),
    ];
    const observed = `${describeRun(run)} (${(run.durationMs / 1000).toFixed(1)} s)`;
    record({
      id: row.id,
      action: row.action,
      category: row.category,
      description: row.description,
      expected: row.expected,
      observed: problems.length ? `${observed} — ${problems.join('; ')}` : observed,
      ok: problems.length === 0,
    });
    expect(problems).toEqual([]);
  });
});
