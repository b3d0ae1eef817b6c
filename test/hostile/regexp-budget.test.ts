/**
 * Identity patterns are evaluated with a time budget (packages/verification
 * patterns.ts): certificate-identity-regexp comes from the workflow and the
 * SAN it is tested against from whoever signed, so a backtracking pattern
 * must neither hang the step nor pass. Nested quantifiers are refused up front.
 */
import { describe, expect, it } from '@jest/globals';
import { anchoredRegExp, boundedTest, identityReasons, nestedQuantifier, RegExpBudgetError } from '@scs/verification';

const SAN = `https://github.com/${'a'.repeat(40)}/.github/workflows/release.yml@refs/heads/main`;
const IDENTITY = { subjectAlternativeName: SAN, notBefore: '2026-01-01T00:00:00Z', notAfter: '2026-01-01T00:10:00Z' };

describe('identity patterns: bounded evaluation', () => {
  it('finds nested quantifiers, the exponential shape, and leaves ordinary patterns alone', () => {
    for (const pattern of ['(a+)+$', '(.*)*x', '(\\w+){2,}', '(?:a|b+)*', '(?<n>x+)+'])
      expect(nestedQuantifier(pattern)).toBeDefined();
    for (const pattern of ['https://github\\.com/octo-org/.*', '(ab)+', '[(a+)]+', 'refs/tags/v[0-9]+'])
      expect(nestedQuantifier(pattern)).toBeUndefined();
  });

  it('stops a catastrophic pattern within its budget, and answers ordinary ones', () => {
    const started = Date.now();
    expect(() => boundedTest(anchoredRegExp('([a-z]|[a-z:/.-])*Z'), SAN, 100)).toThrow(RegExpBudgetError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(boundedTest(anchoredRegExp('https://github\\.com/a+/.*'), SAN)).toBe(true);
    expect(boundedTest(anchoredRegExp('https://github\\.com/b+/.*'), SAN)).toBe(false);
    // The shared context is reusable after a timeout.
    expect(boundedTest(/^x$/, 'x')).toBe(true);
  });

  it("a pattern that runs out of budget on a signer's SAN fails the identity check (fail closed), with the reason", () => {
    const started = Date.now();
    const reasons = identityReasons(IDENTITY, {
      signerRefs: [],
      requireAttestations: [],
      certificateIdentityRegexp: '([a-z]|[a-z:/.-])*Z',
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/does not match .*took longer than 250 ms .*refused/);
    expect(
      identityReasons(IDENTITY, {
        signerRefs: [],
        requireAttestations: [],
        certificateIdentityRegexp: 'https://github\\.com/a+/.*',
      }),
    ).toEqual([]);
  });
});
