/**
 * The GitHub server the provenance predicate names comes from the verified
 * OIDC token's issuer, never from GITHUB_SERVER_URL (issue 13 item 20).
 */
import { describe, expect, it } from '@jest/globals';
import { githubServerUrlFromIssuer } from '@scs/attestation';

describe('githubServerUrlFromIssuer', () => {
  it.each([
    ['https://token.actions.githubusercontent.com', 'https://github.com'],
    ['https://token.actions.githubusercontent.com/', 'https://github.com'],
    // An enterprise's custom issuer on github.com (the gh-cli custom-issuer fixture).
    ['https://token.actions.githubusercontent.com/hammer-time', 'https://github.com'],
    ['https://token.actions.octocorp.ghe.com', 'https://octocorp.ghe.com'],
    ['https://ghes.example.com/_services/token', 'https://ghes.example.com'],
    ['https://ghes.example.com:8443/_services/token/', 'https://ghes.example.com:8443'],
    // The test suite's fake issuer.
    ['http://127.0.0.1:40123', 'https://github.com'],
  ])('%s → %s', (iss, server) => {
    expect(githubServerUrlFromIssuer(iss)).toBe(server);
  });

  it.each([
    '',
    'not a url',
    'https://evil.example',
    'https://evil.example/token',
    'http://token.actions.githubusercontent.com',
    'https://token.actions.githubusercontent.com.evil.example',
    'https://token.actions.githubusercontent.com/a/b',
    'https://user:pw@token.actions.githubusercontent.com',
    'https://token.actions.githubusercontent.com?x=1',
    'https://token.actions.evil.example.ghe.com.evil',
    'http://ghes.example.com/_services/token',
  ])('refuses the issuer %j', (iss) => {
    expect(() => githubServerUrlFromIssuer(iss)).toThrow(/issuer/);
  });
});
