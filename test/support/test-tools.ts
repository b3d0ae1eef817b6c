/**
 * What the integration tests may use beyond Node: the real Trivy test binary
 * (scripts/fetch-test-tools.mjs puts it at .cache/test-tools/trivy) and the
 * loopback registry with pushed test images (started by
 * test/setup/global-setup.ts, described by the JSON file that
 * $SCS_TEST_INFRA names).
 *
 * Missing pieces: with SCS_REQUIRE_INFRA=1 (CI, `npm run test:all`) the
 * require* helpers throw, so the test file fails loudly; otherwise they
 * print why and return undefined, and the tests skip.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TRIVY_TEST_BINARY = path.join(REPO_ROOT, '.cache', 'test-tools', 'trivy');
export const INFRA_ENV = 'SCS_TEST_INFRA';
export const REQUIRE_ENV = 'SCS_REQUIRE_INFRA';

export interface TestImage {
  repository: string;
  tag: string;
  /** sha256:… of the manifest, as the registry reports it. */
  digest: string;
  /** 127.0.0.1:PORT/repository:tag */
  ref: string;
  /** 127.0.0.1:PORT/repository@sha256:… */
  refByDigest: string;
  /** The fixture directory the image was built from (its rootfs/ is the filesystem). */
  fixture: string;
}

/** The Trivy DB fixture (test/fixtures/trivy-db) as pushed to the registry. */
export interface TrivyDbFixture {
  /** 127.0.0.1:PORT/trivy-db:2 */
  repository: string;
  /** sha256:… of the artifact's manifest. */
  digest: string;
  /** sha256:… of its one layer (db.tar.gz). */
  layerDigest: string;
  /** metadata.json UpdatedAt (the setup's start). */
  updatedAt: string;
  /** Milliseconds to build (go build + run + pack) and push it. */
  buildMs: number;
}

/** One platform image of the multi-platform test index. */
export interface TestPlatformManifest {
  os: string;
  architecture: string;
  variant?: string;
  /** sha256:… of this platform's image manifest. */
  digest: string;
  mediaType: string;
  size: number;
}

/** A multi-platform image (an OCI image index: linux/amd64 + linux/arm64) pushed with `skopeo copy --all`. */
export interface MultiPlatformTestImage {
  repository: string;
  tag: string;
  /** sha256:… of the image index. */
  digest: string;
  /** application/vnd.oci.image.index.v1+json */
  mediaType: string;
  /** Size of the index in bytes. */
  size: number;
  /** 127.0.0.1:PORT/repository:tag */
  ref: string;
  /** 127.0.0.1:PORT/repository@sha256:… (the index) */
  refByDigest: string;
  platforms: TestPlatformManifest[];
}

export interface TestInfra {
  /** host:port of the plain-HTTP loopback registry. */
  registry: string;
  registryPid: number;
  images: Record<string, TestImage>;
  /** Path of the Trivy test binary, when there is one. */
  trivy?: string;
  /** Absent when Go or bbolt is missing (then recorded in `missing`). */
  trivyDb?: TrivyDbFixture;
  /** The multi-platform image `multi:v1` (absent when it could not be pushed; then recorded in `missing`). */
  multiPlatform?: MultiPlatformTestImage;
  /** Interop project only: the real Go tools and the OCI 1.1 referrers registry. */
  interop?: InteropInfra;
}

/** The same test images in the OCI 1.1 registry (go-containerregistry, referrers API on). */
export interface ReferrersRegistryInfra {
  /** host:port (plain HTTP, loopback). */
  registry: string;
  registryPid: number;
  images: Record<string, TestImage>;
  multiPlatform?: MultiPlatformTestImage;
}

export interface InteropInfra {
  /** name → absolute path of .cache/test-tools/<name> (cosign, syft, grype, gh, slsa-verifier, registry). */
  tools: Record<string, string>;
  referrersRegistry?: ReferrersRegistryInfra;
}

export interface InfraState {
  infra?: TestInfra;
  /** Why some piece is missing (one line each). */
  missing: string[];
}

export function infraRequired(): boolean {
  return process.env[REQUIRE_ENV] === '1';
}

/** The Trivy test binary's path when it is there and executable. */
export function trivyTestBinary(): string | undefined {
  try {
    fs.accessSync(TRIVY_TEST_BINARY, fs.constants.X_OK);
    return TRIVY_TEST_BINARY;
  } catch {
    return undefined;
  }
}

function unavailable(what: string, why: string): undefined {
  const message = `${what} is not available: ${why}`;
  if (infraRequired()) {
    throw new Error(`${message} (${REQUIRE_ENV}=1: tests that need it fail instead of skipping)`);
  }
  console.warn(`SKIPPED: ${message}`);
  return undefined;
}

/** The Trivy test binary, or undefined (after saying why) so the caller skips; throws under SCS_REQUIRE_INFRA=1. */
export function requireTrivy(): string | undefined {
  return (
    trivyTestBinary() ??
    unavailable(
      'The Trivy test binary',
      `${path.relative(REPO_ROOT, TRIVY_TEST_BINARY)} is missing; run \`npm run fetch-test-tools\` (Linux x64 only)`,
    )
  );
}

/** The state global-setup recorded, or undefined when it did not run (unit project, or run outside jest). */
export function readInfraState(): InfraState | undefined {
  const file = process.env[INFRA_ENV];
  if (!file || !fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as InfraState;
}

/** The registry and pushed images, or undefined (after saying why) so the caller skips; throws under SCS_REQUIRE_INFRA=1. */
export function requireInfra(): TestInfra | undefined {
  const state = readInfraState();
  if (!state)
    return unavailable('The test registry', `${INFRA_ENV} is not set: run these tests in jest's integration project`);
  if (!state.infra)
    return unavailable('The test registry', state.missing.join('; ') || 'global setup did not start it');
  return state.infra;
}

/** The Trivy DB fixture, or undefined (after saying why) so the caller skips; throws under SCS_REQUIRE_INFRA=1. */
export function requireTrivyDb(infra: TestInfra): TrivyDbFixture | undefined {
  return (
    infra.trivyDb ??
    unavailable('The Trivy DB fixture', readInfraState()?.missing.join('; ') || 'global setup did not build it')
  );
}

/** The multi-platform test image (`multi:v1`), or undefined (after saying why) so the caller skips; throws under SCS_REQUIRE_INFRA=1. */
export function requireMultiPlatformImage(infra: TestInfra): MultiPlatformTestImage | undefined {
  return (
    infra.multiPlatform ??
    unavailable('The multi-platform test image', readInfraState()?.missing.join('; ') || 'global setup did not push it')
  );
}

/** One pushed test image by fixture name (e.g. 'alpine-app'). */
export function testImage(infra: TestInfra, name: string): TestImage {
  const image = infra.images[name];
  if (!image) throw new Error(`no test image '${name}'; have: ${Object.keys(infra.images).join(', ')}`);
  return image;
}

/** One real Go tool (cosign, syft, grype, gh, slsa-verifier, registry) of the interop project; throws when absent (never a skip in CI). */
export function requireGoTool(infra: TestInfra, name: string): string | undefined {
  return (
    infra.interop?.tools[name] ??
    unavailable(
      `The real ${name} binary`,
      readInfraState()?.missing.join('; ') || "run these tests in jest's interop project (npm run test:interop)",
    )
  );
}

/** The OCI 1.1 referrers registry of the interop project. */
export function requireReferrersRegistry(infra: TestInfra): ReferrersRegistryInfra | undefined {
  return (
    infra.interop?.referrersRegistry ??
    unavailable(
      'The referrers registry',
      readInfraState()?.missing.join('; ') || "run these tests in jest's interop project (npm run test:interop)",
    )
  );
}
