/** The dependency submission API snapshot built from an SBOM. */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSbom, type ParsedSbom } from '@scs/sbom';
import type { SbomTarget } from '../../../actions/sbom/src/inputs.js';
import {
  buildSnapshot,
  manifestLocation,
  snapshotCommit,
  type SnapshotContext,
} from '../../../actions/sbom/src/snapshot.js';
import { REPO_ROOT } from '../../support/action-harness.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'unit', 'sbom', 'fixtures');
const load = (name: string) => parseSbom(fs.readFileSync(path.join(FIXTURES, name)));
const dirTarget: SbomTarget = {
  kind: 'path',
  path: '/ws/test/fixtures/projects/npm-app',
  relative: 'test/fixtures/projects/npm-app',
  isDirectory: true,
};

function context(overrides: Partial<SnapshotContext> = {}): SnapshotContext {
  return {
    target: dirTarget,
    eventName: 'push',
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    correlator: 'ci_build_npm-app',
    runId: '42',
    runUrl: 'https://github.com/octo-org/app/actions/runs/42',
    detector: { name: 'trivy', version: '0.75.0', url: 'https://github.com/aquasecurity/trivy' },
    scanned: new Date('2026-11-26T12:00:00Z'),
    ...overrides,
  };
}

describe('buildSnapshot', () => {
  it('a directory: one manifest per lockfile, at its path in the repository, purls with relationships and dependencies', () => {
    const { snapshot, skipped } = buildSnapshot(load('trivy-dev__npm-app.cdx.json'), context());
    expect(skipped).toBe(0);
    expect(snapshot).toMatchObject({
      version: 0,
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      job: { correlator: 'ci_build_npm-app', id: '42', html_url: 'https://github.com/octo-org/app/actions/runs/42' },
      detector: { name: 'trivy', version: '0.75.0', url: 'https://github.com/aquasecurity/trivy' },
      scanned: '2026-11-26T12:00:00.000Z',
    });
    const name = 'test/fixtures/projects/npm-app/package-lock.json';
    expect(Object.keys(snapshot.manifests)).toEqual([name]);
    const manifest = snapshot.manifests[name]!;
    expect(manifest.file).toEqual({ source_location: name });
    expect(Object.keys(manifest.resolved).sort()).toEqual([
      'pkg:npm/debug@4.3.4',
      'pkg:npm/inherits@2.0.4',
      'pkg:npm/ms@2.1.2',
      'pkg:npm/spdx-correct@3.2.0',
      'pkg:npm/spdx-exceptions@2.5.0',
      'pkg:npm/spdx-expression-parse@3.0.1',
      'pkg:npm/spdx-license-ids@3.0.24',
    ]);
    expect(manifest.resolved['pkg:npm/debug@4.3.4']).toEqual({
      package_url: 'pkg:npm/debug@4.3.4',
      relationship: 'direct',
      dependencies: ['pkg:npm/ms@2.1.2'],
    });
    expect(manifest.resolved['pkg:npm/spdx-expression-parse@3.0.1']).toEqual({
      package_url: 'pkg:npm/spdx-expression-parse@3.0.1',
      relationship: 'indirect',
      dependencies: ['pkg:npm/spdx-exceptions@2.5.0', 'pkg:npm/spdx-license-ids@3.0.24'],
    });
  });

  it('an SPDX document without a dependency graph: no relationship is claimed', () => {
    const { snapshot } = buildSnapshot(load('trivy-dev__npm-app.spdx.json'), context());
    const resolved = Object.values(snapshot.manifests['test/fixtures/projects/npm-app/package-lock.json']!.resolved);
    expect(resolved).toHaveLength(7);
    expect(resolved.every((p) => !('relationship' in p))).toBe(true);
  });

  it('an image: manifests named as found, no repository file', () => {
    const target: SbomTarget = { kind: 'image', image: '127.0.0.1:46427/alpine-app:v1' };
    const { snapshot } = buildSnapshot(load('trivy-dev__alpine-app.cdx.json'), context({ target }));
    expect(snapshot.manifests).toEqual({
      'alpine 3.18.4': {
        name: 'alpine 3.18.4',
        resolved: {
          'pkg:apk/alpine/openssl@3.1.2-r0?arch=x86_64&distro=3.18.4': {
            package_url: 'pkg:apk/alpine/openssl@3.1.2-r0?arch=x86_64&distro=3.18.4',
            dependencies: [],
          },
        },
      },
    });
  });

  it('packages without a valid package URL are left out and counted; duplicates are merged', () => {
    const sbom: ParsedSbom = {
      format: 'syft-json',
      specVersion: '16.0.0',
      subject: { kind: 'directory', name: '.' },
      packages: [
        {
          ref: '1',
          name: 'a',
          version: '1',
          purl: 'pkg:pypi/a@1',
          ecosystem: 'pypi',
          licenses: [],
          dependsOn: ['2'],
          manifest: '/requirements.txt',
        },
        {
          ref: '2',
          name: 'b',
          version: '2',
          purl: 'a-purl-2',
          ecosystem: 'python',
          licenses: [],
          dependsOn: [],
          manifest: '/requirements.txt',
        },
        { ref: '3', name: 'c', version: '3', ecosystem: 'binary', licenses: [], dependsOn: [] },
        {
          ref: '4',
          name: 'a',
          version: '1',
          purl: 'pkg:pypi/a@1',
          ecosystem: 'pypi',
          licenses: [],
          dependsOn: ['5'],
          manifest: '/requirements.txt',
          direct: true,
        },
        {
          ref: '5',
          name: 'd',
          version: '4',
          purl: 'pkg:pypi/d@4',
          ecosystem: 'pypi',
          licenses: [],
          dependsOn: [],
          manifest: '/requirements.txt',
        },
      ],
    };
    const target: SbomTarget = { kind: 'path', path: '/ws', relative: '', isDirectory: true };
    const { snapshot, skipped } = buildSnapshot(sbom, context({ target }));
    expect(skipped).toBe(2);
    expect(snapshot.manifests['requirements.txt']!.resolved['pkg:pypi/a@1']).toEqual({
      package_url: 'pkg:pypi/a@1',
      relationship: 'direct',
      dependencies: ['pkg:pypi/d@4'],
    });
  });
});

describe('snapshotCommit and manifestLocation', () => {
  it.each([
    ['push', undefined, 'a'],
    ['pull_request', 'b'.repeat(40), 'b'],
    ['pull_request_target', 'b'.repeat(40), 'a'],
    ['pull_request', undefined, 'a'],
  ])('%s with head %s → %s…', (eventName, head, expected) => {
    expect(snapshotCommit({ eventName, sha: 'a'.repeat(40), ...(head ? { pullRequestHeadSha: head } : {}) })).toBe(
      expected.repeat(40),
    );
  });

  it.each([
    [dirTarget, 'package-lock.json', 'test/fixtures/projects/npm-app/package-lock.json', true],
    [dirTarget, '/go.mod', 'test/fixtures/projects/npm-app/go.mod', true],
    [{ kind: 'path', path: '/ws', relative: '', isDirectory: true }, '/go.mod', 'go.mod', true],
    [
      { kind: 'path', path: '/ws/app/package-lock.json', relative: 'app/package-lock.json', isDirectory: false },
      'package-lock.json',
      'app/package-lock.json',
      true,
    ],
    [{ kind: 'path', path: '/ws', relative: '', isDirectory: true }, undefined, '.', true],
    [{ kind: 'image', image: 'alpine:3' }, '/lib/apk/db/installed', '/lib/apk/db/installed', false],
    [{ kind: 'image', image: 'alpine:3' }, undefined, 'alpine:3', false],
  ] as [SbomTarget, string | undefined, string, boolean][])('%j / %s → %s', (target, found, name, inRepo) => {
    const location = manifestLocation(target, found);
    expect(location.name).toBe(name);
    expect(location.sourceLocation !== undefined).toBe(inRepo);
  });
});
