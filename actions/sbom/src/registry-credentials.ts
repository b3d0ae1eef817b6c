import { imageRegistry } from '@scs/action-kit';

export interface CredentialOptions {
  image?: string;
  githubToken: string;
  actor: string;
}

/** ghcr.io images can be pulled with the workflow token (as the actor), when nothing else was configured. */
function useWorkflowToken(options: CredentialOptions): boolean {
  return Boolean(options.image && imageRegistry(options.image) === 'ghcr.io' && options.githubToken && options.actor);
}

/**
 * Syft's environment: the runner's, with the update check off (it is a network
 * call on every start) and, for ghcr.io, the workflow token unless registry
 * credentials were already configured.
 */
export function syftEnvironment(base: NodeJS.ProcessEnv, options: CredentialOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, SYFT_CHECK_FOR_APP_UPDATE: 'false' };
  const configured = Object.keys(env).some((key) => key.startsWith('SYFT_REGISTRY_AUTH_'));
  if (useWorkflowToken(options) && !configured) {
    env.SYFT_REGISTRY_AUTH_AUTHORITY = 'ghcr.io';
    env.SYFT_REGISTRY_AUTH_USERNAME = options.actor;
    env.SYFT_REGISTRY_AUTH_PASSWORD = options.githubToken;
  }
  return env;
}

/** Trivy's environment: the runner's, plus the workflow token for ghcr.io images when no credentials are set. */
export function trivyEnvironment(base: NodeJS.ProcessEnv, options: CredentialOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  if (useWorkflowToken(options) && !env.TRIVY_USERNAME && !env.TRIVY_PASSWORD) {
    env.TRIVY_USERNAME = options.actor;
    env.TRIVY_PASSWORD = options.githubToken;
  }
  return env;
}
