/**
 * The SBOM model from real documents: Trivy's (recorded from the test binary)
 * and Syft's (its own snapshots and real outputs).
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  SbomParseError,
  computeSbomStats,
  detectSbomFormat,
  parseSbom,
  toolFromCreators,
  type ParsedSbom,
} from '@scs/sbom';
import { REPO_ROOT } from '../../support/action-harness.js';

const TRIVY = path.join(REPO_ROOT, 'test', 'unit', 'sbom', 'fixtures');
const SYFT = path.join(REPO_ROOT, 'test', 'fixtures', 'syft');
const IMAGE_DIGEST = 'sha256:f995d1302a99772d050526468b63c1afa2eb361ef689470bc38345b48778498f';

function load(dir: string, name: string): ParsedSbom {
  return parseSbom(fs.readFileSync(path.join(dir, name)));
}

function byName(sbom: ParsedSbom, name: string) {
  const pkg = sbom.packages.find((p) => p.name === name);
  if (!pkg) throw new Error(`no package ${name} in ${sbom.packages.map((p) => p.name).join(', ')}`);
  return pkg;
}

describe('Trivy CycloneDX of a directory (npm lockfile)', () => {
  const sbom = load(TRIVY, 'trivy-dev__npm-app.cdx.json');

  it('lists the lockfile packages, not the lockfile or the root', () => {
    expect(sbom.format).toBe('cyclonedx-json');
    expect(sbom.specVersion).toBe('1.5');
    expect(sbom.tool).toEqual({ name: 'trivy', version: 'dev' });
    expect(sbom.subject).toEqual({ kind: 'directory', name: '.' });
    expect(sbom.packages.map((p) => `${p.name}@${p.version}`).sort()).toEqual([
      'debug@4.3.4',
      'inherits@2.0.4',
      'ms@2.1.2',
      'spdx-correct@3.2.0',
      'spdx-exceptions@2.5.0',
      'spdx-expression-parse@3.0.1',
      'spdx-license-ids@3.0.24',
    ]);
    expect(new Set(sbom.packages.map((p) => p.ecosystem))).toEqual(new Set(['npm']));
  });

  it('puts every package in package-lock.json, direct ones marked from the dependency graph', () => {
    expect(new Set(sbom.packages.map((p) => p.manifest))).toEqual(new Set(['package-lock.json']));
    const direct = Object.fromEntries(sbom.packages.map((p) => [p.name, p.direct]));
    expect(direct).toEqual({
      debug: true,
      inherits: true,
      'spdx-correct': true,
      ms: false,
      'spdx-exceptions': false,
      'spdx-expression-parse': false,
      'spdx-license-ids': false,
    });
    expect(byName(sbom, 'debug').dependsOn).toEqual(['pkg:npm/ms@2.1.2']);
  });
});

describe('Trivy SPDX of the same directory', () => {
  const sbom = load(TRIVY, 'trivy-dev__npm-app.spdx.json');

  it('lists the same packages, found in package-lock.json (containment only: direct unknown)', () => {
    expect(sbom.format).toBe('spdx-json');
    expect(sbom.specVersion).toBe('SPDX-2.3');
    expect(sbom.tool).toEqual({ name: 'trivy', version: 'dev' });
    expect(sbom.subject.kind).toBe('directory');
    expect(sbom.packages).toHaveLength(7);
    expect(new Set(sbom.packages.map((p) => p.manifest))).toEqual(new Set(['package-lock.json']));
    expect(sbom.packages.every((p) => p.direct === undefined)).toBe(true);
    expect(byName(sbom, 'debug').purl).toBe('pkg:npm/debug@4.3.4');
    expect(byName(sbom, 'debug').licenses).toEqual([]); // licenseDeclared NONE
  });
});

describe('Trivy SBOMs of an image', () => {
  it.each(['trivy-dev__alpine-app.cdx.json', 'trivy-dev__alpine-app.spdx.json'])(
    '%s records the image digest and the OS package',
    (file) => {
      const sbom = load(TRIVY, file);
      expect(sbom.subject).toEqual({ kind: 'image', name: '127.0.0.1:46427/alpine-app:v1', digest: IMAGE_DIGEST });
      expect(sbom.packages).toHaveLength(1);
      const openssl = byName(sbom, 'openssl');
      expect(openssl).toMatchObject({
        version: '3.1.2-r0',
        ecosystem: 'apk',
        licenses: ['Apache-2.0'],
        manifest: 'alpine 3.18.4',
      });
      expect(openssl.purl).toBe('pkg:apk/alpine/openssl@3.1.2-r0?arch=x86_64&distro=3.18.4');
    },
  );
});

describe('Syft documents', () => {
  it('CycloneDX 1.6 of a go.mod: the module, found in /go.mod', () => {
    const sbom = load(SYFT, 'cyclonedxjson__identify-1.6.json');
    expect(sbom.tool?.name).toBe('syft');
    expect(sbom.subject).toEqual({ kind: 'file', name: 'go.mod' });
    expect(sbom.packages).toEqual([
      expect.objectContaining({
        name: 'github.com/wagoodman/go-partybus',
        ecosystem: 'golang',
        manifest: '/go.mod',
        licenses: [],
      }),
    ]);
  });

  it('SPDX 2.3 of the same go.mod: location from sourceInfo, tool from creators', () => {
    const sbom = load(SYFT, 'spdxjson__identify-2.3.json');
    expect(sbom.tool).toEqual({ name: 'syft', version: '0.91.0' });
    expect(sbom.subject).toEqual({ kind: 'file', name: 'go.mod' });
    expect(sbom.packages.map((p) => [p.name, p.ecosystem, p.manifest])).toEqual([
      ['github.com/wagoodman/go-partybus', 'golang', '/go.mod'],
    ]);
  });

  it('CycloneDX 1.7 of an image: the OS is not a package; the (redacted) digest is not taken for one', () => {
    const sbom = load(SYFT, 'cyclonedxjson__TestCycloneDxImageEncoder.golden.json');
    expect(sbom.specVersion).toBe('1.7');
    expect(sbom.tool).toEqual({ name: 'syft', version: 'v0.42.0-bogus' });
    expect(sbom.subject).toEqual({ kind: 'image', name: 'user-image-input' });
    expect(sbom.packages.map((p) => [p.name, p.ecosystem, p.licenses, p.manifest])).toEqual([
      ['package-1', 'python', ['MIT'], '/somefile-1.txt'], // 'a-purl-1' is no purl: the Syft package type is used
      ['package-2', 'deb', [], '/somefile-2.txt'],
    ]);
  });

  it('SPDX of an image: digest from the root package', () => {
    const sbom = load(SYFT, 'spdxjson__TestSPDXJSONImageEncoder.golden.json');
    expect(sbom.subject).toEqual({
      kind: 'image',
      name: 'user-image-input',
      digest: 'sha256:2731251dc34951c0e50fcc643b4c5f74922dad1a5d98f302b504cf46cd5d9368',
    });
    expect(sbom.packages.map((p) => [p.name, p.licenses])).toEqual([
      ['package-1', ['MIT']],
      ['package-2', []],
    ]);
  });

  it('Syft JSON of alpine 3.12: 14 apk packages from the package database, manifest digest, licenses', () => {
    const sbom = load(SYFT, 'syftjson__alpine.syft.json');
    expect(sbom.format).toBe('syft-json');
    expect(sbom.specVersion).toBe('13.0.0');
    expect(sbom.tool).toEqual({ name: 'syft', version: '0.101.1' });
    expect(sbom.subject).toEqual({
      kind: 'image',
      name: 'alpine:3.12',
      digest: 'sha256:8cb449c3c0a4611deee6858f633eaa9378ee2eb00c2c2ae643e76e82d06b850b',
    });
    expect(sbom.packages).toHaveLength(14);
    expect(new Set(sbom.packages.map((p) => p.manifest))).toEqual(new Set(['/lib/apk/db/installed']));
    const stats = computeSbomStats(sbom, { topLicenses: 3 });
    expect(stats).toEqual({
      componentCount: 14,
      byEcosystem: [{ ecosystem: 'apk', count: 14 }],
      licenses: {
        top: [
          { license: 'GPL-2.0-only', count: 5 },
          { license: 'MIT', count: 3 },
          { license: 'GPL-2.0-or-later', count: 2 },
        ],
        distinct: 9,
        withoutLicense: 0,
      },
    });
  });

  it('Syft JSON of a directory: dependency-of relationships become dependsOn', () => {
    const sbom = load(SYFT, 'syftjson__TestDirectoryEncoder.golden.json');
    expect(sbom.subject.kind).toBe('directory');
    expect(sbom.packages.map((p) => p.name)).toEqual(['package-1', 'package-2']);
  });
});

describe('the same scan in two formats counts the same components', () => {
  it.each([
    ['trivy-dev__npm-app.cdx.json', 'trivy-dev__npm-app.spdx.json', 7],
    ['trivy-dev__alpine-app.cdx.json', 'trivy-dev__alpine-app.spdx.json', 1],
  ])('%s / %s', (cdx, spdx, count) => {
    expect(load(TRIVY, cdx).packages).toHaveLength(count);
    expect(load(TRIVY, spdx).packages).toHaveLength(count);
  });
});

describe('format detection and errors', () => {
  it.each([
    [{ bomFormat: 'CycloneDX', specVersion: '1.6' }, 'cyclonedx-json'],
    [{ spdxVersion: 'SPDX-2.3' }, 'spdx-json'],
    [{ artifacts: [], source: {} }, 'syft-json'],
    [{ '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld' }, undefined],
    [[], undefined],
    ['text', undefined],
  ])('%j → %s', (doc, format) => {
    expect(detectSbomFormat(doc)).toBe(format);
  });

  it.each([
    ['{not json', /not valid JSON/],
    ['{"hello": 1}', /not a CycloneDX, SPDX or Syft JSON document/],
    ['{"spdxVersion": "SPDX-3.0"}', /not an SPDX 2.x JSON document/],
  ])('refuses %s', (text, message) => {
    expect(() => parseSbom(text)).toThrow(SbomParseError);
    expect(() => parseSbom(text)).toThrow(message);
  });

  it('refuses a document of another format than expected', () => {
    const spdx = fs.readFileSync(path.join(TRIVY, 'trivy-dev__npm-app.spdx.json'));
    expect(() => parseSbom(spdx, 'cyclonedx-json')).toThrow('expected cyclonedx-json but the document is spdx-json');
  });

  it.each([
    [['Organization: Anchore, Inc', 'Tool: syft-1.54.1'], { name: 'syft', version: '1.54.1' }],
    [['Tool: trivy-dev'], { name: 'trivy', version: 'dev' }],
    [['Tool: syft-v0.42.0-bogus'], { name: 'syft', version: 'v0.42.0-bogus' }],
    [['Person: Jane'], undefined],
  ])('creators %j → tool %j', (creators, tool) => {
    expect(toolFromCreators(creators)).toEqual(tool);
  });
});
