/**
 * Admission parity, proven with the controllers' own engines: for each case an
 * image in the local registry is signed and attested by the built
 * sign-keyless and provenance actions (dist, engine sigstore) against the
 * loopback Sigstore stack, with the GitHub OIDC claims of the case; the built
 * verify action judges it and writes the admission exports (the very files
 * an admin would apply); then every engine that runs offline here evaluates
 * the same image under the export verify wrote:
 *
 *   - Kyverno v1.19.1's CLI (`kyverno apply --registry`), its SigstoreBundle
 *     verification reading the loopback trusted root through a TUF cache
 *     (test/tools/sigstore-tuf; the mirror is never contacted);
 *   - Sigstore policy-controller v0.13.1's policy tester (`tester --policy
 *     --image --trustroot`), with the TrustRoot resource the export wrote.
 *
 * and the test asserts admitted-by-controller == passed-by-verify, case by
 * case. Ratify v1.4.6's CLI (`ratify verify`) judges the Gatekeeper + Ratify
 * export in its own cases below (Gatekeeper itself is not run).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments, stringify } from 'yaml';
import { runAction, type ActionRun } from '../support/action-harness.js';
import {
  COSIGN_VULN_V1,
  attachBundle,
  pushTestImage,
  signStatement,
  statement,
  vulnPredicate,
  type TestImage,
} from '../support/evidence.js';
import { pushLegacySignatures, signLegacy, simpleSigningPayload } from '../support/legacy-cosign.js';
import { copyImage } from '../support/oci-image.js';
import { startSigstoreStack, type GitHubOidcClaims, type SigstoreStack } from '../support/sigstore-stack.js';
import { requireGoTool, requireInfra } from '../support/test-tools.js';

const execFileAsync = promisify(execFile);

const infra = requireInfra();
// docker-registry 2.8 (referrers through the sha256-<digest> tag schema, whose index keeps each referrer's
// artifactType). Not the go-containerregistry registry of the interop project: its referrers API (v0.22.1,
// pkg/registry/manifest.go) reports the config media type as artifactType, ignoring the manifest's artifactType,
// so Kyverno, which selects application/vnd.dev.sigstore.bundle* referrers, sees none of the bundles that
// sign-keyless (like cosign v3) writes with the empty config.
const referrers = infra ? { registry: infra.registry } : undefined;
const kyverno = infra ? requireGoTool(infra, 'kyverno') : undefined;
const tester = infra ? requireGoTool(infra, 'policy-controller-tester') : undefined;
const tufTool = infra ? requireGoTool(infra, 'sigstore-tuf') : undefined;
const ready = Boolean(infra && referrers && kyverno && tester && tufTool);
const describeReal = ready ? describe : describe.skip;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'admission-parity-'));
let stack: SigstoreStack;
let tufRoot: string;

const SIGNER = 'octo-org/release-workflows/.github/workflows/sign.yml';

/** A release of octo-org/app through the org's reusable signing workflow, on a GitHub-hosted runner. */
function claims(overrides: Partial<GitHubOidcClaims> = {}): Partial<GitHubOidcClaims> {
  return {
    repository: 'octo-org/app',
    repository_id: '1001',
    repository_owner: 'octo-org',
    repository_owner_id: '2002',
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    event_name: 'push',
    workflow_ref: 'octo-org/app/.github/workflows/release.yml@refs/heads/main',
    job_workflow_ref: `${SIGNER}@refs/tags/v1.2.0`,
    job_workflow_sha: 'b'.repeat(40),
    runner_environment: 'github-hosted',
    run_id: '42',
    run_attempt: '1',
    ...overrides,
  };
}

const ATTACKER = claims({
  repository: 'evil-org/app',
  repository_id: '666',
  repository_owner: 'evil-org',
  repository_owner_id: '999',
  workflow_ref: 'evil-org/app/.github/workflows/release.yml@refs/heads/main',
});

function stackInputs(): Record<string, string> {
  return {
    engine: 'sigstore',
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

function failure(run: ActionRun): string {
  return run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');
}

async function expectOk(run: ActionRun, what: string): Promise<ActionRun> {
  if (run.exitCode !== 0) throw new Error(`${what} failed: ${failure(run)}\n${run.stderr.slice(-2000)}`);
  return run;
}

/** sign-keyless (dist) signs the image by digest with the given claims. */
async function sign(image: TestImage, as: Partial<GitHubOidcClaims>): Promise<void> {
  stack.setClaims(as);
  await expectOk(
    await runAction('sign-keyless', { inputs: { image: byDigest(image), ...stackInputs() }, env: stack.env() }),
    'sign-keyless',
  );
}

/** provenance (dist) attests the image: SLSA provenance from the claims, or an SBOM / vuln predicate from a file. */
async function attest(
  image: TestImage,
  as: Partial<GitHubOidcClaims>,
  extra: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<void> {
  stack.setClaims(as);
  const workspace = fs.mkdtempSync(path.join(work, 'ws-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), content);
  await expectOk(
    await runAction('provenance', {
      workspace,
      // The evidence goes to the registry only (no GitHub attestation API here).
      inputs: {
        'subject-image': byDigest(image),
        'oidc-issuer': stack.issuer,
        'github-attestation': 'false',
        ...stackInputs(),
        ...extra,
      },
      env: stack.env(),
    }),
    `provenance ${extra.predicate ?? 'slsa'}`,
  );
}

const SPDX = JSON.stringify({
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'app',
  documentNamespace: 'https://example.com/spdx/app-1',
  creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: admission-parity-test'] },
  packages: [
    { SPDXID: 'SPDXRef-Package-openssl', name: 'openssl', versionInfo: '3.1.2-r0', downloadLocation: 'NOASSERTION' },
  ],
});
const CYCLONEDX = JSON.stringify({
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
  version: 1,
  components: [{ type: 'library', name: 'openssl', version: '3.1.2-r0', purl: 'pkg:apk/alpine/openssl@3.1.2-r0' }],
});

/** A Trivy JSON report with the given severities. */
function trivyReport(severities: string[]): string {
  return JSON.stringify({
    SchemaVersion: 2,
    CreatedAt: new Date().toISOString(),
    ArtifactName: 'app',
    ArtifactType: 'container_image',
    Results: [
      {
        Target: 'app (alpine 3.18.4)',
        Class: 'os-pkgs',
        Type: 'alpine',
        Vulnerabilities: severities.map((severity, i) => ({
          VulnerabilityID: `CVE-2099-${String(i + 1).padStart(4, '0')}`,
          PkgName: 'openssl',
          InstalledVersion: '3.1.2-r0',
          FixedVersion: '3.1.3-r0',
          Severity: severity,
          Title: 'test finding',
        })),
      },
    ],
  });
}

/** The policy the cases share: the org's reusable workflow at its release tag, for octo-org/app's main branch on GitHub-hosted runners, with provenance. */
function basePolicy(): Record<string, string> {
  return {
    'certificate-oidc-issuer': stack.issuer,
    'signer-workflow': SIGNER,
    'signer-ref': 'refs/tags/v1.2.0',
    'owner-id': '2002',
    'source-repository': 'octo-org/app',
    'source-repository-id': '1001',
    'source-ref': 'refs/heads/main',
    'runner-environment': 'github-hosted',
    'require-attestations': 'slsaprovenance1',
  };
}

interface Case {
  name: string;
  /** Builds the image and its evidence. */
  image: () => Promise<TestImage>;
  /** Policy inputs on top of basePolicy(). */
  policy?: Record<string, string>;
  /** What verify must decide (the test's own expectation, so that a broken gate cannot make the parity vacuous). */
  gate: 'pass' | 'fail';
}

const built = new Map<string, Promise<TestImage>>();
function once(key: string, make: () => Promise<TestImage>): () => Promise<TestImage> {
  return () => {
    if (!built.has(key)) built.set(key, make());
    return built.get(key)!;
  };
}

/** registry/repository@sha256:… */
function byDigest(image: TestImage): string {
  return `${image.name.replace(/:[^:/]+$/, '')}@${image.digest}`;
}

async function newImage(name: string): Promise<TestImage> {
  return pushTestImage(referrers!.registry, `admission-parity/${name}`);
}

const released = once('released', async () => {
  const image = await newImage('released');
  await sign(image, claims());
  await attest(image, claims());
  return image;
});

const OTHER_SIGNER = claims({
  repository: 'evil-org/app',
  repository_id: '666',
  repository_owner: 'evil-org',
  repository_owner_id: '999',
  workflow_ref: 'evil-org/app/.github/workflows/release.yml@refs/heads/main',
  job_workflow_ref: 'evil-org/app/.github/workflows/release.yml@refs/heads/main',
});

const withCycloneDx = once('cyclonedx', async () => {
  const image = await newImage('cyclonedx');
  await sign(image, claims());
  await attest(image, claims());
  await attest(image, claims(), { predicate: 'sbom', 'sbom-path': 'sbom.cdx.json' }, { 'sbom.cdx.json': CYCLONEDX });
  return image;
});

const scanned = once('scanned-high', async () => {
  const image = await newImage('scanned-high');
  await sign(image, claims());
  await attest(image, claims());
  await attest(
    image,
    claims(),
    { predicate: 'vuln', 'scan-report': 'trivy.json' },
    { 'trivy.json': trivyReport(['HIGH', 'LOW']) },
  );
  return image;
});

const CASES: Case[] = [
  { name: 'right identity: the reusable workflow at its release tag, for octo-org/app', image: released, gate: 'pass' },
  {
    name: 'wrong repository calling the approved reusable workflow',
    image: once('attacker', async () => {
      const image = await newImage('attacker');
      await sign(image, ATTACKER);
      await attest(image, ATTACKER);
      return image;
    }),
    gate: 'fail',
  },
  {
    name: 'wrong source ref (a feature branch)',
    image: once('feature', async () => {
      const image = await newImage('feature');
      const feature = claims({
        ref: 'refs/heads/feature',
        workflow_ref: 'octo-org/app/.github/workflows/release.yml@refs/heads/feature',
      });
      await sign(image, feature);
      await attest(image, feature);
      return image;
    }),
    gate: 'fail',
  },
  {
    name: 'wrong signer workflow of the same org',
    image: once('other-workflow', async () => {
      const image = await newImage('other-workflow');
      const other = claims({
        job_workflow_ref: 'octo-org/release-workflows/.github/workflows/other.yml@refs/tags/v1.2.0',
      });
      await sign(image, other);
      await attest(image, other);
      return image;
    }),
    gate: 'fail',
  },
  {
    name: 'self-hosted runner',
    image: once('self-hosted', async () => {
      const image = await newImage('self-hosted');
      const selfHosted = claims({ runner_environment: 'self-hosted' });
      await sign(image, selfHosted);
      await attest(image, selfHosted);
      return image;
    }),
    gate: 'fail',
  },
  {
    name: 'provenance missing (signature only)',
    image: once('unattested', async () => {
      const image = await newImage('unattested');
      await sign(image, claims());
      return image;
    }),
    gate: 'fail',
  },
  {
    name: 'a signature by another identity next to a valid one',
    image: once('two-signers', async () => {
      const image = await newImage('two-signers');
      await sign(image, OTHER_SIGNER);
      await sign(image, claims());
      await attest(image, claims());
      return image;
    }),
    gate: 'pass',
  },
  {
    name: 'SPDX SBOM attestation required (https://spdx.dev/Document/v2.3) and present',
    image: once('spdx', async () => {
      const image = await newImage('spdx');
      await sign(image, claims());
      await attest(image, claims());
      await attest(image, claims(), { predicate: 'sbom', 'sbom-path': 'sbom.spdx.json' }, { 'sbom.spdx.json': SPDX });
      return image;
    }),
    policy: { 'require-attestations': 'slsaprovenance1, https://spdx.dev/Document/v2.3' },
    gate: 'pass',
  },
  {
    name: 'SPDX SBOM attestation required, only a CycloneDX one present',
    image: withCycloneDx,
    policy: { 'require-attestations': 'slsaprovenance1, https://spdx.dev/Document/v2.3' },
    gate: 'fail',
  },
  {
    name: 'CycloneDX SBOM attestation required and present',
    image: withCycloneDx,
    policy: { 'require-attestations': 'slsaprovenance1, cyclonedx' },
    gate: 'pass',
  },
  {
    name: 'vuln attestation below max-severity (HIGH findings, max critical)',
    image: scanned,
    policy: { 'max-severity': 'critical' },
    gate: 'pass',
  },
  {
    name: 'vuln attestation at max-severity (HIGH findings, max high)',
    image: scanned,
    policy: { 'max-severity': 'high' },
    gate: 'fail',
  },
  {
    name: 'vuln attestation with a lower-case severity ("high") at max-severity',
    image: once('lower-case', async () => {
      const image = await newImage('lower-case');
      await sign(image, claims());
      await attest(image, claims());
      // The scan action never writes this; an approved signer's scanner might: the reading must not depend on case.
      const predicate = vulnPredicate([{ id: 'CVE-2099-0100', severity: 'HIGH' }]);
      (
        predicate.scanner as { result: { Results: { Vulnerabilities: { Severity: string }[] }[] } }
      ).result.Results[0]!.Vulnerabilities[0]!.Severity = 'high';
      stack.setClaims(claims());
      await attachBundle(
        image,
        await signStatement(stack, statement(image.ref.repository, image.digest, COSIGN_VULN_V1, predicate), claims()),
        COSIGN_VULN_V1,
      );
      return image;
    }),
    policy: { 'max-severity': 'high' },
    gate: 'fail',
  },
];

interface Decision {
  admitted: boolean;
  detail: string;
}

async function run(
  file: string,
  args: string[],
  env: Record<string, string>,
  timeout = 180_000,
): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, {
      env: { PATH: '/usr/bin:/bin', ...env },
      timeout,
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, out: `${stdout}\n${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string; killed?: boolean; signal?: string };
    if (e.killed || e.signal)
      throw new Error(`${path.basename(file)} ${args.join(' ')} did not finish: ${e.signal ?? 'timeout'}`);
    return { code: typeof e.code === 'number' ? e.code : 1, out: `${e.stdout ?? ''}\n${e.stderr ?? ''}` };
  }
}

/** Kyverno's CLI: the exported ClusterPolicy applied to a Pod running the image, with registry access. */
async function kyvernoDecision(policyFile: string, image: string, dir: string): Promise<Decision> {
  const pod = path.join(dir, 'pod.yaml');
  fs.writeFileSync(
    pod,
    stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'app', namespace: 'default' },
      spec: { containers: [{ name: 'app', image }] },
    }),
  );
  const home = fs.mkdtempSync(path.join(dir, 'home-'));
  const { out } = await run(kyverno!, ['apply', policyFile, '--resource', pod, '--registry'], {
    HOME: home,
    TUF_ROOT: tufRoot,
    KYVERNO_EXPERIMENTAL: 'false',
  });
  const summary = /pass: (\d+), fail: (\d+), warn: (\d+), error: (\d+), skip: (\d+)/.exec(out);
  if (!summary) throw new Error(`kyverno apply printed no result summary:\n${out.slice(-3000)}`);
  // The verifyImages rule and Kyverno's own check that the image was verified: both pass, or the Pod is denied.
  const [, pass, fail, , errors, skip] = summary.map(Number);
  if (skip! > 0 || pass! + fail! + errors! === 0)
    throw new Error(`kyverno apply evaluated no rule (${summary[0]}):\n${out.slice(-3000)}`);
  if (errors! > 0 && fail === 0)
    throw new Error(`kyverno apply could not evaluate the policy (${summary[0]}):\n${out.slice(-3000)}`);
  return { admitted: fail === 0 && errors === 0, detail: out.slice(-1500) };
}

/** policy-controller's tester: the exported ClusterImagePolicy (and TrustRoot) against the image. */
async function policyControllerDecision(policyFile: string, image: string, dir: string): Promise<Decision> {
  const docs = parseAllDocuments(fs.readFileSync(policyFile, 'utf8')).map(
    (d) => d.toJS() as { kind: string; metadata: { name: string } },
  );
  const trustRoot = docs.find((d) => d.kind === 'TrustRoot');
  const policies = docs.filter((d) => d.kind === 'ClusterImagePolicy');
  if (!trustRoot || policies.length === 0)
    throw new Error(
      `the policy-controller export has no TrustRoot or ClusterImagePolicy: ${docs.map((d) => d.kind).join(', ')}`,
    );
  // The export's TrustRoot carries the instance's keys inline (spec.sigstoreKeys). policy-controller v0.13.1 turns
  // an inline log key into a log id made of the id's hex TEXT (pkg/apis/config/sigstore_keys.go,
  // ConvertTransparencyLogInstance: []byte(logID)), so no bundle's log entry matches it ("not enough verified log
  // entries from transparency log: 0 < 1"), and its tester reads a TUF TrustRoot through the same conversion (it
  // ignores the trusted_root.json target). The export says so (admin step). The engine therefore gets the same
  // trusted root the way policy-controller reads its default one: sigstore's TUF client (TUF_ROOT, the cache
  // sigstore-tuf wrote), with the policy's trustRootRef dropped; every other field is the exported one.
  const exportedKeys = (trustRoot as unknown as { spec: { sigstoreKeys?: { tLogs?: { baseURL: string }[] } } }).spec
    .sigstoreKeys;
  expect(exportedKeys?.tLogs?.[0]?.baseURL).toBe(stack.rekorUrl);
  const withoutRef = (cip: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(cip), (key, value: unknown) => (key === 'trustRootRef' ? undefined : value)) as Record<
      string,
      unknown
    >;
  const home = fs.mkdtempSync(path.join(dir, 'home-'));
  // Every ClusterImagePolicy that matches must admit (the controller ANDs them).
  let detail = '';
  for (const cip of policies) {
    const cipFile = path.join(dir, `${cip.metadata.name}.yaml`);
    fs.writeFileSync(cipFile, stringify(withoutRef(cip as unknown as Record<string, unknown>)));
    const { code, out } = await run(tester!, ['--policy', cipFile, '--image', image], {
      HOME: home,
      TUF_ROOT: tufRoot,
    });
    detail += out.slice(-1500);
    if (/CIP is invalid|failed to|panic:/.test(out) && code !== 0 && !/"errors"/.test(out))
      throw new Error(`policy-controller tester could not evaluate:\n${out.slice(-3000)}`);
    if (code !== 0) return { admitted: false, detail };
  }
  return { admitted: true, detail };
}

beforeAll(async () => {
  if (!ready) return;
  stack = await startSigstoreStack({ claims: claims() });
  tufRoot = path.join(work, 'tuf-root');
  const { code, out } = await run(tufTool!, ['--trusted-root', stack.trustedRootPath, '--out', tufRoot], {
    HOME: work,
  });
  if (code !== 0) throw new Error(`sigstore-tuf failed: ${out}`);
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describeReal(
  'admission parity: verify == Kyverno == policy-controller (engines run offline against the loopback stack)',
  () => {
    it('has at least twelve cases, passing and failing ones', () => {
      expect(CASES.length).toBeGreaterThanOrEqual(12);
      expect(CASES.some((c) => c.gate === 'pass') && CASES.some((c) => c.gate === 'fail')).toBe(true);
    });

    it.each(CASES.map((c) => [c.name, c] as const))(
      '%s',
      async (_name, c) => {
        const image = await c.image();
        const reference = byDigest(image);
        const dir = fs.mkdtempSync(path.join(work, 'case-'));
        const policy = { ...basePolicy(), ...(c.policy ?? {}) };
        const verify = await runAction('verify', {
          inputs: {
            image: reference,
            sources: 'referrers',
            'sigstore-instance': 'custom',
            'trusted-root': stack.trustedRootPath,
            ...policy,
            'export-controllers': 'kyverno, policy-controller',
            // policy-controller admits on any clean vuln attestation (the gate: the newest); with one per image it is the same.
            ...(policy['max-severity'] ? { 'allow-unenforced': 'max-severity' } : {}),
          },
        });
        const passed = verify.outputs.verified === 'true';
        const expected = c.gate === 'pass';
        expect({ passed, exitCode: verify.exitCode === 0, why: passed === expected ? '' : failure(verify) }).toEqual({
          passed: expected,
          exitCode: expected,
          why: '',
        });
        const kyvernoFile = verify.outputs['kyverno-policy-file'];
        const pcFile = verify.outputs['policy-controller-file'];
        if (!kyvernoFile || !pcFile) throw new Error(`verify wrote no admission export: ${failure(verify)}`);

        const k = await kyvernoDecision(kyvernoFile, reference, dir);
        const p = await policyControllerDecision(pcFile, reference, dir);
        expect({
          case: c.name,
          verify: passed,
          kyverno: k.admitted,
          policyController: p.admitted,
          kyvernoDetail: k.admitted === passed ? '' : k.detail,
          pcDetail: p.admitted === passed ? '' : p.detail,
        }).toEqual({
          case: c.name,
          verify: passed,
          kyverno: passed,
          policyController: passed,
          kyvernoDetail: '',
          pcDetail: '',
        });
      },
      600_000,
    );
  },
);

const multi = infra ? infra.multiPlatform : undefined;
const describeMulti = ready && multi ? describe : describe.skip;

describeMulti(
  'admission parity: a multi-platform index (issue 18.4): the controllers check the digest a pod names',
  () => {
    it('evidence on the index alone: verify (platform: all) fails on the platform manifests; Kyverno and policy-controller admit a pod naming the index and deny one naming a platform manifest, so the export says platform is not enforced', async () => {
      const ref = copyImage(referrers!.registry, multi!.ref, `admission-parity/multi-${Date.now().toString(36)}`);
      const repository = ref.replace(/:v1$/, '');
      const index = `${repository}@${multi!.digest}`;
      const arm64 = `${repository}@${multi!.platforms.find((p) => p.architecture === 'arm64')!.digest}`;
      stack.setClaims(claims());
      await expectOk(
        await runAction('sign-keyless', { inputs: { image: index, ...stackInputs() }, env: stack.env() }),
        'sign-keyless',
      );
      await expectOk(
        await runAction('provenance', {
          inputs: {
            'subject-image': index,
            'oidc-issuer': stack.issuer,
            'github-attestation': 'false',
            ...stackInputs(),
          },
          env: stack.env(),
        }),
        'provenance',
      );
      const verify = await runAction('verify', {
        inputs: {
          image: index,
          sources: 'referrers',
          'sigstore-instance': 'custom',
          'trusted-root': stack.trustedRootPath,
          ...basePolicy(),
          'export-controllers': 'kyverno, policy-controller',
          'allow-unenforced': 'platform',
        },
      });
      expect(verify.outputs.verified).toBe('false');
      const results = JSON.parse(verify.outputs.subjects!) as { digest: string; passed: boolean }[];
      expect(results.map((r) => r.passed)).toEqual([true, ...multi!.platforms.map(() => false)]);
      expect(JSON.parse(verify.outputs['not-enforced']!)).toEqual([
        expect.stringMatching(/^Kyverno: platform: /),
        expect.stringMatching(/^Sigstore policy-controller: platform: /),
      ]);
      const dir = fs.mkdtempSync(path.join(work, 'multi-'));
      const decisions = {
        kyvernoIndex: (await kyvernoDecision(verify.outputs['kyverno-policy-file']!, index, dir)).admitted,
        kyvernoArm64: (await kyvernoDecision(verify.outputs['kyverno-policy-file']!, arm64, dir)).admitted,
        policyControllerIndex: (await policyControllerDecision(verify.outputs['policy-controller-file']!, index, dir))
          .admitted,
        policyControllerArm64: (await policyControllerDecision(verify.outputs['policy-controller-file']!, arm64, dir))
          .admitted,
      };
      expect(decisions).toEqual({
        kyvernoIndex: true,
        kyvernoArm64: false,
        policyControllerIndex: true,
        policyControllerArm64: false,
      });
    }, 600_000);
  },
);

/** Keys of the keyed cases: the signer's PKCS#8 P-256 key (sign, engine sigstore) and another one. */
const KEYED = (() => {
  const make = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signer = make();
  const other = make();
  return {
    privateKey: signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    otherPrivateKey: other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: signer.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
})();

/** sign (dist) signs the image by digest with a key, logged in the stack's Rekor. */
async function signWithKey(image: TestImage, privateKey: string): Promise<void> {
  await expectOk(
    await runAction('sign', {
      inputs: {
        image: byDigest(image),
        key: privateKey,
        engine: 'sigstore',
        'sigstore-instance': 'custom',
        'rekor-url': stack.rekorUrl,
        'trusted-root': stack.trustedRootPath,
      },
    }),
    'sign',
  );
}

const KEYED_CASES: { name: string; image: () => Promise<TestImage>; gate: 'pass' | 'fail' }[] = [
  {
    name: 'keyed: signed by the policy key',
    image: once('keyed-right', async () => {
      const image = await newImage('keyed-right');
      await signWithKey(image, KEYED.privateKey);
      return image;
    }),
    gate: 'pass',
  },
  {
    name: 'keyed: signed by another key',
    image: once('keyed-other', async () => {
      const image = await newImage('keyed-other');
      await signWithKey(image, KEYED.otherPrivateKey);
      return image;
    }),
    gate: 'fail',
  },
  {
    name: 'keyed: signed keyless by the approved identity only (a keyed policy takes no certificate)',
    image: released,
    gate: 'fail',
  },
];

describeReal('admission parity, keyed (public-key): verify == Kyverno; policy-controller refused at export', () => {
  it('policy-controller cannot express a key over Sigstore bundles: its export is refused, with the reason', async () => {
    const refused = await runAction('verify', {
      inputs: {
        image: `${referrers!.registry}/admission-parity/keyed-*`,
        'export-only': 'true',
        'sigstore-instance': 'custom',
        'trusted-root': stack.trustedRootPath,
        'public-key': KEYED.publicKey,
        'export-controllers': 'policy-controller',
      },
    });
    expect(refused.exitCode).toBe(1);
    expect(failure(refused)).toContain('only for keyless authorities');
  });

  it.each(KEYED_CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const image = await c.image();
      const reference = byDigest(image);
      const dir = fs.mkdtempSync(path.join(work, 'case-'));
      const inputs = {
        image: reference,
        sources: 'referrers',
        'sigstore-instance': 'custom',
        'trusted-root': stack.trustedRootPath,
        'public-key': KEYED.publicKey,
      };
      const verify = await runAction('verify', { inputs: { ...inputs, 'export-controllers': 'kyverno' } });
      const passed = verify.outputs.verified === 'true';
      expect({ passed, why: passed === (c.gate === 'pass') ? '' : failure(verify) }).toEqual({
        passed: c.gate === 'pass',
        why: '',
      });
      const kyvernoFile = verify.outputs['kyverno-policy-file'];
      if (!kyvernoFile) throw new Error(`verify wrote no Kyverno export: ${failure(verify)}`);
      const k = await kyvernoDecision(kyvernoFile, reference, dir);
      expect({
        case: c.name,
        verify: passed,
        kyverno: k.admitted,
        detail: k.admitted === passed ? '' : k.detail,
      }).toEqual({
        case: c.name,
        verify: passed,
        kyverno: passed,
        detail: '',
      });
    },
    600_000,
  );
});

const ratify = infra ? requireGoTool(infra, 'ratify') : undefined;
const describeRatify = ready && ratify ? describe : describe.skip;

/** PEM of base64 DER. */
function pem(label: string, der: string): string {
  return `-----BEGIN ${label}-----\n${der.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

/**
 * Ratify's CLI with the exported resources: the Verifier's parameters and the Policy's artifact verification
 * policies as the CLI's config (what Ratify's controller builds from the CRDs), the ORAS store over HTTP on
 * loopback, and the loopback instance's Fulcio root, Rekor and CT keys through cosign's SIGSTORE_* variables
 * (Ratify's cosign verifier reads the public-good roots otherwise).
 */
async function ratifyDecision(exportFile: string, image: string, dir: string): Promise<Decision> {
  const docs = parseAllDocuments(fs.readFileSync(exportFile, 'utf8')).map(
    (d) => d.toJS() as { kind: string; spec: Record<string, unknown> },
  );
  const verifier = docs.find((d) => d.kind === 'Verifier')!.spec as {
    name: string;
    artifactTypes: string;
    parameters: Record<string, unknown>;
  };
  const policy = docs.find((d) => d.kind === 'Policy')!.spec as {
    parameters: { artifactVerificationPolicies: Record<string, string> };
  };
  const config = {
    store: { version: '1.0.0', plugins: [{ name: 'oras', useHttp: true, cosignEnabled: true }] },
    policy: {
      version: '1.0.0',
      plugin: { name: 'configPolicy', artifactVerificationPolicies: policy.parameters.artifactVerificationPolicies },
    },
    verifier: {
      version: '1.0.0',
      plugins: [{ name: verifier.name, artifactTypes: verifier.artifactTypes, ...verifier.parameters }],
    },
  };
  const configFile = path.join(dir, 'ratify-config.json');
  fs.writeFileSync(configFile, JSON.stringify(config));
  const root = stack.trustedRoot as {
    certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[];
    tlogs: { publicKey: { rawBytes: string } }[];
    ctlogs?: { publicKey: { rawBytes: string } }[];
  };
  const fulcio = path.join(dir, 'fulcio.pem');
  fs.writeFileSync(
    fulcio,
    root.certificateAuthorities
      .flatMap((ca) => ca.certChain.certificates.map((c) => pem('CERTIFICATE', c.rawBytes)))
      .join(''),
  );
  const rekor = path.join(dir, 'rekor.pub');
  fs.writeFileSync(rekor, pem('PUBLIC KEY', root.tlogs[0]!.publicKey.rawBytes));
  const env: Record<string, string> = {
    HOME: fs.mkdtempSync(path.join(dir, 'home-')),
    TUF_ROOT: tufRoot,
    SIGSTORE_ROOT_FILE: fulcio,
    SIGSTORE_REKOR_PUBLIC_KEY: rekor,
  };
  if (root.ctlogs?.[0]) {
    const ct = path.join(dir, 'ctfe.pub');
    fs.writeFileSync(ct, pem('PUBLIC KEY', root.ctlogs[0].publicKey.rawBytes));
    env.SIGSTORE_CT_LOG_PUBLIC_KEY_FILE = ct;
  }
  const { out } = await run(ratify!, ['verify', '-c', configFile, '-s', image], env);
  const json = /\{[\s\S]*"isSuccess"[\s\S]*\}/.exec(out);
  if (!json) throw new Error(`ratify verify printed no verdict:\n${out.slice(-3000)}`);
  const verdict = JSON.parse(json[0]) as { isSuccess: boolean };
  return { admitted: verdict.isSuccess === true, detail: out.slice(-2000) };
}

describeRatify('admission parity: Gatekeeper + Ratify (Ratify CLI v1.4.6, offline)', () => {
  // Gatekeeper itself is not run: its gator cannot call Ratify's external-data provider offline; the
  // ConstraintTemplate only forwards Ratify's isSuccess. Ratify v1.4.6's cosign verifier reads cosign's legacy
  // signatures only (the sha256-<digest>.sig tag), never the Sigstore bundles sign-keyless attaches as referrers,
  // and checks no attestation: the export refuses everything but the identity and says it is stricter.
  const identity = `https://github.com/${SIGNER}@refs/tags/v1.2.0`;
  const legacySigned = (name: string, as: Partial<GitHubOidcClaims>) =>
    once(`legacy-${name}`, async () => {
      const image = await newImage(`legacy-${name}`);
      await pushLegacySignatures(image, [
        await signLegacy(stack, simpleSigningPayload(image.ref.repository, image.digest), as),
      ]);
      return image;
    });
  const RATIFY_CASES: (Case & { ratify: 'same' | 'stricter' })[] = [
    {
      name: 'legacy keyless signature by the approved identity',
      image: legacySigned('good', claims()),
      gate: 'pass',
      ratify: 'same',
    },
    {
      name: 'legacy keyless signature by another workflow',
      image: legacySigned(
        'other',
        claims({ job_workflow_ref: 'octo-org/release-workflows/.github/workflows/other.yml@refs/tags/v1.2.0' }),
      ),
      gate: 'fail',
      ratify: 'same',
    },
    {
      name: 'legacy keyless signature by another repository',
      image: legacySigned('attacker', OTHER_SIGNER),
      gate: 'fail',
      ratify: 'same',
    },
    // Declared stricter: the gate admits a bundle-only image, Ratify cannot see the bundle.
    {
      name: 'Sigstore bundle only (sign-keyless): denied by Ratify, as the export declares',
      image: released,
      gate: 'pass',
      ratify: 'stricter',
    },
  ];

  it.each(RATIFY_CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const image = await c.image();
      const reference = byDigest(image);
      const dir = fs.mkdtempSync(path.join(work, 'ratify-'));
      const verify = await runAction('verify', {
        inputs: {
          image: reference,
          sources: 'referrers, legacy',
          'sigstore-instance': 'custom',
          'trusted-root': stack.trustedRootPath,
          'certificate-oidc-issuer': stack.issuer,
          'certificate-identity': identity,
          'export-controllers': 'ratify',
        },
      });
      const passed = verify.outputs.verified === 'true';
      expect({ passed, why: passed === (c.gate === 'pass') ? '' : failure(verify) }).toEqual({
        passed: c.gate === 'pass',
        why: '',
      });
      const exportFile = verify.outputs['ratify-policy-file'];
      if (!exportFile) throw new Error(`verify wrote no Ratify export: ${failure(verify)}`);
      expect(fs.readFileSync(exportFile, 'utf8')).toContain('supply-chain-verify/stricter');
      const r = await ratifyDecision(exportFile, reference, dir);
      const expected = c.ratify === 'same' ? passed : false;
      expect({
        case: c.name,
        verify: passed,
        ratify: r.admitted,
        detail: r.admitted === expected ? '' : r.detail,
      }).toEqual({ case: c.name, verify: passed, ratify: expected, detail: '' });
    },
    600_000,
  );
});
