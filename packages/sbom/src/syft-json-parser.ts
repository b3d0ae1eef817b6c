import { isObject, objects, str, type JsonObject } from './json-access.js';
import { asSha256Digest, purlType } from './purl.js';
import { SbomParseError, type ParsedSbom, type SbomPackage, type SbomSubject } from './sbom-model.js';

/**
 * Syft's own JSON format (schema 3 to 16+) → the SBOM model. `artifacts` are
 * the packages; `artifactRelationships` of type `dependency-of` point from a
 * dependency to its dependant.
 */

function licensesOf(artifact: JsonObject): string[] {
  const result: string[] = [];
  for (const license of Array.isArray(artifact['licenses']) ? (artifact['licenses'] as unknown[]) : []) {
    // Schema ≥ 8: objects with value/spdxExpression; earlier: plain strings.
    if (typeof license === 'string') result.push(license);
    else if (isObject(license)) {
      const value = str(license['spdxExpression']) || str(license['value']);
      if (value) result.push(value);
    }
  }
  return [...new Set(result)];
}

function subjectOf(source: JsonObject): SbomSubject {
  const type = str(source['type']);
  const metadata = isObject(source['metadata'])
    ? source['metadata']
    : isObject(source['target'])
      ? source['target']
      : {};
  if (type === 'image') {
    const digest = asSha256Digest(str(metadata['manifestDigest']));
    const name = str(metadata['userInput']) || str(source['name']);
    return { kind: 'image', name, ...(digest ? { digest } : {}) };
  }
  const name = str(metadata['path']) || str(source['name']);
  if (type === 'directory') return { kind: 'directory', name };
  if (type === 'file') return { kind: 'file', name };
  return { kind: 'unknown', name };
}

export function parseSyftJson(doc: JsonObject): ParsedSbom {
  if (!Array.isArray(doc['artifacts']) || !isObject(doc['source'])) {
    throw new SbomParseError('not a Syft JSON document (no artifacts and source)');
  }
  const dependsOn = new Map<string, string[]>();
  for (const rel of objects(doc['artifactRelationships'])) {
    if (str(rel['type']) !== 'dependency-of') continue;
    const dependency = str(rel['parent']);
    const dependant = str(rel['child']);
    if (dependency && dependant) dependsOn.set(dependant, [...(dependsOn.get(dependant) ?? []), dependency]);
  }
  const packages: SbomPackage[] = objects(doc['artifacts']).map((artifact, index) => {
    const ref = str(artifact['id']) || `artifact-${index}`;
    const purl = str(artifact['purl']) || undefined;
    const location = objects(artifact['locations'])
      .map((l) => str(l['path']) || str(l['realPath']))
      .find(Boolean);
    return {
      ref,
      name: str(artifact['name']),
      version: str(artifact['version']),
      ...(purl ? { purl } : {}),
      ecosystem: purlType(purl) ?? (str(artifact['type']) || 'unknown'),
      licenses: licensesOf(artifact),
      dependsOn: dependsOn.get(ref) ?? [],
      ...(location ? { manifest: location } : {}),
    };
  });
  const descriptor = isObject(doc['descriptor']) ? doc['descriptor'] : {};
  const schema = isObject(doc['schema']) ? doc['schema'] : {};
  return {
    format: 'syft-json',
    specVersion: str(schema['version']),
    ...(str(descriptor['name'])
      ? { tool: { name: str(descriptor['name']), version: str(descriptor['version']) } }
      : {}),
    subject: subjectOf(doc['source'] as JsonObject),
    packages,
  };
}
