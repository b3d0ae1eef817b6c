import { InfrastructureError } from '@scs/action-kit';
import type { Finding, ScanReport, Severity, SourceLocation } from './model.js';
import { SEVERITIES } from './model.js';
import { detachString, parseRange, splitTopLevelObject } from './json-split.js';
import { isObject, type JsonObject } from '@scs/vocabulary';
import { describeJson, parseReportJson, withOptional } from './report-json.js';

/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2) → ScanReport.
 *
 * One finding per vulnerability × package × target, per failed
 * misconfiguration, per secret and per license hit; exact duplicates are
 * dropped. The report is untrusted data, and a report this parser does not
 * understand must never read as "no findings": the shape Trivy writes is
 * checked (Results an array of objects with a Target; Vulnerabilities,
 * Misconfigurations, Secrets, Licenses arrays of objects, each with its id;
 * Severity one of Trivy's names) and anything else is an InfrastructureError
 * naming the path that was unexpected. An absent array is empty; an absent
 * Severity (Trivy omits an empty one) and Trivy's own UNKNOWN are `unknown`.
 */

export const TRIVY_INFORMATION_URI = 'https://github.com/aquasecurity/trivy';
export const SUPPORTED_TRIVY_SCHEMA_VERSION = 2;

const PARSE_FAILURE = "Trivy's JSON report could not be parsed";

type Json = JsonObject;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Where a report is read from, and how to refuse what it holds. */
interface ShapeContext {
  /** Throws the InfrastructureError for an unexpected shape at `path`. */
  unexpected(path: string, problem: string): never;
}

/** An array of objects at `path` (absent or null: empty); anything else is refused. */
function objectList(value: unknown, path: string, ctx: ShapeContext): Json[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) ctx.unexpected(path, `is ${describeJson(value)}, expected an array`);
  value.forEach((item, index) => {
    if (!isObject(item)) ctx.unexpected(`${path}[${index}]`, `is ${describeJson(item)}, expected an object`);
  });
  return value as Json[];
}

/** A non-empty string id at `path.field`; anything else is refused. */
function requiredId(entry: Json, field: string, path: string, ctx: ShapeContext): string {
  const value = str(entry[field]);
  if (value === undefined)
    ctx.unexpected(`${path}.${field}`, `is ${describeJson(entry[field])}, expected a non-empty string`);
  return value;
}

const TRIVY_SEVERITY_NAMES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];

/** Trivy's Severity at `path`: absent → unknown; one of its names (any case) → that; anything else is refused. */
function checkedSeverity(value: unknown, path: string, ctx: ShapeContext): Severity {
  if (value === undefined || value === '') return 'unknown';
  if (typeof value !== 'string' || !TRIVY_SEVERITY_NAMES.includes(value.trim().toUpperCase())) {
    ctx.unexpected(`${path}.Severity`, `is ${describeJson(value)}, not one of ${TRIVY_SEVERITY_NAMES.join(', ')}`);
  }
  return normalizeSeverity(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

/** Trivy's severity strings (CRITICAL, HIGH, ...) → model severity; anything else is `unknown`. */
export function normalizeSeverity(value: unknown): Severity {
  if (typeof value !== 'string') return 'unknown';
  const lower = value.trim().toLowerCase();
  return (SEVERITIES as readonly string[]).includes(lower) ? (lower as Severity) : 'unknown';
}

/**
 * Trivy's vulnerability Status → fix state. Without a Status (older Trivy),
 * a FixedVersion means `fixed`.
 */
export function normalizeFixState(status: unknown, fixedVersion: string | undefined): Finding['fixState'] {
  switch (typeof status === 'string' ? status.toLowerCase() : undefined) {
    case 'fixed':
      return 'fixed';
    case 'affected':
    case 'under_investigation':
    case 'fix_deferred':
      return 'not-fixed';
    case 'will_not_fix':
    case 'end_of_life':
      return 'wont-fix';
    case undefined:
    case '':
      return fixedVersion ? 'fixed' : 'unknown';
    default:
      return 'unknown';
  }
}

/** Highest CVSS v3 base score over all sources (nvd, redhat, ghsa...). */
export function highestCvssV3(cvss: unknown): number | undefined {
  if (!isObject(cvss)) return undefined;
  let best: number | undefined;
  for (const source of Object.values(cvss)) {
    if (!isObject(source)) continue;
    const score = source.V3Score;
    if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10) {
      best = best === undefined ? score : Math.max(best, score);
    }
  }
  return best;
}

function artifactType(value: unknown): ScanReport['artifactType'] {
  switch (value) {
    case 'container_image':
      return 'image';
    case 'filesystem':
      return 'filesystem';
    case 'repository':
      return 'repository';
    case 'cyclonedx':
    case 'spdx':
      return 'sbom';
    default:
      return 'unknown';
  }
}

/** The digest matching the scanned repository when there are several (repo@sha256:...). */
function pickDigest(artifactName: string, metadata: unknown): string | undefined {
  if (!isObject(metadata)) return undefined;
  const digests = strings(metadata.RepoDigests);
  if (digests.length === 0) return undefined;
  const repository = artifactName.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  return digests.find((d) => d.split('@')[0] === repository) ?? digests[0];
}

const ARCHIVE = /\.(tgz|tar\.gz|tar|zip|jar|war|ear)$/i;

/**
 * A repository-relative path for a Result target, or undefined when the
 * target is not a file in the scanned tree (image contents, SBOM components,
 * language names such as "Java", "Node.js").
 */
function repoPath(target: string, fileClass: boolean): { path: string; insideArchive: boolean } | undefined {
  if (!target || target.includes('://') || /\s\(/.test(target) || LANGUAGE_TARGETS.has(target)) return undefined;
  let path = target.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  let insideArchive = false;
  // Helm charts and other archives: "chart.tgz:templates/pod.yaml" → the archive is the file.
  const colon = path.indexOf(':');
  if (colon > 0) {
    const outer = path.slice(0, colon);
    if (!ARCHIVE.test(outer)) return undefined;
    path = outer;
    insideArchive = true;
  }
  if (path === '' || path === '.' || path.startsWith('/') || path.split('/').includes('..')) return undefined;
  // Config and secret targets are always files; for packages require something file-like.
  if (!fileClass && !/[./]/.test(path)) return undefined;
  return { path, insideArchive };
}

function location(
  target: string,
  fileClass: boolean,
  repoArtifact: boolean,
  startLine?: number,
  endLine?: number,
): SourceLocation | undefined {
  if (!repoArtifact) return undefined;
  const resolved = repoPath(target, fileClass);
  if (!resolved) return undefined;
  const loc: SourceLocation = { path: resolved.path };
  // Lines inside an archive member do not point into the archive file.
  if (!resolved.insideArchive && startLine !== undefined) {
    loc.startLine = startLine;
    if (endLine !== undefined && endLine >= startLine) loc.endLine = endLine;
  }
  return loc;
}

function dedupeKey(finding: Finding): string {
  const loc = finding.location;
  switch (finding.kind) {
    case 'vulnerability':
      return ['v', finding.id, finding.packageName, finding.packageVersion, finding.target].join('\u0000');
    case 'misconfiguration':
      return ['m', finding.id, finding.target, loc?.startLine, loc?.endLine, finding.message].join('\u0000');
    case 'secret':
      return ['s', finding.id, finding.target, loc?.startLine, finding.message].join('\u0000');
    case 'license':
      return ['l', finding.id, finding.packageName, finding.target, loc?.path].join('\u0000');
  }
}

/** Lines of a package in its lockfile, from Result.Packages[].Locations (present with --list-all-pkgs). */
function packageLines(result: Json, pkgId: string | undefined): [number | undefined, number | undefined] {
  if (!pkgId) return [undefined, undefined];
  for (const pkg of objects(result.Packages)) {
    if (pkg.ID !== pkgId) continue;
    const first = objects(pkg.Locations)[0];
    return first ? [int(first.StartLine), int(first.EndLine)] : [undefined, undefined];
  }
  return [undefined, undefined];
}

/** Names Trivy gives aggregated language results (image scans, SBOMs): not files. */
const LANGUAGE_TARGETS = new Set([
  'Node.js',
  'Python',
  'Ruby',
  'Java',
  'PHP',
  '.NET',
  'Go',
  'Rust',
  'Elixir',
  'Dart',
  'Julia',
  'Swift',
  'C++',
  'Conan',
  'CocoaPods',
  'Bitnami',
]);

/** One Result as the readers of its entries see it. */
interface ResultScope {
  result: Json;
  target: string;
  targetType: string | undefined;
  /** Whether targets are files of the checked-out tree (filesystem/repository scans). */
  repoArtifact: boolean;
  /** The Result's path in the report, for errors (Results[3]). */
  where: string;
  ctx: ShapeContext;
}

/** Each object of the Result's `key` array (checked by objectList) → its finding, if any. */
function readEntries(
  scope: ResultScope,
  key: string,
  read: (entry: Json, path: string, scope: ResultScope) => Finding | undefined,
): Finding[] {
  const path = `${scope.where}.${key}`;
  const findings: Finding[] = [];
  for (const [index, entry] of objectList(scope.result[key], path, scope.ctx).entries()) {
    const finding = read(entry, `${path}[${index}]`, scope);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** A finding that is not a vulnerability (no fix state), with only its defined optional fields. */
function nonVulnerability(
  required: Pick<Finding, 'kind' | 'id' | 'aliases' | 'severity' | 'title' | 'target' | 'references'>,
  optional: Partial<Finding>,
): Finding {
  const { kind, id, aliases, severity, title, target, references } = required;
  return withOptional({ kind, id, aliases, severity, title, target, references, fixState: 'not-applicable' }, optional);
}

function vulnerability(v: Json, path: string, scope: ResultScope): Finding {
  const { result, target, repoArtifact, ctx } = scope;
  const id = requiredId(v, 'VulnerabilityID', path, ctx);
  const severity = checkedSeverity(v.Severity, path, ctx);
  const fixedVersion = str(v.FixedVersion);
  const identifier = isObject(v.PkgIdentifier) ? v.PkgIdentifier : {};
  const finding: Finding = {
    kind: 'vulnerability',
    id,
    aliases: [...new Set(strings(v.VendorIDs).filter((alias) => alias !== id))],
    severity,
    title: str(v.Title) ?? id,
    target,
    references: strings(v.References),
    fixState: normalizeFixState(v.Status, fixedVersion),
  };
  // A lockfile/manifest target is the file to point at; OS packages have none.
  const isLangPkgs = result.Class === 'lang-pkgs';
  return withOptional(finding, {
    description: str(v.Description),
    targetType: scope.targetType,
    packageName: str(v.PkgName),
    packageVersion: str(v.InstalledVersion),
    purl: str(identifier.PURL),
    fixedVersion,
    primaryUrl: str(v.PrimaryURL),
    cvssScore: highestCvssV3(v.CVSS),
    location: isLangPkgs ? location(target, false, repoArtifact, ...packageLines(result, str(v.PkgID))) : undefined,
  });
}

/** A failed check; passed and excepted ones are not findings. */
function misconfiguration(m: Json, path: string, scope: ResultScope): Finding | undefined {
  const { target, repoArtifact, ctx } = scope;
  if (m.Status !== 'FAIL' && m.Status !== 'PASS' && m.Status !== 'EXCEPTION') {
    ctx.unexpected(`${path}.Status`, `is ${describeJson(m.Status)}, not one of FAIL, PASS, EXCEPTION`);
  }
  if (m.Status !== 'FAIL') return undefined;
  const id = str(m.ID) ?? str(m.AVDID) ?? requiredId(m, 'ID', path, ctx);
  const severity = checkedSeverity(m.Severity, path, ctx);
  const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : {};
  const avdId = str(m.AVDID);
  const aliases = avdId && avdId !== id ? [avdId] : [];
  const references = strings(m.References);
  return nonVulnerability(
    { kind: 'misconfiguration', id, aliases, severity, title: str(m.Title) ?? id, target, references },
    {
      description: str(m.Description),
      targetType: scope.targetType,
      primaryUrl: str(m.PrimaryURL),
      message: str(m.Message),
      resolution: str(m.Resolution),
      location: location(target, true, repoArtifact, int(cause.StartLine), int(cause.EndLine)),
    },
  );
}

function secret(s: Json, path: string, scope: ResultScope): Finding {
  const { target, ctx } = scope;
  const id = requiredId(s, 'RuleID', path, ctx);
  const severity = checkedSeverity(s.Severity, path, ctx);
  const category = str(s.Category);
  return nonVulnerability(
    { kind: 'secret', id, aliases: [], severity, title: str(s.Title) ?? id, target, references: [] },
    {
      description: category ? `Secret category: ${category}` : undefined,
      targetType: scope.targetType,
      // Trivy redacts the secret itself in Match.
      message: str(s.Match),
      location: location(target, true, scope.repoArtifact, int(s.StartLine), int(s.EndLine)),
    },
  );
}

function license(l: Json, path: string, scope: ResultScope): Finding {
  const name = requiredId(l, 'Name', path, scope.ctx);
  const severity = checkedSeverity(l.Severity, path, scope.ctx);
  const category = str(l.Category);
  const pkg = str(l.PkgName);
  const filePath = str(l.FilePath);
  const title = `${category ? `${category} license` : 'License'} ${name}${pkg ? ` (${pkg})` : ''}`;
  const link = str(l.Link);
  return nonVulnerability(
    { kind: 'license', id: name, aliases: [], severity, title, target: scope.target, references: [] },
    {
      description: category ? `License category: ${category}` : undefined,
      targetType: scope.targetType,
      packageName: pkg,
      primaryUrl: link,
      references: link ? [link] : [],
      location: filePath ? location(filePath, true, scope.repoArtifact) : undefined,
    },
  );
}

/** The finding with each of its strings replaced by `copy(string)`. */
function detachFinding(finding: Finding, copy: (value: string) => string): Finding {
  const out = finding as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'string') out[key] = copy(value);
    else if (Array.isArray(value)) out[key] = value.map((v: unknown) => (typeof v === 'string' ? copy(v) : v));
  }
  if (finding.location) finding.location = { ...finding.location, path: copy(finding.location.path) };
  return finding;
}

export interface ParseTrivyOptions {
  /** Where the report came from, for error messages (a file name). */
  source?: string;
  /**
   * Reports given as bytes and at least this big (default 1 MiB) are read one
   * `Results` element at a time instead of as one tree (see json-split.ts):
   * the same model, at about half the peak memory. 0 always splits.
   */
  splitAboveBytes?: number;
}

export const DEFAULT_SPLIT_ABOVE_BYTES = 1024 * 1024;

/** Parses Trivy's JSON text (or bytes). Throws InfrastructureError on anything unusable. */
export function parseTrivyReport(input: string | Uint8Array, options: ParseTrivyOptions = {}): ScanReport {
  if (typeof input !== 'string' && input.byteLength >= (options.splitAboveBytes ?? DEFAULT_SPLIT_ABOVE_BYTES)) {
    const report = parseSplit(input, options);
    if (report) return report;
  }
  return parseWhole(input, options);
}

/**
 * The element-at-a-time path: undefined whenever anything is off (not
 * splittable, an element that does not parse, a report that is refused), so
 * that {@link parseWhole} produces exactly the result or error it always did.
 */
function parseSplit(bytes: Uint8Array, options: ParseTrivyOptions): ScanReport | undefined {
  const split = splitTopLevelObject(bytes, 'Results');
  if (!split) return undefined;
  const { fields, items } = split;
  try {
    if (!items) return trivyReportFromJson(fields, options);
    const results = (function* () {
      for (const range of items) yield parseRange(bytes, range);
    })();
    return buildReport(fields, results, options, true);
  } catch {
    return undefined;
  }
}

function parseWhole(input: string | Uint8Array, options: ParseTrivyOptions): ScanReport {
  return trivyReportFromJson(parseReportJson(input, PARSE_FAILURE, 'Trivy', options.source), options);
}

/** Converts an already-parsed Trivy JSON document. */
export function trivyReportFromJson(data: unknown, options: ParseTrivyOptions = {}): ScanReport {
  const results = isObject(data) && Array.isArray(data.Results) ? data.Results : [];
  return buildReport(data, results, options, false);
}

/**
 * `data` is the report without (or with) its Results; `results` yields them.
 * With `detach`, every string kept in the model is copied out of the text it
 * was parsed from (see detachString), so no element's text outlives it.
 */
function buildReport(
  data: unknown,
  results: Iterable<unknown>,
  options: ParseTrivyOptions,
  detach: boolean,
): ScanReport {
  const from = options.source ? ` (${options.source})` : '';
  if (!isObject(data)) {
    throw new InfrastructureError(
      `${PARSE_FAILURE}${from}: expected a JSON object, got ${Array.isArray(data) ? 'an array' : typeof data}`,
    );
  }
  if (data.SchemaVersion !== SUPPORTED_TRIVY_SCHEMA_VERSION) {
    const got =
      data.SchemaVersion === undefined ? 'no SchemaVersion' : `SchemaVersion ${JSON.stringify(data.SchemaVersion)}`;
    const hint =
      'bomFormat' in data || 'spdxVersion' in data ? ' (this looks like an SBOM, not a `--format json` report)' : '';
    throw new InfrastructureError(
      `${PARSE_FAILURE}${from}: it has ${got}${hint}; this action reads SchemaVersion ${SUPPORTED_TRIVY_SCHEMA_VERSION}`,
    );
  }
  if (!detach && data.Results !== undefined && data.Results !== null && !Array.isArray(data.Results)) {
    throw new InfrastructureError(`${PARSE_FAILURE}${from}: Results is not an array`);
  }

  const artifactName = str(data.ArtifactName) ?? '';
  const type = artifactType(data.ArtifactType);
  // Only filesystem/repository scans have targets that are files of the checked-out tree.
  const repoArtifact = type === 'filesystem' || type === 'repository';
  const trivy = isObject(data.Trivy) ? data.Trivy : {};

  const ctx: ShapeContext = {
    unexpected(path, problem) {
      throw new InfrastructureError(
        `${PARSE_FAILURE}${from}: unexpected report shape: ${path} ${problem}. The report was not used (an unreadable report never ` +
          `counts as "no findings"); check that the Trivy version writes the SchemaVersion ${SUPPORTED_TRIVY_SCHEMA_VERSION} JSON format this action reads.`,
      );
    },
  };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const targets = new Set<string>();
  const copies = new Map<string, string>();
  let index = -1;
  const copy = (value: string): string => {
    let detached = copies.get(value);
    if (detached === undefined) copies.set(value, (detached = detachString(value)));
    return detached;
  };
  for (const result of results) {
    index++;
    const where = `Results[${index}]`;
    if (!isObject(result)) ctx.unexpected(where, `is ${describeJson(result)}, expected an object`);
    if (typeof result.Target !== 'string') {
      ctx.unexpected(
        `${where}.Target`,
        `is ${describeJson(result.Target)}, expected a string (every Trivy result names its target)`,
      );
    }
    const target = str(result.Target) ?? artifactName;
    if (!targets.has(target)) targets.add(detach ? detachString(target) : target);
    const targetType = str(result.Type) ?? str(result.Class);
    const scope: ResultScope = { result, target, targetType, repoArtifact, where, ctx };
    const all = [
      ...readEntries(scope, 'Vulnerabilities', vulnerability),
      ...readEntries(scope, 'Misconfigurations', misconfiguration),
      ...readEntries(scope, 'Secrets', secret),
      ...readEntries(scope, 'Licenses', license),
    ];
    for (const finding of all) {
      const key = dedupeKey(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(detach ? detachFinding(finding, copy) : finding);
    }
    if (detach) copies.clear();
  }

  const report: ScanReport = {
    tool: { name: 'Trivy', informationUri: TRIVY_INFORMATION_URI },
    artifactName,
    artifactType: type,
    findings,
    targets: [...targets],
  };
  const version = str(trivy.Version);
  if (version) report.tool.version = version;
  const digest = pickDigest(artifactName, data.Metadata);
  if (digest) report.artifactDigest = digest;
  return report;
}
