/**
 * main.ts with its collaborators replaced: the order of the steps (no OIDC,
 * nothing else happens; nothing is installed or signed before the statement
 * is valid), the tag resolved once, the verified claims, and what reaches the
 * engine and the outputs. The OIDC token comes from the loopback stack.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, type Logger, type RunContext } from '@scs/action-kit';
import { GitHubClient } from '@scs/github-api';
import type { EngineConfig, InTotoStatementLike, SignOutcome, SigningEngine } from '@scs/signing';
import type { ProvenanceInputs } from '../../../actions/provenance/src/inputs.js';
import { run, type ProvenanceDeps } from '../../../actions/provenance/src/main.js';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstoreStack({ claims: { repository: 'octo-org/app' } });
});
afterAll(async () => {
  await stack?.close();
});

const DIGEST = `sha256:${'9'.repeat(64)}`;
const MANIFEST = `sha256:${'8'.repeat(64)}`;

function inputs(overrides: Partial<ProvenanceInputs> = {}): ProvenanceInputs {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-main-'));
  return {
    subjects: { image: '127.0.0.1:5000/app:v1', paths: [], checksums: '', digest: '', name: '' },
    predicate: { kind: 'slsa' },
    engine: 'sigstore',
    cosign: { version: '', sha256: '', path: '', mirror: '' },
    sigstore: { instance: 'public-good', publicLog: false, fulcioUrl: '', rekorUrl: '', tsaUrl: '', trustedRoot: '' },
    oidcIssuer: stack.issuer,
    pushToRegistry: true,
    registryUsername: '',
    registryPassword: '',
    githubAttestation: 'false',
    createStorageRecord: true,
    perSubject: false,
    outputDir: path.join(dir, 'out'),
    summary: true,
    githubToken: 'ghs_x',
    workspace: dir,
    ...overrides,
  };
}

interface Recorder {
  events: string[];
  infos: string[];
  outputs: Record<string, string>;
  summaries: string[];
  statements: InTotoStatementLike[];
  configs: EngineConfig[];
  pushTargets: unknown[];
}

function deps(
  overrides: Partial<ProvenanceDeps> & { env?: NodeJS.ProcessEnv; stored?: boolean; bundle?: object } = {},
): { deps: ProvenanceDeps; rec: Recorder } {
  const rec: Recorder = {
    events: [],
    infos: [],
    outputs: {},
    summaries: [],
    statements: [],
    configs: [],
    pushTargets: [],
  };
  const logger: Logger = {
    info: (m) => void rec.infos.push(m),
    debug: () => undefined,
    warning: (m) => void rec.events.push(`warning:${m}`),
    untrusted: () => undefined,
    group: (_t, fn) => fn(),
  };
  const context = {
    eventName: 'push',
    repository: 'octo-org/app',
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9',
    runnerTemp: os.tmpdir(),
    payload: {},
    runId: '1',
    runAttempt: '1',
  } as unknown as RunContext;
  const engine: SigningEngine = {
    name: 'sigstore',
    signImage: async () => {
      throw new Error('not used');
    },
    signBlob: async () => {
      throw new Error('not used');
    },
    attest: async (statement, options): Promise<SignOutcome> => {
      rec.events.push('attest');
      rec.statements.push(statement);
      rec.pushTargets.push(options.pushTo);
      fs.mkdirSync(path.dirname(options.bundlePath), { recursive: true });
      const bundle = overrides.bundle ?? {
        dsseEnvelope: {
          payloadType: 'application/vnd.in-toto+json',
          payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
          signatures: [],
        },
      };
      fs.writeFileSync(options.bundlePath, JSON.stringify(bundle));
      return {
        bundle,
        bundleJson: JSON.stringify(bundle),
        bundlePath: options.bundlePath,
        certificateIdentity: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main',
        certificateIssuer: stack.issuer,
        tlog: { logIndex: '7', logId: 'x', integratedTime: '1', url: 'https://search.sigstore.dev/?logIndex=7' },
        timestamps: 0,
        ...(options.pushTo && overrides.stored !== false
          ? {
              stored: {
                repository: '127.0.0.1:5000/app',
                manifestDigest: MANIFEST,
                via: 'tag-schema' as const,
                location: 'x',
              },
            }
          : {}),
      };
    },
  };
  const value: ProvenanceDeps = {
    context,
    env: overrides.env ?? stack.env(),
    logger,
    setOutput: (name, v) => void (rec.outputs[name] = v),
    writeSummary: async (markdown) => void rec.summaries.push(markdown),
    summaryBudget: async () => 1_000_000,
    now: () => new Date('2026-11-26T12:00:00Z'),
    registry: () =>
      ({
        resolveDigest: async () => {
          rec.events.push('resolve');
          return { digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 123 };
        },
      }) as never,
    installCosign: async () => {
      rec.events.push('install-cosign');
      return { name: 'cosign', version: '3.0.2', binary: '/bin/false', source: 'cache' } as never;
    },
    createEngine: async (config) => {
      rec.events.push('create-engine');
      rec.configs.push(config);
      return engine;
    },
    github: () => {
      throw new Error('not used');
    },
    ...overrides,
  };
  return { deps: value, rec };
}

describe('provenance main', () => {
  it('without an OIDC token fails first: nothing resolved, installed or signed', async () => {
    const { deps: d, rec } = deps({ env: {} });
    await expect(run(inputs({ engine: 'cosign' }), d)).rejects.toThrow(/permissions:\n\s+id-token: write/);
    expect(rec.events).toEqual([]);
    expect(rec.summaries[0]).toContain('Attestation could not be completed');
  });

  it('resolves the tag once and signs GitHub-shaped provenance from the verified claims, pushed to that digest', async () => {
    const { deps: d, rec } = deps();
    await run(inputs(), d);
    expect(rec.events).toEqual(['resolve', 'create-engine', 'attest']);
    const statement = rec.statements[0]!;
    expect(statement.subject).toEqual([{ name: '127.0.0.1:5000/app', digest: { sha256: '9'.repeat(64) } }]);
    const predicate = statement.predicate as {
      runDetails: { builder: { id: string } };
      buildDefinition: { resolvedDependencies: { digest: { gitCommit: string } }[] };
    };
    expect(predicate.runDetails.builder.id).toBe(`https://github.com/${stack.claims().job_workflow_ref}`);
    expect(predicate.buildDefinition.resolvedDependencies[0]!.digest.gitCommit).toBe(stack.claims().sha);
    expect(rec.pushTargets[0]).toMatchObject({
      repository: '127.0.0.1:5000/app',
      digest: DIGEST,
      size: 123,
      reference: { digest: DIGEST },
    });
    expect(rec.configs[0]).toMatchObject({ engine: 'sigstore', instance: { name: 'public-good' } });
    expect(await rec.configs[0]!.idToken()).toMatch(/^ey/);
    expect(rec.outputs).toMatchObject({
      'predicate-type': 'https://slsa.dev/provenance/v1',
      'rekor-log-index': '7',
      'attestation-id': '',
      'attestation-url': '',
      'attestation-refs': JSON.stringify([
        { repository: '127.0.0.1:5000/app', manifestDigest: MANIFEST, via: 'tag-schema', location: 'x' },
      ]),
    });
    expect(rec.outputs['bundle-path']).toMatch(/slsa-[0-9a-f]{16}\.sigstore\.json$/);
    expect(rec.summaries[0]).toContain('cosign verify-attestation --type slsaprovenance1');
  });

  it('refuses claims that do not verify against the issuer, before anything is signed', async () => {
    const { deps: d, rec } = deps();
    const other = await startSigstoreStack();
    try {
      await expect(run(inputs({ oidcIssuer: other.issuer }), d)).rejects.toThrow(/could not be verified against/);
    } finally {
      await other.close();
    }
    expect(rec.events).toEqual([]);
  });

  it('refuses a private repository on the public log unless acknowledged', async () => {
    stack.setClaims({ repository_visibility: 'private' });
    try {
      const { deps: d, rec } = deps();
      await expect(run(inputs(), d)).rejects.toThrow(/This repository is private/);
      expect(rec.events).toEqual([]);
      const ok = deps();
      await run(
        inputs({
          sigstore: {
            instance: 'public-good',
            publicLog: true,
            fulcioUrl: '',
            rekorUrl: '',
            tsaUrl: '',
            trustedRoot: '',
          },
        }),
        ok.deps,
      );
      expect(ok.rec.events.some((e) => e.startsWith('warning:This repository is private'))).toBe(true);
    } finally {
      stack.setClaims({ repository_visibility: 'public' });
    }
  });

  it('installs cosign only once the statement is valid', async () => {
    const bad = deps();
    const i = inputs({
      engine: 'cosign',
      subjects: { image: '', paths: [], checksums: '', digest: DIGEST, name: 'a' },
      predicate: { kind: 'custom', predicateType: 'https://x.test/p', predicatePath: '/nonexistent/p.json' },
    });
    await expect(run(i, bad.deps)).rejects.toThrow(ConfigurationError);
    expect(bad.rec.events).toEqual([]);
    const good = deps();
    await run(inputs({ engine: 'cosign' }), good.deps);
    expect(good.rec.events).toEqual(['resolve', 'install-cosign', 'create-engine', 'attest']);
    expect(good.rec.configs[0]!.cosign).toMatchObject({ binary: '/bin/false' });
  });

  it('does not push without an image or with push-to-registry: false, and never reports a push that did not happen', async () => {
    const files = deps();
    await run(inputs({ subjects: { image: '', paths: [], checksums: '', digest: DIGEST, name: 'a.whl' } }), files.deps);
    expect(files.rec.pushTargets).toEqual([undefined]);
    expect(files.rec.outputs['attestation-refs']).toBe('[]');
    expect(files.rec.summaries[0]).toContain('not applicable (no subject-image)');
    const off = deps();
    await run(inputs({ pushToRegistry: false }), off.deps);
    expect(off.rec.pushTargets).toEqual([undefined]);
    expect(off.rec.summaries[0]).toContain('not pushed (push-to-registry: false)');
    const lost = deps({ stored: false });
    await expect(run(inputs(), lost.deps)).rejects.toThrow(/reported no registry location/);
  });

  it('refuses a bundle that does not sign exactly the statement it built, and reports nothing as stored', async () => {
    const other = Buffer.from(
      '{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"a.txt","digest":{"sha256":"00"}}]}',
    ).toString('base64');
    const { deps: d, rec } = deps({
      bundle: { dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: other, signatures: [] } },
    });
    await expect(run(inputs(), d)).rejects.toThrow(
      /returned a bundle that does not sign the statement built by this step \(its payload has sha256 [0-9a-f]{64}, the statement [0-9a-f]{64}\); .*already stored at 127.0.0.1:5000\/app@sha256:8{64}/,
    );
    expect(rec.outputs['bundle-path']).toBeUndefined();
    expect(rec.outputs['attestation-refs']).toBeUndefined();
    const wrongType = deps({ bundle: { dsseEnvelope: { payloadType: 'text/plain', payload: other } } });
    await expect(run(inputs(), wrongType.deps)).rejects.toThrow(/payload type is 'text\/plain'/);
    const none = deps({ bundle: { messageSignature: {} } });
    await expect(run(inputs(), none.deps)).rejects.toThrow(/holds no DSSE envelope/);
  });

  describe("GitHub's attestation API and storage records (actions/attest parity)", () => {
    const API = 'https://api.github.test';
    const TOKEN = 'ghs_mainTestToken0123456789';
    const github = () => new GitHubClient({ token: TOKEN, apiUrl: API, sleep: async () => undefined, maxRetries: 0 });
    const orgPayload = { repository: { owner: { type: 'Organization' } } };

    it('auto (the default): stored, with a storage record for the pushed image of an organization; outputs carry the ids', async () => {
      const api = nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
        .post('/repos/octo-org/app/attestations', (body: { bundle?: { dsseEnvelope?: unknown } }) =>
          Boolean(body.bundle?.dsseEnvelope),
        )
        .reply(201, { id: 4242 })
        .post('/orgs/octo-org/artifacts/metadata/storage-record', {
          name: '127.0.0.1:5000/app',
          digest: DIGEST,
          registry_url: 'https://127.0.0.1:5000',
        })
        .reply(200, { total_count: 1, storage_records: [{ id: 77, name: '127.0.0.1:5000/app', digest: DIGEST }] });
      const { deps: d, rec } = deps({ github });
      d.context = { ...d.context, payload: orgPayload } as RunContext;
      await run(inputs({ githubAttestation: 'auto', githubToken: TOKEN }), d);
      expect(api.isDone()).toBe(true);
      expect(rec.outputs).toMatchObject({
        'attestation-id': '4242',
        'attestation-url': 'https://github.com/octo-org/app/attestations/4242',
        'storage-record-ids': '[77]',
      });
      expect(JSON.parse(rec.outputs.attestations!)).toEqual([
        expect.objectContaining({ 'attestation-id': '4242', 'bundle-path': rec.outputs['bundle-path'] }),
      ]);
    });

    it('auto: a token without attestations: write is a notice, not a failure; true fails; a user-owned repository gets no storage record', async () => {
      nock(API)
        .post('/repos/octo-org/app/attestations')
        .reply(403, { message: 'Resource not accessible by integration' });
      const notices: string[] = [];
      const { deps: d, rec } = deps({ github, notice: (m) => void notices.push(m) });
      await run(inputs({ githubAttestation: 'auto', githubToken: TOKEN }), d);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(
        /^Not stored with GitHub's attestation API \(github-attestation: auto\): .*HTTP 403.*`permissions: attestations: write`/,
      );
      expect(rec.outputs).toMatchObject({ 'attestation-id': '', 'attestation-url': '', 'storage-record-ids': '[]' });
      expect(rec.events.some((e) => e.startsWith('warning:'))).toBe(false);

      nock(API)
        .post('/repos/octo-org/app/attestations')
        .reply(403, { message: 'Resource not accessible by integration' });
      const strict = deps({ github });
      await expect(run(inputs({ githubAttestation: 'true', githubToken: TOKEN }), strict.deps)).rejects.toThrow(
        /needs `permissions: attestations: write`/,
      );

      const user = nock(API)
        .post('/repos/octo-org/app/attestations')
        .reply(201, { id: 5 })
        .get('/repos/octo-org/app')
        .reply(200, { owner: { type: 'User' } });
      const personal = deps({ github });
      await run(inputs({ githubAttestation: 'auto', githubToken: TOKEN }), personal.deps);
      expect(user.isDone()).toBe(true);
      expect(personal.rec.outputs['storage-record-ids']).toBe('[]');
      expect(personal.rec.infos.find((e) => e.includes('No artifact metadata storage record'))).toMatch(
        /organizations only; octo-org is a User/,
      );
      expect(personal.rec.events.some((e) => e.startsWith('warning:'))).toBe(false);
    });

    it('auto: a storage record GitHub refuses is a warning naming artifact-metadata: write; the attestation stands', async () => {
      nock(API)
        .post('/repos/octo-org/app/attestations')
        .reply(201, { id: 9 })
        .post('/orgs/octo-org/artifacts/metadata/storage-record')
        .reply(403, { message: 'Resource not accessible by integration' });
      const { deps: d, rec } = deps({ github });
      d.context = { ...d.context, payload: orgPayload } as RunContext;
      await run(inputs({ githubAttestation: 'auto', githubToken: TOKEN }), d);
      expect(rec.outputs['attestation-id']).toBe('9');
      expect(rec.events.find((e) => e.startsWith('warning:'))).toMatch(
        /HTTP 403.*`permissions: artifact-metadata: write`/,
      );
      // create-storage-record: false asks nothing.
      nock(API).post('/repos/octo-org/app/attestations').reply(201, { id: 10 });
      const off = deps({ github });
      off.deps.context = { ...off.deps.context, payload: orgPayload } as RunContext;
      await run(inputs({ githubAttestation: 'auto', githubToken: TOKEN, createStorageRecord: false }), off.deps);
      expect(off.rec.outputs['storage-record-ids']).toBe('[]');
    });

    it('auto on a custom Sigstore instance does not ask GitHub (it takes public-good and github bundles only)', async () => {
      const { deps: d, rec } = deps();
      await run(
        inputs({
          githubAttestation: 'auto',
          sigstore: {
            instance: 'custom',
            publicLog: false,
            fulcioUrl: 'http://127.0.0.1:1',
            rekorUrl: 'http://127.0.0.1:2',
            tsaUrl: '',
            trustedRoot: stack.trustedRootPath,
          },
        }),
        d,
      );
      expect(rec.outputs['attestation-id']).toBe('');
      expect(
        rec.infos.some((e) => e.includes('it takes bundles of the public-good or github Sigstore instance only')),
      ).toBe(true);
    });
  });

  it('attestation-per-subject: one statement per subject, the image pushed with its own, every bundle in the attestations output', async () => {
    const { deps: d, rec } = deps();
    const i = inputs({
      perSubject: true,
      subjects: {
        image: '127.0.0.1:5000/app:v1',
        paths: [],
        checksums: '',
        digest: `sha256:${'a'.repeat(64)}`,
        name: 'app.whl',
      },
    });
    await run(i, d);
    expect(rec.statements.map((st) => st.subject)).toEqual([
      [{ name: '127.0.0.1:5000/app', digest: { sha256: '9'.repeat(64) } }],
      [{ name: 'app.whl', digest: { sha256: 'a'.repeat(64) } }],
    ]);
    expect(rec.pushTargets).toEqual([expect.objectContaining({ digest: DIGEST }), undefined]);
    const made = JSON.parse(rec.outputs.attestations!) as { subjects: unknown[]; 'bundle-path': string }[];
    expect(made).toHaveLength(2);
    expect(made[0]!['bundle-path']).not.toBe(made[1]!['bundle-path']);
    for (const m of made) expect(fs.existsSync(m['bundle-path'])).toBe(true);
    expect(rec.outputs['bundle-path']).toBe(made[0]!['bundle-path']);
    expect(JSON.parse(rec.outputs.subjects!)).toHaveLength(2);
    // Without it: one statement with both subjects.
    const one = deps();
    await run(inputs({ subjects: i.subjects }), one.deps);
    expect(one.rec.statements).toHaveLength(1);
    expect(one.rec.statements[0]!.subject).toHaveLength(2);
  });

  it('signs an inline JSON predicate (the predicate input) as given', async () => {
    const { deps: d, rec } = deps();
    await run(
      inputs({
        predicate: {
          kind: 'custom',
          predicateType: 'https://example.com/review/v1',
          predicatePath: '',
          inline: { approved: true },
        },
      }),
      d,
    );
    expect(rec.statements[0]).toMatchObject({
      predicateType: 'https://example.com/review/v1',
      predicate: { approved: true },
    });
  });

  it('says there is nothing to attest', async () => {
    const { deps: d } = deps();
    await expect(
      run(inputs({ subjects: { image: '', paths: [], checksums: '', digest: '', name: '' } }), d),
    ).rejects.toThrow(/Nothing to attest/);
  });
});
