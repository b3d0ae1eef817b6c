/**
 * The action runtime: what every action's main.ts takes from the runner (the
 * environment, the run context, the log, step outputs, masks, notices, the
 * job summary and the clock), built once per step by runAction and handed to
 * each action's defaultDeps. Below it nothing reads the runner's environment
 * for itself: the environment is the one captured here, the context is read
 * from it once (on first use, so an action that needs none never reads the
 * event file), and the summary writer and its budget use it too.
 */
import * as core from '@actions/core';
import { readRunContext, type RunContext } from './context.js';
import { logger as defaultLogger, type Logger } from './logger.js';
import { availableSummaryBytes, writeJobSummary } from './summary.js';

export interface ActionRuntime {
  /** The step's environment, captured once. */
  readonly env: NodeJS.ProcessEnv;
  /** The run context (repository, event, token URLs, RUNNER_TEMP…), read from `env` on first use. */
  readonly context: RunContext;
  readonly logger: Logger;
  setOutput(name: string, value: string): void;
  /** Masks a secret in the log (`::add-mask::`). */
  mask(secret: string): void;
  /** A notice annotation. */
  notice(message: string): void;
  now(): Date;
  /** Bytes the job summary may still take (GITHUB_STEP_SUMMARY's budget less what other steps wrote). */
  summaryBudget(): Promise<number>;
  /** Appends Markdown to the job summary (nothing outside Actions). */
  writeSummary(markdown: string): Promise<void>;
}

/** A runtime over `env` (the process environment by default). */
export function createRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  let context: RunContext | undefined;
  return {
    env,
    get context() {
      return (context ??= readRunContext(env));
    },
    logger: defaultLogger,
    setOutput: (name, value) => core.setOutput(name, value),
    mask: (secret) => core.setSecret(secret),
    notice: (message) => core.notice(message),
    now: () => new Date(),
    summaryBudget: () => availableSummaryBytes(undefined, env),
    writeSummary: async (markdown) => {
      await writeJobSummary(markdown, { env });
    },
  };
}

let current: ActionRuntime | undefined;

/** The runtime runAction built for this step (one is created on first use outside runAction, e.g. in a script). */
export function actionRuntime(): ActionRuntime {
  return (current ??= createRuntime());
}

/** Starts a step: a fresh runtime, which actionRuntime() returns from now on. */
export function startRuntime(env: NodeJS.ProcessEnv = process.env): ActionRuntime {
  current = createRuntime(env);
  return current;
}
