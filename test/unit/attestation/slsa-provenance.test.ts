/**
 * The SLSA predicate against real GitHub attestations: the claims each run
 * had are read back from the Fulcio certificate of its bundle (GitHub's
 * claims are copied into extensions 1.3.6.1.4.1.57264.1.8–22), the predicate
 * is built from them, and it must equal the one GitHub wrote.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { X509Certificate } from '@sigstore/core';
import {
  GITHUB_WORKFLOW_BUILD_TYPE,
  PROVENANCE_CLAIMS,
  SLSA_PROVENANCE_V1,
  buildSlsaProvenancePredicate,
  buildStatement,
  defaultOidcIssuer,
  provenanceClaims,
  serializeStatement,
  splitWorkflowRef,
  type ProvenanceClaims,
  type Subject,
} from '@scs/attestation';
import { REPO_ROOT } from '../../support/action-harness.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'provenance');

interface FixtureStatement {
  subject: Subject[];
  predicateType: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed predicate, read field by field
  predicate: Record<string, any>;
}

function statementFixture(name: string): { text: string; json: FixtureStatement } {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  return { text, json: JSON.parse(text) as FixtureStatement };
}

/** A DER UTF8String (tag 0x0c) as Fulcio writes its v2 extensions. */
function derUtf8(value: Buffer): string {
  expect(value[0]).toBe(0x0c);
  let length = value[1]!;
  let offset = 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + value[2 + i]!;
    offset = 2 + bytes;
  }
  return value.subarray(offset, offset + length).toString('utf8');
}

/** GitHub's OIDC claims as Fulcio recorded them in the signing certificate. */
function claimsFromBundle(name: string, server = 'https://github.com'): ProvenanceClaims {
  let text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  if (name.endsWith('.jsonl')) text = text.split('\n')[0]!;
  const bundle = JSON.parse(text);
  const material = bundle.verificationMaterial;
  const raw = material.certificate?.rawBytes ?? material.x509CertificateChain.certificates[0].rawBytes;
  const cert = X509Certificate.parse(Buffer.from(raw, 'base64'));
  const ext = (n: number): string => {
    const extension = cert.extension(`1.3.6.1.4.1.57264.1.${n}`);
    if (!extension) throw new Error(`certificate has no extension 1.3.6.1.4.1.57264.1.${n}`);
    return derUtf8(extension.value);
  };
  const strip = (uri: string) => uri.replace(`${server}/`, '');
  const runUri = ext(21);
  const run = /\/actions\/runs\/(\d+)\/attempts\/(\d+)$/.exec(runUri)!;
  return {
    iss: ext(8),
    job_workflow_ref: strip(ext(9)),
    runner_environment: ext(11),
    repository: strip(ext(12)),
    sha: ext(13),
    ref: ext(14),
    repository_id: ext(15),
    repository_owner_id: ext(17),
    workflow_ref: strip(ext(18)),
    event_name: ext(20),
    run_id: run[1]!,
    run_attempt: run[2]!,
  };
}

describe('SLSA v1 provenance in the shape of GitHub’s attestations', () => {
  it('rebuilds the too-legit/attest statement byte for byte from the claims in its certificate', () => {
    const claims = claimsFromBundle('gh-cli__custom-issuer.sigstore.json');
    expect(claims.iss).toBe('https://token.actions.githubusercontent.com/hammer-time');
    const fixture = statementFixture('attest-build-provenance__too-legit-attest.custom-issuer.statement.json');
    const predicate = buildSlsaProvenancePredicate(claims, 'https://github.com');
    expect(predicate).toEqual(fixture.json.predicate);
    const statement = buildStatement(
      fixture.json.subject,
      SLSA_PROVENANCE_V1,
      predicate as unknown as Record<string, unknown>,
    );
    expect(serializeStatement(statement)).toBe(fixture.text);
  });

  it('rebuilds the loosebazooka/aa-test statement byte for byte from the claims of that run', () => {
    // The conformance suite re-signed this bundle with its beacon identity, so the claims are the run's own, written out.
    const claims: ProvenanceClaims = {
      iss: 'https://token.actions.githubusercontent.com',
      repository: 'loosebazooka/aa-test',
      repository_id: '891715444',
      repository_owner_id: '1304826',
      ref: 'refs/heads/main',
      sha: 'ebff8dfbd609b7b22237c7719ce07f2dc7934f5f',
      event_name: 'workflow_dispatch',
      workflow_ref: 'loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main',
      job_workflow_ref: 'loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main',
      runner_environment: 'github-hosted',
      run_id: '11941425487',
      run_attempt: '1',
    };
    const fixture = statementFixture('attest-build-provenance__loosebazooka-aa-test.statement.json');
    const statement = buildStatement(
      fixture.json.subject,
      SLSA_PROVENANCE_V1,
      buildSlsaProvenancePredicate(claims, 'https://github.com') as never,
    );
    expect(serializeStatement(statement)).toBe(fixture.text);
  });

  // Attestations from before GitHub's buildType moved to actions.github.io: everything the claims
  // determine is the same; the buildType, the builder id (then the runner, now the workflow that
  // signed) and runner_environment (added later) are what changed.
  it.each([
    [
      'attest-build-provenance__actions-attest-demo.statement.json',
      'attest-demo__github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl',
    ],
    ['artifact-attestations-reusable-workflow.statement.json', 'gh-cli__reusable-workflow-attestation.sigstore.json'],
  ])(
    'matches %s field by field, except the fields the older buildType had differently',
    (statementFile, bundleFile) => {
      const claims = claimsFromBundle(bundleFile);
      const fixture = statementFixture(statementFile).json.predicate;
      const predicate = buildSlsaProvenancePredicate(claims, 'https://github.com');
      expect(fixture.buildDefinition.buildType).toBe(
        'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
      );
      expect(predicate.buildDefinition.buildType).toBe(GITHUB_WORKFLOW_BUILD_TYPE);
      expect(predicate.buildDefinition.externalParameters).toEqual(fixture.buildDefinition.externalParameters);
      expect(predicate.buildDefinition.resolvedDependencies).toEqual(fixture.buildDefinition.resolvedDependencies);
      const { runner_environment, ...github } = predicate.buildDefinition.internalParameters.github;
      expect(github).toEqual(fixture.buildDefinition.internalParameters.github);
      expect(runner_environment).toBe('github-hosted');
      expect(predicate.runDetails.metadata).toEqual(fixture.runDetails.metadata);
      expect(fixture.runDetails.builder.id).toBe('https://github.com/actions/runner/github-hosted');
      expect(predicate.runDetails.builder.id).toBe(`https://github.com/${claims.job_workflow_ref}`);
    },
  );

  it('names the reusable workflow as the builder and the caller as the workflow', () => {
    const claims = claimsFromBundle('gh-cli__reusable-workflow-attestation.sigstore.json');
    const predicate = buildSlsaProvenancePredicate(claims, 'https://github.com');
    expect(predicate.runDetails.builder.id).toBe(
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
    );
    expect(predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/heads/main',
      repository: 'https://github.com/malancas/attest-demo',
      path: '.github/workflows/shared.yml',
    });
  });

  it('uses the server URL for GHE.com and GHES, and keeps an @ inside a tag ref', () => {
    const claims = {
      ...claimsFromBundle('gh-cli__custom-issuer.sigstore.json'),
      workflow_ref: 'too-legit/attest/.github/workflows/release.yml@refs/tags/pkg@1.2.3',
      ref: 'refs/tags/pkg@1.2.3',
    };
    const predicate = buildSlsaProvenancePredicate(claims, 'https://octo.ghe.com/');
    expect(predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/pkg@1.2.3',
      repository: 'https://octo.ghe.com/too-legit/attest',
      path: '.github/workflows/release.yml',
    });
    expect(predicate.buildDefinition.resolvedDependencies[0]!.uri).toBe(
      'git+https://octo.ghe.com/too-legit/attest@refs/tags/pkg@1.2.3',
    );
    expect(predicate.runDetails.metadata.invocationId).toBe(
      'https://octo.ghe.com/too-legit/attest/actions/runs/10818226125/attempts/1',
    );
    expect(splitWorkflowRef('o/r/.github/workflows/a.yml@refs/heads/x', 'o/r')).toEqual({
      path: '.github/workflows/a.yml',
      ref: 'refs/heads/x',
    });
    expect(() => splitWorkflowRef('o/r/.github/workflows/a.yml', 'o/r')).toThrow(/no '@<ref>'/);
  });

  it('requires every claim it uses and names the missing ones', () => {
    const claims = claimsFromBundle('gh-cli__custom-issuer.sigstore.json') as Record<string, unknown>;
    expect(provenanceClaims({ ...claims, extra: 'x' })).toEqual(claims);
    expect(provenanceClaims({ ...claims, run_attempt: 2 }).run_attempt).toBe('2');
    const { job_workflow_ref: _a, runner_environment: _b, ...partial } = claims;
    expect(() => provenanceClaims({ ...partial, sha: '' })).toThrow(/sha, job_workflow_ref, runner_environment/);
    expect(PROVENANCE_CLAIMS).toHaveLength(12);
  });

  it('knows GitHub’s issuer for github.com and GHE.com tenants, and none for GHES', () => {
    expect(defaultOidcIssuer('https://github.com')).toBe('https://token.actions.githubusercontent.com');
    expect(defaultOidcIssuer('https://octo-corp.ghe.com')).toBe('https://token.actions.octo-corp.ghe.com');
    expect(defaultOidcIssuer('https://github.example.com')).toBeUndefined();
    expect(defaultOidcIssuer('not a url')).toBeUndefined();
  });
});
