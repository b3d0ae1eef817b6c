/**
 * Benchmark 1 — action overhead: wall time of `node dist/<a>/index.js`, run
 * the way the runner runs it (test/support/action-harness.ts), with the tool
 * replaced by an instant shell stand-in (bench/stand-ins/), minus the
 * stand-in's own time, against a bare `node -e ''` measured in the same
 * rounds.
 *
 * sign-keyless and provenance (engine: cosign, files, against the loopback
 * Sigstore stack of the integration tests): the cosign stand-in is
 * bench/stand-ins/instant-cosign.sh. It is primed once per benchmark with the
 * test suite's real-signing cosign stand-in (test/fixtures/bin/cosign-stand-in.mjs)
 * and afterwards answers each call by copying the bundle it recorded for that
 * command: the action gets a real bundle over exactly what it asked to sign
 * (its bundle check passes) in about a millisecond. The ID-token request goes
 * to the stack's loopback token endpoint (a real HTTP round trip, counted as
 * the action's). verify has no tool: it verifies one file's bundle (signed
 * against the stack) offline with the stack's trusted root, so its overhead
 * includes that one verification (~ms, see benchmark 6).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, REPO_ROOT } from '../../test/support/action-harness.ts';
import { reusableWorkflowClaims, signBlob } from '../../test/support/evidence.ts';
import { startSigstoreStack } from '../../test/support/sigstore-stack.ts';
import { interleaved, median, ms, table, verdict } from './stats.mjs';

export const OVERHEAD_BUDGET_MS = 60;
/** scan's wall at most this share of the peer's (anchore/scan-action's dist) in the same rounds. */
export const PEER_BUDGET_RATIO = 0.7;
const STAND_INS = path.join(REPO_ROOT, 'bench', 'stand-ins');

/**
 * anchore/scan-action's committed dist, run from where it is kept (never bundled or copied into this
 * repository; see SOURCE.md there): SCS_BENCH_PEERS, or the shared folder beside the checkout.
 */
function peerDir() {
  const candidates = [
    process.env.SCS_BENCH_PEERS,
    path.resolve(REPO_ROOT, '..', 'shared', 'peers'),
    path.resolve(REPO_ROOT, '..', '..', 'shared', 'peers'),
  ].filter(Boolean);
  for (const dir of candidates) {
    const peer = path.join(dir, 'anchore-scan-action');
    if (fs.existsSync(path.join(peer, 'action.yml')) && fs.existsSync(path.join(peer, 'dist', 'index.js'))) return peer;
  }
  return undefined;
}

/** The Grype version the peer installs by default (its tool-cache key), read from its dist. */
function peerGrypeVersion(dir) {
  const match = /GRYPE_VERSION = "v(\d+\.\d+\.\d+)"/.exec(fs.readFileSync(path.join(dir, 'dist', 'index.js'), 'utf8'));
  if (!match) throw new Error(`no GRYPE_VERSION in ${dir}/dist/index.js`);
  return match[1];
}

/** Wall time of one child process, measured like the harness does (spawn → close, stdout piped). */
function timeSpawn(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - started));
  });
}

const ARTIFACT = 'artifact.bin';
const ARTIFACT_BYTES = Buffer.from('release artifact for the overhead benchmark\n');

/** Inputs that point sign-keyless/provenance at the loopback Sigstore stack. */
function stackInputs(stack) {
  return {
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

const ACTIONS = {
  scan: {
    standIn: path.join(STAND_INS, 'instant-trivy.sh'),
    inputs: (standIn) => ({ path: '.', scanners: 'secret', 'trivy-path': standIn, 'db-cache': 'false' }),
  },
  sbom: {
    standIn: path.join(STAND_INS, 'instant-syft.sh'),
    inputs: (standIn) => ({
      path: '.',
      generator: 'syft',
      format: 'cyclonedx-json',
      'syft-path': standIn,
      'upload-artifact': 'false',
      'upload-release-assets': 'false',
      'dependency-snapshot': 'false',
      matrix: 'null',
    }),
  },
  'sign-keyless': {
    standIn: path.join(STAND_INS, 'instant-cosign.sh'),
    cosign: true,
    inputs: (standIn, { stack }) => ({
      files: ARTIFACT,
      engine: 'cosign',
      'cosign-path': standIn,
      ...stackInputs(stack),
    }),
    env: ({ stack }) => stack.env(),
  },
  provenance: {
    standIn: path.join(STAND_INS, 'instant-cosign.sh'),
    cosign: true,
    inputs: (standIn, { stack }) => ({
      'subject-path': ARTIFACT,
      predicate: 'slsa',
      'oidc-issuer': stack.issuer,
      engine: 'cosign',
      'cosign-path': standIn,
      'push-to-registry': 'false',
      ...stackInputs(stack),
    }),
    env: ({ stack }) => stack.env(),
  },
  // The peer baseline: anchore/scan-action with an instant Grype already in a warm tool cache
  // (grype/<version>/x64/grype + x64.complete, as @actions/tool-cache finds it), `cache-db: false`.
  'anchore-scan-action': {
    label: 'anchore/scan-action (peer)',
    peer: true,
    standIn: path.join(STAND_INS, 'instant-grype.sh'),
    inputs: () => ({ path: '.', 'cache-db': 'false' }),
    prepareToolCache: (toolCache, { peer }) => {
      const dir = path.join(toolCache, 'grype', peerGrypeVersion(peer), os.arch());
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(path.join(STAND_INS, 'instant-grype.sh'), path.join(dir, 'grype'));
      fs.chmodSync(path.join(dir, 'grype'), 0o755);
      fs.writeFileSync(`${dir}.complete`, '');
    },
  },
  verify: {
    // No tool: the run verifies one bundle in-process.
    inputs: (_standIn, { stack }) => ({
      files: ARTIFACT,
      sources: 'files',
      'sigstore-instance': 'custom',
      'trusted-root': stack.trustedRootPath,
      'signer-workflow': 'octo-org/release-workflows/.github/workflows/sign.yml',
      'source-repository-id': '1001',
    }),
    prepareWorkspace: async (workspace, { stack }) => {
      fs.writeFileSync(
        path.join(workspace, `${ARTIFACT}.sigstore.json`),
        await signBlob(stack, ARTIFACT_BYTES, reusableWorkflowClaims()),
      );
    },
  },
};

/** The real-signing cosign stand-in of the integration tests, used once to prime instant-cosign.sh. */
const SIGNING_COSIGN = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'cosign-stand-in.mjs');

async function prepare(action, context) {
  const spec = ACTIONS[action];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-overhead-${action}-`));
  const dirs = {
    workspace: path.join(root, 'ws'),
    toolCache: path.join(root, 'tc'),
    runnerTemp: path.join(root, 'tmp'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dirs.workspace, 'README.md'), '# empty project\n');
  fs.writeFileSync(path.join(dirs.workspace, ARTIFACT), ARTIFACT_BYTES);
  await spec.prepareWorkspace?.(dirs.workspace, context);
  spec.prepareToolCache?.(dirs.toolCache, context);
  const log = path.join(root, 'stand-in.log');
  const env = spec.env?.(context) ?? {};
  // Profiling aid (bench/PROFILES.md): BENCH_CPU_PROF=DIR writes a V8 CPU profile of every action run there.
  if (process.env.BENCH_CPU_PROF) {
    env.NODE_OPTIONS = `--cpu-prof --cpu-prof-interval 100 --cpu-prof-dir=${path.join(process.env.BENCH_CPU_PROF, action)}`;
  }
  // instant-cosign.sh takes its state from BENCH_COSIGN_DIR (as COSIGN_BENCH_COSIGN_DIR through the
  // cosign engine's allow-listed environment): primed by one real signing run.
  const cosignDir = path.join(root, 'cosign');
  if (spec.cosign) {
    fs.mkdirSync(cosignDir);
    env.BENCH_COSIGN_DIR = cosignDir;
    env.BENCH_COSIGN_SIGNER = `${process.execPath} ${SIGNING_COSIGN}`;
  }
  // The actions hand tools an allow-listed environment (their own TRIVY_/SYFT_/COSIGN_* variables
  // pass): every BENCH_* control also goes under those prefixes, which the instant stand-ins read.
  const prefixed = (vars) =>
    Object.fromEntries(
      Object.entries(vars).flatMap(([k, v]) => [
        [k, v],
        ...['TRIVY_', 'GRYPE_', 'SYFT_', 'COSIGN_'].map((p) => [`${p}${k}`, v]),
      ]),
    );
  Object.assign(env, prefixed(env));
  // The peer writes its report into a fresh os.tmpdir() folder per run: keep those in the scratch root.
  if (spec.peer) env.TMPDIR = dirs.runnerTemp;
  const options = {
    inputs: spec.inputs(spec.standIn, context),
    ...dirs,
    env,
    ...(spec.peer ? { actionDir: context.peer } : {}),
  };
  // A first run that records the stand-in's invocations (and checks the action succeeds).
  const first = await runAction(action, {
    ...options,
    env: { ...env, ...prefixed({ BENCH_STANDIN_LOG: log, ...(spec.cosign ? { BENCH_COSIGN_PRIME: '1' } : {}) }) },
  });
  if (first.exitCode !== 0)
    throw new Error(
      `${action} with the instant stand-in failed (exit ${first.exitCode}):\n${first.stdout.slice(-3000)}\n${first.stderr.slice(-2000)}`,
    );
  const invocations = spec.standIn
    ? fs
        .readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
    : [];
  // Replays of the same invocations, for the stand-in's own time (outputs to a scratch file).
  const scratch = path.join(root, 'scratch.json');
  const replay = invocations.map((argv) =>
    argv.map((a, i) =>
      i > 0 && ['--output', '-o', '--bundle', '--file'].includes(argv[i - 1]) ? a.replace(/[^=]*$/, scratch) : a,
    ),
  );
  return {
    root,
    options,
    invocations,
    replay,
    standIn: spec.standIn,
    replayEnv: { ...process.env, BENCH_COSIGN_DIR: cosignDir },
  };
}

export async function benchActionOverhead({ runs, log }) {
  // The stack's tokens carry the reusable-workflow claims with the stack's own issuer (provenance verifies the token against `oidc-issuer`).
  const { iss: _iss, ...claims } = reusableWorkflowClaims();
  const stack = await startSigstoreStack({ claims });
  try {
    return await measure({ runs, log, context: { stack, peer: peerDir() } });
  } finally {
    await stack.close();
  }
}

async function measure({ runs, log, context }) {
  // The peer runs only where its dist is kept (not in CI's smoke run of a bare checkout).
  const measured = Object.keys(ACTIONS).filter((a) => !ACTIONS[a].peer || context.peer);
  const prepared = {};
  for (const action of measured) prepared[action] = await prepare(action, context);
  const entries = [{ name: 'bare', fn: () => timeSpawn(process.execPath, ['-e', '']) }];
  // The harness's own duration (spawn → close) of each action run, warm-up included.
  const durations = Object.fromEntries(measured.map((a) => [a, []]));
  for (const [action, p] of Object.entries(prepared)) {
    entries.push({
      name: action,
      fn: async () => {
        const result = await runAction(action, p.options);
        if (result.exitCode !== 0)
          throw new Error(`${action} failed during the benchmark: ${result.stdout.slice(-2000)}`);
        durations[action].push(result.durationMs);
      },
    });
    entries.push({
      name: `${action}-standin`,
      fn: async () => {
        for (const argv of p.replay) await timeSpawn(p.standIn, argv, { env: p.replayEnv });
      },
    });
  }
  const times = await interleaved(entries, { runs, warmup: 1 });
  const bare = median(times.bare);
  const rows = [];
  const results = {};
  for (const action of measured) {
    const wall = median(durations[action].slice(1)); // warm-up dropped
    const standIn = prepared[action].standIn ? median(times[`${action}-standin`]) : 0;
    const overhead = wall - standIn - bare;
    results[action] = { wall, standIn, bare, overhead, pass: overhead <= OVERHEAD_BUDGET_MS };
    if (ACTIONS[action].peer) continue;
    rows.push([
      action,
      ms(wall),
      prepared[action].standIn ? `${ms(standIn)} (${prepared[action].invocations.length} call(s))` : 'none (no tool)',
      ms(bare),
      ms(overhead),
      `${(wall - standIn) / bare > 0 ? ((wall - standIn) / bare).toFixed(2) : '–'}×`,
      `≤ ${OVERHEAD_BUDGET_MS} ms`,
      verdict(overhead <= OVERHEAD_BUDGET_MS),
    ]);
  }
  for (const p of Object.values(prepared)) fs.rmSync(p.root, { recursive: true, force: true });
  const peer = results['anchore-scan-action'];
  const peerRatio = peer ? results.scan.wall / peer.wall : undefined;
  const peerPass = peerRatio === undefined || peerRatio <= PEER_BUDGET_RATIO;
  const markdown = [
    `Medians of ${runs} runs after a warm-up, interleaved with a bare \`node -e ''\` (${ms(bare)} here) in the same rounds.`,
    'Stand-ins: `bench/stand-ins/instant-trivy.sh` (scan: `path: .`, `scanners: secret`, `trivy-path`) and',
    '`instant-syft.sh` (sbom: `path: .`, `format: cyclonedx-json`, `syft-path`, no artifact/snapshot); their own time is the',
    'median of replaying the invocations the action made. Overhead = wall − stand-in − bare node.',
    '`instant-cosign.sh` (sign-keyless: `files`, `engine: cosign`, `cosign-path`; provenance: `subject-path`, `predicate: slsa`,',
    '`engine: cosign`; both `sigstore-instance: custom` on the loopback Sigstore stack) answers each cosign call by copying the',
    "real bundle recorded for it in a priming run (the action's bundle check passes); the action's ID-token request is a real",
    'loopback round trip. verify: `files` + `sources: files`, one bundle verified offline with the custom trusted root (its own',
    'work, no tool).',
    '',
    table(
      [
        'action',
        'wall (median)',
        'stand-in',
        'bare node',
        'overhead over bare node',
        '(wall − stand-in) / bare',
        'budget',
        'verdict',
      ],
      rows,
    ),
    '',
    `Peer baseline (same rounds): scan's wall ≤ ${PEER_BUDGET_RATIO}× anchore/scan-action's. Its committed dist (ESM, esbuild) is run`,
    'from the shared peers folder, never bundled or copied here, like ours by the harness: `path: .`, `cache-db: false`, and',
    '`bench/stand-ins/instant-grype.sh` already in a warm RUNNER_TOOL_CACHE (`grype/<its default version>/x64/grype` plus',
    "`x64.complete`), so it installs nothing and its Grype run is instant, as scan's Trivy run is.",
    '',
    peer
      ? table(
          ['', 'wall (median)', 'stand-in', 'overhead over bare node', 'scan / peer', 'budget', 'verdict'],
          [
            ['anchore/scan-action (peer)', ms(peer.wall), ms(peer.standIn), ms(peer.overhead), '', '', ''],
            [
              'scan',
              ms(results.scan.wall),
              ms(results.scan.standIn),
              ms(results.scan.overhead),
              `${peerRatio.toFixed(2)}×`,
              `≤ ${PEER_BUDGET_RATIO}×`,
              verdict(peerPass),
            ],
          ],
        )
      : 'Not run: the peer dist was not found (SCS_BENCH_PEERS, or shared/peers beside the checkout).',
  ].join('\n');
  log?.(markdown);
  const ours = measured.filter((a) => !ACTIONS[a].peer);
  return { results, markdown, pass: ours.every((a) => results[a].pass) && peerPass };
}
