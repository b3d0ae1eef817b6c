/**
 * The built sign-keyless bundle (dist/sign-keyless) with engine: sigstore,
 * against the loopback Sigstore stack (test/support/sigstore-stack.ts) and
 * the loopback registry holding the multi-platform test image: real
 * certificates, log entries, timestamps and referrers, checked with
 * @sigstore/verify and @scs/oci.
 *
 * Each test copies multi:v1 into a repository of its own (skopeo copy --all
 * --preserve-digests), so referrers pushed here never show up in another
 * test's image.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import * as path from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import {
  RegistryClient,
  parseRegistryReference,
  referenceWithDigest,
  referrersTag,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  INDEX_ACCEPT,
} from '@scs/oci';
import { createSigningEngine, getIdToken, resolveSigstoreInstance } from '@scs/signing';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { CountingProxy } from '../support/counting-proxy.js';
import { closeServer, listenOnLoopback } from '../support/loopback-server.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireInfra, requireMultiPlatformImage } from '../support/test-tools.js';

const infra = requireInfra();
const multi = infra ? requireMultiPlatformImage(infra) : undefined;
const describeWithInfra = infra && multi ? describe : describe.skip;

let stack: SigstoreStack;
const registry = new RegistryClient();
const SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

beforeAll(async () => {
  if (infra && multi) stack = await startSigstoreStack();
});
afterAll(async () => {
  await stack?.close();
});

/** A private copy of multi:v1 (same digests) in repository `name`. */
function copyMulti(name: string, tag = 'v1'): string {
  execFileSync(
    'skopeo',
    [
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${multi!.ref}`,
      `docker://${infra!.registry}/${name}:${tag}`,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return `${infra!.registry}/${name}:${tag}`;
}

function stackInputs(): Record<string, string> {
  return {
    engine: 'sigstore',
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

function stackEnv(): Record<string, string> {
  return { ...stack.env(), SCS_SIGSTORE_RETRY_BASE_MS: '5' };
}

function verifier(): Verifier {
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  return new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
}

function failureMessage(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

function expectNoTokenLeak(run: ActionRun): void {
  const tokens = stack.issuedTokens;
  expect(tokens.length).toBeGreaterThan(0);
  // `::add-mask::<token>` is the masking command itself (the runner swallows it): it must be there, and nothing else.
  const masked = run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
  for (const token of tokens.filter((t) => run.stdout.includes(t))) expect(masked).toContain(token);
  const places: [string, string][] = [
    [
      'stdout',
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ],
    ['stderr', run.stderr],
    ['outputs', JSON.stringify(run.outputs)],
    ['summary', run.summary],
    ...[...filesUnder(run.runnerTemp), ...filesUnder(run.workspace)].map((file): [string, string] => [
      file,
      fs.readFileSync(file, 'latin1'),
    ]),
  ];
  for (const token of tokens) {
    const signature = token.split('.')[2]!;
    for (const [where, text] of places) {
      if (text.includes(token) || text.includes(signature)) throw new Error(`the OIDC token leaked into ${where}`);
    }
  }
}

describeWithInfra('sign-keyless with engine: sigstore (dist bundle, loopback Sigstore + registry)', () => {
  it('signs the multi-arch image recursively: verifiable bundles with the workflow identity, referrers in the tag-schema index', async () => {
    const image = copyMulti(`sign-${randomBytes(4).toString('hex')}`);
    const run = await runAction('sign-keyless', {
      inputs: { image, recursive: 'true', ...stackInputs() },
      env: stackEnv(),
    });
    expect(failureMessage(run)).toBe('');
    expect(run.exitCode).toBe(0);

    const repository = image.replace(/:v1$/, '');
    const subjects = [multi!.digest, ...multi!.platforms.map((p) => p.digest)];
    expect(run.outputs.digest).toBe(multi!.digest);
    expect(run.outputs.image).toBe(`${repository}@${multi!.digest}`);
    const identity = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
    expect(run.outputs['certificate-identity']).toBe(identity);
    expect(run.outputs['certificate-oidc-issuer']).toBe(stack.issuer);
    expect(run.outputs['rekor-log-index']).toMatch(/^\d+$/);
    expect(run.outputs['verify-command']).toBe(
      `cosign verify '${repository}@${multi!.digest}' --certificate-identity '${identity}' --certificate-oidc-issuer '${stack.issuer}' --trusted-root '${stack.trustedRootPath}'`,
    );

    // One bundle per digest, each verifying, each over cosign's image-signature statement for that digest.
    const bundlePaths = JSON.parse(run.outputs['bundle-paths']!) as string[];
    expect(bundlePaths).toHaveLength(subjects.length);
    bundlePaths.forEach((file, i) => {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      const signer = verifier().verify(toSignedEntity(bundleFromJSON(json)), {
        subjectAlternativeName: identity,
        extensions: { issuer: stack.issuer },
      });
      expect(signer.identity?.subjectAlternativeName).toBe(identity);
      const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'));
      expect(statement.predicateType).toBe(SIGN_PREDICATE);
      expect(statement.subject).toEqual([{ digest: { sha256: subjects[i]!.slice(7) }, annotations: {} }]);
    });

    // The referrers: listed in each subject's sha256-<hex> tag index (docker-registry has no referrers API).
    const refs = JSON.parse(run.outputs['signature-refs']!) as {
      subject: string;
      location: string;
      via: string;
      manifestDigest: string;
    }[];
    expect(refs.map((r) => r.subject)).toEqual(subjects.map((d) => `${repository}@${d}`));
    const ref = parseRegistryReference(image);
    for (const [i, subject] of subjects.entries()) {
      expect(refs[i]!.via).toBe('tag-schema');
      const listing = await registry.listReferrers(ref, subject, { artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE });
      expect(listing.via).toBe('tag-schema');
      expect(listing.referrers).toHaveLength(1);
      const entry = listing.referrers[0]!;
      expect(entry.digest).toBe(refs[i]!.manifestDigest);
      expect(entry.annotations?.['dev.sigstore.bundle.content']).toBe('dsse-envelope');
      expect(entry.annotations?.['dev.sigstore.bundle.predicateType']).toBe(SIGN_PREDICATE);
      // The stored bundle is the one written to disk.
      const manifest = await registry.getManifest(ref, entry.digest);
      expect(manifest.manifest.subject?.digest).toBe(subject);
      const layer = await registry.fetchBlob(ref, manifest.manifest.layers[0]!, { maxBytes: 1 << 20 });
      expect(layer.toString('utf8')).toBe(fs.readFileSync(bundlePaths[i]!, 'utf8'));
      expect(await registry.manifestExists(ref, referrersTag(subject), INDEX_ACCEPT)).toBeDefined();
    }

    // The summary: every digest, the identity, where stored, log links, the verify command.
    for (const subject of subjects) expect(run.summary).toContain(subject);
    expect(run.summary).toContain('tag-schema');
    expect(run.summary).toContain('linux/amd64');
    expect(run.summary).toContain(`${stack.rekorUrl}/api/v1/log/entries?logIndex=`);
    expect(run.summary).toContain('cosign verify');
    expectNoTokenLeak(run);
  });

  it('signs what the tag pointed at when it was resolved, even if the tag moves before signing', async () => {
    const name = `moving-${randomBytes(4).toString('hex')}`;
    const image = copyMulti(name);
    // Another image to move the tag to: a single platform manifest of the index.
    const other = multi!.platforms[0]!;
    // Hold the first Fulcio request (made after the one resolution) while the tag is moved.
    stack.faults.fulcio = { hangMs: 3000, times: 1 };
    const before = stack.requests.fulcio;
    const running = runAction('sign-keyless', { inputs: { image, ...stackInputs() }, env: stackEnv() });
    for (let i = 0; i < 200 && stack.requests.fulcio === before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(stack.requests.fulcio).toBeGreaterThan(before);
    execFileSync(
      'skopeo',
      [
        'copy',
        '--preserve-digests',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        `docker://${infra!.registry}/${name}@${other.digest}`,
        `docker://${image}`,
      ],
      { stdio: 'pipe', timeout: 60_000 },
    );
    const ref = parseRegistryReference(image);
    expect((await registry.resolveDigest(ref)).digest).toBe(other.digest);
    const run = await running;
    expect(failureMessage(run)).toBe('');
    expect(run.outputs.digest).toBe(multi!.digest);
    expect((await registry.listReferrers(ref, multi!.digest)).referrers).toHaveLength(1);
    expect((await registry.listReferrers(ref, other.digest)).referrers).toHaveLength(0);
  });

  it('without id-token permission: a clear error before any request', async () => {
    const proxy = new CountingProxy(infra!.registry);
    await proxy.start();
    try {
      const before = { ...stack.requests };
      const run = await runAction('sign-keyless', {
        inputs: { image: `${proxy.address}/multi:v1`, ...stackInputs() },
        env: { SCS_SIGSTORE_RETRY_BASE_MS: '5' },
      });
      expect(run.exitCode).toBe(1);
      expect(failureMessage(run)).toMatch(/No GitHub OIDC token is available[\s\S]*permissions:\s+id-token: write/);
      expect(proxy.paths).toEqual([]);
      expect(stack.requests).toEqual(before);
      expect(run.outputs).toEqual({});
    } finally {
      await proxy.stop();
    }
  });

  it('on a fork pull request: says forks get no OIDC token and how to gate the step', async () => {
    const run = await runAction('sign-keyless', {
      inputs: { image: multi!.refByDigest, ...stackInputs() },
      event: 'fork_pull_request',
    });
    expect(run.exitCode).toBe(1);
    expect(failureMessage(run)).toMatch(
      /pull request from a fork[\s\S]*if: github\.event_name != 'pull_request' \|\| github\.event\.pull_request\.head\.repo\.full_name == github\.repository/,
    );
  });

  it('a private repository on the public-good log is refused before anything is signed', async () => {
    stack.setClaims({ repository_visibility: 'private' });
    try {
      const before = stack.requests.fulcio;
      const run = await runAction('sign-keyless', {
        inputs: { image: multi!.refByDigest, engine: 'sigstore' },
        env: stackEnv(),
      });
      expect(run.exitCode).toBe(1);
      expect(failureMessage(run)).toMatch(
        /repository is private \(the OIDC token \(repository_visibility: private\)\)[\s\S]*sigstore-instance: github[\s\S]*public-log: true/,
      );
      expect(stack.requests.fulcio).toBe(before);
      expect(run.outputs).toEqual({});
    } finally {
      stack.setClaims({ repository_visibility: 'public' });
    }
  });

  it('retries Fulcio 502 twice and signs once', async () => {
    const workspace = fs.mkdtempSync(path.join(path.dirname(stack.trustedRootPath), 'ws-'));
    fs.mkdirSync(path.join(workspace, 'dist'));
    fs.writeFileSync(path.join(workspace, 'dist', 'app.tar.gz'), 'release\n');
    stack.faults.fulcio = { status: 502, times: 2 };
    const before = { fulcio: stack.requests.fulcio, entries: stack.rekorEntries() };
    const run = await runAction('sign-keyless', {
      inputs: { files: 'dist/*.tar.gz', ...stackInputs() },
      env: stackEnv(),
      workspace,
    });
    expect(failureMessage(run)).toBe('');
    expect(stack.requests.fulcio - before.fulcio).toBe(3);
    expect(stack.rekorEntries() - before.entries).toBe(1);
    const bundle = path.join(workspace, 'dist', 'app.tar.gz.sigstore.json');
    expect(JSON.parse(run.outputs['bundle-paths']!)).toEqual([bundle]);
    const entity = toSignedEntity(
      bundleFromJSON(JSON.parse(fs.readFileSync(bundle, 'utf8'))),
      Buffer.from('release\n'),
    );
    expect(() =>
      new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), {
        tlogThreshold: 1,
        ctlogThreshold: 1,
        timestampThreshold: 1,
      }).verify(entity),
    ).not.toThrow();
    expect(run.outputs['verify-command']).toContain(
      "cosign verify-blob 'dist/app.tar.gz' --bundle 'dist/app.tar.gz.sigstore.json'",
    );
    expectNoTokenLeak(run);
  });

  it('Rekor down: a clear failure naming Rekor, and nothing reported or stored as signed', async () => {
    const name = `rekor-down-${randomBytes(4).toString('hex')}`;
    const image = copyMulti(name);
    stack.faults.rekor = { status: 502 };
    try {
      const run = await runAction('sign-keyless', { inputs: { image, ...stackInputs() }, env: stackEnv() });
      expect(run.exitCode).toBe(1);
      expect(failureMessage(run)).toMatch(
        /^Infrastructure failure \(not a finding\): Rekor \(http:\/\/127\.0\.0\.1:\d+\) did not answer successfully after 4 tries/,
      );
      expect(run.outputs).toEqual({});
      expect(run.summary).toContain('did not complete');
      expect(filesUnder(path.join(run.runnerTemp, 'sign-keyless')).filter((f) => f.endsWith('.sigstore.json'))).toEqual(
        [],
      );
      expect((await registry.listReferrers(parseRegistryReference(image), multi!.digest)).referrers).toHaveLength(0);
    } finally {
      stack.faults.rekor = undefined;
    }
  });

  it('registry refusing the push: says which permission or login is missing', async () => {
    const name = `denied-${randomBytes(4).toString('hex')}`;
    copyMulti(name);
    // Reads go through; writes are refused as a registry does without push rights.
    const [host, port] = infra!.registry.split(':');
    const server: Server = createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] }),
        );
        req.resume();
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
    const proxyPort = await listenOnLoopback(server);
    try {
      const run = await runAction('sign-keyless', {
        inputs: { image: `127.0.0.1:${proxyPort}/${name}:v1`, ...stackInputs() },
        env: stackEnv(),
      });
      expect(run.exitCode).toBe(1);
      const message = failureMessage(run);
      expect(message).toMatch(/403/);
      expect(message).toMatch(/docker login 127\.0\.0\.1:\d+/);
      expect(run.outputs).toEqual({});
      expectNoTokenLeak(run);
    } finally {
      await closeServer(server);
    }
  });
});

describeWithInfra('the signing engine API (what the provenance action calls), in process', () => {
  it('attest(statement, { pushTo }) stores a DSSE referrer annotated with the predicate type', async () => {
    const image = copyMulti(`attest-${randomBytes(4).toString('hex')}`);
    const ref = parseRegistryReference(image);
    const engine = await createSigningEngine({
      engine: 'sigstore',
      instance: resolveSigstoreInstance('custom', {
        fulcioUrl: stack.fulcioUrl,
        rekorUrl: stack.rekorUrl,
        tsaUrl: stack.tsaUrl,
        trustedRootPath: stack.trustedRootPath,
      }),
      idToken: () => getIdToken('sigstore', { env: stack.env(), mask: () => undefined }),
      registry,
    });
    const pushTo = {
      reference: referenceWithDigest(ref, multi!.digest),
      repository: image.replace(/:v1$/, ''),
      digest: multi!.digest,
      mediaType: multi!.mediaType,
      size: multi!.size,
    };
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: pushTo.repository, digest: { sha256: multi!.digest.slice(7) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } },
    };
    const bundlePath = path.join(path.dirname(stack.trustedRootPath), `att-${randomBytes(4).toString('hex')}.json`);
    const outcome = await engine.attest(statement, { bundlePath, pushTo });
    expect(outcome.stored?.via).toBe('tag-schema');
    const listing = await registry.listReferrers(ref, multi!.digest);
    expect(listing.referrers).toHaveLength(1);
    expect(listing.referrers[0]!.annotations?.['dev.sigstore.bundle.predicateType']).toBe(
      'https://slsa.dev/provenance/v1',
    );
    expect(listing.referrers[0]!.artifactType).toBe(SIGSTORE_BUNDLE_MEDIA_TYPE);
    expect(() => verifier().verify(toSignedEntity(bundleFromJSON(JSON.parse(outcome.bundleJson))))).not.toThrow();
  });
});
