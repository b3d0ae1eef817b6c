/**
 * Issue 13, items 13 and 14: bundle files are read confined (real path inside
 * the workspace or RUNNER_TEMP), as regular files, with the size cap enforced
 * while reading, and never quoted; all evidence of a step shares one byte budget.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PolicyFailure, type RunContext } from '@scs/action-kit';
import {
  EvidenceBudget,
  MAX_BUNDLE_BYTES,
  loadTrustedRootFile,
  readBundleFile,
  readConfinedFile,
} from '@scs/verification';
import { run } from '../../../actions/verify/src/main.js';
import type { VerifyInputs } from '../../../actions/verify/src/inputs.js';
import { REPO_ROOT } from '../../support/action-harness.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/verification');
const SECRET = 'TOP-SECRET-OUTSIDE-CONTENT-7f3a';

function dirs() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-files-'));
  const workspace = path.join(root, 'workspace');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(workspace);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.json'), `${SECRET} {"x": 1}`);
  return { workspace, outside };
}

describe('readBundleFile (item 13)', () => {
  it('refuses a link out of the workspace without reading or quoting it', () => {
    const { workspace, outside } = dirs();
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(workspace, 'a.sigstore.json'));
    const read = readBundleFile(path.join(workspace, 'a.sigstore.json'), { roots: [workspace] });
    expect(read.json).toBeUndefined();
    expect(read.error).toBe(
      'the file resolves (through a link) to a location outside the workspace and RUNNER_TEMP; it is not read',
    );
    expect(read.error).not.toContain(SECRET);
  });

  it('refuses a link to /dev/zero at once, and a FIFO inside the workspace without blocking', () => {
    const { workspace } = dirs();
    fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.sigstore.json'));
    const started = performance.now();
    expect(readBundleFile(path.join(workspace, 'zero.sigstore.json'), { roots: [workspace, '/dev'] }).error).toBe(
      'the file is not a regular file (a device, FIFO, socket or folder); it is not read',
    );
    expect(readBundleFile(path.join(workspace, 'zero.sigstore.json'), { roots: [workspace] }).error).toMatch(
      /outside the workspace/,
    );
    execFileSync('mkfifo', [path.join(workspace, 'fifo.sigstore.json')]);
    expect(readBundleFile(path.join(workspace, 'fifo.sigstore.json'), { roots: [workspace] }).error).toMatch(
      /not a regular file/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps the size (a sparse 33 MiB file is refused unread) and does not quote text that is not JSON', () => {
    const { workspace } = dirs();
    const big = path.join(workspace, 'big.sigstore.json');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, MAX_BUNDLE_BYTES + 1);
    expect(readBundleFile(big, { roots: [workspace] }).error).toBe(
      `the file is ${MAX_BUNDLE_BYTES + 1} bytes; at most ${MAX_BUNDLE_BYTES} are read`,
    );
    fs.writeFileSync(path.join(workspace, 'text.sigstore.json'), `${SECRET} not json`);
    const read = readBundleFile(path.join(workspace, 'text.sigstore.json'), { roots: [workspace] });
    expect(read.error).toMatch(/^is not JSON/);
    expect(read.error).not.toContain(SECRET);
  });

  it('the cap holds while reading, whatever stat said', () => {
    const { workspace } = dirs();
    const file = path.join(workspace, 'grows.json');
    fs.writeFileSync(file, 'x'.repeat(2048));
    expect(() => readConfinedFile(file, { roots: [workspace], maxBytes: 1024 })).toThrow(/2048 bytes; at most 1024/);
    expect(readConfinedFile(file, { roots: [workspace], maxBytes: 4096 })).toHaveLength(2048);
  });
});

describe('verify: the bundle next to a file and the evidence budget (items 13, 14)', () => {
  const trust = loadTrustedRootFile(path.join(FIXTURES, 'gh-cli__trusted_root.json'));
  const context = {
    repository: 'octo-org/app',
    apiUrl: 'http://127.0.0.1:9',
    serverUrl: 'https://github.com',
    runnerTemp: os.tmpdir(),
    actor: 'octocat',
  } as RunContext;

  function inputs(workspace: string, overrides: Partial<VerifyInputs> = {}): VerifyInputs {
    return {
      image: '',
      requireDigest: false,
      platform: { all: true },
      files: [path.join(workspace, 'a.txt')],
      bundlePaths: [],
      sources: ['files'],
      sourcesAll: false,
      instance: 'custom',
      trustedRoot: path.join(FIXTURES, 'gh-cli__trusted_root.json'),
      policy: {
        signerRefs: [],
        requireAttestations: [],
        certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
      },
      policyWarnings: [],
      exportPolicy: false,
      policyName: 'gate',
      outputDir: path.join(workspace, 'out'),
      registryUsername: '',
      registryPassword: '',
      attestationsOwner: '',
      summary: false,
      githubToken: '',
      workspace,
      runnerTemp: process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : '',
      ...overrides,
    } as VerifyInputs;
  }

  async function runWith(input: VerifyInputs, budget?: EvidenceBudget): Promise<Error | undefined> {
    try {
      await run(input, {
        context,
        setOutput: () => undefined,
        loadTrust: async () => trust,
        now: () => new Date('2024-06-01T00:00:00Z'),
        ...(budget ? { evidenceBudget: budget } : {}),
      });
    } catch (error) {
      return error as Error;
    }
    return undefined;
  }

  it('a.txt.sigstore.json linking out of the workspace is refused, named, and not quoted', async () => {
    const { workspace, outside } = dirs();
    fs.copyFileSync(path.join(FIXTURES, 'conformance__a.txt'), path.join(workspace, 'a.txt'));
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(workspace, 'a.txt.sigstore.json'));
    const error = await runWith(inputs(workspace));
    expect(error).toBeInstanceOf(PolicyFailure);
    expect(error!.message).toContain(
      'evidence source problem: a.txt.sigstore.json: the file resolves (through a link) to a location outside the workspace and RUNNER_TEMP',
    );
    expect(error!.message).not.toContain(SECRET);
  });

  it('a.txt.sigstore.json linking to /dev/zero is refused at once', async () => {
    const { workspace } = dirs();
    fs.copyFileSync(path.join(FIXTURES, 'conformance__a.txt'), path.join(workspace, 'a.txt'));
    fs.symlinkSync('/dev/zero', path.join(workspace, 'a.txt.sigstore.json'));
    const started = performance.now();
    const error = await runWith(inputs(workspace));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(error!.message).toContain('a.txt.sigstore.json: the file resolves (through a link) to a location outside');
  });

  it('the real bundle next to a.txt verifies; past the evidence budget the subject fails, saying the evidence was not all read', async () => {
    const { workspace } = dirs();
    fs.copyFileSync(path.join(FIXTURES, 'conformance__a.txt'), path.join(workspace, 'a.txt'));
    fs.copyFileSync(
      path.join(FIXTURES, 'conformance__happy-path-v0.3.sigstore.json'),
      path.join(workspace, 'a.txt.sigstore.json'),
    );
    expect(await runWith(inputs(workspace))).toBeUndefined();
    const small = new EvidenceBudget(1000);
    const error = await runWith(inputs(workspace), small);
    expect(error).toBeInstanceOf(PolicyFailure);
    expect(error!.message).toContain(
      'evidence not all considered: bundle files: the evidence read in this step reached the 1000-byte bound',
    );
    expect(small.exhausted).toBe(true);
  });
});
