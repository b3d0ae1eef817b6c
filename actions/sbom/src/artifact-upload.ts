import { ConfigurationError, InfrastructureError, errorMessage } from '@scs/action-kit';

/**
 * Uploading the SBOM files as one workflow artifact. The real client is
 * @actions/artifact, loaded with `import()` only when an upload happens: ncc
 * puts it (and the Azure Blob SDK it brings) into a separate chunk, so runs
 * that do not upload never load it and dist/sbom/index.js stays small.
 */

export interface UploadedArtifact {
  id: number;
  size: number;
}

export interface ArtifactUploader {
  upload(name: string, files: readonly string[], rootDirectory: string): Promise<UploadedArtifact>;
}

export const actionsArtifactUploader: ArtifactUploader = {
  async upload(name, files, rootDirectory) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const result = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory);
    if (result.id === undefined)
      throw new InfrastructureError(`The artifact service did not return an ID for artifact '${name}'.`);
    return { id: result.id, size: result.size ?? 0 };
  },
};

/**
 * Why an upload cannot happen here (undefined when it can): outside a runner
 * there is no results service, and GHES does not run the artifact service
 * that @actions/artifact v2+ talks to.
 */
export function artifactUnavailableReason(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return 'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set (not running as a step on a GitHub Actions runner)';
  }
  let host = 'github.com';
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  } catch {
    // a garbled GITHUB_SERVER_URL is treated as github.com
  }
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
    return `artifact uploads with this action need github.com or GHE.com; ${host} looks like GitHub Enterprise Server`;
  }
  return undefined;
}

/** A 409 (name taken in this run) is the user's to fix; anything else is infrastructure. */
export function describeUploadFailure(error: unknown, name: string): Error {
  const message = errorMessage(error);
  if (/\(409\)|already exists/i.test(message)) {
    return new ConfigurationError(
      `An artifact named '${name}' already exists in this workflow run (artifact names must be unique per run). ` +
        'Set `artifact-name` to a unique name, or leave it empty for a name derived from the target, job and matrix.',
      { cause: error },
    );
  }
  return new InfrastructureError(`Uploading artifact '${name}' failed: ${message}`, { cause: error });
}
