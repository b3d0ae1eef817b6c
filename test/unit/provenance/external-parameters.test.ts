/**
 * Issue 19.6: the SLSA provenance records what the build was given — a
 * reusable workflow's inputs — in buildDefinition.externalParameters.inputs,
 * through the provenance action's `external-parameters` input (a flat JSON
 * object, bounded, refused whole when malformed).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSlsaProvenancePredicate, parseExternalInputs, type ProvenanceClaims } from '@scs/attestation';
import { getInputs } from '../../../actions/provenance/src/inputs.js';
import { inputEnvironment } from '../../support/action-harness.js';

const saved = { ...process.env };
let workspace: string;
beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-external-'));
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(workspace, '_temp');
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  fs.rmSync(workspace, { recursive: true, force: true });
});

function withInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, inputEnvironment('provenance', inputs));
}

const CLAIMS: ProvenanceClaims = {
  repository: 'octo-org/app',
  repository_id: '1001',
  repository_owner_id: '2002',
  ref: 'refs/heads/main',
  sha: 'a'.repeat(40),
  workflow_ref: 'octo-org/app/.github/workflows/release.yml@refs/heads/main',
  job_workflow_ref: 'org/wf/.github/workflows/secure-container.yml@refs/tags/v1.0.0',
  event_name: 'push',
  runner_environment: 'github-hosted',
  run_id: '7',
  run_attempt: '1',
} as ProvenanceClaims;

const WORKFLOW_INPUTS = {
  image: 'ghcr.io/octo-org/app',
  build: true,
  context: '.',
  file: '',
  platforms: 'linux/amd64,linux/arm64',
  'build-args': 'A=1',
};

describe('external parameters in SLSA provenance', () => {
  it("records a reusable workflow's inputs as externalParameters.inputs, next to the workflow", () => {
    const predicate = buildSlsaProvenancePredicate(
      CLAIMS,
      'https://github.com',
      parseExternalInputs(JSON.stringify(WORKFLOW_INPUTS), 'x'),
    );
    expect(predicate.buildDefinition.externalParameters).toEqual({
      workflow: {
        ref: 'refs/heads/main',
        repository: 'https://github.com/octo-org/app',
        path: '.github/workflows/release.yml',
      },
      inputs: WORKFLOW_INPUTS,
    });
    // Without them, GitHub's shape is unchanged.
    expect(
      Object.keys(buildSlsaProvenancePredicate(CLAIMS, 'https://github.com').buildDefinition.externalParameters),
    ).toEqual(['workflow']);
  });

  it.each([
    ['not JSON', 'context=.', /is not JSON/],
    ['an array', '["a"]', /must be a JSON object/],
    ['a nested value', '{"a":{"b":1}}', /'a' is not a string, number, boolean or null/],
    ['a name with a newline', '{"a\\nb":"x"}', /is not 1-100 letters/],
    [
      'too many names',
      JSON.stringify(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]))),
      /at most 100/,
    ],
  ])('refuses %s, naming the input', (_label, text, message) => {
    expect(() => parseExternalInputs(text, 'Input `external-parameters`')).toThrow(message);
    withInputs({ 'subject-digest': `sha256:${'e'.repeat(64)}`, 'subject-name': 'app', 'external-parameters': text });
    expect(() => getInputs()).toThrow(/Input `external-parameters`/);
  });

  it('reads the input with predicate: slsa only', () => {
    withInputs({
      'subject-digest': `sha256:${'e'.repeat(64)}`,
      'subject-name': 'app',
      'external-parameters': JSON.stringify(WORKFLOW_INPUTS),
    });
    expect(getInputs().predicate).toEqual({ kind: 'slsa', externalInputs: WORKFLOW_INPUTS });
    fs.writeFileSync(path.join(workspace, 'sbom.json'), '{}');
    withInputs({
      'subject-digest': `sha256:${'e'.repeat(64)}`,
      'subject-name': 'app',
      predicate: 'sbom',
      'sbom-path': 'sbom.json',
      'external-parameters': '{}',
    });
    expect(() => getInputs()).toThrow(/Input `external-parameters` is used only with `predicate: slsa`/);
  });
});
