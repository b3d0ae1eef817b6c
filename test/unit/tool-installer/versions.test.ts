import { existsSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  CosignInstaller,
  GrypeInstaller,
  SyftInstaller,
  TrivyInstaller,
  ToolInstaller,
  loadPinManifest,
  parsePinManifest,
  type Downloader,
} from '@scs/tool-installer';
import { buildTarGz, fakeToolScript, releasePath, sha256, useSandbox } from './helpers.js';

describe('versions, digests, mirrors and platforms', () => {
  const sb = useSandbox();

  /** A downloader that must never be reached. */
  const calls: string[] = [];
  const noDownload: Downloader = (url) => {
    calls.push(url);
    return Promise.reject(new Error(`unexpected download of ${url}`));
  };

  function trivy(overrides: Parameters<typeof sb.deps>[0] = {}): TrivyInstaller {
    calls.length = 0;
    return new TrivyInstaller(sb.deps({ downloader: noDownload, ...overrides }));
  }

  it('exposes the pinned default versions', () => {
    expect(new TrivyInstaller().defaultVersion()).toBe('0.75.0');
    expect(new GrypeInstaller().defaultVersion()).toBe('0.120.1');
    expect(new SyftInstaller().defaultVersion()).toBe('1.54.1');
    expect(new CosignInstaller().defaultVersion()).toBe('3.1.3');
    expect(new CosignInstaller()).toBeInstanceOf(ToolInstaller);
    expect(loadPinManifest().trivy.defaultVersion).toBe('0.75.0');
  });

  it.each([
    'v1/../../x',
    '../0.75.0',
    '0.75.0/../../evil',
    '0.75.0;rm -rf /',
    '0.75.0 ',
    '0.75.0\n',
    '%2e%2e%2f',
    'latest',
    '1.2',
    'v',
    '01.2.3',
    '0.75.0?x=1',
    '0.75.0#frag',
    `0.75.0-${'a'.repeat(80)}`,
  ])('rejects the version %j before building any URL', async (version) => {
    const error = await trivy()
      .install({ version })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/must be a release version such as 0\.75\.0/);
    expect(calls).toEqual([]);
  });

  it('accepts a leading v and uses the pinned asset', async () => {
    await expect(trivy().install({ version: 'v0.75.0' })).rejects.toThrow(InfrastructureError);
    expect(calls).toEqual([
      'https://github.com/aquasecurity/trivy/releases/download/v0.75.0/trivy_0.75.0_Linux-64bit.tar.gz',
    ]);
  });

  it('refuses an unpinned version without a digest and says exactly what to add', async () => {
    const error = await trivy()
      .install({ version: '0.74.0' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain('Trivy 0.74.0 is not pinned');
    expect(message).toContain('Set sha256 to the SHA-256 of trivy_0.74.0_Linux-64bit.tar.gz (the linux-x64 asset)');
    expect(message).toContain(
      'https://github.com/aquasecurity/trivy/releases/download/v0.74.0/trivy_0.74.0_checksums.txt',
    );
    expect(message).toContain('0.75.0');
    expect(calls).toEqual([]);
  });

  it('installs an unpinned version when its digest is given, and caches it under that version', async () => {
    const file = 'trivy_0.74.0_Linux-64bit.tar.gz';
    const archive = buildTarGz(sb.root, file, { trivy: fakeToolScript(sb.marker, 'Version: 0.74.0') });
    sb.server.route(releasePath('aquasecurity/trivy', '0.74.0', file), { kind: 'file', body: archive });
    const installer = new TrivyInstaller(sb.deps());

    const tool = await installer.install({
      version: 'v0.74.0',
      sha256: `sha256:${sha256(archive).toUpperCase()}`,
      mirror: sb.server.baseUrl,
    });

    expect(tool.version).toBe('0.74.0');
    expect(tool.sha256).toBe(sha256(archive));
    expect(tool.binary).toContain('/trivy/0.74.0/x64/trivy');
    expect(sb.logger.infos.join('\n')).toContain('0.74.0 is not pinned; using the SHA-256 given');
    // a second run with the same digest is a cache hit
    const again = await installer.install({ version: '0.74.0', sha256: sha256(archive), mirror: sb.server.baseUrl });
    expect(again.source).toBe('cache');
    expect(sb.server.requests).toHaveLength(1);
  });

  it('refuses an unpinned download whose digest differs from the one given, pointing at the checksum list', async () => {
    const file = 'trivy_0.74.0_Linux-64bit.tar.gz';
    const archive = buildTarGz(sb.root, file, { trivy: fakeToolScript(sb.marker, 'Version: 0.74.0') });
    sb.server.route(releasePath('aquasecurity/trivy', '0.74.0', file), { kind: 'file', body: archive });

    const error = await new TrivyInstaller(sb.deps())
      .install({ version: '0.74.0', sha256: sha256('typo'), mirror: sb.server.baseUrl })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toContain('(given as sha256)');
    expect((error as Error).message).toContain('trivy_0.74.0_checksums.txt');
    expect(existsSync(sb.marker)).toBe(false);
  });

  it('refuses a sha256 that contradicts the pinned digest', async () => {
    const pinned = loadPinManifest().trivy.versions['0.75.0']!['linux-x64']!.sha256;
    await expect(trivy().install({ sha256: sha256('something else') })).rejects.toThrow(
      new RegExp(`does not match the digest pinned for trivy_0.75.0_Linux-64bit.tar.gz \\(${pinned}\\)`),
    );
    await expect(trivy().install({ sha256: pinned.toUpperCase() })).rejects.toThrow(InfrastructureError);
    expect(calls).toHaveLength(1); // the matching digest went on to the (failing) download
  });

  it.each(['abc', 'g'.repeat(64), `${'a'.repeat(64)}0`, 'md5:00'])(
    'rejects the malformed sha256 %j',
    async (digest) => {
      await expect(trivy().install({ sha256: digest })).rejects.toThrow(/must be 64 hexadecimal digits/);
      expect(calls).toEqual([]);
    },
  );

  it.each([
    ['ftp://mirror.example.com', /http\(s\) URL; got scheme 'ftp:'/],
    ['mirror.example.com', /must be an http\(s\) URL/],
    ['https://user:secret@mirror.example.com', /must not embed credentials/],
    ['https://mirror.example.com/?token=1', /query string or fragment/],
    ['https://mirror.example.com/#x', /query string or fragment/],
    ['javascript:alert(1)', /scheme 'javascript:'/],
  ])('rejects the mirror %j', async (mirror, pattern) => {
    const error = await trivy()
      .install({ mirror })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(pattern);
    expect(calls).toEqual([]);
  });

  it('uses the mirror for the other tools the same way', async () => {
    const urls: string[] = [];
    const recording: Downloader = (url) => {
      urls.push(url);
      return Promise.reject(new Error('offline'));
    };
    const deps = sb.deps({ downloader: recording, platform: 'darwin', arch: 'arm64' });
    const mirror = 'https://ghes.example.com/mirror';
    await expect(new GrypeInstaller(deps).install({ mirror })).rejects.toThrow(InfrastructureError);
    await expect(new SyftInstaller(deps).install({ mirror })).rejects.toThrow(InfrastructureError);
    await expect(new CosignInstaller(deps).install({ mirror })).rejects.toThrow(InfrastructureError);
    expect(urls).toEqual([
      'https://ghes.example.com/mirror/anchore/grype/releases/download/v0.120.1/grype_0.120.1_darwin_arm64.tar.gz',
      'https://ghes.example.com/mirror/anchore/syft/releases/download/v1.54.1/syft_1.54.1_darwin_arm64.tar.gz',
      'https://ghes.example.com/mirror/sigstore/cosign/releases/download/v3.1.3/cosign-darwin-arm64',
    ]);
  });

  it('lists the supported platforms for an unsupported one', async () => {
    const error = await trivy({ platform: 'linux', arch: 'ia32' })
      .install({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      'Trivy 0.75.0 is not available for linux-ia32. Supported platforms: linux-x64, linux-arm64, darwin-x64, darwin-arm64, win32-x64.',
    );
    await expect(trivy({ platform: 'win32', arch: 'arm64' }).install({})).rejects.toThrow(
      /not available for win32-arm64/,
    );
    await expect(
      trivy({ platform: 'freebsd', arch: 'x64' }).install({ version: '0.74.0', sha256: sha256('x') }),
    ).rejects.toThrow(/Trivy 0\.74\.0 is not available for freebsd-x64\. Supported platforms: linux-x64/);
    expect(calls).toEqual([]);
  });

  it('supports syft on win32-arm64 but not grype', async () => {
    const deps = sb.deps({ downloader: noDownload, platform: 'win32', arch: 'arm64' });
    await expect(new SyftInstaller(deps).install({})).rejects.toThrow(InfrastructureError);
    await expect(new GrypeInstaller(deps).install({})).rejects.toThrow(ConfigurationError);
  });

  it('installs a second pinned version from a multi-version manifest without a sha256', async () => {
    const file = 'trivy_0.74.0_Linux-64bit.tar.gz';
    const archive = buildTarGz(sb.root, file, { trivy: fakeToolScript(sb.marker, 'Version: 0.74.0') });
    sb.server.route(releasePath('aquasecurity/trivy', '0.74.0', file), { kind: 'file', body: archive });
    const base = loadPinManifest();
    const manifest = parsePinManifest({
      ...Object.fromEntries(
        (['grype', 'syft', 'cosign'] as const).map((tool) => [
          tool,
          { default: base[tool].defaultVersion, versions: base[tool].versions },
        ]),
      ),
      trivy: {
        default: '0.75.0',
        versions: { ...base.trivy.versions, '0.74.0': { 'linux-x64': { file, sha256: sha256(archive) } } },
      },
    });
    const installer = new TrivyInstaller(sb.deps({ manifest }));

    expect(installer.defaultVersion()).toBe('0.75.0');
    const tool = await installer.install({ version: '0.74.0', mirror: sb.server.baseUrl });

    expect(tool).toMatchObject({ version: '0.74.0', source: 'download', sha256: sha256(archive) });
    expect(sb.logger.infos.join('\n')).not.toContain('not pinned');
  });
});
