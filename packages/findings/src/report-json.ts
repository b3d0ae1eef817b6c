import { InfrastructureError } from '@scs/action-kit';
import type { Finding } from './model.js';

/**
 * What the scanner-report parsers (Trivy, Grype) share: reading the report's
 * JSON text, naming what was found where something else was expected, and
 * building findings without undefined fields.
 */

/** A JSON value as an error message names it ("missing", "an array", "the string \"…\""). */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}

/** Copies only defined optional fields, so findings compare cleanly in tests and JSON. */
export function withOptional(finding: Finding, optional: Partial<Finding>): Finding {
  const out: Record<string, unknown> = { ...finding };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) out[key] = value;
  }
  return out as unknown as Finding;
}

function describeSyntaxError(error: unknown, text: string, tool: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const trimmed = text.trimEnd();
  const position = /position (\d+)/.exec(message);
  const atEnd = position?.[1] !== undefined && Number(position[1]) >= trimmed.length;
  const truncated = /end of (JSON )?input/i.test(message) || atEnd || (trimmed !== '' && !/[}\]]$/.test(trimmed));
  return truncated ? `${message} (the file looks truncated: did ${tool} stop early or run out of disk?)` : message;
}

/**
 * A report's JSON text (or UTF-8 bytes), parsed. An empty or malformed report
 * is an InfrastructureError: `failure`, the source in parentheses when given,
 * then the reason (a cut-off file is called truncated, with `tool` named).
 */
export function parseReportJson(input: string | Uint8Array, failure: string, tool: string, source?: string): unknown {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  const from = source ? ` (${source})` : '';
  if (text.trim() === '') {
    throw new InfrastructureError(`${failure}${from}: the report is empty`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InfrastructureError(`${failure}${from}: ${describeSyntaxError(error, text, tool)}`, { cause: error });
  }
}
