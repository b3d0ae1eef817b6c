import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CYCLONEDX_BOM,
  IN_TOTO_STATEMENT_TYPES,
  SLSA_PROVENANCE_V1,
  SPDX_DOCUMENT_PREFIX,
  isObject,
  isSha256Digest,
  predicateTypeForName,
  predicateTypeMatches,
  predicateTypeName,
  sha256File,
  sha256Hex,
} from '@scs/vocabulary';
import { resolvePredicateType } from '@scs/verification';

describe('predicate types (one table for provenance, verify and the exports)', () => {
  it('maps short names case-insensitively, and nothing inherited', () => {
    expect(predicateTypeForName('SlsaProvenance1')).toBe(SLSA_PROVENANCE_V1);
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(predicateTypeForName(key)).toBeUndefined();
      expect(predicateTypeMatches(key, 'https://example.com/x')).toBe(false);
      expect(resolvePredicateType(key)).toBeUndefined();
    }
  });

  it('matches exactly, except versioned SPDX and CycloneDX', () => {
    expect(predicateTypeMatches('cyclonedx', CYCLONEDX_BOM)).toBe(true);
    expect(predicateTypeMatches(CYCLONEDX_BOM, 'https://cyclonedx.org/bom/v1.5')).toBe(true);
    expect(predicateTypeMatches('spdxjson', 'https://spdx.dev/Document/v2.3')).toBe(true);
    expect(predicateTypeMatches(SPDX_DOCUMENT_PREFIX, SPDX_DOCUMENT_PREFIX)).toBe(true);
    expect(predicateTypeMatches('cyclonedx', 'https://cyclonedx.org/bom/v1.5/extra')).toBe(false);
    expect(predicateTypeMatches('cyclonedx', 'https://cyclonedx.org/bomb')).toBe(false);
    expect(predicateTypeMatches('slsaprovenance1', 'https://slsa.dev/provenance/v1.1')).toBe(false);
    expect(predicateTypeMatches('slsaprovenance1', undefined)).toBe(false);
    expect(predicateTypeName('https://cyclonedx.org/bom/v1.6')).toBe('cyclonedx');
    expect(predicateTypeName('https://example.com/custom')).toBeUndefined();
  });

  it('knows both in-toto statement types', () => {
    expect([...IN_TOTO_STATEMENT_TYPES].sort()).toEqual([
      'https://in-toto.io/Statement/v0.1',
      'https://in-toto.io/Statement/v1',
    ]);
  });
});

describe('digests and JSON guards', () => {
  it('accepts only sha256 with 64 lower-case hex digits', () => {
    expect(isSha256Digest(`sha256:${'a'.repeat(64)}`)).toBe(true);
    expect(isSha256Digest(`sha256:${'A'.repeat(64)}`)).toBe(false);
    expect(isSha256Digest(`sha256:${'a'.repeat(63)}`)).toBe(false);
    expect(isSha256Digest(`sha512:${'a'.repeat(64)}`)).toBe(false);
    expect(isSha256Digest(`sha256:${'a'.repeat(64)}\n`)).toBe(false);
    expect(isSha256Digest(42)).toBe(false);
  });

  it('hashes a file by streaming it, equal to hashing its bytes', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-vocab-')), 'blob');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 0x5a);
    fs.writeFileSync(file, bytes);
    expect(await sha256File(file)).toBe(sha256Hex(bytes));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('isObject is true for plain objects only', () => {
    expect(isObject({})).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject('x')).toBe(false);
  });
});
