/**
 * scripts/bump-tool-pin.mjs: version and digests change together, from the
 * release's checksums file (a local file or a loopback URL), or not at all.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import * as path from 'node:path';
import { checksumsUrl, releaseAssetName, publishedPlatforms } from '@scs/tool-installer';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';
import { loadScript, scratchTree } from './helpers.js';

interface Asset {
  file: string;
  sha256: string;
  binarySha256?: string;
}
type Pins = Record<
  string,
  | { version: string; assets: Record<string, Asset> }
  | { default: string; versions: Record<string, Record<string, Asset>> }
>;
interface BumpModule {
  DEFAULT_PINS: string;
  RELEASES: Record<string, { repository: string; checksums: (v: string) => string }>;
  parseChecksums(text: string, source?: string): Map<string, string>;
  bumpPins(
    pins: Pins,
    tool: string,
    version: string,
    checksums: Map<string, string>,
    source?: string,
  ): { pins: Pins; changes: unknown[]; from: string };
  formatPins(pins: Pins): string;
  defaultChecksumsUrl(tool: string, version: string, base?: string): string;
  main(argv: string[], log?: (line: string) => void): Promise<number>;
}

let bump: BumpModule;
beforeAll(async () => {
  bump = await loadScript<BumpModule>('bump-tool-pin.mjs');
});

const hex = (seed: string) => seed.repeat(64).slice(0, 64);
const TRIVY_FILES = [
  'trivy_0.76.0_Linux-64bit.tar.gz',
  'trivy_0.76.0_Linux-ARM64.tar.gz',
  'trivy_0.76.0_macOS-64bit.tar.gz',
  'trivy_0.76.0_macOS-ARM64.tar.gz',
  'trivy_0.76.0_windows-64bit.zip',
];
const trivyChecksums = (files = TRIVY_FILES) =>
  [
    ...files.map((f, i) => `${hex(String.fromCharCode(97 + i))}  ${f}`),
    `${hex('9')}  trivy_0.76.0_Linux-32bit.tar.gz`,
    '',
  ].join('\n');
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * A release folder for Trivy 0.76.0 as the project publishes it: every
 * platform's archive (a distinct `trivy` / `trivy.exe` in each) and a
 * checksums file listing their digests. Returns the binaries' digests.
 */
function writeRelease(dir: string, tamper: { file?: string } = {}): Record<string, string> {
  const binaries: Record<string, string> = {};
  const lines: string[] = [];
  for (const file of TRIVY_FILES) {
    const src = fs.mkdtempSync(path.join(dir, 'src-'));
    const name = file.endsWith('.zip') ? 'trivy.exe' : 'trivy';
    const content = `#!/bin/sh\necho ${file}\n`;
    fs.writeFileSync(path.join(src, name), content, { mode: 0o755 });
    fs.writeFileSync(path.join(src, 'LICENSE'), 'Apache-2.0');
    const out = path.join(dir, file);
    if (file.endsWith('.zip')) execFileSync('zip', ['-q', '-X', out, name, 'LICENSE'], { cwd: src });
    else execFileSync('tar', ['-czf', out, '-C', src, name, 'LICENSE']);
    fs.rmSync(src, { recursive: true, force: true });
    binaries[file] = sha256(content);
    lines.push(`${sha256(fs.readFileSync(out))}  ${file}`);
  }
  if (tamper.file) fs.appendFileSync(path.join(dir, tamper.file), 'tampered');
  fs.writeFileSync(path.join(dir, 'trivy_0.76.0_checksums.txt'), `${lines.join('\n')}\n`);
  return binaries;
}

const committedPins = () => JSON.parse(fs.readFileSync(bump.DEFAULT_PINS, 'utf8')) as Pins;

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function treeWithPins(extra: Record<string, string> = {}) {
  const root = scratchTree({ 'pins.json': fs.readFileSync(bump.DEFAULT_PINS, 'utf8'), ...extra });
  cleanups.push(root);
  return root;
}

describe('parseChecksums', () => {
  it('reads sha256sum lines (text and binary mode markers)', () => {
    const map = bump.parseChecksums(`${hex('a')}  one.tar.gz\n${hex('b')} *two.zip\r\n\n`);
    expect([...map.entries()]).toEqual([
      ['one.tar.gz', hex('a')],
      ['two.zip', hex('b')],
    ]);
  });

  it.each([
    ['a short digest', `${'a'.repeat(63)}  f.tar.gz`],
    ['upper-case hex', `${'A'.repeat(64)}  f.tar.gz`],
    ['a missing separator', `${hex('a')}f.tar.gz`],
    ['a path instead of a file name', `${hex('a')}  ../f.tar.gz`],
    ['an HTML error page', '<html><body>Not Found</body></html>'],
  ])('refuses %s', (_label, line) => {
    expect(() => bump.parseChecksums(`${hex('c')}  ok.zip\n${line}\n`, 'sums.txt')).toThrow(
      /sums\.txt, line 2: not "<sha256 hex> {2}<file name>"/,
    );
  });

  it('refuses a name listed twice with different digests, and an empty file', () => {
    expect(() => bump.parseChecksums(`${hex('a')}  f.zip\n${hex('b')}  f.zip\n`)).toThrow(
      /listed twice with different digests/,
    );
    expect(() => bump.parseChecksums('\n\n')).toThrow(/lists no files/);
  });
});

describe('bumpPins', () => {
  it('changes the version and every platform digest together', () => {
    const pins = committedPins();
    const before = structuredClone(pins);
    const result = bump.bumpPins(pins, 'trivy', '0.76.0', bump.parseChecksums(trivyChecksums()));
    expect(pins).toEqual(before); // input untouched
    expect(result.from).toBe('0.75.0');
    expect(result.pins.trivy).toEqual({
      version: '0.76.0',
      assets: {
        'linux-x64': { file: 'trivy_0.76.0_Linux-64bit.tar.gz', sha256: hex('a') },
        'linux-arm64': { file: 'trivy_0.76.0_Linux-ARM64.tar.gz', sha256: hex('b') },
        'darwin-x64': { file: 'trivy_0.76.0_macOS-64bit.tar.gz', sha256: hex('c') },
        'darwin-arm64': { file: 'trivy_0.76.0_macOS-ARM64.tar.gz', sha256: hex('d') },
        'win32-x64': { file: 'trivy_0.76.0_windows-64bit.zip', sha256: hex('e') },
      },
    });
    expect(result.pins.grype).toEqual(before.grype);
  });

  it('derives the same asset names as the tool installer, for every pinned tool and platform', () => {
    const pins = committedPins();
    for (const tool of ['trivy', 'grype', 'syft', 'cosign'] as const) {
      const entry = pins[tool] as { version: string; assets: Record<string, Asset> };
      const names = Object.keys(entry.assets).map((platform) => releaseAssetName(tool, '9.8.7', platform) as string);
      const sums = names.map((n, i) => `${hex(String(i))}  ${n}`).join('\n');
      const next = bump.bumpPins(pins, tool, '9.8.7', bump.parseChecksums(sums)).pins[tool] as typeof entry;
      expect(Object.values(next.assets).map((a) => a.file)).toEqual(names);
      expect(Object.keys(next.assets).every((p) => publishedPlatforms(tool).includes(p))).toBe(true);
      expect(bump.defaultChecksumsUrl(tool, '9.8.7')).toBe(checksumsUrl(tool, '9.8.7'));
    }
  });

  it('refuses when any pinned platform has no digest, naming every missing asset', () => {
    const sums = bump.parseChecksums(trivyChecksums(TRIVY_FILES.filter((f) => !/ARM64|windows/.test(f))));
    expect(() => bump.bumpPins(committedPins(), 'trivy', '0.76.0', sums, 'sums.txt')).toThrow(
      'trivy 0.76.0: sums.txt has no digest for linux-arm64 (trivy_0.76.0_Linux-ARM64.tar.gz), darwin-arm64 (trivy_0.76.0_macOS-ARM64.tar.gz), win32-x64 (trivy_0.76.0_windows-64bit.zip).',
    );
  });

  it('refuses a version that is not plain semver, and an unknown tool', () => {
    const sums = bump.parseChecksums(trivyChecksums());
    for (const version of ['v0.76.0', '0.76', '0.76.0/../../x', 'latest', '']) {
      expect(() => bump.bumpPins(committedPins(), 'trivy', version, sums)).toThrow(/version must look like 1\.2\.3/);
    }
    expect(() => bump.bumpPins(committedPins(), 'kubectl', '1.0.0', sums)).toThrow(/unknown tool "kubectl"/);
  });

  it('adds a version and moves the default in the multi-version shape', () => {
    const pins = committedPins();
    const trivy = pins.trivy as { version: string; assets: Record<string, Asset> };
    pins.trivy = { default: '0.75.0', versions: { '0.75.0': trivy.assets } };
    const next = bump.bumpPins(pins, 'trivy', '0.76.0', bump.parseChecksums(trivyChecksums())).pins.trivy as {
      default: string;
      versions: Record<string, Record<string, Asset>>;
    };
    expect(next.default).toBe('0.76.0');
    expect(Object.keys(next.versions)).toEqual(['0.75.0', '0.76.0']);
    expect(next.versions['0.75.0']).toEqual(trivy.assets);
  });
});

describe('formatPins', () => {
  it('reproduces the committed pins.json byte for byte', () => {
    const text = fs.readFileSync(bump.DEFAULT_PINS, 'utf8');
    expect(bump.formatPins(JSON.parse(text) as Pins)).toBe(text);
  });
});

describe('the command', () => {
  it('updates a pins file from a local release folder, recording every binary digest; the tool installer accepts the result', async () => {
    const root = treeWithPins();
    const binaries = writeRelease(root);
    const log: string[] = [];
    const status = await bump.main(
      [
        'trivy',
        'v0.76.0',
        '--checksums',
        path.join(root, 'trivy_0.76.0_checksums.txt'),
        '--pins',
        path.join(root, 'pins.json'),
      ],
      (l) => log.push(l),
    );
    expect(status).toBe(0);
    const written = JSON.parse(fs.readFileSync(path.join(root, 'pins.json'), 'utf8')) as Pins;
    const trivy = written.trivy as { version: string; assets: Record<string, Asset> };
    expect(trivy.version).toBe('0.76.0');
    expect(Object.keys(trivy.assets)).toHaveLength(TRIVY_FILES.length);
    for (const asset of Object.values(trivy.assets)) {
      expect(asset.sha256).toBe(sha256(fs.readFileSync(path.join(root, asset.file))));
      expect(asset.binarySha256).toBe(binaries[asset.file]);
    }
    const { parsePinManifest } = await import('@scs/tool-installer');
    expect(parsePinManifest(written).trivy.versions['0.76.0']!['win32-x64']!.binarySha256).toBe(
      binaries['trivy_0.76.0_windows-64bit.zip'],
    );
    expect(log.join('\n')).toContain(
      `linux-x64    trivy_0.76.0_Linux-64bit.tar.gz  ${trivy.assets['linux-x64']!.sha256}  binary ${binaries[TRIVY_FILES[0]!]}`,
    );
    expect(bump.formatPins(written)).toBe(fs.readFileSync(path.join(root, 'pins.json'), 'utf8'));
  });

  it('refuses an asset that does not match its listed digest, and writes nothing', async () => {
    const root = treeWithPins();
    writeRelease(root, { file: 'trivy_0.76.0_macOS-ARM64.tar.gz' });
    const original = fs.readFileSync(path.join(root, 'pins.json'), 'utf8');
    await expect(
      bump.main(
        [
          'trivy',
          '0.76.0',
          '--checksums',
          path.join(root, 'trivy_0.76.0_checksums.txt'),
          '--pins',
          path.join(root, 'pins.json'),
        ],
        () => {},
      ),
    ).rejects.toThrow(
      /trivy_0\.76\.0_macOS-ARM64\.tar\.gz has SHA-256 [0-9a-f]{64}, but the checksums file lists [0-9a-f]{64}\. Nothing was changed\./,
    );
    expect(fs.readFileSync(path.join(root, 'pins.json'), 'utf8')).toBe(original);
  });

  it('records the asset digest itself as the binary digest of a raw binary (cosign), without fetching it', async () => {
    const root = treeWithPins({
      'cosign_checksums.txt': [
        'cosign-linux-amd64',
        'cosign-linux-arm64',
        'cosign-darwin-amd64',
        'cosign-darwin-arm64',
        'cosign-windows-amd64.exe',
      ]
        .map((f, i) => `${hex(String(i))}  ${f}`)
        .join('\n'),
    });
    await bump.main(
      [
        'cosign',
        '3.2.0',
        '--checksums',
        path.join(root, 'cosign_checksums.txt'),
        '--pins',
        path.join(root, 'pins.json'),
      ],
      () => {},
    );
    const cosign = (JSON.parse(fs.readFileSync(path.join(root, 'pins.json'), 'utf8')) as Pins).cosign as {
      assets: Record<string, Asset>;
    };
    expect(cosign.assets['linux-x64']).toEqual({
      file: 'cosign-linux-amd64',
      sha256: hex('0'),
      binarySha256: hex('0'),
    });
  });

  it('writes nothing on --dry-run or on a refusal', async () => {
    const root = treeWithPins({ 'short.txt': trivyChecksums(TRIVY_FILES.slice(1)) });
    writeRelease(root);
    const original = fs.readFileSync(path.join(root, 'pins.json'), 'utf8');
    await bump.main(
      [
        'trivy',
        '0.76.0',
        '--checksums',
        path.join(root, 'trivy_0.76.0_checksums.txt'),
        '--pins',
        path.join(root, 'pins.json'),
        '--dry-run',
      ],
      () => {},
    );
    expect(fs.readFileSync(path.join(root, 'pins.json'), 'utf8')).toBe(original);
    await expect(
      bump.main(
        ['trivy', '0.76.0', '--checksums', path.join(root, 'short.txt'), '--pins', path.join(root, 'pins.json')],
        () => {},
      ),
    ).rejects.toThrow(/no digest for linux-x64/);
    expect(fs.readFileSync(path.join(root, 'pins.json'), 'utf8')).toBe(original);
  });

  it('refuses plain http to anything but loopback, and credentials in the URL', async () => {
    const root = treeWithPins();
    await expect(
      bump.main(
        ['trivy', '0.76.0', '--checksums', 'http://mirror.example/sums.txt', '--pins', path.join(root, 'pins.json')],
        () => {},
      ),
    ).rejects.toThrow(/fetch it over https/);
    await expect(
      bump.main(
        [
          'trivy',
          '0.76.0',
          '--checksums',
          'https://user:pw@mirror.example/sums.txt',
          '--pins',
          path.join(root, 'pins.json'),
        ],
        () => {},
      ),
    ).rejects.toThrow(/must not carry credentials/);
    await expect(
      bump.main(
        ['trivy', '0.76.0', '--checksums', 'ftp://mirror.example/sums.txt', '--pins', path.join(root, 'pins.json')],
        () => {},
      ),
    ).rejects.toThrow(/http\(s\) URL or a file/);
  });

  describe('over HTTP (loopback)', () => {
    let server: Server | undefined;
    const requests: string[] = [];
    afterEach(async () => {
      if (server) await closeServer(server);
      server = undefined;
      requests.length = 0;
    });

    async function serve(status: number, body: string | ((url: string) => Buffer | undefined)) {
      server = createServer((req, res) => {
        requests.push(req.url ?? '');
        const answer = typeof body === 'string' ? body : body(req.url ?? '');
        res.writeHead(answer === undefined ? 404 : status, { 'content-type': 'text/plain' });
        res.end(answer ?? 'Not Found');
      });
      return listenOnLoopback(server);
    }

    it('fetches the release checksums file and the assets through --mirror at the official path', async () => {
      const release = treeWithPins();
      const binaries = writeRelease(release);
      const prefix = '/aquasecurity/trivy/releases/download/v0.76.0/';
      const port = await serve(200, (url) =>
        url.startsWith(prefix) ? fs.readFileSync(path.join(release, url.slice(prefix.length))) : undefined,
      );
      const root = treeWithPins();
      await bump.main(
        ['trivy', '0.76.0', '--mirror', `http://127.0.0.1:${port}/`, '--pins', path.join(root, 'pins.json')],
        () => {},
      );
      expect(requests).toEqual([`${prefix}trivy_0.76.0_checksums.txt`, ...TRIVY_FILES.map((f) => `${prefix}${f}`)]);
      const zip = TRIVY_FILES[4]!;
      expect(fs.readFileSync(path.join(root, 'pins.json'), 'utf8')).toContain(
        `"${zip}", "sha256": "${sha256(fs.readFileSync(path.join(release, zip)))}", "binarySha256": "${binaries[zip]}"`,
      );
    });

    it('refuses an HTTP error and a non-checksums body, and leaves the file alone', async () => {
      const root = treeWithPins();
      const original = fs.readFileSync(path.join(root, 'pins.json'), 'utf8');
      let port = await serve(404, 'Not Found');
      await expect(
        bump.main(
          [
            'trivy',
            '0.76.0',
            '--checksums',
            `http://127.0.0.1:${port}/sums.txt`,
            '--pins',
            path.join(root, 'pins.json'),
          ],
          () => {},
        ),
      ).rejects.toThrow(/HTTP 404/);
      await closeServer(server as Server);
      port = await serve(200, '<!doctype html><title>login</title>');
      await expect(
        bump.main(
          [
            'trivy',
            '0.76.0',
            '--checksums',
            `http://127.0.0.1:${port}/sums.txt`,
            '--pins',
            path.join(root, 'pins.json'),
          ],
          () => {},
        ),
      ).rejects.toThrow(/line 1: not "<sha256 hex> {2}<file name>"/);
      expect(fs.readFileSync(path.join(root, 'pins.json'), 'utf8')).toBe(original);
    });
  });
});
