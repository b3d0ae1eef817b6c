/**
 * Contract: every input an action.yml declares is read by its getInputs(),
 * and nothing undeclared is; action.yml's own defaults are valid input.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getInputsRead, resetInputsRead } from '@scs/action-kit';
import { REPO_ROOT, inputEnvironment, loadActionMetadata } from '../../support/action-harness.js';

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const actions = fs
  .readdirSync(path.join(REPO_ROOT, 'actions'))
  .filter((name) => fs.existsSync(path.join(REPO_ROOT, 'actions', name, 'action.yml')));

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe.each(actions)('action %s', (action) => {
  const meta = loadActionMetadata(action);

  it('runs on node24 from its committed bundle', () => {
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../../dist/${action}/index.js`);
  });

  it('reads exactly the inputs it declares, and accepts its own defaults', async () => {
    for (const [key, value] of Object.entries(inputEnvironment(action, {}))) process.env[key] = value;
    process.env.GITHUB_WORKSPACE = REPO_ROOT;
    process.env.RUNNER_TEMP = '/tmp';
    const module = (await import(path.join(REPO_ROOT, 'actions', action, 'src', 'inputs.ts'))) as {
      getInputs: () => unknown;
    };
    resetInputsRead();
    module.getInputs();
    expect([...getInputsRead()].sort()).toEqual(Object.keys(meta.inputs).sort());
  });

  it('lists every input (with its default) and output in its README', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'actions', action, 'README.md'), 'utf8');
    for (const [name, spec] of Object.entries(meta.inputs)) {
      const shownDefault = spec.default ? `\`${spec.default}\`` : '';
      expect(readme).toContain(`| \`${name}\` | ${shownDefault} |`);
    }
    for (const name of Object.keys(meta.outputs)) expect(readme).toContain(`| \`${name}\` |`);
  });

  it('sets every output it declares, and declares every output it sets', () => {
    // Every declared output is set by the code the action runs: named as a string
    // literal, or built from a template whose fixed suffix it ends with (setup's
    // `${tool}-binary`). The reverse holds for every literal name passed to
    // setOutput here, and for every output any dist run sets (the harness checks).
    // The action's own source and the shared packages (sign and sign-keyless set theirs in @scs/signing).
    const sourceDirs = [
      path.join(REPO_ROOT, 'actions', action, 'src'),
      ...fs.readdirSync(path.join(REPO_ROOT, 'packages')).map((name) => path.join(REPO_ROOT, 'packages', name, 'src')),
    ];
    const sources = sourceDirs
      .filter((dir) => fs.existsSync(dir))
      .flatMap(listSources)
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const literals = new Set([...sources.matchAll(/'([a-z][a-z0-9-]*)'/g)].map((m) => m[1]!));
    const suffixes = [...sources.matchAll(/`\$\{[^}]+\}(-[a-z0-9-]+)`/g)].map((m) => m[1]!);
    const declared = Object.keys(meta.outputs);
    const unset = declared.filter((name) => !literals.has(name) && !suffixes.some((suffix) => name.endsWith(suffix)));
    expect(unset).toEqual([]);
    const own = listSources(path.join(REPO_ROOT, 'actions', action, 'src'))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const setByName = [...own.matchAll(/setOutput\(\s*'([^']+)'/g)].map((m) => m[1]!);
    // sign and sign-keyless set theirs in @scs/signing's shared run; every other action names its own.
    expect(setByName.length + (action.startsWith('sign') ? 1 : 0)).toBeGreaterThan(0);
    expect(setByName.filter((name) => !declared.includes(name))).toEqual([]);
  });

  it('documents every input and output', () => {
    for (const [name, spec] of Object.entries({ ...meta.inputs, ...meta.outputs })) {
      expect({ name, description: (spec.description ?? '').length > 10 }).toEqual({ name, description: true });
    }
  });
});
