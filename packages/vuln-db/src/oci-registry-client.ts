/**
 * The vulnerability-DB view of @scs/oci's RegistryClient: pull one artifact
 * (resolve a tag to its manifest digest with one HEAD, fetch the manifest by
 * digest, stream one blob to a file with its SHA-256 checked before anything
 * reads it). Anonymous (no credential provider), exact retry delays (no
 * jitter), plain HTTP for loopback registries only.
 *
 * The client, references and manifest parsing live in @scs/oci; this module
 * keeps the API the DB code and its tests were written against.
 */
import * as fs from 'node:fs';
import { InfrastructureError } from '@scs/action-kit';
import {
  HttpRequestError,
  RegistryClient,
  displayUrl,
  type FetchedManifest,
  type OciDescriptor,
  type RegistryClientOptions,
  type RegistryReference,
  type RequestCounter,
} from '@scs/oci';
import { saveVerifiedBody } from './verified-download.js';

export {
  MANIFEST_ACCEPT,
  OCI_MEDIA_TYPES,
  isLoopbackHost,
  parseBearerChallenge,
  parseOciManifest,
  parseRegistryReference,
  registryBaseUrl,
  type BearerChallenge,
  type FetchedManifest,
  type OciDescriptor,
  type OciManifest,
  type RegistryReference,
} from '@scs/oci';

export type { RegistryClientOptions } from '@scs/oci';

export interface ResolvedDigest {
  digest: string;
  /** Set when the registry's HEAD gave no digest and the manifest had to be fetched. */
  manifest?: FetchedManifest;
}

export class OciRegistryClient {
  readonly client: RegistryClient;

  constructor(options: RegistryClientOptions = {}) {
    this.client = new RegistryClient({ userAgent: 'scs-vuln-db', ...options, retry: { jitter: 0, ...options.retry } });
  }

  get counter(): RequestCounter {
    return this.client.counter;
  }

  /** Requests sent so far by this client (token requests and retries included). */
  get requests(): number {
    return this.client.requests;
  }

  /**
   * The manifest digest of `ref` (its tag or digest). One HEAD; a registry
   * whose HEAD carries no `Docker-Content-Digest` costs a GET, whose body is
   * hashed (and returned so it is not fetched again).
   */
  async resolveDigest(ref: RegistryReference): Promise<ResolvedDigest> {
    const url = this.client.url(ref, 'manifests', ref.reference);
    const head = await this.client.headManifest(ref);
    if (head === undefined)
      throw new HttpRequestError(
        `HEAD ${displayUrl(url)}: HTTP 404 (${ref.name} not found)`,
        displayUrl(url),
        404,
        false,
      );
    if (head.digest) {
      if (ref.digest && head.digest !== ref.digest) {
        throw new InfrastructureError(
          `HEAD ${displayUrl(url)}: the registry answered ${head.digest} for ${ref.digest}`,
        );
      }
      return { digest: head.digest };
    }
    const manifest = await this.getManifest(ref, ref.digest);
    return { digest: manifest.digest, manifest };
  }

  /**
   * The manifest by digest (checked against the bytes), or by the reference's
   * tag when `digest` is undefined (then the bytes' digest is returned).
   */
  getManifest(ref: RegistryReference, digest: string | undefined): Promise<FetchedManifest> {
    return this.client.getManifest(ref, digest);
  }

  /**
   * Streams the blob `descriptor` names into `file`. The bytes go to
   * `<file>.partial` first; `file` appears only once size and SHA-256 match
   * the descriptor (DigestMismatchError otherwise, not retried). On any
   * failure nothing is left behind.
   */
  async downloadBlob(ref: RegistryReference, descriptor: OciDescriptor, file: string): Promise<number> {
    try {
      return await this.client.streamBlob(ref, descriptor, (response, label, url) =>
        saveVerifiedBody(response, file, { digest: descriptor.digest, size: descriptor.size }, label, url),
      );
    } catch (error) {
      fs.rmSync(`${file}.partial`, { force: true });
      fs.rmSync(file, { force: true });
      throw error;
    }
  }
}
