/**
 * `registry-username` / `registry-password` of scan and sbom (issue 17 item 8),
 * from dist/, against docker-registry with htpasswd (bcrypt) Basic auth, with
 * the real tools: the Trivy test binary (scan, and sbom's trivy generator) and
 * the real syft 1.54.1 (sbom). The image (alpine-app, with a secret baked into
 * a layer) is copied into the private registry with skopeo and an auth file.
 *
 * Each run must pull the private image (the findings / packages are there),
 * an anonymous run must fail as an infrastructure error, and the password may
 * appear nowhere but in the `::add-mask::` command: not in a tool's command
 * line (logged as "Running: …"), not in the log, the outputs, the summary or
 * any file the action wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { SKOPEO_BINARY } from '../support/oci-image.js';
import { htpasswdLine, registryBinary, startRegistry, type Registry } from '../support/registry.js';
import { requireGoTool, requireInfra, requireTrivy, testImage } from '../support/test-tools.js';

const USER = 'ci-puller';
const PASSWORD = 'Registry-Pa55word-9f3c1e77';

const infra = requireInfra();
const trivy = infra ? requireTrivy() : undefined;
const syft = infra ? requireGoTool(infra, 'syft') : undefined;
const htpasswd = infra ? htpasswdLine(USER, PASSWORD) : undefined;
const missing = !infra
  ? 'no test registry'
  : !registryBinary()
    ? 'docker-registry is not installed'
    : !trivy
      ? 'no Trivy test binary'
      : !syft
        ? 'no syft'
        : htpasswd?.line
          ? undefined
          : htpasswd?.why;
if (infra && missing) {
  if (process.env.SCS_REQUIRE_INFRA === '1') throw new Error(`registry credentials test cannot run: ${missing}`);
  console.warn(`SKIPPED: registry credentials test: ${missing}`);
}
const describeReal = missing ? describe.skip : describe;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'interop-registry-login-'));

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

/** Every file under `dir` (bounded) that contains `needle`. */
function filesContaining(dir: string, needle: string, budget = { files: 5000 }): string[] {
  const found: string[] = [];
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (--budget.files < 0) throw new Error(`more than 5000 files under ${dir}`);
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesContaining(full, needle, budget));
    else if (entry.isFile() && fs.statSync(full).size < 64 * 1024 * 1024 && fs.readFileSync(full).includes(needle))
      found.push(full);
  }
  return found;
}

/** The password was masked before use and shows up nowhere else. */
function expectNoLeak(run: ActionRun): void {
  const masks = run.commands.filter((c) => c.command === 'add-mask');
  expect(masks.map((c) => c.message)).toContain(PASSWORD);
  // In the raw stdout only as the add-mask commands themselves.
  const occurrences = run.stdout.split(PASSWORD).length - 1;
  expect(occurrences).toBe(masks.filter((c) => c.message === PASSWORD).length);
  expect(run.stdout.split('\n').filter((line) => line.includes(PASSWORD) && !line.startsWith('::add-mask::'))).toEqual(
    [],
  );
  expect(run.stderr).not.toContain(PASSWORD);
  // The tools' command lines (logged in full) never carry it.
  const commandLines = run.stdout.split('\n').filter((line) => line.startsWith('Running: '));
  expect(commandLines.length).toBeGreaterThan(0);
  for (const line of commandLines) expect(line).not.toContain(PASSWORD);
  expect(JSON.stringify(run.outputs)).not.toContain(PASSWORD);
  expect(run.summary).not.toContain(PASSWORD);
  expect(filesContaining(run.runnerTemp, PASSWORD)).toEqual([]);
  expect(filesContaining(run.workspace, PASSWORD)).toEqual([]);
}

describeReal('registry-username / registry-password against an htpasswd registry (dist/, real Trivy and syft)', () => {
  let registry: Registry | undefined;
  let image: string;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(work, 'registry-'));
    fs.writeFileSync(path.join(dir, 'htpasswd'), `${htpasswd!.line}\n`);
    registry = await startRegistry({ htpasswd: path.join(dir, 'htpasswd') });
    // skopeo reads the destination's credentials from an auth file, not from its argv.
    const authFile = path.join(dir, 'auth.json');
    fs.writeFileSync(
      authFile,
      JSON.stringify({ auths: { [registry.url]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } }),
      { mode: 0o600 },
    );
    const source = testImage(infra!, 'alpine-app');
    image = `${registry.url}/private/alpine-app:v1`;
    execFileSync(
      SKOPEO_BINARY,
      [
        '--insecure-policy',
        'copy',
        '--quiet',
        '--src-tls-verify=false',
        '--src-no-creds',
        '--dest-tls-verify=false',
        '--dest-authfile',
        authFile,
        `docker://${source.refByDigest}`,
        `docker://${image}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, env: { ...process.env, REGISTRY_AUTH_FILE: '/dev/null' } },
    );
    // The copy is private: an anonymous manifest request is refused.
    const anonymous = await fetch(`http://${registry.url}/v2/private/alpine-app/manifests/v1`, { method: 'HEAD' });
    expect(anonymous.status).toBe(401);
  });
  afterAll(async () => {
    await registry?.stop();
  });

  // An empty docker config: the credentials can only come from the inputs.
  const env = () => {
    const home = fs.mkdtempSync(path.join(work, 'home-'));
    fs.mkdirSync(path.join(home, '.docker'));
    fs.writeFileSync(path.join(home, '.docker', 'config.json'), '{}');
    return { HOME: home, DOCKER_CONFIG: path.join(home, '.docker') };
  };

  it('scan (Trivy): pulls the private image with the inputs and finds the baked-in secret', async () => {
    const run = await runAction('scan', {
      inputs: {
        image,
        scanners: 'secret',
        'trivy-path': trivy!,
        'fail-on': 'none',
        'registry-username': USER,
        'registry-password': PASSWORD,
      },
      env: env(),
    });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.critical)).toBeGreaterThanOrEqual(1);
    expectNoLeak(run);
  });

  it('scan (Trivy) without credentials: an infrastructure failure, not a clean result', async () => {
    const run = await runAction('scan', { inputs: { image, scanners: 'secret', 'trivy-path': trivy! }, env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('error');
    expect(lastError(run)).toMatch(/^Infrastructure failure \(not a finding\): Trivy exited/);
  });

  it('scan: a wrong password is refused by the registry (the inputs are really used)', async () => {
    const run = await runAction('scan', {
      inputs: {
        image,
        scanners: 'secret',
        'trivy-path': trivy!,
        'registry-username': USER,
        'registry-password': 'not-the-password-123',
      },
      env: env(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('error');
    expect(
      run.stdout.split('\n').filter((l) => l.includes('not-the-password-123') && !l.startsWith('::add-mask::')),
    ).toEqual([]);
  });

  it('sbom (syft): describes the private image, apk packages included', async () => {
    const run = await runAction('sbom', {
      inputs: {
        image,
        'syft-path': syft!,
        format: 'cyclonedx-json',
        'upload-artifact': 'false',
        'registry-username': USER,
        'registry-password': PASSWORD,
      },
      env: env(),
    });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs['component-count'])).toBeGreaterThan(0);
    expect(fs.readFileSync(run.outputs['sbom-file']!, 'utf8')).toContain('pkg:apk/alpine/openssl@3.1.2-r0');
    expectNoLeak(run);
  });

  it('sbom (syft) without credentials fails', async () => {
    const run = await runAction('sbom', {
      inputs: { image, 'syft-path': syft!, format: 'cyclonedx-json', 'upload-artifact': 'false' },
      env: env(),
    });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(/Syft/);
  });

  it('sbom (trivy generator): describes the private image', async () => {
    const run = await runAction('sbom', {
      inputs: {
        image,
        generator: 'trivy',
        'trivy-path': trivy!,
        format: 'cyclonedx-json',
        'upload-artifact': 'false',
        'registry-username': USER,
        'registry-password': PASSWORD,
      },
      env: env(),
    });
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(fs.readFileSync(run.outputs['sbom-file']!, 'utf8')).toContain('openssl');
    expectNoLeak(run);
  });

  it('refuses a password without a user name, and credentials for a directory target', async () => {
    const half = await runAction('scan', { inputs: { image, 'trivy-path': trivy!, 'registry-password': PASSWORD } });
    expect(half.exitCode).toBe(1);
    expect(lastError(half)).toContain('`registry-username` and `registry-password` go together');
    const dir = await runAction('sbom', {
      inputs: { path: '.', 'syft-path': syft!, 'registry-username': USER, 'registry-password': PASSWORD },
    });
    expect(dir.exitCode).toBe(1);
    expect(lastError(dir)).toContain('are for pulling `image` from a registry');
  });
});
