/**
 * One model for the SBOM documents the suite produces and reads (CycloneDX
 * JSON, SPDX 2.x JSON, Syft JSON): the packages a document lists, what was
 * scanned, and where each package was found. Parsers fill it; statistics, the
 * job summary and the dependency snapshot are computed from it.
 */

export const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json', 'syft-json'] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

export interface SbomPackage {
  /** Document-local identifier (CycloneDX bom-ref, SPDXID, Syft artifact id). */
  ref: string;
  name: string;
  /** '' when the document gives none. */
  version: string;
  purl?: string;
  /** The purl type (npm, maven, apk…), else the tool's package type, else 'unknown'. */
  ecosystem: string;
  /** License ids, expressions or names as the document states them; [] when it states none. */
  licenses: string[];
  /** The manifest, lockfile or package database the package was found in, as the document names it. */
  manifest?: string;
  /** Whether the manifest depends on it directly; undefined when the document does not say. */
  direct?: boolean;
  /** refs of the packages this one depends on. */
  dependsOn: string[];
}

export type SubjectKind = 'image' | 'directory' | 'file' | 'unknown';

export interface SbomSubject {
  kind: SubjectKind;
  /** As the document names it (an image reference, a path). */
  name: string;
  /** sha256:<64 hex> of the image (manifest digest), when the document records one. */
  digest?: string;
}

export interface SbomTool {
  name: string;
  version: string;
}

export interface ParsedSbom {
  format: SbomFormat;
  /** '1.6' for CycloneDX, 'SPDX-2.3', the Syft JSON schema version. */
  specVersion: string;
  tool?: SbomTool;
  subject: SbomSubject;
  packages: SbomPackage[];
}

/** A document that is not the SBOM it claims to be (or not JSON at all). */
export class SbomParseError extends Error {
  override name = 'SbomParseError';
}
