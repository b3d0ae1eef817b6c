/**
 * main.ts with its collaborators replaced: the order of the steps (no OIDC,
 * nothing else happens; nothing is installed or signed before the statement
 * is valid), the tag resolved once, the verified claims, and what reaches the
 * engine and the outputs. The OIDC token comes from the loopback stack.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, type Logger, type RunContext } from '@scs/action-kit';
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
    githubAttestation: false,
    outputDir: path.join(dir, 'out'),
    summary: true,
    githubToken: 'ghs_x',
    workspace: dir,
    ...overrides,
  };
}

interface Recorder {
  events: string[];
  outputs: Record<string, string>;
  summaries: string[];
  statements: InTotoStatementLike[];
  configs: EngineConfig[];
  pushTargets: unknown[];
}

function deps(overrides: Partial<ProvenanceDeps> & { env?: NodeJS.ProcessEnv; stored?: boolean; bundle?: object } = {}): { deps: ProvenanceDeps; rec: Recorder } {
  const rec: Recorder = { events: [], outputs: {}, summaries: [], statements: [], configs: [], pushTargets: [] };
  const logger: Logger = { info: () => undefined, debug: () => undefined, warning: (m) => void rec.events.push(`warning:${m}`), untrusted: () => undefined, group: (_t, fn) => fn() };
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
      const bundle = overrides.bundle ?? { dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement)).toString('base64'), signatures: [] } };
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
          ? { stored: { repository: '127.0.0.1:5000/app', manifestDigest: MANIFEST, via: 'tag-schema' as const, location: 'x' } }
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
    const predicate = statement.predicate as { runDetails: { builder: { id: string } }; buildDefinition: { resolvedDependencies: { digest: { gitCommit: string } }[] } };
    expect(predicate.runDetails.builder.id).toBe(`https://github.com/${stack.claims().job_workflow_ref}`);
    expect(predicate.buildDefinition.resolvedDependencies[0]!.digest.gitCommit).toBe(stack.claims().sha);
    expect(rec.pushTargets[0]).toMatchObject({ repository: '127.0.0.1:5000/app', digest: DIGEST, size: 123, reference: { digest: DIGEST } });
    expect(rec.configs[0]).toMatchObject({ engine: 'sigstore', instance: { name: 'public-good' } });
    expect(await rec.configs[0]!.idToken()).toMatch(/^ey/);
    expect(rec.outputs).toMatchObject({
      'predicate-type': 'https://slsa.dev/provenance/v1',
      'rekor-log-index': '7',
      'attestation-id': '',
      'attestation-url': '',
      'attestation-refs': JSON.stringify([{ repository: '127.0.0.1:5000/app', manifestDigest: MANIFEST, via: 'tag-schema', location: 'x' }]),
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
      await run(inputs({ sigstore: { instance: 'public-good', publicLog: true, fulcioUrl: '', rekorUrl: '', tsaUrl: '', trustedRoot: '' } }), ok.deps);
      expect(ok.rec.events.some((e) => e.startsWith('warning:This repository is private'))).toBe(true);
    } finally {
      stack.setClaims({ repository_visibility: 'public' });
    }
  });

  it('installs cosign only once the statement is valid', async () => {
    const bad = deps();
    const i = inputs({ engine: 'cosign', subjects: { image: '', paths: [], checksums: '', digest: DIGEST, name: 'a' }, predicate: { kind: 'custom', predicateType: 'https://x.test/p', predicatePath: '/nonexistent/p.json' } });
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
    const other = Buffer.from('{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"a.txt","digest":{"sha256":"00"}}]}').toString('base64');
    const { deps: d, rec } = deps({ bundle: { dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: other, signatures: [] } } });
    await expect(run(inputs(), d)).rejects.toThrow(/returned a bundle that does not sign the statement built by this step \(its payload has sha256 [0-9a-f]{64}, the statement [0-9a-f]{64}\); .*already stored at 127.0.0.1:5000\/app@sha256:8{64}/);
    expect(rec.outputs['bundle-path']).toBeUndefined();
    expect(rec.outputs['attestation-refs']).toBeUndefined();
    const wrongType = deps({ bundle: { dsseEnvelope: { payloadType: 'text/plain', payload: other } } });
    await expect(run(inputs(), wrongType.deps)).rejects.toThrow(/payload type is 'text\/plain'/);
    const none = deps({ bundle: { messageSignature: {} } });
    await expect(run(inputs(), none.deps)).rejects.toThrow(/holds no DSSE envelope/);
  });

  it('says there is nothing to attest', async () => {
    const { deps: d } = deps();
    await expect(run(inputs({ subjects: { image: '', paths: [], checksums: '', digest: '', name: '' } }), d)).rejects.toThrow(/Nothing to attest/);
  });
});
