import { describe, expect, it } from '@jest/globals';
import { LOG_TABLE_BUDGET_BYTES, evaluateGate, renderLogTable, type Finding } from '@scs/findings';
import { finding, fixtureReport, report } from './helpers.js';

describe('renderLogTable on real reports', () => {
  it('prints one compact table per target, most severe first, marking what tripped the gate', () => {
    const scan = fixtureReport('alpine-39.json.golden');
    const gate = evaluateGate(scan.findings, { failOn: 'high', onlyFixed: true });
    const { text, shown, omitted } = renderLogTable(scan, { tripped: gate.tripped, failOn: 'high' });
    expect({ shown, omitted }).toEqual({ shown: 6, omitted: 0 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('6 findings (2 critical, 4 medium) in 1 target.');
    expect(lines[1]).toBe("* = at or above the gate's threshold (fail-on: high): 2 findings.");
    expect(lines).toContain(
      'Target: testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4) (alpine): 6 findings (2 critical, 4 medium)',
    );
    const header = lines.find((line) => line.includes('SEVERITY'))!;
    expect(header).toMatch(/^ {4}SEVERITY +ID +PACKAGE \/ LOCATION +INSTALLED +FIXED +TITLE$/);
    const rows = lines.filter((line) => /^ {2}[* ] (CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN) /.test(line));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^ {2}\* CRITICAL +CVE-2019-14697 +musl +1\.1\.20-r4 +1\.1\.20-r5 +CVE-2019-14697$/);
    expect(rows.filter((row) => row.startsWith('  * '))).toHaveLength(2);
    expect(rows.slice(2).every((row) => row.startsWith('    MEDIUM '))).toBe(true);
    // Columns line up: every row's ID starts where the header's does.
    const idAt = header.indexOf('ID');
    expect(rows.every((row) => /^ \S/.test(row.slice(idAt - 1, idAt + 1)))).toBe(true);
  });

  it('shows misconfiguration locations and messages', () => {
    const { text } = renderLogTable(fixtureReport('trivy-action__config-scan__report.json'));
    expect(text).toMatch(/\n {4}(HIGH|MEDIUM|LOW|CRITICAL) +AWS-0090 +main\.tf:16 {2,}.*: /);
    // No versions in a configuration file: those columns are left out.
    expect(text).toMatch(/\n {4}SEVERITY +ID +PACKAGE \/ LOCATION +TITLE\n/);
    expect(text).not.toContain('INSTALLED');
  });

  it('says so when there is nothing', () => {
    expect(renderLogTable(report([], { targets: ['a', 'b'] })).text).toBe('No findings in 2 scanned targets.');
  });
});

describe('renderLogTable on hostile report text', () => {
  it('keeps every cell on one line, bounded, with no command the runner would obey', () => {
    const evil = finding({
      id: 'CVE-1\n::set-output name=gate::pass',
      title: 'x\r\n::error::pwned ##[add-path]/tmp/evil \u202eevil\u200b text',
      packageName: `${'p'.repeat(500)}`,
      target: '::warning::target\nsecond line',
    });
    const { text } = renderLogTable(report([evil]));
    const lines = text.split('\n');
    expect(lines.some((line) => /^\s*::/.test(line))).toBe(false);
    expect(text).not.toContain('##[');
    expect(text).not.toMatch(/[\u202e\u200b\r]/);
    expect(lines.filter((line) => line.includes('CVE-1')).length).toBe(1);
    expect(text).toContain('Target: ::warning::target second line: 1 finding (1 high)');
    expect(text).toContain(`${'p'.repeat(39)}…`);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(260);
  });

  it('stays within its budget, cut at a row boundary, and says how many were left out and where they are', () => {
    const many: Finding[] = Array.from({ length: 20_000 }, (_, i) =>
      finding({ id: `CVE-2099-${String(i).padStart(5, '0')}`, target: `lock-${i % 7}.json`, title: 'T'.repeat(200) }),
    );
    const { text, shown, omitted } = renderLogTable(report(many), { seeAlso: 'report.sarif and report.json in out/' });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(LOG_TABLE_BUDGET_BYTES);
    expect(shown).toBeGreaterThan(100);
    expect(shown + omitted).toBe(20_000);
    const rows = text.split('\n').filter((line) => /^ {4}HIGH /.test(line));
    expect(rows).toHaveLength(shown);
    expect(
      text.endsWith(
        `… ${omitted} more findings not shown (log budget 256 KiB); the full list is in report.sarif and report.json in out/.`,
      ),
    ).toBe(true);

    const tiny = renderLogTable(report(many), { budgetBytes: 2_000 });
    expect(Buffer.byteLength(tiny.text)).toBeLessThanOrEqual(2_000);
    expect(tiny.shown + tiny.omitted).toBe(20_000);
  });
});
