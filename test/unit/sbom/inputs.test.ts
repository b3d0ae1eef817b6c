import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '@scs/action-kit';
import { getInputs, parseMatrix } from '../../../actions/sbom/src/inputs.js';
import { FAKE_GITHUB_TOKEN, inputEnvironment } from '../../support/action-harness.js';

let workspace: string;
const saved = { ...process.env };

function withInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, inputEnvironment('sbom', inputs));
}

function errorOf(inputs: Record<string, string>): string {
  withInputs(inputs);
  try {
    getInputs();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error(`getInputs accepted ${JSON.stringify(inputs)}`);
}

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-inputs-'));
  fs.mkdirSync(path.join(workspace, 'app'));
  fs.writeFileSync(path.join(workspace, 'app', 'package-lock.json'), '{}');
  fs.mkdirSync(path.join(workspace, 'layout'));
  fs.writeFileSync(path.join(workspace, 'layout', 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  fs.writeFileSync(path.join(workspace, 'image.tar'), '');
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(workspace, '_temp');
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe('sbom inputs', () => {
  it('defaults: the workspace, Syft, CycloneDX, artifact upload on, snapshot off, release assets on release events', () => {
    withInputs({});
    const inputs = getInputs();
    expect(inputs.target).toEqual({ kind: 'path', path: workspace, relative: '', isDirectory: true });
    expect(inputs.generator).toBe('syft');
    expect(inputs.formats).toEqual(['cyclonedx-json']);
    expect(inputs.outputFile).toBe('');
    expect(inputs.outputDir).toBe(path.join(workspace, '_temp', 'supply-chain-sbom'));
    expect(inputs.syft).toEqual({ version: '', sha256: '', path: '' });
    expect(inputs.trivy).toEqual({ version: '', sha256: '', path: '' });
    expect(inputs).toMatchObject({
      toolsMirror: '',
      uploadArtifact: true,
      artifactName: '',
      dependencySnapshot: false,
      uploadReleaseAssets: true,
      summary: true,
      githubToken: FAKE_GITHUB_TOKEN,
    });
    // The unevaluated `${{ toJSON(matrix) }}` default (no runner) means: no matrix.
    expect(inputs.matrix).toBeUndefined();
  });

  it('targets: an image, a directory, a single file, an archive, an OCI layout', () => {
    withInputs({ image: 'ghcr.io/octo-org/app:1.0' });
    expect(getInputs().target).toEqual({ kind: 'image', image: 'ghcr.io/octo-org/app:1.0' });
    withInputs({ path: 'app' });
    expect(getInputs().target).toEqual({
      kind: 'path',
      path: path.join(workspace, 'app'),
      relative: 'app',
      isDirectory: true,
    });
    withInputs({ path: 'app/package-lock.json' });
    expect(getInputs().target).toMatchObject({ kind: 'path', relative: 'app/package-lock.json', isDirectory: false });
    withInputs({ file: 'image.tar' });
    expect(getInputs().target).toEqual({ kind: 'file', file: path.join(workspace, 'image.tar'), ociLayout: false });
    withInputs({ file: 'layout' });
    expect(getInputs().target).toEqual({ kind: 'file', file: path.join(workspace, 'layout'), ociLayout: true });
    // image-archive is the name scan uses; file (anchore/sbom-action's name) is the same input.
    withInputs({ 'image-archive': 'image.tar' });
    expect(getInputs().target).toEqual({ kind: 'file', file: path.join(workspace, 'image.tar'), ociLayout: false });
    withInputs({ 'image-archive': 'layout' });
    expect(getInputs().target).toEqual({ kind: 'file', file: path.join(workspace, 'layout'), ociLayout: true });
    withInputs({ 'image-archive': 'image.tar', file: 'image.tar' });
    expect(() => getInputs()).toThrow('Inputs `image-archive` and `file` cannot be used together; set exactly one.');
    withInputs({ 'image-archive': '../../etc/passwd' });
    expect(() => getInputs()).toThrow(/`image-archive`/);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-archive-'));
    fs.writeFileSync(path.join(outside, 'app.tar'), '');
    withInputs({ file: path.join(outside, 'app.tar') });
    expect(getInputs().target).toMatchObject({ kind: 'file', file: path.join(outside, 'app.tar') });
  });

  it('several formats, in the order given; several tools inputs for the chosen generator', () => {
    withInputs({
      format: 'spdx-json\nCycloneDX-JSON, syft-json',
      'syft-version': 'v1.50.0',
      'syft-sha256': 'A'.repeat(64),
    });
    const inputs = getInputs();
    expect(inputs.formats).toEqual(['spdx-json', 'cyclonedx-json', 'syft-json']);
    expect(inputs.syft).toEqual({ version: '1.50.0', sha256: 'a'.repeat(64), path: '' });
  });

  it('output-file for one format; output-dir resolved in the workspace', () => {
    withInputs({ 'output-file': 'sbom/app.cdx.json' });
    expect(getInputs()).toMatchObject({
      outputFile: path.join(workspace, 'sbom', 'app.cdx.json'),
      outputDir: path.join(workspace, 'sbom'),
    });
    withInputs({ 'output-dir': 'out', format: 'cyclonedx-json,spdx-json' });
    expect(getInputs()).toMatchObject({ outputFile: '', outputDir: path.join(workspace, 'out') });
  });

  it('matrix: the runner passes toJSON(matrix)', () => {
    withInputs({ matrix: '{\n  "os": "ubuntu-latest",\n  "node": 24\n}' });
    expect(getInputs().matrix).toEqual({ os: 'ubuntu-latest', node: 24 });
    withInputs({ matrix: 'null' });
    expect(getInputs().matrix).toBeUndefined();
  });

  it.each([
    [
      'two targets',
      { image: 'alpine:3.20', path: 'app' },
      'Inputs `image` and `path` cannot be used together; set exactly one.',
    ],
    [
      'three targets',
      { image: 'alpine:3.20', file: 'image.tar', path: 'app' },
      'Inputs `image` and `file` and `path` cannot be used together',
    ],
    ['a missing path', { path: 'nope' }, "Input `path`: 'nope' does not exist"],
    ['a path outside the workspace', { path: '../elsewhere' }, 'Input `path`'],
    ['a missing archive', { file: 'missing.tar' }, "Input `file`: 'missing.tar' does not exist"],
    [
      'a directory that is no OCI layout',
      { file: 'app' },
      "Input `file`: 'app' is a directory but not an OCI image layout",
    ],
    ['an invalid image', { image: 'Ghcr.io/Org/App' }, 'Input `image` is not a valid image reference'],
    [
      'an image with a Syft source scheme',
      { image: 'docker-archive:app.tar' },
      "Input `image` 'docker-archive:app.tar' starts with the source type 'docker-archive:'",
    ],
    [
      'an unknown format',
      { format: 'cyclonedx-json,spdx-tag-value' },
      "Input `format` accepts cyclonedx-json, spdx-json, syft-json; got 'spdx-tag-value'.",
    ],
    ['no format', { format: ' , ' }, 'Input `format` must name at least one of cyclonedx-json, spdx-json, syft-json.'],
    [
      'syft-json from Trivy',
      { generator: 'trivy', format: 'syft-json' },
      'Input `format`: syft-json can only be produced by the syft generator',
    ],
    ['an unknown generator', { generator: 'cdxgen' }, "Input `generator` must be one of syft, trivy; got 'cdxgen'."],
    [
      'output-file with two formats',
      { 'output-file': 'a.json', format: 'cyclonedx-json,spdx-json' },
      'Input `output-file` names one file, but 2 formats were requested',
    ],
    [
      'output-file and output-dir',
      { 'output-file': 'a.json', 'output-dir': 'out' },
      'Inputs `output-file` and `output-dir` cannot be used together',
    ],
    [
      'trivy inputs with syft',
      { 'trivy-version': '0.75.0' },
      'Input `trivy-version` has no effect with `generator: syft`',
    ],
    [
      'syft inputs with trivy',
      { generator: 'trivy', 'syft-path': '/usr/bin/syft' },
      'Input `syft-path` has no effect with `generator: trivy`',
    ],
    [
      'a relative tool path',
      { 'syft-path': 'bin/syft' },
      'Input `syft-path` must be an absolute path to the syft binary',
    ],
    [
      'a path and a version',
      { 'syft-path': '/usr/bin/syft', 'syft-version': '1.0.0' },
      'Input `syft-path` cannot be combined with `syft-version`',
    ],
    ['a digest without a version', { 'syft-sha256': 'a'.repeat(64) }, 'Input `syft-sha256` needs `syft-version`'],
    ['a bad digest', { 'syft-version': '1.0.0', 'syft-sha256': 'xyz' }, 'Input `syft-sha256` has an invalid value'],
    [
      'a bad version',
      { 'trivy-version': 'latest', generator: 'trivy' },
      'Input `trivy-version` must be a release version',
    ],
    ['a mirror that is no URL', { 'tools-mirror': 'ftp://mirror' }, 'Input `tools-mirror` must be an http(s) URL'],
    [
      'an artifact name with a slash',
      { 'artifact-name': 'sbom/app' },
      "Input `artifact-name` 'sbom/app' contains a character GitHub does not allow",
    ],
    [
      'a non-boolean flag',
      { 'dependency-snapshot': 'yes' },
      "Input `dependency-snapshot` must be true or false; got 'yes'.",
    ],
    ['a matrix that is not JSON', { matrix: '{os: linux}' }, 'Input `matrix` must be the JSON of the job matrix'],
    [
      'a platform without an os',
      { image: 'alpine', platform: 'arm64' },
      'Input `platform` is `all` or os/arch[/variant]',
    ],
    [
      'a platform for a directory',
      { path: 'app', platform: 'linux/amd64' },
      'Input `platform` picks a platform of `image`',
    ],
    [
      'a platform for an archive',
      { file: 'image.tar', platform: 'all' },
      'Input `platform` picks a platform of `image`',
    ],
    [
      'platform: all into one output file',
      { image: 'alpine', platform: 'all', 'output-file': 'sbom.json' },
      'Input `output-file` names one file, but `platform: all` writes one SBOM per platform',
    ],
  ])('refuses %s, naming the input', (_label, inputs, message) => {
    expect(errorOf(inputs as Record<string, string>)).toContain(message);
  });
});

describe('sbom inputs: platform', () => {
  it('none by default; one platform goes with the image target; all is kept for main', () => {
    withInputs({ image: 'alpine:3.20' });
    expect(getInputs().platform).toEqual({ kind: 'none' });
    withInputs({ image: 'alpine:3.20', platform: 'linux/arm/v7' });
    expect(getInputs().target).toEqual({ kind: 'image', image: 'alpine:3.20', platform: 'linux/arm/v7' });
    withInputs({ image: 'alpine:3.20', platform: 'all' });
    expect(getInputs().platform).toEqual({ kind: 'all' });
    expect(getInputs().target).toEqual({ kind: 'image', image: 'alpine:3.20' });
  });
});

describe('parseMatrix', () => {
  it.each([
    ['', undefined],
    ['null', undefined],
    ['${{ toJSON(matrix) }}', undefined],
    ['{}', {}],
    ['{"include":[{"a":1}]}', { include: [{ a: 1 }] }],
  ])('%j → %j', (text, expected) => {
    expect(parseMatrix(text)).toEqual(expected);
  });

  it.each(['[1,2]', '"linux"', '42'])('refuses %s', (text) => {
    expect(() => parseMatrix(text)).toThrow('Input `matrix` must be a JSON object');
  });
});
