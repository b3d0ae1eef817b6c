import { ConfigurationError, InfrastructureError, errorMessage } from '@scs/action-kit';
import type { Finding, ScanReport } from './model.js';
import { compareFindings } from './model.js';
import { grypeReportFromJson } from './grype-parser.js';
import { trivyReportFromJson } from './trivy-parser.js';
import { isObject } from '@scs/vocabulary';

/**
 * Comparing a scan with a baseline (a previous JSON report, typically the
 * base branch's): which findings are new, which are gone, which remain.
 *
 * Findings are matched on a stable key: kind, identifier, package and
 * target, deliberately without
 * - line numbers: an unrelated edit above a finding moves it, and a moved
 *   finding is not a new one;
 * - installed or fixed versions: bumping a package from 1.2.3 to 1.2.4 while
 *   the advisory still applies leaves the same problem, and a fix that lands
 *   upstream does not make it new either;
 * - the image tag and the OS version of an image's OS-package target
 *   ("app:pr-42 (alpine 3.19.1)" and "app:main (alpine 3.18.4)" are both
 *   `os:alpine`): the base branch's image has another tag, and a base image
 *   point release would otherwise turn every OS finding into a new one;
 * - the choice between a CVE and its GHSA alias: a vulnerability is keyed by
 *   its CVE when it has one (its own id or an alias), so a Trivy baseline and
 *   a Grype scan (or a database that switched primary ids) still match.
 * Several findings can share a key (two secrets of one rule in one file):
 * they are matched as a multiset, so three against a baseline of two is one
 * new finding; among them, the ones with the same message pair first.
 */

export interface BaselineDiff {
  /** In the current scan, not in the baseline. */
  added: Finding[];
  /** In the baseline, not in the current scan (the baseline's findings). */
  fixed: Finding[];
  /** In both (the current scan's findings). */
  unchanged: Finding[];
}

const CVE = /^CVE-\d{4}-\d+$/i;

/** The identifier a finding is keyed by: its CVE when it has one, else its id (upper-cased). */
export function canonicalId(finding: Finding): string {
  const ids = [finding.id, ...finding.aliases].map((id) => id.trim().toUpperCase());
  if (finding.kind !== 'vulnerability') return ids[0] ?? '';
  const cves = ids.filter((id) => CVE.test(id)).sort();
  return cves[0] ?? ids[0] ?? '';
}

/** The target a finding is keyed by (see the module comment for OS targets). */
export function canonicalTarget(finding: Finding): string {
  const target = finding.target.trim().replace(/\\/g, '/');
  const lower = target.toLowerCase();
  const type = finding.targetType?.toLowerCase();
  if (type) {
    // Trivy: "<image or path> (<os> <version>)", the version possibly with parentheses ("2 (Karoo)").
    if (lower.endsWith(')') && lower.includes(` (${type} `)) return `os:${type}`;
    // Grype: "<distro> <version>".
    if (!target.includes('/') && lower.startsWith(`${type} `)) return `os:${type}`;
  }
  const trivyOs = /^[^()]+ \(([A-Za-z][\w.-]*) .*\)$/.exec(target);
  if (trivyOs?.[1]) return `os:${trivyOs[1].toLowerCase()}`;
  return target.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}

/** Stable identity of a finding across scans (see the module comment for what is left out and why). */
export function findingKey(finding: Finding): string {
  return [finding.kind, canonicalId(finding), finding.packageName ?? '', canonicalTarget(finding)].join('\u0000');
}

function group(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = findingKey(finding);
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}

/** Pairs findings of one key: the same message first, then in order. */
function pair(current: Finding[], baseline: Finding[]): { added: Finding[]; fixed: Finding[]; unchanged: Finding[] } {
  const remaining = [...baseline];
  const unmatched: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const finding of current) {
    const index = remaining.findIndex((b) => (b.message ?? '') === (finding.message ?? ''));
    if (index >= 0) {
      remaining.splice(index, 1);
      unchanged.push(finding);
    } else {
      unmatched.push(finding);
    }
  }
  const added: Finding[] = [];
  for (const finding of unmatched) {
    if (remaining.length > 0) {
      remaining.shift();
      unchanged.push(finding);
    } else {
      added.push(finding);
    }
  }
  return { added, fixed: remaining, unchanged };
}

/** New, fixed and unchanged findings, each list most severe first. */
export function diffAgainstBaseline(current: readonly Finding[], baseline: readonly Finding[]): BaselineDiff {
  const before = group(baseline);
  const diff: BaselineDiff = { added: [], fixed: [], unchanged: [] };
  for (const [key, findings] of group(current)) {
    const paired = pair(findings, before.get(key) ?? []);
    before.delete(key);
    diff.added.push(...paired.added);
    diff.fixed.push(...paired.fixed);
    diff.unchanged.push(...paired.unchanged);
  }
  for (const findings of before.values()) diff.fixed.push(...findings);
  diff.added.sort(compareFindings);
  diff.fixed.sort(compareFindings);
  diff.unchanged.sort(compareFindings);
  return diff;
}

/** Which scanner wrote a JSON report, from its shape. */
export function detectReportFormat(data: unknown): 'trivy' | 'grype' | undefined {
  if (!isObject(data)) return undefined;
  if ('SchemaVersion' in data) return 'trivy';
  const descriptor = isObject(data.descriptor) ? data.descriptor : {};
  if (Array.isArray(data.matches) && descriptor.name === 'grype') return 'grype';
  return undefined;
}

/**
 * A baseline report file (Trivy `--format json` or Grype `-o json`, detected
 * from its content) → ScanReport. Anything unreadable is the user's input to
 * fix: a ConfigurationError naming `source`.
 */
export function parseBaselineReport(text: string, source: string): ScanReport {
  const where = `The baseline report ${source}`;
  if (text.trim() === '') throw new ConfigurationError(`${where} is empty`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${where} is not JSON: ${errorMessage(error)}`, { cause: error });
  }
  const format = detectReportFormat(data);
  try {
    if (format === 'trivy') return trivyReportFromJson(data, { source });
    if (format === 'grype') return grypeReportFromJson(data, { source });
  } catch (error) {
    if (error instanceof InfrastructureError)
      throw new ConfigurationError(`${where} cannot be used: ${error.message}`, { cause: error });
    throw error;
  }
  throw new ConfigurationError(
    `${where} is neither a Trivy JSON report (with SchemaVersion) nor a Grype JSON report (with matches and descriptor.name "grype"): ` +
      "pass the scan's `json-file` output of an earlier run",
  );
}
