/**
 * The hostile input corpus (test/hostile/input-corpus.ts) for the signing
 * actions: sign-keyless, provenance and verify, each run from its dist/
 * bundle against the loopback Sigstore stack (test/support/sigstore-stack.ts).
 *
 * The base run of each action works and signs (or verifies) a file in a fresh
 * workspace, with registry credentials set (the password must never show);
 * the input under test replaces its own value. Besides the invariants of
 * hostile-kit.ts, the OIDC tokens the stack handed out are secrets too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FAKE_GITHUB_TOKEN, loadActionMetadata, type ActionRun } from '../../support/action-harness.js';
import { reusableWorkflowClaims, signBlob } from '../../support/evidence.js';
import { startSigstoreStack, type SigstoreStack } from '../../support/sigstore-stack.js';
import { ALL_VALUES_LEGAL, INPUT_KINDS, POLICY_KINDS, SENTINEL, inputCases, type InputCase } from '../input-corpus.js';
import {
  CANARY,
  REGISTRY_PASSWORD,
  corpusRecorder,
  describeRun,
  failureMessage,
  inputsInProcess,
  invariantViolations,
  pool,
  runHostile,
  throughBundle,
} from './hostile-kit.js';

export type SigningAction = 'sign-keyless' | 'sign' | 'provenance' | 'verify';

/** The identity the verify fixture bundle carries (reusableWorkflowClaims). */
export const FIXTURE_IDENTITY =
  'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0';
const ARTIFACT = 'artifact.txt';
/** The base run of sign: an ECDSA P-256 key made for this run (engine: sigstore reads PKCS#8). */
const SIGN_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

/**
 * What sign masks of a multi-line secret (the key): the value as the runner hands it over (trimmed), its
 * escaped form in the ::add-mask:: line, and each line of 8 characters or more that is not a PEM boundary.
 */
function pemMasks(value: string): string[] {
  const raw = value.trim().replace(/\r\n/g, '\n');
  const escaped = raw.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const lines = raw.split('\n').filter((line) => line.length >= 8 && !line.startsWith('-----'));
  return [raw, escaped, ...lines];
}

/** Secrets of a signing run: the default ones plus every OIDC token (and its signature part) the stack issued. */
export function signingSecrets(stack: SigstoreStack, extra: string[] = []): string[] {
  return [...stack.issuedTokens, ...stack.issuedTokens.map((t) => t.split('.')[2]!).filter(Boolean), ...extra];
}

/** Inputs of the stack as a custom Sigstore instance, signing in-process. */
export function stackInputs(stack: SigstoreStack): Record<string, string> {
  return {
    engine: 'sigstore',
    'sigstore-instance': 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl,
    'trusted-root': stack.trustedRootPath,
  };
}

export function stackEnv(stack: SigstoreStack): Record<string, string> {
  return { ...stack.env(), SCS_SIGSTORE_RETRY_BASE_MS: '5' };
}

function baseRun(
  action: SigningAction,
  input: string,
  stack: SigstoreStack,
): { inputs: Record<string, string>; env: Record<string, string> } {
  const credentials = { 'registry-username': 'ci-bot', 'registry-password': REGISTRY_PASSWORD };
  if (action === 'sign-keyless') {
    return { inputs: { files: ARTIFACT, ...stackInputs(stack), ...credentials }, env: stackEnv(stack) };
  }
  if (action === 'sign') {
    const inputs: Record<string, string> = {
      files: ARTIFACT,
      engine: 'sigstore',
      key: SIGN_KEY,
      'sigstore-instance': 'custom',
      'rekor-url': stack.rekorUrl,
      'trusted-root': stack.trustedRootPath,
      ...credentials,
    };
    // kms-key next to key is refused for the pair; drop key so the value under test is evaluated.
    if (input === 'kms-key') delete inputs.key;
    return { inputs, env: stackEnv(stack) };
  }
  if (action === 'provenance') {
    return {
      inputs: {
        'subject-path': ARTIFACT,
        predicate: 'slsa',
        'push-to-registry': 'false',
        'oidc-issuer': stack.issuer,
        ...stackInputs(stack),
        ...credentials,
      },
      env: stackEnv(stack),
    };
  }
  const inputs: Record<string, string> = {
    files: ARTIFACT,
    sources: 'files',
    'sigstore-instance': 'custom',
    'trusted-root': stack.trustedRootPath,
    'certificate-identity': FIXTURE_IDENTITY,
    'signer-workflow': 'octo-org/release-workflows/.github/workflows/sign.yml',
    'source-repository-id': '1001',
    ...credentials,
  };
  // Inputs that cannot be combined with the base policy: drop the conflicting one so the value under test is evaluated.
  if (input === 'certificate-identity-regexp') delete inputs['certificate-identity'];
  if (input === 'image') delete inputs.files;
  // A keyed policy takes no identity inputs: drop them so the key under test is evaluated.
  if (input === 'public-key')
    for (const name of ['certificate-identity', 'signer-workflow', 'source-repository-id']) delete inputs[name];
  return { inputs, env: {} };
}

interface Outcome {
  run: ActionRun;
  value: string;
  outside: string;
  /** Decided by getInputs() in-process rather than a run of the bundle. */
  inProcess: boolean;
  /** Sent to getInputs() in-process first, which accepted it; the bundle's run decided. */
  passedGetInputs: boolean;
}

function judge(c: InputCase, outcome: Outcome, stack: SigstoreStack): { observed: string; problems: string[] } {
  const { run } = outcome;
  const extraSecrets = c.kind === 'secret' ? [outcome.value] : c.kind === 'pem-secret' ? pemMasks(outcome.value) : [];
  // sign's base key is a secret too (masked whole and line by line).
  if (c.action === 'sign') extraSecrets.push(...pemMasks(SIGN_KEY));
  const problems = invariantViolations(run, {
    action: c.action,
    extraDirs: [run.workspace, outcome.outside],
    secrets: signingSecrets(stack, extraSecrets),
  });
  const failure = failureMessage(run);
  const namesInput = failure.includes(`\`${c.input}\``);
  const rejected = run.exitCode === 1 && namesInput && !/^Unexpected error/.test(failure);
  const policyFailed = c.action === 'verify' && run.exitCode === 1 && run.outputs.verified === 'false';
  let observed: string;
  const where = outcome.inProcess
    ? ' by getInputs()'
    : outcome.passedGetInputs
      ? ' after getInputs() (by the run)'
      : '';
  if (rejected) observed = `refused${where}: ${failure.split('\n')[0]!.slice(0, 160)}`;
  else if (run.exitCode === 0)
    observed = `accepted; the run completed${run.outputs.verified ? ` (verified=${run.outputs.verified})` : ''}`;
  else if (policyFailed)
    observed = `accepted; the policy failed (verified=false): ${failure.split('\n')[0]!.slice(0, 120)}`;
  else observed = `other failure: ${describeRun(run)}`;
  if (c.mustReject && !rejected) problems.push(`expected an error naming \`${c.input}\`; got ${observed}`);
  if (!c.mustReject && !rejected && run.exitCode !== 0 && !(policyFailed && POLICY_KINDS.has(c.kind))) {
    problems.push(`neither refused naming the input nor completed: ${observed}`);
  }
  if (POLICY_KINDS.has(c.kind) && run.exitCode === 0) problems.push('a hostile policy value passed verification');
  if (fs.existsSync(SENTINEL)) problems.push(`command substitution ran: ${SENTINEL} exists`);
  return { observed, problems };
}

export function describeSigningInputCorpus(action: SigningAction, concurrency = 4): void {
  const record = corpusRecorder(`inputs-${action}`);
  const declared = Object.keys(loadActionMetadata(action).inputs);
  const cases = inputCases(action, declared);
  const outcomes = new Map<string, Outcome>();
  let stack: SigstoreStack;
  let fixture: string;

  describe(`${action}: hostile inputs (${cases.length} cases from action.yml)`, () => {
    beforeAll(async () => {
      fs.rmSync(SENTINEL, { force: true });
      stack = await startSigstoreStack();
      fixture = fs.mkdtempSync(path.join(os.tmpdir(), `scs-hostile-${action}-fixture-`));
      const data = Buffer.from(`release artifact ${CANARY}\n`);
      fs.writeFileSync(path.join(fixture, ARTIFACT), data);
      if (action === 'verify')
        fs.writeFileSync(
          path.join(fixture, `${ARTIFACT}.sigstore.json`),
          await signBlob(stack, data, reusableWorkflowClaims()),
        );
      const bundled = throughBundle(cases);
      const runCase = async (c: InputCase, inProcess: boolean) => {
        const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-outside-'));
        const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-ws-'));
        fs.cpSync(fixture, workspace, { recursive: true });
        const value = c.payload.value.replaceAll('{{outside}}', outside);
        const base = baseRun(action, c.input, stack);
        const options = {
          inputs: { ...base.inputs, [c.input]: value },
          env: base.env,
          workspace,
          timeoutMs: 60_000,
        };
        // A must-refuse value getInputs() lets through is refused later, if at all: judge the bundle's run then.
        const early = inProcess ? await inputsInProcess(action, options) : undefined;
        const decided = early !== undefined && early.exitCode !== 0;
        const run = decided ? early : await runHostile(action, options);
        outcomes.set(c.id, { run, value, outside, inProcess: decided, passedGetInputs: inProcess && !decided });
      };
      for (const c of cases.filter((c) => !bundled.has(c))) await runCase(c, true);
      await pool([...bundled], concurrency, (c) => runCase(c, false));
    }, 900_000);

    afterAll(async () => {
      await stack?.close();
    });

    it('classifies every input action.yml declares (new inputs must be added to the corpus)', () => {
      const unclassified = declared.filter((name) => !(name in INPUT_KINDS[action]) && !(name in ALL_VALUES_LEGAL));
      expect(unclassified).toEqual([]);
      const stale = Object.keys(INPUT_KINDS[action]).filter((name) => !declared.includes(name));
      expect(stale).toEqual([]);
    });

    it('the base run works (cases that complete prove the value was used), and masks the token and the registry password', () => {
      const completed = [...outcomes.entries()].filter(
        ([id, o]) =>
          o.run.exitCode === 0 && !o.inProcess && !id.includes('/github-token/') && !id.includes('/registry-password/'),
      );
      expect(completed.length).toBeGreaterThan(0);
      const masked = (o: Outcome, secret: string) =>
        o.run.commands.some((c) => c.command === 'add-mask' && c.message === secret);
      expect(
        completed.filter(([, o]) => !masked(o, FAKE_GITHUB_TOKEN) || !masked(o, REGISTRY_PASSWORD)).map(([id]) => id),
      ).toEqual([]);
      if (action === 'sign') {
        // Keyed signing asks for no OIDC token at all, and masks the key.
        expect(stack.issuedTokens).toEqual([]);
        expect(completed.filter(([, o]) => !masked(o, SIGN_KEY.trim())).map(([id]) => id)).toEqual([]);
      } else if (action !== 'verify') {
        // The signing runs got an OIDC token, and masked it.
        const unmaskedToken = completed.filter(
          ([, o]) => !o.run.commands.some((c) => c.command === 'add-mask' && stack.issuedTokens.includes(c.message)),
        );
        expect(unmaskedToken.map(([id]) => id)).toEqual([]);
      } else {
        expect(completed.every(([, o]) => o.run.outputs.verified === 'true')).toBe(true);
      }
    });

    it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const outcome = outcomes.get(c.id)!;
      const { observed, problems } = judge(c, outcome, stack);
      record({
        id: c.id,
        action,
        category: `input \`${c.input}\` (${c.kind})`,
        description: c.payload.name,
        expected: c.mustReject
          ? 'refused, naming the input; nothing injected'
          : POLICY_KINDS.has(c.kind)
            ? 'refused naming the input, or the policy fails (never a pass); nothing injected'
            : 'refused naming the input, or accepted inertly',
        observed: problems.length ? `${observed} — ${problems.join('; ')}` : observed,
        ok: problems.length === 0,
      });
      expect(problems).toEqual([]);
    });
  });
}
