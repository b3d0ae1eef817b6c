import { describe, expect, it } from '@jest/globals';
import {
  commandBlock,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeHtmlAndMarkdown,
  escapeMarkdown,
  markdownCode,
  md,
  neutralizeMentions,
  plainText,
  safeUrl,
  stripInvisible,
} from '@scs/action-kit';

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
    expect(markdownCode('![i](https://x/y.png) [a](javascript:b)')).toBe(
      '<code>!&#91;i&#93;(https://x/y.png) &#91;a&#93;(javascript:b)</code>',
    );
  });
  it('only allows http(s) links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://avd.aquasec.com/nvd/cve-2021-1234')).toBe('https://avd.aquasec.com/nvd/cve-2021-1234');
    expect(safeUrl('not a url')).toBeUndefined();
  });
});

describe('invisible text and mentions (issue 13, item 8)', () => {
  const INVISIBLES: [string, string][] = [
    ['tag characters (U+E0000–E007F)', '\u{E0001}\u{E0069}\u{E0067}\u{E006E}\u{E007F}'],
    ['Arabic letter mark U+061C', '\u061C'],
    ['soft hyphen U+00AD', '\u00AD'],
    ['Hangul filler U+3164', '\u3164'],
    ['Hangul choseong filler U+115F', '\u115F'],
    ['Hangul jungseong filler U+1160 and halfwidth filler U+FFA0', '\u1160\uFFA0'],
    ['Mongolian vowel separator U+180E', '\u180E'],
    ['zero-width space/joiners, LRM, RLM U+200B–U+200F', '\u200B\u200C\u200D\u200E\u200F'],
    ['bidi embeddings and overrides U+202A–U+202E', '\u202A\u202B\u202C\u202D\u202E'],
    ['word joiner and invisible operators U+2060–U+2064', '\u2060\u2061\u2062\u2063\u2064'],
    ['bidi isolates U+2066–U+2069', '\u2066\u2067\u2068\u2069'],
    ['byte order mark U+FEFF', '\uFEFF'],
    ['combining grapheme joiner U+034F and Khmer vowels U+17B4/U+17B5', '\u034F\u17B4\u17B5'],
    ['variation selectors supplement U+E0100', '\u{E0100}\u{E01EF}'],
  ];
  it.each(INVISIBLES)('strips %s everywhere GitHub renders text', (_label, hidden) => {
    const value = `ok${hidden}ay`;
    expect(stripInvisible(value)).toBe('okay');
    expect(escapeMarkdown(value)).toBe('okay');
    expect(escapeHtmlAndMarkdown(value)).toBe('okay');
    expect(markdownCode(value)).toBe('<code>okay</code>');
    expect(plainText(value)).toBe('okay');
  });

  it('keeps ordinary non-ASCII text', () => {
    expect(stripInvisible('café 日本語 한국어 ✓ emoji 😀')).toBe('café 日本語 한국어 ✓ emoji 😀');
  });

  it('neutralises @user and @org/team mentions with a zero-width space GitHub does not link', () => {
    expect(neutralizeMentions('cc @octocat and @acme/security-team')).toBe(
      'cc @\u200Boctocat and @\u200Bacme/security-team',
    );
    expect(plainText('docs/@octocat/readme.md')).toBe('docs/@\u200Boctocat/readme.md');
    // a zero-width character planted in the name is stripped first, then the mention is broken by ours
    expect(plainText('@\u200Docto\u{E0020}cat')).toBe('@\u200Boctocat');
    expect(neutralizeMentions('a @ b, mail@')).toBe('a @ b, mail@');
  });

  it('neutralises mentions in Markdown and HTML with an entity that survives a later stripInvisible', () => {
    expect(escapeMarkdown('path docs/@octocat/x by @acme/security-team')).toBe(
      'path docs/@&#8203;octocat/x by @&#8203;acme/security-team',
    );
    // GitHub's mention filter needs the start or a non-word character before the @:
    // image references, workflow identities and e-mail addresses are left intact.
    expect(escapeMarkdown('ghcr.io/acme/app@sha256:abc')).toBe('ghcr.io/acme/app@sha256:abc');
    expect(escapeMarkdown('release.yml@refs/tags/v1 ops@example.com')).toBe('release.yml@refs/tags/v1 ops@example.com');
    expect(escapeMarkdown('(@octocat) -@octocat .@octocat')).toBe(
      '(@&#8203;octocat) -@&#8203;octocat .@&#8203;octocat',
    );
    expect(escapeHtml('<b>@octocat</b>')).toBe('&lt;b&gt;@&#8203;octocat&lt;/b&gt;');
    expect(markdownCode('@octocat')).toBe('<code>@&#8203;octocat</code>');
    expect(md.text('@octocat').text).toBe('@&#8203;octocat');
    expect(stripInvisible(escapeMarkdown('@octocat'))).toBe('@&#8203;octocat');
  });
});

describe('commandBlock: a copy-paste command in a summary', () => {
  const decode = (html: string) =>
    html
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');

  it('copies back exactly: no mention separator in a workflow identity (GitHub links no mentions inside <pre>/<code>)', () => {
    const command =
      "cosign verify-blob 'a.txt' --certificate-identity 'https://github.com/o/r/.github/workflows/x.yml@refs/heads/main' --certificate-oidc-issuer 'https://token.actions.githubusercontent.com'";
    const block = commandBlock(command);
    expect(block).toMatch(/^<pre><code>[^]*<\/code><\/pre>$/);
    expect(block).not.toContain('&#8203;');
    expect(decode(/^<pre><code>([^]*)<\/code><\/pre>$/.exec(block)![1]!)).toBe(command);
  });

  it('stays inert: no tag can close the block, Markdown characters are entities, invisible characters are dropped', () => {
    const block = commandBlock(
      "x '</code></pre><img src=x onerror=alert(1)>' **b** `c` @octocat \u202e\u200b\n# heading",
    );
    const inner = /^<pre><code>([^]*)<\/code><\/pre>$/.exec(block)![1]!;
    expect(inner).not.toMatch(/[<>`*\n\u202e\u200b]/);
    expect(decode(inner)).toBe("x '</code></pre><img src=x onerror=alert(1)>' **b** `c` @octocat  # heading");
  });
});
