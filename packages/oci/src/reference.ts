/**
 * Image references: `registry/repository[:tag][@sha256:…]` parsed into what
 * the distribution API needs (API host, repository, tag or digest), with
 * docker's conventions: no registry host means Docker Hub (`library/` for
 * single names, served from registry-1.docker.io), and loopback registries
 * (127.0.0.0/8, localhost, [::1]) are spoken to over plain HTTP, every other
 * host over HTTPS.
 *
 * The syntax check itself is action-kit's `validateImageReference` (shared
 * with every action that takes an image); this module only splits a valid
 * reference. A bracketed IPv6 loopback host, which that pattern does not
 * know, is validated with `localhost` in its place.
 */
import { ConfigurationError, validateImageReference } from '@scs/action-kit';
import { SHA256_DIGEST } from '@scs/vocabulary';

export const SHA256_DIGEST_PATTERN = SHA256_DIGEST;

/** A parsed `host/repository[:tag][@digest]`. */
export interface RegistryReference {
  /** The registry host as written, lower-cased (e.g. 'ghcr.io', '127.0.0.1:5000', 'docker.io'). */
  registry: string;
  /** The host the API is served from ('registry-1.docker.io' for docker.io). */
  apiHost: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** What to put in /manifests/<reference>: the digest when given, else the tag. */
  reference: string;
  /** The reference as given, normalised (with the default tag when it had none). */
  name: string;
}

export interface ParseReferenceOptions {
  /** Tag used when the reference has neither tag nor digest; default 'latest'. */
  defaultTag?: string;
  /** Names the input or setting in errors (e.g. 'image', 'db-repository'); default 'image'. */
  label?: string;
}

const IPV6_LOOPBACK_HOST = /^\[::1\](:\d{1,5})?\//;

/**
 * Parses `host/repository[:tag][@sha256:…]`. A reference without a registry
 * host means Docker Hub (single names get `library/`), as docker does.
 * Throws a ConfigurationError naming `label` for anything else.
 */
export function parseRegistryReference(value: string, options: ParseReferenceOptions = {}): RegistryReference {
  const label = options.label ?? 'image';
  const trimmed = value.trim();
  if (trimmed === '') throw new ConfigurationError(`\`${label}\` has an empty entry.`);

  let rest = trimmed;
  let ipv6Host: string | undefined;
  const ipv6 = IPV6_LOOPBACK_HOST.exec(trimmed);
  if (ipv6) {
    ipv6Host = trimmed.slice(0, ipv6[0].length - 1);
    validateImageReference(label, `localhost${ipv6[1] ?? ''}/${trimmed.slice(ipv6[0].length)}`);
    rest = `localhost/${trimmed.slice(ipv6[0].length)}`;
  } else {
    validateImageReference(label, trimmed);
  }

  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = ipv6Host ?? (hasHost ? first.toLowerCase() : 'docker.io');
  let repository = hasHost ? rest.slice(slash + 1) : rest;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  if (!tag && !digest) tag = options.defaultTag ?? 'latest';
  const apiHost = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  const written = ipv6Host ?? (hasHost ? first.toLowerCase() : registry);
  const name = `${written}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return {
    registry,
    apiHost,
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    reference: digest ?? tag!,
    name,
  };
}

/** The same repository, addressed by `digest` (the tag is kept in `name` for messages only when asked). */
export function referenceWithDigest(ref: RegistryReference, digest: string): RegistryReference {
  if (!SHA256_DIGEST_PATTERN.test(digest)) {
    throw new ConfigurationError(
      `'${digest.slice(0, 80)}' is not a sha256 digest (sha256: followed by 64 lower-case hex characters).`,
    );
  }
  return {
    registry: ref.registry,
    apiHost: ref.apiHost,
    repository: ref.repository,
    digest,
    reference: digest,
    name: `${repositoryName(ref)}@${digest}`,
  };
}

/** The same repository, addressed by `tag`. */
export function referenceWithTag(ref: RegistryReference, tag: string): RegistryReference {
  if (!/^[\w][\w.-]{0,127}$/.test(tag)) throw new ConfigurationError(`'${tag.slice(0, 80)}' is not a valid tag.`);
  return {
    registry: ref.registry,
    apiHost: ref.apiHost,
    repository: ref.repository,
    tag,
    reference: tag,
    name: `${repositoryName(ref)}:${tag}`,
  };
}

/** `registry/repository` without tag or digest (what a signature's subject names). */
export function repositoryName(ref: Pick<RegistryReference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** True for hosts served over plain HTTP: loopback only (127.0.0.0/8, localhost, [::1]). */
export function isLoopbackHost(hostWithPort: string): boolean {
  const host = hostWithPort.startsWith('[')
    ? hostWithPort.slice(0, hostWithPort.indexOf(']') + 1)
    : hostWithPort.replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** `http://` for loopback registries, `https://` otherwise. */
export function registryBaseUrl(apiHost: string): string {
  return `${isLoopbackHost(apiHost) ? 'http' : 'https'}://${apiHost}`;
}

/**
 * The tag of the OCI referrers tag schema for a subject digest:
 * `sha256:<hex>` → `sha256-<hex>` (distribution spec 1.1, "Referrers Tag Schema").
 */
export function referrersTag(subjectDigest: string): string {
  if (!SHA256_DIGEST_PATTERN.test(subjectDigest)) {
    throw new ConfigurationError(`'${subjectDigest.slice(0, 80)}' is not a sha256 digest.`);
  }
  return subjectDigest.replace(':', '-');
}

/** cosign's legacy tags next to a subject: `sha256-<hex>.sig`, `.att`, `.sbom`. */
export function legacyCosignTag(subjectDigest: string, kind: 'sig' | 'att' | 'sbom'): string {
  return `${referrersTag(subjectDigest)}.${kind}`;
}
