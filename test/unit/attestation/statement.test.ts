import { describe, expect, it } from '@jest/globals';
import {
  IN_TOTO_STATEMENT_V1,
  PREDICATE_TYPE_NAMES,
  assertValidStatement,
  buildStatement,
  isAbsoluteUri,
  predicateTypeForName,
  predicateTypeMatches,
  predicateTypeName,
  serializeStatement,
  statementProblems,
  validatePredicateType,
} from '@scs/attestation';

const HEX = 'c'.repeat(64);
const SUBJECT = { name: 'app', digest: { sha256: HEX } };

describe('in-toto Statement v1', () => {
  it('builds, validates and serializes the same bytes every time, in GitHub’s member order', () => {
    const predicate = { b: 1, a: { z: true, y: [1, 2] } };
    const one = serializeStatement(buildStatement([SUBJECT], 'https://example.com/p/v1', predicate));
    const two = serializeStatement(
      buildStatement([{ ...SUBJECT }], 'https://example.com/p/v1', JSON.parse(JSON.stringify(predicate))),
    );
    expect(one).toBe(two);
    expect(one).toBe(
      `{"_type":"${IN_TOTO_STATEMENT_V1}","subject":[{"name":"app","digest":{"sha256":"${HEX}"}}],"predicateType":"https://example.com/p/v1","predicate":{"b":1,"a":{"z":true,"y":[1,2]}}}`,
    );
  });

  it('lists every problem of an invalid statement at once', () => {
    const problems = statementProblems({
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [{ name: '', digest: {} }, { name: 'x', digest: { sha256: HEX.toUpperCase() } }, 'nope'],
      predicateType: 'not a uri',
      predicate: [],
    });
    expect(problems).toEqual([
      "_type must be https://in-toto.io/Statement/v1, got 'https://in-toto.io/Statement/v0.1'",
      'subject[0].name must be a non-empty string',
      'subject[0].digest must name at least one digest',
      'subject[1].digest.sha256 must be 64 lower-case hex characters',
      'subject[2] is not an object',
      "predicateType must be an absolute URI, got 'not a uri'",
      'predicate must be a JSON object',
    ]);
    expect(statementProblems(null)).toEqual(['the statement is not a JSON object']);
    expect(
      statementProblems({ _type: IN_TOTO_STATEMENT_V1, subject: [], predicateType: 'https://x/y', predicate: {} }),
    ).toEqual(['subject must be a non-empty list']);
    expect(() => assertValidStatement({})).toThrow(/nothing was signed/);
    expect(() => buildStatement([], 'https://x/y', {})).toThrow(/subject must be a non-empty list/);
    expect(() => buildStatement([SUBJECT], 'https://x/y', null as never)).toThrow(/predicate must be a JSON object/);
  });

  it('accepts absolute URIs only as predicate types', () => {
    for (const ok of ['https://slsa.dev/provenance/v1', 'urn:example:predicate', 'http://x.test/p'])
      expect(isAbsoluteUri(ok)).toBe(true);
    for (const bad of [
      '',
      'slsa.dev/provenance',
      '/relative',
      'https://x/ y',
      'https://x/\ny',
      'https:',
      'x'.repeat(3000),
    ])
      expect(isAbsoluteUri(bad)).toBe(false);
    expect(() => validatePredicateType('provenance', 'Input `predicate-type`')).toThrow(
      /^Input `predicate-type`: the predicate type must be an absolute URI/,
    );
  });
});

describe('predicate type names (shared with verify)', () => {
  it('maps the short names', () => {
    expect(PREDICATE_TYPE_NAMES).toEqual({
      slsaprovenance1: 'https://slsa.dev/provenance/v1',
      cyclonedx: 'https://cyclonedx.org/bom',
      spdxjson: 'https://spdx.dev/Document',
      vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    });
    expect(predicateTypeForName('SLSAProvenance1')).toBe('https://slsa.dev/provenance/v1');
    expect(predicateTypeForName('toString')).toBeUndefined();
  });

  it('matches versioned SPDX types to spdxjson, everything else exactly', () => {
    expect(predicateTypeMatches('spdxjson', 'https://spdx.dev/Document/v2.3')).toBe(true);
    expect(predicateTypeMatches('spdxjson', 'https://spdx.dev/Document/v2.3/../x')).toBe(false);
    expect(predicateTypeMatches('vuln', 'https://cosign.sigstore.dev/attestation/vuln/v1')).toBe(true);
    expect(predicateTypeMatches('https://slsa.dev/provenance/v1', 'https://slsa.dev/provenance/v0.2')).toBe(false);
    expect(predicateTypeName('https://spdx.dev/Document/v2.2')).toBe('spdxjson');
    expect(predicateTypeName('https://example.com/custom')).toBeUndefined();
  });
});
