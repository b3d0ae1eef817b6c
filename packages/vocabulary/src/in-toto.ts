/** in-toto statement and DSSE envelope types (https://github.com/in-toto/attestation/tree/main/spec). */

/** The statement type every attestation the suite writes carries. */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

/** The older statement type, still written by some tools and accepted when verifying. */
export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';

/** Statement types a verifier accepts. */
export const IN_TOTO_STATEMENT_TYPES: ReadonlySet<string> = new Set([IN_TOTO_STATEMENT_V1, IN_TOTO_STATEMENT_V01]);

/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
