/**
 * The minimum every statement must satisfy before it is signed (the full
 * in-toto validation is @scs/attestation's): a Statement v1 type, a
 * predicate type, subjects with digests, and — when the bundle is stored as
 * a referrer of an image — that image among the subjects.
 */
import { ConfigurationError } from '@scs/action-kit';
import { IN_TOTO_STATEMENT_V1 } from './image-signature.js';
import type { ImageTarget, InTotoStatementLike } from './types.js';

export function validateStatement(statement: InTotoStatementLike, pushTo?: ImageTarget): void {
  if (statement._type !== IN_TOTO_STATEMENT_V1) {
    throw new ConfigurationError(
      `The statement's _type must be ${IN_TOTO_STATEMENT_V1}; got '${String(statement._type).slice(0, 100)}'.`,
    );
  }
  if (typeof statement.predicateType !== 'string' || !statement.predicateType)
    throw new ConfigurationError('The statement has no predicateType.');
  if (!Array.isArray(statement.subject) || statement.subject.length === 0)
    throw new ConfigurationError('The statement has no subject.');
  for (const subject of statement.subject) {
    const digests =
      subject && typeof subject.digest === 'object' && subject.digest ? Object.entries(subject.digest) : [];
    if (digests.length === 0)
      throw new ConfigurationError(`Subject '${String(subject?.name).slice(0, 100)}' has no digest.`);
  }
  if (pushTo) {
    const hex = pushTo.digest.replace(/^sha256:/, '');
    if (!statement.subject.some((subject) => subject.digest.sha256 === hex)) {
      throw new ConfigurationError(
        `The statement is to be stored with ${pushTo.repository}@${pushTo.digest}, but none of its subjects has that digest.`,
      );
    }
  }
}
