import { assignManifests, type PackageGroup } from './manifest-grouping.js';
import { isObject, objects, str, strings, type JsonObject } from './json-access.js';
import { asSha256Digest, ociPurlDigest, purlType, referenceDigest } from './purl.js';
import { SbomParseError, type ParsedSbom, type SbomPackage, type SbomSubject, type SbomTool } from './sbom-model.js';

/**
 * SPDX 2.x JSON → the SBOM model. Conventions of the generators this suite runs:
 * - Trivy describes a root (filesystem/image) that CONTAINS per-file
 *   "Application" packages (no version, no purl, the file in `sourceInfo`) and
 *   the OS, which CONTAIN the packages.
 * - Syft puts the file a package was found in into `sourceInfo`
 *   ("acquired package info from …: /path") and the image digest into the
 *   root package's purl and version.
 */

/** Values that mean "no license information". */
const NO_LICENSE = new Set(['', 'NOASSERTION', 'NONE']);
const NON_PACKAGE_PURPOSES = new Set(['CONTAINER', 'OPERATING-SYSTEM', 'SOURCE', 'FILE', 'DEVICE', 'FIRMWARE']);
/** Relationship types where spdxElementId depends on relatedSpdxElement… */
const DEPENDS_ON = new Set(['DEPENDS_ON']);
/** …and where relatedSpdxElement depends on spdxElementId. */
const DEPENDENCY_OF = new Set([
  'DEPENDENCY_OF',
  'RUNTIME_DEPENDENCY_OF',
  'DEV_DEPENDENCY_OF',
  'BUILD_DEPENDENCY_OF',
  'OPTIONAL_DEPENDENCY_OF',
  'PROVIDED_DEPENDENCY_OF',
  'TEST_DEPENDENCY_OF',
]);

function purlOf(pkg: JsonObject): string | undefined {
  const ref = objects(pkg['externalRefs']).find((r) => str(r['referenceType']) === 'purl');
  return ref ? str(ref['referenceLocator']) || undefined : undefined;
}

function licensesOf(pkg: JsonObject): string[] {
  for (const field of ['licenseDeclared', 'licenseConcluded']) {
    const value = str(pkg[field]).trim();
    if (!NO_LICENSE.has(value.toUpperCase())) return [value];
  }
  return [];
}

/** "Tool: syft-1.54.1" / "Tool: trivy-0.75.0" / "Tool: trivy-dev". */
export function toolFromCreators(creators: readonly string[]): SbomTool | undefined {
  for (const creator of creators) {
    const match = /^Tool:\s*(.+?)-(v?\d[\w.+-]*|dev)\s*$/.exec(creator);
    if (match) return { name: match[1]!, version: match[2]! };
  }
  return undefined;
}

/** The first absolute path named in Syft's `sourceInfo`. */
function locationFromSourceInfo(sourceInfo: string): string | undefined {
  const match = /:\s+(\/[^\s,]+)/.exec(sourceInfo);
  return match?.[1];
}

function subjectOf(pkg: JsonObject | undefined): SbomSubject {
  if (!pkg) return { kind: 'unknown', name: '' };
  const purpose = str(pkg['primaryPackagePurpose']);
  const spdxId = str(pkg['SPDXID']);
  const name = str(pkg['name']);
  if (
    purpose === 'CONTAINER' ||
    spdxId.startsWith('SPDXRef-DocumentRoot-Image-') ||
    spdxId.startsWith('SPDXRef-ContainerImage-')
  ) {
    const repoDigest = strings(pkg['attributionTexts'])
      .map((text) => /^RepoDigest:\s*(\S+)/.exec(text)?.[1])
      .find((value) => referenceDigest(value) !== undefined);
    const digest = ociPurlDigest(purlOf(pkg)) ?? referenceDigest(repoDigest) ?? asSha256Digest(str(pkg['versionInfo']));
    return { kind: 'image', name, ...(digest ? { digest } : {}) };
  }
  if (purpose === 'FILE' || spdxId.startsWith('SPDXRef-DocumentRoot-File-')) return { kind: 'file', name };
  return { kind: 'directory', name };
}

export function parseSpdx(doc: JsonObject): ParsedSbom {
  const spdxVersion = str(doc['spdxVersion']);
  if (!/^SPDX-2\.\d+$/.test(spdxVersion)) {
    throw new SbomParseError(`not an SPDX 2.x JSON document (spdxVersion ${JSON.stringify(spdxVersion.slice(0, 40))})`);
  }
  const documentId = str(doc['SPDXID']) || 'SPDXRef-DOCUMENT';
  const relationships = objects(doc['relationships']);
  const described = new Set(strings(doc['documentDescribes']));
  const dependsOn = new Map<string, string[]>();
  const contains = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, from: string, to: string) => map.set(from, [...(map.get(from) ?? []), to]);
  for (const rel of relationships) {
    const type = str(rel['relationshipType']);
    const a = str(rel['spdxElementId']);
    const b = str(rel['relatedSpdxElement']);
    if (!a || !b) continue;
    if (type === 'DESCRIBES' && a === documentId) described.add(b);
    else if (type === 'DESCRIBED_BY' && b === documentId) described.add(a);
    else if (DEPENDS_ON.has(type)) add(dependsOn, a, b);
    else if (DEPENDENCY_OF.has(type)) add(dependsOn, b, a);
    else if (type === 'CONTAINS') add(contains, a, b);
    else if (type === 'CONTAINED_BY') add(contains, b, a);
  }

  const allPackages = objects(doc['packages']);
  const root = allPackages.find((pkg) => described.has(str(pkg['SPDXID'])));
  const packages: SbomPackage[] = [];
  const groups: PackageGroup[] = [];
  for (const pkg of allPackages) {
    const ref = str(pkg['SPDXID']);
    const purl = purlOf(pkg);
    const version = str(pkg['versionInfo']);
    const purpose = str(pkg['primaryPackagePurpose']);
    const isWrapper = !purl && !version; // Trivy's per-file "Application" packages
    if (described.has(ref) || NON_PACKAGE_PURPOSES.has(purpose) || isWrapper) {
      if (described.has(ref)) continue;
      const sourceInfo = str(pkg['sourceInfo']);
      const manifest =
        purpose === 'OPERATING-SYSTEM'
          ? [str(pkg['name']), version].filter(Boolean).join(' ')
          : sourceInfo && !/\s/.test(sourceInfo)
            ? sourceInfo
            : str(pkg['name']);
      const direct = dependsOn.get(ref) ?? [];
      if (direct.length > 0) groups.push({ manifest, members: direct, membersAreDirect: true });
      const members = contains.get(ref) ?? [];
      if (members.length > 0) groups.push({ manifest, members, membersAreDirect: false });
      continue;
    }
    const location = locationFromSourceInfo(str(pkg['sourceInfo']));
    packages.push({
      ref,
      name: str(pkg['name']),
      version,
      ...(purl ? { purl } : {}),
      ecosystem: purlType(purl) ?? 'unknown',
      licenses: licensesOf(pkg),
      dependsOn: dependsOn.get(ref) ?? [],
      ...(location ? { manifest: location } : {}),
    });
  }
  assignManifests(packages, groups);

  const creationInfo = isObject(doc['creationInfo']) ? doc['creationInfo'] : {};
  const tool = toolFromCreators(strings(creationInfo['creators']));
  return {
    format: 'spdx-json',
    specVersion: spdxVersion,
    ...(tool ? { tool } : {}),
    subject: subjectOf(root),
    packages,
  };
}
