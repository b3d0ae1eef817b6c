import { GitHubApiError, parseLinkHeader, type GitHubClient } from '@scs/github-api';
import type { EvidenceBudget } from '../candidates.js';
import { MAX_BUNDLE_BYTES } from './bundle-files.js';

/**
 * Evidence from GitHub's artifact attestation API:
 * `GET /repos/{owner}/{repo}/attestations/{digest}` or
 * `GET /orgs/{org}/attestations/{digest}`, following `Link: rel="next"`.
 * 404 means no attestation for the digest (not an error); 403 means the token
 * lacks `attestations: read` (said so, naming the permission).
 */
export type AttestationsOwner = { kind: 'repository'; repository: string } | { kind: 'organization'; organization: string };

export interface FetchedBundle {
  /** Where the bundle came from (API path, with the page). */
  location: string;
  bundle: unknown;
  repositoryId?: number;
}

export interface SourceResult {
  bundles: FetchedBundle[];
  /** Problems reading this source (the step reports them; the policy decides). */
  problems: string[];
  /** Informational notes (e.g. how many pages). */
  notes: string[];
  /** Evidence that exists and was not read (a bound was reached): the subject cannot pass on the rest. */
  incomplete?: string[];
}

export const ATTESTATIONS_PERMISSION = 'attestations: read';

export function attestationsPath(owner: AttestationsOwner, digest: string): string {
  const base =
    owner.kind === 'repository'
      ? `/repos/${owner.repository.split('/').map(encodeURIComponent).join('/')}`
      : `/orgs/${encodeURIComponent(owner.organization)}`;
  // GitHub's documented form is the digest as is (sha256:<hex>): only that shape goes into the path.
  const safe = /^sha(256|512):[a-f0-9]{64,128}$/.test(digest) ? digest : encodeURIComponent(digest);
  return `${base}/attestations/${safe}`;
}

interface AttestationsPage {
  attestations?: { bundle?: unknown; repository_id?: number; bundle_url?: string }[];
}

export async function fetchGitHubAttestations(
  client: GitHubClient,
  owner: AttestationsOwner,
  digest: string,
  options: { maxPages?: number; budget?: EvidenceBudget } = {},
): Promise<SourceResult> {
  const result: SourceResult = { bundles: [], problems: [], notes: [] };
  const budget = options.budget;
  const maxPages = options.maxPages ?? 10;
  const apiOrigin = new URL(client.apiUrl);
  const apiPrefix = apiOrigin.pathname.replace(/\/+$/, '');
  let path: string | undefined = `${attestationsPath(owner, digest)}?per_page=100`;
  let withoutBundle = 0;
  for (let page = 1; path; page += 1) {
    let response: Awaited<ReturnType<typeof client.request<AttestationsPage>>>;
    try {
      response = await client.request<AttestationsPage>('GET', path, undefined, { permission: ATTESTATIONS_PERMISSION });
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404 && !error.rateLimited) {
        if (page === 1) result.notes.push(`GitHub has no attestation for ${digest} in ${describeOwner(owner)}`);
        return result;
      }
      if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) {
        result.problems.push(
          `GitHub's attestation API refused ${describeOwner(owner)} (HTTP 403): the token needs \`${ATTESTATIONS_PERMISSION}\` ` +
            "(add it to the job's `permissions:`; private repositories also need `contents: read`)",
        );
        return result;
      }
      result.problems.push(`GitHub's attestation API failed for ${describeOwner(owner)}: ${error instanceof Error ? error.message : String(error)}`);
      return result;
    }
    const items = Array.isArray(response.data?.attestations) ? response.data.attestations : [];
    for (const [index, item] of items.entries()) {
      if (item && typeof item === 'object' && item.bundle && typeof item.bundle === 'object') {
        const location = `${attestationsPath(owner, digest)} page ${page} #${index + 1}`;
        // Kept as text (compact), parsed when verified; counted against the step's evidence budget.
        const text = JSON.stringify(item.bundle);
        if (text.length > MAX_BUNDLE_BYTES) {
          result.problems.push(`${location}: the bundle is ${text.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit; not verified`);
          continue;
        }
        if (budget && !budget.take(text.length)) {
          (result.incomplete ??= []).push(`GitHub's attestation API: ${budget.describe()}`);
          return result;
        }
        const fetched: FetchedBundle = { location, bundle: text };
        if (typeof item.repository_id === 'number') fetched.repositoryId = item.repository_id;
        result.bundles.push(fetched);
      } else {
        withoutBundle += 1;
      }
    }
    if (response.data) response.data.attestations = [];
    const next: string | undefined = parseLinkHeader(response.headers.link).next;
    path = undefined;
    if (next) {
      const url: URL = new URL(next, client.apiUrl);
      if (url.origin !== apiOrigin.origin || !url.pathname.startsWith(apiPrefix)) {
        result.problems.push(`GitHub's attestation API pointed the next page to another origin (${url.origin}); not followed`);
      } else if (page >= maxPages) {
        (result.incomplete ??= []).push(`GitHub's attestation API has more than ${maxPages} pages for ${digest}; only the first ${maxPages} were read`);
      } else {
        path = `${url.pathname.slice(apiPrefix.length)}${url.search}`;
      }
    }
  }
  if (withoutBundle > 0) {
    result.problems.push(`${withoutBundle} attestation(s) from GitHub came without an inline bundle (only a bundle_url); they were not verified`);
  }
  return result;
}

function describeOwner(owner: AttestationsOwner): string {
  return owner.kind === 'repository' ? `repository ${owner.repository}` : `organization ${owner.organization}`;
}
