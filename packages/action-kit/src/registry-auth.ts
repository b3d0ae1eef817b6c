import { ConfigurationError } from './errors.js';
import { getSecret, getString } from './inputs.js';
import { imageRegistry } from './image-reference.js';

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
