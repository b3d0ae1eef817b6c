/**
 * The action runtime: built once per step by runAction, over one captured
 * environment; what each action's defaultDeps takes.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { actionRuntime, createRuntime, runAction, type ActionRuntime } from '@scs/action-kit';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

function runnerEnv(): NodeJS.ProcessEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-runtime-'));
  const event = path.join(dir, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ repository: { full_name: 'octo-org/app' } }));
  fs.writeFileSync(path.join(dir, 'summary.md'), '');
  return {
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
  };
}

describe('action runtime', () => {
  it('reads the context from its own environment, once and only when asked', () => {
    const env = runnerEnv();
    const runtime = createRuntime(env);
    // Nothing was read yet (a step that needs no context never reads the event file): a payload
    // written after the runtime was made is the one the context holds.
    fs.writeFileSync(
      env.GITHUB_EVENT_PATH!,
      JSON.stringify({ marker: 'late', repository: { full_name: 'octo-org/app' } }),
    );
    const first = runtime.context;
    expect((first.payload as { marker?: string }).marker).toBe('late');
    expect(first.repository).toBe('octo-org/app');
    expect(first.actor).toBe('octocat');
    expect(first.runnerTemp).toBe(env.RUNNER_TEMP);
    expect(runtime.context).toBe(first);
    expect(runtime.env).toBe(env);
  });

  it("writes the job summary to its environment's GITHUB_STEP_SUMMARY, within the budget", async () => {
    const env = runnerEnv();
    const runtime = createRuntime(env);
    const budget = await runtime.summaryBudget();
    expect(budget).toBeGreaterThan(0);
    await runtime.writeSummary('## hello\n');
    expect(fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('## hello');
    expect(await runtime.summaryBudget()).toBeLessThan(budget);
  });

  it('runAction builds one runtime for the step and hands it over; actionRuntime() returns that one', async () => {
    Object.assign(process.env, runnerEnv());
    let given: ActionRuntime | undefined;
    let fromDeps: ActionRuntime | undefined;
    await runAction((runtime) => {
      given = runtime;
      fromDeps = actionRuntime();
    });
    expect(given).toBeDefined();
    expect(fromDeps).toBe(given);
    expect(given!.env).toBe(process.env);
  });
});
