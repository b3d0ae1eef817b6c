/**
 * registry-username / registry-password as each tool's own variables (issue 17
 * item 8): the step's login wins over credentials in the job's environment and
 * over the workflow token, is scoped to the image's registry for Grype and
 * Syft, and never turns up anywhere but the child's environment.
 */
import { describe, expect, it } from '@jest/globals';
import { registryLoginVariables } from '@scs/action-kit';
import { grypeEnvironment } from '../../../actions/scan/src/grype-args.js';
import { trivyEnvironment as scanTrivyEnvironment } from '../../../actions/scan/src/trivy-args.js';
import { syftEnvironment } from '../../../actions/sbom/src/syft-args.js';
import { trivyEnvironment as sbomTrivyEnvironment } from '../../../actions/sbom/src/trivy-sbom-args.js';

const login = { username: 'puller', password: 'pa55-word' };
const base = {
  PATH: '/usr/bin',
  TRIVY_USERNAME: 'job-user',
  TRIVY_PASSWORD: 'job-pass',
  TRIVY_REGISTRY_TOKEN: 'job-token',
  GRYPE_REGISTRY_AUTH_TOKEN: 'job-token',
  SYFT_REGISTRY_AUTH_TOKEN: 'job-token',
  'INPUT_REGISTRY-PASSWORD': 'pa55-word',
} as unknown as NodeJS.ProcessEnv;

describe('registryLoginVariables', () => {
  it('scopes Grype and Syft credentials to the image registry (Docker Hub as go-containerregistry names it)', () => {
    expect(registryLoginVariables('grype', 'registry.example.com:5000/team/app:1', login)).toEqual({
      GRYPE_REGISTRY_AUTH_AUTHORITY: 'registry.example.com:5000',
      GRYPE_REGISTRY_AUTH_USERNAME: 'puller',
      GRYPE_REGISTRY_AUTH_PASSWORD: 'pa55-word',
      GRYPE_REGISTRY_AUTH_TOKEN: undefined,
    });
    expect(registryLoginVariables('syft', 'library/alpine:3', login).SYFT_REGISTRY_AUTH_AUTHORITY).toBe(
      'index.docker.io',
    );
    expect(registryLoginVariables('trivy', 'ghcr.io/o/a:1', login)).toEqual({
      TRIVY_USERNAME: 'puller',
      TRIVY_PASSWORD: 'pa55-word',
      TRIVY_REGISTRY_TOKEN: undefined,
    });
  });
});

describe('tool environments with a step login', () => {
  const options = { image: 'ghcr.io/o/app:1', githubToken: 'ghs_workflow', actor: 'octocat', registryLogin: login };

  it.each([
    ['scan trivy', () => scanTrivyEnvironment(base, options)],
    ['sbom trivy', () => sbomTrivyEnvironment(base, options)],
  ])('%s: the login over TRIVY_* of the job and over the workflow token', (_label, build) => {
    const env = build();
    expect(env.TRIVY_USERNAME).toBe('puller');
    expect(env.TRIVY_PASSWORD).toBe('pa55-word');
    expect(env.TRIVY_REGISTRY_TOKEN).toBeUndefined();
    expect(JSON.stringify(env)).not.toContain('ghs_workflow');
    expect(Object.keys(env).filter((k) => k.startsWith('INPUT_'))).toEqual([]);
  });

  it('grype: the login, scoped to ghcr.io, no job token, no workflow token', () => {
    const env = grypeEnvironment(base, { ...options, dbCacheDir: '/tmp/db' });
    expect(env).toMatchObject({
      GRYPE_REGISTRY_AUTH_AUTHORITY: 'ghcr.io',
      GRYPE_REGISTRY_AUTH_USERNAME: 'puller',
      GRYPE_REGISTRY_AUTH_PASSWORD: 'pa55-word',
    });
    expect(env.GRYPE_REGISTRY_AUTH_TOKEN).toBeUndefined();
    expect(JSON.stringify(env)).not.toContain('ghs_workflow');
  });

  it('syft: the login, scoped to the image registry', () => {
    const env = syftEnvironment(base, { ...options, image: '127.0.0.1:5000/private/app:v1' });
    expect(env).toMatchObject({
      SYFT_REGISTRY_AUTH_AUTHORITY: '127.0.0.1:5000',
      SYFT_REGISTRY_AUTH_USERNAME: 'puller',
      SYFT_REGISTRY_AUTH_PASSWORD: 'pa55-word',
    });
    expect(env.SYFT_REGISTRY_AUTH_TOKEN).toBeUndefined();
  });

  it('without a login: as before (the job variables, or the workflow token for ghcr.io)', () => {
    const noLogin = { image: 'ghcr.io/o/app:1', githubToken: 'ghs_workflow', actor: 'octocat' };
    expect(scanTrivyEnvironment(base, noLogin).TRIVY_PASSWORD).toBe('job-pass');
    expect(scanTrivyEnvironment({ PATH: '/usr/bin' }, noLogin).TRIVY_PASSWORD).toBe('ghs_workflow');
    expect(
      grypeEnvironment({ PATH: '/usr/bin' }, { ...noLogin, dbCacheDir: '/tmp/db' }).GRYPE_REGISTRY_AUTH_PASSWORD,
    ).toBe('ghs_workflow');
  });
});
