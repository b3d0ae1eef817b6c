/**
 * Runs a built action (dist/<action>/index.js) the way the GitHub runner
 * does: inputs as INPUT_* variables (defaults from action.yml filled in),
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_PATH files, an
 * event payload, RUNNER_TEMP and RUNNER_TOOL_CACHE. Then parses what the
 * runner would: outputs, workflow commands (honoring stop-commands) and the
 * summary.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ActionMetadata {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

export function loadActionMetadata(
  action: string,
  actionDir = path.join(REPO_ROOT, 'actions', action),
): ActionMetadata {
  const text = fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8');
  const parsed = parseYaml(text) as Partial<ActionMetadata>;
  return { inputs: parsed.inputs ?? {}, outputs: parsed.outputs ?? {}, runs: parsed.runs! };
}

export const FAKE_GITHUB_TOKEN = 'ghs_FakeTokenForTests0123456789abcdefABCD';

/**
 * Stand-in controls (STANDIN_*) reach a tool only through its own prefix: the
 * actions give tools an allow-listed environment (TRIVY_*, GRYPE_*, SYFT_*
 * pass, nothing else of the test's). The stand-ins read TOOL_STANDIN_X as STANDIN_X.
 */
export function standInControls(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('STANDIN_')) continue;
    for (const prefix of ['TRIVY_', 'GRYPE_', 'SYFT_']) out[`${prefix}${key}`] = value;
  }
  return out;
}

/** The runner's name for an input's environment variable. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** What the runner puts in INPUT_* for an action: defaults, then `with:` values. */
export function inputEnvironment(
  action: string,
  inputs: Record<string, string>,
  actionDir?: string,
): Record<string, string> {
  const meta = loadActionMetadata(action, actionDir);
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    let value = spec.default ?? '';
    if (value === '${{ github.token }}') value = FAKE_GITHUB_TOKEN;
    env[inputEnvName(name)] = String(value);
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in meta.inputs)) throw new Error(`test bug: action ${action} declares no input '${name}'`);
    env[inputEnvName(name)] = value;
  }
  return env;
}

export type EventKind = 'push' | 'pull_request' | 'fork_pull_request' | 'pull_request_target';

export function eventPayload(kind: EventKind, repository = 'octo-org/app'): { name: string; payload: unknown } {
  const repo = {
    full_name: repository,
    fork: false,
    id: 1001,
    owner: { login: repository.split('/')[0], id: 2002 },
    default_branch: 'main',
  };
  const forkRepo = { full_name: 'mallory/app', fork: true, id: 3003, owner: { login: 'mallory', id: 4004 } };
  switch (kind) {
    case 'push':
      return { name: 'push', payload: { ref: 'refs/heads/main', after: 'a'.repeat(40), repository: repo } };
    case 'pull_request':
    case 'fork_pull_request':
    case 'pull_request_target': {
      const head = kind === 'fork_pull_request' ? forkRepo : repo;
      return {
        name: kind === 'pull_request_target' ? 'pull_request_target' : 'pull_request',
        payload: {
          action: 'synchronize',
          number: 7,
          pull_request: {
            number: 7,
            head: { sha: 'b'.repeat(40), ref: 'feature', repo: head },
            base: { sha: 'c'.repeat(40), ref: 'main', repo },
          },
          repository: repo,
        },
      };
    }
  }
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  commands: WorkflowCommand[];
  summary: string;
  envFile: string;
  pathFile: string;
  runnerTemp: string;
  toolCache: string;
  workspace: string;
  durationMs: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment (merged last). */
  env?: Record<string, string>;
  event?: EventKind;
  workspace?: string;
  /** Reuse a tool cache across runs (e.g. to test cache hits). */
  toolCache?: string;
  runnerTemp?: string;
  timeoutMs?: number;
  /**
   * Another action to run instead of ours (a peer baseline of the benchmarks): the directory
   * holding its action.yml and its `runs.main` script.
   */
  actionDir?: string;
}

/**
 * Outputs contract, checked on every run through this harness (every dist test):
 * an action never sets an output its action.yml does not declare. (That every
 * declared output is set somewhere is test/unit/contract/action-inputs.test.ts.)
 */
export function undeclaredOutputs(action: string, outputs: Record<string, string>, actionDir?: string): string[] {
  const declared = Object.keys(loadActionMetadata(action, actionDir).outputs);
  return Object.keys(outputs).filter((name) => !declared.includes(name));
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/**
 * The runner's older command form, `##[command key=value;key=value]data`,
 * which it finds anywhere in a line (not only at its start) and obeys like
 * `::command::` (actions/runner ActionCommand.TryParse), stop-commands included.
 */
function parseLegacyCommand(
  line: string,
): { command: string; props: Record<string, string>; message: string } | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const info = line.slice(start + 3, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command) return undefined;
  const props: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) props[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, props, message: unescapeData(line.slice(end + 1)) };
}

/** Workflow commands as the runner reads them from stdout (`::` and `##[` forms), with stop-commands honored. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    let command: string;
    let message: string;
    const properties: Record<string, string> = {};
    const match = /^::([^\s:]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (match) {
      const [, name, props, data] = match as unknown as [string, string, string | undefined, string];
      command = name;
      message = data;
      for (const pair of (props ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
    } else {
      const legacy = parseLegacyCommand(line);
      if (!legacy) continue;
      command = legacy.command;
      message = legacy.message;
      Object.assign(properties, legacy.props);
    }
    if (stopToken !== undefined) {
      if (command === stopToken && Object.keys(properties).length === 0) stopToken = undefined;
      continue;
    }
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    commands.push({ command, properties, message: match ? unescapeData(message) : message });
  }
  return commands;
}

/** GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks (and legacy name=value lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated output '${name}' in GITHUB_OUTPUT`);
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return outputs;
}

/** The runner's files and environment for one run of an action (fresh temp folders unless given). */
export interface RunnerEnvironment {
  env: Record<string, string>;
  files: { output: string; summary: string; env: string; path: string; event: string };
  runnerTemp: string;
  toolCache: string;
  workspace: string;
}

/** Prepares what the runner gives an action: temp folders, command files, the event and the environment. */
export function runnerEnvironment(action: string, options: RunOptions = {}): RunnerEnvironment {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `scs-${action}-`));
  const runnerTemp = options.runnerTemp ?? path.join(root, 'runner-temp');
  const toolCache = options.toolCache ?? path.join(root, 'tool-cache');
  const workspace = options.workspace ?? path.join(root, 'workspace');
  for (const dir of [runnerTemp, toolCache, workspace]) fs.mkdirSync(dir, { recursive: true });
  const files = {
    output: path.join(root, 'github_output'),
    summary: path.join(root, 'step_summary.md'),
    env: path.join(root, 'github_env'),
    path: path.join(root, 'github_path'),
    event: path.join(root, 'event.json'),
  };
  for (const file of [files.output, files.summary, files.env, files.path]) fs.writeFileSync(file, '');
  const event = eventPayload(options.event ?? 'push');
  fs.writeFileSync(files.event, JSON.stringify(event.payload));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? root,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/api',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'scan',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...inputEnvironment(action, options.inputs ?? {}, options.actionDir),
    ...standInControls(options.env ?? {}),
    ...(options.env ?? {}),
  };
  return { env, files, runnerTemp, toolCache, workspace };
}

export async function runAction(action: string, options: RunOptions = {}): Promise<ActionRun> {
  const { env, files, runnerTemp, toolCache, workspace } = runnerEnvironment(action, options);
  const bundle = options.actionDir
    ? path.join(options.actionDir, loadActionMetadata(action, options.actionDir).runs.main)
    : path.join(REPO_ROOT, 'dist', action, 'index.js');
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
  const started = Date.now();
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 110_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });

  const outputs = parseOutputFile(fs.readFileSync(files.output, 'utf8'));
  const undeclared = undeclaredOutputs(action, outputs, options.actionDir);
  if (undeclared.length > 0) {
    throw new Error(`dist/${action} set outputs its action.yml does not declare: ${undeclared.join(', ')}`);
  }
  return {
    exitCode: result.code,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    commands: parseWorkflowCommands(result.stdout),
    summary: fs.readFileSync(files.summary, 'utf8'),
    envFile: fs.readFileSync(files.env, 'utf8'),
    pathFile: fs.readFileSync(files.path, 'utf8'),
    runnerTemp,
    toolCache,
    workspace,
    durationMs: Date.now() - started,
  };
}

/** Copies a fixture directory into a fresh workspace. */
export function workspaceFrom(fixtureDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-ws-'));
  fs.cpSync(fixtureDir, dir, { recursive: true });
  return dir;
}
