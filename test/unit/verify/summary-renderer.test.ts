import { describe, expect, it } from '@jest/globals';
import { evaluateSubject, type BundleVerification } from '@scs/verification';
import { renderSummary } from '../../../actions/verify/src/summary-renderer.js';
import { bundleEntry } from '../../../actions/verify/src/results.js';

const HOSTILE =
  'https://github.com/x/y/.github/workflows/a.yml@refs/heads/<img src=x onerror=alert(1)>|**bold**|[link](javascript:alert(1))';

function bundle(overrides: Partial<BundleVerification> = {}): BundleVerification {
  return {
    origin: { source: 'referrers', location: 'reg/app@sha256:1' },
    type: 'dsse',
    predicateType: 'https://slsa.dev/provenance/v1',
    identity: {
      notBefore: '',
      notAfter: '',
      subjectAlternativeName: HOSTILE,
      issuer: 'https://token.actions.githubusercontent.com',
    },
    logEntry: { logIndex: '7', logId: 'x', url: 'javascript:alert(1)' },
    timestamps: ['2026-11-26T00:00:00.000Z'],
    signedAt: '2026-11-26T00:00:00.000Z',
    verified: true,
    reasons: [],
    ...overrides,
  };
}

describe('verify summary', () => {
  it('escapes everything that comes from bundles and certificates', () => {
    const subject = { kind: 'image' as const, digest: `sha256:${'a'.repeat(64)}`, name: 'reg/app' };
    const verdict = evaluateSubject(
      subject,
      [bundle(), bundle({ verified: false, reasons: ['signature: <script>x</script>'] })],
      {
        signerRefs: [],
        requireAttestations: [],
        sourceRepository: 'octo-org/app',
      },
    );
    const markdown = renderSummary({
      verdicts: [verdict],
      sourceProblems: new Map([[verdict.label, ['registry said <b>no</b>']]]),
      sourceNotes: new Map(),
      trustSource: 'file',
      policyWarnings: [],
      policyLines: ['source repository = octo-org/app'],
      exportFiles: {},
    });
    expect(markdown).not.toMatch(/<img|<script|<b>no|\]\(javascript:/);
    expect(markdown).toContain(':x: policy failed');
    expect(markdown).toContain('#7'.replace('#', '&#35;'));
    // Each table row stays one row: no raw pipe from the identity.
    const rows = markdown.split('\n').filter((l) => l.startsWith('| referrers'));
    expect(rows).toHaveLength(2);
    for (const line of rows) {
      expect(line.split(/(?<!\\)\|/).length).toBe(9);
    }
    const entry = bundleEntry(verdict, verdict.outcomes[0]!);
    expect(entry.identity).toBe(HOSTILE); // the JSON output keeps the value; consumers escape it themselves
    expect(entry.reasons).toEqual(['source repository (absent) is not "octo-org/app"']);
  });
});

describe('results output', () => {
  it('stays under the output budget and says how many entries it left out', async () => {
    const { resultsOutput, MAX_RESULTS_OUTPUT_BYTES } = await import('../../../actions/verify/src/results.js');
    const subject = { kind: 'image' as const, digest: `sha256:${'a'.repeat(64)}`, name: 'reg/app' };
    const verdict = evaluateSubject(subject, [bundle({ reasons: ['x'.repeat(10_000)], verified: false })], {
      signerRefs: [],
      requireAttestations: [],
    });
    const entries = Array.from({ length: 100 }, () => bundleEntry(verdict, verdict.outcomes[0]!));
    const out = resultsOutput(entries);
    expect(Buffer.byteLength(out.json)).toBeLessThanOrEqual(MAX_RESULTS_OUTPUT_BYTES);
    expect(out.omitted).toBeGreaterThan(0);
    expect((JSON.parse(out.json) as unknown[]).length + out.omitted).toBe(100);
    expect(resultsOutput(entries.slice(0, 2))).toEqual({ json: JSON.stringify(entries.slice(0, 2)), omitted: 0 });
  });
});
