/**
 * The verify policies written in this repository's workflows and examples,
 * run through the built verify action (dist/verify) with `export-only: true`
 * (no evidence, no network): each is a policy verify accepts, and the
 * admission policies it is meant to produce are really written. A policy the
 * controllers cannot enforce would otherwise leave the reusable workflows'
 * policy artifacts empty with only an error annotation (issue 19 with the
 * strict export of issue 15).
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runAction } from '../support/action-harness.js';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { steps?: Step[]; with?: Record<string, unknown> }>;
  on: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } };
}

const load = (file: string) => parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as Workflow;
const SHA = 'b'.repeat(40);

/** The expression values of one imagined run: a build of octo-org/app at refs/heads/main. */
function evaluate(value: unknown, context: { workflow: Workflow; inputs: Record<string, unknown> }): string {
  return String(value ?? '').replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_all, expression: string) => {
    const known: Record<string, string> = {
      'github.repository': 'octo-org/app',
      'github.repository_id': '1001',
      'github.repository_owner_id': '2002',
      'github.ref': 'refs/heads/main',
      'runner.temp': '/tmp',
      'matrix.target.ref': `ghcr.io/octo-org/app@sha256:${'a'.repeat(64)}`,
      'needs.sign.outputs.certificate-identity': `https://github.com/supply-chain-actions/supply-chain-actions/.github/workflows/secure-container.yml@${SHA}`,
      'env.ALLOWED_VULN_DBS': context.workflow.env?.ALLOWED_VULN_DBS ?? '',
      "inputs.build && 'slsaprovenance1,' || ''": context.inputs.build ? 'slsaprovenance1,' : '',
      "inputs.sbom-format == 'spdx-json' && 'spdxjson' || 'cyclonedx'": 'cyclonedx',
    };
    if (expression in known) return known[expression]!;
    const input = /^inputs\.([\w-]+)$/.exec(expression)?.[1];
    if (input !== undefined) return String(context.inputs[input] ?? '');
    throw new Error(`no value for \${{ ${expression} }}`);
  });
}

function verifyInputs(
  withBlock: Record<string, unknown>,
  context: { workflow: Workflow; inputs: Record<string, unknown> },
): Record<string, string> {
  const inputs: Record<string, string> = {};
  const notPolicy = new Set(['registry-username', 'registry-password', 'output-dir', 'image']);
  for (const [name, value] of Object.entries(withBlock))
    if (!notPolicy.has(name)) inputs[name] = evaluate(value, context);
  inputs.image = 'ghcr.io/octo-org/app';
  inputs['export-only'] = 'true';
  delete inputs['require-digest'];
  return inputs;
}

async function exportOnly(inputs: Record<string, string>) {
  const run = await runAction('verify', { inputs });
  const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
  return { run, errors };
}

describe('the verify policies of the workflows export to the admission controllers they name (dist/verify, export-only)', () => {
  it("secure-container.yml's self-check, for an image it built", async () => {
    const workflow = load('.github/workflows/secure-container.yml');
    const defaults = Object.fromEntries(
      Object.entries(workflow.on.workflow_call?.inputs ?? {}).map(([k, v]) => [k, v.default]),
    );
    const step = workflow.jobs.verify?.steps?.find((s) => s.id === 'verify') as Step;
    const inputs = verifyInputs(step.with ?? {}, {
      workflow,
      inputs: { ...defaults, build: true, 'verify-max-severity': 'high' },
    });
    expect(inputs['export-policy']).toBe('true');
    const { run, errors } = await exportOnly(inputs);
    expect(errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(fs.readFileSync(run.outputs['kyverno-policy-file']!, 'utf8')).toContain('kind: ClusterPolicy');
    expect(fs.readFileSync(run.outputs['policy-controller-file']!, 'utf8')).toContain('kind: ClusterImagePolicy');
    // What the cluster will not check is said, not hidden.
    expect(JSON.parse(run.outputs['not-enforced'] ?? '[]').join('\n')).toMatch(/allowed-vuln-dbs/);
  });

  it("secure-container.yml's self-check exports nothing for an image it did not build (no controller could bind it to the org)", async () => {
    const workflow = load('.github/workflows/secure-container.yml');
    const step = workflow.jobs.verify?.steps?.find((s) => s.id === 'verify') as Step;
    const inputs = verifyInputs(step.with ?? {}, {
      workflow,
      inputs: { build: false, 'sigstore-instance': 'public-good' },
    });
    expect(inputs['export-policy']).toBe('false');
    // The same policy with export on is refused for that reason: the self-check does not try.
    const { errors } = await exportOnly({ ...inputs, 'export-policy': 'true' });
    expect(errors.join('\n')).toMatch(/`owner-id` cannot be enforced by Kyverno: .* add slsaprovenance1/);
  });

  it('the deploy-gate example, through verify-deployment.yml', async () => {
    const example = load('examples/workflows/deploy-gate.yml');
    const gate = load('.github/workflows/verify-deployment.yml');
    const callerWith = example.jobs.gate?.with ?? {};
    const defaults = Object.fromEntries(
      Object.entries(gate.on.workflow_call?.inputs ?? {}).map(([k, v]) => [k, v.default]),
    );
    const step = gate.jobs.verify?.steps?.find((s) => s.id === 'verify') as Step;
    const inputs = verifyInputs(step.with ?? {}, { workflow: gate, inputs: { ...defaults, ...callerWith } });
    expect(inputs['signer-ref']).toMatch(/^[0-9a-f]{40}$/);
    expect(inputs['owner-id']).toMatch(/^\d+$/);
    const { run, errors } = await exportOnly(inputs);
    expect(errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(fs.readFileSync(run.outputs['kyverno-policy-file']!, 'utf8')).toContain('kind: ClusterPolicy');
  });
});
