/**
 * Schema validation of produced SBOMs, shared by unit and integration tests:
 * CycloneDX with @cyclonedx/cyclonedx-library's strict JSON validator (the
 * official schemas for each spec version it ships), SPDX 2.x with the SPDX
 * 2.3.1 JSON schema from the specification (test/fixtures/schemas/).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const SPDX_SCHEMA = path.join(REPO_ROOT, 'test', 'fixtures', 'schemas', 'spdx-schema-2.3.1.json');

interface AjvValidate {
  (doc: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}
let spdxValidator: AjvValidate | undefined;

function compileSpdx(): AjvValidate {
  // CommonJS modules, loaded the way they are published.
  const Ajv2019 = (
    require('ajv/dist/2019') as { default: new (options: object) => { compile(schema: object): AjvValidate } }
  ).default;
  const addFormats = require('ajv-formats') as (ajv: unknown) => void;
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SPDX_SCHEMA, 'utf8')) as object);
}

/** Schema violations of an SPDX 2.x JSON document ([] when valid). */
export function validateSpdx(doc: unknown): string[] {
  spdxValidator ??= compileSpdx();
  return spdxValidator(doc)
    ? []
    : (spdxValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`.trim());
}

interface CdxLibrary {
  Validation: { JsonStrictValidator: new (version: string) => { validate(json: string): Promise<unknown> } };
}

/** Schema violations of a CycloneDX JSON document against its specVersion's official schema ([] when valid). */
export async function validateCycloneDx(text: string): Promise<string[]> {
  const doc = JSON.parse(text) as { specVersion?: unknown };
  if (typeof doc.specVersion !== 'string') return ['/specVersion missing'];
  const { Validation } = require('@cyclonedx/cyclonedx-library') as CdxLibrary;
  const result = await new Validation.JsonStrictValidator(doc.specVersion).validate(text);
  if (result === null || result === undefined) return [];
  return Array.isArray(result)
    ? result.map((e: { instancePath?: string; message?: string }) =>
        `${e.instancePath ?? ''} ${e.message ?? ''}`.trim(),
      )
    : [JSON.stringify(result)];
}

/** Validates a produced file by its format. */
export async function validateSbomFile(file: string, format: string): Promise<string[]> {
  const text = fs.readFileSync(file, 'utf8');
  if (format === 'cyclonedx-json') return validateCycloneDx(text);
  if (format === 'spdx-json') return validateSpdx(JSON.parse(text));
  return [];
}
