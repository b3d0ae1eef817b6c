import { describe, expect, it } from '@jest/globals';
import { escapeCommandData, escapeCommandProperty, escapeHtml, escapeMarkdown, markdownCode, safeUrl, stripInvisible } from '@scs/action-kit';

describe('escaping untrusted text', () => {
  it('keeps workflow command data on one line', () => {
    expect(escapeCommandData('a\n::set-output name=x::y\r%')).toBe('a%0A::set-output name=x::y%0D%25');
    expect(escapeCommandProperty('src/a:b,c.ts')).toBe('src/a%3Ab%2Cc.ts');
  });
  it('makes HTML inert', () => {
    expect(escapeHtml('<script>alert(1)</script>&"\'')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;');
    expect(escapeHtml('</details><details open>')).not.toMatch(/<\/?details/);
  });
  it('keeps Markdown table cells and blocks intact', () => {
    const cell = escapeMarkdown('a | b\n# heading\n[x](javascript:alert(1))');
    expect(cell).not.toMatch(/\n/);
    expect(cell).not.toContain('|');
    expect(cell).toBe('a &#124; b # heading &#91;x&#93;(javascript:alert(1))');
    expect(escapeMarkdown("# it's <b>")).toBe('&#35; it&#39;s &lt;b&gt;');
    expect(escapeMarkdown('- item')).toBe('&#45; item');
    expect(escapeMarkdown('1. item')).toBe('1&#46; item');
    expect(escapeMarkdown('0.75.0 and a-b')).toBe('0.75.0 and a-b');
    expect(escapeMarkdown('*a* _b_ `c` ~d~ \\')).toBe('&#42;a&#42; &#95;b&#95; &#96;c&#96; &#126;d&#126; &#92;');
  });
  it('removes bidi overrides and zero-width characters', () => {
    expect(stripInvisible('evil\u202Egnp.exe\u200B\uFEFF')).toBe('evilgnp.exe');
  });
  it('code spans cannot be closed early', () => {
    expect(markdownCode('`</code><img src=x>`')).toBe('<code>&#96;&lt;/code&gt;&lt;img src=x&gt;&#96;</code>');
    // Markdown still applies inside inline HTML: no link or image can form.
    expect(markdownCode('![i](https://x/y.png) [a](javascript:b)')).toBe('<code>!&#91;i&#93;(https://x/y.png) &#91;a&#93;(javascript:b)</code>');
  });
  it('only allows http(s) links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://avd.aquasec.com/nvd/cve-2021-1234')).toBe('https://avd.aquasec.com/nvd/cve-2021-1234');
    expect(safeUrl('not a url')).toBeUndefined();
  });
});
