/**
 * verify's identity inputs (issue 13 items 17 and 23, issue 15 item 3):
 * certificate-identity-regexp is RE2 and may not admit owners it does not
 * name unless allow-any-owner-regexp says so; signed-evidence says what
 * counts as "signed".
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { inputEnvironment, REPO_ROOT } from '../../support/action-harness.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

async function inputs(values: Record<string, string>) {
  for (const [key, value] of Object.entries(inputEnvironment('verify', values))) process.env[key] = value;
  process.env.GITHUB_WORKSPACE = REPO_ROOT;
  process.env.RUNNER_TEMP = '/tmp';
  const { getInputs } = await import('../../../actions/verify/src/inputs.js');
  return getInputs();
}

describe('certificate-identity-regexp: RE2 only', () => {
  it.each([
    [
      'https://github\\.com/octo-org/(?!evil).*',
      /must be an RE2 regular expression .*lookahead and lookbehind are not RE2/,
    ],
    ['https://github\\.com/(?<=x)octo-org/.*', /lookahead and lookbehind/],
    ['https://github\\.com/(octo-org)/\\1/.*', /backreferences/],
    ['https://github\\.com/(?<o>octo-org)/.*', /named groups/],
    ['(?i)https://github\\.com/octo-org/.*', /inline flags/],
    ['https://github\\.com/octo-org/[[:alpha:]]+/.*', /POSIX classes/],
    ['https://github\\.com/octo-org/\\u0061pp/.*', /JavaScript-only/],
  ])('refuses %s naming the input', async (pattern, reason) => {
    await expect(inputs({ 'certificate-identity-regexp': pattern })).rejects.toThrow(
      /Input `certificate-identity-regexp` must be an RE2 regular expression/,
    );
    await expect(inputs({ 'certificate-identity-regexp': pattern })).rejects.toThrow(reason);
  });

  it('accepts an ordinary pinned pattern', async () => {
    const result = await inputs({
      'certificate-identity-regexp':
        'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/tags/v[0-9]+\\.[0-9]+\\.[0-9]+',
    });
    expect(result.policy.certificateIdentityRegexp).toMatch(/^https/);
    expect(result.policyWarnings).toEqual([]);
  });
});

describe('certificate-identity-regexp: other owners are refused unless allowed', () => {
  it.each([
    ['https://github.com/.*/app/.*', /any owner|admits workflows of owners it does not name/],
    ['https://github\\.com/octo-org.*', /octo-org[^/]+\//],
    [
      'https://github\\.com/[^/]+/app/\\.github/workflows/release\\.yml@refs/heads/main',
      /\/app\/\.github\/workflows\/release\.yml/,
    ],
    ['.*', /admits workflows of owners/],
  ])('refuses %s, naming an identity it admits and the opt-in', async (pattern, named) => {
    const refused = inputs({ 'certificate-identity-regexp': pattern });
    await expect(refused).rejects.toThrow(
      /Input `certificate-identity-regexp` .* admits workflows of owners it does not name, e.g. https:\/\/github\.com\//,
    );
    await expect(inputs({ 'certificate-identity-regexp': pattern })).rejects.toThrow(named);
    await expect(inputs({ 'certificate-identity-regexp': pattern })).rejects.toThrow(/allow-any-owner-regexp: true/);
  });

  it('allow-any-owner-regexp accepts it, with a warning', async () => {
    const result = await inputs({
      'certificate-identity-regexp': 'https://github.com/.*/app/.*',
      'allow-any-owner-regexp': 'true',
    });
    expect(result.policy.certificateIdentityRegexp).toBe('https://github.com/.*/app/.*');
    expect(result.policyWarnings).toEqual([
      expect.stringMatching(/^allow-any-owner-regexp: .* admits workflows of any owner/),
    ]);
  });

  it('owners spelled out literally are chosen owners', async () => {
    expect(
      (await inputs({ 'certificate-identity-regexp': 'https://github\\.com/(octo-org|octo-labs)/.*' })).policyWarnings,
    ).toEqual([]);
  });
});

describe('signed-evidence', () => {
  it('defaults to signature and SLSA provenance', async () => {
    expect((await inputs({})).policy.signedEvidence).toEqual(['signature', 'https://slsa.dev/provenance/v1']);
  });

  it('accepts predicate types and any (warned)', async () => {
    expect((await inputs({ 'signed-evidence': 'signature, cyclonedx' })).policy.signedEvidence).toEqual([
      'signature',
      'https://cyclonedx.org/bom',
    ]);
    const any = await inputs({ 'signed-evidence': 'any' });
    expect(any.policy.signedEvidence).toEqual(['any']);
    expect(any.policyWarnings).toEqual(expect.arrayContaining([expect.stringMatching(/^signed-evidence: any/)]));
  });

  it.each([
    ['signatures', /accepts signature, any, or predicate types/],
    ['any, signature', /use it alone/],
    ['javascript:alert(1)', /accepts signature, any/],
  ])('refuses %s', async (value, message) => {
    await expect(inputs({ 'signed-evidence': value })).rejects.toThrow(message);
  });
});
