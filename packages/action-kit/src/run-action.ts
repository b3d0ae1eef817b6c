import * as core from '@actions/core';
import { ConfigurationError, InfrastructureError, PolicyFailure, causeChain, errorMessage } from './errors.js';
import { startRuntime, type ActionRuntime } from './runtime.js';

/**
 * The single place that starts and fails a step. Every action's index.ts is
 * `runAction(() => run(getInputs()))`. It builds the step's runtime once
 * (runtime.ts: environment, context, log, outputs, summary, clock), which each
 * action's defaultDeps takes through actionRuntime().
 *
 * - ConfigurationError: "what to fix", no stack.
 * - PolicyFailure: the verdict message as is.
 * - InfrastructureError: prefixed so nobody reads it as a finding or a pass.
 * - anything else is a bug: message plus stack in the debug log.
 * Causes are appended ("caused by: ...") for every kind.
 */
export async function runAction(fn: (runtime: ActionRuntime) => Promise<void> | void): Promise<void> {
  try {
    await fn(startRuntime());
  } catch (error) {
    core.setFailed(describeFailure(error));
    const stack = error instanceof Error ? error.stack : undefined;
    if (stack && !(error instanceof ConfigurationError) && !(error instanceof PolicyFailure)) {
      core.debug(stack);
    }
  }
}

export function describeFailure(error: unknown): string {
  const [head, ...causes] = causeChain(error);
  let message: string;
  if (head instanceof ConfigurationError || head instanceof PolicyFailure) {
    message = head.message;
  } else if (head instanceof InfrastructureError) {
    message = `Infrastructure failure (not a finding): ${head.message}`;
  } else {
    message = `Unexpected error (a bug in this action; please report it): ${errorMessage(head)}`;
  }
  for (const cause of causes) {
    message += `\n  caused by: ${errorMessage(cause)}`;
  }
  return message;
}
