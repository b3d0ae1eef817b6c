/**
 * One normalized model for what any scanner reports. Parsers (Trivy, later
 * Grype) fill it; SARIF, the job summary, annotations and the gate read it.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe; `unknown` ranks lowest. */
export const SEVERITY_RANK: Record<Severity, number> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  unknown: 0,
};

/** CVSS v3 qualitative rating of a base score: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low, else unknown. */
export function cvssV3Severity(score: number): Severity {
  if (score >= 9.0) return 'critical';
  if (score >= 7.0) return 'high';
  if (score >= 4.0) return 'medium';
  if (score > 0) return 'low';
  return 'unknown';
}

export type FindingKind = 'vulnerability' | 'misconfiguration' | 'secret' | 'license';

export interface SourceLocation {
  /** Path relative to the scanned root (forward slashes). */
  path: string;
  startLine?: number;
  endLine?: number;
}

export interface Finding {
  kind: FindingKind;
  /** CVE/GHSA id, check id (AVD-DS-0002 / DS002), secret rule id, license name. */
  id: string;
  /** Other identifiers of the same issue (CVE ↔ GHSA), without `id`. */
  aliases: string[];
  severity: Severity;
  title: string;
  description?: string;
  /** Scan target as the tool names it: image layer/OS, lockfile path, config file. */
  target: string;
  /** Trivy's target class / type (alpine, npm, dockerfile, ...). */
  targetType?: string;
  packageName?: string;
  packageVersion?: string;
  /** Package URL when the tool gave one. */
  purl?: string;
  /** Fixed versions, as the tool reports them (may be a comma-separated list). */
  fixedVersion?: string;
  /** Vulnerabilities: fix state. Others: 'not-applicable'. */
  fixState: 'fixed' | 'not-fixed' | 'wont-fix' | 'unknown' | 'not-applicable';
  /** A human-facing link for the id (advisory, check docs). */
  primaryUrl?: string;
  references: string[];
  /** File and lines when the finding maps to a file in the repository. */
  location?: SourceLocation;
  /** Highest CVSS v3 base score when known (SARIF security-severity). */
  cvssScore?: number;
  /** Secret match (already redacted by the tool) or misconfiguration message. */
  message?: string;
  /** Resolution advice for misconfigurations. */
  resolution?: string;
}

export interface ScanReport {
  tool: { name: string; version?: string; informationUri: string };
  /** What was scanned: image reference, directory or SBOM file. */
  artifactName: string;
  artifactType: 'image' | 'filesystem' | 'sbom' | 'repository' | 'unknown';
  /** Image digest when known (repo@sha256:...). */
  artifactDigest?: string;
  findings: Finding[];
  /** Targets the tool looked at (for "scanned N targets, clean"). */
  targets: string[];
}

export type SeverityCounts = Record<Severity, number>;

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = emptyCounts();
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Most severe first, then kind, id, target, package: a stable order for every renderer. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (b.cvssScore ?? -1) - (a.cvssScore ?? -1) ||
    a.kind.localeCompare(b.kind) ||
    a.id.localeCompare(b.id) ||
    a.target.localeCompare(b.target) ||
    (a.packageName ?? '').localeCompare(b.packageName ?? '')
  );
}
