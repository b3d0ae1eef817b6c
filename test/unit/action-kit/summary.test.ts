import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  DEFAULT_SUMMARY_BUDGET_BYTES,
  STEP_SUMMARY_LIMIT_BYTES,
  SummaryBuilder,
  availableSummaryBytes,
  htmlText,
  md,
  truncateUtf8,
  utf8Bytes,
  writeJobSummary,
} from '@scs/action-kit';

const HOSTILE = [
  'a | b || c',
  '<script>alert(1)</script>',
  '</details><details open><summary>x</summary>',
  'line1\nline2\r\n| injected | row |\n\n# heading',
  'rtl \u202Egnp.exe\u202C zero\u200Bwidth \uFEFFbom',
  '::error::injected\n::set-output name=x::y',
  '[click](javascript:alert(1)) ![img](http://x/y.png) <img src=x onerror=alert(1)>',
];

/** Lines of the table rows in a Markdown string. */
function tableLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|'));
}

describe('SummaryBuilder escaping', () => {
  it('keeps hostile cell text inside its cell and inert', () => {
    const builder = new SummaryBuilder();
    builder.table({ headers: ['Name', 'Value'], rows: HOSTILE.map((h, i) => [`row ${i}`, h]) });
    const { markdown } = builder.build();
    const rows = tableLines(markdown);
    expect(rows).toHaveLength(2 + HOSTILE.length);
    for (const row of rows) {
      // Exactly three unescaped pipes per row: the two borders and the separator.
      expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(3);
    }
    expect(markdown).not.toMatch(/<script|<details|<\/details|<img/i);
    expect(markdown).toContain('&lt;script&gt;');
    expect(markdown).not.toMatch(/[\u202E\u202C\u200B\uFEFF]/);
    expect(markdown).not.toMatch(/^::/m);
    expect(markdown).not.toMatch(/^#/m);
    expect(markdown).not.toContain('](javascript:');
  });

  it('escapes headings, paragraphs, list items and details summaries', () => {
    const builder = new SummaryBuilder();
    builder.heading('# <b>x</b>\nnext', 3);
    builder.paragraph('**not bold** <script>');
    builder.list(['- item\n- injected', '<details>']);
    builder.details({ summary: '</summary></details><script>x</script>\n\nbreak', list: ['a'] });
    const { markdown } = builder.build();
    expect(markdown).toContain('### &#35; &lt;b&gt;x&lt;/b&gt; next\n');
    expect(markdown).toContain('&#42;&#42;not bold&#42;&#42; &lt;script&gt;');
    expect(markdown).toContain('- &#45; item - injected\n');
    expect(markdown).toContain(
      '<details><summary>&lt;/summary&gt;&lt;/details&gt;&lt;script&gt;x&lt;/script&gt;  break</summary>',
    );
    expect(markdown.match(/<details/g)).toHaveLength(1);
    expect(markdown.match(/<\/details>/g)).toHaveLength(1);
  });

  it('links only http(s) URLs, with destinations that cannot break the cell', () => {
    expect(md.link('CVE-1', 'https://example.com/a|b (c)').text).toBe('[CVE-1](https://example.com/a%7Cb%20%28c%29)');
    expect(md.link('x', 'javascript:alert(1)').text).toBe('x');
    expect(md.link('x', undefined).text).toBe('x');
    expect(md.code('a|b<c>').text).toBe('<code>a&#124;b&lt;c&gt;</code>');
  });

  it('caps one huge value', () => {
    const builder = new SummaryBuilder({ maxTextChars: 200 });
    builder.table({ headers: ['x'], rows: [['A'.repeat(1024 * 1024)]] });
    const { markdown, truncated } = builder.build();
    expect(truncated).toBe(false);
    expect(utf8Bytes(markdown)).toBeLessThan(1000);
    expect(markdown).toContain('…');
  });

  it('htmlText folds lines and escapes', () => {
    expect(htmlText('a\n<b>\u202E')).toBe('a &lt;b&gt;');
  });
});

describe('SummaryBuilder budget', () => {
  it('cuts a table at a row boundary and says what is missing and where', () => {
    const builder = new SummaryBuilder({ budgetBytes: 8_000, seeAlso: 'the SARIF/JSON report' });
    builder.heading('Findings');
    builder.table({
      headers: ['ID', 'Title'],
      rows: Array.from({ length: 1_000 }, (_, i) => [`CVE-${i}`, `title ${i}`]),
    });
    const result = builder.build();
    expect(result.bytes).toBeLessThanOrEqual(8_000);
    expect(result.bytes).toBe(utf8Bytes(result.markdown));
    expect(result.truncated).toBe(true);
    const shown = tableLines(result.markdown).length - 2;
    expect(shown).toBeGreaterThan(100);
    expect(result.omitted.items).toBe(1_000 - shown);
    for (const row of tableLines(result.markdown)) expect(row).toMatch(/^\| .* \|$/);
    expect(result.markdown).toContain(
      `> [!NOTE]\n> This summary was cut to stay within GitHub's 1 MiB step-summary limit: ${(1_000 - shown).toLocaleString('en-US')} findings not shown; see the SARIF/JSON report.`,
    );
  });

  it('closes a cut details block and counts later sections', () => {
    const builder = new SummaryBuilder({ budgetBytes: 4_000 });
    const rows = Array.from({ length: 200 }, (_, i) => [`id-${i}`]);
    builder.details({ summary: 'first', table: { headers: ['ID'], rows } });
    builder.details({ summary: 'second', table: { headers: ['ID'], rows } });
    builder.paragraph('after');
    const result = builder.build();
    expect(result.markdown.match(/<details/g)).toHaveLength(1);
    expect(result.markdown.match(/<\/details>/g)).toHaveLength(1);
    expect(result.markdown).not.toContain('after');
    const shown = tableLines(result.markdown).length - 2;
    expect(result.omitted).toEqual({ items: 400 - shown, sections: 2 });
    expect(result.bytes).toBeLessThanOrEqual(4_000);
  });

  it('measures UTF-8 bytes, not characters', () => {
    const builder = new SummaryBuilder({ budgetBytes: 6_000 });
    builder.table({ headers: ['x'], rows: Array.from({ length: 500 }, () => ['漢字🙂'.repeat(10)]) });
    const result = builder.build();
    expect(Buffer.byteLength(result.markdown, 'utf8')).toBeLessThanOrEqual(6_000);
    expect(result.markdown.length).toBeLessThan(6_000);
    expect(result.truncated).toBe(true);
  });

  it('stays under the default budget with 100,000 rows', () => {
    const builder = new SummaryBuilder({ seeAlso: 'the SARIF/JSON report' });
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `CVE-2099-${i}`,
      `package-${i}`,
      HOSTILE[i % HOSTILE.length] ?? '',
    ]);
    builder.table({ headers: ['ID', 'Package', 'Title'], rows });
    const result = builder.build();
    expect(result.bytes).toBeLessThanOrEqual(DEFAULT_SUMMARY_BUDGET_BYTES);
    expect(result.bytes).toBeLessThan(STEP_SUMMARY_LIMIT_BYTES);
    expect(result.omitted.items).toBeGreaterThan(0);
    expect(result.markdown).toMatch(/[\d,]+ findings not shown; see the SARIF\/JSON report\.\n$/);
  });

  it('uses a custom note and noun', () => {
    const builder = new SummaryBuilder({ budgetBytes: 3_000, itemNoun: ['package', 'packages'] });
    builder.list(Array.from({ length: 500 }, (_, i) => `p${i}`));
    expect(builder.build().markdown).toMatch(/packages not shown\.\n$/);
    const custom = new SummaryBuilder({ budgetBytes: 3_000, omissionNote: (o) => `**${o.items} left out**` });
    custom.list(Array.from({ length: 500 }, (_, i) => `p${i}`));
    expect(custom.build().markdown).toMatch(/\*\*\d+ left out\*\*\n$/);
  });

  it('adds no note when everything fits', () => {
    const builder = new SummaryBuilder();
    builder.heading('ok').paragraph('fine');
    expect(builder.build()).toEqual({
      markdown: '## ok\n\nfine\n\n',
      bytes: 13,
      truncated: false,
      omitted: { items: 0, sections: 0 },
    });
  });

  it('copes with a nearly full summary file and rejects a nonsense budget', () => {
    const none = new SummaryBuilder({ budgetBytes: 0 });
    none.heading('x').table({ headers: ['a'], rows: [['1'], ['2']] });
    expect(none.build()).toEqual({ markdown: '', bytes: 0, truncated: true, omitted: { items: 2, sections: 2 } });
    const small = new SummaryBuilder({ budgetBytes: 300 });
    small.table({ headers: ['a'], rows: Array.from({ length: 100 }, (_, i) => [`row ${i}`]) });
    const result = small.build();
    expect(result.bytes).toBeLessThanOrEqual(300);
    expect(result.markdown).toMatch(/^> \[!NOTE\]/);
    expect(() => new SummaryBuilder({ budgetBytes: -1 })).toThrow(RangeError);
    expect(() => new SummaryBuilder({ budgetBytes: Number.NaN })).toThrow(RangeError);
  });
});

describe('truncateUtf8', () => {
  it('never splits a character', () => {
    const value = 'aé漢🙂'.repeat(100);
    for (let max = 0; max < 60; max += 1) {
      const cut = truncateUtf8(value, max);
      expect(utf8Bytes(cut)).toBeLessThanOrEqual(max);
      expect(cut).not.toContain('\uFFFD');
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(truncateUtf8('short', 10)).toBe('short');
  });
});

describe('writeJobSummary', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-summary-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('appends to the file named by GITHUB_STEP_SUMMARY', async () => {
    const file = path.join(dir, 'summary.md');
    fs.writeFileSync(file, 'before\n');
    const logs: string[] = [];
    expect(await writeJobSummary('## hello\n', { env: { GITHUB_STEP_SUMMARY: file }, log: (m) => logs.push(m) })).toBe(
      true,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('before\n## hello\n');
    expect(logs).toEqual([]);
    expect(await availableSummaryBytes(1_000, { GITHUB_STEP_SUMMARY: file })).toBe(1_000 - 16);
  });

  it('tolerates a missing variable or an unwritable path', async () => {
    const logs: string[] = [];
    expect(await writeJobSummary('x', { env: {}, log: (m) => logs.push(m) })).toBe(false);
    expect(logs[0]).toMatch(/GITHUB_STEP_SUMMARY is not set/);
    const missingDir = path.join(dir, 'nope', 'summary.md');
    expect(await writeJobSummary('x', { env: { GITHUB_STEP_SUMMARY: missingDir }, log: (m) => logs.push(m) })).toBe(
      false,
    );
    expect(logs[1]).toMatch(/Could not write the job summary to .*nope/);
    expect(await availableSummaryBytes(1_000, {})).toBe(1_000);
  });

  it('refuses to take the file past 1 MiB', async () => {
    const file = path.join(dir, 'summary.md');
    fs.writeFileSync(file, 'x'.repeat(STEP_SUMMARY_LIMIT_BYTES - 10));
    const logs: string[] = [];
    expect(
      await writeJobSummary('y'.repeat(11), { env: { GITHUB_STEP_SUMMARY: file }, log: (m) => logs.push(m) }),
    ).toBe(false);
    expect(logs[0]).toMatch(/1 MiB limit/);
    expect(fs.statSync(file).size).toBe(STEP_SUMMARY_LIMIT_BYTES - 10);
  });
});
