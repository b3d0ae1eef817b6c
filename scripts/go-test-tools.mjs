/**
 * The real Go tools the interop tests run (cosign, syft, grype, gh,
 * slsa-verifier, an OCI 1.1 registry with the referrers API, and the
 * admission-controller engines), built from the Go module proxy at pinned
 * versions. Each lives in its own small module under test/tools/<name>/
 * (go.mod + go.sum committed, a `tool` directive or our own main package), so
 * the module graph and every checksum are fixed by this repository: the build
 * runs with -mod=readonly and Go's checksum verification, and a changed module
 * or a missing go.sum line fails it.
 *
 * Built once per machine into a cache OUTSIDE the clone, keyed by
 * module@version and a digest of the tool module's files, the Go version and
 * the link flags:
 *
 *   ${SCS_TEST_TOOLS_CACHE:-$HOME/.cache/scs-test-tools}/<name>/<module@version>-<key>/<name>
 *
 * and exposed as .cache/test-tools/<name> (a symbolic link). Every run checks
 * the cached binary with `go version -m` (its module and version must be the
 * pinned ones) before linking it; a mismatch is refused, never used.
 *
 * Used by scripts/fetch-test-tools.mjs (npm run fetch-test-tools).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chmod, lstat, mkdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS_DIR = path.join(repoRoot, '.cache', 'test-tools');
const pins = JSON.parse(readFileSync(path.join(repoRoot, 'packages', 'tool-installer', 'src', 'pins.json'), 'utf8'));

/** The minimum Go the tool modules need (their go.mod `go` lines). */
export const MIN_GO = '1.26.8';

/**
 * name: the file under .cache/test-tools; dir: the tool module; pkg: the main
 * package; module/version: what `go version -m` must show (the `mod` line when
 * the main package is ours, else a `dep` line); pin: the tool-installer pin the
 * version must equal; ldflags: the version string the tool prints, as its
 * release build sets it.
 */
export const GO_TOOLS = [
  {
    name: 'cosign',
    pkg: 'github.com/sigstore/cosign/v3/cmd/cosign',
    module: 'github.com/sigstore/cosign/v3',
    version: 'v3.1.3',
    pin: 'cosign',
    ldflags: ['-X', 'sigs.k8s.io/release-utils/version.gitVersion=v3.1.3'],
  },
  {
    name: 'syft',
    pkg: 'github.com/anchore/syft/cmd/syft',
    module: 'github.com/anchore/syft',
    version: 'v1.54.1',
    pin: 'syft',
    ldflags: ['-X', 'main.version=1.54.1'],
  },
  {
    name: 'grype',
    pkg: 'github.com/anchore/grype/cmd/grype',
    module: 'github.com/anchore/grype',
    version: 'v0.120.1',
    pin: 'grype',
    ldflags: ['-X', 'main.version=0.120.1'],
  },
  {
    // Our own main (test/tools/grype-db-fixture/main.go): a Grype v6 DB and
    // its latest.json written by grype's own DB writer, at the grype pin.
    name: 'grype-db-fixture',
    pkg: '.',
    module: 'github.com/anchore/grype',
    version: 'v0.120.1',
    pin: 'grype',
    ldflags: [],
  },
  {
    name: 'gh',
    pkg: 'github.com/cli/cli/v2/cmd/gh',
    module: 'github.com/cli/cli/v2',
    version: 'v2.100.0',
    ldflags: ['-X', 'github.com/cli/cli/v2/internal/build.Version=v2.100.0'],
  },
  {
    name: 'slsa-verifier',
    pkg: 'github.com/slsa-framework/slsa-verifier/v2/cli/slsa-verifier',
    module: 'github.com/slsa-framework/slsa-verifier/v2',
    version: 'v2.7.1',
    ldflags: ['-X', 'sigs.k8s.io/release-utils/version.gitVersion=v2.7.1'],
  },
  {
    // Admission-parity engines (test/interop/admission-parity.test.ts).
    name: 'kyverno',
    pkg: 'github.com/kyverno/kyverno/cmd/cli/kubectl-kyverno',
    module: 'github.com/kyverno/kyverno',
    version: 'v1.19.1',
    ldflags: ['-X', 'github.com/kyverno/kyverno/pkg/version.BuildVersion=v1.19.1'],
  },
  {
    name: 'policy-controller-tester',
    pkg: 'github.com/sigstore/policy-controller/cmd/tester',
    module: 'github.com/sigstore/policy-controller',
    version: 'v0.13.1',
    ldflags: ['-X', 'sigs.k8s.io/release-utils/version.gitVersion=v0.13.1'],
  },
  {
    name: 'ratify',
    pkg: 'github.com/ratify-project/ratify/cmd/ratify',
    module: 'github.com/ratify-project/ratify',
    version: 'v1.4.6',
    ldflags: [],
  },
  {
    // Our own main (test/tools/sigstore-tuf/main.go): a TUF cache serving the
    // loopback trusted root to programs that read it through sigstore's TUF
    // client (Kyverno's SigstoreBundle path), without network.
    name: 'sigstore-tuf',
    pkg: '.',
    module: 'github.com/sigstore/sigstore',
    version: 'v1.10.9',
    ldflags: [],
  },
  {
    // Our own main (test/tools/registry/main.go): go-containerregistry's
    // registry with the OCI 1.1 referrers API on, loopback only.
    name: 'registry',
    pkg: '.',
    module: 'github.com/google/go-containerregistry',
    version: 'v0.22.1',
    ldflags: [],
  },
];

export function toolsCacheRoot() {
  const root = path.resolve(process.env.SCS_TEST_TOOLS_CACHE || path.join(os.homedir(), '.cache', 'scs-test-tools'));
  const rel = path.relative(repoRoot, root);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new Error(
      `the test-tool cache (${root}) must be outside the clone (${repoRoot}); set SCS_TEST_TOOLS_CACHE elsewhere`,
    );
  }
  return root;
}

export function toolPath(name) {
  return path.join(TOOLS_DIR, name);
}

function compareVersions(a, b) {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Finds a Go toolchain of at least MIN_GO: `go` on PATH, else the usual
 * install location. (Debian's golang-go, which the Trivy DB fixture uses, is
 * older and may come first on PATH.)
 */
export async function findGo() {
  const candidates = [process.env.SCS_GO, 'go', '/usr/local/go/bin/go'].filter(Boolean);
  const seen = [];
  for (const candidate of candidates) {
    try {
      const { stdout } = await execFileAsync(candidate, ['env', 'GOVERSION'], {
        env: { ...process.env, GOTOOLCHAIN: 'local' },
      });
      const version = stdout.trim().replace(/^go/, '');
      if (compareVersions(version, MIN_GO) >= 0) return { go: candidate, version };
      seen.push(`${candidate} is go${version}`);
    } catch {
      seen.push(`${candidate} not found`);
    }
  }
  throw new Error(
    `no Go toolchain of at least go${MIN_GO} (${seen.join('; ')}). The interop tests build cosign, syft, grype, gh, ` +
      `slsa-verifier and a registry from the Go module proxy: install Go ${MIN_GO} or newer (it comes with the project's ` +
      `machines; elsewhere see https://go.dev/doc/install) or point SCS_GO at it.`,
  );
}

function moduleFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f === 'go.mod' || f === 'go.sum' || f.endsWith('.go'))
    .sort();
}

function cacheKey(tool, dir, goVersion) {
  const hash = createHash('sha256');
  hash.update(`go${goVersion}\0${tool.pkg}\0${tool.ldflags.join(' ')}\0`);
  for (const file of moduleFiles(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Parses `go version -m` output into {path, mod, deps: Map<module, version>}. */
export function parseBuildInfo(text) {
  const info = { path: '', mod: null, deps: new Map() };
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === 'path') info.path = fields[1] ?? '';
    else if (fields[0] === 'mod') info.mod = { module: fields[1], version: fields[2] };
    else if (fields[0] === 'dep') info.deps.set(fields[1], fields[2]);
    else if (fields[0] === '=>' && info.deps.size > 0) {
      // A replaced dependency: the replacement is what was built.
      const last = [...info.deps.keys()].at(-1);
      info.deps.set(last, `${info.deps.get(last)} => ${fields[1]} ${fields[2] ?? ''}`.trim());
    }
  }
  return info;
}

/** Refuses a binary whose build info does not show the pinned module version. */
export async function checkBuildInfo(tool, binary, go) {
  let stdout;
  try {
    ({ stdout } = await execFileAsync(go, ['version', '-m', binary], { maxBuffer: 16 * 1024 * 1024 }));
  } catch (error) {
    throw new Error(
      `${tool.name}: \`go version -m ${binary}\` failed (${error.message.split('\n')[0]}): not a Go binary we built`,
    );
  }
  const info = parseBuildInfo(stdout);
  const found = info.mod?.module === tool.module ? info.mod.version : info.deps.get(tool.module);
  if (found !== tool.version) {
    throw new Error(
      `${tool.name}: ${binary} was built from ${tool.module} ${found ?? '(absent)'}, not the pinned ${tool.version}; refusing it`,
    );
  }
  return info;
}

async function linkTool(name, target) {
  const link = toolPath(name);
  await mkdir(TOOLS_DIR, { recursive: true });
  try {
    const st = await lstat(link);
    if (st.isSymbolicLink() && (await readlink(link)) === target) return;
    await rm(link, { force: true });
  } catch {
    // absent
  }
  await symlink(target, link);
}

/**
 * Makes sure every Go tool (or those named) is built and linked.
 * Returns [{name, status: 'cached' | 'built', path, seconds}].
 */
export async function ensureGoTools({ only, log = (m) => console.log(`fetch-test-tools: ${m}`) } = {}) {
  const { go, version: goVersion } = await findGo();
  const root = toolsCacheRoot();
  const results = [];
  for (const tool of GO_TOOLS) {
    if (only && !only.includes(tool.name)) continue;
    if (tool.pin && `v${pins[tool.pin].version}` !== tool.version) {
      throw new Error(
        `${tool.name}: the test tool is ${tool.version} but packages/tool-installer pins ${pins[tool.pin].version}; ` +
          `update scripts/go-test-tools.mjs and test/tools/${tool.name}/go.mod together with the pin`,
      );
    }
    const dir = path.join(repoRoot, 'test', 'tools', tool.name);
    if (!existsSync(path.join(dir, 'go.mod')))
      throw new Error(`${tool.name}: test/tools/${tool.name}/go.mod is missing`);
    const key = cacheKey(tool, dir, goVersion);
    const folder = path.join(root, tool.name, `${tool.module.replaceAll('/', '!')}@${tool.version}-${key}`);
    const binary = path.join(folder, tool.name);
    const started = performance.now();
    let status = 'cached';
    if (existsSync(binary)) {
      try {
        await checkBuildInfo(tool, binary, go);
      } catch (error) {
        log(`${error.message}; rebuilding`);
        await rm(folder, { recursive: true, force: true });
      }
    }
    if (!existsSync(binary)) {
      status = 'built';
      log(
        `building ${tool.name} (${tool.module}@${tool.version}) with go${goVersion}; the first build on a machine takes minutes`,
      );
      await mkdir(folder, { recursive: true });
      const partial = path.join(folder, `.${tool.name}.partial`);
      const args = ['build', '-mod=readonly', '-trimpath', '-o', partial];
      if (tool.ldflags.length > 0) args.push(`-ldflags=${tool.ldflags.join(' ')}`);
      args.push(tool.pkg);
      try {
        await execFileAsync(go, args, {
          cwd: dir,
          maxBuffer: 64 * 1024 * 1024,
          // go.sum is the authority: no module may skip checksum verification.
          env: {
            ...process.env,
            GOTOOLCHAIN: 'local',
            GOFLAGS: '-mod=readonly -buildvcs=false',
            CGO_ENABLED: '0',
            GONOSUMDB: '',
            GOINSECURE: '',
            GOPRIVATE: '',
          },
        });
      } catch (error) {
        await rm(folder, { recursive: true, force: true });
        const detail = `${error.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
        throw new Error(
          `${tool.name}: \`go build ${tool.pkg}\` in test/tools/${tool.name} failed. If the module proxy refused ` +
            `${tool.module}@${tool.version}, that tool cannot be had on this machine.\n${detail || error.message}`,
        );
      }
      await checkBuildInfo(tool, partial, go);
      await chmod(partial, 0o755);
      await rename(partial, binary);
    }
    await linkTool(tool.name, binary);
    const seconds = (performance.now() - started) / 1000;
    results.push({ name: tool.name, status, path: toolPath(tool.name), seconds });
    log(
      `${tool.name} ${tool.version}: ${status} (${seconds.toFixed(1)} s) -> ${path.relative(repoRoot, toolPath(tool.name))}`,
    );
  }
  return results;
}
