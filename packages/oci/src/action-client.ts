import type { ActionRuntime, RegistryLogin } from '@scs/action-kit';
import { credentialChain } from './credentials.js';
import { parseRegistryReference } from './reference.js';
import { RegistryClient, type ResolvedImage } from './registry-client.js';
import type { RegistryClientOptions } from './registry-transport.js';

/** What an action's inputs say about registry access. */
export interface ActionRegistryInputs {
  /** `registry-username` / `registry-password` (both or neither; empty when not given). */
  registryUsername?: string;
  registryPassword?: string;
  /** The workflow token, used for ghcr.io when nothing else is configured. */
  githubToken?: string;
}

/** Where the client's secrets and debug lines go. */
export interface ActionRegistryOutlets {
  /** Masks a secret (core.setSecret) before it is used. */
  mask: (secret: string) => void;
  /** Debug lines (retries, token requests); never a secret. */
  debug: (message: string) => void;
  /** Further client options (a test's fetch, retry overrides). */
  options?: Omit<RegistryClientOptions, 'credentials' | 'onSecret' | 'log'>;
}

/**
 * The registry client every action builds the same way: the credential chain
 * (the step's username and password, then docker's config and helpers, then
 * the workflow token for ghcr.io), each secret masked before use, and debug
 * lines to the action's log.
 */
export function registryClientForAction(
  inputs: ActionRegistryInputs,
  /** GITHUB_ACTOR: the user name that goes with the workflow token. */
  actor: string | undefined,
  outlets: ActionRegistryOutlets,
): RegistryClient {
  return new RegistryClient({
    ...outlets.options,
    credentials: credentialChain({
      ...(inputs.registryUsername ? { username: inputs.registryUsername } : {}),
      ...(inputs.registryPassword ? { password: inputs.registryPassword } : {}),
      ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
      ...(actor ? { githubActor: actor } : {}),
    }),
    onSecret: outlets.mask,
    log: outlets.debug,
  });
}

/**
 * Resolves `image` (a tag or a digest; for an index, its platform manifests)
 * with a step's registry access: its `registry-username` / `registry-password`
 * login when given, then the docker config, then the workflow token for
 * ghcr.io. What scan and sbom use for `platform: all`.
 */
export function resolveImageForAction(
  image: string,
  access: { registryLogin?: RegistryLogin | undefined; githubToken: string },
  runtime: Pick<ActionRuntime, 'context' | 'mask' | 'logger'>,
): Promise<ResolvedImage> {
  const client = registryClientForAction(
    {
      ...(access.registryLogin
        ? { registryUsername: access.registryLogin.username, registryPassword: access.registryLogin.password }
        : {}),
      githubToken: access.githubToken,
    },
    runtime.context.actor,
    { mask: runtime.mask, debug: (message) => runtime.logger.debug(message) },
  );
  return client.resolveImage(parseRegistryReference(image, { label: 'image' }));
}
