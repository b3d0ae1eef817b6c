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
/** The registry-provider inputs as the runner sets them for a ghcr caller (the defaults). */
const CLOUD_NONE = {
  PROVIDER: 'ghcr',
  ROLE_ARN: '',
  WIF_PROVIDER: '',
  SERVICE_ACCOUNT: '',
  CLIENT_ID: '',
  TENANT_ID: '',
  SUBSCRIPTION_ID: '',
  REGISTRY_USERNAME: '',
  REGISTRY_PASSWORD: '',
};
const ECR_IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:${'e'.repeat(64)}`;
const GAR_IMAGE = `europe-west1-docker.pkg.dev/octo-project/images/app@sha256:${'e'.repeat(64)}`;
const ACR_IMAGE = `octoregistry.azurecr.io/app@sha256:${'e'.repeat(64)}`;
const WIF = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/octo-org';
const GSA = 'image-signer@octo-project.iam.gserviceaccount.com';
const GUID = '0a1b2c3d-4e5f-6789-abcd-ef0123456789';

describe.each(REUSABLE)('reusable workflow %s', (name) => {
  const wf = load(name);
  const jobs = Object.entries(wf.jobs);

  it('is a workflow_call workflow starting from no permissions, each job declaring its own', () => {
    expect(wf.on.workflow_call).toBeDefined();
    expect(wf.permissions).toEqual({});
    for (const [, job] of jobs) expect(job.permissions).toBeDefined();
  });

  it('holds the OIDC token only in jobs that check out nothing and run no caller code; only the sign job signs', () => {
    const withToken = jobs.filter(
      ([, job]) => typeof job.permissions === 'object' && job.permissions['id-token'] === 'write',
    );
    // Besides the sign job, the jobs that read or write the registry hold it for the cloud logins (issue 18 item 5).
    const expected: Record<string, string[]> = {
      'secure-container.yml': ['resolve', 'analyze', 'sign', 'verify'],
      'secure-artifacts.yml': ['sign'],
      'verify-deployment.yml': ['verify'],
    };
    expect(withToken.map(([key]) => key)).toEqual(expected[name]);
    for (const [, job] of withToken) {
      for (const step of job.steps ?? []) {
        expect(step.uses ?? '').not.toMatch(/^actions\/checkout@/);
        expect(step.uses ?? '').not.toMatch(/^docker\/build-push-action@/);
        expect(step.uses ?? '').not.toMatch(/^\.\//);
        // Scripts in these jobs only copy, hash and log in; nothing from the caller's tree is run.
        expect(step.run ?? '').not.toMatch(/\b(npm|npx|yarn|pnpm|make|docker (build|run))\b|(^|[\s;&|])(bash )?\.\//m);
      }
    }
    const signers = jobs
      .filter(([, job]) => (job.steps ?? []).some((s) => /\/actions\/(sign-keyless|provenance)@/.test(s.uses ?? '')))
      .map(([key]) => key);
    expect(signers).toEqual(name === 'verify-deployment.yml' ? [] : ['sign']);
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
    ...CLOUD_NONE,
  };

  it('passes the defaults and writes the lower-cased image', () => {
    const result = runStep(script, base);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
    expect(result.githubOutput).toBe(
      `image=ghcr.io/octo-org/app@sha256:${'a'.repeat(64)}\nregistry=ghcr.io\naws-account-id=\naws-region=\n`,
    );
  });

  it.each([
    [
      'ecr',
      { IMAGE: ECR_IMAGE, PROVIDER: 'ecr', ROLE_ARN: 'arn:aws:iam::123456789012:role/ecr-push' },
      `registry=123456789012.dkr.ecr.eu-west-1.amazonaws.com\naws-account-id=123456789012\naws-region=eu-west-1\n`,
    ],
    [
      'gar',
      { IMAGE: GAR_IMAGE, PROVIDER: 'gar', WIF_PROVIDER: WIF, SERVICE_ACCOUNT: GSA },
      `registry=europe-west1-docker.pkg.dev\naws-account-id=\naws-region=\n`,
    ],
    [
      'acr',
      { IMAGE: ACR_IMAGE, PROVIDER: 'acr', CLIENT_ID: GUID, TENANT_ID: GUID, SUBSCRIPTION_ID: GUID },
      `registry=octoregistry.azurecr.io\naws-account-id=\naws-region=\n`,
    ],
  ])(
    'takes registry-provider %s with its identifiers, and outputs the registry (and ECR account and region)',
    (_p, env, tail) => {
      const result = runStep(script, { ...base, ...env });
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
      expect(result.githubOutput).toBe(`image=${env.IMAGE}\n${tail}`);
    },
  );

  it.each([
    ['an unknown provider', { PROVIDER: 'dockerhub' }, /Input 'registry-provider' must be ghcr, ecr, gar or acr/],
    [
      'cloud inputs with ghcr',
      { ROLE_ARN: 'arn:aws:iam::123456789012:role/x' },
      /Cloud login inputs are set but 'registry-provider' is ghcr/,
    ],
    [
      'ecr with an image elsewhere',
      { PROVIDER: 'ecr', ROLE_ARN: 'arn:aws:iam::123456789012:role/x' },
      /registry-provider ecr: 'image' must be on an ECR registry/,
    ],
    [
      'ecr with a malformed role',
      { IMAGE: ECR_IMAGE, PROVIDER: 'ecr', ROLE_ARN: 'arn:aws:iam::123:role/x\nverified=true' },
      /'aws-role-arn' must be arn:aws:iam::<12 digits>:role\/<name>/,
    ],
    [
      'gar with a key file path as provider',
      { IMAGE: GAR_IMAGE, PROVIDER: 'gar', WIF_PROVIDER: '/tmp/key.json', SERVICE_ACCOUNT: GSA },
      /'gcp-workload-identity-provider' must be projects\/<number>/,
    ],
    [
      'gar with a malformed service account',
      { IMAGE: GAR_IMAGE, PROVIDER: 'gar', WIF_PROVIDER: WIF, SERVICE_ACCOUNT: 'me@gmail.com' },
      /'gcp-service-account' must be <name>@<project>\.iam\.gserviceaccount\.com/,
    ],
    [
      'acr with a missing tenant',
      { IMAGE: ACR_IMAGE, PROVIDER: 'acr', CLIENT_ID: GUID, SUBSCRIPTION_ID: GUID },
      /'azure-client-id', 'azure-tenant-id' and 'azure-subscription-id' must be GUIDs/,
    ],
    [
      'a cloud provider with build: true',
      {
        IMAGE: 'europe-west1-docker.pkg.dev/p/r/app',
        BUILD: 'true',
        PROVIDER: 'gar',
        WIF_PROVIDER: WIF,
        SERVICE_ACCOUNT: GSA,
      },
      /registry-provider gar with build: true is refused/,
    ],
    [
      'a cloud provider with registry secrets',
      {
        IMAGE: ACR_IMAGE,
        PROVIDER: 'acr',
        CLIENT_ID: GUID,
        TENANT_ID: GUID,
        SUBSCRIPTION_ID: GUID,
        REGISTRY_PASSWORD: 'p',
      },
      /registry-provider acr logs in with the job's OIDC token: leave the registry-username and registry-password secrets empty/,
    ],
  ])('refuses %s and writes no output', (_label, env, message) => {
    const result = runStep(script, { ...base, ...env });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.githubOutput).toBe('');
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
    const unbound = runStep(script, {
      IMAGES: IMAGE,
      OWNER_ID: '',
      REPOSITORY_ID: '',
      ALLOW_ANY_SOURCE: 'false',
      ...CLOUD_NONE,
    });
    expect(unbound.status).toBe(1);
    expect(unbound.output).toMatch(/Set owner-id .* or source-repository-id/);
    const any = runStep(script, {
      IMAGES: IMAGE,
      OWNER_ID: '',
      REPOSITORY_ID: '',
      ALLOW_ANY_SOURCE: 'true',
      ...CLOUD_NONE,
    });
    expect(any.status).toBe(0);
  });

  it('splits on newlines, commas and spaces, and refuses tags', () => {
    const other = `ghcr.io/org/web@sha256:${'c'.repeat(64)}`;
    const ok = runStep(script, {
      IMAGES: `${IMAGE}, ${other}`,
      OWNER_ID: '1',
      REPOSITORY_ID: '',
      ALLOW_ANY_SOURCE: 'false',
      ...CLOUD_NONE,
    });
    expect(ok.githubOutput).toBe(`images=${JSON.stringify([IMAGE, other])}\n`);
    const tag = runStep(script, {
      IMAGES: 'ghcr.io/org/app:1',
      OWNER_ID: '1',
      REPOSITORY_ID: '',
      ALLOW_ANY_SOURCE: 'false',
      ...CLOUD_NONE,
    });
    expect(tag.status).toBe(1);
    expect(tag.output).toMatch(/Not an image by digest/);
  });

  it('with a cloud registry-provider, takes only images on that cloud registry', () => {
    const digest = `@sha256:${'d'.repeat(64)}`;
    const ecr = { OWNER_ID: '1', REPOSITORY_ID: '', ALLOW_ANY_SOURCE: 'false', ...CLOUD_NONE, PROVIDER: 'ecr' };
    const role = 'arn:aws:iam::123456789012:role/ecr-pull';
    const ok = runStep(script, { ...ecr, ROLE_ARN: role, IMAGES: `${ECR_IMAGE.split('@')[0]}${digest}` });
    expect(ok.output).toBe('');
    expect(ok.status).toBe(0);
    const mixed = runStep(script, { ...ecr, ROLE_ARN: role, IMAGES: `${ECR_IMAGE.split('@')[0]}${digest}\n${IMAGE}` });
    expect(mixed.status).toBe(1);
    expect(mixed.output).toMatch(/registry-provider ecr: every image must be on an ECR registry/);
    expect(mixed.githubOutput).toBe('');
    const secret = runStep(script, { ...ecr, ROLE_ARN: role, IMAGES: ECR_IMAGE, REGISTRY_USERNAME: 'u' });
    expect(secret.output).toMatch(/leave the registry-username and registry-password secrets empty/);
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

describe('cloud registry logins in the reusable workflows (issue 18 item 5)', () => {
  const LOGINS: [string, string, string][] = [
    ['aws', 'ecr', 'aws-actions/configure-aws-credentials'],
    ['ecr', 'ecr', 'aws-actions/amazon-ecr-login'],
    ['gcp', 'gar', 'google-github-actions/auth'],
    ['gar', 'gar', ''],
    ['azure', 'acr', 'azure/login'],
    ['acr', 'acr', ''],
  ];
  const REGISTRY_JOBS: [string, string[]][] = [
    ['secure-container.yml', ['resolve', 'analyze', 'sign', 'verify']],
    ['verify-deployment.yml', ['verify']],
  ];
  /** action → `sha # version` from the pin table of docs/org-admin-guide.md. */
  const documented = new Map(
    [
      ...fs
        .readFileSync(path.join(REPO_ROOT, 'docs', 'org-admin-guide.md'), 'utf8')
        .matchAll(/^\| `([\w-]+\/[\w-]+)` \| `([0-9a-f]{40})` \| (v\d+\.\d+\.\d+) \|$/gm),
    ].map((m) => [m[1], `${m[2]} # ${m[3]}`]),
  );

  it('documents one pin per login action', () => {
    expect([...documented.keys()].sort()).toEqual(
      LOGINS.map(([, , action]) => action)
        .filter(Boolean)
        .sort(),
    );
  });

  it.each(REGISTRY_JOBS)(
    '%s: every job that reads or writes the registry logs in first, conditionally, with the documented pins',
    (name, registryJobs) => {
      const text = fs.readFileSync(path.join(REPO_ROOT, '.github', 'workflows', name), 'utf8');
      const wf = parse(text) as Workflow;
      for (const [key, job] of Object.entries(wf.jobs)) {
        const steps = (job.steps ?? []) as (Step & { if?: string })[];
        const ids = steps.map((s) => s.id);
        if (!registryJobs.includes(key)) {
          expect({ key, logins: ids.filter((id) => LOGINS.some(([login]) => login === id)) }).toEqual({
            key,
            logins: [],
          });
          continue;
        }
        const at = LOGINS.map(([login]) => ids.indexOf(login));
        expect({ key, at: at.every((i, n) => i >= 0 && (n === 0 || i === at[n - 1]! + 1)) }).toEqual({ key, at: true });
        const firstUse = steps.findIndex((s) => /\/actions\/[a-z-]+@/.test(s.uses ?? '') || s.id === 'resolve');
        expect(at[at.length - 1]).toBeLessThan(firstUse);
        for (const [login, provider, action] of LOGINS) {
          const step = steps[ids.indexOf(login)]!;
          expect(step.if).toBe(`\${{ inputs.registry-provider == '${provider}' }}`);
          if (action) {
            expect(step.uses).toMatch(new RegExp(`^${action}@[0-9a-f]{40}$`));
            expect(text).toContain(`uses: ${action}@${documented.get(action)}`);
          }
        }
        const gcp = steps[ids.indexOf('gcp')]!;
        expect(gcp.with).toMatchObject({ token_format: 'access_token', create_credentials_file: false });
      }
    },
  );

  it.each(REGISTRY_JOBS.map(([name]) => name))(
    '%s: the provider and its identifiers are plain string inputs (never secrets), ghcr by default',
    (name) => {
      const inputs = load(name).on.workflow_call?.inputs as Record<string, { type: string; default: string }>;
      expect(inputs['registry-provider']).toMatchObject({ type: 'string', default: 'ghcr' });
      for (const input of [
        'aws-role-arn',
        'gcp-workload-identity-provider',
        'gcp-service-account',
        'azure-client-id',
        'azure-tenant-id',
        'azure-subscription-id',
      ])
        expect({ input, spec: inputs[input] }).toEqual({
          input,
          spec: expect.objectContaining({ type: 'string', default: '' }),
        });
      // The only secrets stay the static registry credentials, which a cloud provider refuses.
      const secrets = (load(name).on.workflow_call as { secrets?: Record<string, unknown> }).secrets ?? {};
      expect(Object.keys(secrets).sort()).toEqual(['registry-password', 'registry-username']);
    },
  );
});
