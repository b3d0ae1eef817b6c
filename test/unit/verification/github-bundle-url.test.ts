import { afterEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import * as path from 'node:path';
import nock from 'nock';
import { GitHubClient } from '@scs/github-api';
import {
  EvidenceBudget,
  fetchGitHubAttestations,
  loadTrustedRootFile,
  snappyDecode,
  verifyBundle,
  MAX_BUNDLE_BYTES,
} from '@scs/verification';
import { REPO_ROOT } from '../../support/action-harness.js';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';

/**
 * GitHub's newer list shape: an attestation with only a `bundle_url` (a signed
 * blob-storage URL). The blobs are real: the snappy files were written by Go's
 * github.com/klauspost/compress/snappy v1.18.0 `snappy.Encode` (the package gh
 * decodes them with) from the JSON bundles beside them (SOURCES.md).
 */
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/verification');
const API = 'https://api.github.com';
const TOKEN = 'ghs_BundleUrlTestToken0123456789';
const DIGEST = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
const OWNER = { kind: 'repository', repository: 'malancas/attest-demo' } as const;
const BUNDLE_JSON = fs.readFileSync(path.join(FIXTURES, 'gh-cli__reusable-workflow-attestation.sigstore.json'));
const BUNDLE_SNAPPY = fs.readFileSync(
  path.join(FIXTURES, 'gh-cli__reusable-workflow-attestation.sigstore.json.snappy'),
);
const RELEASE_SNAPPY = fs.readFileSync(path.join(FIXTURES, 'gh-cli__github_release_bundle.json.snappy'));
const RELEASE_JSON = fs.readFileSync(path.join(FIXTURES, 'gh-cli__github_release_bundle.json'));

function client(): GitHubClient {
  return new GitHubClient({ token: TOKEN, apiUrl: API, sleep: async () => undefined, maxRetries: 0 });
}

function listing(bundleUrl: string): nock.Scope {
  return nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
    .get(`/repos/malancas/attest-demo/attestations/${DIGEST}`)
    .query({ per_page: '100' })
    .reply(200, { attestations: [{ bundle_url: bundleUrl, repository_id: 804070735 }] });
}

/** A blob host on loopback (another origin than the API): records every request's headers. */
class BlobHost {
  readonly seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  written = 0;
  private server: Server | undefined;
  port = 0;
  constructor(
    private readonly respond: (url: string, res: import('node:http').ServerResponse, host: BlobHost) => void,
  ) {}
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.seen.push({ url: req.url ?? '', headers: req.headers });
      this.respond(req.url ?? '', res, this);
    });
    this.port = await listenOnLoopback(this.server);
    return `http://127.0.0.1:${this.port}`;
  }
  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}

let host: BlobHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const trust = () => loadTrustedRootFile(path.join(FIXTURES, 'gh-cli__trusted_root.json'));

describe('GitHub attestations behind a bundle_url', () => {
  it('decodes the snappy blob exactly as Go wrote it', () => {
    expect(snappyDecode(BUNDLE_SNAPPY, MAX_BUNDLE_BYTES).equals(BUNDLE_JSON)).toBe(true);
    expect(snappyDecode(RELEASE_SNAPPY, MAX_BUNDLE_BYTES).equals(RELEASE_JSON)).toBe(true);
  });

  it('fetches a bundle_url-only attestation without the token, and the bundle verifies', async () => {
    host = new BlobHost((_url, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(BUNDLE_SNAPPY);
    });
    const origin = await host.start();
    const scope = listing(`${origin}/attestations/blob?sig=SIGNATURE&se=2099`);
    const budget = new EvidenceBudget();
    const result = await fetchGitHubAttestations(client(), OWNER, DIGEST, { budget });
    expect(scope.isDone()).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.bundles).toHaveLength(1);
    expect(result.bundles[0]!.location).toBe(
      `/repos/malancas/attest-demo/attestations/${DIGEST} page 1 #1 (bundle_url)`,
    );
    expect(budget.used).toBe(BUNDLE_JSON.toString('utf8').length);
    // The blob host got the signed URL and nothing that authenticates to GitHub.
    expect(host.seen).toHaveLength(1);
    expect(host.seen[0]!.url).toBe('/attestations/blob?sig=SIGNATURE&se=2099');
    expect(host.seen[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(host.seen[0]!.headers)).not.toContain(TOKEN);
    const verified = verifyBundle(result.bundles[0]!.bundle, {
      trust: trust(),
      subject: { kind: 'image', digest: DIGEST },
      origin: { source: 'github', location: result.bundles[0]!.location },
    });
    expect(verified.reasons).toEqual([]);
    expect(verified.verified).toBe(true);
  });

  it('accepts a blob served as plain JSON too (the older storage form)', async () => {
    host = new BlobHost((_url, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(BUNDLE_JSON);
    });
    listing(`${await host.start()}/b`);
    const result = await fetchGitHubAttestations(client(), OWNER, DIGEST);
    expect(result.problems).toEqual([]);
    const verified = verifyBundle(result.bundles[0]!.bundle, {
      trust: trust(),
      subject: { kind: 'image', digest: DIGEST },
      origin: { source: 'github', location: 'x' },
    });
    expect(verified.verified).toBe(true);
  });

  it('a wrong blob is refused: another artifact’s bundle does not verify, garbage is not a bundle', async () => {
    host = new BlobHost((url, res) => {
      res.writeHead(200);
      res.end(url === '/other' ? RELEASE_SNAPPY : Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
    });
    const origin = await host.start();
    nock(API)
      .get(`/repos/malancas/attest-demo/attestations/${DIGEST}`)
      .query(true)
      .reply(200, { attestations: [{ bundle_url: `${origin}/other` }, { bundle_url: `${origin}/garbage` }] });
    const result = await fetchGitHubAttestations(client(), OWNER, DIGEST);
    expect(result.bundles).toHaveLength(1);
    const verified = verifyBundle(result.bundles[0]!.bundle, {
      trust: trust(),
      subject: { kind: 'image', digest: DIGEST },
      origin: { source: 'github', location: 'x' },
    });
    expect(verified.verified).toBe(false);
    expect(verified.reasons.join('\n')).toMatch(/subject: the statement is about sha256:e15b593c6ab8…/);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /#2 \(bundle_url\): bundle_url http:\/\/127\.0\.0\.1:\d+\/garbage: the answer is neither JSON nor a Snappy-compressed bundle/,
    );
  });

  it('refuses a plain-http bundle_url off loopback without requesting it', async () => {
    const calls: string[] = [];
    nock(API)
      .get(`/repos/malancas/attest-demo/attestations/${DIGEST}`)
      .query(true)
      .reply(200, { attestations: [{ bundle_url: 'http://blobs.example/b?sig=s' }] });
    const result = await fetchGitHubAttestations(client(), OWNER, DIGEST, {
      fetch: async (input) => {
        calls.push(String(input));
        throw new Error('must not be called');
      },
    });
    expect(calls).toEqual([]);
    expect(result.bundles).toEqual([]);
    expect(result.problems[0]).toMatch(/bundle_url \(http:\/\/blobs\.example\/b\) is not https; refused/);
    expect(result.problems[0]).not.toContain('sig=s');
  });

  it('refuses a redirect from the https blob host down to plain http', async () => {
    nock(API)
      .get(`/repos/malancas/attest-demo/attestations/${DIGEST}`)
      .query(true)
      .reply(200, { attestations: [{ bundle_url: 'https://blobs.example/b?sig=s' }] });
    const blob = nock('https://blobs.example', { badheaders: ['authorization'] })
      .get('/b')
      .query(true)
      .reply(302, '', { location: 'http://blobs.example/b' });
    const result = await fetchGitHubAttestations(client(), OWNER, DIGEST);
    expect(blob.isDone()).toBe(true);
    expect(result.bundles).toEqual([]);
    expect(result.problems[0]).toMatch(/a downgrade from HTTPS to plain HTTP is refused/);
  });

  it('cuts an oversized blob off while reading it', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    host = new BlobHost((_url, res, self) => {
      // No content-length: the cap must hold while reading, and the host stops once the client hangs up.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const pump = (): void => {
        while (!res.destroyed && self.written < 256 * 1024 * 1024) {
          self.written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => res.destroy());
      pump();
    });
    listing(`${await host.start()}/huge`);
    const result = await fetchGitHubAttestations(client(), OWNER, DIGEST);
    expect(result.bundles).toEqual([]);
    expect(result.problems[0]).toMatch(new RegExp(`over the ${MAX_BUNDLE_BYTES}-byte limit; refused`));
    // Stopped near the cap, far from the 256 MiB the host would have sent.
    expect(host.written).toBeLessThan(MAX_BUNDLE_BYTES + 16 * 1024 * 1024);
  });

  it('a snappy block announcing more than the cap is refused before anything is allocated', () => {
    // Preamble 0xffffffff0f = 4 GiB - 1.
    expect(() => snappyDecode(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]), MAX_BUNDLE_BYTES)).toThrow(
      /announces 4294967295 bytes, over/,
    );
    // A copy before the start of the output, and an output shorter than announced.
    expect(() => snappyDecode(Buffer.from([0x08, 0x05, 0x01]), 100)).toThrow(/before the start/);
    expect(() => snappyDecode(Buffer.from([0x08, 0x00, 0x61]), 100)).toThrow(/decodes to 1 bytes, not the 8/);
  });

  it('counts fetched blobs against the step budget and stops at the count bound', async () => {
    host = new BlobHost((_url, res) => {
      res.writeHead(200);
      res.end(BUNDLE_SNAPPY);
    });
    const origin = await host.start();
    nock(API)
      .get(`/repos/malancas/attest-demo/attestations/${DIGEST}`)
      .query(true)
      .times(2)
      .reply(200, { attestations: [1, 2, 3].map((n) => ({ bundle_url: `${origin}/b${n}` })) });
    const small = new EvidenceBudget(BUNDLE_JSON.length + 10);
    const byBudget = await fetchGitHubAttestations(client(), OWNER, DIGEST, { budget: small });
    expect(byBudget.bundles).toHaveLength(1);
    expect(byBudget.incomplete?.[0]).toMatch(/reached the \d+-byte bound/);
    expect(small.exhausted).toBe(true);
    const byCount = await fetchGitHubAttestations(client(), OWNER, DIGEST, { maxBundleUrls: 2 });
    expect(byCount.bundles).toHaveLength(2);
    expect(byCount.incomplete?.[0]).toMatch(/more than 2 attestations behind a bundle_url/);
  });
});
