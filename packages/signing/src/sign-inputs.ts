/**
 * The inputs sign-keyless and sign share, read and validated in one place:
 * what to sign (image, files, recursive), the engine and cosign, where the
 * signatures go (push-to-registry, registry credentials, output-dir), the
 * summary and the token. Each action's inputs.ts adds who signs.
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
  rawInput,
  validateImageReference,
  validatePath,
  type ToolInputs,
} from '@scs/action-kit';
import { SIGSTORE_INSTANCE_NAMES, requireSecureServiceUrl } from './instances.js';
import type { KeylessServiceInputs } from './signing-session.js';
import { pemKeyFormat } from './signing-key.js';

export const ENGINES = ['cosign', 'sigstore'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface SigningTargetInputs {
  /** The image reference as given (validated), '' when only files are signed. */
  image: string;
  /** Glob patterns, relative to the workspace. */
  files: string[];
  recursive: boolean;
  engine: EngineName;
  cosign: ToolInputs & { mirror: string };
  pushToRegistry: boolean;
  registryUsername: string;
  registryPassword: string;
  outputDir: string;
  summary: boolean;
  githubToken: string;
  workspace: string;
  runnerTemp: string;
}

/** `files`: patterns relative to the workspace, without '..', at most 1024 characters each. */
function filePatterns(): string[] {
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
  return files;
}

/** `output-dir`: inside the workspace or RUNNER_TEMP, by path and by real path; default RUNNER_TEMP/<defaultName>. */
export function getOutputDirInput(workspace: string, runnerTemp: string, defaultName: string): string {
  const outputInput = getString('output-dir', { maxLength: 1024 });
  if (!outputInput) return path.join(runnerTemp, defaultName);
  const outputDir = validatePath('output-dir', outputInput, {
    base: workspace,
    withinBase: false,
    allowAbsolute: true,
  });
  if (!isWithin(workspace, outputDir) && !isWithin(runnerTemp, outputDir)) {
    throw new ConfigurationError(
      `Input \`output-dir\` ('${outputInput.slice(0, 200)}') must be inside the workspace (${workspace}) or RUNNER_TEMP (${runnerTemp}).`,
    );
  }
  // ...and by real path: a link in the checkout never takes the bundles elsewhere.
  assertConfined(outputDir, {
    name: 'output-dir',
    value: outputInput,
    roots: [workspace, runnerTemp],
    rootsLabel: 'the workspace and RUNNER_TEMP',
  });
  return outputDir;
}

export function getSigningTargetInputs(
  env: NodeJS.ProcessEnv,
  options: { defaultOutputDir: string },
): SigningTargetInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const runnerTemp = path.resolve(env.RUNNER_TEMP || path.join(workspace, '..', '_temp'));
  const imageInput = getString('image', { maxLength: 512 });
  const image = imageInput ? validateImageReference('image', imageInput) : '';
  const files = filePatterns();
  const recursive = getBoolean('recursive');
  const engine = getEnum('engine', ENGINES);
  const cosign = { ...getToolInputs('cosign'), mirror: getUrl('tools-mirror') };
  const pushToRegistry = getBoolean('push-to-registry');
  const registryUsername = getString('registry-username', { maxLength: 256 });
  const registryPassword = getSecret('registry-password');
  if ((registryUsername === '') !== (registryPassword === '')) {
    throw new ConfigurationError(
      'Inputs `registry-username` and `registry-password` go together: set both or neither.',
    );
  }
  const outputDir = getOutputDirInput(workspace, runnerTemp, options.defaultOutputDir);
  return {
    image,
    files,
    recursive,
    engine,
    cosign,
    pushToRegistry,
    registryUsername,
    registryPassword,
    outputDir,
    summary: getBoolean('summary'),
    githubToken: getSecret('github-token'),
    workspace,
    runnerTemp,
  };
}

/** `trusted-root`: an existing file, relative to the workspace or absolute; '' when not set. */
export function getTrustedRootInput(workspace: string): string {
  const value = getString('trusted-root', { maxLength: 1024 });
  return value ? validatePath('trusted-root', value, { base: workspace, mustExist: 'file', allowAbsolute: true }) : '';
}

/** rekor-url, tsa-url (https, or http to loopback) and trusted-root: the services both kinds of signing may name. */
export function getServiceInputs(workspace: string): { rekorUrl: string; tsaUrl: string; trustedRoot: string } {
  return {
    rekorUrl: requireSecureServiceUrl('rekor-url', getUrl('rekor-url')),
    tsaUrl: requireSecureServiceUrl('tsa-url', getUrl('tsa-url')),
    trustedRoot: getTrustedRootInput(workspace),
  };
}

/** The service inputs of a keyless signature (sign-keyless, provenance); their combinations are each action's to check. */
export function getKeylessServiceInputs(workspace: string): KeylessServiceInputs {
  const instance = getEnum('sigstore-instance', SIGSTORE_INSTANCE_NAMES);
  const publicLog = getBoolean('public-log');
  const fulcioUrl = requireSecureServiceUrl('fulcio-url', getUrl('fulcio-url'));
  return { instance, publicLog, fulcioUrl, ...getServiceInputs(workspace) };
}

/**
 * A multi-line secret (a PEM private key): masked whole and line by line (a
 * log line holds one line of it at most), control characters other than
 * line breaks refused, its format checked (pemKeyFormat) without ever
 * repeating it. '' when not set.
 */
export function getPemSecret(name: string, mask: (secret: string) => void): string {
  const value = rawInput(name).replace(/\r\n/g, '\n');
  if (!value) return '';
  mask(value);
  for (const line of value.split('\n')) if (line.length >= 8 && !line.startsWith('-----')) mask(line);
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0009\u000B-\u001F\u007F\u2028\u2029]/.test(value))
    throw new ConfigurationError(`Input \`${name}\` contains a control character other than a line break.`);
  pemKeyFormat(name, value);
  return `${value}\n`;
}
