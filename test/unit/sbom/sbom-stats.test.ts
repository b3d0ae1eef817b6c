import { describe, expect, it } from '@jest/globals';
import { computeSbomStats, type ParsedSbom, type SbomPackage } from '@scs/sbom';

function pkg(name: string, ecosystem: string, licenses: string[]): SbomPackage {
  return { ref: name, name, version: '1.0.0', ecosystem, licenses, dependsOn: [] };
}

function sbom(packages: SbomPackage[]): ParsedSbom {
  return { format: 'cyclonedx-json', specVersion: '1.6', subject: { kind: 'directory', name: '.' }, packages };
}

describe('computeSbomStats', () => {
  it('counts components by ecosystem, most first, ties by name', () => {
    const stats = computeSbomStats(
      sbom([
        pkg('a', 'npm', []),
        pkg('b', 'npm', []),
        pkg('c', 'apk', []),
        pkg('d', 'pypi', []),
        pkg('e', 'apk', []),
        pkg('f', 'golang', []),
      ]),
    );
    expect(stats.componentCount).toBe(6);
    expect(stats.byEcosystem).toEqual([
      { ecosystem: 'apk', count: 2 },
      { ecosystem: 'npm', count: 2 },
      { ecosystem: 'golang', count: 1 },
      { ecosystem: 'pypi', count: 1 },
    ]);
  });

  it.each([
    ['no license at all', [[], []], { top: [], distinct: 0, withoutLicense: 2 }],
    [
      'one license per package',
      [['MIT'], ['MIT'], ['Apache-2.0']],
      {
        top: [
          { license: 'MIT', count: 2 },
          { license: 'Apache-2.0', count: 1 },
        ],
        distinct: 2,
        withoutLicense: 0,
      },
    ],
    [
      'a package stating a license twice counts once',
      [['MIT', 'MIT', ' MIT '], ['ISC']],
      {
        top: [
          { license: 'ISC', count: 1 },
          { license: 'MIT', count: 1 },
        ],
        distinct: 2,
        withoutLicense: 0,
      },
    ],
    [
      'expressions are kept whole; blank values are no license',
      [['MIT OR Apache-2.0'], [''], ['GPL-2.0-only', 'MIT']],
      {
        top: [
          { license: 'GPL-2.0-only', count: 1 },
          { license: 'MIT', count: 1 },
          { license: 'MIT OR Apache-2.0', count: 1 },
        ],
        distinct: 3,
        withoutLicense: 1,
      },
    ],
  ])('%s', (_label, licenseLists, expected) => {
    const stats = computeSbomStats(
      sbom((licenseLists as string[][]).map((licenses, i) => pkg(`p${i}`, 'npm', licenses))),
    );
    expect(stats.licenses).toEqual(expected);
  });

  it('lists at most topLicenses licenses but counts all of them', () => {
    const packages = Array.from({ length: 15 }, (_, i) =>
      pkg(`p${i}`, 'npm', [`LicenseRef-${String(i).padStart(2, '0')}`]),
    );
    const stats = computeSbomStats(sbom(packages), { topLicenses: 10 });
    expect(stats.licenses.top).toHaveLength(10);
    expect(stats.licenses.top[0]).toEqual({ license: 'LicenseRef-00', count: 1 });
    expect(stats.licenses.distinct).toBe(15);
  });

  it('an empty SBOM has no rows', () => {
    expect(computeSbomStats(sbom([]))).toEqual({
      componentCount: 0,
      byEcosystem: [],
      licenses: { top: [], distinct: 0, withoutLicense: 0 },
    });
  });
});
