import { errorMessage, fetchWithPolicy, isLoopbackHostname, readCapped, type FetchLike } from '@scs/action-kit';
import { GitHubApiError, parseLinkHeader, type GitHubClient, type GitHubResponse } from '@scs/github-api';
import type { EvidenceBudget } from '../candidates.js';
import { MAX_BUNDLE_BYTES } from './bundle-files.js';
import { snappyDecode } from './snappy.js';

/**
 * Evidence from GitHub's artifact attestation API:
 * `GET /repos/{owner}/{repo}/attestations/{digest}` or
 * `GET /orgs/{org}/attestations/{digest}`, following `Link: rel="next"`.
 * 404 means no attestation for the digest (not an error); 403 means the token
 * lacks `attestations: read` (said so, naming the permission).
 */
export type AttestationsOwner =
  { kind: 'repository'; repository: string } | { kind: 'organization'; organization: string };

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
  attestations?: { bundle?: unknown; repository_id?: number; bundle_url?: unknown }[];
}

/** Bundles fetched from `bundle_url`s per subject, at most. */
export const MAX_BUNDLE_URLS = 64;
/** One `bundle_url` fetch, body included, at most (ms). */
export const BUNDLE_URL_TIMEOUT_MS = 30_000;
/** All `bundle_url` fetches of one subject together, at most (ms). */
export const BUNDLE_URLS_DEADLINE_MS = 120_000;

export interface FetchGitHubAttestationsOptions {
  maxPages?: number;
  budget?: EvidenceBudget;
  /** The fetch used for `bundle_url`s (default: the global fetch). Never given the token. */
  fetch?: FetchLike;
  maxBundleUrls?: number;
  bundleUrlTimeoutMs?: number;
  bundleUrlsDeadlineMs?: number;
}

/** A `bundle_url` shown in messages: origin and path only (the query carries the storage signature). */
function shownUrl(url: URL): string {
  return `${url.origin}${url.pathname.length > 120 ? `${url.pathname.slice(0, 117)}...` : url.pathname}`;
}

/**
 * Reads one bundle behind a `bundle_url` (GitHub's newer list shape: a signed
 * blob-storage URL instead of the inline bundle). The URL must be https (plain
 * http only to a loopback host, as everywhere else); the request carries no
 * Authorization (the blob host is not GitHub's API and the URL is signed);
 * redirects follow the shared policy (no downgrade; credentials never
 * forwarded); the body is capped while read at what the bundle limit and the
 * step's evidence budget still allow; the time is bounded per fetch. The
 * body is Snappy-compressed JSON (what GitHub serves and gh decodes) or plain
 * JSON; anything else is refused. Returns the bundle's JSON text or a problem.
 */
async function readBundleUrl(
  raw: unknown,
  options: { fetch: FetchLike; timeoutMs: number; budget?: EvidenceBudget },
): Promise<{ text: string } | { problem: string } | { budget: true }> {
  if (typeof raw !== 'string' || raw.length > 8192)
    return { problem: 'its bundle_url is not a URL string; not fetched' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'its bundle_url is not a URL; not fetched' };
  }
  if (url.username || url.password)
    return { problem: `its bundle_url (${shownUrl(url)}) carries credentials; not fetched` };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHostname(url.hostname))) {
    return { problem: `its bundle_url (${shownUrl(url)}) is not https; refused (a bundle is fetched over TLS only)` };
  }
  const cap = Math.min(MAX_BUNDLE_BYTES, options.budget ? options.budget.remaining() : MAX_BUNDLE_BYTES);
  if (cap <= 0) return { budget: true };
  const what = `bundle_url ${shownUrl(url)}`;
  let body: Buffer;
  try {
    const response = await fetchWithPolicy(
      options.fetch,
      url,
      // No Authorization, no cookies: only what the signed URL grants.
      {
        method: 'GET',
        headers: { accept: 'application/octet-stream, application/json' },
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      what,
    );
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => undefined);
      return {
        problem: `${what} answered HTTP ${response.status}; not verified (GitHub's blob storage or the network failed, not the workflow)`,
      };
    }
    body = await readCapped(response, cap, what);
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    const reason =
      name === 'TimeoutError' || name === 'AbortError'
        ? `no complete answer within ${options.timeoutMs} ms`
        : errorMessage(error);
    if (cap < MAX_BUNDLE_BYTES && name === 'SizeCapError') return { budget: true };
    return { problem: `${what}: ${reason}; not verified` };
  }
  let text: string;
  const first = body.subarray(0, 64).toString('utf8').trimStart();
  if (first.startsWith('{')) {
    text = body.toString('utf8');
  } else {
    try {
      text = snappyDecode(body, cap).toString('utf8');
    } catch (error) {
      if (cap < MAX_BUNDLE_BYTES && /over the \d+-byte limit/.test(errorMessage(error))) return { budget: true };
      return {
        problem: `${what}: the answer is neither JSON nor a Snappy-compressed bundle (${errorMessage(error)}); not verified`,
      };
    }
  }
  if (options.budget && !options.budget.take(text.length)) return { budget: true };
  return { text };
}

/** What one call collects while it walks the pages (bounds included). */
interface AttestationsWalk {
  client: GitHubClient;
  owner: AttestationsOwner;
  digest: string;
  options: FetchGitHubAttestationsOptions;
  result: SourceResult;
  fetchFn: FetchLike;
  maxBundleUrls: number;
  bundleUrlsDeadline: number;
  bundleUrls: number;
  withoutBundle: number;
}

type AttestationItem = NonNullable<AttestationsPage['attestations']>[number];

function incomplete(walk: AttestationsWalk, message: string): 'stop' {
  (walk.result.incomplete ??= []).push(message);
  return 'stop';
}

/** One page through the GitHub client; a 404 (no attestation) or a refusal ends the walk with a note or a problem. */
async function requestPage(
  walk: AttestationsWalk,
  path: string,
  page: number,
): Promise<GitHubResponse<AttestationsPage> | undefined> {
  const { owner, digest, result } = walk;
  try {
    return await walk.client.request<AttestationsPage>('GET', path, undefined, { permission: ATTESTATIONS_PERMISSION });
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404 && !error.rateLimited) {
      if (page === 1) result.notes.push(`GitHub has no attestation for ${digest} in ${describeOwner(owner)}`);
    } else if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) {
      result.problems.push(
        `GitHub's attestation API refused ${describeOwner(owner)} (HTTP 403): the token needs \`${ATTESTATIONS_PERMISSION}\` ` +
          "(add it to the job's `permissions:`; private repositories also need `contents: read`)",
      );
    } else {
      result.problems.push(
        `GitHub's attestation API failed for ${describeOwner(owner)}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return undefined;
  }
}

function pushBundle(walk: AttestationsWalk, item: AttestationItem, location: string, text: string): void {
  const fetched: FetchedBundle = { location, bundle: text };
  if (typeof item.repository_id === 'number') fetched.repositoryId = item.repository_id;
  walk.result.bundles.push(fetched);
}

/** An inline bundle: kept as text (compact), parsed when verified; counted against the step's evidence budget. */
function takeInlineBundle(walk: AttestationsWalk, item: AttestationItem, location: string): 'stop' | undefined {
  const text = JSON.stringify(item.bundle);
  if (text.length > MAX_BUNDLE_BYTES) {
    walk.result.problems.push(
      `${location}: the bundle is ${text.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit; not verified`,
    );
    return undefined;
  }
  const budget = walk.options.budget;
  if (budget && !budget.take(text.length)) return incomplete(walk, `GitHub's attestation API: ${budget.describe()}`);
  pushBundle(walk, item, location, text);
  return undefined;
}

/** The newer shape: only a signed URL to the bundle in GitHub's blob storage, fetched within the walk's bounds. */
async function takeBundleUrl(
  walk: AttestationsWalk,
  item: AttestationItem,
  location: string,
): Promise<'stop' | undefined> {
  const { digest, options } = walk;
  if (walk.bundleUrls >= walk.maxBundleUrls) {
    return incomplete(
      walk,
      `GitHub's attestation API lists more than ${walk.maxBundleUrls} attestations behind a bundle_url for ${digest}; only ${walk.maxBundleUrls} were fetched`,
    );
  }
  const remaining = walk.bundleUrlsDeadline - Date.now();
  if (remaining <= 0) {
    return incomplete(
      walk,
      `fetching GitHub's attestation bundles for ${digest} took longer than the bound; the rest were not fetched`,
    );
  }
  walk.bundleUrls += 1;
  const budget = options.budget;
  const read = await readBundleUrl(item.bundle_url, {
    fetch: walk.fetchFn,
    timeoutMs: Math.min(options.bundleUrlTimeoutMs ?? BUNDLE_URL_TIMEOUT_MS, remaining),
    ...(budget ? { budget } : {}),
  });
  if ('budget' in read) {
    if (budget) budget.exhausted = true;
    return incomplete(
      walk,
      `GitHub's attestation API: ${budget ? budget.describe() : 'the evidence budget was reached'}`,
    );
  }
  if ('problem' in read) walk.result.problems.push(`${location}: ${read.problem}`);
  else pushBundle(walk, item, location, read.text);
  return undefined;
}

async function takeItems(walk: AttestationsWalk, items: AttestationItem[], page: number): Promise<'stop' | undefined> {
  const base = `${attestationsPath(walk.owner, walk.digest)} page ${page}`;
  for (const [index, item] of items.entries()) {
    let stop: 'stop' | undefined;
    if (item && typeof item === 'object' && item.bundle && typeof item.bundle === 'object') {
      stop = takeInlineBundle(walk, item, `${base} #${index + 1}`);
    } else if (
      item &&
      typeof item === 'object' &&
      item.bundle_url !== undefined &&
      item.bundle_url !== null &&
      item.bundle_url !== ''
    ) {
      stop = await takeBundleUrl(walk, item, `${base} #${index + 1} (bundle_url)`);
    } else {
      walk.withoutBundle += 1;
    }
    if (stop) return stop;
  }
  return undefined;
}

/** The next page's path from `Link: rel="next"`: only on the API's own origin and prefix, and within maxPages. */
function nextPath(walk: AttestationsWalk, link: string | undefined, page: number): string | undefined {
  const next = parseLinkHeader(link).next;
  if (!next) return undefined;
  const api = new URL(walk.client.apiUrl);
  const apiPrefix = api.pathname.replace(/\/+$/, '');
  const url = new URL(next, walk.client.apiUrl);
  if (url.origin !== api.origin || !url.pathname.startsWith(apiPrefix)) {
    walk.result.problems.push(
      `GitHub's attestation API pointed the next page to another origin (${url.origin}); not followed`,
    );
    return undefined;
  }
  const maxPages = walk.options.maxPages ?? 10;
  if (page >= maxPages) {
    incomplete(
      walk,
      `GitHub's attestation API has more than ${maxPages} pages for ${walk.digest}; only the first ${maxPages} were read`,
    );
    return undefined;
  }
  return `${url.pathname.slice(apiPrefix.length)}${url.search}`;
}

export async function fetchGitHubAttestations(
  client: GitHubClient,
  owner: AttestationsOwner,
  digest: string,
  options: FetchGitHubAttestationsOptions = {},
): Promise<SourceResult> {
  const walk: AttestationsWalk = {
    client,
    owner,
    digest,
    options,
    result: { bundles: [], problems: [], notes: [] },
    fetchFn: options.fetch ?? ((input, init) => fetch(input, init)),
    maxBundleUrls: options.maxBundleUrls ?? MAX_BUNDLE_URLS,
    bundleUrlsDeadline: Date.now() + (options.bundleUrlsDeadlineMs ?? BUNDLE_URLS_DEADLINE_MS),
    bundleUrls: 0,
    withoutBundle: 0,
  };
  let path: string | undefined = `${attestationsPath(owner, digest)}?per_page=100`;
  for (let page = 1; path; page += 1) {
    const response = await requestPage(walk, path, page);
    if (!response) return walk.result;
    const items = Array.isArray(response.data?.attestations) ? response.data.attestations : [];
    if ((await takeItems(walk, items, page)) === 'stop') return walk.result;
    if (response.data) response.data.attestations = [];
    path = nextPath(walk, response.headers.link, page);
  }
  if (walk.withoutBundle > 0) {
    walk.result.problems.push(
      `${walk.withoutBundle} attestation(s) from GitHub came with neither a bundle nor a bundle_url; they were not verified`,
    );
  }
  return walk.result;
}

function describeOwner(owner: AttestationsOwner): string {
  return owner.kind === 'repository' ? `repository ${owner.repository}` : `organization ${owner.organization}`;
}
