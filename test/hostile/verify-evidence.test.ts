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
import * as fs from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ActionRun } from '../support/action-harness.js';
import {
  COSIGN_VULN_V1,
  GITHUB_BUILDER_ID,
  SLSA_PROVENANCE_V1,
  attachBundle,
  pushTestImage,
  reusableWorkflowClaims,
  signStatement,
  slsaPredicate,
  statement,
  vulnPredicate,
  type TestImage,
} from '../support/evidence.js';
import { closeServer, listenOnLoopback } from '../support/loopback-server.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireInfra } from '../support/test-tools.js';
import {
  CANARY,
  REGISTRY_PASSWORD,
  corpusRecorder,
  describeRun,
  failureMessage,
  invariantViolations,
  pool,
  runHostile,
} from './support/hostile-kit.js';

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
  /** The evidence is valid and the policy holds: it must pass (e.g. despite a hostile copy next to it). */
  mustPass?: boolean;
  /** Inputs of this row (over the common ones). */
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** A workspace of files to verify (files rows): returns its folder. */
  workspace?: () => Promise<string>;
  /** Bound on the run's wall time (default 60 s). */
  maxMs?: number;
  /** Text that must appear nowhere in the output (bytes of a file outside the workspace). */
  secret?: string;
}

/** Bytes of a file outside the workspace that must never be echoed. */
const OUTSIDE_SECRET = `outside-bytes-${CANARY}-do-not-echo`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bundle JSON edited by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function editBundle(bundle: Buffer, edit: (json: any) => void): Buffer {
  const json = JSON.parse(bundle.toString('utf8'));
  edit(json);
  return Buffer.from(JSON.stringify(json));
}

/** A workspace holding a.txt, signed by the stack, and the given a.txt.sigstore.json (a link, here). */
async function fileWorkspace(link: (workspace: string, outside: string) => void): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-ev-files-'));
  const workspace = path.join(root, 'workspace');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(workspace);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(workspace, 'a.txt'), 'a file to verify\n');
  fs.writeFileSync(path.join(outside, 'secret.json'), `${OUTSIDE_SECRET}\n${HOSTILE_TEXT}\n`);
  link(workspace, outside);
  return workspace;
}

function repoName(id: string): string {
  return `hostile-ev-${id.replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
}

async function signedFor(
  image: TestImage,
  predicateType: string,
  predicate: Record<string, unknown>,
  claims = reusableWorkflowClaims(),
): Promise<Buffer> {
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
      const bundle = await signStatement(
        stack,
        statement(image.ref.repository, other, COSIGN_SIGN, {}),
        reusableWorkflowClaims(),
      );
      await attachBundle(image, bundle, COSIGN_SIGN);
      return image.name;
    },
    reason: /subject|digest|another|other/i,
  },
  {
    id: 'content/san-and-extensions',
    category: 'evidence content',
    description:
      'certificate SAN and extensions (workflow ref, repository, ref) full of workflow commands, HTML, | and RTL',
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
  {
    id: 'bundle/3000-timestamps',
    category: 'verification cost',
    description:
      'a valid signature whose one TSA timestamp is repeated 3,000 times (a 3 MB bundle that costs ~30 s to verify naively)',
    expected:
      'refused before any cryptography (at most 32 timestamps per bundle, as sigstore-go); fast; verification fails',
    prepare: async (image) => {
      const valid = await signedFor(image, COSIGN_SIGN, {});
      const flood = editBundle(valid, (b) => {
        const stamps = b.verificationMaterial.timestampVerificationData.rfc3161Timestamps;
        b.verificationMaterial.timestampVerificationData.rfc3161Timestamps = Array.from(
          { length: 3000 },
          () => stamps[0],
        );
      });
      await attachBundle(image, flood, COSIGN_SIGN);
      return image.name;
    },
    reason: /3000 RFC 3161 timestamps; at most 32 are accepted/,
    maxMs: 20_000,
  },
  {
    id: 'bundle/stripped-copy-first',
    category: 'duplicate evidence',
    description: 'a stripped copy of the valid signature (its log entry removed) is attached before the valid one',
    expected:
      'the stripped copy fails, the valid copy is still verified: duplicates are set aside only after a copy verified; passes',
    prepare: async (image) => {
      const valid = await signedFor(image, COSIGN_SIGN, {});
      await attachBundle(
        image,
        editBundle(valid, (b) => (b.verificationMaterial.tlogEntries = [])),
        COSIGN_SIGN,
      );
      await sleep(1100);
      await attachBundle(image, valid, COSIGN_SIGN);
      return image.name;
    },
    mustPass: true,
  },
  {
    id: 'vuln/claims-2099',
    category: 'vuln evidence',
    description:
      'a clean vuln attestation whose scan claims to have finished in 2099, then one signed later that lists a Critical',
    expected:
      'the newest by verified signing time (log/TSA) decides, not by the predicate’s claim: fails on the Critical',
    prepare: async (image) => {
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}), COSIGN_SIGN);
      await attachBundle(
        image,
        await signedFor(image, COSIGN_VULN_V1, vulnPredicate([], new Date('2099-01-01T00:00:00Z'))),
        COSIGN_VULN_V1,
      );
      await sleep(1100);
      await attachBundle(
        image,
        await signedFor(image, COSIGN_VULN_V1, vulnPredicate([{ id: 'CVE-2099-0001', severity: 'CRITICAL' }])),
        COSIGN_VULN_V1,
      );
      return image.name;
    },
    inputs: { 'max-severity': 'critical' },
    reason: /vuln attestation reports 1 critical/,
  },
  {
    id: 'vuln/trivy-and-grype-keys',
    category: 'vuln evidence',
    description:
      'a signed vuln attestation whose report has Trivy keys (no findings) and a Grype matches[] holding a Critical',
    expected:
      'refused as ambiguous (one reader for the gate and the exports), never read as a clean Trivy report; fails',
    prepare: async (image) => {
      const predicate = vulnPredicate([]);
      Object.assign((predicate.scanner as { result: Record<string, unknown> }).result, {
        matches: [
          {
            vulnerability: { id: 'CVE-2099-0002', severity: 'Critical' },
            artifact: { name: 'openssl', version: '1', type: 'apk' },
          },
        ],
      });
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}), COSIGN_SIGN);
      await attachBundle(image, await signedFor(image, COSIGN_VULN_V1, predicate), COSIGN_VULN_V1);
      return image.name;
    },
    inputs: { 'max-severity': 'critical' },
    reason: /refused as ambiguous/,
  },
  {
    id: 'identity/builder-id-claimed-by-another-workflow',
    category: 'identity semantics',
    description:
      "an approved signature, and SLSA provenance claiming the org's builder id (sign.yml@v1.2.0) but signed by another workflow of the org (other.yml), with an identity regexp that admits both",
    expected:
      'refused: builder-id must be the workflow that signed the provenance (the Build Signer URI), as slsa-verifier checks; fails',
    prepare: async (image) => {
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}), COSIGN_SIGN);
      const other = reusableWorkflowClaims({
        job_workflow_ref: 'octo-org/release-workflows/.github/workflows/other.yml@refs/tags/v1.2.0',
      });
      await attachBundle(
        image,
        await signedFor(image, SLSA_PROVENANCE_V1, slsaPredicate(GITHUB_BUILDER_ID), other),
        SLSA_PROVENANCE_V1,
      );
      return image.name;
    },
    inputs: {
      'signer-workflow': '',
      'signer-ref': '',
      'certificate-identity-regexp':
        'https://github\\.com/octo-org/release-workflows/\\.github/workflows/[a-z]+\\.yml@refs/tags/v1\\.2\\.0',
      'builder-id': GITHUB_BUILDER_ID,
      'require-attestations': 'slsaprovenance1',
      'export-policy': 'false',
    },
    reason: /SLSA builder id .* is not the workflow that signed it \(build signer .*other\.yml/,
  },
  {
    id: 'identity/vuln-attestation-only',
    category: 'identity semantics',
    description:
      'the only evidence is a vuln attestation (listing a Critical) by the approved identity; no signature, no provenance, no policy on attestations',
    expected:
      'not "signed": a scan report is not a signature (signed-evidence defaults to signature, slsaprovenance1); fails naming what was found',
    prepare: async (image) => {
      await attachBundle(
        image,
        await signedFor(image, COSIGN_VULN_V1, vulnPredicate([{ id: 'CVE-2099-0005', severity: 'CRITICAL' }])),
        COSIGN_VULN_V1,
      );
      return image.name;
    },
    inputs: { 'export-policy': 'false' },
    reason: /no signature, slsaprovenance1 from an approved identity .*evidence is only: vuln/,
  },
  {
    id: 'identity/workflow-path-case',
    category: 'identity semantics',
    description:
      'a signature by octo-org/release-workflows/.github/workflows/Sign.yml (another file than the required sign.yml; GitHub paths are case-sensitive)',
    expected: 'refused: owner/repo compare case-insensitively, the workflow path exactly; fails',
    prepare: async (image) => {
      const upper = reusableWorkflowClaims({
        job_workflow_ref: 'octo-org/release-workflows/.github/workflows/Sign.yml@refs/tags/v1.2.0',
      });
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}, upper), COSIGN_SIGN);
      return image.name;
    },
    inputs: { 'export-policy': 'false' },
    reason: /signer workflow "octo-org\/release-workflows\/\.github\/workflows\/Sign\.yml" is not/,
  },
  {
    id: 'referrers/6x30MiB',
    category: 'verification cost',
    description: 'a valid signature plus six 30 MiB bundle referrers, verify run with a 256 MiB heap',
    expected:
      'bytes kept raw and parsed one bundle at a time; the step’s 128 MiB evidence budget ends the reading; fails closed (evidence not all considered), no crash',
    prepare: async (image) => {
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}), COSIGN_SIGN);
      for (let i = 0; i < 6; i += 1) {
        const big = Buffer.alloc(30 * 1024 * 1024, 0x20);
        big.write(`{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","n":${i},"x":"`);
        big.write('"}', big.length - 2);
        await attachBundle(image, big, COSIGN_SIGN);
      }
      return image.name;
    },
    env: { NODE_OPTIONS: '--max-old-space-size=256' },
    reason: /evidence not all considered: OCI referrers: the evidence read in this step reached the \d+-byte bound/,
    maxMs: 90_000,
  },
  {
    id: 'files/bundle-link-out',
    category: 'bundle file',
    description:
      'a.txt.sigstore.json is a link to a file outside the workspace (its bytes are secret text and workflow commands)',
    expected:
      'refused: the real path is outside the workspace and RUNNER_TEMP; the file is not read and nothing of it is echoed; fails',
    prepare: async () => '',
    workspace: () =>
      fileWorkspace((workspace, outside) =>
        fs.symlinkSync(path.join(outside, 'secret.json'), path.join(workspace, 'a.txt.sigstore.json')),
      ),
    reason:
      /a\.txt\.sigstore\.json: the file resolves \(through a link\) to a location outside the workspace and RUNNER_TEMP/,
    secret: OUTSIDE_SECRET,
  },
  {
    id: 'files/bundle-dev-zero',
    category: 'bundle file',
    description: 'a.txt.sigstore.json is a link to /dev/zero (read unbounded, it took 23.6 GB)',
    expected: 'refused at once, without reading it; fails',
    prepare: async () => '',
    workspace: () =>
      fileWorkspace((workspace) => fs.symlinkSync('/dev/zero', path.join(workspace, 'a.txt.sigstore.json'))),
    reason: /a\.txt\.sigstore\.json: the file resolves \(through a link\) to a location outside/,
    maxMs: 20_000,
  },
  {
    id: 'trusted-root/tlog-missing-validity-start',
    category: 'trusted root',
    description:
      'a custom trusted root whose log key has no validFor.start (sigstore-conformance trust-root-tlog-missing-validity-start_fail)',
    expected:
      'the malformed root is refused as a configuration error naming the field, never read as "valid forever"; fails',
    prepare: async (image) => {
      await attachBundle(image, await signedFor(image, COSIGN_SIGN, {}), COSIGN_SIGN);
      return image.name;
    },
    inputs: { 'trusted-root': 'malformed-root.json' },
    workspace: async () => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-ev-root-'));
      const root = structuredClone(stack.trustedRoot) as { tlogs: { publicKey: { validFor: { start?: string } } }[] };
      delete root.tlogs[0]!.publicKey.validFor.start;
      fs.writeFileSync(path.join(workspace, 'malformed-root.json'), JSON.stringify(root));
      return workspace;
    },
    reason: /tlogs\[0\]\.publicKey\.validFor has no start/,
  },
];

/** The image through a proxy that answers some GETs with other bytes. */
async function proxied(image: TestImage, swap: (url: string) => Buffer | undefined): Promise<string> {
  const [host, port] = infra!.registry.split(':');
  const server = createServer((req, res) => {
    const body = req.method === 'GET' ? swap(req.url ?? '') : undefined;
    if (body) {
      req.resume();
      res
        .writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) })
        .end(body);
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
      const workspace = row.workspace ? await row.workspace() : undefined;
      const files = row.id.startsWith('files/');
      const run = await runHostile('verify', {
        ...(workspace ? { workspace } : {}),
        ...(row.env ? { env: row.env } : {}),
        inputs: {
          image: files ? '' : name,
          ...(files ? { files: 'a.txt' } : {}),
          sources: files ? 'files' : 'referrers',
          'sigstore-instance': 'custom',
          'trusted-root': stack.trustedRootPath,
          'signer-workflow': 'octo-org/release-workflows/.github/workflows/sign.yml',
          'signer-ref': 'refs/tags/v*',
          'source-repository-id': '1001',
          'require-attestations':
            row.id === 'content/predicate-type' || row.id === 'content/1MB-strings' ? 'slsaprovenance1' : '',
          'builder-id':
            row.id === 'content/1MB-strings'
              ? 'https://github.com/octo-org/release-workflows/.github/workflows/build.yml@refs/tags/v1'
              : '',
          'registry-username': 'ci-bot',
          'registry-password': REGISTRY_PASSWORD,
          ...(row.inputs ?? {}),
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
    const said = `${reasons.join('\n')}\n${run.summary}\n${failure}`;
    if (row.mustPass && (run.exitCode !== 0 || run.outputs.verified !== 'true'))
      problems.push(`did not pass (${failure.slice(0, 300)})`);
    // Even the first bytes (a JSON parser quotes ~10 of them) of the file outside must not appear.
    if (
      row.secret &&
      `${run.stdout}${run.stderr}${run.summary}${JSON.stringify(run.outputs)}`.includes(row.secret.slice(0, 10))
    ) {
      problems.push('bytes of the file outside the workspace were echoed');
    }
    if (!row.mayPass && !row.mustPass) {
      if (run.exitCode === 0 || run.outputs.verified === 'true') problems.push('verification passed');
      if (run.outputs.verified !== 'false')
        problems.push(`verified output is '${run.outputs.verified ?? '(unset)'}', not false`);
      if (/^Unexpected error/.test(failure)) problems.push('reported as an unexpected error (a bug)');
      if (row.reason && !row.reason.test(said))
        problems.push(`no reason matching ${row.reason} in the failure or results`);
    }
    // Inert: no raw HTML from the evidence in the summary; nothing from it on stdout as a command (invariants).
    if (/<img src=x/i.test(run.summary) || /<b>x<\/b>/.test(run.summary))
      problems.push('raw HTML from the evidence in the summary');
    if (/[\u202a-\u202e\u2066-\u2069\u200b]/.test(run.summary))
      problems.push('bidirectional-override or zero-width characters from the evidence are raw in the summary');
    if (run.outputs.results) {
      try {
        JSON.parse(run.outputs.results);
      } catch {
        problems.push('the results output is not JSON');
      }
    }
    if (run.durationMs > (row.maxMs ?? 60_000)) problems.push(`took ${run.durationMs} ms`);
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
