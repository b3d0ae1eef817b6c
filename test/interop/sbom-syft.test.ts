/**
 * sbom, generator syft, against the REAL syft (v1.54.1, built from the pinned
 * module by scripts/go-test-tools.mjs): the built dist/sbom run as the runner
 * does, with the binary handed over the way an air-gapped user does it
 * (`syft-path`), on a directory, an image in each local registry
 * (docker-registry 2.8 and the OCI 1.1 one) and an image archive.
 *
 * For each: the CycloneDX and SPDX files are valid against their official
 * schemas; their packages are exactly the packages syft itself reports in
 * syft-json for the same target (syft run directly, outside the action);
 * `sbom-digest` is the SHA-256 of `sbom-file`; `component-count` matches.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun } from '../support/action-harness.js';
import { SKOPEO_BINARY } from '../support/oci-image.js';
import { pushPlatformVulnImage, type PlatformVulnImage } from '../support/platform-image.js';
import {
  requireGoTool,
  requireInfra,
  requireReferrersRegistry,
  testImage,
  type TestImage,
} from '../support/test-tools.js';
import { validateSbomFile } from '../unit/sbom/support/sbom-schemas.js';

const PROJECTS = path.join(REPO_ROOT, 'test', 'fixtures', 'projects');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'interop-sbom-syft-'));
const FORMATS = 'cyclonedx-json,spdx-json,syft-json';

const infra = requireInfra();
const syft = infra ? requireGoTool(infra, 'syft') : undefined;
const referrers = infra ? requireReferrersRegistry(infra) : undefined;
const ready = Boolean(infra && syft && referrers);
const describeReal = ready ? describe : describe.skip;

interface SyftArtifact {
  name: string;
  version: string;
  type: string;
  purl?: string;
}

/** syft's own view of a source: the real binary, run directly, syft-json. */
function syftOwnPackages(source: string): SyftArtifact[] {
  const out = path.join(fs.mkdtempSync(path.join(work, 'direct-')), 'syft.json');
  execFileSync(syft!, ['scan', '-q', '-o', `syft-json=${out}`, '--', source], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, SYFT_CHECK_FOR_APP_UPDATE: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 5 * 60_000,
  });
  return (JSON.parse(fs.readFileSync(out, 'utf8')) as { artifacts: SyftArtifact[] }).artifacts;
}

const purlsOf = (artifacts: { purl?: string }[]) =>
  artifacts
    .map((a) => a.purl ?? '')
    .filter(Boolean)
    .sort();

/** Packages of a CycloneDX document: every component with a purl (the subject in metadata is not one). */
function cyclonedxPurls(file: string): string[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { components?: { purl?: string }[] };
  return purlsOf(doc.components ?? []);
}

/**
 * Packages of an SPDX document: every package with a purl external reference,
 * except what the document DESCRIBES (the scanned image or directory itself,
 * which syft puts in CycloneDX's metadata.component instead).
 */
function spdxPurls(file: string): string[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    documentDescribes?: string[];
    relationships?: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
    packages?: { SPDXID: string; externalRefs?: { referenceType: string; referenceLocator: string }[] }[];
  };
  const subjects = new Set([
    ...(doc.documentDescribes ?? []),
    ...(doc.relationships ?? [])
      .filter((r) => r.spdxElementId === 'SPDXRef-DOCUMENT' && r.relationshipType === 'DESCRIBES')
      .map((r) => r.relatedSpdxElement),
  ]);
  return (doc.packages ?? [])
    .filter((p) => !subjects.has(p.SPDXID))
    .map((p) => p.externalRefs?.find((r) => r.referenceType === 'purl')?.referenceLocator ?? '')
    .filter(Boolean)
    .sort();
}

function lastError(run: ActionRun): string {
  return run.commands.filter((c) => c.command === 'error').at(-1)?.message ?? '';
}

const sha256File = (file: string) => `sha256:${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`;

/**
 * Runs dist/sbom with the real syft and checks everything the action claims
 * against syft's own output for `directSource`. Returns the run and the files.
 */
async function generateAndCompare(options: {
  workspace?: string;
  inputs: Record<string, string>;
  directSource: string;
  env?: Record<string, string>;
}) {
  const run = await runAction('sbom', {
    ...(options.workspace ? { workspace: options.workspace } : {}),
    inputs: { 'syft-path': syft!, format: FORMATS, 'upload-artifact': 'false', ...options.inputs },
    env: { HOME: work, ...(options.env ?? {}) },
  });
  expect(lastError(run)).toBe('');
  expect(run.exitCode).toBe(0);
  const [cdx, spdx, syftJson] = JSON.parse(run.outputs['sbom-files']!) as string[];
  expect(run.outputs['sbom-file']).toBe(cdx);

  // Valid against the official schemas.
  expect(await validateSbomFile(cdx!, 'cyclonedx-json')).toEqual([]);
  expect(await validateSbomFile(spdx!, 'spdx-json')).toEqual([]);

  // The same packages as syft reports on its own for the same target.
  const own = syftOwnPackages(options.directSource);
  const ownPurls = purlsOf(own);
  expect(ownPurls.length).toBeGreaterThan(0);
  expect(cyclonedxPurls(cdx!)).toEqual(ownPurls);
  expect(spdxPurls(spdx!)).toEqual(ownPurls);
  expect(purlsOf((JSON.parse(fs.readFileSync(syftJson!, 'utf8')) as { artifacts: SyftArtifact[] }).artifacts)).toEqual(
    ownPurls,
  );
  expect(run.outputs['component-count']).toBe(String(own.length));

  // sbom-digest is the digest of sbom-file, byte for byte.
  expect(run.outputs['sbom-digest']).toBe(sha256File(cdx!));
  // The real version, probed from the real binary.
  expect(run.summary).toContain('| Generator | Syft <code>1.54.1</code> |');
  return { run, cdx: cdx!, spdx: spdx!, syftJson: syftJson!, own };
}

describeReal('sbom with the real syft (dist/sbom, syft-path)', () => {
  beforeAll(() => {
    // The binary the action is handed is the pinned module build.
    expect(
      execFileSync(syft!, ['version'], {
        encoding: 'utf8',
        env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' },
      }),
    ).toMatch(/Version:\s+1\.54\.1/);
  });

  it('a directory: npm-app, three formats from one syft run', async () => {
    const workspace = workspaceFrom(PROJECTS);
    const { own } = await generateAndCompare({
      workspace,
      inputs: { path: 'npm-app' },
      directSource: `dir:${path.join(workspace, 'npm-app')}`,
    });
    // Not an empty-equals-empty comparison: the lockfile's packages are there.
    expect(own.map((a) => `${a.name}@${a.version}`)).toEqual(
      expect.arrayContaining(['debug@4.3.4', 'ms@2.1.2', 'spdx-correct@3.2.0']),
    );
  });

  const registries = (): [string, TestImage][] => [
    ['docker-registry 2.8', testImage(infra!, 'alpine-app')],
    ['the OCI 1.1 registry', referrers!.images['alpine-app']!],
  ];

  it.each(['docker-registry 2.8', 'the OCI 1.1 registry'])(
    'an image in %s, by digest: the apk package, and the image digest recorded',
    async (label) => {
      const image = registries().find(([l]) => l === label)![1];
      const { run, spdx, own } = await generateAndCompare({
        inputs: { image: image.refByDigest },
        directSource: `registry:${image.refByDigest}`,
      });
      expect(own.map((a) => `${a.type}:${a.name}@${a.version}`)).toContain('apk:openssl@3.1.2-r0');
      expect(run.summary).toContain(image.digest);
      expect(fs.readFileSync(spdx, 'utf8')).toContain(image.digest);
    },
  );

  it('an image by tag: syft resolves it to the registry digest', async () => {
    const image = testImage(infra!, 'alpine-app');
    const { run } = await generateAndCompare({ inputs: { image: image.ref }, directSource: `registry:${image.ref}` });
    expect(run.summary).toContain(image.digest);
  });

  it('an image archive (docker-archive written by skopeo from the registry)', async () => {
    const image = testImage(infra!, 'alpine-app');
    const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
    const archive = path.join(workspace, 'alpine-app.tar');
    execFileSync(
      SKOPEO_BINARY,
      ['copy', '--src-tls-verify=false', `docker://${image.refByDigest}`, `docker-archive:${archive}:alpine-app:v1`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      },
    );
    const { own } = await generateAndCompare({
      workspace,
      inputs: { file: 'alpine-app.tar' },
      directSource: `docker-archive:${archive}`,
    });
    expect(own.map((a) => `${a.type}:${a.name}@${a.version}`)).toContain('apk:openssl@3.1.2-r0');
  });
});

describeReal('sbom platform with the real syft (dist/sbom, syft-path)', () => {
  let image: PlatformVulnImage;
  beforeAll(async () => {
    image = await pushPlatformVulnImage(referrers!.registry, work, 'platforms/syft');
  });

  const apk = (file: string) => cyclonedxPurls(file).filter((purl) => purl.startsWith('pkg:apk/'));

  it.each([
    ['linux/amd64', '3.1.3-r0'],
    ['linux/arm64/v8', '3.1.2-r0'],
  ])('platform: %s is the platform syft describes (its --platform)', async (platform, version) => {
    const { run, cdx } = await generateAndCompare({
      inputs: { image: image.ref, platform },
      directSource: `registry:${image.refByDigest.replace(/@.*$/, '')}@${image.platforms[platform]}`,
    });
    expect(apk(cdx)).toEqual([expect.stringContaining(`openssl@${version}`)]);
    expect(run.outputs['platform-sboms']).toBe('');
  });

  it('platform: all writes one SBOM per platform, each of that manifest, with its digest', async () => {
    const run = await runAction('sbom', {
      inputs: {
        'syft-path': syft!,
        format: 'cyclonedx-json,spdx-json',
        'upload-artifact': 'false',
        image: image.ref,
        platform: 'all',
      },
      env: { HOME: work },
    });
    expect(lastError(run)).toBe('');
    const sboms = JSON.parse(run.outputs['platform-sboms']!) as Array<{
      platform: string;
      digest: string;
      files: { format: string; file: string; 'sbom-digest': string }[];
    }>;
    expect(sboms.map((s) => [s.platform, s.digest])).toEqual([
      ['linux/amd64', image.platforms['linux/amd64']],
      ['linux/arm64/v8', image.platforms['linux/arm64/v8']],
    ]);
    const versions: Record<string, string> = { 'linux/amd64': '3.1.3-r0', 'linux/arm64/v8': '3.1.2-r0' };
    for (const entry of sboms) {
      const [cdx, spdx] = entry.files;
      expect(await validateSbomFile(cdx!.file, 'cyclonedx-json')).toEqual([]);
      expect(await validateSbomFile(spdx!.file, 'spdx-json')).toEqual([]);
      expect(cdx!['sbom-digest']).toBe(sha256File(cdx!.file));
      expect(apk(cdx!.file)).toEqual([expect.stringContaining(`openssl@${versions[entry.platform]}`)]);
      // syft records the platform manifest it described.
      expect(fs.readFileSync(spdx!.file, 'utf8')).toContain(entry.digest);
    }
    expect(JSON.parse(run.outputs['sbom-files']!)).toHaveLength(4);
  });
});
