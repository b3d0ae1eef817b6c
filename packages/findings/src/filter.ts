import type { Finding, FindingKind, Severity } from './model.js';
import { SEVERITIES, SEVERITY_RANK } from './model.js';

/**
 * Selecting findings for reporting (summary, SARIF, annotations). The gate
 * (gate.ts) decides pass/fail; filters only decide what is shown.
 */

/** True when `severity` is `threshold` or more severe. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** Parses a severity name, case-insensitively ("HIGH", "high"); undefined when it is not one. */
export function parseSeverity(value: string): Severity | undefined {
  const lower = value.trim().toLowerCase();
  return (SEVERITIES as readonly string[]).includes(lower) ? (lower as Severity) : undefined;
}

/** Severities at or above `threshold`, most severe first. */
export function severitiesAtOrAbove(threshold: Severity): Severity[] {
  return SEVERITIES.filter((s) => atOrAbove(s, threshold));
}

/** A vulnerability with a fix available (fixed state or a fixed version). */
export function hasFix(finding: Finding): boolean {
  return finding.fixState === 'fixed' || (finding.fixedVersion !== undefined && finding.fixedVersion !== '');
}

export interface FindingFilter {
  /** Keep only these severities (e.g. Trivy-style `--severity CRITICAL,HIGH`). */
  severities?: readonly Severity[];
  /** Keep findings at or above this severity. */
  minSeverity?: Severity;
  /** Keep only these kinds. */
  kinds?: readonly FindingKind[];
  /** Drop vulnerabilities without a fix (other kinds are kept). */
  onlyFixed?: boolean;
  /** Drop findings whose id or any alias is listed (case-insensitive). */
  ignoreIds?: readonly string[];
}

export function matchesFilter(finding: Finding, filter: FindingFilter): boolean {
  if (filter.severities && !filter.severities.includes(finding.severity)) return false;
  if (filter.minSeverity && !atOrAbove(finding.severity, filter.minSeverity)) return false;
  if (filter.kinds && !filter.kinds.includes(finding.kind)) return false;
  if (filter.onlyFixed && finding.kind === 'vulnerability' && !hasFix(finding)) return false;
  if (filter.ignoreIds && filter.ignoreIds.length > 0) {
    const ignored = new Set(filter.ignoreIds.map((id) => id.trim().toUpperCase()));
    if ([finding.id, ...finding.aliases].some((id) => ignored.has(id.toUpperCase()))) return false;
  }
  return true;
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  if (filter.ignoreIds && filter.ignoreIds.length > 0) {
    const ignored = new Set(filter.ignoreIds.map((id) => id.trim().toUpperCase()));
    const rest: FindingFilter = { ...filter, ignoreIds: [] };
    return findings.filter(
      (f) => matchesFilter(f, rest) && ![f.id, ...f.aliases].some((id) => ignored.has(id.toUpperCase())),
    );
  }
  return findings.filter((f) => matchesFilter(f, filter));
}

/**
 * Findings at or above `threshold`, or, given a list (Trivy's
 * `--severity CRITICAL,HIGH` style), findings whose severity is listed.
 */
export function filterBySeverity(findings: readonly Finding[], threshold: Severity | readonly Severity[]): Finding[] {
  if (typeof threshold === 'string') return findings.filter((f) => atOrAbove(f.severity, threshold));
  const allowed = new Set(threshold);
  return findings.filter((f) => allowed.has(f.severity));
}
