import { describe, expect, it } from '@jest/globals';
import { renderSbomSummary, type SummaryData } from '../../../actions/sbom/src/sbom-summary.js';

function data(overrides: Partial<SummaryData> = {}): SummaryData {
  return {
    generator: { name: 'Syft', version: '1.54.1' },
    target: { input: 'image', value: 'ghcr.io/octo-org/app:1.0' },
    subject: { kind: 'image', name: 'ghcr.io/octo-org/app:1.0', digest: `sha256:${'ab'.repeat(32)}` },
    documents: [{ format: 'cyclonedx-json', file: 'app-1.0.cdx.json', sha256: 'cd'.repeat(32), bytes: 2048 }],
    stats: {
      componentCount: 3,
      byEcosystem: [
        { ecosystem: 'npm', count: 2 },
        { ecosystem: 'apk', count: 1 },
      ],
      licenses: { top: [{ license: 'MIT', count: 2 }], distinct: 1, withoutLicense: 1 },
    },
    artifact: {
      state: 'done',
      name: 'sbom-app-1.0-build',
      id: 7,
      url: 'https://github.com/octo-org/app/actions/runs/42/artifacts/7',
    },
    release: { state: 'off' },
    snapshot: { state: 'skipped', reason: 'fork' },
    ...overrides,
  };
}

describe('renderSbomSummary', () => {
  it('reads as a report: target and digest, files, destinations, ecosystems, licenses', () => {
    expect(renderSbomSummary(data())).toBe(
      [
        '## SBOM of <code>ghcr.io/octo-org/app:1.0</code>',
        '',
        '| &nbsp; | &nbsp; |',
        '| --- | --- |',
        '| Target (`image`) | <code>ghcr.io/octo-org/app:1.0</code> |',
        `| Image digest | <code>sha256:${'ab'.repeat(32)}</code> |`,
        '| Generator | Syft <code>1.54.1</code> |',
        '| Components | 3 |',
        '',
        '| Format | File | SHA-256 | Size |',
        '| --- | --- | --- | ---: |',
        `| cyclonedx-json | <code>app-1.0.cdx.json</code> | <code>${'cd'.repeat(32)}</code> | 2.0 KiB |`,
        '',
        '### Where the SBOM went',
        '',
        '- **Files:** on the runner, listed above (output `sbom-files`)',
        '- **Artifact:** [<code>sbom-app-1.0-build</code>](https://github.com/octo-org/app/actions/runs/42/artifacts/7) (ID 7)',
        '- **Dependency snapshot:** not done — fork',
        '',
        '### Components by ecosystem',
        '',
        '| Ecosystem | Components |',
        '| --- | ---: |',
        '| npm | 2 |',
        '| apk | 1 |',
        '',
        '### Licenses',
        '',
        '1 distinct license value(s); 1 of 3 component(s) state no license (unknown or none).',
        '',
        '| Top 1 licenses | Components |',
        '| --- | ---: |',
        '| MIT | 2 |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('escapes what the SBOM and the tools say', () => {
    const markdown = renderSbomSummary(
      data({
        stats: {
          componentCount: 1,
          byEcosystem: [{ ecosystem: 'npm|<img src=x onerror=alert(1)>', count: 1 }],
          licenses: {
            top: [{ license: '[click](javascript:alert(1)) | x', count: 1 }],
            distinct: 1,
            withoutLicense: 0,
          },
        },
        snapshot: { state: 'failed', reason: '<script>alert(1)</script>\n# heading' },
      }),
    );
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('](javascript:');
    expect(markdown).toContain('| npm&#124;&lt;img src=x onerror=alert(1)&gt; | 1 |');
    expect(markdown).toContain('| &#91;click&#93;(javascript:alert(1)) &#124; x | 1 |');
    expect(markdown).toContain(':x: **Dependency snapshot:** failed — &lt;script&gt;alert(1)&lt;/script&gt; # heading');
  });

  it('stays within a small budget, saying what was left out', () => {
    const ecosystems = Array.from({ length: 500 }, (_, i) => ({ ecosystem: `eco-${i}`, count: 1 }));
    const markdown = renderSbomSummary(
      data({
        stats: {
          componentCount: 500,
          byEcosystem: ecosystems,
          licenses: { top: [], distinct: 0, withoutLicense: 500 },
        },
      }),
      {
        budgetBytes: 6000,
      },
    );
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(6000);
    expect(markdown).toMatch(
      /This summary was cut to stay within GitHub's 1 MiB step-summary limit: \d+ rows not shown; see the SBOM files\./,
    );
  });
});
