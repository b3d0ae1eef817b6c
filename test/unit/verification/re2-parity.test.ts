/**
 * Gate and admission controllers read `certificate-identity-regexp` the same
 * way (issue 15 item 3): every pattern verify accepts compiles in Go's RE2
 * (the regexp package Kyverno and policy-controller use) and matches exactly
 * the same identities there and in the gate; patterns outside the common
 * syntax are refused by verify with the reason. Go's side is the real regexp
 * package (test/tools/re2probe, standard library only), built here with the
 * machine's Go.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { anchoredRegExp, boundedTest, Re2SyntaxError, re2ToJavaScript } from '@scs/verification';
import { REPO_ROOT, infraRequired } from '../../support/test-tools.js';

const PROBE_SOURCE = path.join(REPO_ROOT, 'test', 'tools', 're2probe', 'main.go');

function goBinary(): string | undefined {
  const found = spawnSync('go', ['version'], { encoding: 'utf8' });
  return found.status === 0 ? 'go' : undefined;
}

const go = goBinary();
if (!go && infraRequired()) throw new Error('re2-parity: `go` is not on PATH (Go 1.22+ builds test/tools/re2probe)');
const describeWithGo = go ? describe : describe.skip;
if (!go) console.warn('re2-parity: skipped, `go` is not on PATH');

let probe: string;

interface GoResult {
  compiles: boolean;
  error?: string;
  matches: boolean[];
}

function runGo(cases: { pattern: string; values: string[] }[]): GoResult[] {
  const out = execFileSync(probe, [], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return JSON.parse(out) as GoResult[];
}

const SAN = 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main';
const VALUES = [
  SAN,
  'https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  'https://github.com/octo-org-evil/app/.github/workflows/release.yml@refs/heads/main',
  'https://github.com/other/app/.github/workflows/release.yml@refs/heads/main',
  'https://github.com/Octo-Org/app/.github/workflows/Release.yml@refs/heads/main',
  `https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main\n`,
  'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/ma\rin',
  'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/ma\u2028in',
  'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/ma\u00a0in',
  'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/ma\vin',
  'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/m\u{1F600}n',
  'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/m\u00e4n',
  'a',
  'ab',
  'aab',
  '',
  'x]y',
  'x}y',
  'a{2}',
  'Q',
  '-',
  '_',
];

/** Patterns both engines accept: the gate must answer exactly as Go does. */
const SHARED = [
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/main',
  'https://github.com/octo-org/.*',
  'https://github\\.com/octo-org/[^/]+/\\.github/workflows/release\\.yml@refs/(heads/main|tags/v.*)',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/ma.in',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/ma\\sin',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/ma\\Sin',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/ma[\\s]in',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/m.n',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/m[^a]n',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/main\\n?',
  'https://github\\.com/octo-org/app/\\.github/workflows/release\\.yml@refs/heads/main$',
  '^https://github\\.com/octo-org/app/.*',
  '.*\\bmain',
  '.*\\Bain',
  '\\w+',
  '\\d*a',
  'a{1,2}b?',
  'a{2}b*?',
  'x]y',
  'x}y',
  'x\\]y|x\\}y',
  '[\\]}]',
  'a\\{2\\}',
  '[a-c]+',
  '[-_]',
  '\\x51',
  '[\\x41-\\x5A]',
  '\\-|\\_|\\@',
  'a||b',
  '(a)(b)',
  '(?:a|ab)b',
  'a{0,1000}',
];

/** Patterns verify refuses, and why; Go refuses the first group, the others Go reads differently from JavaScript. */
const GO_REFUSES: [string, RegExp][] = [
  ['https://github\\.com/octo-org/(?!evil).*', /lookahead and lookbehind/],
  ['https://github\\.com/(?<=x)octo', /lookahead and lookbehind/],
  ['(a)\\1', /backreferences/],
  ['(?<owner>octo-org)/\\k<owner>', /named groups/],
  ['\\u0041', /JavaScript-only/],
  ['\\cA', /JavaScript-only/],
  ['\\e', /not an escape RE2 knows/],
  ['a{1001}', /above 1000/],
  ['(a{100}){100}', /multiply to 10000/],
  ['a**', /repetition of a repetition/],
  ['a*+', /repetition of a repetition/],
];
const READ_DIFFERENTLY: [string, RegExp][] = [
  ['[[:alpha:]]+', /POSIX classes/],
  ['[]a]', /class starting with \]/],
  ['\\pL+', /Unicode classes/],
  ['\\Qa.b\\E', /RE2-only/],
  ['\\Aabc\\z', /RE2-only/],
  ['\\x{41}', /two hex digits/],
  ['(?i)octo-org', /inline flags/],
  ['(?P<o>a)', /named groups/],
  ['[\\b]', /inside a character class/],
];
/** Read alike, but easy to misread: refused so that a pattern says what it means. */
const CONSERVATIVE: [string, RegExp][] = [
  ['a{,2}', /not a repetition/],
  ['\\0', /backreferences/],
];

describeWithGo('identity regexps: one language for the gate and the Go controllers (RE2)', () => {
  beforeAll(() => {
    const source = fs.readFileSync(PROBE_SOURCE);
    const goVersion = execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
    const key = createHash('sha256').update(source).update(goVersion).digest('hex').slice(0, 16);
    const dir = path.join(
      process.env.SCS_TEST_TOOLS_CACHE ?? path.join(os.homedir(), '.cache', 'scs-test-tools'),
      're2probe',
      key,
    );
    probe = path.join(dir, 're2probe');
    if (!fs.existsSync(probe)) {
      fs.mkdirSync(dir, { recursive: true });
      const temp = `${probe}.${process.pid}`;
      execFileSync('go', ['build', '-o', temp, PROBE_SOURCE], {
        cwd: path.dirname(PROBE_SOURCE),
        env: { ...process.env, GO111MODULE: 'off' },
        timeout: 170_000,
        stdio: 'pipe',
      });
      fs.renameSync(temp, probe);
    }
  }, 180_000);

  it('every pattern verify accepts compiles in Go and matches exactly the same identities', () => {
    const results = runGo(SHARED.map((pattern) => ({ pattern, values: VALUES })));
    const differences: string[] = [];
    SHARED.forEach((pattern, i) => {
      const go = results[i]!;
      expect(() => anchoredRegExp(pattern)).not.toThrow();
      if (!go.compiles) {
        differences.push(`${pattern}: Go refuses it (${go.error})`);
        return;
      }
      const gate = anchoredRegExp(pattern);
      VALUES.forEach((value, j) => {
        const ours = boundedTest(gate, value);
        if (ours !== go.matches[j])
          differences.push(`${pattern} on ${JSON.stringify(value)}: gate ${ours}, Go ${go.matches[j]}`);
      });
    });
    expect(differences).toEqual([]);
  });

  it('the same patterns compiled as plain JavaScript would disagree with Go (the translation matters)', () => {
    const results = runGo(SHARED.map((pattern) => ({ pattern, values: VALUES })));
    let disagreements = 0;
    SHARED.forEach((pattern, i) => {
      let naive: RegExp;
      try {
        naive = new RegExp(`^(?:${pattern})$`);
      } catch {
        return;
      }
      VALUES.forEach((value, j) => {
        if (naive.test(value) !== results[i]!.matches[j]) disagreements += 1;
      });
    });
    expect(disagreements).toBeGreaterThan(0);
  });

  it('refuses, with the reason, what Go cannot compile', () => {
    const results = runGo(GO_REFUSES.map(([pattern]) => ({ pattern, values: [] })));
    GO_REFUSES.forEach(([pattern, reason], i) => {
      expect(results[i]!.compiles).toBe(false);
      expect(() => re2ToJavaScript(pattern)).toThrow(Re2SyntaxError);
      expect(() => re2ToJavaScript(pattern)).toThrow(reason);
    });
  });

  it('refuses, with the reason, what Go and JavaScript read differently', () => {
    for (const [pattern, reason] of [...READ_DIFFERENTLY, ...CONSERVATIVE]) {
      expect(() => re2ToJavaScript(pattern)).toThrow(Re2SyntaxError);
      expect(() => re2ToJavaScript(pattern)).toThrow(reason);
    }
    // And they are not refused for nothing: where both compile, the answers differ.
    const values = [
      'a',
      ']a',
      'alpha',
      'pL',
      'Qa.bE',
      'a.b',
      'Aabcz',
      'abc',
      'A',
      'OCTO-ORG',
      'octo-org',
      'a{,2}',
      '\b',
      '\0',
    ];
    const results = runGo(READ_DIFFERENTLY.map(([pattern]) => ({ pattern, values })));
    READ_DIFFERENTLY.forEach(([pattern], i) => {
      let js: RegExp;
      try {
        js = new RegExp(`^(?:${pattern})$`);
      } catch {
        return; // JavaScript refuses it: verify must too.
      }
      const go = results[i]!;
      const same = go.compiles && values.every((value, j) => js.test(value) === go.matches[j]);
      expect({ pattern, same }).toEqual({ pattern, same: false });
    });
  });
});
