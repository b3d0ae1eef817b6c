import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { apiMessage, type GitHubRequest } from '@scs/github-api';

/**
 * Attaching the SBOM files to the release that triggered the run. An asset of
 * the same name (a re-run) is replaced.
 */

export interface ReleaseInfo {
  id: number;
  tag: string;
  /** The API's URI template, e.g. https://uploads.github.com/repos/o/r/releases/1/assets{?name,label} */
  uploadUrl: string;
}

export function releaseFromEvent(eventName: string, payload: Record<string, unknown>): ReleaseInfo | undefined {
  if (eventName !== 'release') return undefined;
  const release = payload['release'];
  if (!release || typeof release !== 'object') return undefined;
  const { id, tag_name: tag, upload_url: uploadUrl } = release as Record<string, unknown>;
  if (typeof id !== 'number' || typeof uploadUrl !== 'string') return undefined;
  return { id, tag: typeof tag === 'string' ? tag : '', uploadUrl };
}

/** The upload URL for one asset: the template's `{?name,label}` replaced by `?name=…`. */
export function assetUploadUrl(template: string, name: string): string {
  return `${template.replace(/\{\?[^}]*\}$/, '')}?name=${encodeURIComponent(name)}`;
}

/**
 * The token goes only to the API host or the uploads host of this GitHub
 * (uploads.github.com, or GHES's own host), whatever the event payload says.
 */
export function isTrustedUploadHost(uploadUrl: string, apiUrl: string, serverUrl: string): boolean {
  let host: string;
  try {
    const url = new URL(uploadUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    host = url.host;
  } catch {
    return false;
  }
  return host === new URL(apiUrl).host || host === `uploads.${new URL(serverUrl).host}`;
}

export interface ReleaseUploadOptions {
  api: GitHubRequest;
  apiUrl: string;
  serverUrl: string;
  repository: string;
  token: string;
  release: ReleaseInfo;
  files: readonly string[];
}

export interface UploadedAsset {
  name: string;
  url: string;
  replaced: boolean;
}

export async function uploadReleaseAssets(options: ReleaseUploadOptions): Promise<UploadedAsset[]> {
  const { api, release, token } = options;
  if (!isTrustedUploadHost(release.uploadUrl, options.apiUrl, options.serverUrl)) {
    throw new InfrastructureError(
      `The release's upload URL ${release.uploadUrl.slice(0, 200)} is not on this GitHub's API or uploads host; the token was not sent.`,
    );
  }
  const listUrl = `${options.apiUrl}/repos/${options.repository}/releases/${release.id}/assets?per_page=100`;
  const existing = await api('GET', listUrl, { token });
  if (existing.status !== 200 || !Array.isArray(existing.json)) {
    throw new InfrastructureError(
      `Listing the assets of release ${release.tag || release.id} failed (HTTP ${existing.status}): ${apiMessage(existing)}`,
    );
  }
  const assets = existing.json as { id?: unknown; name?: unknown }[];
  const uploaded: UploadedAsset[] = [];
  for (const file of options.files) {
    const name = path.basename(file);
    const previous = assets.find((asset) => asset.name === name && typeof asset.id === 'number');
    if (previous) {
      const removed = await api(
        'DELETE',
        `${options.apiUrl}/repos/${options.repository}/releases/assets/${previous.id as number}`,
        { token },
      );
      if (removed.status !== 204 && removed.status !== 404) {
        throw new InfrastructureError(
          `Replacing release asset ${name} failed: deleting the old one answered HTTP ${removed.status}: ${apiMessage(removed)}`,
        );
      }
    }
    const response = await api('POST', assetUploadUrl(release.uploadUrl, name), {
      token,
      body: fs.readFileSync(file),
      contentType: 'application/json',
    });
    if (response.status === 403) {
      throw new ConfigurationError(
        `Uploading release asset ${name} was refused (HTTP 403: ${apiMessage(response)}). The job needs \`permissions: contents: write\`, or set \`upload-release-assets: false\`.`,
      );
    }
    if (response.status !== 201) {
      throw new InfrastructureError(
        `Uploading release asset ${name} failed (HTTP ${response.status}): ${apiMessage(response)}`,
      );
    }
    const url = (response.json as { browser_download_url?: unknown } | undefined)?.browser_download_url;
    uploaded.push({ name, url: typeof url === 'string' ? url : '', replaced: previous !== undefined });
  }
  return uploaded;
}
