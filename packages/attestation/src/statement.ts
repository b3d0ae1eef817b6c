import { ConfigurationError } from '@scs/action-kit';
import { IN_TOTO_STATEMENT_V1, isObject } from '@scs/vocabulary';
import { SHA256_DIGEST, shown } from './digest.js';
import { MAX_SUBJECTS } from './limits.js';
import type { Subject } from './subjects.js';

/**
 * in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md):
 * built here, validated before anything is signed, and serialized the same
 * way every time.
 */

export { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from '@scs/vocabulary';

export interface Statement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: Subject[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

/**
 * An absolute URI (RFC 3986: a scheme, then something): what in-toto asks of
 * a predicate type. No whitespace or control characters; at most 2048 characters.
 */
export function isAbsoluteUri(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (value.length === 0 || value.length > 2048 || /[\s\u0000-\u001F\u007F-\u009F]/.test(value)) return false;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:./.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Validates a predicate type URI; `what` names where it came from. */
export function validatePredicateType(value: string, what: string): string {
  if (!isAbsoluteUri(value)) {
    throw new ConfigurationError(
      `${what}: the predicate type must be an absolute URI such as https://example.com/my-predicate/v1; got ${shown(value)}.`,
    );
  }
  return value;
}

/** Every problem with `value` as an in-toto Statement v1 ([] when it is one). */
export function statementProblems(value: unknown): string[] {
  if (!isObject(value)) return ['the statement is not a JSON object'];
  const problems: string[] = [];
  if (value._type !== IN_TOTO_STATEMENT_V1)
    problems.push(`_type must be ${IN_TOTO_STATEMENT_V1}, got ${shown(String(value._type))}`);
  if (!Array.isArray(value.subject) || value.subject.length === 0) {
    problems.push('subject must be a non-empty list');
  } else {
    if (value.subject.length > MAX_SUBJECTS)
      problems.push(`subject lists ${value.subject.length} entries; at most ${MAX_SUBJECTS} are accepted`);
    value.subject.forEach((subject: unknown, index: number) => {
      if (!isObject(subject)) {
        problems.push(`subject[${index}] is not an object`);
        return;
      }
      if (typeof subject.name !== 'string' || subject.name === '')
        problems.push(`subject[${index}].name must be a non-empty string`);
      if (!isObject(subject.digest) || Object.keys(subject.digest).length === 0) {
        problems.push(`subject[${index}].digest must name at least one digest`);
      } else if (typeof subject.digest.sha256 !== 'string' || !SHA256_DIGEST.test(`sha256:${subject.digest.sha256}`)) {
        problems.push(`subject[${index}].digest.sha256 must be 64 lower-case hex characters`);
      }
    });
  }
  if (typeof value.predicateType !== 'string' || !isAbsoluteUri(value.predicateType)) {
    problems.push(`predicateType must be an absolute URI, got ${shown(String(value.predicateType))}`);
  }
  if (!isObject(value.predicate)) problems.push('predicate must be a JSON object');
  return problems;
}

/** Throws a ConfigurationError listing every problem when `value` is not a valid Statement v1. */
export function assertValidStatement(value: unknown): asserts value is Statement {
  const problems = statementProblems(value);
  if (problems.length > 0) {
    throw new ConfigurationError(`The in-toto statement is not valid, nothing was signed: ${problems.join('; ')}.`);
  }
}

/** Builds and validates a Statement v1; subjects and predicate are copied. */
export function buildStatement(
  subjects: readonly Subject[],
  predicateType: string,
  predicate: Record<string, unknown>,
): Statement {
  const statement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
    predicateType,
    predicate,
  };
  assertValidStatement(statement);
  return statement;
}

/**
 * The statement's bytes as signed: compact JSON with the members in the
 * order GitHub's attestations use (_type, subject, predicateType, predicate;
 * name then digest in each subject). The predicate keeps its own member
 * order (built by code, or as the document listed them), so the same inputs
 * always give the same bytes.
 */
export function serializeStatement(statement: Statement): string {
  assertValidStatement(statement);
  return JSON.stringify({
    _type: statement._type,
    subject: statement.subject.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
    predicateType: statement.predicateType,
    predicate: statement.predicate,
  });
}
