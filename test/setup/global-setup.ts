/**
 * Integration project setup: makes sure the Trivy test binary is fetched,
 * starts a loopback docker-registry and pushes every test image
 * (test/fixtures/images/<name>/{image.json,rootfs/}), then writes what it
 * has into a JSON file named by $SCS_TEST_INFRA (read it with
 * test/support/test-tools.ts).
 *
 * It also builds the Trivy DB fixture (test/fixtures/trivy-db, Go + bbolt)
 * and pushes it as the OCI artifact `trivy-db:2`.
 *
 * A missing piece (no docker-registry or skopeo, no Trivy for this
 * platform, no Go) is recorded and reported; with SCS_REQUIRE_INFRA=1 (CI) it
 * fails the run instead.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import type { ImageRuntimeConfig } from '../support/oci-image.js';
import type { Registry } from '../support/registry.js';
import type { InfraState, MultiPlatformTestImage, TestImage, TrivyDbFixture } from '../support/test-tools.js';

// Jest loads this file through its transform, but Node resolves the file's
// own static imports, and a `.js` specifier names no file here. So the
// support modules are loaded at run time by their real name, which Node 24
// runs with type stripping (they use erasable TypeScript syntax only).
type OciImageModule = typeof import('../support/oci-image.js');
type RegistryModule = typeof import('../support/registry.js');
type TrivyDbFixtureModule = typeof import('../fixtures/trivy-db/build.js');
const support = async <T>(name: string): Promise<T> =>
  (await import(new URL(`../support/${name}.ts`, import.meta.url).href)) as T;
const trivyDbFixtureModule = async (): Promise<TrivyDbFixtureModule> =>
  (await import(new URL('../fixtures/trivy-db/build.ts', import.meta.url).href)) as TrivyDbFixtureModule;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMAGES_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'images');
const TRIVY = path.join(REPO_ROOT, '.cache', 'test-tools', 'trivy');

/** Handed to global-teardown (same process). */
export interface InfraHandle {
  registry?: Registry;
  referrersRegistry?: Registry;
  stateDir: string;
}
const HANDLE = Symbol.for('scs.test-infra');
type GlobalWithHandle = typeof globalThis & { [HANDLE]?: InfraHandle };

interface ImageSpec {
  repository: string;
  tag: string;
  config?: ImageRuntimeConfig;
}

function log(message: string): void {
  process.stderr.write(`[test infra] ${message}\n`);
}

function fetchTrivy(missing: string[]): string | undefined {
  if (!(process.platform === 'linux' && process.arch === 'x64')) {
    missing.push(`no Trivy test binary for ${process.platform}/${process.arch} (Linux x64 only)`);
    return undefined;
  }
  try {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'fetch-test-tools.mjs'), '--skip-go'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10 * 60 * 1000,
    });
    return TRIVY;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    missing.push(`fetching the Trivy test binary failed: ${stderr || (error as Error).message}`);
    return undefined;
  }
}

async function pushImages(registry: Registry, workDir: string): Promise<Record<string, TestImage>> {
  const { buildOciLayout, pushOciLayout } = await support<OciImageModule>('oci-image');
  const images: Record<string, TestImage> = {};
  const names = fs.existsSync(IMAGES_DIR) ? fs.readdirSync(IMAGES_DIR).sort() : [];
  for (const name of names) {
    const fixture = path.join(IMAGES_DIR, name);
    const specFile = path.join(fixture, 'image.json');
    if (!fs.existsSync(specFile)) continue;
    const spec = JSON.parse(fs.readFileSync(specFile, 'utf8')) as ImageSpec;
    const layout = await buildOciLayout({
      rootfs: path.join(fixture, 'rootfs'),
      outDir: path.join(workDir, `layout-${name}`),
      tag: spec.tag,
      ...(spec.config ? { config: spec.config } : {}),
    });
    const pushed = await pushOciLayout(layout, { registry: registry.url, repository: spec.repository });
    images[name] = { ...pushed, fixture };
  }
  return images;
}

/** Trivy's DB artifact shape (what ghcr.io/aquasecurity/trivy-db:2 serves). */
const TRIVY_DB_CONFIG_MEDIA_TYPE = 'application/vnd.aquasec.trivy.config.v1+json';
const TRIVY_DB_LAYER_MEDIA_TYPE = 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip';

/**
 * Builds the Trivy DB fixture (test/fixtures/trivy-db: Go + bbolt), packs it
 * as Trivy's DB layer and pushes it as `trivy-db:2`. Records why when it
 * cannot (no Go, no bbolt, a failed build).
 */
async function pushTrivyDb(
  registry: Registry,
  workDir: string,
  missing: string[],
): Promise<TrivyDbFixture | undefined> {
  const started = performance.now();
  const { buildTrivyDbFiles, trivyDbFixtureMissing } = await trivyDbFixtureModule();
  const why = trivyDbFixtureMissing();
  if (why) {
    missing.push(`the Trivy DB fixture cannot be built: ${why}`);
    return undefined;
  }
  try {
    const { buildOciArtifactLayout, pushOciLayout, tarDirectory } = await support<OciImageModule>('oci-image');
    const files = await buildTrivyDbFiles({
      workDir: path.join(workDir, 'trivy-db-fixture'),
      goCache: path.join(REPO_ROOT, '.cache', 'go-build'),
    });
    const dbTarGz = zlib.gzipSync(await tarDirectory(files.dir));
    const layout = buildOciArtifactLayout({
      outDir: path.join(workDir, 'layout-trivy-db'),
      tag: '2',
      configMediaType: TRIVY_DB_CONFIG_MEDIA_TYPE,
      layers: [
        {
          data: dbTarGz,
          mediaType: TRIVY_DB_LAYER_MEDIA_TYPE,
          annotations: { 'org.opencontainers.image.title': 'db.tar.gz' },
        },
      ],
    });
    const pushed = await pushOciLayout(layout, { registry: registry.url, repository: 'trivy-db' });
    const buildMs = Math.round(performance.now() - started);
    log(
      `Trivy DB fixture ${pushed.ref}@${pushed.digest} in ${buildMs} ms (go build ${files.buildMs} ms, run ${files.runMs} ms)`,
    );
    return {
      repository: pushed.ref,
      digest: pushed.digest,
      layerDigest: layout.layers[0]!.digest,
      updatedAt: files.updatedAt,
      buildMs,
    };
  } catch (error) {
    const stderr = (error as { stderr?: Buffer | string }).stderr?.toString().trim();
    missing.push(`the Trivy DB fixture could not be built: ${stderr || (error as Error).message}`);
    return undefined;
  }
}

/**
 * Pushes `multi:v1`: an OCI image index with two tiny single-layer images
 * (linux/amd64, linux/arm64), built as an OCI layout and copied with
 * `skopeo copy --all`. For signing and verifying a multi-platform image.
 */
async function pushMultiPlatformImage(
  registry: Registry,
  workDir: string,
  missing: string[],
): Promise<MultiPlatformTestImage | undefined> {
  try {
    const { buildMultiPlatformLayout, pushOciLayout } = await support<OciImageModule>('oci-image');
    const layout = await buildMultiPlatformLayout({
      outDir: path.join(workDir, 'layout-multi'),
      tag: 'v1',
      platforms: [
        { os: 'linux', architecture: 'amd64', files: { 'etc/platform': 'linux/amd64\n' } },
        { os: 'linux', architecture: 'arm64', files: { 'etc/platform': 'linux/arm64\n' } },
      ],
    });
    const pushed = await pushOciLayout(layout, { registry: registry.url, repository: 'multi', all: true });
    return {
      repository: pushed.repository,
      tag: pushed.tag,
      digest: pushed.digest,
      mediaType: layout.manifest.mediaType,
      size: layout.manifest.size,
      ref: pushed.ref,
      refByDigest: pushed.refByDigest,
      platforms: layout.platforms.map((p) => ({
        ...p.platform,
        digest: p.manifest.digest,
        mediaType: p.manifest.mediaType,
        size: p.manifest.size,
      })),
    };
  } catch (error) {
    const stderr = (error as { stderr?: Buffer | string }).stderr?.toString().trim();
    missing.push(`the multi-platform test image could not be pushed: ${stderr || (error as Error).message}`);
    return undefined;
  }
}

/** The Go tools the interop project runs (scripts/go-test-tools.mjs builds them). */
const GO_TOOL_NAMES = [
  'cosign',
  'syft',
  'grype',
  'grype-db-fixture',
  'gh',
  'slsa-verifier',
  'registry',
  'kyverno',
  'policy-controller-tester',
  'ratify',
  'sigstore-tuf',
] as const;

/**
 * Interop project only: builds (or finds cached) the Go tools, then starts the
 * OCI 1.1 referrers registry and pushes the same test images to it.
 */
async function setUpInterop(
  handle: InfraHandle,
  stateDir: string,
  missing: string[],
): Promise<NonNullable<InfraState['infra']>['interop']> {
  try {
    const started = performance.now();
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'fetch-test-tools.mjs'), '--skip-trivy'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 90 * 60 * 1000,
    });
    log(`Go test tools ready in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    missing.push(`building the Go test tools failed (npm run fetch-test-tools): ${stderr || (error as Error).message}`);
    return undefined;
  }
  const tools: Record<string, string> = {};
  for (const name of GO_TOOL_NAMES) {
    const file = path.join(REPO_ROOT, '.cache', 'test-tools', name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      tools[name] = file;
    } catch {
      missing.push(`the Go test tool ${name} is missing at .cache/test-tools/${name} (npm run fetch-test-tools)`);
    }
  }
  if (!tools.registry) return { tools };
  try {
    const { startReferrersRegistry } = await support<RegistryModule>('registry');
    handle.referrersRegistry = await startReferrersRegistry({ binary: tools.registry });
    const dir = path.join(stateDir, 'referrers');
    fs.mkdirSync(dir);
    const images = await pushImages(handle.referrersRegistry, dir);
    const multiPlatform = await pushMultiPlatformImage(handle.referrersRegistry, dir, missing);
    return {
      tools,
      referrersRegistry: {
        registry: handle.referrersRegistry.url,
        registryPid: handle.referrersRegistry.pid,
        images,
        ...(multiPlatform ? { multiPlatform } : {}),
      },
    };
  } catch (error) {
    missing.push(`the referrers registry could not be set up: ${(error as Error).message}`);
    await handle.referrersRegistry?.stop();
    delete handle.referrersRegistry;
    return { tools };
  }
}

/**
 * Jest runs a global-setup module once per run however many projects name it
 * (integration, hostile and interop share this one) and hands it the config
 * of whichever project came first. So the interop part is chosen from the run:
 * when `interop` was selected, or when every project runs with the
 * infrastructure required (`npm run test:all`, CI). A plain local `npm test`
 * does not start a Go build; its interop tests say how to run them instead.
 */
function interopInRun(
  globalConfig: { selectProjects?: string[] } | undefined,
  project: string | undefined,
  required: boolean,
): boolean {
  if (project === 'interop') return true;
  const selected = globalConfig?.selectProjects;
  return selected ? selected.includes('interop') : required;
}

export default async function globalSetup(
  globalConfig?: { selectProjects?: string[] },
  projectConfig?: { displayName?: string | { name?: string } },
): Promise<void> {
  const started = performance.now();
  const project =
    typeof projectConfig?.displayName === 'string' ? projectConfig.displayName : projectConfig?.displayName?.name;
  const required = process.env.SCS_REQUIRE_INFRA === '1';
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-test-infra-'));
  const stateFile = path.join(stateDir, 'infra.json');
  const handle: InfraHandle = { stateDir };
  (globalThis as GlobalWithHandle)[HANDLE] = handle;

  const missing: string[] = [];
  const trivy = fetchTrivy(missing);

  const state: InfraState = { missing };
  const { registryBinary, startRegistry } = await support<RegistryModule>('registry');
  const { SKOPEO_BINARY } = await support<OciImageModule>('oci-image');
  const registryBin = registryBinary();
  const skopeo = fs.existsSync(SKOPEO_BINARY) ? SKOPEO_BINARY : undefined;
  if (!registryBin) missing.push('docker-registry is not installed (apt-get install docker-registry)');
  if (!skopeo) missing.push('skopeo is not installed (apt-get install skopeo)');
  if (registryBin && skopeo) {
    try {
      handle.registry = await startRegistry({ binary: registryBin });
      const images = await pushImages(handle.registry, stateDir);
      const trivyDb = await pushTrivyDb(handle.registry, stateDir, missing);
      const multiPlatform = await pushMultiPlatformImage(handle.registry, stateDir, missing);
      state.infra = {
        registry: handle.registry.url,
        registryPid: handle.registry.pid,
        images,
        ...(trivy ? { trivy } : {}),
        ...(trivyDb ? { trivyDb } : {}),
        ...(multiPlatform ? { multiPlatform } : {}),
      };
      if (interopInRun(globalConfig, project, required)) {
        const interop = await setUpInterop(handle, stateDir, missing);
        if (interop) state.infra.interop = interop;
      }
    } catch (error) {
      missing.push(`the test registry could not be set up: ${(error as Error).message}`);
      await handle.registry?.stop();
      delete handle.registry;
    }
  }

  fs.writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  process.env.SCS_TEST_INFRA = stateFile;

  const ms = Math.round(performance.now() - started);
  if (state.infra) {
    const images = Object.values(state.infra.images).map((i) => i.refByDigest);
    if (state.infra.multiPlatform) images.push(`${state.infra.multiPlatform.refByDigest} (index)`);
    log(`registry ${state.infra.registry} with ${images.length} image(s) in ${ms} ms: ${images.join(', ')}`);
  }
  if (trivy) log(`Trivy test binary: ${path.relative(REPO_ROOT, trivy)}`);
  if (missing.length > 0) {
    const lines = missing.map((m) => `  - ${m}`).join('\n');
    if (required) {
      await handle.registry?.stop();
      await handle.referrersRegistry?.stop();
      throw new Error(`SCS_REQUIRE_INFRA=1 but the test infrastructure is incomplete:\n${lines}`);
    }
    log(`incomplete; tests that need these pieces are SKIPPED:\n${lines}`);
  }
}
