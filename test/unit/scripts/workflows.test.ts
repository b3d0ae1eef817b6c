/**
 * Properties of this repository's own workflows that actionlint and the
 * policy cannot see: who holds the OIDC token in the reusable workflows,
 * what the e2e workflow exercises, and what the release workflow runs.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../support/action-harness.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  uses?: string;
  with?: Record<string, unknown>;
  needs?: string | string[];
  outputs?: Record<string, string>;
  steps?: Step[];
  strategy?: { matrix?: Record<string, unknown> };
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, unknown>; outputs?: Record<string, { value: string }> }>;
  permissions: unknown;
  jobs: Record<string, Job>;
}

const SLUG = 'supply-chain-actions/supply-chain-actions';
const load = (name: string) =>
  parse(fs.readFileSync(path.join(REPO_ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
const ACTIONS = ['scan', 'sbom', 'sign-keyless', 'provenance', 'verify'];
const REUSABLE = ['secure-container.yml', 'secure-artifacts.yml', 'verify-deployment.yml'];

describe.each(REUSABLE)('reusable workflow %s', (name) => {
  const wf = load(name);
  const jobs = Object.entries(wf.jobs);

  it('is a workflow_call workflow starting from no permissions, each job declaring its own', () => {
    expect(wf.on.workflow_call).toBeDefined();
    expect(wf.permissions).toEqual({});
    for (const [, job] of jobs) expect(job.permissions).toBeDefined();
  });

  it('holds the OIDC token only in a job that checks out nothing and runs no caller code', () => {
    const signing = jobs.filter(
      ([, job]) => typeof job.permissions === 'object' && job.permissions['id-token'] === 'write',
    );
    if (name === 'verify-deployment.yml') {
      expect(signing).toEqual([]);
      return;
    }
    expect(signing.map(([key]) => key)).toEqual(['sign']);
    const [, sign] = signing[0] as [string, Job];
    for (const step of sign.steps ?? []) {
      expect(step.uses ?? '').not.toMatch(/^actions\/checkout@/);
      expect(step.uses ?? '').not.toMatch(/^\.\//);
      // Scripts in the signing job only copy and hash files; nothing from the caller's tree is run.
      expect(step.run ?? '').not.toMatch(/\b(npm|npx|yarn|pnpm|make|bash \.|\.\/|docker (build|run))\b/);
    }
  });

  it("references the suite's actions by this repository's slug, never ./", () => {
    const uses = jobs.flatMap(([, job]) => (job.steps ?? []).map((s) => s.uses ?? '')).filter(Boolean);
    expect(uses.filter((u) => u.startsWith('./'))).toEqual([]);
    const suite = uses.filter((u) => /\/actions\/[a-z-]+@/.test(u) && !u.startsWith('actions/'));
    expect(suite.length).toBeGreaterThan(0);
    for (const u of suite) expect(u).toMatch(new RegExp(`^${SLUG}/actions/(${ACTIONS.join('|')})@[0-9a-f]{40}$`));
  });

  it('wires every workflow output to an output of the job it names', () => {
    for (const [output, spec] of Object.entries(wf.on.workflow_call?.outputs ?? {})) {
      const match = /^\$\{\{\s*jobs\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(spec.value);
      expect({ output, match: match !== null }).toEqual({ output, match: true });
      const [, job, jobOutput] = match as RegExpExecArray;
      expect({ output, declared: Object.keys(wf.jobs[job as string]?.outputs ?? {}) }).toEqual({
        output,
        declared: expect.arrayContaining([jobOutput]),
      });
    }
  });

  it('verifies against its own identity', () => {
    if (name === 'verify-deployment.yml') {
      expect((wf.on.workflow_call?.inputs?.['signer-workflow'] as { default: string }).default).toBe(
        `${SLUG}/.github/workflows/secure-container.yml`,
      );
      return;
    }
    const verify = wf.jobs.verify?.steps?.find((s) => s.id === 'verify');
    expect(verify?.with?.['signer-workflow']).toBe(`${SLUG}/.github/workflows/${name}`);
    expect(verify?.with?.['runner-environment']).toBe('github-hosted');
  });
});

describe('secure-container.yml', () => {
  const wf = load('secure-container.yml');

  it('scans, describes, signs, attests and verifies exactly the digests resolved once (each platform manifest of an index)', () => {
    // resolve, analyze, sign and verify all run over the same resolved target list; the index itself is not signed.
    const targets = '${{ fromJSON(needs.resolve.outputs.targets) }}';
    for (const job of ['analyze', 'sign', 'verify']) expect(wf.jobs[job]?.strategy?.matrix?.target).toBe(targets);
    const ref = '${{ matrix.target.ref }}';
    const step = (job: string, id: string) => wf.jobs[job]?.steps?.find((s) => s.id === id);
    expect(step('analyze', 'scan')?.with?.image).toBe(ref);
    expect(step('analyze', 'sbom')?.with?.image).toBe(ref);
    expect(step('sign', 'sign')?.with?.image).toBe(ref);
    expect(step('sign', 'sign')?.with?.recursive).toBe(false); // never sign a manifest nothing scanned
    for (const id of ['provenance', 'attest-sbom', 'attest-vuln'])
      expect(step('sign', id)?.with?.['subject-image']).toBe(ref);
    expect(step('verify', 'verify')?.with?.image).toBe(ref);
    expect(step('verify', 'verify')?.with?.['require-digest']).toBe(true);
    expect(wf.jobs.sign?.needs).toEqual(['check', 'resolve', 'analyze']); // a failing scan gate stops signing
  });

  it("takes the scanner data sources and the gate out of the caller's hands, and records them in the vuln predicate", () => {
    const raw = fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/secure-container.yml'), 'utf8');
    const check = wf.jobs.check?.steps?.find((s) => s.id === 'check')?.run ?? '';
    expect(check).toMatch(/none\) fail "Input 'fail-on: none' is refused/);
    expect(check).toContain('ALLOWED_DB_REPOSITORIES');
    expect(raw).toMatch(
      /^ {2}ALLOWED_DB_REPOSITORIES: 'mirror\.gcr\.io\/aquasec\/trivy-db:2 ghcr\.io\/aquasecurity\/trivy-db:2'$/m,
    );
    const scan = wf.jobs.analyze?.steps?.find((s) => s.id === 'scan');
    expect(scan?.with?.formats).toBe('json,sarif,cosign-vuln');
    // No checkout in analyze: no scanner config from the caller's repository.
    expect((wf.jobs.analyze?.steps ?? []).some((s) => /^actions\/checkout@/.test(s.uses ?? ''))).toBe(false);
    expect(wf.jobs.sign?.steps?.find((s) => s.id === 'attest-vuln')?.with?.['scan-report']).toBe(
      '${{ runner.temp }}/evidence/scan-vuln.json',
    );
    expect(wf.jobs.verify?.steps?.find((s) => s.id === 'verify')?.with?.['allowed-vuln-dbs']).toBe(
      '${{ env.ALLOWED_VULN_DBS }}',
    );
  });

  it('writes SLSA build provenance only for an image it built, and ends in a result job that fails unless verified', () => {
    const provenance = wf.jobs.sign?.steps?.find((s) => s.id === 'provenance') as Step & { if?: string };
    expect(provenance.if).toBe('${{ inputs.build }}');
    const result = wf.jobs.result as Job & { if?: string };
    expect(result.if).toBe('${{ always() }}');
    expect([...(result.needs as string[])].sort()).toEqual(
      Object.keys(wf.jobs)
        .filter((k) => k !== 'result')
        .sort(),
    );
    expect(wf.on.workflow_call?.outputs?.verified?.value).toBe('${{ jobs.result.outputs.verified }}');
    expect(result.steps?.[0]?.run).toMatch(/exit 1/);
  });

  it('binds the self-check to the identity the sign job used and to the bundles of this run', () => {
    const verify = wf.jobs.verify?.steps ?? [];
    for (const id of ['verify', 'verify-this-run']) {
      const step = verify.find((s) => s.id === id);
      expect(step?.with?.['certificate-identity']).toBe('${{ needs.sign.outputs.certificate-identity }}');
      expect(step?.with?.['owner-id']).toBe('${{ github.repository_owner_id }}');
    }
    expect(verify.find((s) => s.id === 'verify-this-run')?.with?.sources).toBe('files');
  });

  it('pins docker/build-push-action by SHA and keeps the push permission in the build job', () => {
    const build = wf.jobs.build?.steps?.find((s) => s.id === 'build');
    expect(build?.uses).toMatch(/^docker\/build-push-action@[0-9a-f]{40}$/);
    const writers = Object.entries(wf.jobs).filter(
      ([, j]) => typeof j.permissions === 'object' && j.permissions.packages === 'write',
    );
    expect(writers.map(([k]) => k).sort()).toEqual(['build', 'sign']);
  });
});

describe('e2e.yml', () => {
  const wf = load('e2e.yml');
  const allUses = Object.values(wf.jobs).flatMap((job) => [
    job.uses ?? '',
    ...(job.steps ?? []).map((s) => s.uses ?? ''),
  ]);

  it('runs every action from the working tree', () => {
    for (const action of ACTIONS) expect(allUses).toContain(`./actions/${action}`);
  });

  it('calls every reusable workflow', () => {
    for (const name of REUSABLE) expect(allUses).toContain(`./.github/workflows/${name}`);
  });

  it('covers Linux x64 and arm64, macOS and Windows', () => {
    const runners = (wf.jobs['scan-and-sbom']?.strategy?.matrix?.runner ?? []) as string[];
    expect(runners).toEqual(
      expect.arrayContaining(['ubuntu-24.04', 'ubuntu-24.04-arm', 'macos-latest', 'windows-latest']),
    );
  });

  it('pins its public images by digest and checks with cosign and gh attestation verify', () => {
    const env = (
      parse(fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/e2e.yml'), 'utf8')) as {
        env: Record<string, string>;
      }
    ).env;
    for (const image of Object.values(env)) expect(image).toMatch(/@sha256:[0-9a-f]{64}$/);
    const runs = (wf.jobs['sign-attest-verify']?.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/cosign verify "\$IMAGE"/);
    expect(runs).toMatch(/cosign verify-attestation/);
    expect(runs).toMatch(/gh attestation verify/);
    expect(runs).toMatch(/sha256sum --check --strict/); // cosign from our own pins
  });
});

/** Runs a step's script with bash as the runner would, with the step's env replaced by `env`. */
function runStep(
  script: string,
  env: Record<string, string>,
): { status: number | null; output: string; githubOutput: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-step-'));
  const githubOutput = path.join(dir, 'output');
  fs.writeFileSync(githubOutput, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GITHUB_OUTPUT: githubOutput,
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
      ...env,
    },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const out = {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    githubOutput: fs.readFileSync(githubOutput, 'utf8'),
  };
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

describe("secure-container.yml's check job, run with bash", () => {
  const raw = parse(
    fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/secure-container.yml'), 'utf8'),
  ) as Workflow & { env: Record<string, string> };
  const script = raw.jobs.check?.steps?.find((s) => s.id === 'check')?.run ?? '';
  const base = {
    IMAGE: `ghcr.io/Octo-Org/app@sha256:${'a'.repeat(64)}`,
    BUILD: 'false',
    FAIL_ON: 'high',
    SCANNER: 'trivy',
    DB_REPOSITORY: 'mirror.gcr.io/aquasec/trivy-db:2,ghcr.io/aquasecurity/trivy-db:2',
    ALLOWED_DB_REPOSITORIES: raw.env.ALLOWED_DB_REPOSITORIES as string,
  };

  it('passes the defaults and writes the lower-cased image', () => {
    const result = runStep(script, base);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
    expect(result.githubOutput).toBe(`image=ghcr.io/octo-org/app@sha256:${'a'.repeat(64)}\n`);
  });

  it.each([
    ['fail-on: none', { FAIL_ON: 'none' }, /Input 'fail-on: none' is refused/],
    [
      'a DB the caller hosts',
      { DB_REPOSITORY: 'evil.example/trivy-db:2' },
      /names evil\.example\/trivy-db:2, which is not on this workflow's allow-list/,
    ],
    [
      'a DB hidden on a second line',
      { DB_REPOSITORY: 'mirror.gcr.io/aquasec/trivy-db:2\nevil.example/trivy-db:2' },
      /names evil\.example\/trivy-db:2/,
    ],
    [
      'an image that would inject an output line',
      { IMAGE: 'ghcr.io/org/app\nverified=true' },
      /Input 'image' must be registry\/path/,
    ],
    [
      'a tag with build: true',
      { IMAGE: 'ghcr.io/org/app:1', BUILD: 'true' },
      /With build: true, 'image' must be a repository/,
    ],
    ['an unknown scanner', { SCANNER: 'evil' }, /Input 'scanner' must be trivy or grype/],
  ])('refuses %s and writes no output', (_label, env, message) => {
    const result = runStep(script, { ...base, ...env });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.githubOutput).toBe('');
  });
});

describe("verify-deployment.yml's parse job, run with bash", () => {
  const raw = load('verify-deployment.yml');
  const script = raw.jobs.parse?.steps?.find((s) => s.id === 'parse')?.run ?? '';
  const IMAGE = `ghcr.io/org/app@sha256:${'b'.repeat(64)}`;

  it('refuses a policy bound to no owner or repository id before verifying anything, unless allow-any-source', () => {
    const unbound = runStep(script, { IMAGES: IMAGE, OWNER_ID: '', REPOSITORY_ID: '', ALLOW_ANY_SOURCE: 'false' });
    expect(unbound.status).toBe(1);
    expect(unbound.output).toMatch(/Set owner-id .* or source-repository-id/);
    const any = runStep(script, { IMAGES: IMAGE, OWNER_ID: '', REPOSITORY_ID: '', ALLOW_ANY_SOURCE: 'true' });
    expect(any.status).toBe(0);
  });

  it('splits on newlines, commas and spaces, and refuses tags', () => {
    const other = `ghcr.io/org/web@sha256:${'c'.repeat(64)}`;
    const ok = runStep(script, {
      IMAGES: `${IMAGE}, ${other}`,
      OWNER_ID: '1',
      REPOSITORY_ID: '',
      ALLOW_ANY_SOURCE: 'false',
    });
    expect(ok.githubOutput).toBe(`images=${JSON.stringify([IMAGE, other])}\n`);
    const tag = runStep(script, {
      IMAGES: 'ghcr.io/org/app:1',
      OWNER_ID: '1',
      REPOSITORY_ID: '',
      ALLOW_ANY_SOURCE: 'false',
    });
    expect(tag.status).toBe(1);
    expect(tag.output).toMatch(/Not an image by digest/);
  });
});

describe('e2e.yml (issue 19)', () => {
  const wf = load('e2e.yml');
  const raw = fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/e2e.yml'), 'utf8');

  it('runs build: false through the chain and checks that the gate admits it only without slsaprovenance1', () => {
    const existing = wf.jobs['reusable-container-existing'];
    expect(existing?.uses).toBe('./.github/workflows/secure-container.yml');
    expect(existing?.with?.build).toBe(false);
    expect(wf.jobs['reusable-existing-gate']?.with?.['require-attestations']).toBe('cyclonedx,vuln');
  });

  it('calls secure-container.yml exactly as the example does and gates it with the documented policy: one SHA', () => {
    const example = parse(
      fs.readFileSync(path.join(REPO_ROOT, 'examples/workflows/container-release.yml'), 'utf8'),
    ) as Workflow;
    const gateExample = fs.readFileSync(path.join(REPO_ROOT, 'examples/workflows/deploy-gate.yml'), 'utf8');
    const callerUses = example.jobs.secure?.uses ?? '';
    const sha = /@([0-9a-f]{40})$/.exec(callerUses)?.[1];
    expect(sha).toBeDefined();
    expect(wf.jobs['documented-caller']?.uses).toBe(callerUses);
    expect(raw).toContain(`signer-ref: ${sha} # `);
    expect(gateExample).toContain(`signer-ref: ${sha} # `);
    expect(wf.jobs['documented-gate']?.with?.['owner-id']).toBe('${{ github.repository_owner_id }}');
  });
});

describe('release.yml', () => {
  const wf = load('release.yml');
  const runs = Object.values(wf.jobs)
    .flatMap((job) => (job.steps ?? []).map((s) => s.run ?? ''))
    .join('\n');

  it("checks dist/, attests it with the previous release's provenance action inside the release environment, pins the internal refs, moves the major tag forward only", () => {
    expect(runs).toContain('npm run check-dist');
    expect(runs).toContain('scripts/sync-action-refs.mjs --sha "$SHA" --version "v$VERSION"');
    expect(runs).toMatch(/gh release create .*--draft/);
    expect(runs).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    expect(runs).toMatch(/sort -V \| tail -n 1/); // the major tag only moves to the highest vX.*
    // Not the dist/ being released (./actions/provenance): a SHA-pinned earlier release of it.
    const attest =
      wf.jobs.attest?.steps?.filter((s) =>
        /^supply-chain-actions\/supply-chain-actions\/actions\/provenance@[0-9a-f]{40}$/.test(s.uses ?? ''),
      ) ?? [];
    expect(attest.map((s) => s.with?.['subject-path'] ?? s.with?.['subject-checksums'])).toEqual([
      'dist/**/*',
      'release/SHA256SUMS',
    ]);
    expect(
      Object.values(wf.jobs)
        .flatMap((j) => (j.steps ?? []).map((s) => s.uses ?? ''))
        .filter((u) => u.startsWith('./')),
    ).toEqual([]);
    expect((wf.jobs.attest as Job & { environment?: string }).environment).toBe('release');
    // The release token is never persisted in .git/config.
    const checkout = wf.jobs.publish?.steps?.find((s) => s.id === 'checkout');
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    expect(checkout?.with?.token).toBeUndefined();
  });

  it('runs only the publish job with contents: write', () => {
    const writers = Object.entries(wf.jobs).filter(
      ([, j]) => typeof j.permissions === 'object' && j.permissions.contents === 'write',
    );
    expect(writers.map(([k]) => k)).toEqual(['publish']);
  });
});
