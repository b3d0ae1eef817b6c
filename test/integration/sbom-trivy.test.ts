/**
 * The built sbom bundle (dist/sbom/index.js) run as the runner runs it, with
 * the real Trivy test binary: a directory with an npm lockfile, an image in
 * the loopback registry (by tag and by digest), and the same image as a
 * docker-archive and as an OCI layout. Every produced document is validated
 * against its official schema. Trivy never reaches the network: SBOM formats
 * need no vulnerability database, and the DB/Java DB updates are off.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSbom } from '@scs/sbom';
import { REPO_ROOT, loadActionMetadata, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { SKOPEO_BINARY } from '../support/oci-image.js';
import { requireInfra, requireTrivy, testImage, type TestImage } from '../support/test-tools.js';
import { validateSbomFile } from '../unit/sbom/support/sbom-schemas.js';

const trivy = requireTrivy();
const offline = {
  TRIVY_SKIP_DB_UPDATE: 'true',
  TRIVY_SKIP_JAVA_DB_UPDATE: 'true',
  TRIVY_OFFLINE_SCAN: 'true',
  TRIVY_SKIP_POLICY_UPDATE: 'true',
};
const describeWithTrivy = trivy ? describe : describe.skip;
const infra = trivy ? requireInfra() : undefined;
const describeWithRegistry = trivy && infra ? describe : describe.skip;

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

function files(run: ActionRun): string[] {
  return JSON.parse(run.outputs['sbom-files']!) as string[];
}

async function expectValid(run: ActionRun, formats: string[]): Promise<void> {
  const produced = files(run);
  expect(produced).toHaveLength(formats.length);
  for (const [i, file] of produced.entries()) {
    expect({ file, errors: await validateSbomFile(file, formats[i]!) }).toEqual({ file, errors: [] });
  }
}

const sbom = (file: string) => parseSbom(fs.readFileSync(file));

describeWithTrivy('sbom with real Trivy on a directory (npm lockfile)', () => {
  let run: ActionRun;
  beforeAll(async () => {
    const workspace = workspaceFrom(path.join(REPO_ROOT, 'test', 'fixtures', 'projects'));
    run = await runAction('sbom', {
      workspace,
      inputs: {
        generator: 'trivy',
        'trivy-path': trivy!,
        path: 'npm-app',
        format: 'cyclonedx-json,spdx-json',
        'upload-artifact': 'false',
      },
      env: offline,
    });
  });

  it('succeeds and sets exactly the declared outputs', () => {
    expect(lastError(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(loadActionMetadata('sbom').outputs).sort());
    expect(run.outputs['component-count']).toBe('7');
    expect(run.outputs['artifact-id']).toBe('');
  });

  it('writes a schema-valid CycloneDX and SPDX 2.3 document, one Trivy run each', async () => {
    await expectValid(run, ['cyclonedx-json', 'spdx-json']);
    expect(files(run).map((f) => path.basename(f))).toEqual(['npm-app.cdx.json', 'npm-app.spdx.json']);
    expect(run.outputs['sbom-file']).toBe(files(run)[0]);
    const digest = `sha256:${createHash('sha256')
      .update(fs.readFileSync(files(run)[0]!))
      .digest('hex')}`;
    expect(run.outputs['sbom-digest']).toBe(digest);
    expect(
      sbom(files(run)[0]!)
        .packages.map((p) => p.purl)
        .sort(),
    ).toContain('pkg:npm/debug@4.3.4');
    expect(sbom(files(run)[1]!).packages).toHaveLength(7);
    expect((run.stdout.match(/Running: .*trivy fs --format/g) ?? []).length).toBe(2);
  });

  it('summarizes components by ecosystem and licenses', () => {
    expect(run.summary).toContain('## SBOM of <code>npm-app</code>');
    expect(run.summary).toContain('| Generator | Trivy <code>dev</code> |');
    expect(run.summary).toContain('| npm | 7 |');
    expect(run.summary).toContain(
      '0 distinct license value(s); 7 of 7 component(s) state no license (unknown or none).',
    );
  });
});

describeWithRegistry('sbom with real Trivy on an image in the local registry', () => {
  let image: TestImage;
  let byTag: ActionRun;
  beforeAll(async () => {
    image = testImage(infra!, 'alpine-app');
    byTag = await runAction('sbom', {
      inputs: {
        generator: 'trivy',
        'trivy-path': trivy!,
        image: image.ref,
        format: 'cyclonedx-json,spdx-json',
        'upload-artifact': 'false',
      },
      env: offline,
    });
  });

  it('both documents validate and record the image digest, not only the tag', async () => {
    expect(lastError(byTag)).toBe('');
    await expectValid(byTag, ['cyclonedx-json', 'spdx-json']);
    for (const file of files(byTag)) {
      expect(sbom(file).subject).toMatchObject({ kind: 'image', digest: image.digest });
      expect(fs.readFileSync(file, 'utf8')).toContain(image.digest);
    }
    expect(byTag.outputs['component-count']).toBe('1');
  });

  it('the second run is pinned to the digest the first resolved', () => {
    const runs = [...byTag.stdout.matchAll(/Running: \S+ image .* -- (\S+)/g)].map((m) => m[1]);
    expect(runs).toEqual([image.ref, image.refByDigest]);
  });

  it('the summary shows the digest and the OS package license', () => {
    expect(byTag.summary).toContain(`| Image digest | <code>${image.digest}</code> |`);
    expect(byTag.summary).toContain('| apk | 1 |');
    expect(byTag.summary).toContain('| Apache-2.0 | 1 |');
  });

  it('an image by digest gives the same packages', async () => {
    const run = await runAction('sbom', {
      inputs: {
        generator: 'trivy',
        'trivy-path': trivy!,
        image: image.refByDigest,
        format: 'spdx-json',
        'upload-artifact': 'false',
      },
      env: offline,
    });
    expect(lastError(run)).toBe('');
    await expectValid(run, ['spdx-json']);
    expect(sbom(files(run)[0]!).packages.map((p) => p.name)).toEqual(['openssl']);
  });

  it('an image that is not in the registry fails, naming the input, not as an empty SBOM', async () => {
    const run = await runAction('sbom', {
      inputs: {
        generator: 'trivy',
        'trivy-path': trivy!,
        image: `${infra!.registry}/does-not-exist:1.0`,
        'upload-artifact': 'false',
      },
      env: offline,
    });
    expect(run.exitCode).toBe(1);
    expect(lastError(run)).toMatch(
      /^Infrastructure failure \(not a finding\): Trivy exited with code 1 on image '127\.0\.0\.1:\d+\/does-not-exist:1\.0' \(input `image`\); no SBOM was produced\. Check that the image exists/,
    );
    expect(run.outputs['sbom-file']).toBeUndefined();
  });

  describe('the same image as files', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-archives-'));
    const copy = (destination: string) =>
      execFileSync(
        SKOPEO_BINARY,
        [
          '--insecure-policy',
          'copy',
          '--quiet',
          '--src-tls-verify=false',
          '--src-no-creds',
          `docker://${image.ref}`,
          destination,
        ],
        {
          env: { ...process.env, REGISTRY_AUTH_FILE: '/dev/null' },
          timeout: 60_000,
        },
      );

    it.each([
      [
        'a docker-archive (input file)',
        'app.tar',
        (dir: string) => `docker-archive:${path.join(dir, 'app.tar')}:alpine-app:v1`,
        'cyclonedx-json',
        'file',
      ],
      [
        'an OCI image layout directory (input image-archive)',
        'layout',
        (dir: string) => `oci:${path.join(dir, 'layout')}:v1`,
        'spdx-json',
        'image-archive',
      ],
    ])('%s', async (_label, name, destination, format, input) => {
      const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
      copy(destination(workspace));
      const run = await runAction('sbom', {
        workspace,
        inputs: { generator: 'trivy', 'trivy-path': trivy!, [input]: name, format, 'upload-artifact': 'false' },
        env: offline,
      });
      expect(lastError(run)).toBe('');
      await expectValid(run, [format]);
      expect(sbom(files(run)[0]!).packages.map((p) => `${p.name}@${p.version}`)).toEqual(['openssl@3.1.2-r0']);
      expect(run.stdout).toMatch(
        new RegExp(
          `Running: \\S+ image .* --input ${path.join(workspace, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      );
    });
  });
});
