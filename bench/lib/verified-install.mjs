/**
 * Benchmark 4 — verified install: our TrivyInstaller (a version that is not
 * pinned, with its sha256 and a loopback mirror; a fresh tool cache every
 * run) downloading, hashing, extracting and caching a 40 MB tar.gz, against
 * `curl -s -o` + `sha256sum` + `tar xzf` of the same file in the same rounds.
 * Then cache hits for a 100 MB binary, both checked against committed data
 * only (issue 13 item 3): with a pinned `binarySha256` (one streaming SHA-256
 * of the binary) and, in the same rounds, without one (the kept release
 * archive re-hashed against the archive digest, unpacked again, and the
 * binary compared with its member). Nothing fails, so tool-cache's retry
 * settings play no part.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TrivyInstaller, loadPinManifest, parsePinManifest, releaseAssetName, sha256File } from '@scs/tool-installer';
import { startStaticFileServer } from './static-file-server.mjs';
import { interleaved, mb, median, ms, ratio, run, table, timeRuns, verdict } from './stats.mjs';

export const INSTALL_BUDGET_RATIO = 1.3;
/** A hit with a pinned binary digest reads the binary once: at most this many times `openssl dgst -sha256` of it. */
export const CACHE_HIT_BUDGET_RATIO = 2;
const VERSION = '0.99.0';
const quiet = {
  info() {},
  warning(m) {
    process.stderr.write(`installer warning: ${m}\n`);
  },
  debug() {},
};

function writeRandomFile(file, bytes) {
  const fd = fs.openSync(file, 'w');
  for (let left = bytes; left > 0; left -= 1 << 20) fs.writeSync(fd, randomBytes(Math.min(left, 1 << 20)));
  fs.closeSync(fd);
}

/** A release asset (tar.gz) on the mirror: a stand-in `trivy` plus paddingBytes of random data, or a `trivy` of binaryBytes random bytes. */
async function makeAsset(mirrorRoot, work, { paddingBytes = 0, binaryBytes = 0 }) {
  const content = path.join(work, `content-${paddingBytes}-${binaryBytes}`);
  fs.mkdirSync(content, { recursive: true });
  const binary = path.join(content, 'trivy');
  if (binaryBytes)
    writeRandomFile(binary, binaryBytes); // a big "binary": only its digest matters here
  else fs.writeFileSync(binary, '#!/bin/sh\necho "Version: 0.99.0"\n');
  fs.chmodSync(binary, 0o755);
  if (paddingBytes) writeRandomFile(path.join(content, 'payload.bin'), paddingBytes);
  const name = releaseAssetName('trivy', VERSION, `${process.platform}-${process.arch}`);
  const dir = path.join(mirrorRoot, 'aquasecurity', 'trivy', 'releases', 'download', `v${VERSION}`);
  fs.mkdirSync(dir, { recursive: true });
  const asset = path.join(dir, name);
  await run('tar', ['czf', asset, '-C', content, '.']);
  fs.rmSync(content, { recursive: true, force: true });
  return { asset, name, bytes: fs.statSync(asset).size, sha256: await sha256File(asset) };
}

/** Points @actions/tool-cache (which reads these at call time) at fresh folders. */
function freshRunnerDirs(work, label) {
  const root = fs.mkdtempSync(path.join(work, `${label}-`));
  process.env.RUNNER_TOOL_CACHE = path.join(root, 'tool-cache');
  process.env.RUNNER_TEMP = path.join(root, 'temp');
  fs.mkdirSync(process.env.RUNNER_TOOL_CACHE, { recursive: true });
  fs.mkdirSync(process.env.RUNNER_TEMP, { recursive: true });
  return root;
}

/** @actions/core writes ::debug:: lines to stdout for every tool-cache step: keep them out of the bench's output. */
async function withoutStdout(fn) {
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

/** installBytes / hitBytes: sizes of the download and of the cached binary (smaller for the CI smoke run). */
export function benchVerifiedInstall(options) {
  return withoutStdout(() => measure(options));
}

async function measure({ runs, log: print, installBytes = 40 * 1024 * 1024, hitBytes = 100 * 1024 * 1024 }) {
  const log = print && ((text) => process.stderr.write(`${text}\n`));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-install-'));
  const mirrorRoot = path.join(work, 'mirror');
  const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };
  const server = await startStaticFileServer(mirrorRoot);
  try {
    // --- 40 MB download + verify + extract + cache --------------------------------------
    const asset = await makeAsset(mirrorRoot, work, { paddingBytes: installBytes });
    const url = `${server.url}/aquasecurity/trivy/releases/download/v${VERSION}/${asset.name}`;
    log?.(`install: ${asset.name} ${mb(asset.bytes)} on ${server.url}`);
    const installer = () => new TrivyInstaller({ logger: quiet, addPath: () => {} });
    const times = await interleaved(
      [
        {
          name: 'ours',
          fn: async () => {
            const root = freshRunnerDirs(work, 'ours');
            const tool = await installer().install({ version: VERSION, sha256: asset.sha256, mirror: server.url });
            if (tool.source !== 'download') throw new Error(`expected a download, got ${tool.source}`);
            fs.rmSync(root, { recursive: true, force: true });
          },
        },
        {
          name: 'curl',
          fn: async () => {
            const root = fs.mkdtempSync(path.join(work, 'curl-'));
            const file = path.join(root, asset.name);
            const script = 'curl -sf -o "$1" "$2" && sha256sum "$1" > /dev/null && mkdir "$3" && tar xzf "$1" -C "$3"';
            await run('sh', ['-c', script, 'sh', file, url, path.join(root, 'x')]);
            fs.rmSync(root, { recursive: true, force: true });
          },
        },
      ],
      { runs, warmup: 1 },
    );
    const ours = median(times.ours);
    const curl = median(times.curl);
    const installRatio = ours / curl;

    // --- cache hit with the digest re-checked, 100 MB binary ------------------------------
    fs.rmSync(asset.asset, { force: true });
    const big = await makeAsset(mirrorRoot, work, { binaryBytes: hitBytes });
    freshRunnerDirs(work, 'hit');
    const first = await installer().install({ version: VERSION, sha256: big.sha256, mirror: server.url });
    const binaryBytes = fs.statSync(first.binary).size;
    const requestsBefore = server.served.length;
    const rssBefore = process.memoryUsage().rss;
    // The same version pinned with its binary digest, as scripts/bump-tool-pin.mjs writes pins.
    const platform = `${process.platform}-${process.arch}`;
    const committed = loadPinManifest();
    const pinned = parsePinManifest({
      ...Object.fromEntries(
        Object.entries(committed).map(([tool, pins]) => [
          tool,
          { default: pins.defaultVersion, versions: pins.versions },
        ]),
      ),
      trivy: {
        version: VERSION,
        assets: { [platform]: { file: big.name, sha256: big.sha256, binarySha256: await sha256File(first.binary) } },
      },
    });
    const hitWith = (make) => async () => {
      const tool = await make().install({ version: VERSION, sha256: big.sha256, mirror: server.url });
      if (tool.source !== 'cache') throw new Error(`expected a cache hit, got ${tool.source}`);
    };
    const hitTimes = await interleaved(
      [
        {
          name: 'pinned',
          fn: hitWith(() => new TrivyInstaller({ logger: quiet, addPath: () => {}, manifest: pinned })),
        },
        { name: 'archive', fn: hitWith(installer) },
      ],
      { runs, warmup: 1 },
    );
    const hits = hitTimes.pinned;
    const archiveCheck = median(hitTimes.archive);
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    const sha256sum = await timeRuns(() => run('sha256sum', [first.binary]), { runs, warmup: 1 });
    const openssl = await timeRuns(() => run('openssl', ['dgst', '-sha256', first.binary]), { runs, warmup: 1 });
    const inMemory = await timeRuns(
      () =>
        run(process.execPath, [
          '-e',
          `require('crypto').createHash('sha256').update(require('fs').readFileSync(${JSON.stringify(first.binary)})).digest('hex')`,
        ]),
      { runs, warmup: 1 },
    );
    const hit = median(hits);
    const hitRequests = server.served.length - requestsBefore;

    const markdown = [
      `Download + SHA-256 + extract + cache of a ${mb(asset.bytes)} tar.gz (random bytes and a stand-in \`trivy\`) from a loopback mirror,`,
      `TrivyInstaller with version ${VERSION} (not pinned), its sha256 and the mirror, a fresh tool cache per run; baseline in the same`,
      `rounds: \`curl -s -o\` + \`sha256sum\` + \`tar xzf\`. Medians of ${runs} runs after a warm-up.`,
      '',
      table(
        ['', 'ours', 'curl + sha256sum + tar', 'ratio', 'budget', 'verdict'],
        [
          [
            `${mb(asset.bytes)} verified install`,
            ms(ours),
            ms(curl),
            ratio(installRatio),
            `≤ ${INSTALL_BUDGET_RATIO}×`,
            verdict(installRatio <= INSTALL_BUDGET_RATIO),
          ],
        ],
      ),
      '',
      `Cache hit of a ${mb(binaryBytes)} cached binary, in-process, ${runs} interleaved rounds after a warm-up, checked against committed`,
      'data only (nothing stored in the cache is trusted). Pinned binary digest: one streaming SHA-256 of the binary. Archive check',
      '(a pin without `binarySha256`): SHA-256 of the kept release archive, the archive unpacked again into a scratch folder, the',
      'member and the cached binary hashed. For scale, other hashers of the same file as processes (their time includes process start).',
      `Requests to the mirror during the hits: ${hitRequests}; RSS growth over all hits: ${mb(Math.max(0, rssGrowth))} (every hash streams).`,
      '',
      table(
        [
          '',
          'pinned binary digest',
          'archive check',
          '`sha256sum`',
          '`openssl dgst -sha256`',
          '`node -e` hash of readFileSync',
          'budget (pinned)',
          'verdict',
        ],
        [
          [
            `cache hit, ${mb(binaryBytes)} binary`,
            ms(hit),
            ms(archiveCheck),
            ms(median(sha256sum)),
            ms(median(openssl)),
            ms(median(inMemory)),
            `≤ ${CACHE_HIT_BUDGET_RATIO}× openssl`,
            verdict(hit <= CACHE_HIT_BUDGET_RATIO * median(openssl)),
          ],
        ],
      ),
    ].join('\n');
    log?.(markdown);
    return {
      results: {
        ours,
        curl,
        installRatio,
        hit,
        archiveCheck,
        sha256sum: median(sha256sum),
        openssl: median(openssl),
        hitRequests,
        rssGrowth,
        binaryBytes,
      },
      markdown,
      pass:
        installRatio <= INSTALL_BUDGET_RATIO && hit <= CACHE_HIT_BUDGET_RATIO * median(openssl) && hitRequests === 0,
    };
  } finally {
    await server.stop();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    fs.rmSync(work, { recursive: true, force: true });
  }
}
