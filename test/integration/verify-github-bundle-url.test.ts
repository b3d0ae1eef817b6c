/**
 * verify from dist/ with GitHub's newer attestation list shape: the fake
 * GitHub API lists the attestation with only a `bundle_url`, a loopback blob
 * host serves it Snappy-compressed (written by Go's snappy.Encode, the package
 * gh decodes with). The attestation is the real one GitHub made for an
 * immutable release (gh's test data), checked against GitHub's real trusted
 * root with a policy that names the release signer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, FAKE_GITHUB_TOKEN, type ActionRun } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { closeServer, listenOnLoopback } from '../support/loopback-server.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/verification');
const ASSET_DIGEST = 'sha256:e15b593c6ab8d7725a3cc82226ef816cac6bf9c70eed383bd459295cc65f5ec3';
const RELEASE_PREDICATE = 'https://in-toto.io/attestation/release/v0.1';

let github: FakeGitHub;
let blobs: Server;
let blobOrigin = '';
const blobRequests: { url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  github = new FakeGitHub();
  await github.start();
  blobs = createServer((req, res) => {
    blobRequests.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/octet-stream', connection: 'close' });
    res.end(fs.readFileSync(path.join(FIXTURES, 'gh-cli__github_release_bundle.json.snappy')));
  });
  blobOrigin = `http://127.0.0.1:${await listenOnLoopback(blobs)}`;
});
afterAll(async () => {
  await github?.stop();
  await closeServer(blobs);
});

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'scs-verify-release-'));
  fs.copyFileSync(path.join(FIXTURES, 'gh-cli__github_release_artifact.zip'), path.join(dir, 'artifact.zip'));
  fs.copyFileSync(path.join(FIXTURES, 'kyverno__github-trusted-root.json'), path.join(dir, 'github-trusted-root.json'));
  return dir;
}

function verify(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('verify', {
    workspace: workspace(),
    inputs: {
      files: 'artifact.zip',
      sources: 'github',
      'attestations-owner': 'bdehamer/delme',
      'sigstore-instance': 'custom',
      'trusted-root': 'github-trusted-root.json',
      'signed-evidence': RELEASE_PREDICATE,
      'export-policy': 'false',
      ...inputs,
    },
    env: { GITHUB_API_URL: github.apiUrl },
  });
}

describe('verify: bundle_url-only attestations from GitHub (from dist/)', () => {
  it('fetches the bundle without the token and passes GitHub’s immutable-release attestation for the policy that names its signer', async () => {
    github.reset();
    blobRequests.length = 0;
    github.on('GET', /^\/repos\/bdehamer\/delme\/attestations\/sha256:e15b/, () => ({
      status: 200,
      body: {
        attestations: [
          {
            bundle_url: `${blobOrigin}/attestations/rel.snappy?sv=2025&sig=SIGNED`,
            repository_id: 905988044,
            initiator: 'github',
          },
        ],
      },
    }));
    const run = await verify({ 'certificate-identity': 'https://dotcom.releases.github.com' });
    if (run.exitCode !== 0) throw new Error(`verify failed:\n${run.stdout}\n${run.stderr}`);
    expect(run.outputs.verified).toBe('true');
    expect(run.outputs['signer-identity']).toBe('https://dotcom.releases.github.com');
    expect(github.requests[0]!.path).toBe(`/repos/bdehamer/delme/attestations/${ASSET_DIGEST}?per_page=100`);
    expect(github.requests[0]!.headers.authorization).toBe(`Bearer ${FAKE_GITHUB_TOKEN}`);
    expect(blobRequests).toHaveLength(1);
    expect(blobRequests[0]!.url).toBe('/attestations/rel.snappy?sv=2025&sig=SIGNED');
    expect(blobRequests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(blobRequests[0]!.headers)).not.toContain(FAKE_GITHUB_TOKEN);
  });

  it('the same attestation fails a policy that names a workflow instead of the release signer', async () => {
    github.reset();
    github.on('GET', /attestations\/sha256:e15b/, () => ({
      status: 200,
      body: { attestations: [{ bundle_url: `${blobOrigin}/rel` }] },
    }));
    const run = await verify({
      'certificate-identity': 'https://github.com/bdehamer/delme/.github/workflows/release.yml@refs/tags/v6',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.verified).toBe('false');
    expect(run.stdout + run.stderr).toContain('certificate identity "https://dotcom.releases.github.com" is not');
  });

  it('a plain-http bundle_url off loopback is refused, never requested, and the subject fails', async () => {
    github.reset();
    blobRequests.length = 0;
    github.on('GET', /attestations\/sha256:e15b/, () => ({
      status: 200,
      body: { attestations: [{ bundle_url: 'http://blobs.example.invalid/rel?sig=x' }] },
    }));
    const run = await verify({ 'certificate-identity': 'https://dotcom.releases.github.com' });
    expect(run.outputs.verified).toBe('false');
    expect(run.stdout + run.stderr).toMatch(
      /bundle_url \(http:\/\/blobs\.example\.invalid\/rel\) is not https; refused/,
    );
    expect(blobRequests).toHaveLength(0);
  });
});
