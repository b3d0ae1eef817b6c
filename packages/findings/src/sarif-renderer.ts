import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import { safeUrl, stripInvisible, truncate } from '@scs/action-kit';
import type { Finding, FindingKind, ScanReport, Severity, SeverityCounts } from './model.js';
import { compareFindings, countBySeverity, cvssV3Severity } from './model.js';
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

/** The security-severity GitHub reads, as a number (see the module comment). */
export function securitySeverity(finding: Finding): number {
  const score = finding.cvssScore;
  if (score !== undefined && finding.severity !== 'unknown' && cvssV3Severity(score) === finding.severity) return score;
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

/** The result for one finding (`ruleIndex` is added when the rule table is known). */
function resultFor(
  finding: Finding,
  report: ScanReport,
  options: SarifRenderOptions,
  occurrences: Map<string, number>,
) {
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
  return result;
}

/**
 * The first `keep` findings (most severe first) with their results, built one
 * at a time: only the one being written is alive.
 */
function* keptResults(
  sorted: readonly Finding[],
  keep: number,
  report: ScanReport,
  options: SarifRenderOptions,
): Generator<{ finding: Finding; score: number; result: Omit<SarifResult, 'ruleIndex'> }> {
  const occurrences = new Map<string, number>();
  for (let i = 0; i < keep; i += 1) {
    const finding = sorted[i] as Finding;
    yield { finding, score: securitySeverity(finding), result: resultFor(finding, report, options, occurrences) };
  }
}

interface RuleEntry {
  index: number;
  finding: Finding;
  score: number;
  /** The rule's security-severity: the first finding's, raised by any later one that scores higher. */
  securitySeverity: string;
}

/** One rule per id among the kept findings, in order of first appearance. */
function ruleTable(sorted: readonly Finding[], keep: number): Map<string, RuleEntry> {
  const rules = new Map<string, RuleEntry>();
  for (let i = 0; i < keep; i += 1) {
    const finding = sorted[i] as Finding;
    const score = securitySeverity(finding);
    const rule = rules.get(finding.id);
    if (!rule) {
      rules.set(finding.id, { index: rules.size, finding, score, securitySeverity: formatScore(score) });
    } else if (Number(rule.securitySeverity) < score) {
      // Same id seen again (another package or file): keep the highest score on the rule.
      rule.securitySeverity = formatScore(score);
    }
  }
  return rules;
}

function ruleOf(entry: RuleEntry): SarifRule {
  const rule = ruleFor(entry.finding, entry.score);
  rule.properties['security-severity'] = entry.securitySeverity;
  return rule;
}

/** The document around its rules and results (the run's keys in their fixed order). */
function buildSkeleton(
  report: ScanReport,
  options: SarifRenderOptions,
  omitted: SarifOmissions,
  rules: SarifRule[],
  results: SarifResult[],
): SarifLog {
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

function buildLog(
  sorted: readonly Finding[],
  keep: number,
  report: ScanReport,
  options: SarifRenderOptions,
  omitted: SarifOmissions,
): SarifLog {
  const table = ruleTable(sorted, keep);
  const results: SarifResult[] = [];
  for (const { finding, result } of keptResults(sorted, keep, report, options)) {
    results.push({ ...result, ruleIndex: (table.get(finding.id) as RuleEntry).index });
  }
  return buildSkeleton(report, options, omitted, [...table.values()].map(ruleOf), results);
}

interface Attempt {
  keep: number;
  /** More findings than GitHub's results limit. */
  overCount: boolean;
  omitted: SarifOmissions;
}

/** Which findings to keep, sorted most severe first, and the first attempt at GitHub's result limit. */
function plan(report: ScanReport, options: SarifRenderOptions): { sorted: Finding[]; maxGzip: number; first: Attempt } {
  if (!options.category || /[\s]/.test(options.category)) {
    throw new RangeError(`SARIF category must be a non-empty string without spaces, got '${options.category}'`);
  }
  const maxResults = Math.min(options.maxResults ?? SARIF_MAX_RESULTS_PER_RUN, SARIF_MAX_RESULTS_PER_RUN);
  const sorted = [...(options.findings ?? report.findings)].sort(compareFindings);
  const keep = Math.min(sorted.length, maxResults);
  const overCount = sorted.length > maxResults;
  return {
    sorted,
    maxGzip: options.maxGzipBytes ?? SARIF_DEFAULT_MAX_GZIP_BYTES,
    first: { keep, overCount, omitted: omissions(sorted, keep, overCount, false) },
  };
}

function omissions(sorted: readonly Finding[], keep: number, overCount: boolean, overSize: boolean): SarifOmissions {
  const reason =
    overCount && overSize ? 'result-and-size-limit' : overSize ? 'size-limit' : overCount ? 'result-limit' : undefined;
  const out: SarifOmissions = { total: sorted.length - keep, bySeverity: countBySeverity(sorted.slice(keep)) };
  if (sorted.length > keep && reason) out.reason = reason;
  return out;
}

/**
 * Over the size budget: estimate from the compression ratio how many of the
 * most severe results (with the rules they bring in) fit; a next attempt with
 * fewer, or `undefined` when there is nothing left to try.
 */
function shrink(
  sorted: readonly Finding[],
  previous: Attempt,
  sizes: { rawBytes: number; gzipBytes: number; maxGzip: number; attempt: number },
  report: ScanReport,
  options: SarifRenderOptions,
): Attempt | undefined {
  const { rawBytes, gzipBytes, maxGzip, attempt } = sizes;
  if (gzipBytes <= maxGzip || previous.keep === 0 || attempt > 20) return undefined;
  const ratio = gzipBytes / rawBytes;
  const ruleSeen = new Set<string>();
  const itemSizes: number[] = [];
  for (const { finding, score, result } of keptResults(sorted, previous.keep, report, options)) {
    let size = Buffer.byteLength(JSON.stringify(result)) + 16;
    if (!ruleSeen.has(finding.id)) {
      ruleSeen.add(finding.id);
      size += Buffer.byteLength(JSON.stringify(ruleFor(finding, score)));
    }
    itemSizes.push(size);
  }
  const overhead = Math.max(0, rawBytes - itemSizes.reduce((a, b) => a + b, 0));
  const target = (maxGzip * 0.97) / ratio - overhead;
  let fit = 0;
  let total = 0;
  while (fit < itemSizes.length && total + (itemSizes[fit] ?? 0) <= target) {
    total += itemSizes[fit] ?? 0;
    fit += 1;
  }
  const keep = fit < previous.keep ? fit : Math.floor(previous.keep * 0.95);
  return { keep, overCount: previous.overCount, omitted: omissions(sorted, keep, previous.overCount, true) };
}

export function renderSarif(report: ScanReport, options: SarifRenderOptions): SarifRenderResult {
  const { sorted, maxGzip, first } = plan(report, options);
  let current = first;
  for (let attempt = 0; ; attempt += 1) {
    const sarif = buildLog(sorted, current.keep, report, options, current.omitted);
    const json = JSON.stringify(sarif);
    const gzipBytes = gzipSync(json).length;
    const sizes = { rawBytes: Buffer.byteLength(json), gzipBytes, maxGzip, attempt };
    const next = shrink(sorted, current, sizes, report, options);
    if (!next) return { sarif, json, gzipBytes, omitted: current.omitted };
    current = next;
  }
}

export interface SarifFileResult {
  /** Bytes written to the file. */
  bytes: number;
  /** gzip size of the file, as GitHub measures it. */
  gzipBytes: number;
  /** Results in the file. */
  results: number;
  omitted: SarifOmissions;
}

/** Placeholders in the skeleton where the rules and results are spliced in (JSON string values). */
const RULES_MARK = '\u0000scs-sarif-rules\u0000';
const RESULTS_MARK = '\u0000scs-sarif-results\u0000';

/**
 * The document as pieces of text whose concatenation is exactly
 * `renderSarif(...).json`: the skeleton with the rules and the results
 * serialized one at a time in between, so no copy of the whole document
 * (object or string) is ever held.
 */
function* sarifPieces(
  sorted: readonly Finding[],
  attempt: Attempt,
  report: ScanReport,
  options: SarifRenderOptions,
): Generator<string> {
  const table = ruleTable(sorted, attempt.keep);
  const marked = buildSkeleton(
    report,
    options,
    attempt.omitted,
    RULES_MARK as unknown as SarifRule[],
    RESULTS_MARK as unknown as SarifResult[],
  );
  const parts = JSON.stringify(marked).split(/"\\u0000scs-sarif-(?:rules|results)\\u0000"/);
  // Report text cannot form a mark (a quote inside a JSON string is escaped), but a document is never guessed at.
  if (parts.length !== 3) throw new Error(`SARIF skeleton with ${parts.length - 1} marks instead of 2`);
  const [head, middle, tail] = parts as [string, string, string];
  yield `${head}[`;
  let first = true;
  for (const entry of table.values()) {
    yield `${first ? '' : ','}${JSON.stringify(ruleOf(entry))}`;
    first = false;
  }
  yield `]${middle}[`;
  first = true;
  for (const { finding, result } of keptResults(sorted, attempt.keep, report, options)) {
    yield `${first ? '' : ','}${JSON.stringify({ ...result, ruleIndex: (table.get(finding.id) as RuleEntry).index })}`;
    first = false;
  }
  yield `]${tail}`;
}

/** Writes the pieces to `fd` from offset 0 in batches, gzip-counting them as they go; the file is cut to what was written. */
async function writePieces(fd: number, pieces: Iterable<string>): Promise<{ bytes: number; gzipBytes: number }> {
  const gzip = createGzip();
  let gzipBytes = 0;
  gzip.on('data', (chunk: Buffer) => (gzipBytes += chunk.length));
  const ended = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  ended.catch(() => undefined); // awaited below; an early error must not count as unhandled meanwhile
  let bytes = 0;
  let batch: string[] = [];
  let batchLength = 0;
  const flush = async (): Promise<void> => {
    const buffer = Buffer.from(batch.join(''), 'utf8');
    batch = [];
    batchLength = 0;
    for (let offset = 0; offset < buffer.length;)
      offset += fs.writeSync(fd, buffer, offset, buffer.length - offset, bytes + offset);
    bytes += buffer.length;
    if (!gzip.write(buffer)) await Promise.race([new Promise((resolve) => gzip.once('drain', resolve)), ended]);
  };
  for (const piece of pieces) {
    batch.push(piece);
    batchLength += piece.length;
    if (batchLength >= WRITE_BATCH_CHARS) await flush();
  }
  await flush();
  gzip.end();
  await ended;
  fs.ftruncateSync(fd, bytes);
  return { bytes, gzipBytes };
}

/** Characters of JSON written at a time (about 1 MB). */
const WRITE_BATCH_CHARS = 1 << 20;

/**
 * `renderSarif` written straight to an open file, byte for byte the same
 * document, without building it in memory: the results are serialized one at
 * a time and the gzip size is counted while writing. Over GitHub's size limit
 * the file is rewritten with fewer results, as `renderSarif` decides.
 */
export async function writeSarifFile(
  fd: number,
  report: ScanReport,
  options: SarifRenderOptions,
): Promise<SarifFileResult> {
  const { sorted, maxGzip, first } = plan(report, options);
  let current = first;
  for (let attempt = 0; ; attempt += 1) {
    const { bytes, gzipBytes } = await writePieces(fd, sarifPieces(sorted, current, report, options));
    const next = shrink(sorted, current, { rawBytes: bytes, gzipBytes, maxGzip, attempt }, report, options);
    if (!next) return { bytes, gzipBytes, results: current.keep, omitted: current.omitted };
    current = next;
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
