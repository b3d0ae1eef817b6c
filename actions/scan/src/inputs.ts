import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationError,
  exactlyOne,
  getBoolean,
  getEnum,
  getList,
  getPath,
  getSecret,
  getString,
  getUrl,
  getVersion,
  validateImageReference,
  validatePath,
} from '@scs/action-kit';
import { SEVERITIES, type Severity } from '@scs/findings';

export const SCANNERS = ['vuln', 'secret', 'misconfig', 'license'] as const;
export type Scanner = (typeof SCANNERS)[number];
export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;

export type ScanTarget =
  | { kind: 'image'; image: string }
  | { kind: 'path'; path: string; /** relative to the workspace, forward slashes ('' for the root) */ relative: string }
  | { kind: 'sbom'; sbom: string };

export interface ScanInputs {
  target: ScanTarget;
  scanners: Scanner[];
  failOn: Severity | 'none';
  onlyFixed: boolean;
  ignoreFile: string;
  severities: Severity[];
  trivy: { version: string; sha256: string; path: string; mirror: string };
  outputDir: string;
  timeoutMinutes: number;
  annotations: boolean;
  summary: boolean;
  githubToken: string;
  workspace: string;
}

function autoScanners(kind: ScanTarget['kind']): Scanner[] {
  switch (kind) {
    case 'image':
      return ['vuln', 'secret'];
    case 'path':
      return ['vuln', 'secret', 'misconfig'];
    case 'sbom':
      return ['vuln'];
  }
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ScanInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());

  const image = getString('image', { maxLength: 512 });
  const pathInput = getString('path', { maxLength: 1024 });
  const sbomInput = getString('sbom', { maxLength: 1024 });
  // `path` defaults to '.', so it counts as chosen only when it says something else.
  const chosen = exactlyOne({ image, sbom: sbomInput, path: pathInput === '.' ? '' : pathInput }, 'path');

  let target: ScanTarget;
  if (chosen === 'image') {
    target = { kind: 'image', image: validateImageReference('image', image) };
  } else if (chosen === 'sbom') {
    target = { kind: 'sbom', sbom: validatePath('sbom', sbomInput, { base: workspace, mustExist: 'file' }) };
  } else {
    const resolved = validatePath('path', pathInput || '.', { base: workspace, mustExist: 'any' });
    target = { kind: 'path', path: resolved, relative: path.relative(workspace, resolved).split(path.sep).join('/') };
  }

  const scannerList = getList('scanners');
  let scanners: Scanner[];
  if (scannerList.length === 0 || (scannerList.length === 1 && scannerList[0]!.toLowerCase() === 'auto')) {
    scanners = autoScanners(target.kind);
  } else {
    scanners = scannerList.map((item) => {
      const name = item.toLowerCase() === 'config' ? 'misconfig' : item.toLowerCase();
      if (!(SCANNERS as readonly string[]).includes(name)) {
        throw new ConfigurationError(`Input \`scanners\` accepts auto or any of ${SCANNERS.join(', ')}; got '${item.slice(0, 80)}'.`);
      }
      return name as Scanner;
    });
    scanners = [...new Set(scanners)];
  }
  if (target.kind === 'sbom' && scanners.some((s) => s === 'secret' || s === 'misconfig')) {
    throw new ConfigurationError('Input `scanners`: an SBOM can only be scanned for vuln and license findings.');
  }

  const failOn = getEnum('fail-on', FAIL_ON);
  const onlyFixed = getBoolean('only-fixed');

  let ignoreFile = getPath('ignore-file', { base: workspace, mustExist: 'file' });
  if (!ignoreFile) {
    ignoreFile = ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore']
      .map((name) => path.join(workspace, name))
      .find((candidate) => fs.existsSync(candidate)) ?? '';
  }

  const severities = getList('severities', SEVERITIES);
  if (severities.length === 0) {
    throw new ConfigurationError(`Input \`severities\` must list at least one of ${SEVERITIES.join(', ')}.`);
  }

  const version = getVersion('trivy-version');
  const sha256 = getString('trivy-sha256', { pattern: /^[a-fA-F0-9]{64}$/, patternDescription: '64 hexadecimal characters' }).toLowerCase();
  const trivyPath = getString('trivy-path', { maxLength: 1024 });
  if (trivyPath && !path.isAbsolute(trivyPath)) {
    throw new ConfigurationError(`Input \`trivy-path\` must be an absolute path to the trivy binary; got '${trivyPath.slice(0, 200)}'.`);
  }
  if (trivyPath && (version || sha256)) {
    throw new ConfigurationError('Input `trivy-path` cannot be combined with `trivy-version` or `trivy-sha256`: nothing is downloaded when a path is given.');
  }
  if (sha256 && !version) {
    throw new ConfigurationError('Input `trivy-sha256` needs `trivy-version`: it is the digest of that version\'s release asset.');
  }
  const mirror = getUrl('tools-mirror');

  const runnerTemp = env.RUNNER_TEMP || path.join(workspace, '..', '_temp');
  const outputDir =
    getPath('output-dir', { base: workspace, allowAbsolute: true }) || path.join(runnerTemp, 'supply-chain-scan');

  const timeoutText = getString('timeout', { required: true, pattern: /^[1-9]\d{0,3}$/, patternDescription: 'a whole number of minutes between 1 and 9999' });
  const timeoutMinutes = Number(timeoutText);

  const annotations = getBoolean('annotations');
  const summary = getBoolean('summary');
  const githubToken = getSecret('github-token');

  return {
    target,
    scanners,
    failOn: failOn === 'none' ? 'none' : failOn,
    onlyFixed,
    ignoreFile,
    severities,
    trivy: { version, sha256, path: trivyPath, mirror },
    outputDir,
    timeoutMinutes,
    annotations,
    summary,
    githubToken,
    workspace,
  };
}
