/**
 * setup's main.ts with the installers replaced: what each installer is asked
 * for, how a given binary reaches PATH (a private folder holding only a link
 * named after the tool, added once), and the outputs.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { InstallRequest, InstalledTool, ToolName } from '@scs/tool-installer';
import type { SetupInputs } from '../../../actions/setup/src/inputs.js';
import { run, type SetupDeps } from '../../../actions/setup/src/main.js';
import { TestLogger } from '../../support/test-logger.js';

const tool = (name: ToolName, extra: Partial<SetupInputs['tools'][number]> = {}) => ({
  name,
  version: '',
  sha256: '',
  path: '',
  ...extra,
});

function harness(results: Partial<Record<ToolName, InstalledTool | Error>>) {
  const rec = {
    requests: [] as [ToolName, InstallRequest][],
    paths: [] as string[],
    outputs: {} as Record<string, string>,
  };
  const logger = new TestLogger();
  const deps: SetupDeps = {
    install: async (name, request) => {
      rec.requests.push([name, request]);
      const result = results[name];
      if (result instanceof Error) throw result;
      if (!result) throw new Error(`unexpected install of ${name}`);
      return result;
    },
    addPath: (dir) => void rec.paths.push(dir),
    setOutput: (name, value) => void (rec.outputs[name] = value),
    logger,
    platform: 'linux',
  };
  return { deps, rec, logger };
}

describe('setup main', () => {
  it('asks each installer for what the inputs say; a mirror never applies to a given binary', async () => {
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-main-'));
    const given = path.join(runnerTemp, 'my-syft');
    fs.writeFileSync(given, '#!/bin/sh\n', { mode: 0o755 });
    const { deps, rec, logger } = harness({
      trivy: { name: 'trivy', version: '0.70.0', binary: '/cache/trivy', source: 'download', sha256: 'a'.repeat(64) },
      syft: { name: 'syft', version: '1.54.1', binary: given, source: 'path', sha256: 'b'.repeat(64) },
    });
    await run(
      {
        tools: [tool('trivy', { version: '0.70.0', sha256: 'a'.repeat(64) }), tool('syft', { path: given })],
        mirror: 'https://mirror.example/github',
        runnerTemp,
      },
      deps,
    );
    expect(rec.requests).toEqual([
      ['trivy', { version: '0.70.0', sha256: 'a'.repeat(64), mirror: 'https://mirror.example/github' }],
      ['syft', { path: given }],
    ]);
    // Only a private folder with one link goes on PATH, once; never the binary's own folder.
    expect(rec.paths).toHaveLength(1);
    const binDir = rec.paths[0]!;
    expect(binDir.startsWith(runnerTemp)).toBe(true);
    expect(binDir).not.toBe(path.dirname(given));
    expect(fs.readdirSync(binDir)).toEqual(['syft']);
    expect(fs.realpathSync(path.join(binDir, 'syft'))).toBe(fs.realpathSync(given));
    expect(rec.outputs).toMatchObject({
      'trivy-binary': '/cache/trivy',
      'trivy-installed-version': '0.70.0',
      'syft-binary': given,
      'syft-installed-version': '1.54.1',
    });
    expect(JSON.parse(rec.outputs.tools!)).toEqual([
      { name: 'trivy', version: '0.70.0', binary: '/cache/trivy', source: 'download', sha256: 'a'.repeat(64) },
      { name: 'syft', version: '1.54.1', binary: given, source: 'path', sha256: 'b'.repeat(64) },
    ]);
    expect(logger.lines.join('\n')).toMatch(/syft\s+1\.54\.1 .*given binary, linked onto PATH/);
  });

  it('adds nothing to PATH itself when every tool came from the installers', async () => {
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-main-'));
    const { deps, rec } = harness({
      cosign: { name: 'cosign', version: '3.1.3', binary: '/cache/cosign', source: 'cache', sha256: 'c'.repeat(64) },
    });
    await run({ tools: [tool('cosign')], mirror: '', runnerTemp }, deps);
    expect(rec.paths).toEqual([]);
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
  });

  it('an installer failure fails the step before any output is set', async () => {
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-main-'));
    const { deps, rec } = harness({
      trivy: { name: 'trivy', version: '0.70.0', binary: '/cache/trivy', source: 'download' },
      grype: new Error('checksum mismatch'),
    });
    await expect(run({ tools: [tool('trivy'), tool('grype')], mirror: '', runnerTemp }, deps)).rejects.toThrow(
      'checksum mismatch',
    );
    expect(rec.outputs).toEqual({});
  });
});
