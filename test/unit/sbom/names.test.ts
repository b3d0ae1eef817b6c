/** Artifact names, snapshot correlators and output file names. */
import { describe, expect, it } from '@jest/globals';
import {
  canonicalJson,
  defaultArtifactName,
  matrixSuffix,
  snapshotCorrelator,
} from '../../../actions/sbom/src/artifact-name.js';
import type { SbomTarget } from '../../../actions/sbom/src/inputs.js';
import { planOutputFiles, slugify, targetSlug } from '../../../actions/sbom/src/output-files.js';

describe('targetSlug', () => {
  it.each([
    [{ kind: 'image', image: 'ghcr.io/octo-org/app:1.0' }, 'app-1.0'],
    [{ kind: 'image', image: '127.0.0.1:5000/alpine-app:v1' }, 'alpine-app-v1'],
    [{ kind: 'image', image: `ghcr.io/octo-org/app@sha256:${'0123456789ab'.repeat(5)}0123` }, 'app-0123456789ab'],
    [{ kind: 'image', image: 'alpine' }, 'alpine'],
    [{ kind: 'path', path: '/ws', relative: '', isDirectory: true }, 'app'],
    [{ kind: 'path', path: '/ws/services/api', relative: 'services/api', isDirectory: true }, 'services-api'],
    [{ kind: 'file', file: '/tmp/App Image.tar.gz', ociLayout: false }, 'App-Image'],
    [{ kind: 'file', file: '/ws/layout', ociLayout: true }, 'layout'],
  ] as [SbomTarget, string][])('%j → %s', (target, slug) => {
    expect(targetSlug(target, 'octo-org/app')).toBe(slug);
  });

  it('the workspace without a repository name is "workspace"', () => {
    expect(targetSlug({ kind: 'path', path: '/ws', relative: '', isDirectory: true })).toBe('workspace');
  });

  it.each([
    ['a/b c', 'a-b-c'],
    ['--x--', 'x'],
    ['é', ''],
    ['x'.repeat(100), 'x'.repeat(80)],
  ])('slugify(%j) → %j', (value, slug) => {
    expect(slugify(value)).toBe(slug);
  });
});

describe('planOutputFiles', () => {
  it('one file per format named after the target, or output-file', () => {
    expect(
      planOutputFiles({
        formats: ['spdx-json', 'cyclonedx-json', 'syft-json'],
        outputFile: '',
        outputDir: '/out',
        baseName: 'app-1.0',
      }),
    ).toEqual([
      { format: 'spdx-json', file: '/out/app-1.0.spdx.json' },
      { format: 'cyclonedx-json', file: '/out/app-1.0.cdx.json' },
      { format: 'syft-json', file: '/out/app-1.0.syft.json' },
    ]);
    expect(
      planOutputFiles({ formats: ['cyclonedx-json'], outputFile: '/ws/bom.json', outputDir: '/ws', baseName: 'x' }),
    ).toEqual([{ format: 'cyclonedx-json', file: '/ws/bom.json' }]);
  });
});

describe('unique names per job and matrix combination', () => {
  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('no matrix, no suffix', () => {
    expect(matrixSuffix(undefined)).toBeUndefined();
    expect(matrixSuffix({})).toBeUndefined();
    expect(defaultArtifactName({ target: 'app-1.0', job: 'build', matrix: undefined })).toBe('sbom-app-1.0-build');
  });

  it('matrix values and a hash of the whole matrix, stable across key order', () => {
    const a = defaultArtifactName({ target: 'app', job: 'build', matrix: { os: 'ubuntu-latest', node: 24 } });
    const b = defaultArtifactName({ target: 'app', job: 'build', matrix: { node: 24, os: 'ubuntu-latest' } });
    expect(a).toMatch(/^sbom-app-build-24-ubuntu-latest-[0-9a-f]{8}$/);
    expect(b).toBe(a);
  });

  it('every combination of a matrix gets its own name (anchore/sbom-action#467)', () => {
    const combos = [];
    for (const os of ['ubuntu-latest', 'windows-latest', 'ubuntu/latest'])
      for (const arch of ['x64', 'arm64']) combos.push({ os, arch });
    const names = combos.map((matrix) => defaultArtifactName({ target: 'app', job: 'build', matrix }));
    expect(new Set(names).size).toBe(combos.length);
    // 'ubuntu-latest' and 'ubuntu/latest' slugify alike; the hash keeps them apart.
    expect(names[0]!.replace(/-[0-9a-f]{8}$/, '')).toBe(names[4]!.replace(/-[0-9a-f]{8}$/, ''));
    for (const name of names) expect(name).not.toMatch(/[":<>|*?\\/]/);
  });

  it('long matrices stay within 200 characters and keep their hash', () => {
    const matrix = { description: 'x'.repeat(500), other: 'y'.repeat(500) };
    const name = defaultArtifactName({ target: 't'.repeat(60), job: 'j'.repeat(100), matrix });
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name).toMatch(/-[0-9a-f]{8}$/);
  });

  it('the snapshot correlator: workflow, job, matrix and target', () => {
    expect(snapshotCorrelator({ workflow: 'ci', job: 'build', matrix: undefined, target: 'app-1.0' })).toBe(
      'ci_build_app-1.0',
    );
    expect(snapshotCorrelator({ workflow: 'ci', job: 'build', matrix: { os: 'linux' }, target: 'app' })).toMatch(
      /^ci_build_linux-[0-9a-f]{8}_app$/,
    );
  });
});
