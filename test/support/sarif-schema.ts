/**
 * Validation against the official SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5,
 * JSON Schema draft-04), shipped in @microsoft/jest-sarif. Shared by unit and
 * integration tests.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

interface AjvLike {
  compile(
    schema: object,
  ): ((doc: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
}
// CommonJS modules with a `default` property, seen from ESM.
const Ajv04 = ((ajvDraft04 as unknown as { default?: unknown }).default ?? ajvDraft04) as new (
  options: object,
) => AjvLike;
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (ajv: AjvLike) => void;

const require = createRequire(import.meta.url);
let validator: ((doc: unknown) => string[]) | undefined;

function compile(): (doc: unknown) => string[] {
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object;
  // The rtm.5 schema's `language` pattern has a stray `]` that is invalid in a
  // unicode (`u`) regular expression, which Ajv 8 uses; compile patterns
  // without the flag, as draft-04 validators of its time did.
  const regExp = Object.assign((pattern: string, flags: string) => new RegExp(pattern, flags.replace('u', '')), {
    code: 'new RegExp',
  });
  const ajv = new Ajv04({ allErrors: true, strict: false, code: { regExp } });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

/** Schema violations of a SARIF document ([] when valid). */
export function validateSarif(doc: unknown): string[] {
  validator ??= compile();
  return validator(doc);
}
