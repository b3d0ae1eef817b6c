import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import { enforcePublicLogPolicy, repositoryVisibility, resolveSigstoreInstance } from '@scs/signing';

describe('resolveSigstoreInstance', () => {
  it('knows the public-good and GitHub instances (URLs as @actions/attest uses them)', () => {
    expect(resolveSigstoreInstance('public-good')).toEqual({
      name: 'public-good',
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
      publicLog: true,
    });
    expect(resolveSigstoreInstance('github')).toEqual({
      name: 'github',
      fulcioUrl: 'https://fulcio.githubapp.com',
      tsaUrl: 'https://timestamp.githubapp.com',
      publicLog: false,
    });
  });

  it('builds a custom instance and requires Fulcio plus a log or a TSA', () => {
    expect(
      resolveSigstoreInstance('custom', {
        fulcioUrl: 'https://f.example/',
        tsaUrl: 'https://t.example',
        trustedRootPath: '/w/root.json',
      }),
    ).toEqual({
      name: 'custom',
      fulcioUrl: 'https://f.example',
      tsaUrl: 'https://t.example',
      trustedRootPath: '/w/root.json',
      publicLog: false,
    });
    expect(
      resolveSigstoreInstance('custom', { fulcioUrl: 'https://f', rekorUrl: 'https://rekor.sigstore.dev' }).publicLog,
    ).toBe(true);
    expect(() => resolveSigstoreInstance('custom', { rekorUrl: 'https://r' })).toThrow(/needs `fulcio-url`/);
    expect(() => resolveSigstoreInstance('custom', { fulcioUrl: 'https://f' })).toThrow(
      /needs `rekor-url` or `tsa-url`/,
    );
  });

  it('refuses custom URLs with a named instance instead of ignoring them', () => {
    expect(() => resolveSigstoreInstance('public-good', { fulcioUrl: 'https://f', trustedRootPath: '/r' })).toThrow(
      /`fulcio-url`, `trusted-root` only apply to `sigstore-instance: custom`/,
    );
  });
});

describe('the private-repository rule', () => {
  const publicGood = resolveSigstoreInstance('public-good');
  const github = resolveSigstoreInstance('github');

  it.each([
    ['claims say private', { repository_visibility: 'private' }, {}, true],
    ['claims say internal', { repository_visibility: 'internal' }, {}, true],
    [
      'claims say public (payload ignored)',
      { repository_visibility: 'public' },
      { repository: { private: true } },
      false,
    ],
    ['payload repository.private', undefined, { repository: { private: true } }, true],
    ['payload repository.visibility', undefined, { repository: { visibility: 'private' } }, true],
    ['payload says public', undefined, { repository: { private: false } }, false],
  ])('%s', (_name, claims, payload, isPrivate) => {
    expect(repositoryVisibility(claims, payload)?.private).toBe(isPrivate);
  });

  it('a private repository on the public log needs an explicit choice, checked before signing', () => {
    const visibility = repositoryVisibility({ repository_visibility: 'private' }, {});
    const error = (() => {
      try {
        enforcePublicLogPolicy(publicGood, visibility, false);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /private .* public[\s\S]*sigstore-instance: github[\s\S]*public-log: true/,
    );
    expect(enforcePublicLogPolicy(publicGood, visibility, true)).toMatch(/public-log: true was set/);
    expect(enforcePublicLogPolicy(github, visibility, false)).toBeUndefined();
    expect(
      enforcePublicLogPolicy(publicGood, repositoryVisibility({ repository_visibility: 'public' }, {}), false),
    ).toBeUndefined();
    expect(enforcePublicLogPolicy(publicGood, undefined, false)).toBeUndefined();
  });
});
