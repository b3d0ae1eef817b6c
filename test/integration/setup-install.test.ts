/**
 * The built setup bundle installing the real Trivy, Grype, Syft and cosign
 * binaries (.cache/test-tools, built by `npm run fetch-test-tools`) the way it
 * does on a runner: release assets packed like the upstream releases (tar.gz
 * for Trivy, Grype and Syft; the bare binary for cosign), served by a loopback
 * release mirror through `tools-mirror`, SHA-256 checked before anything is
 * unpacked, cached, re-verified on a hit, put on PATH — and then run from
 * PATH to show that what landed there is the real tool.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, type ActionRun } from '../support/action-harness.js';
import { ReleaseServer, releasePath, sha256 } from '../unit/tool-installer/helpers.js';

const TOOLS_DIR = path.join(REPO_ROOT, '.cache', 'test-tools');
const NAMES = ['trivy', 'grype', 'syft', 'cosign'] as const;
type Name = (typeof NAMES)[number];
const real = Object.fromEntries(NAMES.map((name) => [name, path.join(TOOLS_DIR, name)])) as Record<Name, string>;
const missing = NAMES.filter((name) => {
  try {
    fs.accessSync(real[name], fs.constants.X_OK);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  const message = `real ${missing.join(', ')} missing in .cache/test-tools (run \`npm run fetch-test-tools\`)`;
  if (process.env.SCS_REQUIRE_INFRA === '1') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
}

/** Versions this action does not pin, so the digests are given as <tool>-sha256 (the pinned ones are tested below). */
const VERSIONS: Record<Name, string> = { trivy: '0.74.9', grype: '0.119.0', syft: '1.50.0', cosign: '3.1.2' };
const REPOS: Record<Name, string> = {
  trivy: 'aquasecurity/trivy',
  grype: 'anchore/grype',
  syft: 'anchore/syft',
  cosign: 'sigstore/cosign',
};
const ASSETS: Record<Name, string> = {
  trivy: `trivy_${VERSIONS.trivy}_Linux-64bit.tar.gz`,
  grype: `grype_${VERSIONS.grype}_linux_amd64.tar.gz`,
  syft: `syft_${VERSIONS.syft}_linux_amd64.tar.gz`,
  cosign: 'cosign-linux-amd64',
};
/** What each real binary says its version is (the test builds; Trivy's is a source build). */
const REPORTS: Record<Name, { args: string[]; pattern: RegExp }> = {
  trivy: { args: ['--version'], pattern: /^Version: dev$/m },
  grype: { args: ['--version'], pattern: /^grype 0\.120\.1$/m },
  syft: { args: ['--version'], pattern: /^syft 1\.54\.1$/m },
  cosign: { args: ['version'], pattern: /^GitVersion:\s+v3\.1\.3$/m },
};

const server = new ReleaseServer();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-install-'));
const assets = {} as Record<Name, { body: Buffer; digest: string }>;

/** A release tarball holding the real binary at its top level (gzip -1: these binaries are 30-140 MB). */
function packTarGz(name: Name): Buffer {
  const src = fs.mkdtempSync(path.join(work, `${name}-src-`));
  fs.copyFileSync(real[name], path.join(src, name));
  fs.chmodSync(path.join(src, name), 0o755);
  fs.writeFileSync(path.join(src, 'LICENSE'), 'Apache-2.0\n');
  const out = path.join(work, ASSETS[name]);
  execFileSync('tar', ['-I', 'gzip -1', '-cf', out, '-C', src, name, 'LICENSE']);
  fs.rmSync(src, { recursive: true, force: true });
  return fs.readFileSync(out);
}

function routeAll(prefix = '/gh'): void {
  for (const name of NAMES)
    server.route(releasePath(REPOS[name], VERSIONS[name], ASSETS[name], prefix), {
      kind: 'file',
      body: assets[name].body,
    });
}

function allInputs(): Record<string, string> {
  const inputs: Record<string, string> = {
    tools: 'trivy, grype, syft, cosign',
    'tools-mirror': `${server.baseUrl}/gh`,
  };
  for (const name of NAMES) {
    inputs[`${name}-version`] = VERSIONS[name];
    inputs[`${name}-sha256`] = assets[name].digest;
  }
  return inputs;
}

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

/** Runs `name` as a later step would: by name, through the folders the step added to GITHUB_PATH (and nothing else). */
function runFromPath(run: ActionRun, name: Name): { resolved: string; output: string } {
  const PATH = run.pathFile.split('\n').filter(Boolean).reverse().join(path.delimiter);
  const resolved = execFileSync('/bin/sh', ['-c', `command -v ${name}`], { env: { PATH }, encoding: 'utf8' }).trim();
  const output = execFileSync(name, REPORTS[name].args, {
    env: { PATH, HOME: work },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { resolved, output };
}

const describeReal =
  process.platform === 'linux' && process.arch === 'x64' && missing.length === 0 ? describe : describe.skip;

describeReal('setup installs the real tools from a mirror, verified, onto PATH', () => {
  const toolCache = fs.mkdtempSync(path.join(work, 'tool-cache-'));

  beforeAll(async () => {
    for (const name of NAMES) {
      const body = name === 'cosign' ? fs.readFileSync(real.cosign) : packTarGz(name);
      assets[name] = { body, digest: sha256(body) };
    }
    await server.start();
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('downloads all four, checks their digests, caches them, puts them on PATH and outputs paths and versions', async () => {
    server.reset();
    routeAll();
    const run = await runAction('setup', { toolCache, inputs: allInputs() });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(server.requests).toEqual(NAMES.map((name) => releasePath(REPOS[name], VERSIONS[name], ASSETS[name], '/gh')));
    const listed = JSON.parse(run.outputs.tools!) as {
      name: string;
      version: string;
      binary: string;
      source: string;
      sha256: string;
    }[];
    expect(listed.map(({ name, version, source, sha256: digest }) => ({ name, version, source, digest }))).toEqual(
      NAMES.map((name) => ({ name, version: VERSIONS[name], source: 'download', digest: assets[name].digest })),
    );
    for (const name of NAMES) {
      const dir = path.join(toolCache, name, VERSIONS[name], 'x64');
      const binary = path.join(dir, name);
      expect(run.outputs[`${name}-binary`]).toBe(binary);
      expect(run.outputs[`${name}-installed-version`]).toBe(VERSIONS[name]);
      expect(listed.find((tool) => tool.name === name)?.binary).toBe(binary);
      expect(sha256(fs.readFileSync(binary))).toBe(sha256(fs.readFileSync(real[name])));
      expect(run.pathFile.split('\n')).toContain(dir);
      const fromPath = runFromPath(run, name);
      expect(fromPath.resolved).toBe(binary);
      expect(fromPath.output).toMatch(REPORTS[name].pattern);
    }
    expect(run.stdout).toContain(`Verified SHA-256 of ${ASSETS.cosign}: ${assets.cosign.digest}`);
  }, 300_000);

  it('uses the verified cache on the next run: no download, every entry re-verified', async () => {
    server.reset();
    const run = await runAction('setup', { toolCache, inputs: allInputs() });
    expect(lastError(run)).toBe('');
    expect(server.requests).toEqual([]);
    for (const name of NAMES) {
      expect(run.stdout).toMatch(
        new RegExp(
          `Using cached ${name} ${VERSIONS[name].replaceAll('.', '\\.')} from .*\\((binary SHA-256 matches|${ASSETS[name].replaceAll('.', '\\.')} re-verified)`,
        ),
      );
    }
    expect((JSON.parse(run.outputs.tools!) as { source: string }[]).map((tool) => tool.source)).toEqual([
      'cache',
      'cache',
      'cache',
      'cache',
    ]);
  }, 300_000);

  it('never runs a tampered cache entry: it warns, downloads the release again and verifies it', async () => {
    server.reset();
    routeAll();
    const cached = path.join(toolCache, 'cosign', VERSIONS.cosign, 'x64', 'cosign');
    fs.writeFileSync(cached, '#!/bin/sh\necho GitVersion: v3.1.3\n');
    const inputs = {
      tools: 'cosign',
      'cosign-version': VERSIONS.cosign,
      'cosign-sha256': assets.cosign.digest,
      'tools-mirror': `${server.baseUrl}/gh`,
    };
    const run = await runAction('setup', { toolCache, inputs });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(
      run.commands.some(
        (c) => c.command === 'warning' && /Cached cosign 3\.1\.2 .* failed verification/.test(c.message),
      ),
    ).toBe(true);
    expect(server.requests).toEqual([releasePath(REPOS.cosign, VERSIONS.cosign, ASSETS.cosign, '/gh')]);
    expect(sha256(fs.readFileSync(cached))).toBe(assets.cosign.digest);
  }, 300_000);

  it('links a <tool>-path binary onto PATH through a folder of its own, downloading nothing', async () => {
    server.reset();
    const run = await runAction('setup', {
      toolCache,
      inputs: { tools: 'syft', 'syft-path': real.syft, 'tools-mirror': server.baseUrl },
    });
    expect(lastError(run)).toBe('');
    expect(server.requests).toEqual([]);
    expect(run.outputs['syft-binary']).toBe(real.syft);
    expect(run.outputs['syft-installed-version']).toBe('1.54.1');
    const lines = run.pathFile.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(path.dirname(lines[0]!)).toBe(run.runnerTemp);
    expect(fs.readdirSync(lines[0]!)).toEqual(['syft']);
    expect(fs.realpathSync(path.join(lines[0]!, 'syft'))).toBe(fs.realpathSync(real.syft));
    expect(runFromPath(run, 'syft').output).toMatch(REPORTS.syft.pattern);
  }, 120_000);

  it('holds the pinned default to its committed digest: a look-alike is refused, nothing is put on PATH', async () => {
    server.reset();
    const pinned = 'cosign-linux-amd64';
    server.route(releasePath('sigstore/cosign', '3.1.3', pinned), { kind: 'file', body: assets.cosign.body });
    const run = await runAction('setup', { inputs: { tools: 'cosign', 'tools-mirror': server.baseUrl } });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(
      /^Infrastructure failure \(not a finding\): SHA-256 mismatch for cosign-linux-amd64/,
    );
    expect(lastError(run)).toContain('pinned by this action');
    expect(run.pathFile).toBe('');
    expect(run.outputs).toEqual({});
  }, 120_000);
});

describe('setup refuses bad inputs before any download, naming the input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['an unknown tool', { tools: 'trivy, docker' }, /^Input `tools` accepts trivy, grype, syft, cosign; got 'docker'/],
    ['no tool', { tools: ' , ' }, /^Input `tools` is empty/],
    [
      'a version for a tool not listed',
      { tools: 'cosign', 'trivy-version': '0.70.0' },
      /^Input `trivy-version` is set, but `tools` does not list trivy/,
    ],
    [
      'an unpinned version without its digest',
      { tools: 'grype', 'grype-version': '0.119.0' },
      /Grype 0\.119\.0 is not pinned by this action .* Set sha256/,
    ],
    [
      'a digest without a version',
      { tools: 'syft', 'syft-sha256': 'a'.repeat(64) },
      /^Input `syft-sha256` needs `syft-version`/,
    ],
    [
      'a relative tool path',
      { tools: 'cosign', 'cosign-path': 'bin/cosign' },
      /^Input `cosign-path` must be an absolute path/,
    ],
    [
      'a mirror with credentials',
      { tools: 'trivy', 'tools-mirror': 'https://u:p@mirror.example' },
      /^Input `tools-mirror` must not embed credentials/,
    ],
  ];
  it.each(cases)('%s', async (_label, inputs, message) => {
    const run = await runAction('setup', { inputs: { 'tools-mirror': 'http://127.0.0.1:9', ...inputs } });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(message);
    expect(run.pathFile).toBe('');
    expect(run.outputs).toEqual({});
  });
});
