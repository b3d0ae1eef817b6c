import { InfrastructureError } from '@scs/action-kit';
import type { Finding, ScanReport, Severity } from './model.js';
import { isObject, type JsonObject } from '@scs/vocabulary';
import { describeJson, parseReportJson, withOptional } from './report-json.js';

/**
 * Grype's JSON report (`grype -o json`) → ScanReport, the same model the
 * Trivy parser fills, so every renderer, the gate and the outputs behave the
 * same for both engines.
 *
 * One finding per vulnerability × package × target (one per entry of
 * `matches[]`); exact duplicates are dropped. The report is untrusted data,
 * and a report this parser does not understand must never read as "no
 * findings": every match must be an object with a `vulnerability` object
 * holding a non-empty `id` and an `artifact` object, and a severity must be
 * one of Grype's names; anything else is an InfrastructureError naming the
 * path that was unexpected. An absent severity is `unknown`.
 * `ignoredMatches[]` (matches a `.grype.yaml` ignore rule removed) are not
 * findings.
 *
 * How Grype's fields map onto the model, where the two tools differ:
 * - Severity: Critical/High/Medium/Low map to themselves; **Negligible → low**.
 *   Trivy has no "negligible": it reports Ubuntu's "negligible" and Debian's
 *   "unimportant" as LOW, so mapping Negligible to low makes both engines
 *   count, gate and render the same advisory the same way. Unknown or
 *   anything else → unknown.
 * - Fix state: Grype's `fix.state` is already fixed / not-fixed / wont-fix /
 *   unknown (Trivy's Status is mapped onto the same four). An empty state
 *   means fixed when versions are listed, unknown otherwise. Fixed versions
 *   are joined with ", " as Trivy writes several.
 * - Aliases: the ids of `relatedVulnerabilities` (CVE ↔ GHSA), deduplicated,
 *   without the finding's own id.
 * - CVSS: the highest v3 base score over the vulnerability's and its related
 *   records' `cvss[]` (a distro record often has none, its NVD record has one;
 *   Trivy's CVSS map likewise spans nvd, ghsa, redhat, ...).
 * - Target (what findings group under): an OS package's target is the distro
 *   (`<distro.name> <distro.version>`, e.g. "redhat 9.1"); a language
 *   package's is the path of the manifest/lockfile/archive it was found in,
 *   without the leading '/' Grype writes (Trivy's targets have none:
 *   "package-lock.json", "usr/local/bin/app"). Without a location, the
 *   ecosystem ("Node.js", "Java", ...), as Trivy names aggregated results.
 * - Location: only for directory scans, only for language packages, and only
 *   when the path stays inside the scanned tree; Grype gives no line numbers.
 * - Title: Grype has none; the first sentence of the description (else the id).
 */

export const GRYPE_INFORMATION_URI = 'https://github.com/anchore/grype';

const PARSE_FAILURE = "Grype's JSON report could not be parsed";

type Json = JsonObject;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

const GRYPE_SEVERITY_NAMES = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown'];

/** Grype's severity names → model severity. Negligible is `low` (see the module comment). */
export function normalizeGrypeSeverity(value: unknown): Severity {
  if (typeof value !== 'string') return 'unknown';
  switch (value.trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
      return 'high';
    case 'medium':
      return 'medium';
    case 'low':
    case 'negligible':
      return 'low';
    default:
      return 'unknown';
  }
}

/** Grype's `fix.state` → fix state. An empty state with fixed versions is `fixed`. */
export function normalizeGrypeFixState(state: unknown, versions: readonly string[] = []): Finding['fixState'] {
  switch (typeof state === 'string' ? state.trim().toLowerCase() : '') {
    case 'fixed':
      return 'fixed';
    case 'not-fixed':
      return 'not-fixed';
    case 'wont-fix':
      return 'wont-fix';
    case '':
      return versions.length > 0 ? 'fixed' : 'unknown';
    default:
      return 'unknown';
  }
}

/** Highest CVSS v3.x base score over any number of Grype `cvss[]` arrays. */
export function highestGrypeCvssV3(...lists: unknown[]): number | undefined {
  let best: number | undefined;
  for (const list of lists) {
    for (const entry of objects(list)) {
      const version = typeof entry.version === 'string' ? entry.version : '';
      if (!version.startsWith('3')) continue;
      const metrics = isObject(entry.metrics) ? entry.metrics : {};
      const score = metrics.baseScore;
      if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10) {
        best = best === undefined ? score : Math.max(best, score);
      }
    }
  }
  return best;
}

/** Package types Grype matches against a distro's advisories (syft's OS package types). */
const OS_PACKAGE_TYPES = new Set(['apk', 'deb', 'rpm', 'alpm', 'portage', 'msrc-kb']);

/** Ecosystem names for language packages without a location, as Trivy names aggregated results. */
const ECOSYSTEMS: Record<string, string> = {
  npm: 'Node.js',
  python: 'Python',
  gem: 'Ruby',
  'java-archive': 'Java',
  'jenkins-plugin': 'Java',
  'graalvm-native-image': 'Java',
  'go-module': 'Go',
  'rust-crate': 'Rust',
  'php-composer': 'PHP',
  'php-pecl': 'PHP',
  'php-pear': 'PHP',
  dotnet: '.NET',
  hex: 'Elixir',
  'erlang-otp': 'Erlang',
  'dart-pub': 'Dart',
  swift: 'Swift',
  conan: 'Conan',
  pod: 'CocoaPods',
  hackage: 'Haskell',
  'lua-rocks': 'Lua',
  'github-action': 'GitHub Actions',
  'github-action-workflow': 'GitHub Actions',
};

/** Schemes Grype accepts before a source; userInput may carry one. */
const SOURCE_SCHEME =
  /^(registry|docker|podman|containerd|docker-archive|oci-archive|oci-dir|singularity|dir|file|sbom):/;

/** `ghcr.io/org/app:1.0@sha256:…` → `ghcr.io/org/app`. */
function repositoryOf(reference: string): string {
  return reference.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
}

/** `docker.io/library/alpine` and `alpine` name the same repository. */
function canonicalRepository(repository: string): string {
  const lower = repository.toLowerCase();
  const noHub = lower.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  return noHub.replace(/^library\//, '');
}

/** An image reference rather than an archive or layout path (`/tmp/app.tar`, `./oci`). */
const REFERENCE_LIKE = /^[a-z0-9][a-z0-9._:/-]*$/;
const ARCHIVE_LIKE = /\.(tar|tgz|tar\.gz|sif)$/i;

/**
 * The image digest as repo@sha256:… (what Trivy reports): the repo digest of
 * the scanned repository when there are several, else the manifest digest
 * under the scanned repository, else the bare manifest digest.
 */
function pickImageDigest(userInput: string, target: Json): string | undefined {
  const repository = repositoryOf(userInput);
  const repoDigests = strings(target.repoDigests).filter((d) => d.includes('@'));
  if (repoDigests.length > 0) {
    const wanted = canonicalRepository(repository);
    return repoDigests.find((d) => canonicalRepository(d.split('@')[0] ?? '') === wanted) ?? repoDigests[0];
  }
  const manifestDigest = str(target.manifestDigest);
  if (!manifestDigest) return undefined;
  return REFERENCE_LIKE.test(repository) && !ARCHIVE_LIKE.test(repository)
    ? `${repository}@${manifestDigest}`
    : manifestDigest;
}

interface SourceInfo {
  artifactName: string;
  artifactType: ScanReport['artifactType'];
  artifactDigest?: string;
  /** Directory scan: package paths are files of the scanned tree. */
  directory: boolean;
}

function describeSource(source: unknown): SourceInfo {
  if (!isObject(source)) return { artifactName: '', artifactType: 'unknown', directory: false };
  const type = str(source.type);
  const target = source.target;
  switch (type) {
    case 'image': {
      const meta = isObject(target) ? target : {};
      const userInput = (str(meta.userInput) ?? strings(meta.tags)[0] ?? str(meta.imageID) ?? '').replace(
        SOURCE_SCHEME,
        '',
      );
      const info: SourceInfo = { artifactName: userInput, artifactType: 'image', directory: false };
      const digest = pickImageDigest(userInput, meta);
      if (digest) info.artifactDigest = digest;
      return info;
    }
    case 'directory':
      return { artifactName: str(target) ?? '', artifactType: 'filesystem', directory: true };
    case 'file':
      return { artifactName: str(target) ?? '', artifactType: 'filesystem', directory: false };
    default:
      // purl, purl-file, cpe, unknown (an SBOM without source metadata)
      return {
        artifactName: typeof target === 'string' && target !== 'unknown' ? target : '',
        artifactType: 'unknown',
        directory: false,
      };
  }
}

/** A relative, forward-slash path inside the scanned tree, or undefined. */
function treePath(path: string): string | undefined {
  const relative = path
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .replace(/^(\.\/)+/, '');
  if (relative === '' || relative === '.' || /^[a-zA-Z]:/.test(relative)) return undefined;
  if (relative.split('/').some((segment) => segment === '..')) return undefined;
  return relative;
}

/** "A ReDoS issue was discovered in … Ruby. More text" → the first sentence, on one line, at most ~120 characters. */
function titleFrom(description: string | undefined, id: string): string {
  if (!description) return id;
  const line = description.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(line)?.[1] ?? line;
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 119);
  const space = cut.lastIndexOf(' ');
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}

function dedupeKey(finding: Finding): string {
  return [finding.id, finding.packageName, finding.packageVersion, finding.target].join('\u0000');
}

interface MatchContext {
  source: SourceInfo;
  distroTarget?: string;
  distroName?: string;
}

/**
 * The shape every Grype match has; throws `unexpected(path, problem)` for
 * anything else, so that a renamed or moved field cannot hide a finding.
 */
function checkMatch(
  match: unknown,
  path: string,
  unexpected: (path: string, problem: string) => never,
): { vulnerability: Json; artifact: Json; id: string; severity: Severity } {
  if (!isObject(match)) unexpected(path, `is ${describeJson(match)}, expected an object`);
  const { vulnerability, artifact } = match;
  if (!isObject(vulnerability))
    unexpected(`${path}.vulnerability`, `is ${describeJson(vulnerability)}, expected an object`);
  if (!isObject(artifact)) unexpected(`${path}.artifact`, `is ${describeJson(artifact)}, expected an object`);
  const id = str(vulnerability.id)?.trim();
  if (!id) unexpected(`${path}.vulnerability.id`, `is ${describeJson(vulnerability.id)}, expected a non-empty string`);
  const raw = vulnerability.severity;
  if (
    raw !== undefined &&
    raw !== '' &&
    (typeof raw !== 'string' || !GRYPE_SEVERITY_NAMES.some((name) => name.toLowerCase() === raw.trim().toLowerCase()))
  ) {
    unexpected(
      `${path}.vulnerability.severity`,
      `is ${describeJson(raw)}, not one of ${GRYPE_SEVERITY_NAMES.join(', ')}`,
    );
  }
  return { vulnerability, artifact, id, severity: normalizeGrypeSeverity(raw) };
}

function matchToFinding(checked: ReturnType<typeof checkMatch>, match: Json, context: MatchContext): Finding {
  const { vulnerability, artifact, id } = checked;
  const related = objects(match.relatedVulnerabilities);

  const fix = isObject(vulnerability.fix) ? vulnerability.fix : {};
  const fixedVersions = [...new Set(strings(fix.versions))];
  const aliases = [
    ...new Set(related.map((r) => str(r.id)?.trim()).filter((a): a is string => a !== undefined && a !== id)),
  ];
  const description =
    str(vulnerability.description) ?? related.map((r) => str(r.description)).find((d) => d !== undefined);
  const references = [...new Set([...strings(vulnerability.urls), ...related.flatMap((r) => strings(r.urls))])];

  const type = str(artifact.type);
  const isOsPackage = type !== undefined && OS_PACKAGE_TYPES.has(type);
  const firstPath = objects(artifact.locations)
    .map((l) => str(l.path))
    .find((p) => p !== undefined);
  const relativePath = firstPath ? treePath(firstPath) : undefined;

  let target: string;
  if (isOsPackage) {
    target = context.distroTarget ?? relativePath ?? (context.source.artifactName || type);
  } else {
    target =
      relativePath ?? (type ? ECOSYSTEMS[type] : undefined) ?? (context.source.artifactName || type || 'unknown');
  }

  const finding: Finding = {
    kind: 'vulnerability',
    id,
    aliases,
    severity: checked.severity,
    title: titleFrom(description, id),
    target,
    references,
    fixState: normalizeGrypeFixState(fix.state, fixedVersions),
  };
  return withOptional(finding, {
    description,
    targetType: isOsPackage ? (context.distroName ?? type) : type,
    packageName: str(artifact.name),
    packageVersion: str(artifact.version),
    purl: str(artifact.purl),
    fixedVersion: fixedVersions.length > 0 ? fixedVersions.join(', ') : undefined,
    primaryUrl: str(vulnerability.dataSource) ?? references[0],
    cvssScore: highestGrypeCvssV3(vulnerability.cvss, ...related.map((r) => r.cvss)),
    // A lockfile/manifest in the scanned directory is the file to point at; OS packages have none.
    location: context.source.directory && !isOsPackage && relativePath ? { path: relativePath } : undefined,
  });
}

export interface ParseGrypeOptions {
  /** Where the report came from, for error messages (a file name). */
  source?: string;
  /**
   * What the action asked Grype to scan, when the report cannot tell: for an
   * SBOM input Grype reports the SBOM's own source (an image, a directory, or
   * "unknown"). With 'sbom', package paths are never taken as repository files.
   */
  artifactType?: ScanReport['artifactType'];
}

/** Parses Grype's JSON text (or bytes). Throws InfrastructureError on anything unusable. */
export function parseGrypeReport(input: string | Uint8Array, options: ParseGrypeOptions = {}): ScanReport {
  return grypeReportFromJson(parseReportJson(input, PARSE_FAILURE, 'Grype', options.source), options);
}

function notGrypeHint(data: Json): string {
  if ('bomFormat' in data) return ' (this looks like a CycloneDX document: run Grype with `-o json`)';
  if ('spdxVersion' in data) return ' (this looks like an SPDX document, not a Grype report)';
  if ('runs' in data && 'version' in data) return ' (this looks like SARIF: run Grype with `-o json`)';
  if ('SchemaVersion' in data || 'Results' in data) return ' (this looks like a Trivy report)';
  if ('artifacts' in data && 'source' in data) return ' (this looks like a Syft SBOM, not a Grype report)';
  return '';
}

/** Converts an already-parsed Grype JSON document. */
export function grypeReportFromJson(data: unknown, options: ParseGrypeOptions = {}): ScanReport {
  const from = options.source ? ` (${options.source})` : '';
  if (!isObject(data)) {
    throw new InfrastructureError(
      `${PARSE_FAILURE}${from}: expected a JSON object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}`,
    );
  }
  const descriptor = isObject(data.descriptor) ? data.descriptor : undefined;
  const isGrype = descriptor?.name === 'grype';
  if (!Array.isArray(data.matches) && !(isGrype && (data.matches === undefined || data.matches === null))) {
    const got = 'matches' in data ? 'a `matches` field that is not an array' : 'no `matches` array';
    throw new InfrastructureError(
      `${PARSE_FAILURE}${from}: it has ${got}${notGrypeHint(data)}; this action reads \`grype -o json\` reports`,
    );
  }

  const source = describeSource(data.source);
  if (options.artifactType) source.artifactType = options.artifactType;
  if (options.artifactType && options.artifactType !== 'filesystem' && options.artifactType !== 'repository')
    source.directory = false;

  const distro = isObject(data.distro) ? data.distro : {};
  const distroName = str(distro.name)?.trim();
  const distroTarget = distroName ? [distroName, str(distro.version)?.trim()].filter(Boolean).join(' ') : undefined;
  const context: MatchContext = {
    source,
    ...(distroTarget ? { distroTarget } : {}),
    ...(distroName ? { distroName } : {}),
  };

  const findings: Finding[] = [];
  const seen = new Set<string>();
  const targets = new Set<string>();
  if (distroTarget) targets.add(distroTarget);
  const unexpected = (path: string, problem: string): never => {
    throw new InfrastructureError(
      `${PARSE_FAILURE}${from}: unexpected report shape: ${path} ${problem}. The report was not used (an unreadable report never ` +
        'counts as "no findings"); check that the Grype version writes the `-o json` format this action reads.',
    );
  };
  const matches: unknown[] = Array.isArray(data.matches) ? data.matches : [];
  for (const [index, match] of matches.entries()) {
    const checked = checkMatch(match, `matches[${index}]`, unexpected);
    const finding = matchToFinding(checked, match as Json, context);
    const key = dedupeKey(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    targets.add(finding.target);
    findings.push(finding);
  }

  const report: ScanReport = {
    tool: { name: 'Grype', informationUri: GRYPE_INFORMATION_URI },
    artifactName: source.artifactName,
    artifactType: source.artifactType,
    findings,
    targets: [...targets],
  };
  // Development builds and Grype's own test snapshots say "[not provided]".
  const version = str(descriptor?.version)?.trim();
  if (version && !/^\[.*\]$/.test(version)) report.tool.version = version.replace(/^v(?=\d)/, '');
  if (source.artifactDigest) report.artifactDigest = source.artifactDigest;
  return report;
}
