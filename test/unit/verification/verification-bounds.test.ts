/**
 * Issue 13, items 12, 15, 18, 21, 22: what verification refuses cheaply and
 * how long it may take (timestamp and log-entry caps, duplicates, the identity
 * before the cryptography, a deadline), which copy of a bundle counts, which
 * vuln attestation is the newest, which trusted roots are usable, and the one
 * reader of vuln predicates. Bundles are signed by the loopback Sigstore stack.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { ConfigurationError } from '@scs/action-kit';
import { vulnPredicateFrom } from '@scs/attestation';
import {
  Deadline,
  MAX_BUNDLE_TIMESTAMPS,
  VulnPredicateError,
  evaluateSubject,
  identityReasons,
  loadTrustedRootFile,
  readVulnPredicate,
  trustFromRoot,
  verifyBundle,
  verifyCandidates,
  type BundleVerification,
  type LoadedTrust,
  type VerificationPolicy,
  type VerificationSubject,
} from '@scs/verification';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';
import {
  COSIGN_SIGN_PREDICATE,
  COSIGN_VULN_V1,
  reusableWorkflowClaims,
  signStatement,
  statement,
  vulnPredicate,
} from '../../support/evidence.js';

let stack: SigstoreStack;
let trust: LoadedTrust;
let bundle: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a bundle JSON edited by path
let signature: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a bundle JSON edited by path
const DIGEST = `sha256:${'c'.repeat(64)}`;
const subject: VerificationSubject = { kind: 'image', digest: DIGEST, name: 'registry.example/app' };
const origin = { source: 'referrers' as const, location: 'test' };
const SIGNER = 'octo-org/release-workflows/.github/workflows/sign.yml';

function policy(overrides: Partial<VerificationPolicy> = {}): VerificationPolicy {
  return { signerRefs: [], requireAttestations: [], signerWorkflow: SIGNER, ...overrides };
}

beforeAll(async () => {
  stack = await startSigstoreStack();
  trust = trustFromRoot(TrustedRoot.fromJSON(stack.trustedRoot), 'custom', 'stack');
  bundle = JSON.parse(
    (
      await signStatement(
        stack,
        statement('registry.example/app', DIGEST, COSIGN_VULN_V1, vulnPredicate([])),
        reusableWorkflowClaims(),
      )
    ).toString('utf8'),
  );
  signature = JSON.parse(
    (
      await signStatement(
        stack,
        statement('registry.example/app', DIGEST, COSIGN_SIGN_PREDICATE, {}),
        reusableWorkflowClaims(),
      )
    ).toString('utf8'),
  );
}, 60_000);
afterAll(async () => {
  await stack?.close();
});

describe('cheap refusals before the cryptography (item 12)', () => {
  it('the signed bundle verifies as is (one log entry, one TSA timestamp)', () => {
    const result = verifyBundle(bundle, { trust, subject, origin });
    expect(result.reasons).toEqual([]);
    expect(result.verified).toBe(true);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  });

  it('3,000 copies of one valid TSA timestamp are refused fast, without verifying any', () => {
    const flood = structuredClone(bundle);
    const stamp = flood.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0];
    flood.verificationMaterial.timestampVerificationData.rfc3161Timestamps = Array.from({ length: 3000 }, () => stamp);
    const started = performance.now();
    const result = verifyBundle(flood, { trust, subject, origin });
    const ms = performance.now() - started;
    expect(result.verified).toBe(false);
    expect(result.cryptoSkipped).toBe(true);
    expect(result.reasons.join('\n')).toContain(
      `3000 RFC 3161 timestamps; at most ${MAX_BUNDLE_TIMESTAMPS} are accepted`,
    );
    expect(ms).toBeLessThan(1000);
  });

  it('two copies of one timestamp, and two copies of one log entry, are refused as duplicates', () => {
    const twice = structuredClone(bundle);
    const stamps = twice.verificationMaterial.timestampVerificationData.rfc3161Timestamps;
    stamps.push(stamps[0]);
    expect(verifyBundle(twice, { trust, subject, origin }).reasons).toEqual([
      'timestamp: the same RFC 3161 timestamp appears more than once (refused before any verification)',
    ]);
    const entries = structuredClone(bundle);
    entries.verificationMaterial.tlogEntries.push({ ...entries.verificationMaterial.tlogEntries[0], logIndex: '999' });
    expect(verifyBundle(entries, { trust, subject, origin }).reasons).toEqual([
      'transparency log: the same log entry appears more than once (refused before any verification)',
    ]);
    const many = structuredClone(bundle);
    many.verificationMaterial.tlogEntries = Array.from({ length: 40 }, (_, i) => ({
      ...many.verificationMaterial.tlogEntries[0],
      logIndex: String(i),
    }));
    expect(verifyBundle(many, { trust, subject, origin }).reasons.join('\n')).toContain(
      '40 log entries; at most 32 are accepted',
    );
  });

  it('a certificate that names another identity is refused on its claims; the signature is not checked', () => {
    const identityPolicy = (id: Parameters<typeof identityReasons>[0]) =>
      identityReasons(id, policy({ signerWorkflow: 'octo-org/other/.github/workflows/x.yml' }));
    const result = verifyBundle(bundle, { trust, subject, origin, identityPolicy });
    expect(result.verified).toBe(false);
    expect(result.cryptoSkipped).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.identityReasons).toEqual([
      `signer workflow "${SIGNER}" is not "octo-org/other/.github/workflows/x.yml"`,
    ]);
    const verdict = evaluateSubject(
      subject,
      [result],
      policy({ signerWorkflow: 'octo-org/other/.github/workflows/x.yml' }),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.outcomes[0]!.policyReasons).toEqual(result.identityReasons);
    expect(verdict.reasons[0]).toMatch(
      /^none of the 1 bundle\(s\) with a readable certificate satisfies the identity policy/,
    );
    // The approved identity: verified in full.
    const approved = verifyBundle(bundle, {
      trust,
      subject,
      origin,
      identityPolicy: (id) => identityReasons(id, policy()),
    });
    expect(approved.verified).toBe(true);
  });

  it('a subject digest that is not the statement’s is refused before the cryptography', () => {
    const result = verifyBundle(bundle, {
      trust,
      subject: { kind: 'image', digest: `sha256:${'d'.repeat(64)}` },
      origin,
    });
    expect(result.cryptoSkipped).toBe(true);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatch(/^subject: the statement is about sha256:cccccccccccc…/);
  });

  it('past the deadline, what is left is not verified and the evidence is reported incomplete', () => {
    let now = 0;
    const deadline = new Deadline(1000, () => now);
    const candidates = [
      { origin: { source: 'referrers' as const, location: 'a' }, bundle: structuredClone(bundle) },
      { origin: { source: 'referrers' as const, location: 'b' }, bundle: Buffer.from(JSON.stringify(bundle)) },
    ];
    const first = verifyCandidates(candidates.slice(0, 1), { trust, subject, deadline });
    expect(first.results).toHaveLength(1);
    expect(first.incomplete).toEqual([]);
    now = 1001;
    const late = verifyCandidates(candidates.slice(1), { trust, subject, deadline });
    expect(late.results).toEqual([]);
    expect(late.incomplete).toEqual([
      'verification stopped at its 1 s bound: 1 of 1 bundle(s) were not verified, so the evidence was not all considered',
    ]);
    expect(candidates[1]!.bundle).toBeUndefined();
  });
});

describe('duplicates are decided after verification (item 15)', () => {
  const stripped = () => {
    const copy = structuredClone(signature);
    copy.verificationMaterial.tlogEntries = [];
    return copy;
  };

  it('a stripped copy found first does not shadow the valid copy found later', () => {
    const out = verifyCandidates(
      [
        { origin: { source: 'referrers', location: 'stripped' }, bundle: stripped() },
        { origin: { source: 'github', location: 'api' }, bundle: structuredClone(signature) },
      ],
      { trust, subject, deadline: new Deadline() },
    );
    expect(out.results.map((r) => [r.origin.location, r.verified])).toEqual([
      ['stripped', false],
      ['api', true],
    ]);
    expect(evaluateSubject(subject, out.results, policy()).passed).toBe(true);
  });

  it('once a copy verified, later copies with its signature are skipped; byte-identical copies always are', () => {
    const out = verifyCandidates(
      [
        { origin: { source: 'github', location: 'api' }, bundle: structuredClone(signature) },
        { origin: { source: 'referrers', location: 'stripped' }, bundle: stripped() },
        { origin: { source: 'files', location: 'same' }, bundle: JSON.stringify(signature) },
      ],
      { trust, subject, deadline: new Deadline() },
    );
    expect(out.results.map((r) => r.origin.location)).toEqual(['api']);
    expect(out.notes).toEqual([
      'referrers: stripped carries the same signature as github: api, which verified',
      'files: same is the same bundle as github: api',
    ]);
  });
});

describe('the newest vuln attestation is the one signed last (item 18)', () => {
  function vulnResult(signedAt: string, finishedOn: string, critical: number): BundleVerification {
    const predicate = vulnPredicate(
      Array.from({ length: critical }, (_, i) => ({ id: `CVE-2099-${i}`, severity: 'CRITICAL' as const })),
      new Date(finishedOn),
    );
    const verified = verifyBundle(bundle, { trust, subject, origin });
    return {
      ...verified,
      origin: { source: 'referrers', location: signedAt },
      statement: { ...verified.statement!, predicate },
      signedAt,
      timestamps: [signedAt],
    };
  }

  it('a clean scan that claims to have finished in 2099 does not outrank a later-signed scan with a critical', () => {
    const claims2099 = vulnResult('2026-11-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z', 0);
    const later = vulnResult('2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z', 1);
    const verdict = evaluateSubject(
      subject,
      [claims2099, later],
      policy({ maxSeverity: 'critical' }),
      new Date('2026-11-21T00:00:00Z'),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons.join('\n')).toContain('vuln attestation reports 1 critical');
    expect(verdict.outcomes[0]!.notes[0]).toMatch(/^superseded by a newer vuln attestation \(signed 2026-11-20/);
  });

  it('a log entry’s integrated time counts only under an inclusion promise', () => {
    const proofOnly = structuredClone(bundle);
    const entry = proofOnly.verificationMaterial.tlogEntries[0];
    expect(entry.inclusionPromise).toBeDefined();
    delete entry.inclusionPromise;
    entry.integratedTime = String(Math.floor(Date.parse('2099-01-01T00:00:00Z') / 1000));
    const result = verifyBundle(proofOnly, { trust, subject, origin });
    expect(result.timestamps.some((t) => t.startsWith('2099'))).toBe(false);
  });
});

describe('trusted roots are validated strictly (item 21)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-bounds-root-'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a trusted root JSON edited by path
  function load(mutate: (root: Record<string, any>) => void): unknown {
    const root = structuredClone(stack.trustedRoot) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    mutate(root);
    const file = path.join(dir, `root-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, JSON.stringify(root));
    try {
      return loadTrustedRootFile(file);
    } catch (error) {
      return error;
    }
  }

  it('the stack’s root loads', () => {
    expect(load(() => undefined)).toMatchObject({ instance: 'custom' });
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  it.each<[string, (root: Record<string, any>) => void, RegExp]>([
    [
      'trust-root-tlog-missing-validity-start',
      (r) => delete r.tlogs[0].publicKey.validFor.start,
      /tlogs\[0\]\.publicKey\.validFor has no start/,
    ],
    ['tlog without validFor', (r) => delete r.tlogs[0].publicKey.validFor, /tlogs\[0\]\.publicKey has no validFor/],
    [
      'ctlog missing validity start',
      (r) => delete r.ctlogs[0].publicKey.validFor.start,
      /ctlogs\[0\]\.publicKey\.validFor has no start/,
    ],
    [
      'CA missing validity start',
      (r) => delete r.certificateAuthorities[0].validFor.start,
      /certificateAuthorities\[0\]\.validFor has no start/,
    ],
    [
      'TSA missing validity start',
      (r) => delete r.timestampAuthorities[0].validFor.start,
      /timestampAuthorities\[0\]\.validFor has no start/,
    ],
    [
      'validity that ends before it starts',
      (r) => (r.tlogs[0].publicKey.validFor.end = '2000-01-01T00:00:00Z'),
      /ends before it starts/,
    ],
    [
      'CA certificate that is not DER',
      (r) =>
        (r.certificateAuthorities[0].certChain.certificates[0].rawBytes = Buffer.from('garbage').toString('base64')),
      /not a DER certificate/,
    ],
    [
      'CA with an empty chain',
      (r) => (r.certificateAuthorities[0].certChain.certificates = []),
      /certChain has no certificate/,
    ],
    ['tlog without a key id', (r) => delete r.tlogs[0].logId, /tlogs\[0\] has no logId\.keyId/],
    ['tlog without a key', (r) => delete r.tlogs[0].publicKey.rawBytes, /publicKey has no rawBytes/],
    [
      'another media type',
      (r) => (r.mediaType = 'application/json'),
      /mediaType "application\/json" is not a Sigstore trusted root/,
    ],
    ['a misspelt list', (r) => ((r.tlog = r.tlogs), delete r.tlogs), /unknown field\(s\) "tlog"/],
    ['a list that is not one', (r) => (r.tlogs = { 0: r.tlogs[0] }), /tlogs is not a list/],
  ])('%s is refused', (_name, mutate, reason) => {
    const error = load(mutate);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain('is malformed and is not used');
  });

  it('a trusted root that is not JSON is refused without quoting it', () => {
    const file = path.join(dir, 'text.json');
    fs.writeFileSync(file, 'SECRET-TEXT-NOT-JSON');
    expect(() => loadTrustedRootFile(file)).toThrow(ConfigurationError);
    expect(() => loadTrustedRootFile(file)).not.toThrow(/SECRET/);
  });

  it('a trusted root that is a link to /dev/zero is refused without reading it', () => {
    const link = path.join(dir, 'zero.json');
    fs.symlinkSync('/dev/zero', link);
    const started = performance.now();
    expect(() => loadTrustedRootFile(link)).toThrow(/not a regular file/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('one reader of vuln predicates (item 22)', () => {
  const grypeMatches = [
    {
      vulnerability: { id: 'CVE-2099-1', severity: 'Critical' },
      artifact: { name: 'openssl', version: '1', type: 'apk' },
    },
  ];

  it('reads a Trivy and a Grype report', () => {
    expect(readVulnPredicate(vulnPredicate([{ id: 'CVE-1', severity: 'HIGH' }]))).toMatchObject({
      format: 'trivy',
      counts: { high: 1 },
    });
    const grype = vulnPredicate([]);
    (grype.scanner as Record<string, unknown>).uri = 'pkg:github/anchore/grype@v0.80.0';
    (grype.scanner as Record<string, unknown>).result = { descriptor: { name: 'grype' }, matches: grypeMatches };
    expect(readVulnPredicate(grype)).toMatchObject({ format: 'grype', counts: { critical: 1 } });
  });

  it('Trivy keys plus a Grype matches[] holding a Critical is refused as ambiguous, not read as a clean Trivy report', () => {
    const mixed = vulnPredicate([]);
    Object.assign((mixed.scanner as { result: Record<string, unknown> }).result, { matches: grypeMatches });
    expect(() => readVulnPredicate(mixed)).toThrow(VulnPredicateError);
    expect(() => readVulnPredicate(mixed)).toThrow(
      /Trivy keys \(SchemaVersion, Results, ArtifactName, ArtifactType\) and Grype keys \(matches\); refused as ambiguous/,
    );
    // The gate: the newest vuln attestation that cannot be read fails, it does not pass with 0 findings.
    const verified = verifyBundle(bundle, { trust, subject, origin });
    const result: BundleVerification = { ...verified, statement: { ...verified.statement!, predicate: mixed } };
    const verdict = evaluateSubject(subject, [result], policy({ maxSeverity: 'critical' }));
    expect(verdict.passed).toBe(false);
    expect(verdict.outcomes[0]!.policyReasons.join('\n')).toMatch(
      /vuln attestation: scanner\.result is not one Trivy or Grype JSON report/,
    );
  });

  it('refuses a scanner.uri that names the other scanner, an unknown report and a predicate out of cosign’s shape', () => {
    const lying = vulnPredicate([]);
    (lying.scanner as Record<string, unknown>).uri = 'pkg:github/anchore/grype@v0.80.0';
    expect(() => readVulnPredicate(lying)).toThrow(/scanner\.uri names grype but scanner\.result is a trivy report/);
    const unknown = vulnPredicate([]);
    (unknown.scanner as Record<string, unknown>).result = { something: 1 };
    expect(() => readVulnPredicate(unknown)).toThrow(/has neither Trivy keys/);
    expect(() => readVulnPredicate({ scanner: { result: { SchemaVersion: 2, Results: [] } } })).toThrow(
      /not in cosign's shape: invocation is not an object/,
    );
    expect(() => readVulnPredicate('x')).toThrow('the vuln predicate is not an object');
  });

  it('the provenance side refuses the same ambiguous report', async () => {
    const report = { SchemaVersion: 2, ArtifactName: 'app', Results: [], matches: grypeMatches };
    await expect(vulnPredicateFrom(report)).rejects.toThrow(
      /cannot be read as one scan report: .*refused as ambiguous/,
    );
  });
});
