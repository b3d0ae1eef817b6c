import type { RunContext } from '@scs/action-kit';
import { COSIGN_VULN_V1, IN_TOTO_STATEMENT_V1 } from '@scs/vocabulary';
import type { ScanReport } from './model.js';

/**
 * The predicate of cosign's vulnerability attestation type
 * (`cosign attest --type vuln`, predicate type
 * https://cosign.sigstore.dev/attestation/vuln/v1), which the provenance
 * action signs. Field names and shapes are cosign's (`CosignVulnPredicate` in
 * pkg/cosign/attestation): `invocation` {parameters, uri, event_id,
 * builder.id}, `scanner` {uri, version, db {uri, version}, result} and
 * `metadata` {scanStartedOn, scanFinishedOn} (RFC 3339). cosign's own Go
 * types decode it, so every string field is present (empty when unknown),
 * as in Trivy's `--format cosign-vuln`.
 *
 * - `scanner.result` is the scanner's raw JSON report, unchanged: the
 *   attestation vouches for what the tool said, not for our reading of it.
 * - `scanner.uri` is a package URL of the scanner's source repository
 *   (`pkg:github/aquasecurity/trivy@v0.50.0`), derived from the report's
 *   tool information URI.
 * - `invocation` describes the GitHub Actions run: `uri` the run attempt's
 *   page, `event_id` the run id, `builder.id` the workflow file at its ref
 *   (GITHUB_WORKFLOW_REF) when given.
 */

export {
  COSIGN_VULN_V1 as COSIGN_VULN_PREDICATE_TYPE,
  IN_TOTO_STATEMENT_V1 as IN_TOTO_STATEMENT_TYPE,
} from '@scs/vocabulary';

export interface CosignVulnPredicate {
  invocation: {
    parameters: unknown;
    uri: string;
    event_id: string;
    'builder.id': string;
  };
  scanner: {
    uri: string;
    version: string;
    db: { uri: string; version: string };
    result: unknown;
  };
  metadata: {
    scanStartedOn: string;
    scanFinishedOn: string;
  };
}

export interface CosignVulnOptions {
  /** The scanner's JSON report: text (parsed here) or already parsed. */
  rawReport: unknown;
  scanStartedOn: Date;
  scanFinishedOn: Date;
  /** The GitHub run (omit outside Actions: the invocation fields stay empty). */
  context?: Pick<RunContext, 'serverUrl' | 'repository' | 'runId' | 'runAttempt'>;
  /** GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@refs/heads/main) → builder.id. */
  workflowRef?: string;
  /** What the scanner was asked to do (inputs, argv): invocation.parameters (default null). */
  parameters?: unknown;
  /** The vulnerability database: where it came from and which build (e.g. its digest or UpdatedAt). */
  db?: { uri?: string; version?: string };
  /** Overrides the derived scanner.uri. */
  scannerUri?: string;
}

export interface CosignVulnResult {
  predicate: CosignVulnPredicate;
  json: string;
}

/** RFC 3339 in UTC, whole seconds. */
function rfc3339(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('scan times must be valid dates');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** pkg:github/<owner>/<repo>@v<version> from a https://github.com/<owner>/<repo> URI. */
export function scannerPurl(informationUri: string, version: string | undefined): string {
  const match = /^https:\/\/github\.com\/([^/]+)\/([^/#?]+)/i.exec(informationUri);
  if (!match?.[1] || !match[2]) return informationUri;
  const tag = version ? (/^\d/.test(version) ? `v${version}` : version) : undefined;
  return `pkg:github/${match[1].toLowerCase()}/${match[2].toLowerCase()}${tag ? `@${encodeURIComponent(tag)}` : ''}`;
}

function parsedReport(raw: unknown): unknown {
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array)) return raw;
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError(
      `The scanner report for the cosign vuln predicate is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function renderCosignVulnPredicate(report: ScanReport, options: CosignVulnOptions): CosignVulnResult {
  const context = options.context;
  const runUri =
    context && context.repository && context.runId
      ? `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt || '1'}`
      : '';
  const builderId =
    options.workflowRef && context
      ? `${context.serverUrl.replace(/\/+$/, '')}/${options.workflowRef}`
      : (options.workflowRef ?? '');
  const predicate: CosignVulnPredicate = {
    invocation: {
      parameters: options.parameters ?? null,
      uri: runUri,
      event_id: context?.runId ?? '',
      'builder.id': builderId,
    },
    scanner: {
      uri: options.scannerUri ?? scannerPurl(report.tool.informationUri, report.tool.version),
      version: report.tool.version ?? '',
      db: { uri: options.db?.uri ?? '', version: options.db?.version ?? '' },
      result: parsedReport(options.rawReport),
    },
    metadata: {
      scanStartedOn: rfc3339(options.scanStartedOn),
      scanFinishedOn: rfc3339(options.scanFinishedOn),
    },
  };
  return { predicate, json: `${JSON.stringify(predicate, null, 2)}\n` };
}

export interface InTotoSubject {
  name: string;
  digest: Record<string, string>;
}

/** The predicate wrapped in an in-toto v1 Statement about `subjects` (what `cosign attest --type vuln` signs). */
export function cosignVulnStatement(
  predicate: CosignVulnPredicate,
  subjects: readonly InTotoSubject[],
): Record<string, unknown> {
  if (subjects.length === 0) throw new RangeError('an in-toto statement needs at least one subject');
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
    predicateType: COSIGN_VULN_V1,
    predicate,
  };
}
