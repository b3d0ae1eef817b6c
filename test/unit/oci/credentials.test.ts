import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  credentialChain,
  dockerConfigCredentials,
  dockerConfigPath,
  normalizeRegistryHost,
  spawnHelper,
} from '@scs/oci';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('docker config credentials', () => {
  let dir: string;
  /** PATH for the credential helpers (jest's process.env does not reach child processes). */
  let helperPath: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-creds-'));
    helperPath = process.env.PATH ?? '';
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const writeConfig = (config: unknown) =>
    fs.writeFileSync(path.join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  const provider = () => dockerConfigCredentials({ env: { DOCKER_CONFIG: dir, PATH: helperPath } });

  /** A docker-credential-<name> on PATH that logs what it was asked and answers `answer`. */
  const fakeHelper = (name: string, answer: string, exitCode = 0) => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const script = path.join(bin, `docker-credential-${name}`);
    fs.writeFileSync(
      script,
      `#!/bin/sh\nprintf '%s|' "$@" >> "${dir}/helper-args"\ncat >> "${dir}/helper-stdin"\necho >> "${dir}/helper-stdin"\nprintf '%s' '${answer}'\nexit ${exitCode}\n`,
      { mode: 0o755 },
    );
    helperPath = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
  };

  it('reads $DOCKER_CONFIG/config.json, else ~/.docker/config.json', () => {
    expect(dockerConfigPath({ env: { DOCKER_CONFIG: '/x/y' } })).toBe('/x/y/config.json');
    expect(dockerConfigPath({ env: { HOME: '/home/runner' } })).toBe('/home/runner/.docker/config.json');
    expect(dockerConfigPath({ env: {}, homedir: '/h' })).toBe('/h/.docker/config.json');
  });

  it('decodes auths.<host>.auth (base64 user:password; a colon in the password kept)', async () => {
    writeConfig({
      auths: {
        'ghcr.io': { auth: b64('octocat:pa:ss') },
        'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
      },
    });
    await expect(provider()('ghcr.io')).resolves.toEqual({
      kind: 'basic',
      username: 'octocat',
      password: 'pa:ss',
      source: `docker config ${dir}/config.json`,
    });
    // Docker Hub's legacy key answers for docker.io.
    await expect(provider()('docker.io')).resolves.toMatchObject({ username: 'hubuser', password: 'hubpass' });
    await expect(provider()('quay.io')).resolves.toBeUndefined();
  });

  it('prefers identitytoken (an OAuth2 refresh token) over auth, as docker does', async () => {
    writeConfig({
      auths: {
        'myregistry.azurecr.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh-abc' },
      },
    });
    await expect(provider()('myregistry.azurecr.io')).resolves.toEqual({
      kind: 'identity-token',
      token: 'refresh-abc',
      source: `docker config ${dir}/config.json`,
    });
  });

  it('matches hosts case-insensitively and ignores scheme and path in keys', async () => {
    writeConfig({ auths: { 'HTTPS://Registry.Example.com:5000/v2/': { auth: b64('u:p') } } });
    await expect(provider()('registry.example.com:5000')).resolves.toMatchObject({ username: 'u', password: 'p' });
    expect(normalizeRegistryHost('https://index.docker.io/v1/')).toBe('docker.io');
    expect(normalizeRegistryHost('registry-1.docker.io')).toBe('docker.io');
  });

  it('runs credHelpers.<host> with the host on stdin (argv: get)', async () => {
    fakeHelper('fake', '{"ServerURL":"ghcr.io","Username":"helper-user","Secret":"helper-secret"}');
    writeConfig({ auths: { 'ghcr.io': { auth: b64('file:ignored') } }, credHelpers: { 'ghcr.io': 'fake' } });
    await expect(provider()('ghcr.io')).resolves.toEqual({
      kind: 'basic',
      username: 'helper-user',
      password: 'helper-secret',
      source: 'docker credential helper docker-credential-fake',
    });
    expect(fs.readFileSync(path.join(dir, 'helper-args'), 'utf8')).toBe('get|');
    expect(fs.readFileSync(path.join(dir, 'helper-stdin'), 'utf8')).toBe('ghcr.io\n');
  });

  it('asks credsStore for hosts without an entry; Docker Hub by its legacy URL', async () => {
    fakeHelper('store', '{"Username":"<token>","Secret":"identity-xyz"}');
    writeConfig({ auths: {}, credsStore: 'store' });
    await expect(provider()('docker.io')).resolves.toEqual({
      kind: 'identity-token',
      token: 'identity-xyz',
      source: 'docker credential helper docker-credential-store',
    });
    expect(fs.readFileSync(path.join(dir, 'helper-stdin'), 'utf8')).toBe('https://index.docker.io/v1/\n');
  });

  it("takes a helper's 'credentials not found' as no credentials", async () => {
    fakeHelper('empty', 'credentials not found in native keychain', 1);
    writeConfig({ credsStore: 'empty' });
    await expect(provider()('quay.io')).resolves.toBeUndefined();
  });

  it('reports a failing helper without quoting its output', async () => {
    fakeHelper('broken', 'oops leaked-secret-value', 3);
    writeConfig({ credHelpers: { 'quay.io': 'broken' } });
    const error = (await provider()('quay.io').catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(InfrastructureError);
    expect(error.message).toMatch(
      /docker-credential-broken failed for quay.io \(exit code 3\); run docker login quay.io again/,
    );
    expect(error.message).not.toContain('leaked-secret-value');
  });

  it('says so when the helper is not installed', async () => {
    helperPath = dir;
    writeConfig({ credHelpers: { 'quay.io': 'missing' } });
    await expect(provider()('quay.io')).rejects.toThrow(/docker-credential-missing is not on PATH/);
  });

  it('refuses helper names that are not plain names', async () => {
    writeConfig({ credHelpers: { 'quay.io': '../../bin/sh' } });
    await expect(provider()('quay.io')).rejects.toThrow(ConfigurationError);
  });

  it('does not quote the file when it is not JSON (it holds secrets)', async () => {
    writeConfig('{"auths": {"ghcr.io": {"auth": "c2VjcmV0LXZhbHVl"}}');
    const error = (await provider()('ghcr.io').catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/is not valid JSON/);
    expect(error.message).not.toContain('c2VjcmV0');
  });

  it('refuses an auth that is not base64 user:password, without quoting it', async () => {
    writeConfig({ auths: { 'ghcr.io': { auth: b64('no-colon-secret') } } });
    const error = (await provider()('ghcr.io').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/unreadable `auth` for ghcr.io/);
    expect(error.message).not.toContain(b64('no-colon-secret'));
  });

  it('answers nothing when there is no docker config', async () => {
    await expect(
      dockerConfigCredentials({ env: { DOCKER_CONFIG: path.join(dir, 'absent') } })('ghcr.io'),
    ).resolves.toBeUndefined();
  });

  it('kills a helper that hangs', async () => {
    const script = path.join(dir, 'hang');
    fs.writeFileSync(script, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const result = await spawnHelper(script, ['get'], 'x', 200);
    expect(result.timedOut).toBe(true);
  });

  describe('credentialChain', () => {
    it('uses explicit credentials first, then the docker config, then the GitHub token for ghcr.io only', async () => {
      writeConfig({ auths: { 'quay.io': { auth: b64('q:qp') }, 'ghcr.io': { auth: b64('g:gp') } } });
      const explicit = credentialChain({
        username: 'me',
        password: 'pw',
        registry: 'registry.example.com',
        dockerConfig: { env: { DOCKER_CONFIG: dir } },
        githubToken: 'ghs_x',
      });
      await expect(explicit('registry.example.com')).resolves.toMatchObject({
        kind: 'basic',
        username: 'me',
        password: 'pw',
      });
      await expect(explicit('quay.io')).resolves.toMatchObject({ username: 'q', password: 'qp' });
      await expect(explicit('ghcr.io')).resolves.toMatchObject({ username: 'g', password: 'gp' });

      const tokenOnly = credentialChain({
        dockerConfig: { env: { DOCKER_CONFIG: path.join(dir, 'none') } },
        githubToken: 'ghs_token',
        githubActor: 'octocat',
      });
      await expect(tokenOnly('ghcr.io')).resolves.toEqual({
        kind: 'basic',
        username: 'octocat',
        password: 'ghs_token',
        source: 'the GitHub token',
      });
      await expect(tokenOnly('docker.io')).resolves.toBeUndefined();
      await expect(tokenOnly('ghcr.io.evil.example')).resolves.toBeUndefined();
    });

    it('applies explicit credentials to every registry when none is named', async () => {
      const chain = credentialChain({ username: 'me', password: 'pw', dockerConfig: false });
      await expect(chain('anything.example')).resolves.toMatchObject({ username: 'me' });
    });

    it('wants both a username and a password', () => {
      expect(() => credentialChain({ username: 'me', dockerConfig: false })).toThrow(/both a username and a password/);
      expect(() => credentialChain({ password: 'pw', dockerConfig: false })).toThrow(ConfigurationError);
    });
  });
});

describe('credential helpers get an allow-listed environment', () => {
  it('no action input, runner token or other job variable reaches the helper; PATH, HOME, DOCKER_CONFIG and cloud SDK variables do', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-helper-env-'));
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const dump = path.join(dir, 'env.json');
    fs.writeFileSync(
      path.join(bin, 'docker-credential-dump'),
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(dump)}, JSON.stringify(process.env));\nprocess.stdout.write(JSON.stringify({ Username: 'u', Secret: 's' }));\n`,
      { mode: 0o755 },
    );
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ credHelpers: { 'registry.example.com': 'dump' } }),
    );
    const env = {
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: '/home/runner',
      DOCKER_CONFIG: dir,
      AWS_REGION: 'eu-west-1',
      'INPUT_GITHUB-TOKEN': 'ghs_input',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      GITHUB_TOKEN: 'ghs_env',
      NPM_TOKEN: 'npm',
    };
    await expect(dockerConfigCredentials({ env })('registry.example.com')).resolves.toMatchObject({ username: 'u' });
    const seen = JSON.parse(fs.readFileSync(dump, 'utf8')) as Record<string, string>;
    expect(seen).toMatchObject({ HOME: '/home/runner', DOCKER_CONFIG: dir, AWS_REGION: 'eu-west-1' });
    for (const name of [
      'INPUT_GITHUB-TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'GITHUB_TOKEN',
      'NPM_TOKEN',
    ])
      expect(seen[name]).toBeUndefined();
  });
});
