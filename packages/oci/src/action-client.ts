import { credentialChain } from './credentials.js';
import { RegistryClient } from './registry-client.js';
import type { RegistryClientOptions } from './registry-transport.js';

/** What an action knows about registry access: its inputs, the run's actor, and where secrets and debug lines go. */
export interface ActionRegistryAccess {
  /** `registry-username` / `registry-password` (both or neither; empty when not given). */
  registryUsername?: string;
  registryPassword?: string;
  /** The workflow token, used for ghcr.io when nothing else is configured. */
  githubToken?: string;
  /** GITHUB_ACTOR: the user name that goes with the workflow token. */
  actor?: string;
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
export function registryClientForAction(access: ActionRegistryAccess): RegistryClient {
  return new RegistryClient({
    ...access.options,
    credentials: credentialChain({
      ...(access.registryUsername ? { username: access.registryUsername } : {}),
      ...(access.registryPassword ? { password: access.registryPassword } : {}),
      ...(access.githubToken ? { githubToken: access.githubToken } : {}),
      ...(access.actor ? { githubActor: access.actor } : {}),
    }),
    onSecret: access.mask,
    log: access.debug,
  });
}
