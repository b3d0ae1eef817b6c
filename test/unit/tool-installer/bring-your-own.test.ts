import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import {
  CosignInstaller,
  GrypeInstaller,
  SyftInstaller,
  TrivyInstaller,
  sha256File,
  type Downloader,
} from '@scs/tool-installer';
import { fakeToolScript, useSandbox } from './helpers.js';

describe('bring your own binary (path)', () => {
  const sb = useSandbox();
  const downloads: string[] = [];
  const noDownload: Downloader = (url) => {
    downloads.push(url);
    return Promise.reject(new Error('must not download'));
  };

  function script(name: string, output: string, mode = 0o755, dir = sb.root): string {
    const file = path.join(dir, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, fakeToolScript(sb.marker, output));
    chmodSync(file, mode);
    return file;
  }

  function trivy(): TrivyInstaller {
    downloads.length = 0;
    return new TrivyInstaller(sb.deps({ downloader: noDownload }));
  }

  it('uses the binary as is and reports the version it prints', async () => {
    const bin = script('trivy', 'Version: 0.75.0\nVulnerability DB:\n  Version: 2');

    const tool = await trivy().install({ path: bin, version: '0.75.0' });

    expect(tool).toEqual({
      name: 'trivy',
      version: '0.75.0',
      binary: bin,
      source: 'path',
      sha256: await sha256File(bin),
    });
    expect(readFileSync(sb.marker, 'utf8')).toBe('ran --version\n'); // probed with argv, once
    expect(sb.logger.warnings).toEqual([]);
    expect(sb.addedPaths).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('warns, but does not fail, when the binary reports another version', async () => {
    const bin = script('trivy', 'Version: 0.74.0');

    const tool = await trivy().install({ path: bin, version: 'v0.75.0' });

    expect(tool.version).toBe('0.74.0');
    expect(sb.logger.warnings).toEqual([
      `Trivy at ${bin} reports version 0.74.0, but 0.75.0 was requested; using it anyway.`,
    ]);
  });

  it('reports a development build as `dev`', async () => {
    const tool = await trivy().install({ path: script('trivy', 'Version: dev') });
    expect(tool.version).toBe('dev');
    expect(sb.logger.warnings).toEqual([]);
  });

  it("reports an unparseable version as 'unknown' with a warning", async () => {
    const bin = script('trivy', 'some banner\nno version here');

    const tool = await trivy().install({ path: bin });

    expect(tool.version).toBe('unknown');
    expect(sb.logger.warnings).toHaveLength(1);
    expect(sb.logger.warnings[0]).toContain('version unknown');
    expect(sb.logger.warnings[0]).toContain('"some banner"');
  });

  it('probes cosign with `version` and reads GitVersion', async () => {
    const banner = [
      '  ______   ______        _______. __    _______ .__   __.',
      'cosign: A tool for Container Signing, Verification and Storage in an OCI registry.',
      '',
      'GitVersion:    v3.1.3',
      'GitCommit:     0123456789abcdef',
      'GitTreeState:  clean',
    ].join('\n');
    const bin = script('cosign', banner);

    const tool = await new CosignInstaller(sb.deps()).install({ path: bin });

    expect(tool.version).toBe('3.1.3');
    expect(readFileSync(sb.marker, 'utf8')).toBe('ran version\n');
  });

  it.each([
    [GrypeInstaller, 'grype', 'grype 0.120.1', '0.120.1'],
    [SyftInstaller, 'syft', 'syft 1.54.1', '1.54.1'],
    [SyftInstaller, 'syft', 'Application:   syft\nVersion:       1.33.0\nBuildDate: 2024-01-01', '1.33.0'],
  ] as const)('parses %p output %j', async (Installer, name, output, version) => {
    const tool = await new Installer(sb.deps()).install({ path: script(name, output) });
    expect(tool.version).toBe(version);
  });

  it('handles a path with spaces (argv, no shell)', async () => {
    const bin = script('trivy', 'Version: 0.75.0', 0o755, path.join(sb.root, 'my tools', '$(touch pwned)'));
    const tool = await trivy().install({ path: bin });
    expect(tool.version).toBe('0.75.0');
    expect(existsSync(path.join(sb.root, 'pwned'))).toBe(false);
  });

  it('ignores sha256 and mirror with a warning', async () => {
    const bin = script('trivy', 'Version: 0.75.0');
    await trivy().install({ path: bin, sha256: 'a'.repeat(64), mirror: 'https://mirror.example.com' });
    expect(sb.logger.warnings).toEqual(['Trivy: a path is given, so the sha256 and mirror settings are ignored.']);
  });

  it.each([
    ['bin/trivy', /must be an absolute path/],
    ['./trivy', /must be an absolute path/],
    ['/definitely/not/here/trivy', /does not exist/],
    ['/tmp/with"quote', /double quote/],
    ['/tmp/with\nnewline', /control character/],
  ])('refuses the path %j', async (binaryPath, pattern) => {
    const error = await trivy()
      .install({ path: binaryPath })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(pattern);
    expect(downloads).toEqual([]);
  });

  it('refuses a directory', async () => {
    await expect(trivy().install({ path: sb.root })).rejects.toThrow(/is not a regular file/);
  });

  it('refuses a file that is not executable, without running it', async () => {
    const bin = script('trivy', 'Version: 0.75.0', 0o644);
    await expect(trivy().install({ path: bin })).rejects.toThrow(/is not executable \(run `chmod \+x`/);
    expect(existsSync(sb.marker)).toBe(false);
  });

  it("reports a binary that fails its version probe as 'unknown', naming the exit code", async () => {
    const bin = path.join(sb.root, 'trivy');
    writeFileSync(bin, '#!/bin/sh\necho "flag provided but not defined" >&2\nexit 3\n');
    chmodSync(bin, 0o755);

    const tool = await trivy().install({ path: bin });

    expect(tool.version).toBe('unknown');
    expect(sb.logger.warnings[0]).toContain('exited with code 3');
    expect(sb.logger.warnings[0]).toContain('"flag provided but not defined"');
  });

  it('turns a binary that cannot be started into a ConfigurationError', async () => {
    const bin = script('trivy', 'Version: 0.75.0');
    const installer = new TrivyInstaller(
      sb.deps({
        runner: () => Promise.reject(new Error('spawn EACCES')),
      }),
    );
    const error = await installer.install({ path: bin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(`Could not run \`${bin} --version\` to check its version: spawn EACCES`);
  });

  it('still validates the requested version', async () => {
    const bin = script('trivy', 'Version: 0.75.0');
    await expect(trivy().install({ path: bin, version: '../x' })).rejects.toThrow(ConfigurationError);
    expect(existsSync(sb.marker)).toBe(false);
  });
});
