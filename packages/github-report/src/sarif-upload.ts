import { gzipSync } from 'node:zlib';
import type { GitHubClient } from '@scs/github-api';

/**
 * SARIF → code scanning (POST /repos/{owner}/{repo}/code-scanning/sarifs):
 * the document gzip-compressed and base64-encoded, with the commit and ref
 * it belongs to.
 *
 * The REST endpoint has no `category` field: the category is the SARIF run's
 * `automationDetails.id` ("<category>/"), which `renderSarif` writes from its
 * `category` option. GitHub refuses uploads whose gzip is over 10 MB; the
 * renderer already drops the least severe results to stay under 9.5 MB and
 * says so, so an oversized document here means it did not come from it, and
 * the upload stops with an error instead of sending megabytes to a 413.
 *
 * The answer (202) carries the upload's id and a URL to poll for processing
 * status; this module does not wait for processing.
 */

/** GitHub's limit on the gzip-compressed SARIF (10 MB; the smaller reading, 10,000,000 bytes). */
export const SARIF_UPLOAD_MAX_GZIP_BYTES = 10_000_000;

export interface UploadSarifOptions {
  owner: string;
  repo: string;
  /** 40 (or 64) hex digits: GITHUB_SHA (for pull_request events, the merge commit that GITHUB_REF names). */
  commitSha: string;
  /** refs/heads/<branch>, refs/tags/<tag>, refs/pull/<n>/merge or refs/pull/<n>/head. */
  ref: string;
  /** The SARIF document as serialized JSON. */
  sarif: string;
  /** Shown in code scanning when the SARIF has no tool name of its own (default "API"). */
  toolName?: string;
  /** The checkout's base directory as it appears in the SARIF (file:// URI), to relativize absolute paths. */
  checkoutUri?: string;
  /** When the analysis started (ISO 8601). */
  startedAt?: string;
  /** Only validate the SARIF, do not store it. */
  validate?: boolean;
}

export interface UploadSarifResult {
  /** The SARIF upload id. */
  id: string;
  /** Where to poll its processing status. */
  url: string;
  gzipBytes: number;
}

export interface EncodedSarif {
  base64: string;
  gzipBytes: number;
}

export function encodeSarif(sarif: string): EncodedSarif {
  const gzip = gzipSync(Buffer.from(sarif, 'utf8'));
  return { base64: gzip.toString('base64'), gzipBytes: gzip.length };
}

function checkSarif(sarif: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(sarif);
  } catch (error) {
    throw new TypeError(`The SARIF to upload is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const runs = (doc as { runs?: unknown } | null)?.runs;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(runs)) {
    throw new TypeError('The SARIF to upload has no `runs` array');
  }
}

export async function uploadSarif(client: GitHubClient, options: UploadSarifOptions): Promise<UploadSarifResult> {
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(options.commitSha)) {
    throw new TypeError(`A SARIF upload needs the full commit SHA, got '${options.commitSha}'`);
  }
  if (!/^refs\/(heads|tags|pull)\/.+/.test(options.ref)) {
    throw new TypeError(
      `A SARIF upload needs a full Git ref (refs/heads/…, refs/tags/…, refs/pull/…), got '${options.ref}'`,
    );
  }
  checkSarif(options.sarif);
  const { base64, gzipBytes } = encodeSarif(options.sarif);
  if (gzipBytes > SARIF_UPLOAD_MAX_GZIP_BYTES) {
    throw new RangeError(
      `The SARIF is ${(gzipBytes / 1e6).toFixed(1)} MB gzip-compressed; code scanning accepts at most 10 MB. ` +
        "Render it with renderSarif, which leaves out the least severe results to fit, or narrow the scan's severities.",
    );
  }
  const body: Record<string, unknown> = { commit_sha: options.commitSha, ref: options.ref, sarif: base64 };
  if (options.toolName) body.tool_name = options.toolName;
  if (options.checkoutUri) body.checkout_uri = options.checkoutUri;
  if (options.startedAt) body.started_at = options.startedAt;
  if (options.validate !== undefined) body.validate = options.validate;
  const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/code-scanning/sarifs`;
  const response = await client.request<{ id?: string; url?: string }>('POST', path, body);
  return { id: response.data?.id ?? '', url: response.data?.url ?? '', gzipBytes };
}
