import { ConfigurationError } from './errors.js';
import { getSecret, getString } from './inputs.js';
import { imageRegistry } from './image-reference.js';
import { REGISTRY_CLOUD_ENVIRONMENT, toolEnvironment } from './process.js';
import { CONFIG_FILE_VARIABLES } from './tool-config.js';

/** A registry user name and password (or token) given to an action as inputs. */
export interface RegistryLogin {
  username: string;
  password: string;
}

/**
 * Reads `registry-username` and `registry-password` (the password masked
 * with core.setSecret as it is read, before any use). Both or neither;
 * undefined when neither is set.
 */
export function getRegistryLogin(): RegistryLogin | undefined {
  const username = getString('registry-username', {
    maxLength: 256,
    pattern: /^[^\s]+$/,
    patternDescription: 'a user name without spaces',
  });
  const password = getSecret('registry-password');
  if (Boolean(username) !== Boolean(password)) {
    throw new ConfigurationError(
      'Inputs `registry-username` and `registry-password` go together: set both or neither.',
    );
  }
  return username ? { username, password } : undefined;
}

/** The tools that pull images themselves and take registry credentials from their own variables. */
export type ImagePullingTool = 'trivy' | 'grype' | 'syft';

/**
 * The variables through which each tool documents registry credentials:
 * Trivy's TRIVY_USERNAME / TRIVY_PASSWORD (used for the image's registry),
 * Grype's and Syft's <TOOL>_REGISTRY_AUTH_AUTHORITY / _USERNAME / _PASSWORD
 * (one credential scoped to the image's registry). Variables that would
 * compete with the login (a token set in the job's environment) are removed
 * (value undefined), so the credentials the step names are the ones used.
 * Meant for `toolEnvironment`'s `set`: never argv.
 */
export function registryLoginVariables(
  tool: ImagePullingTool,
  image: string,
  login: RegistryLogin,
): Record<string, string | undefined> {
  if (tool === 'trivy') {
    return { TRIVY_USERNAME: login.username, TRIVY_PASSWORD: login.password, TRIVY_REGISTRY_TOKEN: undefined };
  }
  const prefix = tool === 'grype' ? 'GRYPE' : 'SYFT';
  const registry = imageRegistry(image);
  return {
    // go-containerregistry (under Grype's and Syft's stereoscope) names Docker Hub index.docker.io.
    [`${prefix}_REGISTRY_AUTH_AUTHORITY`]: registry === 'docker.io' ? 'index.docker.io' : registry,
    [`${prefix}_REGISTRY_AUTH_USERNAME`]: login.username,
    [`${prefix}_REGISTRY_AUTH_PASSWORD`]: login.password,
    [`${prefix}_REGISTRY_AUTH_TOKEN`]: undefined,
  };
}

export interface ToolRegistryOptions {
  /** The image reference, when the tool pulls one: ghcr.io images get the workflow token. */
  image?: string;
  githubToken: string;
  actor: string;
  /** The step's `registry-username` / `registry-password`: scoped to the image's registry, over the job's variables. */
  registryLogin?: RegistryLogin | undefined;
  /** Further variables the tool gets (update checks off, a cache folder). */
  set?: Record<string, string | undefined>;
}

/** The variables through which a user configures the tool's registry credentials in the job. */
function configuredCredentials(tool: ImagePullingTool, env: NodeJS.ProcessEnv): boolean {
  if (tool === 'trivy') return Boolean(env.TRIVY_USERNAME || env.TRIVY_PASSWORD);
  const prefix = `${tool.toUpperCase()}_REGISTRY_AUTH_`;
  return Object.keys(env).some((key) => key.startsWith(prefix));
}

/**
 * The environment of a tool that pulls images itself (Syft, Trivy): an
 * allow-list of the runner's (action-kit's base list, the tool's own
 * variables and the cloud SDK variables registry logins use; never the
 * action's inputs or the runner's tokens), without the variables that would
 * name a config file, plus `set`, plus registry credentials: the step's
 * login scoped to the image's registry when given, else for ghcr.io images
 * the workflow token (as the actor) unless the job configured credentials
 * through the tool's variables. Environment only, never argv.
 */
export function toolRegistryEnvironment(
  tool: ImagePullingTool,
  base: NodeJS.ProcessEnv,
  options: ToolRegistryOptions,
): NodeJS.ProcessEnv {
  const login =
    options.image && options.registryLogin
      ? registryLoginVariables(tool, options.image, options.registryLogin)
      : undefined;
  const env = toolEnvironment(base, {
    allow: [`${tool.toUpperCase()}_`, ...REGISTRY_CLOUD_ENVIRONMENT],
    set: {
      ...Object.fromEntries(CONFIG_FILE_VARIABLES[tool].map((name) => [name, undefined])),
      ...options.set,
      ...login,
    },
  });
  if (login || configuredCredentials(tool, env)) return env;
  if (options.image && imageRegistry(options.image) === 'ghcr.io' && options.githubToken && options.actor) {
    if (tool === 'trivy') {
      env.TRIVY_USERNAME = options.actor;
      env.TRIVY_PASSWORD = options.githubToken;
    } else {
      const prefix = tool.toUpperCase();
      env[`${prefix}_REGISTRY_AUTH_AUTHORITY`] = 'ghcr.io';
      env[`${prefix}_REGISTRY_AUTH_USERNAME`] = options.actor;
      env[`${prefix}_REGISTRY_AUTH_PASSWORD`] = options.githubToken;
    }
  }
  return env;
}
