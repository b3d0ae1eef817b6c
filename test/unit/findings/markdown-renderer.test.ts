import { describe, expect, it } from '@jest/globals';
import { evaluateGate, groupThousands, renderMarkdownSummary, type Finding, type Severity } from '@scs/findings';
import { finding, fixtureReport, report } from './helpers.js';

function rowsMatching(markdown: string, pattern: RegExp): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|') && pattern.test(line));
}

describe('renderMarkdownSummary on real reports', () => {
  it('renders header, gate, severity table and one open block per target', () => {
    const scan = fixtureReport('alpine-39.json.golden');
    const gate = evaluateGate(scan.findings, { failOn: 'high', onlyFixed: true });
    const markdown = renderMarkdownSummary(scan, { gate, toolVersion: '0.75.0' }).markdown;
    expect(markdown).toMatch(/^## Trivy scan: <code>testdata\/fixtures\/images\/alpine-39\.tar\.gz<\/code>\n\n/);
    // escapeMarkdown escapes a leading "0." (it could start a list); GitHub renders 0.75.0.
    expect(markdown).toContain('Trivy 0.75.0 · container image · 1 target\n');
    expect(markdown).toContain(
      '**Gate: ❌ failed**: 2 findings at or above HIGH (2 critical; `fail-on: high`, `only-fixed: true`)',
    );
    expect(markdown).toContain('| Severity | Vulnerabilities | Misconfigurations | Secrets | Licenses | Total |');
    expect(markdown).toContain('| 🟥 Critical | 2 | 0 | 0 | 0 | **2** |');
    expect(markdown).toContain('| 🟨 Medium | 4 | 0 | 0 | 0 | **4** |');
    expect(markdown).toContain('| **Total** | **6** | **0** | **0** | **0** | **6** |');
    expect(markdown).toContain(
      '<details open><summary><b>testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)</b> <i>(alpine)</i>: 6 findings (2 critical, 4 medium)</summary>',
    );
    // Tripped findings are bold; links go to the advisory.
    expect(markdown).toContain(
      '| **🟥 CRITICAL** | [CVE-2019-14697](https://avd.aquasec.com/nvd/cve-2019-14697) | <code>musl</code> | <code>1.1.20-r4</code> → <code>1.1.20-r5</code> |',
    );
    expect(rowsMatching(markdown, /CVE-2019/)).toHaveLength(6);
    expect(markdown).not.toContain('[!NOTE]');
  });

  it('collapses long targets and shows misconfiguration locations', () => {
    const markdown = renderMarkdownSummary(fixtureReport('helm.json.golden')).markdown;
    expect(markdown).toContain(
      '<details><summary><b>testchart.tar.gz:templates/pod.yaml</b> <i>(helm)</i>: 18 findings (3 high, 4 medium, 11 low)</summary>',
    );
    expect(rowsMatching(markdown, /KSV/)).toHaveLength(18);
    const config = renderMarkdownSummary(fixtureReport('trivy-action__config-scan__report.json')).markdown;
    expect(config).toMatch(
      /\| \[AWS-0090\]\(https:\/\/avd\.aquasec\.com\/misconfig\/aws-0090\) \| <code>main\.tf:16<\/code> \|/,
    );
    expect(config).toMatch(/<code>main\.tf:8-10<\/code>/);
  });

  it('orders targets most severe first', () => {
    const scan = report([
      finding({ target: 'a/package-lock.json', severity: 'low' }),
      finding({ target: 'b/package-lock.json', severity: 'critical' }),
      finding({ target: 'c/package-lock.json', severity: 'medium' }),
    ]);
    const markdown = renderMarkdownSummary(scan).markdown;
    const order = [...markdown.matchAll(/<summary><b>([^<]+)<\/b>/g)].map((m) => m[1]);
    expect(order).toEqual(['b/package-lock.json', 'c/package-lock.json', 'a/package-lock.json']);
  });

  it('says when there is nothing to report', () => {
    const { markdown } = renderMarkdownSummary(fixtureReport('test-repo.json.golden'), {
      gate: evaluateGate([], { failOn: 'high', onlyFixed: false }),
    });
    expect(renderMarkdownSummary(report([], { targets: ['a', 'b'] })).markdown).toContain(
      '✅ No findings in 2 scanned targets.',
    );
    expect(markdown).toContain('**Gate: ✅ passed**: no findings at or above HIGH (`fail-on: high`)');
  });
});

describe('renderMarkdownSummary with hostile reports', () => {
  const hostile: Finding = finding({
    id: 'CVE-1|x</details>',
    title: '<script>alert(1)</script> | <details open> ::error::x\n::set-output name=a::b \u202Eevil\u200B',
    packageName: 'pkg|`name`\n# heading',
    packageVersion: '1.0|0',
    fixedVersion: '<img src=x>',
    primaryUrl: 'javascript:alert(1)',
    target: '</summary></details><script>t</script>\n\n# x',
  });

  it('keeps every value in its cell and inert', () => {
    const markdown = renderMarkdownSummary(report([hostile], { artifactName: 'img<script>|x' })).markdown;
    expect(markdown).not.toMatch(/<script|<img|<\/details><script/i);
    expect(markdown).toContain('&lt;details open&gt;');
    expect(markdown).not.toMatch(/[\u202E\u200B]/);
    expect(markdown).not.toMatch(/^::/m);
    expect(markdown).not.toMatch(/^# /m);
    expect(markdown).not.toContain('javascript:');
    expect(markdown.match(/<details/g)).toHaveLength(1);
    expect(markdown.match(/<\/details>/g)).toHaveLength(1);
    const [row] = rowsMatching(markdown, /CVE/);
    expect(row?.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(6);
  });

  it('caps a 1 MB value', () => {
    const markdown = renderMarkdownSummary(
      report([finding({ title: 'T'.repeat(1024 * 1024), target: 'x'.repeat(1024 * 1024) })]),
    ).markdown;
    expect(Buffer.byteLength(markdown)).toBeLessThan(5_000);
  });
});

describe('renderMarkdownSummary budget', () => {
  it('stays under 1,000,000 bytes with 100,000 findings and announces the cut', () => {
    const severities: Severity[] = ['critical', 'high', 'medium', 'low', 'unknown'];
    const findings = Array.from({ length: 100_000 }, (_, i) =>
      finding({
        id: `CVE-2099-${String(i).padStart(6, '0')}`,
        severity: severities[i % 5] as Severity,
        packageName: `package-${i}`,
        title: `A fairly long vulnerability title number ${i} with | pipes and <tags>`,
        primaryUrl: `https://avd.aquasec.com/nvd/cve-2099-${i}`,
        target: `services/s${i % 40}/package-lock.json`,
      }),
    );
    const result = renderMarkdownSummary(report(findings));
    expect(result.bytes).toBeLessThanOrEqual(1_000_000);
    expect(result.truncated).toBe(true);
    const shown = rowsMatching(result.markdown, /CVE-2099/).length;
    expect(shown).toBeGreaterThan(1_000);
    expect(result.omitted.items).toBe(100_000 - shown);
    expect(result.markdown).toMatch(
      new RegExp(
        `${(100_000 - shown).toLocaleString('en-US')} findings not shown; see the SARIF and JSON reports\\.\\n$`,
      ),
    );
    // The severity table still counts everything.
    expect(result.markdown).toContain('| **Total** | **100000** | **0** | **0** | **0** | **100000** |');
    expect(result.markdown.match(/<details/g)?.length).toBe(result.markdown.match(/<\/details>/g)?.length);
  }, 60_000);
});

describe('groupThousands', () => {
  it('prints integers exactly as toLocaleString("en-US") does', () => {
    const samples = [
      0,
      1,
      -1,
      7,
      999,
      1000,
      -1000,
      1001,
      12_345,
      999_999,
      1_000_000,
      25_000,
      100_000,
      1_234_567_890,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
    ];
    for (let n = 1; n < 1e15; n = n * 7 + 3) samples.push(n);
    for (const n of samples) expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
  });

  it('falls back to toLocaleString for what is not a safe integer', () => {
    expect(groupThousands(1234.5678)).toBe((1234.5678).toLocaleString('en-US'));
    expect(groupThousands(2 ** 60)).toBe((2 ** 60).toLocaleString('en-US'));
  });
});
