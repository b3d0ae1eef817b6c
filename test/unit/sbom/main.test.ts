/**
 * The sbom orchestration with injected collaborators: Syft is the stand-in
 * process (real outputs replayed), Trivy a fake that copies recorded real
 * documents, the artifact client a fake, the GitHub API the real fetch client
 * answered by nock.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, InfrastructureError, runProcess, type RunContext, type RunResult } from '@scs/action-kit';
import type { SbomInputs } from '../../../actions/sbom/src/inputs.js';
import { githubRequest } from '@scs/github-api';
import { run, type SbomDeps } from '../../../actions/sbom/src/main.js';
import type { ResolvedImage } from '@scs/oci';
import { REPO_ROOT } from '../../support/action-harness.js';
import { TestLogger } from '../../support/test-logger.js';
import { validateSbomFile } from './support/sbom-schemas.js';

const SYFT = path.join(REPO_ROOT, 'test', 'fixtures', 'bin', 'syft-stand-in.mjs');
const RECORDED = path.join(REPO_ROOT, 'test', 'unit', 'sbom', 'fixtures');
const IMAGE_DIGEST = 'sha256:f995d1302a99772d050526468b63c1afa2eb361ef689470bc38345b48778498f';
const HEAD = 'b'.repeat(40);

interface Harness {
  deps: SbomDeps;
  logger: TestLogger;
  outputs: Record<string, string>;
  summaries: string[];
  argv: string[][];
  uploads: { name: string; files: string[]; root: string }[];
}

let workspace: string;
let temp: string;

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-main-'));
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'projects', 'npm-app'), path.join(workspace, 'npm-app'), {
    recursive: true,
  });
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-main-temp-'));
});

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'push',
    repository: 'octo-org/app',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    workflow: 'ci',
    job: 'build',
    runId: '42',
    runAttempt: '1',
    actor: 'octocat',
    workspace,
    runnerTemp: temp,
    runnerOs: 'Linux',
    payload: {},
    untrustedTrigger: false,
    ...overrides,
  };
}

function inputs(overrides: Partial<SbomInputs> = {}): SbomInputs {
  return {
    target: { kind: 'path', path: path.join(workspace, 'npm-app'), relative: 'npm-app', isDirectory: true },
    platform: { kind: 'none' },
    generator: 'syft',
    formats: ['cyclonedx-json'],
    outputFile: '',
    outputDir: path.join(temp, 'out'),
    syft: { version: '', sha256: '', path: '' },
    trivy: { version: '', sha256: '', path: '' },
    syftConfig: '',
    trivyConfig: '',
    skipDirs: [],
    skipFiles: [],
    toolsMirror: '',
    uploadArtifact: true,
    artifactName: '',
    matrix: { os: 'ubuntu-latest', node: 24 },
    dependencySnapshot: false,
    uploadReleaseAssets: true,
    summary: true,
    githubToken: 'ghs_test',
    workspace,
    ...overrides,
  };
}

/** A Trivy fake: copies the recorded real document for the target kind and format to --output. */
function fakeTrivy(argv: string[][], failWith?: Partial<RunResult>) {
  return async (_command: string, args: readonly string[]): Promise<RunResult> => {
    argv.push([...args]);
    if (failWith)
      return { exitCode: 1, signal: null, stdout: '', stderr: '', timedOut: false, durationMs: 1, ...failWith };
    const format = args[args.indexOf('--format') + 1];
    const name = args[0] === 'fs' ? 'npm-app' : 'alpine-app';
    fs.copyFileSync(
      path.join(RECORDED, `trivy-dev__${name}.${format === 'cyclonedx' ? 'cdx' : 'spdx'}.json`),
      args[args.indexOf('--output') + 1]!,
    );
    return { exitCode: 0, signal: null, stdout: '', stderr: '', timedOut: false, durationMs: 1 };
  };
}

function harness(
  options: {
    context?: Partial<RunContext>;
    env?: NodeJS.ProcessEnv;
    trivy?: 'ok' | 'fail';
    resolved?: ResolvedImage;
  } = {},
): Harness {
  const logger = new TestLogger();
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const argv: string[][] = [];
  const uploads: Harness['uploads'] = [];
  const argvLog = path.join(temp, 'syft-argv.jsonl');
  const deps: SbomDeps = {
    context: context(options.context),
    logger,
    installTool: async (generator) => ({
      name: generator,
      version: generator === 'syft' ? '1.54.1' : '0.75.0',
      binary: generator === 'syft' ? SYFT : '/opt/trivy',
      source: 'path',
    }),
    runTool:
      options.trivy === 'fail'
        ? fakeTrivy(argv, {
            exitCode: 1,
            stderr: 'FATAL image scan error: 127.0.0.1:5000/nope:1.0: MANIFEST_UNKNOWN: manifest unknown\n',
          })
        : options.trivy === 'ok'
          ? fakeTrivy(argv)
          : async (command, args, runOptions) => {
              argv.push([...args]);
              return runProcess(command, args, {
                ...runOptions,
                env: { ...runOptions.env, STANDIN_ARGV_LOG: argvLog },
              });
            },
    artifacts: {
      upload: async (name, files, root) => {
        uploads.push({ name, files: [...files], root });
        return { id: 4242, size: 1234 };
      },
    },
    api: githubRequest,
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    summaryBudget: async () => 1_000_000,
    writeSummary: async (markdown) => {
      summaries.push(markdown);
    },
    env: {
      PATH: process.env.PATH,
      ACTIONS_RUNTIME_TOKEN: 'x',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ...options.env,
    },
    now: () => new Date('2026-11-26T12:00:00Z'),
    resolveImage: async () => {
      if (!options.resolved) throw new Error('resolveImage must not be called');
      return options.resolved;
    },
  };
  return { deps, logger, outputs, summaries, argv, uploads };
}

describe('sbom output confinement and tool configuration', () => {
  it('a symlink planted at the output file is replaced, never written through; the summary states the configuration', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-outside-'));
    fs.writeFileSync(path.join(outside, 'victim'), 'UNTOUCHED');
    fs.mkdirSync(path.join(workspace, 'sboms'), { recursive: true });
    const file = path.join(workspace, 'sboms', 'app.cdx.json');
    fs.rmSync(file, { force: true });
    fs.symlinkSync(path.join(outside, 'victim'), file);
    fs.writeFileSync(path.join(workspace, '.syft.yaml'), 'exclude: ["**"]\n');
    const h = harness();
    await run(inputs({ outputFile: file, outputDir: path.dirname(file), skipDirs: ['node_modules'] }), h.deps);
    expect(fs.readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('UNTOUCHED');
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).bomFormat).toBe('CycloneDX');
    expect(h.argv[0]).toEqual(expect.arrayContaining(['--exclude', './node_modules/**']));
    const summary = h.summaries.join('');
    expect(summary).toContain('Configuration');
    expect(summary).toContain('| Configuration | <code>skip-dirs: node&#95;modules</code>');
    expect(summary).toMatch(/not read from the checkout:.*\.syft\.yaml/);
    fs.rmSync(path.join(workspace, '.syft.yaml'));
  });

  it('an output directory behind a symlink that leads out is refused before anything is written', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-outside-'));
    const link = path.join(workspace, 'linked-out');
    fs.rmSync(link, { force: true });
    fs.symlinkSync(outside, link);
    const h = harness();
    await expect(run(inputs({ outputDir: path.join(link, 'sub') }), h.deps)).rejects.toThrow(
      /`output-dir` .* leads outside the workspace/,
    );
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(h.argv).toEqual([]);
  });
});

describe('sbom run with Syft (stand-in process)', () => {
  it('one Syft run writes every format; outputs, artifact and summary follow', async () => {
    const h = harness();
    await run(inputs({ formats: ['spdx-json', 'cyclonedx-json', 'syft-json'] }), h.deps);

    const out = path.join(temp, 'out');
    // Syft writes into its private run directory with an explicit (empty) config; the files are then moved to output-dir.
    const staged = (format: string, n: number) =>
      expect.stringMatching(
        new RegExp(`^${format.replace(/[.@]/g, '\\$&')}=${temp}/scs-syft-run-[^/]+/sbom-${n}\\.json$`),
      );
    expect(h.argv).toEqual([
      [
        'scan',
        '-c',
        expect.stringMatching(new RegExp(`^${temp}/scs-syft-run-[^/]+/empty-syft-config\\.yaml$`)),
        '-o',
        staged('spdx-json@2.3', 0),
        '-o',
        staged('cyclonedx-json', 1),
        '-o',
        staged('syft-json', 2),
        '--',
        `dir:${path.join(workspace, 'npm-app')}`,
      ],
    ]);
    const logged = fs
      .readFileSync(path.join(temp, 'syft-argv.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { env: Record<string, string> });
    expect(logged[0]!.env).toEqual({ SYFT_CHECK_FOR_APP_UPDATE: 'false' });

    const files = [`${out}/npm-app.spdx.json`, `${out}/npm-app.cdx.json`, `${out}/npm-app.syft.json`];
    expect(h.outputs).toMatchObject({
      'sbom-file': files[0],
      'sbom-files': JSON.stringify(files),
      'sbom-digest': expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      'component-count': '1',
      'artifact-id': '4242',
    });
    expect(await validateSbomFile(files[0]!, 'spdx-json')).toEqual([]);
    expect(await validateSbomFile(files[1]!, 'cyclonedx-json')).toEqual([]);

    expect(h.uploads).toEqual([
      { name: expect.stringMatching(/^sbom-npm-app-build-24-ubuntu-latest-[0-9a-f]{8}$/), files, root: out },
    ]);
    const summary = h.summaries.join('');
    expect(summary).toContain('## SBOM of <code>npm-app</code>');
    expect(summary).toContain('| Generator | Syft <code>1.54.1</code> |');
    expect(summary).toContain('| golang | 1 |');
    expect(summary).toContain('0 distinct license value(s); 1 of 1 component(s) state no license (unknown or none).');
    expect(summary).toMatch(
      /\*\*Artifact:\*\* \[<code>sbom-npm-app-build-24-ubuntu-latest-[0-9a-f]{8}<\/code>\]\(https:\/\/github\.com\/octo-org\/app\/actions\/runs\/42\/artifacts\/4242\) \(ID 4242\)/,
    );
  });

  it('an explicit artifact name and output file are used as given', async () => {
    const h = harness();
    const file = path.join(workspace, 'sbom.json');
    await run(inputs({ artifactName: 'my-sbom', outputFile: file, outputDir: workspace }), h.deps);
    expect(h.outputs['sbom-file']).toBe(file);
    expect(h.uploads).toEqual([{ name: 'my-sbom', files: [file], root: workspace }]);
  });

  it('an image with a redacted digest: the SBOM is written, and a warning says the digest is missing', async () => {
    const h = harness();
    await run(
      inputs({ target: { kind: 'image', image: 'ghcr.io/octo-org/app:1.0' }, formats: ['cyclonedx-json'] }),
      h.deps,
    );
    expect(h.argv[0]!.slice(-2)).toEqual(['--', 'ghcr.io/octo-org/app:1.0']);
    expect(h.outputs['component-count']).toBe('2');
    expect(h.logger.warnings.join('\n')).toContain(
      'The SBOM does not record the digest of image ghcr.io/octo-org/app:1.0',
    );
    expect(h.summaries.join('')).toContain(':warning: not recorded in the SBOM');
  });

  it('no runner artifact service: a warning, no artifact-id, everything else done', async () => {
    const h = harness({ env: { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' } });
    await run(inputs(), h.deps);
    expect(h.uploads).toEqual([]);
    expect(h.outputs['artifact-id']).toBe('');
    expect(h.logger.warnings.join('\n')).toMatch(
      /not uploaded as an artifact: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/,
    );
  });

  it('a 409 on upload fails the step with a message naming artifact-name, after writing the summary', async () => {
    const h = harness();
    h.deps.artifacts = {
      upload: async () => {
        throw new Error(
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
        );
      },
    };
    const error = await run(inputs({ artifactName: 'sbom' }), h.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('`artifact-name`');
    expect(h.outputs['sbom-file']).toBeDefined();
    expect(h.summaries.join('')).toContain(':x: **Artifact:** failed');
  });

  it('Syft failing is an infrastructure failure naming the target input, with its log tail', async () => {
    const h = harness({
      env: {
        SYFT_STANDIN_EXIT: '1',
        SYFT_STANDIN_STDERR: 'could not fetch image "ghcr.io/octo-org/nope:1.0": not found\n',
      },
    });
    const error = await run(inputs({ target: { kind: 'image', image: 'ghcr.io/octo-org/nope:1.0' } }), h.deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toContain(
      "Syft exited with code 1 on image 'ghcr.io/octo-org/nope:1.0' (input `image`)",
    );
    expect((error as Error).message).toContain('could not fetch image');
    expect(h.outputs).toEqual({});
  });

  it('a tool that writes another format than asked is caught', async () => {
    const h = harness({
      env: { SYFT_STANDIN_FIXTURES: JSON.stringify({ 'cyclonedx-json': 'spdxjson__identify-2.3.json' }) },
    });
    await expect(run(inputs(), h.deps)).rejects.toThrow(
      /Syft wrote .*npm-app\.cdx\.json, but it is not a cyclonedx-json document: expected cyclonedx-json but the document is spdx-json/,
    );
  });
});

describe('sbom run with Trivy', () => {
  it('one run per format; later runs use the digest the first resolved', async () => {
    const h = harness({ trivy: 'ok' });
    await run(
      inputs({
        generator: 'trivy',
        target: { kind: 'image', image: '127.0.0.1:46427/alpine-app:v1' },
        formats: ['cyclonedx-json', 'spdx-json'],
      }),
      h.deps,
    );
    expect(h.argv.map((a) => [a[0], a[2], a.at(-1)])).toEqual([
      ['image', 'cyclonedx', '127.0.0.1:46427/alpine-app:v1'],
      ['image', 'spdx-json', `127.0.0.1:46427/alpine-app@${IMAGE_DIGEST}`],
    ]);
    expect(h.argv[0]).toContain(path.join(temp, 'supply-chain-trivy-cache'));
    expect(h.outputs['component-count']).toBe('1');
    expect(h.logger.lines).toContain(`The SBOM records the image digest ${IMAGE_DIGEST}.`);
    const summary = h.summaries.join('');
    expect(summary).toContain(`| Image digest | <code>${IMAGE_DIGEST}</code> |`);
    expect(summary).toContain('| Apache-2.0 | 1 |');
  });

  it('an image that cannot be pulled: the error names the input and says what to check', async () => {
    const h = harness({ trivy: 'fail' });
    const error = await run(
      inputs({ generator: 'trivy', target: { kind: 'image', image: '127.0.0.1:5000/nope:1.0' } }),
      h.deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toMatch(
      /^Trivy exited with code 1 on image '127\.0\.0\.1:5000\/nope:1\.0' \(input `image`\); no SBOM was produced\. Check that the image exists/,
    );
    expect((error as Error).message).toContain('MANIFEST_UNKNOWN');
  });
});

describe('sbom platform', () => {
  const digest = (c: string) => `sha256:${c.repeat(64)}`;
  const manifest = 'application/vnd.oci.image.manifest.v1+json';
  const index: ResolvedImage = {
    digest: digest('f'),
    mediaType: 'application/vnd.oci.image.index.v1+json',
    size: 300,
    isIndex: true,
    platforms: [
      { digest: digest('a'), mediaType: manifest, size: 10, platform: { os: 'linux', architecture: 'amd64' } },
      {
        digest: digest('b'),
        mediaType: manifest,
        size: 10,
        platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
      },
    ],
  };

  it('one platform goes to the generator as --platform', async () => {
    const h = harness({ trivy: 'ok' });
    const target = { kind: 'image' as const, image: '127.0.0.1:5000/app:v1', platform: 'linux/arm/v7' };
    await run(
      inputs({
        generator: 'trivy',
        target,
        platform: { kind: 'one', platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
      }),
      h.deps,
    );
    expect(h.argv[0]!.slice(h.argv[0]!.indexOf('--platform'))).toEqual([
      '--platform',
      'linux/arm/v7',
      '--',
      '127.0.0.1:5000/app:v1',
    ]);
    expect(h.outputs['platform-sboms']).toBe('');
  });

  it('platform: all describes every platform manifest by digest, into its own files, all uploaded', async () => {
    const h = harness({ trivy: 'ok', resolved: index });
    await run(
      inputs({
        generator: 'trivy',
        target: { kind: 'image', image: '127.0.0.1:5000/app:v1' },
        platform: { kind: 'all' },
        formats: ['cyclonedx-json', 'spdx-json'],
      }),
      h.deps,
    );
    // Each platform by its manifest digest, never with --platform; later formats pinned to that digest.
    expect(h.argv.map((a) => a.at(-1))).toEqual([
      `127.0.0.1:5000/app@${digest('a')}`,
      `127.0.0.1:5000/app@${digest('a')}`,
      `127.0.0.1:5000/app@${digest('b')}`,
      `127.0.0.1:5000/app@${digest('b')}`,
    ]);
    expect(h.argv.flat()).not.toContain('--platform');
    const out = path.join(temp, 'out');
    const sboms = JSON.parse(h.outputs['platform-sboms']!);
    expect(
      sboms.map((s: { platform: string; digest: string; files: { file: string }[] }) => [
        s.platform,
        s.digest,
        s.files.map((f) => f.file),
      ]),
    ).toEqual([
      [
        'linux/amd64',
        digest('a'),
        [path.join(out, 'app-v1-linux-amd64.cdx.json'), path.join(out, 'app-v1-linux-amd64.spdx.json')],
      ],
      [
        'linux/arm/v7',
        digest('b'),
        [path.join(out, 'app-v1-linux-arm-v7.cdx.json'), path.join(out, 'app-v1-linux-arm-v7.spdx.json')],
      ],
    ]);
    for (const entry of sboms)
      for (const file of entry.files)
        expect(file['sbom-digest']).toBe(
          `sha256:${createHash('sha256').update(fs.readFileSync(file.file)).digest('hex')}`,
        );
    expect(JSON.parse(h.outputs['sbom-files']!)).toHaveLength(4);
    expect(h.outputs['sbom-file']).toBe(path.join(out, 'app-v1-linux-amd64.cdx.json'));
    expect(h.uploads[0]!.files).toHaveLength(4);
    const summary = h.summaries.join('');
    expect(summary).toContain('127.0.0.1:5000/app:v1 · linux/amd64');
    expect(summary).toContain('127.0.0.1:5000/app:v1 · linux/arm/v7');
  });

  it('platform: all on a single-platform image describes that image by digest', async () => {
    const h = harness({ trivy: 'ok', resolved: { ...index, isIndex: false, digest: digest('c'), platforms: [] } });
    await run(
      inputs({
        generator: 'trivy',
        target: { kind: 'image', image: '127.0.0.1:5000/app:v1' },
        platform: { kind: 'all' },
      }),
      h.deps,
    );
    expect(h.argv.map((a) => a.at(-1))).toEqual([`127.0.0.1:5000/app@${digest('c')}`]);
    expect(h.outputs['platform-sboms']).toBe('');
  });
});

describe('dependency snapshot (nock)', () => {
  const snapshotPath = '/repos/octo-org/app/dependency-graph/snapshots';

  it('submits detector, correlator, sha, ref and manifests with package URLs', async () => {
    let body: Record<string, unknown> | undefined;
    const scope = nock('https://api.github.com', {
      reqheaders: { authorization: 'Bearer ghs_test', 'x-github-api-version': '2022-11-28' },
    })
      .post(snapshotPath, (b: Record<string, unknown>) => {
        body = b;
        return true;
      })
      .reply(201, {
        id: 987,
        created_at: '2026-11-26T12:00:01Z',
        result: 'SUCCESS',
        message: 'Dependency results for the repo have been successfully updated.',
      });
    const h = harness({ trivy: 'ok' });
    await run(inputs({ generator: 'trivy', dependencySnapshot: true, uploadArtifact: false }), h.deps);
    expect(scope.isDone()).toBe(true);
    expect(body).toMatchObject({
      version: 0,
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      detector: { name: 'trivy', version: '0.75.0', url: 'https://github.com/aquasecurity/trivy' },
      scanned: '2026-11-26T12:00:00.000Z',
      job: { id: '42', html_url: 'https://github.com/octo-org/app/actions/runs/42' },
    });
    expect((body!.job as { correlator: string }).correlator).toMatch(/^ci_build_24-ubuntu-latest-[0-9a-f]{8}_npm-app$/);
    const manifests = body!.manifests as Record<
      string,
      { file: unknown; resolved: Record<string, { package_url: string; relationship?: string }> }
    >;
    expect(Object.keys(manifests)).toEqual(['npm-app/package-lock.json']);
    expect(manifests['npm-app/package-lock.json']!.file).toEqual({ source_location: 'npm-app/package-lock.json' });
    expect(manifests['npm-app/package-lock.json']!.resolved['pkg:npm/debug@4.3.4']).toEqual({
      package_url: 'pkg:npm/debug@4.3.4',
      relationship: 'direct',
      dependencies: ['pkg:npm/ms@2.1.2'],
    });
    expect(h.summaries.join('')).toContain('**Dependency snapshot:** submitted, ID 987 (SUCCESS), 1 manifest(s)');
  });

  it('on a pull request, the snapshot names the head commit', async () => {
    let sha: unknown;
    nock('https://api.github.com')
      .post(snapshotPath, (b: { sha: unknown }) => {
        sha = b.sha;
        return true;
      })
      .reply(201, { id: 1, result: 'ACCEPTED' });
    const h = harness({
      trivy: 'ok',
      context: {
        eventName: 'pull_request',
        ref: 'refs/pull/7/merge',
        pullRequest: {
          number: 7,
          headSha: HEAD,
          headRepository: 'octo-org/app',
          baseRepository: 'octo-org/app',
          fromFork: false,
        },
      },
    });
    await run(inputs({ generator: 'trivy', dependencySnapshot: true, uploadArtifact: false }), h.deps);
    expect(sha).toBe(HEAD);
  });

  it('403 on a pull request from a fork: a warning, not a failure', async () => {
    const scope = nock('https://api.github.com')
      .post(snapshotPath)
      .reply(403, { message: 'Resource not accessible by integration' });
    const h = harness({
      trivy: 'ok',
      context: {
        eventName: 'pull_request',
        pullRequest: {
          number: 7,
          headSha: HEAD,
          headRepository: 'mallory/app',
          baseRepository: 'octo-org/app',
          fromFork: true,
        },
      },
    });
    await run(inputs({ generator: 'trivy', dependencySnapshot: true, uploadArtifact: false }), h.deps);
    expect(scope.isDone()).toBe(true);
    expect(h.logger.warnings).toEqual([
      'The dependency snapshot was not submitted: the token of a pull request from a fork cannot write to the dependency graph (HTTP 403: Resource not accessible by integration).',
    ]);
    expect(h.summaries.join('')).toContain(
      '**Dependency snapshot:** not done — the token of a pull request from a fork',
    );
  });

  it('403 elsewhere: the step fails with what to fix', async () => {
    nock('https://api.github.com').post(snapshotPath).reply(403, { message: 'Resource not accessible by integration' });
    const h = harness({ trivy: 'ok' });
    const error = await run(
      inputs({ generator: 'trivy', dependencySnapshot: true, uploadArtifact: false }),
      h.deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('`permissions: contents: write`');
    expect(h.outputs['sbom-file']).toBeDefined();
  });

  it('a server error is an infrastructure failure', async () => {
    nock('https://api.github.com').post(snapshotPath).reply(500, { message: 'boom' });
    const h = harness({ trivy: 'ok' });
    await expect(
      run(inputs({ generator: 'trivy', dependencySnapshot: true, uploadArtifact: false }), h.deps),
    ).rejects.toThrow('Submitting the dependency snapshot failed (HTTP 500): boom');
  });
});

describe('release assets', () => {
  it('on a release event, every SBOM file is attached', async () => {
    const payload = {
      release: {
        id: 77,
        tag_name: 'v1.2.0',
        upload_url: 'https://uploads.github.com/repos/octo-org/app/releases/77/assets{?name,label}',
      },
    };
    const api = nock('https://api.github.com').get('/repos/octo-org/app/releases/77/assets').query(true).reply(200, []);
    const uploads = nock('https://uploads.github.com')
      .post('/repos/octo-org/app/releases/77/assets')
      .query({ name: 'npm-app.cdx.json' })
      .reply(201, {})
      .post('/repos/octo-org/app/releases/77/assets')
      .query({ name: 'npm-app.spdx.json' })
      .reply(201, {});
    const h = harness({ trivy: 'ok', context: { eventName: 'release', payload } });
    await run(inputs({ generator: 'trivy', formats: ['cyclonedx-json', 'spdx-json'], uploadArtifact: false }), h.deps);
    expect(api.isDone() && uploads.isDone()).toBe(true);
    expect(h.summaries.join('')).toContain('**Release assets:** 2 file(s) attached to <code>v1.2.0</code>');
  });

  it('on other events nothing is attempted (nock would refuse any request)', async () => {
    const h = harness({ trivy: 'ok' });
    await run(inputs({ generator: 'trivy', uploadArtifact: false }), h.deps);
    expect(h.summaries.join('')).not.toContain('Release assets');
  });
});
