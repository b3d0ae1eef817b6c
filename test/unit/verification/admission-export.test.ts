/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML documents are walked by path in the assertions */
import { describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { ConfigurationError } from '@scs/action-kit';
import { scanReportFormat } from '@scs/attestation';
import {
  buildAdmissionExport,
  globToRegExp,
  GRYPE_REPORT_KEYS,
  imagePatternFor,
  loadTrustedRootFile,
  predicateTypeMatches,
  refGlobToRe2,
  subjectMatch,
  TRIVY_REPORT_KEYS,
  type AdmissionExportOptions,
  type VerificationPolicy,
} from '@scs/verification';
import { REPO_ROOT } from '../../support/action-harness.js';
import { kyvernoValidator, policyControllerValidator, trustRootValidator } from './crd-schemas.js';

const SLSA = { name: 'slsaprovenance1', uri: 'https://slsa.dev/provenance/v1' };
const SIGNER = 'octo-org/release-workflows/.github/workflows/sign.yml';

/** Every input an admission controller can enforce, with the provenance that carries the source claims. */
const FULL: VerificationPolicy = {
  certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
  signerWorkflow: SIGNER,
  signerRefs: ['refs/tags/v1.*', 'a'.repeat(40)],
  sourceRepository: 'octo-org/app',
  sourceRepositoryId: '1001',
  ownerId: '2002',
  sourceRef: 'refs/heads/main',
  runnerEnvironment: 'github-hosted',
  requireAttestations: [
    SLSA,
    { name: 'https://spdx.dev/Document/v2.3', uri: 'https://spdx.dev/Document/v2.3' },
    { name: 'cyclonedx', uri: 'https://cyclonedx.org/bom' },
  ],
  builderId: `https://github.com/${SIGNER}@refs/tags/v1.2.0`,
  maxSeverity: 'high',
};
const OPTIONS: AdmissionExportOptions = { name: 'supply-chain-verify', imagePatterns: ['ghcr.io/octo-org/app*'] };
const CUSTOM_ROOT = path.join(REPO_ROOT, 'test/fixtures/verification/gh-cli__trusted_root.json');

function errors(validate: ReturnType<typeof kyvernoValidator>, doc: unknown): unknown[] {
  return validate(doc) ? [] : (validate.errors ?? []);
}

function docs(yaml: string): any[] {
  return parseAllDocuments(yaml).map((d) => d.toJS());
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected the export to be refused');
}

/** An RE2 pattern as the controllers write it, for a JavaScript test of the same strings. */
function re2ToJs(pattern: string): RegExp {
  const insensitive = pattern.startsWith('(?i)');
  return new RegExp(
    (insensitive ? pattern.slice(4) : pattern).replaceAll('[[:space:]]', '\\s'),
    insensitive ? 'i' : '',
  );
}

describe('admission export: Kyverno', () => {
  it('enforces the identity with issuer and subject pattern, and the source through the provenance; the v1.13.0 CRD accepts it', () => {
    const out = buildAdmissionExport(FULL, { ...OPTIONS, controllers: ['kyverno'], allowUnenforced: [] });
    const doc = parseYaml(out.kyverno!.yaml) as Record<string, any>;
    expect(errors(kyvernoValidator(), doc)).toEqual([]);
    const verify = doc.spec.rules[0].verifyImages[0];
    expect(verify.type).toBe('SigstoreBundle');
    expect(verify.attestors).toBeUndefined();
    // builder-id is the Build Signer URI of the provenance (the gate's rule): the provenance must be signed by exactly it.
    expect(verify.attestations[0].attestors[0].entries[0].keyless.subject).toBe(FULL.builderId);
    const keyless = verify.attestations[1].attestors[0].entries[0].keyless;
    expect(keyless.subject).toBeUndefined();
    expect(keyless.issuer).toBe('https://token.actions.githubusercontent.com');
    // Kyverno's validation refuses a keyless attestor without a rekor URL ("An URL is required").
    expect(keyless.rekor).toEqual({ url: 'https://rekor.sigstore.dev' });
    expect(keyless.additionalExtensions).toBeUndefined();
    const san = new RegExp(keyless.subjectRegExp);
    expect(san.test(`https://github.com/${SIGNER}@refs/tags/v1.2.0`)).toBe(true);
    expect(san.test(`https://github.com/${SIGNER}@${'a'.repeat(40)}`)).toBe(true);
    expect(san.test(`https://github.com/${SIGNER}@refs/heads/main`)).toBe(false);
    expect(san.test(`https://github.com/evil/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0`)).toBe(
      false,
    );
    expect(verify.attestations.map((a: { type: string }) => a.type)).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document/v2.3',
      'https://cyclonedx.org/bom',
      'https://cosign.sigstore.dev/attestation/vuln/v1',
    ]);
    const conditions = verify.attestations[0].conditions[0].all as { key: string; value: unknown }[];
    const keys = conditions.map((c) => c.key).join('\n');
    expect(keys).toContain('buildDefinition.externalParameters.workflow.repository');
    expect(keys).toContain('buildDefinition.internalParameters.github.repository_id');
    expect(keys).toContain('buildDefinition.internalParameters.github.repository_owner_id');
    expect(keys).toContain('buildDefinition.resolvedDependencies[0].uri');
    expect(keys).toContain('buildDefinition.internalParameters.github.runner_environment');
    expect(keys).toContain('runDetails.builder.id');
    expect(conditions.every((c) => c.value === true)).toBe(true);
    // The source-repository pattern, as a string, has the gate's meaning (case-insensitive, exact).
    const repo = /regex_match\('([^']+)', buildDefinition\.externalParameters/.exec(keys)![1]!;
    expect(re2ToJs(repo).test('https://github.com/Octo-Org/App')).toBe(true);
    expect(re2ToJs(repo).test('https://github.com/octo-org/app-evil')).toBe(false);
    const ref = /regex_match\('([^']+)', buildDefinition\.resolvedDependencies/.exec(keys)![1]!;
    expect(re2ToJs(ref).test('git+https://github.com/octo-org/app@refs/heads/main')).toBe(true);
    expect(re2ToJs(ref).test('git+https://github.com/octo-org/app@refs/heads/main2')).toBe(false);
    expect(out.kyverno!.notEnforced).toEqual([]);
    expect(doc.metadata.annotations['supply-chain-verify/not-enforced']).toBeUndefined();
    expect(doc.metadata.annotations['supply-chain-verify/stricter']).toContain(
      'every verified provenance statement must match',
    );
  });

  it('max-severity conditions read the vuln report as the gate does: format, case, Grype negligible', () => {
    const out = buildAdmissionExport({ ...FULL, maxSeverity: 'low' }, { ...OPTIONS, controllers: ['kyverno'] });
    const vuln = (parseYaml(out.kyverno!.yaml) as any).spec.rules[0].verifyImages[0].attestations[3];
    const all = vuln.conditions[0].all as { key: string; message: string }[];
    expect(all.map((c) => c.message)).toEqual([
      "the vuln predicate is not in cosign's shape",
      'the vuln predicate has no scan times',
      'scanner.result is not exactly one of a Trivy or a Grype JSON report',
      'Trivy findings at or above low',
      'Grype findings at or above low',
    ]);
    const trivy = re2ToJs(/regex_match\('([^']+)'/.exec(all[3]!.key)![1]!);
    for (const s of ['HIGH', 'high', ' Low ', 'CRITICAL']) expect(trivy.test(s)).toBe(true);
    for (const s of ['UNKNOWN', 'negligible', 'HIGHER']) expect(trivy.test(s)).toBe(false);
    const grype = re2ToJs(/regex_match\('([^']+)'/.exec(all[4]!.key)![1]!);
    expect(grype.test('Negligible')).toBe(true);
    expect(grype.test('Unknown')).toBe(false);
    const high = buildAdmissionExport(FULL, { ...OPTIONS, controllers: ['kyverno'] });
    const highKey = (parseYaml(high.kyverno!.yaml) as any).spec.rules[0].verifyImages[0].attestations[3].conditions[0]
      .all[3].key as string;
    expect(re2ToJs(/regex_match\('([^']+)'/.exec(highKey)![1]!).test('medium')).toBe(false);
  });

  it('the report keys match the gate reader (scanReportFormat)', () => {
    for (const key of TRIVY_REPORT_KEYS) expect(scanReportFormat({ [key]: 1 })).toEqual({ format: 'trivy' });
    for (const key of GRYPE_REPORT_KEYS) expect(scanReportFormat({ [key]: 1 })).toEqual({ format: 'grype' });
    expect(scanReportFormat({ SchemaVersion: 2, matches: [] })).toMatchObject({ problem: 'ambiguous' });
  });

  it('an empty issuer input is exported as issuerRegExp .+ (Kyverno needs issuer and subject to apply an identity)', () => {
    const { certificateOidcIssuer: _, ...noIssuer } = FULL;
    const out = buildAdmissionExport(noIssuer, {
      ...OPTIONS,
      controllers: ['kyverno', 'policy-controller'],
      allowUnenforced: ['max-severity'],
    });
    const keyless = (parseYaml(out.kyverno!.yaml) as any).spec.rules[0].verifyImages[0].attestations[0].attestors[0]
      .entries[0].keyless;
    expect(keyless.issuer).toBeUndefined();
    expect(keyless.issuerRegExp).toBe('.+');
    const cip = docs(out.policyController!.yaml).find((d) => d.kind === 'ClusterImagePolicy');
    expect(cip.spec.authorities[0].keyless.identities[0]).toMatchObject({ issuerRegExp: '.+' });
  });

  it('refuses source constraints the provenance cannot carry, naming the input and the controller; allow-unenforced says what is not checked', () => {
    const policy: VerificationPolicy = {
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
      signerWorkflow: SIGNER,
      signerRefs: ['refs/tags/v1.2.0'],
      sourceRepository: 'octo-org/app',
      sourceRef: 'refs/heads/main',
      requireAttestations: [],
    };
    const message = refusal(() => buildAdmissionExport(policy, { ...OPTIONS, controllers: ['kyverno'] }));
    expect(message).toContain('Input `source-repository` cannot be enforced by Kyverno');
    expect(message).toContain('Input `source-ref` cannot be enforced by Kyverno');
    expect(message).toContain('add slsaprovenance1 to require-attestations');
    expect(message).toContain('allow-unenforced: source-repository');
    const out = buildAdmissionExport(policy, {
      ...OPTIONS,
      controllers: ['kyverno'],
      allowUnenforced: ['source-repository', 'source-ref'],
    });
    const doc = parseYaml(out.kyverno!.yaml) as any;
    expect(errors(kyvernoValidator(), doc)).toEqual([]);
    expect(doc.metadata.annotations['supply-chain-verify/not-enforced']).toMatch(
      /^source-repository: .*; source-ref: /,
    );
    expect(out.kyverno!.notEnforced).toHaveLength(2);
    // An identity pattern that any repository satisfies cannot vouch for the provenance's claims.
    const broad = {
      ...policy,
      signerWorkflow: undefined,
      signerRefs: [],
      certificateIdentityRegexp: 'https://github\\.com/.+',
      requireAttestations: [SLSA],
    } as VerificationPolicy;
    delete broad.signerWorkflow;
    expect(refusal(() => buildAdmissionExport(broad, { ...OPTIONS, controllers: ['kyverno'] }))).toContain(
      'not signed by a pinned identity',
    );
  });

  it('refuses a builder-id that the identity policy does not accept (the gate would admit no provenance)', () => {
    const message = refusal(() =>
      buildAdmissionExport(
        {
          ...FULL,
          builderId: 'https://github.com/octo-org/release-workflows/.github/workflows/build.yml@refs/tags/v1',
        },
        { ...OPTIONS, controllers: ['kyverno'] },
      ),
    );
    expect(message).toContain('Input `builder-id` cannot be enforced by Kyverno');
    expect(message).not.toContain('allow-unenforced: builder-id');
  });

  it('refuses max-age and a second identity pattern; an allow-unenforced entry nobody needs is refused too', () => {
    const policy: VerificationPolicy = {
      ...FULL,
      certificateIdentityRegexp: 'https://github\\.com/octo-org/.*',
      maxAge: { text: '30d', ms: 30 * 86_400_000 },
    };
    const message = refusal(() => buildAdmissionExport(policy, { ...OPTIONS, controllers: ['kyverno'] }));
    expect(message).toContain('Input `certificate-identity-regexp` cannot be enforced by Kyverno');
    expect(message).toContain('Input `max-age` cannot be enforced by Kyverno');
    expect(() =>
      buildAdmissionExport(policy, {
        ...OPTIONS,
        controllers: ['kyverno'],
        allowUnenforced: ['certificate-identity-regexp', 'max-age'],
      }),
    ).not.toThrow();
    expect(
      refusal(() => buildAdmissionExport(FULL, { ...OPTIONS, controllers: ['kyverno'], allowUnenforced: ['max-age'] })),
    ).toContain('Input `allow-unenforced` lists max-age');
  });

  it('refuses spdxjson (the gate accepts every SPDX type, a controller compares one) and takes the exact type instead', () => {
    const policy: VerificationPolicy = {
      ...FULL,
      requireAttestations: [SLSA, { name: 'spdxjson', uri: 'https://spdx.dev/Document' }],
    };
    const message = refusal(() =>
      buildAdmissionExport(policy, { ...OPTIONS, controllers: ['kyverno'], allowUnenforced: ['require-attestations'] }),
    );
    expect(message).toContain('spdxjson');
    expect(message).toContain('https://spdx.dev/Document/v2.3');
    // The full URI https://spdx.dev/Document means the same to the gate (any version): refused too.
    expect(
      refusal(() =>
        buildAdmissionExport(
          {
            ...FULL,
            requireAttestations: [SLSA, { name: 'https://spdx.dev/Document', uri: 'https://spdx.dev/Document' }],
          },
          { ...OPTIONS, controllers: ['kyverno'] },
        ),
      ),
    ).toContain('spdxjson');
    // A versioned type is compared exactly by the gate and by the controller.
    expect(predicateTypeMatches('https://spdx.dev/Document/v2.3', 'https://spdx.dev/Document/v2.2')).toBe(false);
    const exact = buildAdmissionExport(
      {
        ...FULL,
        requireAttestations: [SLSA, { name: 'https://spdx.dev/Document/v2.3', uri: 'https://spdx.dev/Document/v2.3' }],
      },
      { ...OPTIONS, controllers: ['kyverno'] },
    );
    expect((parseYaml(exact.kyverno!.yaml) as any).spec.rules[0].verifyImages[0].attestations[1].type).toBe(
      'https://spdx.dev/Document/v2.3',
    );
  });

  it("refuses GitHub's instance (no tlog, no signed timestamps in Kyverno's bundle path) without an opt-in", () => {
    const message = refusal(() =>
      buildAdmissionExport(FULL, {
        ...OPTIONS,
        instance: 'github',
        controllers: ['kyverno'],
        allowUnenforced: ['max-severity'],
      }),
    );
    expect(message).toContain('Input `sigstore-instance` cannot be enforced by Kyverno');
    expect(message).not.toContain('allow-unenforced: sigstore-instance');
  });

  it('a custom instance exports its rekor URL and says the TUF root is an admin step', () => {
    const trust = loadTrustedRootFile(CUSTOM_ROOT);
    const out = buildAdmissionExport(FULL, { ...OPTIONS, instance: 'custom', trust, controllers: ['kyverno'] });
    const keyless = (parseYaml(out.kyverno!.yaml) as any).spec.rules[0].verifyImages[0].attestations[0].attestors[0]
      .entries[0].keyless;
    expect(keyless.rekor.url).toBe(trust.tlogs[0]!.baseUrl);
    expect(out.kyverno!.adminSteps.join()).toContain('--tufRoot');
  });
});

describe('admission export: platform manifests of an index (issue 18.4)', () => {
  it('no controller checks that each platform manifest has its own evidence: refused for each, named in not-enforced with allow-unenforced: platform', () => {
    const policy: VerificationPolicy = { ...FULL, platformManifests: 'linux/arm64' };
    const message = refusal(() => buildAdmissionExport(policy, OPTIONS));
    for (const name of ['Kyverno', 'Sigstore policy-controller', 'Gatekeeper + Ratify'])
      expect(message).toContain(`Input \`platform\` cannot be enforced by ${name}`);
    expect(message).toContain('(platform: linux/arm64)');
    const kyverno = buildAdmissionExport(policy, {
      ...OPTIONS,
      controllers: ['kyverno'],
      allowUnenforced: ['platform'],
    }).kyverno!;
    expect(kyverno.notEnforced).toEqual([
      'platform: Kyverno checks the evidence of the digest a pod names (for a tag, the image index), not that the platform manifest a node pulls from the index (platform: linux/arm64) carries its own',
    ]);
    expect(docs(kyverno.yaml)[0].metadata.annotations['supply-chain-verify/not-enforced']).toContain('platform: ');
    // Without platform manifests checked (a single manifest, or files) there is nothing to accept.
    expect(
      refusal(() =>
        buildAdmissionExport(FULL, { ...OPTIONS, controllers: ['kyverno'], allowUnenforced: ['platform'] }),
      ),
    ).toContain('Input `allow-unenforced` lists platform');
  });
});

describe('admission export: policy-controller', () => {
  it('reads bundles (signatureFormat: bundle) and checks builder and source in rego over the provenance; v0.13.0 CRD accepts it', () => {
    const out = buildAdmissionExport(FULL, {
      ...OPTIONS,
      controllers: ['policy-controller'],
      allowUnenforced: ['max-severity'],
    });
    const all = docs(out.policyController!.yaml);
    expect(all.map((d) => d.kind)).toEqual(['ClusterImagePolicy']);
    const doc = all[0];
    expect(errors(policyControllerValidator(), doc)).toEqual([]);
    const authority = doc.spec.authorities[0];
    expect(authority.signatureFormat).toBe('bundle');
    expect(authority.keyless.url).toBe('https://fulcio.sigstore.dev');
    expect(authority.ctlog).toEqual({ url: 'https://rekor.sigstore.dev' });
    expect(authority.attestations.map((a: { predicateType: string }) => a.predicateType)).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document/v2.3',
      'cyclonedx',
      'vuln',
    ]);
    expect(authority.attestations[0].policy.type).toBe('rego');
    expect(authority.attestations[0].policy.data).toContain(
      'input.predicate.buildDefinition.internalParameters.github.repository_owner_id',
    );
    expect(authority.attestations[0].policy.data).toContain('import rego.v1');
    expect(out.policyController!.notEnforced.join()).toContain('max-severity: policy-controller admits when ANY');
    expect(doc.metadata.annotations['supply-chain-verify/not-enforced']).toContain('max-severity');
  });

  it('refuses max-severity without the opt-in (any clean vuln attestation would admit)', () => {
    expect(refusal(() => buildAdmissionExport(FULL, { ...OPTIONS, controllers: ['policy-controller'] }))).toContain(
      'Input `max-severity` cannot be enforced by Sigstore policy-controller',
    );
  });

  it("custom instance: a TrustRoot with the instance's keys inline, referenced by the authority", () => {
    const trust = loadTrustedRootFile(CUSTOM_ROOT);
    const out = buildAdmissionExport(FULL, {
      ...OPTIONS,
      instance: 'custom',
      trust,
      controllers: ['policy-controller'],
      allowUnenforced: ['max-severity'],
    });
    const [trustRoot, cip] = docs(out.policyController!.yaml);
    expect(trustRoot.kind).toBe('TrustRoot');
    expect(errors(trustRootValidator(), trustRoot)).toEqual([]);
    expect(errors(policyControllerValidator(), cip)).toEqual([]);
    const chain = Buffer.from(trustRoot.spec.sigstoreKeys.certificateAuthorities[0].certChain, 'base64').toString();
    expect(chain).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(trustRoot.spec.sigstoreKeys.tLogs[0].baseURL).toBe(trust.tlogs[0]!.baseUrl);
    expect(cip.spec.authorities[0].keyless.trustRootRef).toBe(trustRoot.metadata.name);
    expect(cip.spec.authorities[0].ctlog.trustRootRef).toBe(trustRoot.metadata.name);
    // With a transparency log its integrated time is the observer timestamp (no TSA required, as in the gate).
    expect(cip.spec.authorities[0].rfc3161timestamp).toBeUndefined();
    // The inline keys do not work with policy-controller <= v0.13.1 (found by the engine test): said as an admin step.
    expect(out.policyController!.adminSteps.join()).toContain('spec.remote');
  });

  it("GitHub's instance: a TrustRoot from GitHub's TUF repository with its embedded root, and TSA verification", () => {
    const out = buildAdmissionExport(FULL, {
      ...OPTIONS,
      instance: 'github',
      controllers: ['policy-controller'],
      allowUnenforced: ['max-severity'],
    });
    const [trustRoot, cip] = docs(out.policyController!.yaml);
    expect(errors(trustRootValidator(), trustRoot)).toEqual([]);
    expect(trustRoot.spec.remote.mirror).toBe('https://tuf-repo.github.com');
    expect(JSON.parse(Buffer.from(trustRoot.spec.remote.root, 'base64').toString()).signed._type).toBe('root');
    expect(cip.spec.authorities[0].rfc3161timestamp).toEqual({ trustRootRef: trustRoot.metadata.name });
    expect(cip.spec.authorities[0].ctlog).toBeUndefined();
  });
});

describe('admission export: Gatekeeper + Ratify', () => {
  it('writes Store, Verifier, Policy, ConstraintTemplate and Constraint for an identity-only policy', () => {
    const policy: VerificationPolicy = {
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
      signerWorkflow: SIGNER,
      signerRefs: ['refs/tags/v1.2.0'],
      requireAttestations: [],
    };
    const out = buildAdmissionExport(policy, { ...OPTIONS, controllers: ['ratify'] });
    const all = docs(out.ratify!.yaml);
    expect(all.map((d) => `${d.apiVersion} ${d.kind}`)).toEqual([
      'config.ratify.deislabs.io/v1beta1 Store',
      'config.ratify.deislabs.io/v1beta1 Verifier',
      'config.ratify.deislabs.io/v1beta1 Policy',
      'templates.gatekeeper.sh/v1beta1 ConstraintTemplate',
      'constraints.gatekeeper.sh/v1beta1 RatifyVerification',
    ]);
    const trustPolicy = all[1].spec.parameters.trustPolicies[0];
    expect(trustPolicy).toMatchObject({
      scopes: ['ghcr.io/octo-org/app*'],
      keyless: {
        certificateIdentityRegExp: expect.stringContaining('release-workflows'),
        certificateOIDCIssuer: 'https://token.actions.githubusercontent.com',
        ctLogVerify: true,
      },
      tLogVerify: true,
      rekorURL: 'https://rekor.sigstore.dev',
    });
    expect(all[2].metadata.name).toBe('ratify-policy');
    expect(all[3].spec.targets[0].rego).toContain('external_data({"provider": "ratify-provider"');
    expect(out.ratify!.stricter.join()).toContain('legacy signatures');
  });

  it('refuses what Ratify cannot check (attestations, source) and the GitHub instance', () => {
    const message = refusal(() => buildAdmissionExport(FULL, { ...OPTIONS, controllers: ['ratify'] }));
    for (const input of [
      'source-repository',
      'source-repository-id',
      'owner-id',
      'source-ref',
      'runner-environment',
      'require-attestations',
      'builder-id',
      'max-severity',
    ]) {
      expect(message).toContain(`Input \`${input}\` cannot be enforced by Gatekeeper + Ratify`);
    }
    const identityOnly: VerificationPolicy = {
      certificateIdentity: `https://github.com/${SIGNER}@refs/tags/v1.2.0`,
      signerRefs: [],
      requireAttestations: [],
    };
    expect(
      refusal(() => buildAdmissionExport(identityOnly, { ...OPTIONS, instance: 'github', controllers: ['ratify'] })),
    ).toContain('`sigstore-instance`');
  });
});

describe('admission export: shared', () => {
  it('is deterministic, and plain YAML (no anchors or aliases)', () => {
    const options = {
      ...OPTIONS,
      controllers: ['kyverno', 'policy-controller'] as const,
      allowUnenforced: ['max-severity'],
    };
    const out = buildAdmissionExport(FULL, options);
    expect(out).toEqual(buildAdmissionExport(FULL, options));
    for (const e of out.exports) expect(e.yaml).not.toMatch(/(^|\s)[&*][A-Za-z]\w*/m);
  });

  it('the schema check catches a field the CRD does not know', () => {
    const out = buildAdmissionExport(FULL, {
      ...OPTIONS,
      controllers: ['kyverno', 'policy-controller'],
      allowUnenforced: ['max-severity'],
    });
    const doc = parseYaml(out.kyverno!.yaml) as Record<string, any>;
    doc.spec.rules[0].verifyImages[0].attestations[0].attestors[0].entries[0].keyless.subjectRegex = 'typo';
    expect(errors(kyvernoValidator(), doc)).not.toEqual([]);
    const pc = docs(out.policyController!.yaml)[0];
    pc.spec.authorities[0].keyless.identities[0].subjectRegexp = 'typo';
    expect(errors(policyControllerValidator(), pc)).not.toEqual([]);
  });

  it('an exact identity that is a run of signer-workflow implies it; one that is not is refused', () => {
    expect(
      subjectMatch({ ...FULL, certificateIdentity: `https://github.com/${SIGNER}@refs/tags/v1.2.0` }).subject,
    ).toBe(`https://github.com/${SIGNER}@refs/tags/v1.2.0`);
    const policy: VerificationPolicy = {
      ...FULL,
      certificateIdentity: 'https://github.com/o/r/.github/workflows/x.yml@refs/heads/main',
    };
    expect(refusal(() => buildAdmissionExport(policy, { ...OPTIONS, controllers: ['kyverno'] }))).toContain(
      'Input `signer-workflow` cannot be enforced by Kyverno',
    );
  });

  it("the gate's signed-evidence (a signature or the provenance) is required next to the other attestations", () => {
    const policy: VerificationPolicy = {
      certificateIdentity: `https://github.com/${SIGNER}@refs/tags/v1.2.0`,
      signerRefs: [],
      requireAttestations: [{ name: 'cyclonedx', uri: 'https://cyclonedx.org/bom' }],
    };
    const out = buildAdmissionExport(policy, { ...OPTIONS, controllers: ['kyverno', 'policy-controller'] });
    const verify = (parseYaml(out.kyverno!.yaml) as any).spec.rules[0].verifyImages[0];
    // Kyverno's attestors would take any bundle as the signature: the signature statement is required by type.
    expect(verify.attestors).toBeUndefined();
    expect(verify.attestations.map((a: { type: string }) => a.type)).toEqual([
      'https://sigstore.dev/cosign/sign/v1',
      'https://cyclonedx.org/bom',
    ]);
    expect(verify.attestations[0].attestors[0].entries[0].keyless.subject).toBe(policy.certificateIdentity);
    expect(out.kyverno!.stricter.join()).toContain('the gate also accepts https://slsa.dev/provenance/v1 instead');
    const cips = docs(out.policyController!.yaml);
    expect(cips.map((d) => d.metadata.name)).toEqual(['supply-chain-verify', 'supply-chain-verify-signature']);
    expect(cips[1].spec.authorities[0].attestations).toBeUndefined();
    for (const cip of cips) expect(errors(policyControllerValidator(), cip)).toEqual([]);
    // Provenance required: it is the signed evidence, no separate signature.
    const withProvenance = buildAdmissionExport(
      { ...policy, requireAttestations: [SLSA] },
      { ...OPTIONS, controllers: ['kyverno', 'policy-controller'] },
    );
    expect((parseYaml(withProvenance.kyverno!.yaml) as any).spec.rules[0].verifyImages[0].attestors).toBeUndefined();
    expect(docs(withProvenance.policyController!.yaml)).toHaveLength(1);
  });

  it('ref globs have the gate meaning in RE2', () => {
    for (const [glob, value] of [
      ['refs/tags/v1.*', 'refs/tags/v1.2'],
      ['refs/tags/v1.*', 'refs/tags/v1.2/x'],
      ['refs/heads/**', 'refs/heads/a/b'],
      ['refs/heads/release-?', 'refs/heads/release-1'],
      ['refs/heads/release-?', 'refs/heads/release-12'],
    ] as const) {
      expect(new RegExp(`^${refGlobToRe2(glob)}$`).test(value)).toBe(globToRegExp(glob).test(value));
    }
  });

  it('without an identity policy it still requires some subject, and a minimal policy validates', () => {
    const out = buildAdmissionExport(
      { signerRefs: [], requireAttestations: [] },
      { ...OPTIONS, controllers: ['kyverno', 'policy-controller'] },
    );
    const doc = parseYaml(out.kyverno!.yaml) as Record<string, any>;
    expect(errors(kyvernoValidator(), doc)).toEqual([]);
    expect(doc.spec.rules[0].verifyImages[0].attestations[0].type).toBe('https://sigstore.dev/cosign/sign/v1');
    expect(doc.spec.rules[0].verifyImages[0].attestations[0].attestors[0].entries[0].keyless).toEqual({
      subjectRegExp: '.+',
      issuerRegExp: '.+',
      rekor: { url: 'https://rekor.sigstore.dev' },
    });
    expect(errors(policyControllerValidator(), docs(out.policyController!.yaml)[0])).toEqual([]);
  });

  it('image patterns cover every tag and digest of the repository; a glob is kept', () => {
    expect(imagePatternFor('ghcr.io/octo-org/app')).toBe('ghcr.io/octo-org/app*');
    expect(imagePatternFor('127.0.0.1:5000/app:v1')).toBe('127.0.0.1:5000/app*');
    expect(imagePatternFor('ghcr.io/octo-org/*')).toBe('ghcr.io/octo-org/*');
  });
});
