/**
 * Runs the hostile input corpus of one action (test/hostile/input-corpus.ts)
 * against its bundle, a few runs at a time, then turns each case into a test.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, loadActionMetadata, type ActionRun } from '../../support/action-harness.js';
import { ALL_VALUES_LEGAL, INPUT_KINDS, SENTINEL, inputCases, type InputCase } from '../input-corpus.js';
import {
  CANARY,
  STAND_INS,
  corpusRecorder,
  describeRun,
  failureMessage,
  inputsInProcess,
  invariantViolations,
  pool,
  runHostile,
  throughBundle,
} from './hostile-kit.js';

const SECRETS_REPORT = path.join(REPO_ROOT, 'test', 'fixtures', 'trivy', 'secrets.json.golden');

/** Inputs of a working run; the input under test replaces its own, and tool inputs that conflict are dropped. */
function baseRun(
  action: 'scan' | 'sbom' | 'setup',
  input: string,
): { inputs: Record<string, string>; env: Record<string, string> } {
  if (action === 'setup') {
    // Trivy from a given binary (nothing downloaded); the input under test is added on top.
    const inputs: Record<string, string> = { tools: 'trivy', 'trivy-path': STAND_INS.trivy };
    if (input === 'trivy-version' || input === 'trivy-sha256') delete inputs['trivy-path'];
    return { inputs, env: {} };
  }
  if (action === 'scan') {
    const inputs: Record<string, string> = { 'trivy-path': STAND_INS.trivy, scanners: 'secret', 'fail-on': 'none' };
    if (input === 'trivy-version' || input === 'trivy-sha256') delete inputs['trivy-path'];
    return { inputs, env: { STANDIN_REPORT: SECRETS_REPORT } };
  }
  const inputs: Record<string, string> = { 'syft-path': STAND_INS.syft, 'upload-artifact': 'false' };
  if (input === 'syft-version' || input === 'syft-sha256') delete inputs['syft-path'];
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

function judge(c: InputCase, outcome: Outcome): { observed: string; problems: string[] } {
  const { run } = outcome;
  const extraSecrets = c.kind === 'secret' ? [outcome.value] : [];
  const problems = invariantViolations(run, {
    action: c.action,
    extraDirs: [run.workspace, outcome.outside],
    secrets: extraSecrets,
  });
  const failure = failureMessage(run);
  const namesInput = failure.includes(`\`${c.input}\``);
  const rejected = run.exitCode === 1 && namesInput && !/^Unexpected error/.test(failure);
  let observed: string;
  const where = outcome.inProcess
    ? ' by getInputs()'
    : outcome.passedGetInputs
      ? ' after getInputs() (by the run)'
      : '';
  if (rejected) observed = `refused${where}: ${failure.split('\n')[0]!.slice(0, 160)}`;
  else if (run.exitCode === 0) observed = 'accepted; the run completed';
  else observed = `other failure: ${describeRun(run)}`;
  if (c.mustReject && !rejected) problems.push(`expected an error naming \`${c.input}\`; got ${observed}`);
  if (!c.mustReject && !rejected && run.exitCode !== 0)
    problems.push(`neither refused naming the input nor completed: ${observed}`);
  if (fs.existsSync(SENTINEL)) problems.push(`command substitution ran: ${SENTINEL} exists`);
  // The hostile value must not become a command anywhere: checked above; and never in an output but as data.
  for (const [name, value] of Object.entries(run.outputs)) {
    if ((value.includes('::') || value.includes('##[')) && value.includes(CANARY) && name === 'gate')
      problems.push('gate output carries hostile text');
  }
  return { observed, problems };
}

export function describeInputCorpus(action: 'scan' | 'sbom' | 'setup', concurrency = 3): void {
  const record = corpusRecorder(`inputs-${action}`);
  const declared = Object.keys(loadActionMetadata(action).inputs);
  const cases = inputCases(action, declared);
  const outcomes = new Map<string, Outcome>();

  describe(`${action}: hostile inputs (${cases.length} cases from action.yml)`, () => {
    beforeAll(async () => {
      fs.rmSync(SENTINEL, { force: true });
      const bundled = throughBundle(cases);
      const runCase = async (c: InputCase, inProcess: boolean) => {
        const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-hostile-outside-'));
        const value = c.payload.value.replaceAll('{{outside}}', outside);
        const base = baseRun(action, c.input);
        const options = { inputs: { ...base.inputs, [c.input]: value }, env: base.env, timeoutMs: 60_000 };
        // A must-refuse value getInputs() lets through is refused later, if at all: judge the bundle's run then.
        const early = inProcess ? await inputsInProcess(action, options) : undefined;
        const decided = early !== undefined && early.exitCode !== 0;
        const run = decided ? early : await runHostile(action, options);
        outcomes.set(c.id, { run, value, outside, inProcess: decided, passedGetInputs: inProcess && !decided });
      };
      for (const c of cases.filter((c) => !bundled.has(c))) await runCase(c, true);
      await pool([...bundled], concurrency, (c) => runCase(c, false));
    }, 600_000);

    it('classifies every input action.yml declares (new inputs must be added to the corpus)', () => {
      const unclassified = declared.filter((name) => !(name in INPUT_KINDS[action]) && !(name in ALL_VALUES_LEGAL));
      expect(unclassified).toEqual([]);
      const stale = Object.keys(INPUT_KINDS[action]).filter((name) => !declared.includes(name));
      expect(stale).toEqual([]);
    });

    if (declared.includes('github-token')) {
      it('every run that got as far as running masked the default token itself', () => {
        const completed = [...outcomes.entries()].filter(
          ([id, o]) => o.run.exitCode === 0 && !o.inProcess && !id.includes('/github-token/'),
        );
        expect(completed.length).toBeGreaterThan(0);
        const unmasked = completed.filter(
          ([, o]) => !o.run.commands.some((c) => c.command === 'add-mask' && c.message === FAKE_GITHUB_TOKEN),
        );
        expect(unmasked.map(([id]) => id)).toEqual([]);
      });
    }
    // setup declares no token: there is no default token to mask, so the check is not registered.

    it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const outcome = outcomes.get(c.id)!;
      const { observed, problems } = judge(c, outcome);
      record({
        id: c.id,
        action,
        category: `input \`${c.input}\` (${c.kind})`,
        description: c.payload.name,
        expected: c.mustReject
          ? 'refused, naming the input; nothing injected'
          : 'refused naming the input, or accepted inertly',
        observed: problems.length ? `${observed} — ${problems.join('; ')}` : observed,
        ok: problems.length === 0,
      });
      expect(problems).toEqual([]);
    });
  });
}
