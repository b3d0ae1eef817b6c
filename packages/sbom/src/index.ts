export {
  SBOM_FORMATS,
  SbomParseError,
  type SbomFormat,
  type SbomPackage,
  type SbomSubject,
  type SbomTool,
  type SubjectKind,
  type ParsedSbom,
} from './sbom-model.js';
export { parseSbom, detectSbomFormat } from './sbom-parser.js';
export { parseCycloneDx } from './cyclonedx-parser.js';
export { parseSpdx, toolFromCreators } from './spdx-parser.js';
export { parseSyftJson } from './syft-json-parser.js';
export { computeSbomStats, type SbomStats, type StatsOptions } from './sbom-stats.js';
export { purlType, ociPurlDigest, referenceDigest, asSha256Digest } from './purl.js';
export { assignManifests, type PackageGroup } from './manifest-grouping.js';
