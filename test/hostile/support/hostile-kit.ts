/**
 * The hostile corpus's runner: runs a case against a built bundle through the
 * action harness, checks the invariants every run must keep (no injected
 * workflow command, no undeclared output, no secret in anything captured,
 * summary and annotation budgets), and records case → expected → observed
 * for docs/hostile-corpus.md.
 */
import { afterAll } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FAKE_GITHUB_TOKEN,
  REPO_ROOT,
  loadActionMetadata,
  parseWorkflowCommands,
  runAction,
  runnerEnvironment,
  type ActionRun,
  type RunOptions,
} from '../../support/action-harness.js';
import { writeCorpusTable } from './report-table.js';

export const STAND_INS = {
  trivy: path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'trivy-stand-in.mjs'),
  grype: path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'grype-stand-in.mjs'),
  syft: path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'syft-stand-in.mjs'),
};

/** Every hostile value carries this, so anything it turns into can be found. */
export const CANARY = 'HOSTILE7c1e';

/** A registry password given through the environment the tools read; it must never show. */
export const REGISTRY_PASSWORD = 'regpass-Secret-5f0b9d3e2a';

/** Secrets that must not appear anywhere we capture (except the runner's own ::add-mask:: line). */
export const SECRETS = [FAKE_GITHUB_TOKEN, REGISTRY_PASSWORD];

export const RESULTS_DIR = path.join(REPO_ROOT, '.cache', 'hostile');

/** Commands an action may emit on its own; anything else came from content. */
const ALLOWED_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask']);
const ANNOTATION_PROPERTIES = new Set(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
const STEP_SUMMARY_LIMIT = 1024 * 1024;

export interface CaseRecord {
  id: string;
  action: string;
  category: string;
  description: string;
  expected: string;
  observed: string;
  ok: boolean;
}

/** Files under `dir` (recursively) small enough to grep, as text. */
function textFiles(dir: string, limitBytes = 8 * 1024 * 1024): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  if (!dir || !fs.existsSync(dir)) return out;
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && fs.statSync(full).size <= limitBytes)
        out.push({ file: full, text: fs.readFileSync(full, 'latin1') });
    }
  };
  walk(dir);
  return out;
}

export interface InvariantOptions {
  action: string;
  /** Extra directories whose files must not hold a secret (output-dir, the workspace). */
  extraDirs?: string[];
  /** Secrets besides SECRETS. */
  secrets?: string[];
}

/**
 * Violations of what every run must keep, as sentences (empty: all kept).
 */
export function invariantViolations(run: ActionRun, options: InvariantOptions): string[] {
  const violations: string[] = [];
  const secrets = [...SECRETS, ...(options.secrets ?? [])];

  // 1. Workflow commands: only the action's own kinds; masks only of secrets.
  for (const command of run.commands) {
    if (!ALLOWED_COMMANDS.has(command.command)) {
      violations.push(
        `injected workflow command ${command.command} (::${command.command}:: or ##[${command.command}]: ${command.message.slice(0, 60)})`,
      );
    } else if (command.command === 'add-mask' && !secrets.includes(command.message)) {
      violations.push(`::add-mask:: of a value that is not a secret (${command.message.slice(0, 60)})`);
    }
    for (const key of Object.keys(command.properties)) {
      if (!ANNOTATION_PROPERTIES.has(key))
        violations.push(`annotation property '${key}' injected into ::${command.command}::`);
    }
  }

  // 2. Outputs: only declared ones.
  const declared = Object.keys(loadActionMetadata(options.action).outputs);
  for (const name of Object.keys(run.outputs)) {
    if (!declared.includes(name)) violations.push(`undeclared output '${name.slice(0, 60)}' in GITHUB_OUTPUT`);
  }

  // 3. GITHUB_ENV is never written from content; GITHUB_PATH only with tool-cache folders.
  if (run.envFile.includes(CANARY)) violations.push('hostile text reached GITHUB_ENV');
  // setup alone may add a folder of its own in RUNNER_TEMP holding links to the <tool>-path binaries.
  const setupLinkDir = (line: string) =>
    options.action === 'setup' &&
    path.dirname(line) === run.runnerTemp &&
    path.basename(line).startsWith('scs-setup-bin-');
  for (const line of run.pathFile.split('\n').filter(Boolean)) {
    if (!line.startsWith(run.toolCache) && !setupLinkDir(line))
      violations.push(`GITHUB_PATH got '${line.slice(0, 80)}'`);
  }

  // 4. Budgets: the summary under 1 MiB; at most 10 annotations per level (GitHub drops the rest).
  const summaryBytes = Buffer.byteLength(run.summary);
  if (summaryBytes > STEP_SUMMARY_LIMIT) violations.push(`summary is ${summaryBytes} bytes (> 1 MiB)`);
  for (const level of ['error', 'warning', 'notice']) {
    const count = run.commands.filter((c) => c.command === level).length;
    if (count > 10) violations.push(`${count} ${level} annotations (GitHub shows 10 per level per step)`);
  }

  // 5. Secrets: nowhere but in the ::add-mask:: line.
  const stdoutWithoutMasks = run.stdout
    .split('\n')
    .filter((line) => !secrets.some((secret) => line.trim() === `::add-mask::${secret}`))
    .join('\n');
  const places: { where: string; text: string }[] = [
    { where: 'stdout', text: stdoutWithoutMasks },
    { where: 'stderr', text: run.stderr },
    { where: 'the job summary', text: run.summary },
    {
      where: 'GITHUB_OUTPUT',
      text: Object.entries(run.outputs)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    },
    { where: 'GITHUB_ENV', text: run.envFile },
    { where: 'GITHUB_PATH', text: run.pathFile },
  ];
  const dirs = [run.runnerTemp, ...(options.extraDirs ?? [])];
  for (const dir of dirs) {
    for (const { file, text } of textFiles(dir)) places.push({ where: file, text });
  }
  for (const secret of secrets) {
    for (const place of places) {
      if (place.text.includes(secret)) violations.push(`a secret (${secret.slice(0, 6)}…) appears in ${place.where}`);
    }
  }
  return violations;
}

/** The last ::error:: message: what setFailed said. */
export function failureMessage(run: ActionRun): string {
  return (
    run.commands.filter((c) => c.command === 'error' && !c.properties.file && !c.properties.title).at(-1)?.message ?? ''
  );
}

/** One line for the table: exit code, gate, and the first line of the failure. */
export function describeRun(run: ActionRun): string {
  const failure = failureMessage(run).split('\n')[0]!.slice(0, 140);
  const gate = run.outputs.gate ? `, gate=${run.outputs.gate}` : '';
  return `exit ${run.exitCode}${gate}${failure ? `: ${failure}` : ''}`;
}

/** Runs `fn` over `items`, `limit` at a time, keeping order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Runs a case through the harness, always with a registry password in the environment. */
export function runHostile(action: string, options: RunOptions): Promise<ActionRun> {
  return runAction(action, hostileOptions(options));
}

function hostileOptions(options: RunOptions): RunOptions {
  return {
    ...options,
    env: {
      TRIVY_PASSWORD: REGISTRY_PASSWORD,
      TRIVY_USERNAME: 'ci-bot',
      SYFT_REGISTRY_AUTH_PASSWORD: REGISTRY_PASSWORD,
      GRYPE_REGISTRY_AUTH_PASSWORD: REGISTRY_PASSWORD,
      ...(options.env ?? {}),
    },
  };
}

/**
 * A case that only input validation decides, run in-process: the action's own
 * getInputs() (actions/<a>/src/inputs.ts) with exactly the environment the
 * runner would give the bundle. Its outcome has the shape of a bundle run (a
 * ConfigurationError becomes the run's error command, exit 1; anything else is
 * "Unexpected error"), so the same judge and invariants apply. Not concurrent:
 * it swaps process.env while getInputs() reads it.
 */
export async function inputsInProcess(action: string, options: RunOptions): Promise<ActionRun> {
  const runner = runnerEnvironment(action, hostileOptions(options));
  const started = Date.now();
  const saved = process.env;
  let message = '';
  try {
    process.env = { ...runner.env };
    const module = (await import(path.join(REPO_ROOT, 'actions', action, 'src', 'inputs.ts'))) as {
      getInputs: () => unknown;
    };
    await module.getInputs();
  } catch (error) {
    const named = error instanceof Error && error.name === 'ConfigurationError';
    message = named ? error.message : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    process.env = saved;
  }
  const escaped = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const stdout = message ? `::error::${escaped}\n` : '';
  return {
    exitCode: message ? 1 : 0,
    stdout,
    stderr: '',
    outputs: {},
    commands: parseWorkflowCommands(stdout),
    summary: '',
    envFile: '',
    pathFile: '',
    runnerTemp: runner.runnerTemp,
    toolCache: runner.toolCache,
    workspace: runner.workspace,
    durationMs: Date.now() - started,
  };
}

/**
 * Which cases of an input corpus run through the bundle: every case that may be
 * accepted (its whole run is judged), and for the cases that must be refused,
 * the first of each input kind (the refusal path through dist/ stays proven).
 * The other must-refuse cases are decided by getInputs() in-process.
 */
export function throughBundle<C extends { mustReject: boolean; kind: string }>(cases: C[]): Set<C> {
  const chosen = new Set<C>();
  const sampledKinds = new Set<string>();
  for (const c of cases) {
    if (!c.mustReject) chosen.add(c);
    else if (!sampledKinds.has(c.kind)) {
      sampledKinds.add(c.kind);
      chosen.add(c);
    }
  }
  return chosen;
}

/**
 * The records of one test file; written to .cache/hostile/<suite>.json after
 * the file's tests, and the table regenerated from every suite there.
 */
export function corpusRecorder(suite: string): (record: CaseRecord) => void {
  const records: CaseRecord[] = [];
  afterAll(() => {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${suite}.json`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ suite, records }, null, 1));
    fs.renameSync(`${file}.tmp`, file);
    writeCorpusTable();
  });
  return (record) => records.push(record);
}
