import { assignManifests, type PackageGroup } from './manifest-grouping.js';
import { isObject, objects, str, strings, type JsonObject } from './json-access.js';
import { asSha256Digest, ociPurlDigest, purlType, referenceDigest } from './purl.js';
import { SbomParseError, type ParsedSbom, type SbomPackage, type SbomSubject, type SbomTool } from './sbom-model.js';

/**
 * CycloneDX JSON (1.2–1.7) → the SBOM model. Knows the conventions of the two
 * generators this suite runs:
 * - Trivy adds grouping components (a lockfile's results, the OS) marked with
 *   the `aquasecurity:trivy:Class` property; the dependency graph goes root →
 *   group → direct dependencies → … .
 * - Syft records where a package was found in `syft:location:N:path`
 *   properties and the image digest as the root component's version.
 */

/** Component types that describe what was scanned or a platform, never a package. */
const NON_PACKAGE_TYPES = new Set(['operating-system', 'container', 'file', 'platform', 'device', 'firmware', 'data']);

function property(component: JsonObject, name: string): string | undefined {
  const match = objects(component['properties']).find((p) => str(p['name']) === name);
  return match ? str(match['value']) : undefined;
}

function licensesOf(component: JsonObject): string[] {
  const result: string[] = [];
  for (const entry of objects(component['licenses'])) {
    const expression = str(entry['expression']);
    if (expression) {
      result.push(expression);
      continue;
    }
    const license = isObject(entry['license']) ? entry['license'] : {};
    const value = str(license['id']) || str(license['name']);
    if (value) result.push(value);
  }
  return [...new Set(result)];
}

function toolOf(metadata: JsonObject): SbomTool | undefined {
  const tools = metadata['tools'];
  // 1.5+: { components: [...] }; earlier (and still allowed): an array of tools.
  const list = isObject(tools) ? objects(tools['components']) : objects(tools);
  const first = list[0];
  if (!first) return undefined;
  return { name: str(first['name']), version: str(first['version']) };
}

function subjectOf(metadata: JsonObject): SbomSubject {
  const component = isObject(metadata['component']) ? metadata['component'] : undefined;
  if (!component) return { kind: 'unknown', name: '' };
  const type = str(component['type']);
  const name = str(component['name']);
  if (type === 'container') {
    const digest =
      ociPurlDigest(str(component['purl'])) ??
      referenceDigest(property(component, 'aquasecurity:trivy:RepoDigest')) ??
      asSha256Digest(str(component['version']));
    return { kind: 'image', name, ...(digest ? { digest } : {}) };
  }
  if (type === 'file') return { kind: 'file', name };
  return { kind: 'directory', name };
}

/** Components, depth first (CycloneDX allows nesting). */
function flatten(list: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  for (const component of objects(list)) {
    out.push(component);
    out.push(...flatten(component['components']));
  }
  return out;
}

export function parseCycloneDx(doc: JsonObject): ParsedSbom {
  if (str(doc['bomFormat']) !== 'CycloneDX')
    throw new SbomParseError('not a CycloneDX document (bomFormat is not "CycloneDX")');
  const specVersion = str(doc['specVersion']);
  if (!/^1\.\d+$/.test(specVersion)) {
    // Like SPDX 2.x: a major version this parser does not know is refused, not half-read.
    throw new SbomParseError(`not a CycloneDX 1.x document (specVersion ${JSON.stringify(specVersion.slice(0, 40))})`);
  }
  const metadata = isObject(doc['metadata']) ? doc['metadata'] : {};
  const rootRef = isObject(metadata['component']) ? str(metadata['component']['bom-ref']) : '';

  const edges = new Map<string, string[]>();
  for (const dependency of objects(doc['dependencies'])) {
    const ref = str(dependency['ref']);
    if (ref) edges.set(ref, [...(edges.get(ref) ?? []), ...strings(dependency['dependsOn'])]);
  }

  const packages: SbomPackage[] = [];
  const groups: PackageGroup[] = [];
  for (const component of flatten(doc['components'])) {
    const ref = str(component['bom-ref']) || `component-${packages.length + groups.length}`;
    const type = str(component['type']);
    const purl = str(component['purl']) || undefined;
    const trivyClass = property(component, 'aquasecurity:trivy:Class');
    const name = str(component['name']);
    if (NON_PACKAGE_TYPES.has(type) || (trivyClass !== undefined && !purl) || ref === rootRef) {
      const members = edges.get(ref) ?? [];
      if (members.length > 0 && ref !== rootRef) {
        const version = str(component['version']);
        groups.push({
          manifest: type === 'operating-system' ? [name, version].filter(Boolean).join(' ') : name,
          members,
          membersAreDirect: type !== 'operating-system',
        });
      }
      continue;
    }
    const location = property(component, 'syft:location:0:path') || property(component, 'aquasecurity:trivy:FilePath');
    const ecosystem =
      purlType(purl) ??
      (property(component, 'syft:package:type') || property(component, 'aquasecurity:trivy:PkgType') || 'unknown');
    packages.push({
      ref,
      name,
      version: str(component['version']),
      ...(purl ? { purl } : {}),
      ecosystem,
      licenses: licensesOf(component),
      dependsOn: edges.get(ref) ?? [],
      ...(location ? { manifest: location } : {}),
    });
  }
  // Trivy: packages reached through a file-level group belong to that file.
  // Explicit locations (Syft, Trivy's FilePath) were set above and win.
  assignManifests(packages, groups);

  const tool = toolOf(metadata);
  return {
    format: 'cyclonedx-json',
    specVersion: str(doc['specVersion']),
    ...(tool ? { tool } : {}),
    subject: subjectOf(metadata),
    packages,
  };
}
