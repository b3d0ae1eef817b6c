/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML documents are walked by path in the assertions */
import { describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { buildAdmissionExport, imagePatternFor, subjectMatch, type VerificationPolicy } from '@scs/verification';
import { kyvernoValidator, policyControllerValidator } from './crd-schemas.js';

const FULL: VerificationPolicy = {
  certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
  signerWorkflow: 'octo-org/release-workflows/.github/workflows/sign.yml',
  signerRefs: ['refs/tags/v*', 'a'.repeat(40)],
  sourceRepository: 'octo-org/app',
  sourceRepositoryId: '1001',
  ownerId: '2002',
  sourceRef: 'refs/heads/main',
  runnerEnvironment: 'github-hosted',
  requireAttestations: [
    { name: 'slsaprovenance1', uri: 'https://slsa.dev/provenance/v1' },
    { name: 'spdxjson', uri: 'https://spdx.dev/Document' },
    { name: 'https://example.com/custom/v1', uri: 'https://example.com/custom/v1' },
  ],
  builderId: 'https://github.com/octo-org/release-workflows/.github/workflows/build.yml@refs/tags/v1',
  maxSeverity: 'high',
  maxAge: { text: '30d', ms: 30 * 86_400_000 },
};
const OPTIONS = { name: 'supply-chain-verify', imagePatterns: ['ghcr.io/octo-org/app*'] };

function errors(validate: ReturnType<typeof kyvernoValidator>, doc: unknown): unknown[] {
  return validate(doc) ? [] : (validate.errors ?? []);
}

describe('admission export', () => {
  it('writes a Kyverno ClusterPolicy that the CRD schema accepts, with attestors and conditions', () => {
    const out = buildAdmissionExport(FULL, OPTIONS);
    const doc = parseYaml(out.kyverno) as Record<string, any>;
    expect(errors(kyvernoValidator(), doc)).toEqual([]);
    const verify = doc.spec.rules[0].verifyImages[0];
    expect(verify.type).toBe('SigstoreBundle');
    expect(verify.imageReferences).toEqual(['ghcr.io/octo-org/app*']);
    const keyless = verify.attestors[0].entries[0].keyless;
    expect(keyless).toEqual({
      subjectRegExp: `^https://github\\.com/octo-org/release-workflows/\\.github/workflows/sign\\.yml@(?:refs/tags/v[^/]*|${'a'.repeat(40)})$`,
      issuer: 'https://token.actions.githubusercontent.com',
      additionalExtensions: { githubWorkflowRepository: 'octo-org/app', githubWorkflowRef: 'refs/heads/main' },
      rekor: {},
    });
    expect(new RegExp(keyless.subjectRegExp).test('https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0')).toBe(true);
    expect(new RegExp(keyless.subjectRegExp).test('https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/heads/main')).toBe(false);
    expect(new RegExp(keyless.subjectRegExp).test('https://github.com/evil/release-workflows/.github/workflows/sign.yml@refs/tags/v1')).toBe(false);
    expect(verify.attestations.map((a: { type: string }) => a.type)).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document',
      'https://example.com/custom/v1',
      'https://cosign.sigstore.dev/attestation/vuln/v1',
    ]);
    expect(verify.attestations[0].conditions).toEqual([{ all: [{ key: '{{ runDetails.builder.id }}', operator: 'Equals', value: FULL.builderId }] }]);
    expect(JSON.stringify(verify.attestations[3].conditions)).toContain("Severity=='HIGH' || Severity=='CRITICAL'");
    expect(doc.metadata.annotations['supply-chain-verify/not-enforced']).toContain('source-repository-id');
    expect(out.notEnforced.kyverno).toEqual(expect.arrayContaining(['source-repository-id', 'owner-id', 'runner-environment', 'max-age']));
  });

  it('writes a policy-controller ClusterImagePolicy that the CRD schema accepts', () => {
    const out = buildAdmissionExport(FULL, { ...OPTIONS, rekorUrl: 'https://rekor.internal.example' });
    const doc = parseYaml(out.policyController) as Record<string, any>;
    expect(errors(policyControllerValidator(), doc)).toEqual([]);
    const authority = doc.spec.authorities[0];
    expect(authority.keyless.identities[0]).toEqual({
      issuer: 'https://token.actions.githubusercontent.com',
      subjectRegExp: expect.stringMatching(/^\^https:\/\/github\\\.com\/octo-org\/release-workflows/),
    });
    expect(authority.ctlog).toEqual({ url: 'https://rekor.internal.example' });
    expect(authority.attestations.map((a: { predicateType: string }) => a.predicateType)).toEqual([
      'slsaprovenance1',
      'spdxjson',
      'https://example.com/custom/v1',
      'vuln',
    ]);
    expect(authority.attestations[0].policy).toEqual({
      type: 'cue',
      data: `predicateType: "https://slsa.dev/provenance/v1"\npredicate: runDetails: builder: id: "${FULL.builderId}"\n`,
    });
    expect(out.notEnforced.policyController).toEqual(expect.arrayContaining(['source-repository', 'source-ref', 'max-severity']));
  });

  it('is deterministic, and plain YAML (no anchors or aliases)', () => {
    const out = buildAdmissionExport(FULL, OPTIONS);
    expect(out).toEqual(buildAdmissionExport(FULL, OPTIONS));
    expect(out.kyverno).not.toMatch(/(^|\s)[&*][A-Za-z]\w*/m);
    expect(out.policyController).not.toMatch(/(^|\s)[&*][A-Za-z]\w*/m);
  });

  it('the schema check catches a field the CRD does not know', () => {
    const doc = parseYaml(buildAdmissionExport(FULL, OPTIONS).kyverno) as Record<string, any>;
    doc.spec.rules[0].verifyImages[0].attestors[0].entries[0].keyless.subjectRegex = 'typo';
    expect(errors(kyvernoValidator(), doc)).not.toEqual([]);
    const pc = parseYaml(buildAdmissionExport(FULL, OPTIONS).policyController) as Record<string, any>;
    pc.spec.authorities[0].keyless.identities[0].subjectRegexp = 'typo';
    expect(errors(policyControllerValidator(), pc)).not.toEqual([]);
  });

  it('an exact identity wins and the other identity inputs are reported as not exported', () => {
    const match = subjectMatch({ ...FULL, certificateIdentity: 'https://github.com/o/r/.github/workflows/x.yml@refs/heads/main' });
    expect(match.subject).toBe('https://github.com/o/r/.github/workflows/x.yml@refs/heads/main');
    expect(match.dropped).toEqual(['signer-workflow (certificate-identity is exported)']);
  });

  it('without an identity policy it still requires some subject, and a minimal policy validates', () => {
    const out = buildAdmissionExport({ signerRefs: [], requireAttestations: [] }, { ...OPTIONS, ignoreTlog: true, ignoreSct: true });
    const doc = parseYaml(out.kyverno) as Record<string, any>;
    expect(errors(kyvernoValidator(), doc)).toEqual([]);
    expect(doc.spec.rules[0].verifyImages[0].attestors[0].entries[0].keyless).toEqual({ subjectRegExp: '.+', rekor: { ignoreTlog: true }, ctlog: { ignoreSCT: true } });
    expect(errors(policyControllerValidator(), parseYaml(out.policyController))).toEqual([]);
  });

  it('image patterns cover every tag and digest of the repository', () => {
    expect(imagePatternFor('ghcr.io/octo-org/app')).toBe('ghcr.io/octo-org/app*');
    expect(imagePatternFor('127.0.0.1:5000/app')).toBe('127.0.0.1:5000/app*');
  });
});
