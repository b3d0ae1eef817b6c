import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { safeUrl, stripInvisible, truncate } from '@scs/action-kit';
import type { Finding, FindingKind, ScanReport, Severity, SeverityCounts } from './model.js';
import { compareFindings, countBySeverity } from './model.js';
import { repoRelativePath } from './paths.js';

/**
 * ScanReport → SARIF 2.1.0 for GitHub code scanning: one run per call (the
 * caller's category becomes `automationDetails.id = "<category>/"`), rules
 * deduplicated by id, results most severe first.
 *
 * GitHub's upload limits are enforced here rather than discovered at upload:
 * at most 25,000 results per run and a gzip-compressed size under 10 MB. When
 * over, the least severe results are dropped first and what was dropped is
 * returned and written to `run.properties`.
 *
 * security-severity (what GitHub turns into critical/high/medium/low: > 9.0,
 * 7.0–8.9, 4.0–6.9, ≤ 3.9) is the finding's CVSS v3 score when that score falls
 * in the same band as the finding's severity, otherwise a mapped value
 * (critical 9.5, high 8.0, medium 5.5, low 2.0, unknown 0.0). Trivy picks the
 * severity from the distribution's own rating, which can differ from NVD's
 * CVSS; the mapping keeps GitHub's label consistent with the gate and summary.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_MAX_RESULTS_PER_RUN = 25_000;
/** 10 MB gzip limit less a 5% margin. */
export const SARIF_DEFAULT_MAX_GZIP_BYTES = 9_500_000;
export const SARIF_FINGERPRINT_KEY = 'scsFindingHash/v1';

export const SECURITY_SEVERITY: Record<Severity, number> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  unknown: 0.0,
};

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  unknown: 'note',
};

// Minimal SARIF types for what this renderer writes.
export interface SarifMessage {
  text: string;
  markdown?: string;
}
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri?: string;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string; precision: string; [key: string]: unknown };
}
export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region: { startLine: number; endLine?: number };
  };
  message?: { text: string };
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
}
export interface SarifRun {
  tool: { driver: { name: string; version?: string; informationUri: string; rules: SarifRule[] } };
  automationDetails: { id: string };
  originalUriBaseIds?: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  properties: Record<string, unknown>;
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRenderOptions {
  /** Code scanning category, e.g. "trivy-image" → automationDetails.id "trivy-image/". */
  category: string;
  /** Findings to render (default: all of the report's). */
  findings?: readonly Finding[];
  /**
   * The scanned directory relative to the repository root ("" or "." for the
   * root): locations are prefixed with it so they are repository-relative.
   */
  pathPrefix?: string;
  /** Absolute path of the checkout (GITHUB_WORKSPACE): becomes `originalUriBaseIds["%SRCROOT%"]`. */
  srcRoot?: string;
  /** Default 25,000 (GitHub's hard limit per run). */
  maxResults?: number;
  /** Default 9,500,000 bytes of gzip output (GitHub's limit is 10 MB). */
  maxGzipBytes?: number;
}

export interface SarifOmissions {
  total: number;
  bySeverity: SeverityCounts;
  reason?: 'result-limit' | 'size-limit' | 'result-and-size-limit';
}

export interface SarifRenderResult {
  sarif: SarifLog;
  /** The serialized document (what to write to disk). */
  json: string;
  /** gzip size of `json`, as GitHub measures it. */
  gzipBytes: number;
  omitted: SarifOmissions;
}

const RULE_NAME: Record<FindingKind, string> = {
  vulnerability: 'PackageVulnerability',
  misconfiguration: 'Misconfiguration',
  secret: 'ExposedSecret',
  license: 'LicenseIssue',
};

function oneLine(value: string, max: number): string {
  return truncate(stripInvisible(value).replace(/\s+/g, ' ').trim(), max);
}

function text(value: string, max: number): string {
  return truncate(stripInvisible(value), max);
}

/** Backslash-escapes Markdown metacharacters for SARIF markdown fields (rendered by GitHub). */
function mdText(value: string, max = 1000): string {
  return oneLine(value, max)
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)
    .replace(/([\\`*_{}[\]()#+\-!|~])/g, '\\$1');
}

function severityBand(score: number): Severity {
  if (score >= 9.0) return 'critical';
  if (score >= 7.0) return 'high';
  if (score >= 4.0) return 'medium';
  if (score > 0) return 'low';
  return 'unknown';
}

/** The security-severity GitHub reads, as a number (see the module comment). */
export function securitySeverity(finding: Finding): number {
  const score = finding.cvssScore;
  if (score !== undefined && finding.severity !== 'unknown' && severityBand(score) === finding.severity) return score;
  return SECURITY_SEVERITY[finding.severity];
}

function formatScore(score: number): string {
  return score.toFixed(1);
}

/** Percent-encodes what is not allowed in a URI reference, keeping `/` and `:`. */
function uriReference(path: string): string {
  return encodeURI(stripInvisible(path)).replace(/[#?[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function locationFor(finding: Finding, report: ScanReport, options: SarifRenderOptions): SarifLocation {
  const loc = finding.location;
  const path = loc ? repoRelativePath(options.pathPrefix, loc.path) : undefined;
  if (loc && path) {
    const region: { startLine: number; endLine?: number } = {
      startLine: loc.startLine && loc.startLine >= 1 ? loc.startLine : 1,
    };
    if (loc.startLine && loc.endLine && loc.endLine >= loc.startLine) region.endLine = loc.endLine;
    return { physicalLocation: { artifactLocation: { uri: uriReference(path), uriBaseId: '%SRCROOT%' }, region } };
  }
  // No file in the repository (image contents, SBOM components): name the image or target, as Trivy does.
  const osTarget =
    report.artifactType === 'image' && report.artifactName && finding.target.startsWith(`${report.artifactName} (`);
  const name = osTarget ? report.artifactName : finding.target || report.artifactName || 'unknown';
  const what = finding.packageName
    ? `${name}: ${finding.packageName}${finding.packageVersion ? `@${finding.packageVersion}` : ''}`
    : name;
  return {
    physicalLocation: { artifactLocation: { uri: uriReference(name) }, region: { startLine: 1 } },
    message: { text: oneLine(what, 500) },
  };
}

function resultMessage(finding: Finding): string {
  const lines: string[] = [];
  switch (finding.kind) {
    case 'vulnerability':
      if (finding.packageName) lines.push(`Package: ${finding.packageName}`);
      if (finding.packageVersion) lines.push(`Installed Version: ${finding.packageVersion}`);
      lines.push(`Vulnerability ${finding.id}`, `Severity: ${finding.severity.toUpperCase()}`);
      lines.push(`Fixed Version: ${finding.fixedVersion ?? (finding.fixState === 'wont-fix' ? "won't fix" : 'none')}`);
      if (finding.title !== finding.id) lines.push(finding.title);
      break;
    case 'misconfiguration':
      lines.push(`${finding.id}: ${finding.title}`, `Severity: ${finding.severity.toUpperCase()}`);
      if (finding.message) lines.push(`Message: ${finding.message}`);
      if (finding.resolution) lines.push(`Resolution: ${finding.resolution}`);
      break;
    case 'secret':
      lines.push(`Secret ${finding.id}: ${finding.title}`, `Severity: ${finding.severity.toUpperCase()}`);
      if (finding.message) lines.push(`Match (redacted): ${finding.message}`);
      break;
    case 'license':
      lines.push(`License ${finding.id}`, `Severity: ${finding.severity.toUpperCase()}`);
      if (finding.packageName) lines.push(`Package: ${finding.packageName}`);
      break;
  }
  lines.push(`Target: ${finding.target}`);
  return lines.map((line) => oneLine(line, 2000)).join('\n');
}

function ruleFor(finding: Finding, score: number): SarifRule {
  const helpUri = safeUrl(finding.primaryUrl);
  const title = oneLine(finding.title, 1000);
  const description = finding.description ? text(finding.description, 8000) : title;
  const facts: [string, string | undefined][] = [
    ['Severity', finding.severity.toUpperCase()],
    ['Kind', finding.kind],
    ['Package', finding.packageName],
    ['Fixed version', finding.fixedVersion],
    ['Resolution', finding.resolution],
  ];
  const present = facts.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
  const helpText = [
    `${finding.id}: ${title}`,
    ...present.map(([k, v]) => `${k}: ${oneLine(v, 500)}`),
    ...(helpUri ? [`Link: ${helpUri}`] : []),
    '',
    description,
  ].join('\n');
  const link = helpUri
    ? `[${mdText(finding.id, 200)}](${helpUri.replace(/[()|\s]/g, encodeURIComponent)})`
    : mdText(finding.id, 200);
  const helpMarkdown = [
    `**${link}**: ${mdText(title)}`,
    '',
    '| Field | Value |',
    '| --- | --- |',
    ...present.map(([k, v]) => `| ${k} | ${mdText(v, 500)} |`),
    '',
    mdText(description, 8000),
  ].join('\n');
  const rule: SarifRule = {
    id: finding.id,
    name: RULE_NAME[finding.kind],
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
    properties: {
      tags: ['security', finding.kind, finding.severity],
      'security-severity': formatScore(score),
      precision: 'very-high',
    },
  };
  if (helpUri) rule.helpUri = helpUri;
  if (finding.cvssScore !== undefined) rule.properties.cvssV3Score = finding.cvssScore;
  return rule;
}

function fingerprintBase(finding: Finding, uri: string): string {
  // Stable across runs: no versions or line numbers (they move); the redacted
  // match or the check's message tells apart several hits in one file.
  const parts = [finding.kind, finding.id, uri, finding.packageName ?? ''];
  if (finding.kind === 'misconfiguration' || finding.kind === 'secret') parts.push(finding.message ?? '');
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

interface Prepared {
  finding: Finding;
  score: number;
  result: Omit<SarifResult, 'ruleIndex'>;
}

function prepare(findings: readonly Finding[], report: ScanReport, options: SarifRenderOptions): Prepared[] {
  const sorted = [...findings].sort(compareFindings);
  const occurrences = new Map<string, number>();
  return sorted.map((finding) => {
    const location = locationFor(finding, report, options);
    const base = fingerprintBase(finding, location.physicalLocation.artifactLocation.uri);
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    const result: Omit<SarifResult, 'ruleIndex'> = {
      ruleId: finding.id,
      level: SARIF_LEVEL[finding.severity],
      message: { text: resultMessage(finding) },
      locations: [location],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: `${base}:${seen + 1}` },
    };
    return { finding, score: securitySeverity(finding), result };
  });
}

function buildLog(
  kept: readonly Prepared[],
  report: ScanReport,
  options: SarifRenderOptions,
  omitted: SarifOmissions,
): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];
  for (const item of kept) {
    const id = item.finding.id;
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(id, index);
      rules.push(ruleFor(item.finding, item.score));
    } else {
      // Same id seen again (another package or file): keep the highest score on the rule.
      const rule = rules[index];
      if (rule && Number(rule.properties['security-severity']) < item.score) {
        rule.properties['security-severity'] = formatScore(item.score);
      }
    }
    results.push({ ...item.result, ruleIndex: index });
  }
  const properties: Record<string, unknown> = {
    artifactName: report.artifactName,
    artifactType: report.artifactType,
  };
  if (report.artifactDigest) properties.artifactDigest = report.artifactDigest;
  if (omitted.total > 0) {
    properties.omittedResults = {
      total: omitted.total,
      bySeverity: omitted.bySeverity,
      reason: omitted.reason,
      note:
        `${omitted.total} least severe result(s) were left out to stay within GitHub's upload limits ` +
        '(25,000 results per run, 10 MB gzip); the JSON report and job summary count them.',
    };
  }
  const run: SarifRun = {
    tool: {
      driver: {
        name: report.tool.name,
        informationUri: report.tool.informationUri,
        rules,
      },
    },
    automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` },
    columnKind: 'utf16CodeUnits',
    results,
    properties,
  };
  if (report.tool.version) run.tool.driver.version = report.tool.version;
  if (options.srcRoot) {
    const href = pathToFileURL(options.srcRoot).href;
    run.originalUriBaseIds = { '%SRCROOT%': { uri: href.endsWith('/') ? href : `${href}/` } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function omissions(dropped: readonly Prepared[], reason: SarifOmissions['reason']): SarifOmissions {
  const out: SarifOmissions = { total: dropped.length, bySeverity: countBySeverity(dropped.map((d) => d.finding)) };
  if (dropped.length > 0 && reason) out.reason = reason;
  return out;
}

export function renderSarif(report: ScanReport, options: SarifRenderOptions): SarifRenderResult {
  if (!options.category || /[\s]/.test(options.category)) {
    throw new RangeError(`SARIF category must be a non-empty string without spaces, got '${options.category}'`);
  }
  const maxResults = Math.min(options.maxResults ?? SARIF_MAX_RESULTS_PER_RUN, SARIF_MAX_RESULTS_PER_RUN);
  const maxGzip = options.maxGzipBytes ?? SARIF_DEFAULT_MAX_GZIP_BYTES;
  const prepared = prepare(options.findings ?? report.findings, report, options);

  let keep = Math.min(prepared.length, maxResults);
  const overCount = prepared.length > maxResults;
  let overSize = false;
  for (let attempt = 0; ; attempt += 1) {
    const kept = prepared.slice(0, keep);
    const dropped = prepared.slice(keep);
    const reason =
      overCount && overSize
        ? 'result-and-size-limit'
        : overSize
          ? 'size-limit'
          : overCount
            ? 'result-limit'
            : undefined;
    const omitted = omissions(dropped, reason);
    const sarif = buildLog(kept, report, options, omitted);
    const json = JSON.stringify(sarif);
    const gzipBytes = gzipSync(json).length;
    if (gzipBytes <= maxGzip || keep === 0 || attempt > 20) {
      return { sarif, json, gzipBytes, omitted };
    }
    // Over the size budget: estimate from the compression ratio how many of the
    // most severe results (with the rules they bring in) fit, then shrink until under.
    overSize = true;
    const rawBytes = Buffer.byteLength(json);
    const ratio = gzipBytes / rawBytes;
    const ruleSeen = new Set<string>();
    const sizes = kept.map((k) => {
      let size = Buffer.byteLength(JSON.stringify(k.result)) + 16;
      if (!ruleSeen.has(k.finding.id)) {
        ruleSeen.add(k.finding.id);
        size += Buffer.byteLength(JSON.stringify(ruleFor(k.finding, k.score)));
      }
      return size;
    });
    const overhead = Math.max(0, rawBytes - sizes.reduce((a, b) => a + b, 0));
    const target = (maxGzip * 0.97) / ratio - overhead;
    let fit = 0;
    let total = 0;
    while (fit < sizes.length && total + (sizes[fit] ?? 0) <= target) {
      total += sizes[fit] ?? 0;
      fit += 1;
    }
    keep = fit < keep ? fit : Math.floor(keep * 0.95);
  }
}

/**
 * Several rendered logs as one SARIF file, one run each (a scan of every
 * platform of an image index): each run keeps its own category
 * (`automationDetails.id`), which must differ between runs for GitHub to keep
 * them apart.
 */
export function combineSarif(results: readonly SarifRenderResult[]): string {
  const runs = results.flatMap((result) => result.sarif.runs);
  const ids = runs.map((run) => run.automationDetails.id);
  if (new Set(ids).size !== ids.length) {
    throw new RangeError(`SARIF runs combined in one file need distinct categories, got ${ids.join(', ')}`);
  }
  return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs } satisfies SarifLog);
}
