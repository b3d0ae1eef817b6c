import { parseCycloneDx } from './cyclonedx-parser.js';
import { isObject, type JsonObject } from './json-access.js';
import { SbomParseError, type ParsedSbom, type SbomFormat } from './sbom-model.js';
import { parseSpdx } from './spdx-parser.js';
import { parseSyftJson } from './syft-json-parser.js';

/** Which format a parsed JSON document is, from its own markers; undefined when none fits. */
export function detectSbomFormat(doc: unknown): SbomFormat | undefined {
  if (!isObject(doc)) return undefined;
  if (doc['bomFormat'] === 'CycloneDX') return 'cyclonedx-json';
  if (typeof doc['spdxVersion'] === 'string') return 'spdx-json';
  if (Array.isArray(doc['artifacts']) && isObject(doc['source'])) return 'syft-json';
  return undefined;
}

/**
 * Parses an SBOM document (text or bytes of JSON). With `expected`, a
 * document of another format is an error: a generator that wrote SPDX where
 * CycloneDX was asked for has failed.
 */
export function parseSbom(input: string | Buffer, expected?: SbomFormat): ParsedSbom {
  let doc: unknown;
  try {
    doc = JSON.parse(typeof input === 'string' ? input : input.toString('utf8'));
  } catch (error) {
    throw new SbomParseError(`not valid JSON: ${(error as Error).message}`);
  }
  const format = detectSbomFormat(doc);
  if (format === undefined) throw new SbomParseError('not a CycloneDX, SPDX or Syft JSON document');
  if (expected !== undefined && format !== expected) {
    throw new SbomParseError(`expected ${expected} but the document is ${format}`);
  }
  const object = doc as JsonObject;
  switch (format) {
    case 'cyclonedx-json':
      return parseCycloneDx(object);
    case 'spdx-json':
      return parseSpdx(object);
    case 'syft-json':
      return parseSyftJson(object);
  }
}
