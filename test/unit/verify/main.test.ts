/**
 * main.ts with its registry and trust injected: evidence routing, the
 * de-duplication of one bundle found in several places, outputs, and the
 * failure message that lists every reason.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PolicyFailure, ConfigurationError, type RunContext } from '@scs/action-kit';
import {
  LEGACY_KEYED_NOT_VERIFIED,
  loadTrustedRootFile,
  type LegacyEvidenceSource,
  type OciEvidenceSource,
} from '@scs/verification';
import { run } from '../../../actions/verify/src/main.js';
import type { VerifyInputs } from '../../../actions/verify/src/inputs.js';
import { REPO_ROOT } from '../../support/action-harness.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/verification');
const ATTESTATION = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, 'gh-cli__reusable-workflow-attestation.sigstore.json'), 'utf8'),
) as unknown;
const DIGEST = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
const trust = loadTrustedRootFile(path.join(FIXTURES, 'gh-cli__trusted_root.json'));

function inputs(overrides: Partial<VerifyInputs> = {}): VerifyInputs {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-main-'));
  return {
    image: `registry.example/demo@${DIGEST}`,
    requireDigest: false,
    platform: { all: true },
    files: [],
    bundlePaths: [],
    sources: ['referrers', 'files', 'legacy'],
    sourcesAll: false,
    instance: 'custom',
    trustedRoot: path.join(FIXTURES, 'gh-cli__trusted_root.json'),
    policy: {
      signerRefs: [],
      requireAttestations: [{ name: 'slsaprovenance1', uri: 'https://slsa.dev/provenance/v1' }],
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
      signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
      sourceRepositoryId: '804070735',
    },
    policyWarnings: [],
    exportPolicy: true,
    exportOnly: false,
    exportControllers: ['kyverno', 'policy-controller'],
    allowUnenforced: [],
    policyName: 'gate',
    outputDir: path.join(workspace, 'out'),
    registryUsername: '',
    registryPassword: '',
    attestationsOwner: '',
    summary: false,
    githubToken: '',
    workspace,
    runnerTemp: '',
    ...overrides,
  };
}

function fakeRegistry(bundles: unknown[], legacy: string[] = []) {
  const evidence: OciEvidenceSource & LegacyEvidenceSource = {
    referrerBundles: async () => ({
      bundles: bundles.map((bundle, i) => ({
        location: `registry.example/demo@sha256:${String(i).repeat(64)}`,
        bundle,
      })),
      problems: [],
      notes: [],
    }),
    legacyEvidence: async () => ({
      signatures: [],
      unverified: legacy.map((tag) => ({ tag, reason: LEGACY_KEYED_NOT_VERIFIED })),
      problems: [],
      notes: [],
    }),
  };
  return () => ({ resolve: async () => ({ digest: DIGEST, name: 'registry.example/demo' }), evidence });
}

const context = {
  repository: 'octo-org/app',
  apiUrl: 'http://127.0.0.1:9',
  serverUrl: 'https://github.com',
  runnerTemp: os.tmpdir(),
  actor: 'octocat',
} as RunContext;

async function runWith(input: VerifyInputs, bundles: unknown[], legacy: string[] = []) {
  const outputs: Record<string, string> = {};
  let error: unknown;
  try {
    await run(input, {
      context,
      setOutput: (k, v) => (outputs[k] = v),
      loadTrust: async () => trust,
      registry: fakeRegistry(bundles, legacy),
      now: () => new Date('2024-06-01T00:00:00Z'),
    });
  } catch (e) {
    error = e;
  }
  return { outputs, error };
}

describe('verify main', () => {
  it('passes, evaluates a bundle found twice once, and exports the policy', async () => {
    const input = inputs();
    fs.writeFileSync(path.join(input.workspace, 'copy.sigstore.json'), JSON.stringify(ATTESTATION));
    input.bundlePaths = [path.join(input.workspace, 'copy.sigstore.json')];
    const { outputs, error } = await runWith(input, [ATTESTATION]);
    expect(error).toBeUndefined();
    expect(outputs.verified).toBe('true');
    expect(outputs.digest).toBe(DIGEST);
    expect(JSON.parse(outputs.results!)).toHaveLength(1);
    const file = JSON.parse(fs.readFileSync(outputs['results-file']!, 'utf8')) as { subjects: { notes: string[] }[] };
    expect(file.subjects[0]!.notes.some((n) => n.includes('is the same bundle as referrers'))).toBe(true);
    expect(fs.readFileSync(outputs['kyverno-policy-file']!, 'utf8')).toContain('kind: ClusterPolicy');
    expect(fs.readFileSync(outputs['policy-controller-file']!, 'utf8')).toContain('kind: ClusterImagePolicy');
  });

  it('fails with every reason, per bundle and per subject', async () => {
    const input = inputs({ policy: { ...inputs().policy, sourceRepositoryId: '1', ownerId: '2' } });
    const { outputs, error } = await runWith(input, [ATTESTATION, { mediaType: 'garbage' }]);
    expect(error).toBeInstanceOf(PolicyFailure);
    const message = (error as Error).message;
    // The identity is checked on the certificate before the cryptography (issue 13 item 12).
    expect(message).toContain('none of the 1 bundle(s) with a readable certificate satisfies the identity policy');
    expect(message).toContain('source repository id "804070735" is not "1"; owner id "16248153" is not "2"');
    expect(message).toContain('not a valid Sigstore bundle');
    expect(message).toContain(
      'required attestation slsaprovenance1 (https://slsa.dev/provenance/v1) is present but failed',
    );
    expect(outputs.verified).toBe('false');
    expect(outputs['signer-identity']).toBe('');
  });

  it('legacy-only evidence fails and says it is not verified', async () => {
    const { error } = await runWith(inputs(), [], [`${DIGEST.replace(':', '-')}.sig`]);
    expect((error as Error).message).toContain('no verifiable evidence: only legacy cosign evidence');
  });

  it('needs a subject', async () => {
    const { error } = await runWith(inputs({ image: '' }), []);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe('Set `image` (an image to verify) or `files` (files with their bundles).');
  });

  it('export-only writes every controller export from the inputs alone: no trust is loaded, no evidence read', async () => {
    const input = inputs({
      image: 'registry.example/org/*',
      exportOnly: true,
      exportControllers: ['kyverno', 'policy-controller', 'ratify'],
      instance: 'public-good',
      trustedRoot: '',
      policy: {
        signerRefs: ['refs/tags/v1.2.0'],
        requireAttestations: [],
        certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
        signerWorkflow: 'octo-org/wf/.github/workflows/sign.yml',
      },
    });
    const outputs: Record<string, string> = {};
    const refuse = () => {
      throw new Error('export-only must not touch trust or evidence');
    };
    await run(input, {
      context,
      setOutput: (k, v) => (outputs[k] = v),
      loadTrust: refuse,
      registry: refuse,
      now: () => new Date(),
    });
    expect(outputs.verified).toBe('false');
    expect(outputs.results).toBeUndefined();
    expect(fs.readFileSync(outputs['kyverno-policy-file']!, 'utf8')).toContain('- registry.example/org/*');
    expect(fs.readFileSync(outputs['policy-controller-file']!, 'utf8')).toContain('signatureFormat: bundle');
    expect(fs.readFileSync(outputs['ratify-policy-file']!, 'utf8')).toContain('kind: RatifyVerification');
    expect(JSON.parse(outputs['not-enforced']!)).toEqual([]);
  });

  it('export-only fails on an input a controller cannot enforce, naming both; allow-unenforced exports it and says so', async () => {
    const base = {
      image: 'registry.example/org/app',
      exportOnly: true,
      exportControllers: ['ratify' as const],
      instance: 'public-good' as const,
      trustedRoot: '',
    };
    const outputs: Record<string, string> = {};
    const deps = { context, setOutput: (k: string, v: string) => (outputs[k] = v), now: () => new Date() };
    await expect(run(inputs(base), deps)).rejects.toThrow(
      'Input `require-attestations` cannot be enforced by Gatekeeper + Ratify',
    );
    expect(outputs['ratify-policy-file']).toBeUndefined();
    await run(inputs({ ...base, allowUnenforced: ['require-attestations', 'source-repository-id'] }), deps);
    const notEnforced = JSON.parse(outputs['not-enforced']!) as string[];
    expect(notEnforced.map((n) => n.split(':')[1]!.trim())).toEqual(['source-repository-id', 'require-attestations']);
    expect(fs.readFileSync(outputs['ratify-policy-file']!, 'utf8')).toContain('supply-chain-verify/not-enforced');
  });

  it('after a verification an export refusal is a warning; the verification result stands and no file is written', async () => {
    const { outputs, error } = await runWith(inputs({ exportControllers: ['ratify'] }), [ATTESTATION]);
    expect(error).toBeUndefined();
    expect(outputs.verified).toBe('true');
    expect(outputs['ratify-policy-file']).toBeUndefined();
  });

  it('without a token the GitHub source is a reported problem, not a silent pass', async () => {
    const { error } = await runWith(inputs({ sources: ['github'] }), []);
    expect((error as Error).message).toContain(
      "evidence source problem: GitHub's attestation API was not asked: no `github-token`",
    );
  });
});

describe('verify main: an image index (issue 18.4)', () => {
  const PLATFORM = `sha256:${'b'.repeat(64)}`;
  /** An index (DIGEST) of one linux/arm64 manifest; the referrers of DIGEST hold the attestation, the manifest's none. */
  function indexRegistry() {
    const asked: string[] = [];
    const evidence: OciEvidenceSource & LegacyEvidenceSource = {
      referrerBundles: async (digest) => {
        asked.push(digest);
        return {
          bundles: digest === DIGEST ? [{ location: `registry.example/demo@${DIGEST}`, bundle: ATTESTATION }] : [],
          problems: [],
          notes: [],
        };
      },
      legacyEvidence: async () => ({ signatures: [], unverified: [], problems: [], notes: [] }),
    };
    const platforms = [
      {
        digest: PLATFORM,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        size: 500,
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
      },
    ];
    return {
      asked,
      registry: () => ({
        resolve: async () => ({ digest: DIGEST, name: 'registry.example/demo', isIndex: true, platforms }),
        evidence,
      }),
    };
  }

  async function runIndex(input: VerifyInputs) {
    const { asked, registry } = indexRegistry();
    const outputs: Record<string, string> = {};
    let error: unknown;
    try {
      await run(input, {
        context,
        setOutput: (k, v) => (outputs[k] = v),
        loadTrust: async () => trust,
        registry,
        now: () => new Date('2024-06-01T00:00:00Z'),
      });
    } catch (e) {
      error = e;
    }
    return { asked, outputs, error };
  }

  it('checks the index and each selected platform manifest by its own digest, one gate over all; a bundle-paths file goes to the digest it claims', async () => {
    const input = inputs({ exportPolicy: false });
    const bundle = path.join(input.workspace, 'index.sigstore.json');
    fs.writeFileSync(bundle, JSON.stringify(ATTESTATION));
    input.bundlePaths = [bundle];
    const { asked, outputs, error } = await runIndex(input);
    expect(asked).toEqual([DIGEST, PLATFORM]);
    expect(error).toBeInstanceOf(PolicyFailure);
    expect((error as Error).message).toContain(`registry.example/demo@${PLATFORM} (linux/arm64/v8): the policy failed`);
    expect(outputs.verified).toBe('false');
    expect(outputs.digest).toBe(DIGEST);
    const subjects = JSON.parse(outputs.subjects!) as { digest: string; platform: string | null; passed: boolean }[];
    expect(subjects.map(({ digest, platform, passed }) => ({ digest, platform, passed }))).toEqual([
      { digest: DIGEST, platform: null, passed: true },
      { digest: PLATFORM, platform: 'linux/arm64/v8', passed: false },
    ]);
    // The bundle file claims the index: it is evidence for the index only (found twice there: referrers and file).
    const results = JSON.parse(outputs.results!) as { subject: string; source: string }[];
    expect(results.filter((r) => r.subject.includes(PLATFORM))).toEqual([]);
  });

  it('with platform: os/arch, checks that platform only; a platform the index lacks is refused naming the input', async () => {
    const one = await runIndex(
      inputs({
        exportPolicy: false,
        platform: { all: false, os: 'linux', architecture: 'arm64', text: 'linux/arm64' },
      }),
    );
    expect(one.asked).toEqual([DIGEST, PLATFORM]);
    const missing = await runIndex(
      inputs({ platform: { all: false, os: 'linux', architecture: 'amd64', text: 'linux/amd64' } }),
    );
    expect(missing.error).toBeInstanceOf(ConfigurationError);
    expect((missing.error as Error).message).toContain(
      'Input `platform` is linux/amd64, but image registry.example/demo@',
    );
    expect((missing.error as Error).message).toContain('it has linux/arm64/v8');
  });
});
