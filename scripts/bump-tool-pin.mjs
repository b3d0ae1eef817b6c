#!/usr/bin/env node
/**
 * Bumps a pinned tool in packages/tool-installer/src/pins.json: the version,
 * the SHA-256 of every platform asset (from the tool's release checksums
 * file) and the SHA-256 of the executable inside every archive
 * (`binarySha256`: each asset is downloaded, checked against its listed
 * digest, unpacked in a scratch folder and its binary hashed) change
 * together, or nothing changes. The binary digests let a tool-cache hit be
 * checked by hashing the cached binary alone, against committed data.
 *
 *   node scripts/bump-tool-pin.mjs <trivy|grype|syft|cosign> <version> [options]
 *
 *   --checksums URL|FILE  the release's checksums file (sha256sum format). Default: the
 *                         official release URL, e.g.
 *                         https://github.com/aquasecurity/trivy/releases/download/v0.76.0/trivy_0.76.0_checksums.txt
 *   --mirror URL          base URL that replaces https://github.com in the default URL
 *   --assets URL|DIR      where the release assets are read from to hash their binaries.
 *                         Default: the folder of the checksums file (the release's
 *                         download folder for the official URL)
 *   --pins FILE           pin manifest to update (default: the committed pins.json)
 *   --dry-run             print the change, write nothing
 *
 * Refuses (exit 1, file untouched) when: the version is not a plain semver;
 * the checksums file is not strictly `<64 hex>  <file>` per line; a name is
 * listed twice with different digests; or any asset the manifest pins for a
 * platform today is missing from the checksums file for the new version; an
 * asset cannot be fetched, does not match its listed digest, or has no
 * executable at its top level. The set of platforms never shrinks silently.
 *
 * What this does not prove: that the checksums file itself is authentic. It is
 * fetched over TLS from the project's release; review the diff (each digest is
 * printed) and, for cosign, compare with the release's signed checksums.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PINS = path.join(repoRoot, 'packages', 'tool-installer', 'src', 'pins.json');

/** Where each tool publishes its release and the name of its checksums file (mirrors release-url.ts). */
export const RELEASES = {
  trivy: { repository: 'aquasecurity/trivy', checksums: (v) => `trivy_${v}_checksums.txt` },
  grype: { repository: 'anchore/grype', checksums: (v) => `grype_${v}_checksums.txt` },
  syft: { repository: 'anchore/syft', checksums: (v) => `syft_${v}_checksums.txt` },
  cosign: { repository: 'sigstore/cosign', checksums: () => 'cosign_checksums.txt' },
};

export const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?$/;
const CHECKSUM_LINE = /^([0-9a-f]{64}) [ *]([A-Za-z0-9][A-Za-z0-9._+-]{0,199})$/;
const MAX_CHECKSUMS_BYTES = 1024 * 1024;
/** Largest release asset read to hash its binary (Trivy's archives are ≈ 50 MB). */
const MAX_ASSET_BYTES = 1024 * 1024 * 1024;

export class BumpError extends Error {
  name = 'BumpError';
}

/**
 * Parses a sha256sum-format file strictly: every non-blank line must be
 * `<64 lower-case hex><space><space or *><file name>`. Returns name → digest.
 */
export function parseChecksums(text, source = 'checksums file') {
  const digests = new Map();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const match = CHECKSUM_LINE.exec(line);
    if (!match) {
      const shown = line.length > 120 ? `${line.slice(0, 120)}…` : line;
      throw new BumpError(
        `${source}, line ${index + 1}: not "<sha256 hex>  <file name>" (sha256sum format): ${JSON.stringify(shown)}. Nothing was changed.`,
      );
    }
    const [, digest, name] = match;
    const previous = digests.get(name);
    if (previous !== undefined && previous !== digest) {
      throw new BumpError(`${source}: ${name} is listed twice with different digests. Nothing was changed.`);
    }
    digests.set(name, digest);
  });
  if (digests.size === 0) throw new BumpError(`${source} lists no files. Nothing was changed.`);
  return digests;
}

/** Normalises one tool entry to { defaultVersion, versions: { v: { platform: {file, sha256} } }, shape }. */
function toolEntry(pins, tool) {
  const raw = pins[tool];
  if (raw === undefined) throw new BumpError(`the pin manifest has no entry for ${tool}.`);
  if ('versions' in raw) return { shape: 'versions', defaultVersion: raw.default, versions: raw.versions };
  return { shape: 'single', defaultVersion: raw.version, versions: { [raw.version]: raw.assets } };
}

/**
 * The asset file name of `platform` for `version`, derived from today's pinned
 * name: the pinned version inside the name is replaced (cosign's names carry
 * no version and stay as they are).
 */
export function assetNameFor(currentFile, currentVersion, version) {
  return currentFile.split(currentVersion).join(version);
}

/**
 * Returns the new manifest object (the input is not modified) and the list of
 * changes, or throws a BumpError naming every asset that cannot be confirmed.
 */
export function bumpPins(pins, tool, version, checksums, source = 'checksums file') {
  if (!(tool in RELEASES))
    throw new BumpError(`unknown tool ${JSON.stringify(tool)}; expected one of ${Object.keys(RELEASES).join(', ')}.`);
  if (!VERSION.test(version))
    throw new BumpError(`version must look like 1.2.3 (no leading v); got ${JSON.stringify(version)}.`);
  const entry = toolEntry(pins, tool);
  const current = entry.versions[entry.defaultVersion];
  if (!current || Object.keys(current).length === 0) {
    throw new BumpError(
      `${tool}: the pinned version ${entry.defaultVersion} has no assets to derive the new ones from.`,
    );
  }
  const assets = {};
  const missing = [];
  const changes = [];
  for (const [platform, asset] of Object.entries(current)) {
    const file = assetNameFor(asset.file, entry.defaultVersion, version);
    const sha256 = checksums.get(file);
    if (sha256 === undefined) {
      missing.push(`${platform} (${file})`);
      continue;
    }
    assets[platform] = { file, sha256 };
    changes.push({ platform, from: asset, to: assets[platform] });
  }
  if (missing.length > 0) {
    throw new BumpError(
      `${tool} ${version}: ${source} has no digest for ${missing.join(', ')}. ` +
        'Every platform pinned today must be confirmed; nothing was changed.',
    );
  }
  const next = structuredClone(pins);
  if (entry.shape === 'single') {
    next[tool] = { version, assets };
  } else {
    next[tool] = { default: version, versions: { ...structuredClone(entry.versions), [version]: assets } };
  }
  return { pins: next, changes, from: entry.defaultVersion };
}

/**
 * Serialises the manifest in the committed layout: two-space indentation, one
 * asset ({ file, sha256 }) per line.
 */
export function formatPins(pins) {
  const isAsset = (value) =>
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'file' in value &&
    'sha256' in value &&
    Object.keys(value).every((key) => ['file', 'sha256', 'binarySha256'].includes(key));
  const render = (value, indent) => {
    if (isAsset(value)) {
      const binary = value.binarySha256 === undefined ? '' : `, "binarySha256": ${JSON.stringify(value.binarySha256)}`;
      return `{ "file": ${JSON.stringify(value.file)}, "sha256": ${JSON.stringify(value.sha256)}${binary} }`;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = ' '.repeat(indent + 2);
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, indent + 2)}`).join(',\n')}\n${' '.repeat(indent)}}`;
  };
  return `${render(pins, 0)}\n`;
}

/** Reads the checksums file from a path or an http(s) URL (bounded size and time). */
export async function readChecksums(source, { timeoutMs = 30000 } = {}) {
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(source);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !loopback) {
      throw new BumpError(
        `${source}: the checksums file is the trust anchor for every digest; fetch it over https (http only for loopback). Nothing was changed.`,
      );
    }
    if (url.username || url.password)
      throw new BumpError('the checksums URL must not carry credentials. Nothing was changed.');
    const response = await fetch(source, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new BumpError(`GET ${source}: HTTP ${response.status}. Nothing was changed.`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_CHECKSUMS_BYTES)
      throw new BumpError(`${source} is larger than ${MAX_CHECKSUMS_BYTES} bytes. Nothing was changed.`);
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > MAX_CHECKSUMS_BYTES)
      throw new BumpError(`${source} is larger than ${MAX_CHECKSUMS_BYTES} bytes. Nothing was changed.`);
    return body.toString('utf8');
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
    throw new BumpError(`--checksums must be an http(s) URL or a file; got ${JSON.stringify(source)}.`);
  const body = await readFile(source);
  if (body.length > MAX_CHECKSUMS_BYTES)
    throw new BumpError(`${source} is larger than ${MAX_CHECKSUMS_BYTES} bytes. Nothing was changed.`);
  return body.toString('utf8');
}

const isLoopback = (url) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** The executable's name inside a release asset of `tool` for `platform` (as the tool installer expects it). */
export function binaryNameFor(tool, platform) {
  return platform.startsWith('win32-') ? `${tool}.exe` : tool;
}

/**
 * Fetches (or copies) one release asset into `dest`, streaming, with a total
 * deadline and a size cap; https only (loopback may use http), and a redirect
 * must stay on https.
 */
async function fetchAsset(location, file, dest, { timeoutMs = 600000 } = {}) {
  if (/^https?:\/\//i.test(location)) {
    const url = new URL(`${location.replace(/\/+$/, '')}/${encodeURIComponent(file)}`);
    if (url.protocol !== 'https:' && !isLoopback(url))
      throw new BumpError(`${url}: fetch release assets over https (http only for loopback). Nothing was changed.`);
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    const final = new URL(response.url || url.href);
    if (final.protocol !== 'https:' && !isLoopback(final))
      throw new BumpError(`GET ${url} was redirected to ${final.origin} without TLS; refused. Nothing was changed.`);
    if (!response.ok || !response.body)
      throw new BumpError(`GET ${url}: HTTP ${response.status}. Nothing was changed.`);
    let received = 0;
    const capped = Readable.fromWeb(response.body).on('data', (chunk) => {
      received += chunk.length;
      if (received > MAX_ASSET_BYTES)
        capped.destroy(new BumpError(`${url} is larger than ${MAX_ASSET_BYTES} bytes. Nothing was changed.`));
    });
    await pipeline(capped, createWriteStream(dest, { flags: 'wx' }));
    return url.href;
  }
  const source = path.join(location, file);
  const info = await stat(source).catch(() => undefined);
  if (!info?.isFile())
    throw new BumpError(
      `${source} is not a file; give --assets the folder (or URL) holding the release assets. Nothing was changed.`,
    );
  if (info.size > MAX_ASSET_BYTES)
    throw new BumpError(`${source} is larger than ${MAX_ASSET_BYTES} bytes. Nothing was changed.`);
  await pipeline(createReadStream(source), createWriteStream(dest, { flags: 'wx' }));
  return source;
}

async function sha256Of(file) {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * The SHA-256 of the executable inside one release asset: fetched, checked
 * against the digest the checksums file lists, unpacked (system tar / unzip,
 * as the tool installer does) into a scratch folder, the top-level binary
 * hashed. For a raw binary asset (cosign), the asset digest itself.
 */
export async function binaryDigest(tool, platform, asset, location, { timeoutMs } = {}) {
  const format = /\.(tar\.gz|tgz)$/.test(asset.file) ? 'tar.gz' : asset.file.endsWith('.zip') ? 'zip' : 'binary';
  if (format === 'binary') return asset.sha256;
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bump-tool-pin-'));
  try {
    const archive = path.join(scratch, asset.file);
    const from = await fetchAsset(location, asset.file, archive, { timeoutMs });
    const actual = await sha256Of(archive);
    if (actual !== asset.sha256) {
      throw new BumpError(
        `${from} has SHA-256 ${actual}, but the checksums file lists ${asset.sha256}. Nothing was changed.`,
      );
    }
    const out = path.join(scratch, 'unpacked');
    const run = promisify(execFile);
    await mkdir(out);
    if (format === 'tar.gz') await run('tar', ['-xzf', archive, '-C', out]);
    else await run('unzip', ['-q', archive, '-d', out]);
    const binary = path.join(out, binaryNameFor(tool, platform));
    const info = await stat(binary).catch(() => undefined);
    if (!info?.isFile())
      throw new BumpError(
        `${asset.file} has no ${binaryNameFor(tool, platform)} at its top level. Nothing was changed.`,
      );
    return await sha256Of(binary);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Adds `binarySha256` to every asset of `tool`'s default version in `pins` (in place), from the assets at `location`. */
export async function recordBinaryDigests(pins, tool, location, options = {}) {
  const entry = toolEntry(pins, tool);
  const assets = entry.versions[entry.defaultVersion];
  for (const [platform, asset] of Object.entries(assets)) {
    asset.binarySha256 = await binaryDigest(tool, platform, asset, location, options);
  }
  return assets;
}

export function defaultChecksumsUrl(tool, version, base = 'https://github.com') {
  const release = RELEASES[tool];
  const root = base.replace(/\/+$/, '');
  return `${root}/${release.repository}/releases/download/${encodeURIComponent(`v${version}`)}/${encodeURIComponent(release.checksums(version))}`;
}

function parseArgs(argv) {
  const options = { pins: DEFAULT_PINS, dryRun: false, checksums: undefined, mirror: undefined, assets: undefined };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new BumpError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--checksums') options.checksums = value();
    else if (arg === '--mirror') options.mirror = value();
    else if (arg === '--assets') options.assets = value();
    else if (arg === '--pins') options.pins = path.resolve(value());
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg.startsWith('--')) throw new BumpError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) {
    throw new BumpError(
      'usage: bump-tool-pin.mjs <trivy|grype|syft|cosign> <version> [--checksums URL|FILE] [--mirror URL] [--assets URL|DIR] [--pins FILE] [--dry-run]',
    );
  }
  const [tool, rawVersion] = positional;
  return { ...options, tool, version: rawVersion.replace(/^v(?=\d)/, '') };
}

export async function main(argv, log = console.log) {
  const options = parseArgs(argv);
  if (!(options.tool in RELEASES))
    throw new BumpError(
      `unknown tool ${JSON.stringify(options.tool)}; expected one of ${Object.keys(RELEASES).join(', ')}.`,
    );
  if (!VERSION.test(options.version))
    throw new BumpError(`version must look like 1.2.3; got ${JSON.stringify(options.version)}.`);
  const source = options.checksums ?? defaultChecksumsUrl(options.tool, options.version, options.mirror);
  const checksums = parseChecksums(await readChecksums(source), source);
  const pins = JSON.parse(await readFile(options.pins, 'utf8'));
  const result = bumpPins(pins, options.tool, options.version, checksums, source);
  const assets =
    options.assets ?? (/^https?:\/\//i.test(source) ? source.slice(0, source.lastIndexOf('/')) : path.dirname(source));
  await recordBinaryDigests(result.pins, options.tool, assets);
  log(`${options.tool}: ${result.from} → ${options.version} (digests from ${source}; binaries hashed from ${assets})`);
  for (const change of result.changes)
    log(`  ${change.platform.padEnd(12)} ${change.to.file}  ${change.to.sha256}  binary ${change.to.binarySha256}`);
  if (options.dryRun) {
    log('dry run: nothing written');
    return 0;
  }
  await writeFile(options.pins, formatPins(result.pins));
  log(`updated ${path.relative(process.cwd(), options.pins)}; run the tool-installer tests and commit.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      console.error(`bump-tool-pin: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
