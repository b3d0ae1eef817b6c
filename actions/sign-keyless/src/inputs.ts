/**
 * The one place that reads sign-keyless's inputs: typed, validated, every
 * error naming the input. Defaults live in action.yml.
 */
import * as path from 'node:path';
import {
  ConfigurationError,
  assertConfined,
  getBoolean,
  getEnum,
  getList,
  getSecret,
  getString,
  getToolInputs,
  getUrl,
  isWithin,
  validateImageReference,
  validatePath,
  type ToolInputs,
} from '@scs/action-kit';
import { SIGSTORE_INSTANCE_NAMES, requireSecureServiceUrl, type SigstoreInstanceName } from '@scs/signing';

export const ENGINES = ['cosign', 'sigstore'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface SignKeylessInputs {
  /** The image reference as given (validated), '' when only files are signed. */
  image: string;
  /** Glob patterns, relative to the workspace. */
  files: string[];
  recursive: boolean;
  engine: EngineName;
  cosign: ToolInputs & { mirror: string };
  instance: SigstoreInstanceName;
  publicLog: boolean;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  trustedRoot: string;
  pushToRegistry: boolean;
  registryUsername: string;
  registryPassword: string;
  outputDir: string;
  summary: boolean;
  githubToken: string;
  workspace: string;
  runnerTemp: string;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): SignKeylessInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const runnerTemp = path.resolve(env.RUNNER_TEMP || path.join(workspace, '..', '_temp'));

  const imageInput = getString('image', { maxLength: 512 });
  const image = imageInput ? validateImageReference('image', imageInput) : '';
  const files = getList('files');
  for (const pattern of files) {
    if (pattern.length > 1024)
      throw new ConfigurationError(
        `Input \`files\`: a pattern is ${pattern.length} characters long; at most 1024 are accepted.`,
      );
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      throw new ConfigurationError(
        `Input \`files\`: '${pattern.slice(0, 200)}' must be a pattern relative to the workspace, without '..'.`,
      );
    }
  }
  const recursive = getBoolean('recursive');

  const engine = getEnum('engine', ENGINES);
  const cosign = { ...getToolInputs('cosign'), mirror: getUrl('tools-mirror') };

  const instance = getEnum('sigstore-instance', SIGSTORE_INSTANCE_NAMES);
  const publicLog = getBoolean('public-log');
  const fulcioUrl = requireSecureServiceUrl('fulcio-url', getUrl('fulcio-url'));
  const rekorUrl = requireSecureServiceUrl('rekor-url', getUrl('rekor-url'));
  const tsaUrl = requireSecureServiceUrl('tsa-url', getUrl('tsa-url'));
  const trustedRootInput = getString('trusted-root', { maxLength: 1024 });
  const trustedRoot = trustedRootInput
    ? validatePath('trusted-root', trustedRootInput, { base: workspace, mustExist: 'file', allowAbsolute: true })
    : '';

  const pushToRegistry = getBoolean('push-to-registry');
  const registryUsername = getString('registry-username', { maxLength: 256 });
  const registryPassword = getSecret('registry-password');
  if ((registryUsername === '') !== (registryPassword === '')) {
    throw new ConfigurationError(
      'Inputs `registry-username` and `registry-password` go together: set both or neither.',
    );
  }

  const outputInput = getString('output-dir', { maxLength: 1024 });
  let outputDir = path.join(runnerTemp, 'sign-keyless');
  if (outputInput) {
    outputDir = validatePath('output-dir', outputInput, { base: workspace, withinBase: false, allowAbsolute: true });
    if (!isWithin(workspace, outputDir) && !isWithin(runnerTemp, outputDir)) {
      throw new ConfigurationError(
        `Input \`output-dir\` must be inside the workspace (${workspace}) or RUNNER_TEMP (${runnerTemp}).`,
      );
    }
    // ...and by real path: a link in the checkout never takes the bundles elsewhere.
    assertConfined(outputDir, {
      name: 'output-dir',
      value: outputInput,
      roots: [workspace, runnerTemp],
      rootsLabel: 'the workspace and RUNNER_TEMP',
    });
  }

  const summary = getBoolean('summary');
  const githubToken = getSecret('github-token');

  return {
    image,
    files,
    recursive,
    engine,
    cosign,
    instance,
    publicLog,
    fulcioUrl,
    rekorUrl,
    tsaUrl,
    trustedRoot,
    pushToRegistry,
    registryUsername,
    registryPassword,
    outputDir,
    summary,
    githubToken,
    workspace,
    runnerTemp,
  };
}
