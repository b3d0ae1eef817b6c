import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { GitHubApiError, type GitHubClient } from '@scs/github-api';
import { isObject } from '@scs/vocabulary';

/**
 * Stores a Sigstore bundle with GitHub's attestation API
 * (`POST /repos/{owner}/{repo}/attestations` with `{bundle}`, as
 * @actions/attest does), so that `gh attestation verify` and the repository's
 * Attestations page find it. The token needs `attestations: write`.
 */

export const ATTESTATIONS_PERMISSION = 'attestations: write';
export const STORAGE_RECORD_PERMISSION = 'artifact-metadata: write';

/** The token may not store attestations (HTTP 403/404): `github-attestation: auto` turns it into a notice. */
export class AttestationPermissionError extends ConfigurationError {
  override name = 'AttestationPermissionError';
}

/** GitHub refused the bundle itself (HTTP 422). */
export class AttestationRejectedError extends ConfigurationError {
  override name = 'AttestationRejectedError';
}

export interface StoredAttestation {
  id: string;
  /** <server>/<owner>/<repo>/attestations/<id>, the page actions/attest links to. */
  url: string;
}

export async function storeGitHubAttestation(
  client: GitHubClient,
  repository: string,
  serverUrl: string,
  bundle: object,
): Promise<StoredAttestation> {
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    throw new InfrastructureError(
      `GITHUB_REPOSITORY is not owner/name ('${repository.slice(0, 200)}'); cannot store the attestation with GitHub.`,
    );
  }
  const apiPath = `/repos/${repository}/attestations`;
  let data: unknown;
  try {
    ({ data } = await client.request('POST', apiPath, { bundle }, { permission: ATTESTATIONS_PERMISSION }));
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404) && !error.rateLimited) {
      throw new AttestationPermissionError(
        `GitHub's attestation API refused to store the attestation (HTTP ${error.status}: ${error.apiMessage}). ` +
          'The job needs `permissions: attestations: write` (and `id-token: write`); add both to the job or workflow. ' +
          'Artifact attestations are available for public repositories, and for private and internal repositories on GitHub Enterprise Cloud. ' +
          'The bundle file and the registry copy were written all the same.',
        { cause: error },
      );
    }
    if (error instanceof GitHubApiError && error.status === 422) {
      throw new AttestationRejectedError(
        `GitHub's attestation API rejected the bundle (HTTP 422: ${error.apiMessage}). GitHub accepts bundles signed by Sigstore's public-good instance or GitHub's own (sigstore-instance: public-good or github).`,
        { cause: error },
      );
    }
    throw new InfrastructureError(
      `Storing the attestation with GitHub's attestation API failed: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const body = typeof data === 'string' ? safeParse(data) : data;
  const id = isObject(body) ? body.id : undefined;
  if (
    (typeof id !== 'number' && typeof id !== 'string') ||
    String(id) === '' ||
    !/^[0-9A-Za-z_-]{1,64}$/.test(String(id))
  ) {
    throw new InfrastructureError(`GitHub's attestation API answered without an attestation id (${apiPath}).`);
  }
  return { id: String(id), url: `${serverUrl.replace(/\/+$/, '')}/${repository}/attestations/${String(id)}` };
}

export interface StorageRecordRequest {
  /** The artifact's name: the image repository (host/path), as actions/attest sends it. */
  name: string;
  /** sha256:<hex> */
  digest: string;
  /** https://<registry host> */
  registryUrl: string;
}

export type StorageRecordOutcome =
  { created: true; ids: number[] } | { created: false; reason: string; notApplicable?: boolean };

/**
 * An artifact metadata storage record (`POST /orgs/{org}/artifacts/metadata/storage-record`
 * with `{name, digest, registry_url}`, as actions/attest's `create-storage-record`
 * sends it for a pushed image): it links the image to the organization's
 * linked-artifacts page. Organizations only (a user-owned repository is
 * skipped); the token needs `artifact-metadata: write`. Never fails the step:
 * the attestation is made and stored already, so every problem is a reason.
 */
export async function createStorageRecord(
  client: GitHubClient,
  repository: string,
  ownerType: string | undefined,
  request: StorageRecordRequest,
): Promise<StorageRecordOutcome> {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo || !/^[A-Za-z0-9_.-]+$/.test(owner) || !/^[A-Za-z0-9_.-]+$/.test(repo)) {
    return { created: false, reason: `GITHUB_REPOSITORY is not owner/name ('${repository.slice(0, 200)}')` };
  }
  try {
    let type = ownerType;
    if (type === undefined) {
      const { data } = await client.request<{ owner?: { type?: unknown } }>(
        'GET',
        `/repos/${owner}/${repo}`,
        undefined,
        { permission: 'contents: read' },
      );
      type = typeof data?.owner?.type === 'string' ? data.owner.type : undefined;
    }
    if (type !== 'Organization') {
      return {
        created: false,
        notApplicable: true,
        reason: `storage records exist for organizations only; ${owner} is ${type === undefined ? 'of an unknown type' : `a ${type}`}`,
      };
    }
    const { data } = await client.request<{ storage_records?: { id?: unknown }[] }>(
      'POST',
      `/orgs/${owner}/artifacts/metadata/storage-record`,
      { name: request.name, digest: request.digest, registry_url: request.registryUrl },
      { permission: STORAGE_RECORD_PERMISSION },
    );
    const records = Array.isArray(data?.storage_records) ? data.storage_records : [];
    const ids = records
      .map((record) => record?.id)
      .filter((id): id is number => typeof id === 'number' && Number.isSafeInteger(id) && id > 0);
    if (ids.length === 0) return { created: false, reason: 'GitHub answered without a storage record id' };
    return { created: true, ids: ids.slice(0, 100) };
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404) && !error.rateLimited) {
      return {
        created: false,
        reason: `GitHub refused it (HTTP ${error.status}: ${error.apiMessage}); the job needs \`permissions: ${STORAGE_RECORD_PERMISSION}\``,
      };
    }
    return { created: false, reason: (error as Error).message };
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
