import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { GitHubApiError, type GitHubClient } from '@scs/github-api';

/**
 * Stores a Sigstore bundle with GitHub's attestation API
 * (`POST /repos/{owner}/{repo}/attestations` with `{bundle}`, as
 * @actions/attest does), so that `gh attestation verify` and the repository's
 * Attestations page find it. The token needs `attestations: write`.
 */

export const ATTESTATIONS_PERMISSION = 'attestations: write';

export interface StoredAttestation {
  id: string;
  /** <server>/<owner>/<repo>/attestations/<id>, the page actions/attest links to. */
  url: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function storeGitHubAttestation(
  client: GitHubClient,
  repository: string,
  serverUrl: string,
  bundle: object,
): Promise<StoredAttestation> {
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    throw new InfrastructureError(`GITHUB_REPOSITORY is not owner/name ('${repository.slice(0, 200)}'); cannot store the attestation with GitHub.`);
  }
  const apiPath = `/repos/${repository}/attestations`;
  let data: unknown;
  try {
    ({ data } = await client.request('POST', apiPath, { bundle }, { permission: ATTESTATIONS_PERMISSION }));
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404) && !error.rateLimited) {
      throw new ConfigurationError(
        `GitHub's attestation API refused to store the attestation (HTTP ${error.status}: ${error.apiMessage}). ` +
          'The job needs `permissions: attestations: write` (and `id-token: write`); add both to the job or workflow. ' +
          'Artifact attestations are available for public repositories, and for private and internal repositories on GitHub Enterprise Cloud. ' +
          'The bundle file and the registry copy were written all the same.',
        { cause: error },
      );
    }
    if (error instanceof GitHubApiError && error.status === 422) {
      throw new ConfigurationError(
        `GitHub's attestation API rejected the bundle (HTTP 422: ${error.apiMessage}). GitHub accepts bundles signed by Sigstore's public-good instance or GitHub's own (sigstore-instance: public-good or github).`,
        { cause: error },
      );
    }
    throw new InfrastructureError(`Storing the attestation with GitHub's attestation API failed: ${(error as Error).message}`, { cause: error });
  }
  const body = typeof data === 'string' ? safeParse(data) : data;
  const id = isObject(body) ? body.id : undefined;
  if ((typeof id !== 'number' && typeof id !== 'string') || String(id) === '' || !/^[0-9A-Za-z_-]{1,64}$/.test(String(id))) {
    throw new InfrastructureError(`GitHub's attestation API answered without an attestation id (${apiPath}).`);
  }
  return { id: String(id), url: `${serverUrl.replace(/\/+$/, '')}/${repository}/attestations/${String(id)}` };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
