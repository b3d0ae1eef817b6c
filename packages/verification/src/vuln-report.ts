import { errorMessage } from '@scs/action-kit';
import { cosignVulnProblems, scanReportFormat } from '@scs/attestation';
import { grypeReportFromJson, trivyReportFromJson, type Severity } from '@scs/findings';
import { isObject } from '@scs/vocabulary';

/**
 * The one reader of a cosign vuln predicate (https://cosign.sigstore.dev/attestation/vuln/v1)
 * for verify's severity gate and for anything that exports or reports on the
 * same evidence: the predicate's shape as cosign decodes it, then
 * `scanner.result` read as exactly one of a Trivy or a Grype JSON report by
 * @scs/findings' parsers. Keys of both scanners (a report that is Trivy to one
 * reader and Grype to another), neither, a scanner.uri naming the other
 * scanner, or a report the parser refuses: an error with the reason, never a
 * report with zero findings.
 */
export interface VulnPredicateReport {
  format: 'trivy' | 'grype';
  /** scanner.uri ('' when absent). */
  scanner: string;
  /** metadata.scanFinishedOn as written (a claim of the signer, not a verified time). */
  finishedOn?: string;
  /** Vulnerability findings per severity. */
  counts: Record<Severity, number>;
}

export class VulnPredicateError extends Error {
  override name = 'VulnPredicateError';
}

export function readVulnPredicate(predicate: unknown): VulnPredicateReport {
  if (!isObject(predicate)) throw new VulnPredicateError('the vuln predicate is not an object');
  const problems = cosignVulnProblems(predicate);
  if (problems.length > 0)
    throw new VulnPredicateError(`the vuln predicate is not in cosign's shape: ${problems.join('; ')}`);
  const scanner = predicate.scanner as Record<string, unknown>;
  const result = scanner.result;
  if (!isObject(result)) throw new VulnPredicateError('the vuln predicate has no scanner.result report (an object)');
  const detected = scanReportFormat(result);
  if ('problem' in detected)
    throw new VulnPredicateError(`scanner.result is not one Trivy or Grype JSON report: ${detected.detail}`);
  const uri = typeof scanner.uri === 'string' ? scanner.uri : '';
  const other = detected.format === 'trivy' ? 'grype' : 'trivy';
  if (new RegExp(`\\b${other}\\b`, 'i').test(uri) && !new RegExp(`\\b${detected.format}\\b`, 'i').test(uri)) {
    throw new VulnPredicateError(
      `scanner.uri names ${other} but scanner.result is a ${detected.format} report; refused as inconsistent`,
    );
  }
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
  let findings;
  try {
    findings = (detected.format === 'trivy' ? trivyReportFromJson(result) : grypeReportFromJson(result)).findings;
  } catch (error) {
    throw new VulnPredicateError(
      `scanner.result cannot be read as a ${detected.format === 'trivy' ? 'Trivy' : 'Grype'} report: ${errorMessage(error)}`,
    );
  }
  for (const finding of findings) {
    if (finding.kind !== 'vulnerability') continue;
    // A severity the model does not know still counts, as unknown (never as nothing).
    if (finding.severity in counts) counts[finding.severity] += 1;
    else counts.unknown += 1;
  }
  const report: VulnPredicateReport = { format: detected.format, scanner: uri, counts };
  const metadata = predicate.metadata as Record<string, unknown>;
  if (typeof metadata.scanFinishedOn === 'string') report.finishedOn = metadata.scanFinishedOn;
  return report;
}
