import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import {
  applyVex,
  packageUrlMatches,
  parseGrypeReport,
  parseVexDocument,
  vexArtifactOf,
  vexDocumentFromJson,
  type Finding,
  type VexDocument,
} from '@scs/findings';
import { FIXTURES, finding } from './helpers.js';

function vexFile(name: string): VexDocument {
  const file = path.join(FIXTURES, 'vex', name);
  return parseVexDocument(fs.readFileSync(file), { source: name });
}

function grypeFixture(name: string) {
  return parseGrypeReport(fs.readFileSync(path.join(FIXTURES, 'grype', name)), { source: name });
}

/** A v0.2.0 document with the given statements. */
function doc(statements: unknown[], extra: Record<string, unknown> = {}, source = 'vex.json'): VexDocument {
  return vexDocumentFromJson(
    {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://vex.example.com/doc',
      author: 'tests',
      timestamp: '2024-01-01T00:00:00Z',
      version: 1,
      statements,
      ...extra,
    },
    { source },
  );
}

function notAffected(
  vulnerability: unknown,
  products?: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    vulnerability,
    ...(products ? { products } : {}),
    status: 'not_affected',
    justification: 'vulnerable_code_not_present',
    ...extra,
  };
}

const IMAGE = 'ghcr.io/org/app:1.0';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER_DIGEST = `sha256:${'b'.repeat(64)}`;
const artifact = { artifactName: IMAGE, artifactDigest: `ghcr.io/org/app@${DIGEST}` };

const lodash = finding({
  id: 'CVE-2021-23337',
  aliases: ['GHSA-35jh-r3h4-6jhm'],
  packageName: 'lodash',
  packageVersion: '4.17.20',
  purl: 'pkg:npm/lodash@4.17.20',
});
const openssl = finding({
  id: 'CVE-2023-0286',
  packageName: 'libssl3',
  packageVersion: '3.0.7-r0',
  purl: 'pkg:apk/alpine/libssl3@3.0.7-r0?arch=x86_64&distro=alpine-3.17.1',
  target: 'alpine 3.17.1',
});
const scoped = finding({
  id: 'CVE-2023-45133',
  packageName: '@babel/traverse',
  packageVersion: '7.22.0',
  purl: 'pkg:npm/%40babel/traverse@7.22.0',
});
const noPurl = finding({ id: 'CVE-2021-23337', purl: undefined, packageName: 'lodash' });

describe('applyVex: which statements suppress which findings', () => {
  it.each<[string, unknown, Finding, boolean]>([
    ['no products: applies to everything scanned', notAffected({ name: 'CVE-2021-23337' }), lodash, true],
    ['id matches case-insensitively', notAffected({ name: 'cve-2021-23337' }), lodash, true],
    [
      "statement's id is one of the finding's aliases (GHSA)",
      notAffected({ name: 'GHSA-35jh-r3h4-6jhm' }),
      lodash,
      true,
    ],
    [
      "finding's id is one of the statement's aliases",
      notAffected({ name: 'GHSA-xxxx-yyyy-zzzz', aliases: ['CVE-2021-23337'] }),
      noPurl,
      true,
    ],
    ['other vulnerability', notAffected({ name: 'CVE-2021-23338' }), lodash, false],
    [
      'purl without version covers every version',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:npm/lodash' }]),
      lodash,
      true,
    ],
    [
      'purl with the same version',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:npm/lodash@4.17.20' }]),
      lodash,
      true,
    ],
    [
      'purl with another version',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:npm/lodash@4.17.21' }]),
      lodash,
      false,
    ],
    [
      'purl of another package',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:npm/underscore' }]),
      lodash,
      false,
    ],
    ['purl of another type', notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:pypi/lodash' }]), lodash, false],
    [
      'purl in identifiers.purl',
      notAffected({ name: 'CVE-2021-23337' }, [{ identifiers: { purl: 'pkg:npm/lodash' } }]),
      lodash,
      true,
    ],
    [
      'purl without qualifiers ignores the finding qualifiers',
      notAffected({ name: 'CVE-2023-0286' }, [{ '@id': 'pkg:apk/alpine/libssl3' }]),
      openssl,
      true,
    ],
    [
      'purl with a matching qualifier',
      notAffected({ name: 'CVE-2023-0286' }, [{ '@id': 'pkg:apk/alpine/libssl3?arch=x86_64' }]),
      openssl,
      true,
    ],
    [
      'purl with another arch',
      notAffected({ name: 'CVE-2023-0286' }, [{ '@id': 'pkg:apk/alpine/libssl3?arch=aarch64' }]),
      openssl,
      false,
    ],
    [
      'purl of another namespace (distro)',
      notAffected({ name: 'CVE-2023-0286' }, [{ '@id': 'pkg:apk/wolfi/libssl3' }]),
      openssl,
      false,
    ],
    [
      'scoped npm name, encoded either way',
      notAffected({ name: 'CVE-2023-45133' }, [{ '@id': 'pkg:npm/@babel/traverse' }]),
      scoped,
      true,
    ],
    [
      'finding without purl, purl product',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:npm/lodash' }]),
      noPurl,
      false,
    ],
    [
      'cpe-only product never matches',
      notAffected({ name: 'CVE-2021-23337' }, [
        { identifiers: { cpe23: 'cpe:2.3:a:lodash:lodash:*:*:*:*:*:node.js:*:*' } },
      ]),
      lodash,
      false,
    ],
    // Images: the product is the scanned artifact.
    [
      'image reference with the digest',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': `ghcr.io/org/app@${DIGEST}` }]),
      lodash,
      true,
    ],
    [
      'image reference with another digest',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': `ghcr.io/org/app@${OTHER_DIGEST}` }]),
      lodash,
      false,
    ],
    ['bare digest', notAffected({ name: 'CVE-2021-23337' }, [{ '@id': DIGEST }]), lodash, true],
    [
      'hashes.sha-256',
      notAffected({ name: 'CVE-2021-23337' }, [{ hashes: { 'sha-256': 'a'.repeat(64) } }]),
      lodash,
      true,
    ],
    [
      'OCI purl with the digest',
      notAffected({ name: 'CVE-2021-23337' }, [
        { '@id': `pkg:oci/app@sha256%3A${'a'.repeat(64)}?repository_url=ghcr.io/org/app` },
      ]),
      lodash,
      true,
    ],
    [
      'OCI purl by repository and tag',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:oci/app?repository_url=ghcr.io/org/app&tag=1.0' }]),
      lodash,
      true,
    ],
    [
      'OCI purl by repository, other tag',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:oci/app?repository_url=ghcr.io/org/app&tag=2.0' }]),
      lodash,
      false,
    ],
    ['repository without tag', notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'ghcr.io/org/app' }]), lodash, true],
    [
      'repository with the tag',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'ghcr.io/org/app:1.0' }]),
      lodash,
      true,
    ],
    [
      'repository with another tag',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'ghcr.io/org/app:0.9' }]),
      lodash,
      false,
    ],
    ['another repository', notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'ghcr.io/org/other' }]), lodash, false],
    [
      'image with a matching subcomponent',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': DIGEST, subcomponents: [{ '@id': 'pkg:npm/lodash' }] }]),
      lodash,
      true,
    ],
    [
      'image with other subcomponents only',
      notAffected({ name: 'CVE-2021-23337' }, [{ '@id': DIGEST, subcomponents: [{ '@id': 'pkg:npm/underscore' }] }]),
      lodash,
      false,
    ],
    // Statuses.
    ['fixed suppresses', { vulnerability: { name: 'CVE-2021-23337' }, status: 'fixed' }, lodash, true],
    [
      'affected never suppresses',
      { vulnerability: { name: 'CVE-2021-23337' }, status: 'affected', action_statement: 'Upgrade.' },
      lodash,
      false,
    ],
    [
      'under_investigation never suppresses',
      { vulnerability: { name: 'CVE-2021-23337' }, status: 'under_investigation' },
      lodash,
      false,
    ],
  ])('%s', (_name, statement, target, suppressed) => {
    const result = applyVex([target], [doc([statement])], artifact);
    expect(result.suppressed.map((s) => s.finding)).toEqual(suppressed ? [target] : []);
    expect(result.kept).toEqual(suppressed ? [] : [target]);
  });

  it('matches docker.io images however the reference is written', () => {
    const hub = { artifactName: `docker.io/library/nginx:1.25@${DIGEST}` };
    for (const id of [
      'nginx',
      'nginx:1.25',
      'library/nginx:1.25',
      'index.docker.io/library/nginx',
      `nginx@${DIGEST}`,
    ]) {
      expect(
        applyVex([lodash], [doc([notAffected({ name: 'CVE-2021-23337' }, [{ '@id': id }])])], hub).suppressed,
      ).toHaveLength(1);
    }
    expect(
      applyVex([lodash], [doc([notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'nginx:1.24' }])])], hub).suppressed,
    ).toHaveLength(0);
    // Without artifact information, image products match nothing.
    expect(
      applyVex([lodash], [doc([notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'ghcr.io/org/app' }])])]).suppressed,
    ).toHaveLength(0);
  });

  it('latest statement wins, by statement time, else document time, else reading order', () => {
    const early = { ...notAffected({ name: 'CVE-2021-23337' }), timestamp: '2024-01-01T00:00:00Z' };
    const late = { vulnerability: { name: 'CVE-2021-23337' }, status: 'affected', timestamp: '2024-02-01T00:00:00Z' };
    expect(applyVex([lodash], [doc([early, late])]).kept).toEqual([lodash]);
    expect(applyVex([lodash], [doc([late, early])]).kept).toEqual([lodash]);
    const laterNotAffected = { ...early, timestamp: '2024-03-01T00:00:00+01:00' };
    expect(applyVex([lodash], [doc([late, laterNotAffected])]).suppressed).toHaveLength(1);

    // Statements inherit their document's timestamp.
    const oldDoc = doc([{ vulnerability: { name: 'CVE-2021-23337' }, status: 'affected' }], {
      timestamp: '2023-01-01T00:00:00Z',
    });
    const newDoc = doc([notAffected({ name: 'CVE-2021-23337' })], { timestamp: '2023-06-01T00:00:00Z' });
    expect(applyVex([lodash], [newDoc, oldDoc]).suppressed).toHaveLength(1);
    expect(applyVex([lodash], [oldDoc, newDoc]).suppressed).toHaveLength(1);

    // Same time: the one read last.
    const sameA = doc([{ vulnerability: { name: 'CVE-2021-23337' }, status: 'affected' }]);
    const sameB = doc([notAffected({ name: 'CVE-2021-23337' })]);
    expect(applyVex([lodash], [sameA, sameB]).suppressed).toHaveLength(1);
    expect(applyVex([lodash], [sameB, sameA]).suppressed).toHaveLength(0);
  });

  it('a statement that does not apply to the product does not override one that does', () => {
    const statements = [
      { ...notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:npm/lodash' }]), timestamp: '2024-01-01T00:00:00Z' },
      {
        vulnerability: { name: 'CVE-2021-23337' },
        products: [{ '@id': 'pkg:npm/underscore' }],
        status: 'affected',
        timestamp: '2024-05-01T00:00:00Z',
      },
    ];
    expect(applyVex([lodash], [doc(statements)]).suppressed).toHaveLength(1);
  });

  it('reports the suppressing statement, keeps order, and leaves other findings alone', () => {
    const other = finding({ id: 'CVE-2099-0002' });
    const result = applyVex(
      [other, lodash, openssl],
      [
        doc(
          [
            notAffected({ name: 'CVE-2021-23337' }, [{ '@id': 'pkg:npm/lodash' }], {
              impact_statement: 'Only used at build time.',
            }),
          ],
          {},
          'security/app.openvex.json',
        ),
      ],
    );
    expect(result.kept).toEqual([other, openssl]);
    expect(result.suppressed).toEqual([
      {
        finding: lodash,
        statement: {
          status: 'not_affected',
          justification: 'vulnerable_code_not_present',
          impactStatement: 'Only used at build time.',
          vulnerability: 'CVE-2021-23337',
          products: ['pkg:npm/lodash'],
          timestamp: '2024-01-01T00:00:00Z',
          source: 'security/app.openvex.json',
        },
      },
    ]);
    expect(applyVex([], [doc([])])).toEqual({ kept: [], suppressed: [] });
    expect(applyVex([lodash], []).kept).toEqual([lodash]);
  });

  it('packageUrlMatches compares type, namespace, name; version, qualifiers and subpath only when the pattern has them', () => {
    expect(
      packageUrlMatches(
        'pkg:maven/org.apache.logging.log4j/log4j-core',
        'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      ),
    ).toBe(true);
    expect(
      packageUrlMatches(
        'pkg:maven/org.apache.logging.log4j/log4j-api',
        'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      ),
    ).toBe(false);
    expect(packageUrlMatches('pkg:golang/golang.org/x/net@v0.7.0', 'pkg:golang/golang.org/x/net@v0.7.0')).toBe(true);
    expect(packageUrlMatches('pkg:golang/golang.org/x/net#html', 'pkg:golang/golang.org/x/net@v0.7.0')).toBe(false);
    expect(packageUrlMatches('PKG:NPM/lodash', 'pkg:npm/lodash@1')).toBe(true);
    expect(packageUrlMatches('not a purl', 'pkg:npm/lodash@1')).toBe(false);
    expect(packageUrlMatches('pkg:npm/lodash', undefined)).toBe(false);
    expect(packageUrlMatches('pkg:', 'pkg:npm/lodash@1')).toBe(false);
  });
});

describe('applyVex on real Grype reports (the same code runs for Trivy reports)', () => {
  it('keycloak: an image product with subcomponents; a later under_investigation brings one back', () => {
    const report = grypeFixture('keycloak-test.json');
    const result = applyVex(report.findings, [vexFile('keycloak.openvex.json')], vexArtifactOf(report));
    expect(result.suppressed.map((s) => s.finding.packageName)).toEqual(['nspr', 'nss']);
    expect(result.kept.map((f) => f.packageName)).toEqual([
      'nss-softokn',
      'nss-softokn-freebl',
      'nss-sysinit',
      'nss-util',
    ]);
    expect(result.suppressed[0]?.statement).toMatchObject({
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      source: 'keycloak.openvex.json',
      timestamp: '2023-09-01T10:00:00Z',
    });
  });

  it('chainguard ruby: a v0.0.1 document; the CVE suppresses the GHSA finding that aliases it', () => {
    const report = grypeFixture('chainguard-ruby-test.json');
    const result = applyVex(report.findings, [vexFile('ruby-uri.v0.0.1.openvex.json')], vexArtifactOf(report));
    expect(result.suppressed.map((s) => [s.finding.id, s.finding.packageName])).toEqual([
      ['CVE-2023-28755', 'uri'],
      ['GHSA-hv5j-3h9f-99c2', 'uri'],
    ]);
    expect(result.kept.map((f) => [f.id, f.packageName])).toEqual([['CVE-2023-28755', 'ruby-3.0']]);
  });
});

describe('parseVexDocument', () => {
  it('reads v0.2.0 and v0.0.1 documents', () => {
    const v2 = vexFile('keycloak.openvex.json');
    expect(v2).toMatchObject({
      source: 'keycloak.openvex.json',
      id: 'https://vex.example.com/keycloak/2023-09-01',
      timestamp: '2023-09-01T10:00:00Z',
    });
    expect(v2.statements).toHaveLength(2);
    expect(v2.statements[0]?.products[0]?.subcomponents.map((s) => s.identifiers)).toEqual([
      ['pkg:rpm/rhel/nss'],
      ['pkg:rpm/rhel/nss-util'],
      ['pkg:rpm/rhel/nspr@4.34.0-17.el9_1?arch=x86_64'],
    ]);
    expect(v2.statements[1]?.timestamp).toBe('2023-09-02T10:00:00Z');

    const v1 = vexFile('ruby-uri.v0.0.1.openvex.json');
    expect(v1.statements).toEqual([
      {
        vulnerability: 'CVE-2023-28755',
        aliases: [],
        status: 'not_affected',
        justification: 'vulnerable_code_not_present',
        impactStatement: 'The bundled uri gem is never loaded by the application.',
        timestamp: '2023-05-18T00:00:00Z',
        products: [{ identifiers: ['pkg:gem/uri'], subcomponents: [] }],
      },
    ]);
  });

  it.each(['https://openvex.dev/ns', 'https://openvex.dev/ns/v0.0.1', 'https://openvex.dev/ns/v0.2.0'])(
    'accepts @context %s',
    (context) => {
      expect(doc([], { '@context': context }).statements).toEqual([]);
    },
  );

  it('accepts bytes with a BOM, and v0.0.x statement-level subcomponents', () => {
    const text = `\uFEFF${JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.0.1',
      timestamp: '2023-01-01T00:00:00Z',
      statements: [{ vulnerability: 'CVE-2021-23337', subcomponents: ['pkg:npm/lodash'], status: 'fixed' }],
    })}`;
    const parsed = parseVexDocument(Buffer.from(text), { source: 'v1.json' });
    expect(applyVex([lodash, openssl], [parsed]).kept).toEqual([openssl]);
    expect(applyVex([noPurl], [parsed]).kept).toEqual([noPurl]);
  });

  const bad: [string, unknown, RegExp][] = [
    ['an array', [], /expected a JSON object, got an array/],
    [
      'no @context',
      { statements: [] },
      /not an OpenVEX document: it has no @context; expected "https:\/\/openvex\.dev\/ns\/v0\.2\.0"/,
    ],
    [
      'another @context',
      { '@context': 'https://example.com/ns', statements: [] },
      /not an OpenVEX document: it has @context 'https:\/\/example\.com\/ns'/,
    ],
    [
      'CSAF',
      { document: { category: 'csaf_vex' }, vulnerabilities: [] },
      /It looks like CSAF VEX; convert it to OpenVEX/,
    ],
    ['CycloneDX', { bomFormat: 'CycloneDX', vulnerabilities: [] }, /It looks like CycloneDX/],
    ['no statements', { '@context': 'https://openvex.dev/ns/v0.2.0' }, /has no `statements` array/],
    [
      'a bad document timestamp',
      { '@context': 'https://openvex.dev/ns/v0.2.0', timestamp: 'yesterday', statements: [] },
      /the document has an invalid timestamp 'yesterday'/,
    ],
  ];
  it.each(bad)('rejects %s, naming the file', (_name, data, message) => {
    expect(() => vexDocumentFromJson(data, { source: '.vex/app.json' })).toThrow(ConfigurationError);
    expect(() => vexDocumentFromJson(data, { source: '.vex/app.json' })).toThrow(/^VEX document \.vex\/app\.json: /);
    expect(() => vexDocumentFromJson(data, { source: '.vex/app.json' })).toThrow(message);
  });

  const badStatements: [string, unknown, RegExp][] = [
    ['not an object', 'CVE-1', /statement 1 must be an object/],
    ['no vulnerability', { status: 'fixed' }, /statement 1 has no vulnerability name/],
    [
      'an empty vulnerability name',
      { vulnerability: { name: ' ' }, status: 'fixed' },
      /statement 1 has no vulnerability name/,
    ],
    [
      'aliases not an array',
      { vulnerability: { name: 'CVE-1', aliases: 'CVE-2' }, status: 'fixed' },
      /vulnerability\.aliases must be an array/,
    ],
    [
      'an unknown status',
      { vulnerability: { name: 'CVE-1' }, status: 'resolved' },
      /statement 1 \(CVE-1\): status 'resolved' is not one of not_affected, affected, fixed, under_investigation/,
    ],
    [
      'not_affected without justification',
      { vulnerability: { name: 'CVE-1' }, status: 'not_affected' },
      /needs a justification or an impact_statement/,
    ],
    [
      'an unknown justification',
      { vulnerability: { name: 'CVE-1' }, status: 'not_affected', justification: 'trust_me' },
      /justification 'trust_me' is not one of component_not_present/,
    ],
    [
      'a bad statement timestamp',
      { vulnerability: { name: 'CVE-1' }, status: 'fixed', timestamp: 42 },
      /statement 1 has an invalid timestamp '42'/,
    ],
    [
      'products not an array',
      { vulnerability: { name: 'CVE-1' }, status: 'fixed', products: 'pkg:npm/x' },
      /products must be an array/,
    ],
    [
      'a product that identifies nothing',
      { vulnerability: { name: 'CVE-1' }, status: 'fixed', products: [{}] },
      /statement 1 product 1 identifies nothing/,
    ],
    [
      'a product of the wrong type',
      { vulnerability: { name: 'CVE-1' }, status: 'fixed', products: [7] },
      /statement 1 product 1 must be an object or a string/,
    ],
    [
      'bad subcomponents',
      { vulnerability: { name: 'CVE-1' }, status: 'fixed', products: [{ '@id': 'x/y', subcomponents: {} }] },
      /product 1 subcomponents must be an array/,
    ],
    [
      'a hostile name',
      { vulnerability: { name: 'CVE-1\n::error::x' }, status: 'bad' },
      /statement 1 \(CVE-1 ::error::x\): status 'bad'/,
    ],
  ];
  it.each(badStatements)('rejects a statement with %s', (_name, statement, message) => {
    expect(() => doc([statement], {}, 'vex.json')).toThrow(ConfigurationError);
    expect(() => doc([statement], {}, 'vex.json')).toThrow(message);
  });

  it('rejects empty files, invalid JSON and a bad status in a file', () => {
    expect(() => parseVexDocument('', { source: 'a.json' })).toThrow('VEX document a.json: the file is empty.');
    expect(() => parseVexDocument('{"@context": ', { source: 'a.json' })).toThrow(
      /^VEX document a\.json: not valid JSON: /,
    );
    expect(() => vexFile('bad-status.openvex.json')).toThrow(
      "VEX document bad-status.openvex.json: statement 2 (CVE-2024-0001): status 'resolved' is not one of not_affected, affected, fixed, under_investigation.",
    );
  });
});
