import { ConfigurationError, errorMessage, type RunContext } from '@scs/action-kit';
import type { CosignVulnPredicate, ScanReport } from '@scs/findings';
import { readJsonObjectFile } from './predicate-file.js';
import { COSIGN_VULN_V1, IN_TOTO_STATEMENT_TYPES, isObject } from '@scs/vocabulary';

/**
 * cosign's vulnerability attestation (https://cosign.sigstore.dev/attestation/vuln/v1)
 * from what the `scan` action leaves behind:
 * - its `cosign-vuln` output (`<scanner>-vuln-predicate.json`): used as is,
 *   after a shape check (cosign's Go types must decode it);
 * - a Trivy (`--format json`) or Grype (`-o json`) report: parsed with
 *   @scs/findings' parsers and rendered with its cosign-vuln renderer, the
 *   report itself as `scanner.result` and the scan time from the report.
 * An in-toto statement whose predicate is a cosign vuln predicate is taken apart.
 */

export interface VulnPredicate {
  predicateType: typeof COSIGN_VULN_V1;
  predicate: Record<string, unknown>;
  /** What the file was. */
  source: 'cosign-vuln' | 'trivy' | 'grype';
  scanner: { uri: string; version: string };
}

export interface VulnPredicateOptions {
  /** The run: fills invocation.uri / event_id of a predicate rendered here. */
  context?: Pick<RunContext, 'serverUrl' | 'repository' | 'runId' | 'runAttempt'>;
  /** workflow_ref of the verified OIDC token: invocation['builder.id']. */
  workflowRef?: string;
  /** Used when the report carries no scan time. */
  now?: () => Date;
  what?: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The problems that stop cosign from decoding a CosignVulnPredicate ([] when none). */
export function cosignVulnProblems(value: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const invocation = value.invocation;
  const scanner = value.scanner;
  const metadata = value.metadata;
  if (!isObject(invocation)) problems.push('invocation is not an object');
  if (!isObject(scanner)) problems.push('scanner is not an object');
  else {
    for (const key of ['uri', 'version'] as const)
      if (scanner[key] !== undefined && typeof scanner[key] !== 'string')
        problems.push(`scanner.${key} is not a string`);
    if (!('result' in scanner)) problems.push('scanner.result is missing');
    if (scanner.db !== undefined && !isObject(scanner.db)) problems.push('scanner.db is not an object');
  }
  if (!isObject(metadata)) problems.push('metadata is not an object');
  else {
    for (const key of ['scanStartedOn', 'scanFinishedOn'] as const) {
      const v = metadata[key];
      if (typeof v !== 'string' || Number.isNaN(Date.parse(v)))
        problems.push(`metadata.${key} is not an RFC 3339 time`);
    }
  }
  return problems;
}

const TRIVY_KEYS = ['SchemaVersion', 'Results', 'ArtifactName', 'ArtifactType'] as const;
const GRYPE_KEYS = ['matches', 'ignoredMatches', 'descriptor'] as const;

/**
 * Which scanner wrote a JSON report, from its top-level keys: Trivy
 * (SchemaVersion, Results, ArtifactName, ArtifactType) or Grype (matches,
 * ignoredMatches, descriptor). A report with keys of both is refused as
 * ambiguous — read one way it could hide what the other way shows — and one
 * with neither is unknown. The one detection for the vuln predicates this
 * suite writes (provenance) and reads (verify's gate and its exports).
 */
export function scanReportFormat(
  doc: Record<string, unknown>,
): { format: 'trivy' | 'grype' } | { problem: 'ambiguous' | 'unknown'; detail: string } {
  const trivy = TRIVY_KEYS.filter((key) => key in doc);
  const grype = GRYPE_KEYS.filter((key) => key in doc);
  if (trivy.length > 0 && grype.length > 0) {
    return {
      problem: 'ambiguous',
      detail: `it has Trivy keys (${trivy.join(', ')}) and Grype keys (${grype.join(', ')}); refused as ambiguous`,
    };
  }
  if (trivy.length > 0) return { format: 'trivy' };
  if (grype.length > 0) return { format: 'grype' };
  return {
    problem: 'unknown',
    detail: `it has neither Trivy keys (${TRIVY_KEYS.join(', ')}) nor Grype keys (${GRYPE_KEYS.join(', ')})`,
  };
}

function looksLikeCosignVuln(doc: Record<string, unknown>): boolean {
  return isObject(doc.scanner) && 'result' in doc.scanner && 'metadata' in doc;
}

function reportTime(doc: Record<string, unknown>, source: 'trivy' | 'grype'): Date | undefined {
  const raw = source === 'trivy' ? doc.CreatedAt : isObject(doc.descriptor) ? doc.descriptor.timestamp : undefined;
  if (typeof raw !== 'string') return undefined;
  const time = new Date(raw);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/** The predicate for an already-parsed document (see the module comment). */
export async function vulnPredicateFrom(
  doc: Record<string, unknown>,
  options: VulnPredicateOptions = {},
): Promise<VulnPredicate> {
  const what = options.what ?? 'Input `scan-report`';
  let document = doc;
  if (IN_TOTO_STATEMENT_TYPES.has(str(document._type))) {
    if (document.predicateType !== COSIGN_VULN_V1 || !isObject(document.predicate)) {
      throw new ConfigurationError(
        `${what} is an in-toto statement with predicate type '${str(document.predicateType).slice(0, 200)}', not ${COSIGN_VULN_V1}.`,
      );
    }
    document = document.predicate;
  }
  if (looksLikeCosignVuln(document)) {
    const problems = cosignVulnProblems(document);
    if (problems.length > 0)
      throw new ConfigurationError(`${what} looks like a cosign vuln predicate but ${problems.join('; ')}.`);
    const scanner = document.scanner as Record<string, unknown>;
    return {
      predicateType: COSIGN_VULN_V1,
      predicate: document,
      source: 'cosign-vuln',
      scanner: { uri: str(scanner.uri), version: str(scanner.version) },
    };
  }

  const detected = scanReportFormat(document);
  if ('problem' in detected && detected.problem === 'ambiguous') {
    throw new ConfigurationError(
      `${what} cannot be read as one scan report: ${detected.detail}. Pass the scanner's own JSON report unchanged.`,
    );
  }
  let source: 'trivy' | 'grype';
  if ('format' in detected) source = detected.format;
  else {
    const hint =
      'bomFormat' in document || 'spdxVersion' in document
        ? ' (this is an SBOM: use predicate: sbom)'
        : 'runs' in document
          ? ' (SARIF is not accepted: use the JSON report)'
          : '';
    throw new ConfigurationError(
      `${what} is not a scan report${hint}: expected the scan action's cosign-vuln predicate, a Trivy JSON report or a Grype JSON report.`,
    );
  }
  // @scs/findings is loaded only here: the other predicates do not need the parsers (a smaller action bundle).
  const { parseGrypeReport, parseTrivyReport, renderCosignVulnPredicate } = await import('@scs/findings');
  const text = JSON.stringify(document);
  let report: ScanReport;
  try {
    report = source === 'trivy' ? parseTrivyReport(text, { source: what }) : parseGrypeReport(text, { source: what });
  } catch (error) {
    throw new ConfigurationError(
      `${what} cannot be read as a ${source === 'trivy' ? 'Trivy' : 'Grype'} report: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const time = reportTime(document, source) ?? (options.now ?? (() => new Date()))();
  const rendered = renderCosignVulnPredicate(report, {
    rawReport: document,
    scanStartedOn: time,
    scanFinishedOn: time,
    ...(options.context ? { context: options.context } : {}),
    ...(options.workflowRef ? { workflowRef: options.workflowRef } : {}),
  });
  const predicate: CosignVulnPredicate = rendered.predicate;
  return {
    predicateType: COSIGN_VULN_V1,
    predicate: predicate as unknown as Record<string, unknown>,
    source,
    scanner: { uri: predicate.scanner.uri, version: predicate.scanner.version },
  };
}

export async function vulnPredicateFromFile(file: string, options: VulnPredicateOptions = {}): Promise<VulnPredicate> {
  const what = options.what ?? 'Input `scan-report`';
  const { value } = await readJsonObjectFile(file, what);
  return vulnPredicateFrom(value, { ...options, what });
}
