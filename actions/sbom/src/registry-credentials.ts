import {
  CONFIG_FILE_VARIABLES,
  REGISTRY_CLOUD_ENVIRONMENT,
  imageRegistry,
  registryLoginVariables,
  toolEnvironment,
  type RegistryLogin,
} from '@scs/action-kit';

export interface CredentialOptions {
  image?: string;
  githubToken: string;
  actor: string;
  /** The step's `registry-username` / `registry-password`: used over anything else. */
  registryLogin?: RegistryLogin | undefined;
}

/** ghcr.io images can be pulled with the workflow token (as the actor), when nothing else was configured. */
function useWorkflowToken(options: CredentialOptions): boolean {
  return Boolean(options.image && imageRegistry(options.image) === 'ghcr.io' && options.githubToken && options.actor);
}

/** Removes the variables that would name a config file behind the inputs' back. */
function withoutConfigVariables(tool: 'syft' | 'trivy'): Record<string, undefined> {
  return Object.fromEntries(CONFIG_FILE_VARIABLES[tool].map((name) => [name, undefined]));
}

/** The step's login as the tool's own variables (environment only, never argv), or undefined. */
function loginVariables(
  tool: 'syft' | 'trivy',
  options: CredentialOptions,
): Record<string, string | undefined> | undefined {
  return options.image && options.registryLogin
    ? registryLoginVariables(tool, options.image, options.registryLogin)
    : undefined;
}

/**
 * Syft's environment: an allow-list of the runner's (action-kit's base list,
 * SYFT_* and the cloud SDK variables registry logins use; never the action's
 * inputs or the runner's tokens), with the update check off (it is a network
 * call on every start), the step's `registry-username` / `registry-password`
 * scoped to the image's registry when given, else for ghcr.io the workflow
 * token unless registry credentials were already configured.
 */
export function syftEnvironment(base: NodeJS.ProcessEnv, options: CredentialOptions): NodeJS.ProcessEnv {
  const login = loginVariables('syft', options);
  const env = toolEnvironment(base, {
    allow: ['SYFT_', ...REGISTRY_CLOUD_ENVIRONMENT],
    set: { ...withoutConfigVariables('syft'), SYFT_CHECK_FOR_APP_UPDATE: 'false', ...login },
  });
  const configured = login !== undefined || Object.keys(env).some((key) => key.startsWith('SYFT_REGISTRY_AUTH_'));
  if (useWorkflowToken(options) && !configured) {
    env.SYFT_REGISTRY_AUTH_AUTHORITY = 'ghcr.io';
    env.SYFT_REGISTRY_AUTH_USERNAME = options.actor;
    env.SYFT_REGISTRY_AUTH_PASSWORD = options.githubToken;
  }
  return env;
}

/** Trivy's environment: an allow-list as for Syft (TRIVY_*), plus the step's login when given, else the workflow token for ghcr.io images when no credentials are set. */
export function trivyEnvironment(base: NodeJS.ProcessEnv, options: CredentialOptions): NodeJS.ProcessEnv {
  const login = loginVariables('trivy', options);
  const env = toolEnvironment(base, {
    allow: ['TRIVY_', ...REGISTRY_CLOUD_ENVIRONMENT],
    set: { ...withoutConfigVariables('trivy'), ...login },
  });
  if (login) return env;
  if (useWorkflowToken(options) && !env.TRIVY_USERNAME && !env.TRIVY_PASSWORD) {
    env.TRIVY_USERNAME = options.actor;
    env.TRIVY_PASSWORD = options.githubToken;
  }
  return env;
}
