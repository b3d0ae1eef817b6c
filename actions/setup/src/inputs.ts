import { ConfigurationError, getList, getToolInputs, getUrl, readRunContext, type ToolInputs } from '@scs/action-kit';
import { TOOL_NAMES, type ToolName } from '@scs/tool-installer';

/** One tool to install: where it comes from (a release, pinned or given with its digest, or a binary on the runner). */
export interface ToolRequest extends ToolInputs {
  name: ToolName;
}

export interface SetupInputs {
  /** In the order the `tools` input lists them, without duplicates. */
  tools: ToolRequest[];
  /** Base URL replacing https://github.com in release URLs; '' for GitHub. */
  mirror: string;
  /** RUNNER_TEMP: where the PATH folder for `<tool>-path` binaries is made. */
  runnerTemp: string;
}

/** Reads and validates every input of the setup action (and nothing else reads inputs). */
export function getInputs(): SetupInputs {
  const names = getList('tools', TOOL_NAMES);
  if (names.length === 0) {
    throw new ConfigurationError(`Input \`tools\` is empty; list one or more of ${TOOL_NAMES.join(', ')}.`);
  }
  const tools: ToolRequest[] = [];
  for (const name of TOOL_NAMES) {
    const source = getToolInputs(name);
    if (names.includes(name)) {
      tools.push({ name, ...source });
      continue;
    }
    const stray = (['version', 'sha256', 'path'] as const).find((key) => source[key] !== '');
    if (stray !== undefined) {
      throw new ConfigurationError(
        `Input \`${name}-${stray}\` is set, but \`tools\` does not list ${name}; add ${name} to \`tools\` or remove \`${name}-${stray}\`.`,
      );
    }
  }
  tools.sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
  return { tools, mirror: getUrl('tools-mirror'), runnerTemp: readRunContext().runnerTemp };
}
