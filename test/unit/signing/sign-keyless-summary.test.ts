/**
 * sign-keyless's summary and verify commands with hostile identities: a
 * branch name can carry Markdown, HTML, shell syntax and invisible
 * characters; none of it may render, run or break out.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  blobVerifyCommand,
  imageVerifyCommand,
  renderSignSummary,
  shellQuote,
  type SignSummaryData,
} from '@scs/signing';

const HOSTILE =
  "https://github.com/o/r/.github/workflows/x.yml@refs/heads/a'$(touch /tmp/pwned)`id`|<img src=x onerror=alert(1)>**[x](javascript:alert(1))**\u202e";

function data(overrides: Partial<SignSummaryData> = {}): SignSummaryData {
  return {
    engine: 'sigstore',
    instance: 'public-good',
    publicLog: true,
    identity: HOSTILE,
    issuer: 'https://token.actions.githubusercontent.com',
    images: [
      {
        image: `ghcr.io/o/r@sha256:${'a'.repeat(64)}`,
        kind: 'image index',
        bundlePath: '/tmp/b.json',
        stored: { location: `ghcr.io/o/r@sha256:${'b'.repeat(64)}`, via: 'referrers-api' },
        logIndex: '123456',
        logUrl: 'https://search.sigstore.dev/?logIndex=123456',
        timestamps: 0,
      },
      {
        image: `ghcr.io/o/r@sha256:${'c'.repeat(64)}`,
        kind: 'linux/arm64/v8',
        bundlePath: '/tmp/c.json',
        logIndex: '123457',
        logUrl: 'javascript:alert(1)',
        timestamps: 1,
      },
    ],
    files: [
      {
        file: 'dist/<b>x</b>|y.tar.gz',
        sha256: 'd'.repeat(64),
        bundlePath: 'dist/<b>x</b>|y.tar.gz.sigstore.json',
        timestamps: 1,
      },
    ],
    verifyCommands: [
      imageVerifyCommand(`ghcr.io/o/r@sha256:${'a'.repeat(64)}`, {
        identity: HOSTILE,
        issuer: 'https://token.actions.githubusercontent.com',
      }),
    ],
    notes: ['a <script>note</script>'],
    ...overrides,
  };
}

describe('verify commands', () => {
  it('single-quotes every value, so a hostile identity is one literal argument', () => {
    const command = imageVerifyCommand('ghcr.io/o/r@sha256:abc', { identity: HOSTILE, issuer: 'https://i' });
    // Run it through a real shell with `printf` in place of cosign: the arguments come out verbatim.
    const printed = execFileSync('sh', ['-c', command.replace(/^cosign verify/, "printf '%s\\n'")], {
      encoding: 'utf8',
    });
    expect(printed.split('\n').slice(0, 5)).toEqual([
      'ghcr.io/o/r@sha256:abc',
      '--certificate-identity',
      HOSTILE,
      '--certificate-oidc-issuer',
      'https://i',
    ]);
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it('adds the trusted root for custom instances and the bundle for files', () => {
    expect(
      blobVerifyCommand('a.txt', 'a.txt.sigstore.json', {
        identity: 'https://id',
        issuer: 'https://i',
        trustedRoot: '/r.json',
      }),
    ).toBe(
      "cosign verify-blob 'a.txt' --bundle 'a.txt.sigstore.json' --certificate-identity 'https://id' --certificate-oidc-issuer 'https://i' --trusted-root '/r.json'",
    );
  });
});

describe('renderSignSummary', () => {
  const { markdown } = renderSignSummary(data());

  it('lists every digest, where it is stored and the log links', () => {
    expect(markdown).toContain('a'.repeat(64));
    expect(markdown).toContain('c'.repeat(64));
    expect(markdown).toContain('referrers-api');
    expect(markdown).toContain('(https://search.sigstore.dev/?logIndex=123456)');
    expect(markdown).toContain('not pushed (push-to-registry: false)');
    expect(markdown).toContain('linux/arm64/v8');
    expect(markdown).toMatch(/^## Keyless signing: 3 signatures/);
  });

  it('renders hostile identities, paths and notes inert', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toContain('](javascript:');
    expect(markdown).not.toMatch(/\[[^\]]*\]\(javascript:/);
    expect(markdown).toContain('&lt;script&gt;note&lt;/script&gt;');
    expect(markdown).not.toContain('\u202e');
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Every table row keeps its 4 cells: no '|' from a value splits a cell.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| ')))
      expect(line.split(' | ')).toHaveLength(4);
    // The command block is escaped HTML: nothing can close the <pre>.
    const pre = /<pre><code>([^]*?)<\/code><\/pre>/.exec(markdown)![1]!;
    expect(pre).not.toMatch(/[<>]/);
    expect(pre).toContain('&#39;');
  });

  it('stays within its byte budget', () => {
    const many = data({
      images: Array.from({ length: 5000 }, (_, i) => ({
        ...data().images[0]!,
        image: `ghcr.io/o/r@sha256:${String(i).padStart(64, '0')}`,
      })),
    });
    const result = renderSignSummary(many, { budgetBytes: 20_000 });
    expect(result.bytes).toBeLessThanOrEqual(20_000);
    expect(result.truncated).toBe(true);
    expect(result.markdown).toContain('signatures not shown');
  });
});
