/**
 * The output-dir of every action is confined by real path (issue 13 item 2):
 * a committed symlink that leads out of the workspace is refused, naming the
 * input, by the one path helper in action-kit.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputEnvironment } from '../../support/action-harness.js';

const saved = { ...process.env };
let workspace: string;
let outside: string;

beforeEach(() => {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'scs-outdir-')));
  workspace = path.join(root, 'workspace');
  outside = path.join(root, 'outside');
  fs.mkdirSync(workspace);
  fs.mkdirSync(outside);
  fs.mkdirSync(path.join(root, '_temp'));
  fs.writeFileSync(path.join(workspace, 'a.txt'), 'a');
  fs.symlinkSync(outside, path.join(workspace, 'reports'));
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

function setInputs(action: string, values: Record<string, string>): void {
  for (const [key, value] of Object.entries(inputEnvironment(action, values))) process.env[key] = value;
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(path.dirname(workspace), '_temp');
}

const DIGEST = `sha256:${'a'.repeat(64)}`;
const CASES: Array<[string, Record<string, string>, () => Promise<{ getInputs: () => unknown }>]> = [
  ['scan', {}, () => import('../../../actions/scan/src/inputs.js')],
  ['sbom', {}, () => import('../../../actions/sbom/src/inputs.js')],
  ['sign-keyless', { files: 'a.txt' }, () => import('../../../actions/sign-keyless/src/inputs.js')],
  ['provenance', { 'subject-path': 'a.txt' }, () => import('../../../actions/provenance/src/inputs.js')],
  [
    'verify',
    {
      image: `ghcr.io/octo-org/app@${DIGEST}`,
      'signer-workflow': 'octo-org/app/.github/workflows/release.yml',
      'owner-id': '456',
    },
    () => import('../../../actions/verify/src/inputs.js'),
  ],
];

describe('output-dir: a symlink in the checkout that leads out is refused', () => {
  it.each(CASES)('%s', async (action, values, load) => {
    setInputs(action, { ...values, 'output-dir': 'reports/sub' });
    const { getInputs } = await load();
    expect(() => getInputs()).toThrow(/Input `output-dir` \('reports\/sub'\) leads outside the workspace/);
    setInputs(action, { ...values, 'output-dir': 'inside/sub' });
    expect(() => getInputs()).not.toThrow();
  });
});
