/**
 * Properties of this repository's own workflows that actionlint and the
 * policy cannot see: who holds the OIDC token in the reusable workflows,
 * what the e2e workflow exercises, and what the release workflow runs.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
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
    const signing = jobs.filter(([, job]) => typeof job.permissions === 'object' && job.permissions['id-token'] === 'write');
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

  it('scans, describes, signs, attests and verifies the one resolved digest', () => {
    const ref = '${{ needs.resolve.outputs.ref }}';
    const step = (job: string, id: string) => wf.jobs[job]?.steps?.find((s) => s.id === id);
    expect(step('analyze', 'scan')?.with?.image).toBe(ref);
    expect(step('analyze', 'sbom')?.with?.image).toBe(ref);
    expect(step('sign', 'sign')?.with?.image).toBe(ref);
    for (const id of ['provenance', 'attest-sbom', 'attest-vuln']) expect(step('sign', id)?.with?.['subject-image']).toBe(ref);
    expect(step('verify', 'verify')?.with?.image).toBe(ref);
    expect(step('verify', 'verify')?.with?.['require-digest']).toBe(true);
    expect(wf.jobs.sign?.needs).toEqual(['resolve', 'analyze']); // a failing scan gate stops signing
  });

  it('pins docker/build-push-action by SHA and keeps the push permission in the build job', () => {
    const build = wf.jobs.build?.steps?.find((s) => s.id === 'build');
    expect(build?.uses).toMatch(/^docker\/build-push-action@[0-9a-f]{40}$/);
    const writers = Object.entries(wf.jobs).filter(([, j]) => typeof j.permissions === 'object' && j.permissions.packages === 'write');
    expect(writers.map(([k]) => k).sort()).toEqual(['build', 'sign']);
  });
});

describe('e2e.yml', () => {
  const wf = load('e2e.yml');
  const allUses = Object.values(wf.jobs).flatMap((job) => [job.uses ?? '', ...(job.steps ?? []).map((s) => s.uses ?? '')]);

  it('runs every action from the working tree', () => {
    for (const action of ACTIONS) expect(allUses).toContain(`./actions/${action}`);
  });

  it('calls every reusable workflow', () => {
    for (const name of REUSABLE) expect(allUses).toContain(`./.github/workflows/${name}`);
  });

  it('covers Linux x64 and arm64, macOS and Windows', () => {
    const runners = (wf.jobs['scan-and-sbom']?.strategy?.matrix?.runner ?? []) as string[];
    expect(runners).toEqual(expect.arrayContaining(['ubuntu-24.04', 'ubuntu-24.04-arm', 'macos-latest', 'windows-latest']));
  });

  it('pins its public images by digest and checks with cosign and gh attestation verify', () => {
    const env = (parse(fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/e2e.yml'), 'utf8')) as { env: Record<string, string> }).env;
    for (const image of Object.values(env)) expect(image).toMatch(/@sha256:[0-9a-f]{64}$/);
    const runs = (wf.jobs['sign-attest-verify']?.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/cosign verify "\$IMAGE"/);
    expect(runs).toMatch(/cosign verify-attestation/);
    expect(runs).toMatch(/gh attestation verify/);
    expect(runs).toMatch(/sha256sum --check --strict/); // cosign from our own pins
  });
});

describe('release.yml', () => {
  const wf = load('release.yml');
  const runs = Object.values(wf.jobs)
    .flatMap((job) => (job.steps ?? []).map((s) => s.run ?? ''))
    .join('\n');

  it('checks dist/, attests it with our own provenance action, pins the internal refs, moves the major tag', () => {
    expect(runs).toContain('npm run check-dist');
    expect(runs).toContain('scripts/sync-action-refs.mjs --sha "$SHA" --version "v$VERSION"');
    expect(runs).toMatch(/gh release create .*--draft/);
    expect(runs).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    const attest = wf.jobs.attest?.steps?.filter((s) => s.uses === './actions/provenance') ?? [];
    expect(attest.map((s) => s.with?.['subject-path'] ?? s.with?.['subject-checksums'])).toEqual(['dist/**/*', 'release/SHA256SUMS']);
  });

  it('runs only the publish job with contents: write', () => {
    const writers = Object.entries(wf.jobs).filter(([, j]) => typeof j.permissions === 'object' && j.permissions.contents === 'write');
    expect(writers.map(([k]) => k)).toEqual(['publish']);
  });
});
