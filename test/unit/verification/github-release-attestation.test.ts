import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  GITHUB_RELEASE_PREDICATE_TYPE,
  evaluateSubject,
  identityReasons,
  loadTrustedRootFile,
  verifyBundle,
  type VerificationPolicy,
  type VerificationSubject,
} from '@scs/verification';
import { REPO_ROOT } from '../../support/action-harness.js';

/**
 * The attestation GitHub makes for an immutable release (gh's test data: a
 * real one for bdehamer/delme@v6, signed 2025-05-30 by GitHub's Sigstore
 * instance), verified against GitHub's real trusted root (Kyverno's test data)
 * and the release asset it names. Its certificate: SAN
 * https://dotcom.releases.github.com, no OIDC issuer; an RFC 3161 timestamp, no
 * log entry.
 */
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/verification');
const BUNDLE = fs.readFileSync(path.join(FIXTURES, 'gh-cli__github_release_bundle.json'), 'utf8');
const ASSET = fs.readFileSync(path.join(FIXTURES, 'gh-cli__github_release_artifact.zip'));
const SUBJECT: VerificationSubject = {
  kind: 'file',
  path: 'artifact.zip',
  digest: `sha256:${createHash('sha256').update(ASSET).digest('hex')}`,
  content: ASSET,
};
const RELEASE_SIGNER = 'https://dotcom.releases.github.com';
const VALIDITY = { notBefore: '2025-03-10T15:03:02.000Z', notAfter: '2026-03-10T15:03:02.000Z' };
const POLICY: VerificationPolicy = {
  certificateIdentity: RELEASE_SIGNER,
  // The action's default issuer stays set: naming the release signer is what lifts it.
  certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
  signerRefs: [],
  requireAttestations: [{ name: GITHUB_RELEASE_PREDICATE_TYPE, uri: GITHUB_RELEASE_PREDICATE_TYPE }],
  signedEvidence: [GITHUB_RELEASE_PREDICATE_TYPE],
};

describe("GitHub's immutable-release attestations", () => {
  const githubRoot = () => loadTrustedRootFile(path.join(FIXTURES, 'kyverno__github-trusted-root.json'));

  it('verify against GitHub’s trusted root and pass a policy that names the release signer', () => {
    const result = verifyBundle(BUNDLE, {
      trust: githubRoot(),
      subject: SUBJECT,
      origin: { source: 'github', location: 'x' },
      identityPolicy: (identity) => identityReasons(identity, POLICY),
    });
    expect(result.reasons).toEqual([]);
    expect(result.identityReasons).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.identity?.subjectAlternativeName).toBe(RELEASE_SIGNER);
    expect(result.identity?.issuer).toBeUndefined();
    expect(result.predicateType).toBe(GITHUB_RELEASE_PREDICATE_TYPE);
    expect(result.signedAt).toBe('2025-05-30T20:13:39.000Z');
    const verdict = evaluateSubject(SUBJECT, [result], POLICY, new Date('2026-01-01T00:00:00Z'));
    expect(verdict.reasons).toEqual([]);
    expect(verdict.passed).toBe(true);
  });

  it('are refused when the policy does not name that signer (a workflow identity, or another trust domain)', () => {
    for (const certificateIdentity of [
      'https://github.com/bdehamer/delme/.github/workflows/release.yml@refs/tags/v6',
      'https://evil.releases.github.com',
    ]) {
      const result = verifyBundle(BUNDLE, {
        trust: githubRoot(),
        subject: SUBJECT,
        origin: { source: 'github', location: 'x' },
        identityPolicy: (identity) => identityReasons(identity, { ...POLICY, certificateIdentity }),
      });
      expect(result.verified).toBe(false);
      expect(result.identityReasons?.join('\n')).toContain(
        `certificate identity "${RELEASE_SIGNER}" is not "${certificateIdentity}"`,
      );
    }
    // A regexp does not lift the issuer: only the exact signer does.
    expect(
      identityReasons(
        { ...VALIDITY, subjectAlternativeName: RELEASE_SIGNER },
        {
          ...POLICY,
          certificateIdentity: undefined,
          certificateIdentityRegexp: 'https://dotcom\\.releases\\.github\\.com',
        },
      ),
    ).toEqual(['OIDC issuer (absent) is not "https://token.actions.githubusercontent.com"']);
    // A certificate that claims the release SAN with an issuer is held to the issuer.
    expect(
      identityReasons(
        { ...VALIDITY, subjectAlternativeName: RELEASE_SIGNER, issuer: 'https://accounts.example' },
        POLICY,
      ),
    ).toEqual(['OIDC issuer "https://accounts.example" is not "https://token.actions.githubusercontent.com"']);
  });

  it('do not verify against the public-good root, nor for another file', () => {
    const publicGood = verifyBundle(BUNDLE, {
      trust: loadTrustedRootFile(path.join(FIXTURES, 'gh-cli__trusted_root.json')),
      subject: SUBJECT,
      origin: { source: 'github', location: 'x' },
    });
    expect(publicGood.verified).toBe(false);
    const other = Buffer.from('another asset');
    const wrongFile = verifyBundle(BUNDLE, {
      trust: githubRoot(),
      subject: {
        kind: 'file',
        path: 'x',
        digest: `sha256:${createHash('sha256').update(other).digest('hex')}`,
        content: other,
      },
      origin: { source: 'github', location: 'x' },
    });
    expect(wrongFile.verified).toBe(false);
    expect(wrongFile.reasons.join('\n')).toMatch(/subject: the statement is about/);
  });
});
