/**
 * actions/attest parity of the provenance action, from dist/, against the
 * loopback Sigstore stack, the loopback registry and a fake GitHub API:
 * github-attestation's auto default, the `predicate` input as inline JSON,
 * one attestation per subject, and the artifact metadata storage record of a
 * pushed image (the request shape actions/attest sends:
 * POST /orgs/{org}/artifacts/metadata/storage-record with {name, digest,
 * registry_url}; GitHub's real endpoint cannot be reached offline).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun, type RunOptions } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireInfra, testImage, type TestInfra } from '../support/test-tools.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

let stack: SigstoreStack;
let github: FakeGitHub;
const infra: TestInfra | undefined = requireInfra();
const withRegistry = infra ? it : it.skip;

beforeAll(async () => {
  stack = await startSigstoreStack({ claims: { repository: 'octo-org/app', repository_owner: 'octo-org' } });
  github = new FakeGitHub();
  await github.start();
});
afterAll(async () => {
  await stack?.close();
  await github?.stop();
});

function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  return runAction('provenance', {
    ...options,
    inputs: {
      engine: 'sigstore',
      'sigstore-instance': 'custom',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      'oidc-issuer': stack.issuer,
      ...inputs,
    },
    env: { ...stack.env(), GITHUB_API_URL: github.apiUrl, ...(options.env ?? {}) },
  });
}

/** Verifies a bundle against the stack's root; returns the statement it signs. */
function statementOf(bundleJson: string): {
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: unknown;
} {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  new Verifier(toTrustMaterial(root), { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 0 }).verify(
    toSignedEntity(bundleFromJSON(JSON.parse(bundleJson))),
  );
  const envelope = (JSON.parse(bundleJson) as { dsseEnvelope: { payload: string } }).dsseEnvelope;
  return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as ReturnType<typeof statementOf>;
}

function expectSuccess(result: ActionRun): void {
  if (result.exitCode !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
}

describe('provenance: actions/attest parity (from dist/)', () => {
  it('an inline JSON predicate, one attestation per subject, each stored with GitHub’s attestation API', async () => {
    const workspace = workspaceFrom(path.join(FIXTURES, 'provenance'));
    const names = ['pkg-1.0.tar.gz', 'pkg-1.0-py3-none-any.whl', 'pkg-1.0.zip'];
    fs.writeFileSync(path.join(workspace, 'checksums.txt'), names.map((n) => `${sha256(n)}  ${n}`).join('\n') + '\n');
    github.reset();
    let next = 100;
    github.on('POST', /^\/repos\/octo-org\/app\/attestations$/, () => ({ status: 201, body: { id: next++ } }));
    const result = await run(
      {
        'subject-checksums': 'checksums.txt',
        predicate: '{"publisher":{"kind":"GitHub","repository":"octo-org/app"},"approved":true}',
        'predicate-type': 'https://docs.pypi.org/attestations/publish/v1',
        'attestation-per-subject': 'true',
        'github-attestation': 'true',
      },
      { workspace },
    );
    expectSuccess(result);
    const made = JSON.parse(result.outputs.attestations!) as {
      subjects: { name: string }[];
      'bundle-path': string;
      'attestation-id': string;
      'attestation-url': string;
    }[];
    expect(made).toHaveLength(3);
    const posts = github.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(3);
    for (const [i, m] of made.entries()) {
      const bundleJson = fs.readFileSync(m['bundle-path'], 'utf8');
      const statement = statementOf(bundleJson);
      // One subject per statement, the inline predicate as given.
      expect(statement.subject).toEqual([
        { name: m.subjects[0]!.name, digest: { sha256: sha256(m.subjects[0]!.name) } },
      ]);
      expect(statement.predicateType).toBe('https://docs.pypi.org/attestations/publish/v1');
      expect(statement.predicate).toEqual({
        publisher: { kind: 'GitHub', repository: 'octo-org/app' },
        approved: true,
      });
      expect(posts[i]!.body).toEqual({ bundle: JSON.parse(bundleJson) });
      expect(m['attestation-id']).toBe(String(100 + i));
      expect(m['attestation-url']).toBe(`https://github.com/octo-org/app/attestations/${100 + i}`);
    }
    expect(made.map((m) => m.subjects[0]!.name).sort()).toEqual([...names].sort());
    expect(result.outputs['attestation-id']).toBe('100');
    expect(result.outputs['bundle-path']).toBe(made[0]!['bundle-path']);
    expect(JSON.parse(result.outputs.subjects!)).toHaveLength(3);
  });

  it('github-attestation defaults to auto: a custom instance’s bundle is not offered to GitHub (it would refuse it), and nothing fails', async () => {
    github.reset();
    github.on('POST', /attestations$/, () => ({ status: 500, body: { message: 'must not be asked' } }));
    const result = await run({ 'subject-digest': `sha256:${'6'.repeat(64)}`, 'subject-name': 'app.whl' });
    expectSuccess(result);
    expect(github.requests).toEqual([]);
    expect(result.outputs['attestation-id']).toBe('');
    expect(result.stdout).toContain("Not stored with GitHub's attestation API (github-attestation: auto)");
  });

  it('an inline predicate that is not a JSON object is refused naming the input, without quoting it, before signing', async () => {
    const before = stack.requests.fulcio;
    const broken = await run({
      'subject-digest': `sha256:${'7'.repeat(64)}`,
      'subject-name': 'a',
      predicate: '{"token":"ghp_DoNotEcho',
      'predicate-type': 'https://x.test/p',
    });
    expect(broken.exitCode).not.toBe(0);
    const error = broken.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(error).toMatch(/^Input `predicate` starts like a JSON object but is not valid JSON/);
    expect(broken.stdout + broken.stderr).not.toContain('ghp_DoNotEcho');
    const workspace = workspaceFrom(path.join(FIXTURES, 'provenance'));
    fs.writeFileSync(path.join(workspace, 'x.json'), '{"b":2}');
    const both = await run(
      {
        'subject-digest': `sha256:${'7'.repeat(64)}`,
        'subject-name': 'a',
        predicate: '{"a":1}',
        'predicate-type': 'https://x.test/p',
        'predicate-path': 'x.json',
      },
      { workspace },
    );
    expect(both.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^Inputs `predicate` \(inline JSON\) and `predicate-path` cannot be used together/,
    );
    expect(stack.requests.fulcio).toBe(before);
  });

  withRegistry(
    'a pushed image gets an artifact metadata storage record after GitHub stored its attestation (organization owner)',
    async () => {
      const image = testImage(infra!, 'alpine-app');
      github.reset();
      github.on('POST', /^\/repos\/octo-org\/app\/attestations$/, () => ({ status: 201, body: { id: 4321 } }));
      github.on('GET', /^\/repos\/octo-org\/app$/, () => ({
        status: 200,
        body: { full_name: 'octo-org/app', owner: { login: 'octo-org', type: 'Organization' } },
      }));
      github.on('POST', /^\/orgs\/octo-org\/artifacts\/metadata\/storage-record$/, () => ({
        status: 200,
        body: { total_count: 1, storage_records: [{ id: 9001 }] },
      }));
      const result = await run({ 'subject-image': image.ref, 'github-attestation': 'true' });
      expectSuccess(result);
      const record = github.requests.find((r) => r.path === '/orgs/octo-org/artifacts/metadata/storage-record');
      const repository = image.ref.replace(/:[^:/]+$/, '');
      expect(record?.body).toEqual({
        name: repository,
        digest: image.digest,
        registry_url: `https://${repository.split('/')[0]}`,
      });
      expect(record?.headers.authorization).toMatch(/^Bearer /);
      expect(result.outputs['storage-record-ids']).toBe('[9001]');
      expect(result.outputs['attestation-id']).toBe('4321');

      // Refused (no artifact-metadata: write): a warning naming the permission; the attestation stands.
      github.reset();
      github.on('POST', /^\/repos\/octo-org\/app\/attestations$/, () => ({ status: 201, body: { id: 4322 } }));
      github.on('GET', /^\/repos\/octo-org\/app$/, () => ({ status: 200, body: { owner: { type: 'Organization' } } }));
      github.on('POST', /storage-record$/, () => ({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      }));
      const refused = await run({ 'subject-image': image.ref, 'github-attestation': 'true' });
      expectSuccess(refused);
      expect(refused.commands.some((c) => c.command === 'warning' && /artifact-metadata: write/.test(c.message))).toBe(
        true,
      );
      expect(refused.outputs['storage-record-ids']).toBe('[]');
      expect(refused.outputs['attestation-id']).toBe('4322');
    },
  );
});
