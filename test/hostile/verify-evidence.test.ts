/**
 * Hostile evidence for the verify action (dist/verify): what a registry
 * serves as referrers (a 50 MB bundle blob, a blob that is not JSON, a blob
 * whose bytes are not the digest its manifest lists, a valid bundle of
 * another subject) and what signed evidence says (certificate SAN and
 * extension values, predicate types and referrer annotations with workflow
 * commands, Markdown/HTML, `|`, RTL/zero-width characters, 1 MB strings).
 * Each is refused with a reason, or shown inertly: never a pass it did not
 * earn, never a workflow command on stdout, the summary under 1 MiB, no
 * secret anywhere (hostile-kit invariants).
 *
 * Images live in fresh repositories of the loopback registry (tag-schema
 * referrers: docker-registry 2.8 has no referrers API); the digest-mismatch
 * case goes through a proxy that swaps the bundle blob's bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ActionRun } from '../support/action-harness.js';
import {
  SLSA_PROVENANCE_V1,
  attachBundle,
  pushTestImage,
  reusableWorkflowClaims,
  signStatement,
  slsaPredicate,
  statement,
  type TestImage,
} from '../support/evidence.js';
import { closeServer, listenOnLoopback } from '../support/loopback-server.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireInfra } from '../support/test-tools.js';
import { CANARY, REGISTRY_PASSWORD, corpusRecorder, describeRun, failureMessage, invariantViolations, pool, runHostile } from './support/hostile-kit.js';

const record = corpusRecorder('verify-evidence');
const infra = requireInfra();
const describeWithInfra = infra ? describe : describe.skip;
const COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';

/** Text meant to break out of wherever it is shown. */
const HOSTILE_TEXT = `::set-output name=verified::true ::add-mask::${CANARY} <img src=x onerror=alert(1)> | **${CANARY}** \u202e\u200b[link](javascript:alert(1))`;

let stack: SigstoreStack;
const proxies: Server[] = [];

interface Row {
  id: string;
  category: string;
  description: string;
  expected: string;
  /** Sets up the image; returns the image reference verify gets (maybe through a proxy). */
  prepare(image: TestImage): Promise<string>;
  /** Whether verification may pass (the evidence is valid and matches the policy). */
  mayPass?: boolean;
  /** Text in the failure / results that shows the reason. */
  reason?: RegExp;
}

function repoName(id: string): string {
  return `hostile-ev-${id.replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
}

async function signedFor(image: TestImage, predicateType: string, predicate: Record<string, unknown>, claims = reusableWorkflowClaims()): Promise<Buffer> {
  return signStatement(stack, statement(image.ref.repository, image.digest, predicateType, predicate), claims);
}

const rows: Row[] = [
  {
    id: 'blob/50MB',
    category: 'referrer blob',
    description: 'the bundle blob listed is 50 MB',
    expected: 'refused with a size reason (bounded read); verification fails',
    prepare: async (image) => {
      const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
      big.write('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","x":"');
      big.write('"}', big.length - 2);
      await attachBundle(image, big, COSIGN_SIGN);
      return image.name;
    },
    reason: /over the \d+-byte limit; not fetched/,
  },
  {
    id: 'blob/not-json',
    category: 'referrer blob',
    description: 'the bundle blob is not JSON (and holds workflow commands)',
    expected: 'refused with a reason; verification fails; nothing injected',
    prepare: async (image) => {
      await attachBundle(image, Buffer.from(`not json\n${HOSTILE_TEXT}\n::error::${CANARY}`), COSIGN_SIGN);
      return image.name;
    },
    reason: /not JSON/,
  },
  {
    id: 'blob/digest-mismatch',
    category: 'referrer blob',
    description: 'the registry serves other bytes than the digest the manifest lists',
    expected: 'refused (digest mismatch); verification fails',
    prepare: async (image) => {
      const bundle = await signedFor(image, COSIGN_SIGN, {});
      await attachBundle(image, bundle, COSIGN_SIGN);
      const digest = `sha256:${createHash('sha256').update(bundle).digest('hex')}`;
      const swapped = Buffer.from(bundle.toString('utf8').replace('"mediaType"', '"mediaTypf"'));
      return proxied(image, (url) => (url.endsWith(`/blobs/${digest}`) ? swapped : undefined));
    },
    reason: /does not match its digest/,
  },
  {
    id: 'bundle/other-subject',
    category: 'referrer bundle',
    description: 'a valid, signed bundle of another image digest attached to this one',
    expected: 'refused (the bundle signs another digest); verification fails',
    prepare: async (image) => {
      const other = `sha256:${'e'.repeat(64)}`;
      const bundle = await signStatement(stack, statement(image.ref.repository, other, COSIGN_SIGN, {}), reusableWorkflowClaims());
      await attachBundle(image, bundle, COSIGN_SIGN);
      return image.name;
    },
    reason: /subject|digest|another|other/i,
  },
  {
    id: 'content/san-and-extensions',
    category: 'evidence content',
    description: 'certificate SAN and extensions (workflow ref, repository, ref) full of workflow commands, HTML, | and RTL',
    expected: 'shown inertly; the policy decides (here: fails, the identity is not the required one)',
    prepare: async (image) => {
      const claims = reusableWorkflowClaims({
        job_workflow_ref: `octo-org/release-workflows/.github/workflows/sign.yml@refs/heads/${HOSTILE_TEXT.replace(/ /g, '_')}`,
        workflow_ref: `octo-org/app/.github/workflows/${HOSTILE_TEXT}.yml@refs/heads/main`,
        ref: `refs/heads/${HOSTILE_TEXT}`,
        repository: `octo-org/${HOSTILE_TEXT}`,
      });
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}, claims), COSIGN_SIGN);
      return image.name;
    },
    reason: /identity|signer|ref|repository/i,
  },
  {
    id: 'content/predicate-type',
    category: 'evidence content',
    description: 'a signed attestation whose predicate type (and referrer annotation) is hostile text',
    expected: 'shown inertly; not counted as a required attestation',
    prepare: async (image) => {
      const type = `https://evil.example/${encodeURIComponent('x')}/${HOSTILE_TEXT}`;
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}), COSIGN_SIGN);
      await attachBundle(image, await signedFor(image, type, { note: HOSTILE_TEXT }), type);
      return image.name;
    },
    reason: /attestation slsaprovenance1 \| :x: failed \| missing/,
  },
  {
    id: 'content/1MB-strings',
    category: 'evidence content',
    description: 'a signed SLSA provenance with 1 MB builder id and hostile predicate strings',
    expected: 'the summary stays under 1 MiB; outputs inert; the policy fails on the builder id',
    prepare: async (image) => {
      const predicate = slsaPredicate(`https://github.com/${CANARY}${'|<b>x</b>\u202e'.repeat(100_000)}`);
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}), COSIGN_SIGN);
      await attachBundle(image, await signedFor(image, SLSA_PROVENANCE_V1, predicate), SLSA_PROVENANCE_V1);
      return image.name;
    },
    reason: /builder/i,
  },
];

/** The image through a proxy that answers some GETs with other bytes. */
async function proxied(image: TestImage, swap: (url: string) => Buffer | undefined): Promise<string> {
  const [host, port] = infra!.registry.split(':');
  const server = createServer((req, res) => {
    const body = req.method === 'GET' ? swap(req.url ?? '') : undefined;
    if (body) {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) }).end(body);
      return;
    }
    const upstream = httpRequest({ host, port: Number(port), method: req.method, path: req.url, headers: { ...req.headers, host: infra!.registry } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await listenOnLoopback(server);
  proxies.push(server);
  return image.name.replace(infra!.registry, `127.0.0.1:${(server.address() as AddressInfo).port}`);
}

/** Every `reasons` string anywhere in the results output. */
function resultReasons(results: string | undefined): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'reasons' && Array.isArray(inner)) out.push(...inner.map(String));
        else walk(inner);
      }
    }
  };
  try {
    walk(JSON.parse(results ?? '[]'));
  } catch {
    // reported by the test
  }
  return out;
}

const outcomes = new Map<string, ActionRun>();

describeWithInfra(`verify: hostile evidence (${rows.length} cases)`, () => {
  beforeAll(async () => {
    stack = await startSigstoreStack({ claims: reusableWorkflowClaims() });
    await pool(rows, 2, async (row) => {
      const image = await pushTestImage(infra!.registry, repoName(row.id));
      const name = await row.prepare(image);
      const run = await runHostile('verify', {
        inputs: {
          image: name,
          sources: 'referrers',
          'sigstore-instance': 'custom',
          'trusted-root': stack.trustedRootPath,
          'signer-workflow': 'octo-org/release-workflows/.github/workflows/sign.yml',
          'signer-ref': 'refs/tags/v*',
          'source-repository-id': '1001',
          'require-attestations': row.id === 'content/predicate-type' || row.id === 'content/1MB-strings' ? 'slsaprovenance1' : '',
          'builder-id': row.id === 'content/1MB-strings' ? 'https://github.com/octo-org/release-workflows/.github/workflows/build.yml@refs/tags/v1' : '',
          'registry-username': 'ci-bot',
          'registry-password': REGISTRY_PASSWORD,
        },
        timeoutMs: 100_000,
      });
      outcomes.set(row.id, run);
    });
  }, 600_000);

  afterAll(async () => {
    for (const server of proxies) await closeServer(server);
    await stack?.close();
  });

  it.each(rows.map((row) => [row.id, row] as const))('%s', (_id, row) => {
    const run = outcomes.get(row.id)!;
    const problems = invariantViolations(run, { action: 'verify', extraDirs: [run.workspace] });
    const failure = failureMessage(run);
    const reasons = resultReasons(run.outputs.results);
    // Reasons are per bundle in the results; evidence that never became a bundle (unreadable blobs) is a warning in the summary.
    const said = `${reasons.join('\n')}\n${run.summary}`;
    if (!row.mayPass) {
      if (run.exitCode === 0 || run.outputs.verified === 'true') problems.push('verification passed');
      if (run.outputs.verified !== 'false') problems.push(`verified output is '${run.outputs.verified ?? '(unset)'}', not false`);
      if (/^Unexpected error/.test(failure)) problems.push('reported as an unexpected error (a bug)');
      if (row.reason && !row.reason.test(said)) problems.push(`no reason matching ${row.reason} in the failure or results`);
    }
    // Inert: no raw HTML from the evidence in the summary; nothing from it on stdout as a command (invariants).
    if (/<img src=x/i.test(run.summary) || /<b>x<\/b>/.test(run.summary)) problems.push('raw HTML from the evidence in the summary');
    if (/[\u202a-\u202e\u2066-\u2069\u200b]/.test(run.summary)) problems.push('bidirectional-override or zero-width characters from the evidence are raw in the summary');
    if (run.outputs.results) {
      try {
        JSON.parse(run.outputs.results);
      } catch {
        problems.push('the results output is not JSON');
      }
    }
    if (run.durationMs > 60_000) problems.push(`took ${run.durationMs} ms`);
    const observed = `${describeRun(run)}${run.outputs.verified ? `, verified=${run.outputs.verified}` : ''} (${(run.durationMs / 1000).toFixed(1)} s, summary ${Buffer.byteLength(run.summary)} bytes); reasons: ${reasons.join(' / ').slice(0, 200)}`;
    record({
      id: row.id,
      action: 'verify',
      category: row.category,
      description: row.description,
      expected: row.expected,
      observed: problems.length ? `${observed} — ${problems.join('; ')}` : observed,
      ok: problems.length === 0,
    });
    expect(problems).toEqual([]);
  });
});
