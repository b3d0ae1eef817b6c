/**
 * Images that were never pushed (issue 17 item 1): the built scan bundle with
 * `image-archive` — an OCI layout directory and a docker-archive (`docker save`
 * layout) of the alpine-app test image — scanned by the real Trivy
 * (`image --input`) with the DB fixture fetched by the action. The digest
 * reported is the image's manifest digest from the layout's index (what the
 * image keeps when pushed as is); a docker-archive without an index reports
 * none. (An OCI archive — a tar of the layout — is detected and its digest
 * read the same way (unit tests), but the Trivy test build exits 1 on one
 * without a word, so it is not run here.)
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { buildOciLayout, type OciLayout } from '../support/oci-image.js';
import { requireInfra, requireTrivy, requireTrivyDb, testImage } from '../support/test-tools.js';

const trivy = requireTrivy();
const infra = trivy ? requireInfra() : undefined;
const trivyDb = infra ? requireTrivyDb(infra) : undefined;
const describeWithInfra = trivy && trivyDb ? describe : describe.skip;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-image-archive-'));

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

/** A `docker save` tarball (manifest.json, config, layer) of the layout's one image, without an OCI index (Docker before 25). */
function dockerArchive(layout: OciLayout, out: string): void {
  const src = fs.mkdtempSync(path.join(work, 'docker-src-'));
  const blob = (digest: string) => path.join(layout.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
  const config = `${layout.config.digest.slice('sha256:'.length)}.json`;
  fs.copyFileSync(blob(layout.config.digest), path.join(src, config));
  const layers = layout.layers.map((layer, i) => {
    fs.mkdirSync(path.join(src, `layer${i}`));
    fs.copyFileSync(blob(layer.digest), path.join(src, `layer${i}`, 'layer.tar'));
    return `layer${i}/layer.tar`;
  });
  fs.writeFileSync(
    path.join(src, 'manifest.json'),
    JSON.stringify([{ Config: config, RepoTags: ['alpine-app:v1'], Layers: layers }]),
  );
  execFileSync('tar', ['-cf', out, '-C', src, 'manifest.json', config, ...layers]);
}

describeWithInfra('scan image-archive with the real Trivy and the DB fixture', () => {
  const runnerTemp = fs.mkdtempSync(path.join(work, 'runner-temp-'));
  let layout: OciLayout;
  let dockerTar: string;

  beforeAll(async () => {
    const image = testImage(infra!, 'alpine-app');
    layout = await buildOciLayout({
      rootfs: path.join(image.fixture, 'rootfs'),
      outDir: path.join(work, 'layout'),
      tag: 'v1',
    });
    dockerTar = path.join(work, 'app-docker.tar');
    dockerArchive(layout, dockerTar);
  });

  const scan = (archive: string, extra: Record<string, string> = {}) =>
    runAction('scan', {
      runnerTemp,
      inputs: {
        'image-archive': archive,
        scanners: 'vuln',
        'trivy-path': trivy!,
        'db-repository': infra!.trivyDb!.repository,
        'db-cache': 'false',
        ...extra,
      },
      // Trivy must not reach anything: an archive needs no registry.
      env: { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' },
    });

  it('an OCI layout directory: the real finding, and the image digest from its index', async () => {
    const run = await scan(layout.dir);
    expect(lastError(run)).toMatch(/^Severity gate failed/);
    expect(run.outputs).toMatchObject({ high: '1', total: '1', gate: 'fail', 'image-digest': layout.manifest.digest });
    const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8'));
    expect(report.ArtifactType).toBe('container_image');
    const vulnerability = report.Results.flatMap((r: { Vulnerabilities?: unknown[] }) => r.Vulnerabilities ?? [])[0];
    expect(vulnerability).toMatchObject({
      VulnerabilityID: 'CVE-2099-0001',
      PkgName: 'openssl',
      InstalledVersion: '3.1.2-r0',
    });
    expect(run.summary).toContain(`digest <code>${layout.manifest.digest}</code>`);
    expect(run.stdout).toMatch(/trivy image .*--input /);
  });

  it('a docker-archive: the real finding; no manifest in it, so no digest is reported', async () => {
    const run = await scan(dockerTar);
    expect(run.outputs).toMatchObject({ high: '1', total: '1', gate: 'fail' });
    expect(run.outputs['image-digest']).toBeUndefined();
    expect(run.summary).not.toContain('digest <code>');
  });
});

describe('scan image-archive input validation (from dist)', () => {
  const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
  fs.mkdirSync(path.join(workspace, 'plain-dir'));
  fs.symlinkSync('/etc', path.join(workspace, 'link-out'));
  fs.writeFileSync(path.join(workspace, 'app.tar.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));

  it.each([
    [
      'a directory that is not an OCI layout',
      { 'image-archive': 'plain-dir' },
      /^Input `image-archive`: 'plain-dir' is a directory but not an OCI image layout/,
    ],
    [
      'a link in the checkout leading out of the workspace',
      { 'image-archive': 'link-out/passwd' },
      /^Input `image-archive` .*outside/,
    ],
    ['a traversal', { 'image-archive': '../../etc/passwd' }, /^Input `image-archive` .*resolves outside the workspace/],
    ['a missing file', { 'image-archive': 'nope.tar' }, /^Input `image-archive`: 'nope.tar' does not exist/],
    [
      'together with image',
      { 'image-archive': 'app.tar.gz', image: 'alpine:3' },
      /^Inputs `image` and `image-archive` cannot be used together/,
    ],
    [
      'a compressed archive for Grype',
      { 'image-archive': 'app.tar.gz', scanner: 'grype' },
      /^Input `image-archive`: Grype needs an uncompressed/,
    ],
  ])('%s is refused naming the input', async (_label, inputs, message) => {
    const run = await runAction('scan', { workspace, inputs: { 'trivy-path': '/bin/false', ...inputs } });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(message);
    expect(run.outputs).toEqual({});
  });
});

describe('scan image-source: daemon (from dist; no Docker daemon runs on this machine)', () => {
  const standIn = path.join(
    path.dirname(new URL(import.meta.url).pathname),
    '..',
    'fixtures',
    'bin',
    'trivy-stand-in.mjs',
  );

  it('fails before the scanner runs, saying no daemon is reachable and what to do instead', async () => {
    const argvLog = path.join(fs.mkdtempSync(path.join(work, 'argv-')), 'argv.jsonl');
    const socket = path.join(work, 'no-docker.sock');
    const run = await runAction('scan', {
      inputs: { image: 'app:dev', 'image-source': 'daemon', 'trivy-path': standIn, scanners: 'secret' },
      env: { DOCKER_HOST: `unix://${socket}`, STANDIN_ARGV_LOG: argvLog },
    });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toBe(
      `Input \`image-source\` is daemon, but no Docker daemon is reachable at DOCKER_HOST=unix://${socket}: ENOENT. ` +
        'Run the step on a runner with Docker (or set DOCKER_HOST), or scan the image from a registry (image-source: registry) or from a docker save tarball (image-archive).',
    );
    expect(run.outputs.gate).toBe('error');
    expect(fs.existsSync(argvLog)).toBe(false);
  });

  it('is refused for anything but image, naming the input', async () => {
    const run = await runAction('scan', { inputs: { 'image-source': 'daemon', 'trivy-path': '/bin/false' } });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(/^Input `image-source`: daemon reads `image` from the local Docker daemon/);
  });
});
