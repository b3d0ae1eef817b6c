import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';

/**
 * Logging for actions. Text that may contain untrusted content (tool output,
 * report fields) must go through `untrusted()`, which wraps it in
 * `::stop-commands::` so no line of it can be read as a workflow command.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  /** Logs text from a tool or report, inert to the runner. */
  untrusted(text: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export function stopCommandsWrap(text: string, token: string = randomUUID()): string {
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/**
 * Whether the runner could read a command in `text` written as plain log
 * lines: a line that starts with `::` (after blanks), or `##[` anywhere in a
 * line (the runner's older form, which it finds mid-line too).
 */
export function mayHoldWorkflowCommand(text: string): boolean {
  return text.includes('##[') || /(^|[\r\n\u2028\u2029])[ \t]*::/.test(text);
}

export const logger: Logger = {
  // A message that could be read as a command (it quotes a path, a tool's words) is written inert.
  info: (message) => (mayHoldWorkflowCommand(message) ? logger.untrusted(message) : core.info(message)),
  debug: (message) => core.debug(message),
  warning: (message) => core.warning(message),
  untrusted: (text) => {
    if (!text) return;
    process.stdout.write(`${stopCommandsWrap(text.replace(/\r\n?/g, '\n').trimEnd())}\n`);
  },
  group: (title, fn) => core.group(title, fn),
};
