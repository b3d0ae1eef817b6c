import { randomUUID } from 'node:crypto';
import { safeUrl, stripInvisible } from '@scs/action-kit';
import type { Finding, ScanReport, Severity } from './model.js';
import { SEVERITY_RANK, compareFindings, cvssV3Severity } from './model.js';

/**
 * ScanReport → a CycloneDX 1.6 JSON document of the vulnerabilities found
 * (a vulnerability disclosure report: the scanned artifact as
 * `metadata.component`, the affected packages as `components`, and one
 * `vulnerabilities` entry per identifier affecting one or more of them).
 *
 * - Components are the packages named by vulnerability findings, one per
 *   package URL (or, without one, per target + name + version); `bom-ref` is
 *   the purl, else that stable key, so the same package gets the same
 *   reference in every run.
 * - Ratings: the scanner's verdict as a severity-only rating, plus the
 *   highest CVSS v3 base score with its band when known (the two can differ:
 *   a distribution rates a flaw in its package lower than NVD does).
 * - `affects` lists each package with its installed version as affected and
 *   its fixed versions as unaffected; `recommendation` says what to upgrade.
 * - Misconfigurations, secrets and license findings are not vulnerabilities
 *   in CycloneDX's sense and are left out (counted in `omitted`).
 * Text from the report is stripped of invisible characters; links are kept
 * only when they are http(s) URLs.
 */

export const CYCLONEDX_SPEC_VERSION = '1.6';

export interface CycloneDxVulnOptions {
  /** Findings to render (default: the report's). */
  findings?: readonly Finding[];
  /** Fixed for reproducible output (default: now). */
  timestamp?: Date | string;
  /** urn:uuid:… (default: a random one). */
  serialNumber?: string;
}

export interface CycloneDxVulnResult {
  bom: Record<string, unknown>;
  json: string;
  /** Findings that are not vulnerabilities and so are not in the document. */
  omitted: number;
}

type CdxSeverity = Severity;

interface Rating {
  severity: CdxSeverity;
  score?: number;
  method?: 'CVSSv3';
}

function clean(value: string): string {
  return stripInvisible(value).trim();
}

/** Where an identifier comes from, when its form says so. */
export function vulnerabilitySource(id: string, fallbackUrl?: string): { name?: string; url?: string } {
  if (/^CVE-\d{4}-\d+$/i.test(id)) return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id.toUpperCase()}` };
  if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(id))
    return { name: 'GitHub Advisory Database', url: `https://github.com/advisories/${id}` };
  const url = safeUrl(fallbackUrl);
  return url ? { url } : {};
}

function componentRef(finding: Finding): string {
  if (finding.purl) return clean(finding.purl);
  return `scs:component:${clean(finding.target)}:${clean(finding.packageName ?? 'unknown')}@${clean(finding.packageVersion ?? '')}`;
}

function splitVersions(value: string | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((v) => clean(v))
        .filter((v) => v !== ''),
    ),
  ];
}

function artifactComponentType(type: ScanReport['artifactType']): string {
  return type === 'image' ? 'container' : 'application';
}

/** The affected packages (one component per reference) and the findings grouped by vulnerability id. */
function collectComponents(vulns: readonly Finding[]): {
  components: Map<string, Record<string, unknown>>;
  byId: Map<string, Finding[]>;
} {
  const components = new Map<string, Record<string, unknown>>();
  const byId = new Map<string, Finding[]>();
  for (const finding of vulns) {
    const ref = componentRef(finding);
    if (!components.has(ref)) {
      const component: Record<string, unknown> = {
        'bom-ref': ref,
        type: 'library',
        name: clean(finding.packageName ?? '') || 'unknown',
      };
      if (finding.packageVersion) component.version = clean(finding.packageVersion);
      if (finding.purl) component.purl = clean(finding.purl);
      component.properties = [{ name: 'scs:target', value: clean(finding.target) }];
      components.set(ref, component);
    } else {
      const properties = components.get(ref)?.properties as { name: string; value: string }[];
      if (!properties.some((p) => p.value === clean(finding.target)))
        properties.push({ name: 'scs:target', value: clean(finding.target) });
    }
    const id = clean(finding.id);
    const list = byId.get(id);
    if (list) list.push(finding);
    else byId.set(id, [finding]);
  }
  return { components, byId };
}

/** The scanner's severities, most severe first, plus the highest CVSS v3 score with its band. */
function ratingsOf(findings: readonly Finding[]): Rating[] {
  const ratings: Rating[] = [];
  const severities = [...new Set(findings.map((f) => f.severity))].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]);
  for (const severity of severities) ratings.push({ severity });
  const scores = findings.map((f) => f.cvssScore).filter((s): s is number => s !== undefined);
  if (scores.length > 0) {
    const score = Math.max(...scores);
    ratings.push({ score, severity: cvssV3Severity(score), method: 'CVSSv3' });
  }
  return ratings;
}

/** Each affected package once (installed version affected, fixed versions unaffected) and what to upgrade. */
function affectsOf(findings: readonly Finding[]): {
  affects: Record<string, unknown>[];
  recommendation: string | undefined;
} {
  const upgrades = new Map<string, string>();
  const affects = new Map<string, Record<string, unknown>>();
  for (const finding of findings) {
    const ref = componentRef(finding);
    const fixed = splitVersions(finding.fixedVersion);
    if (finding.packageName && fixed.length > 0) upgrades.set(clean(finding.packageName), fixed.join(', '));
    if (affects.has(ref)) continue;
    const versions: Record<string, string>[] = [];
    if (finding.packageVersion) versions.push({ version: clean(finding.packageVersion), status: 'affected' });
    for (const version of fixed) {
      if (version !== finding.packageVersion) versions.push({ version, status: 'unaffected' });
    }
    affects.set(ref, versions.length > 0 ? { ref, versions } : { ref });
  }
  let recommendation: string | undefined;
  if (upgrades.size > 0) {
    recommendation = `Upgrade ${[...upgrades].map(([name, version]) => `${name} to ${version}`).join('; ')}.`;
  } else if (findings.every((f) => f.fixState === 'wont-fix')) {
    recommendation = "The maintainers will not fix this (won't fix): replace the package or accept the risk.";
  }
  return { affects: [...affects.values()], recommendation };
}

/** One `vulnerabilities` entry: an identifier and every finding of it. */
function vulnerabilityEntry(id: string, findings: readonly Finding[], report: ScanReport): Record<string, unknown> {
  const first = findings[0] as Finding;
  const entry: Record<string, unknown> = { 'bom-ref': `scs:vulnerability:${id}`, id };
  const source = vulnerabilitySource(id, first.primaryUrl);
  if (source.name || source.url) entry.source = source;

  const aliases = [...new Set(findings.flatMap((f) => f.aliases.map(clean)))]
    .filter((a) => a !== '' && a !== id)
    .sort();
  if (aliases.length > 0) {
    entry.references = aliases.map((alias) => {
      const aliasSource = vulnerabilitySource(alias);
      return { id: alias, source: aliasSource.name || aliasSource.url ? aliasSource : { name: report.tool.name } };
    });
  }
  entry.ratings = ratingsOf(findings);

  const description = first.description ?? (first.title !== first.id ? first.title : undefined);
  if (description) entry.description = clean(description);
  if (first.title && first.title !== first.id && first.description) entry.detail = clean(first.title);

  const { affects, recommendation } = affectsOf(findings);
  if (recommendation) entry.recommendation = recommendation;
  const urls = [...new Set(findings.flatMap((f) => [f.primaryUrl, ...f.references]).map((u) => safeUrl(u)))].filter(
    (u): u is string => u !== undefined,
  );
  if (urls.length > 0) entry.advisories = urls.slice(0, 50).map((url) => ({ url }));
  entry.affects = affects;
  return entry;
}

/** `metadata`: when, by which tool, about which artifact. */
function metadataOf(report: ScanReport, timestamp: Date | string): Record<string, unknown> {
  const tool: Record<string, unknown> = { type: 'application', name: report.tool.name };
  if (report.tool.version) tool.version = report.tool.version;
  const toolUrl = safeUrl(report.tool.informationUri);
  if (toolUrl) tool.externalReferences = [{ type: 'website', url: toolUrl }];

  const subject: Record<string, unknown> = {
    'bom-ref': 'scs:artifact',
    type: artifactComponentType(report.artifactType),
    name: clean(report.artifactName) || 'unknown',
  };
  // As Syft writes it: an image's version is its digest.
  const digest = report.artifactDigest ? /sha256:[0-9a-f]{64}$/i.exec(report.artifactDigest)?.[0] : undefined;
  if (digest) subject.version = digest.toLowerCase();
  return {
    timestamp: typeof timestamp === 'string' ? timestamp : timestamp.toISOString(),
    tools: { components: [tool] },
    component: subject,
  };
}

export function renderCycloneDxVulnerabilities(
  report: ScanReport,
  options: CycloneDxVulnOptions = {},
): CycloneDxVulnResult {
  const all = options.findings ?? report.findings;
  const vulns = all.filter((f) => f.kind === 'vulnerability').sort(compareFindings);
  const { components, byId } = collectComponents(vulns);
  const vulnerabilities = [...byId].map(([id, findings]) => vulnerabilityEntry(id, findings, report));
  const bom: Record<string, unknown> = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: CYCLONEDX_SPEC_VERSION,
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: metadataOf(report, options.timestamp ?? new Date()),
    components: [...components.values()],
    vulnerabilities,
  };
  return { bom, json: `${JSON.stringify(bom, null, 2)}\n`, omitted: all.length - vulns.length };
}
