import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, validateImageReference } from '@scs/action-kit';
import { getInputs } from '../../../actions/scan/src/inputs.js';
import { FAKE_GITHUB_TOKEN, inputEnvironment } from '../../support/action-harness.js';

let workspace: string;
const saved = { ...process.env };

function withInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, inputEnvironment('scan', inputs));
}

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-inputs-'));
  fs.mkdirSync(path.join(workspace, 'app'));
  fs.writeFileSync(path.join(workspace, 'bom.json'), '{}');
  fs.writeFileSync(path.join(workspace, 'x.yaml'), '{}');
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(workspace, '_temp');
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe('scan inputs', () => {
  it('baseline: auto is the keyword (no file read), and is a baseline for fail-on-new-only; ./auto is a file', () => {
    withInputs({ baseline: 'auto', 'fail-on-new-only': 'true' });
    expect(getInputs()).toMatchObject({ baseline: '', baselineAuto: true, failOnNewOnly: true });
    fs.writeFileSync(path.join(workspace, 'auto'), '{}');
    withInputs({ baseline: './auto' });
    expect(getInputs()).toMatchObject({ baseline: path.join(workspace, 'auto'), baselineAuto: false });
  });

  it('defaults: the workspace, with vuln, secret and misconfig, gate high on fixed vulnerabilities', () => {
    withInputs({});
    const inputs = getInputs();
    expect(inputs.target).toEqual({ kind: 'path', path: workspace, relative: '' });
    expect(inputs.scanners).toEqual(['vuln', 'secret', 'misconfig']);
    expect(inputs.failOn).toBe('high');
    expect(inputs.onlyFixed).toBe(true);
    expect(inputs.severities).toEqual(['critical', 'high', 'medium', 'low', 'unknown']);
    expect(inputs.trivy).toEqual({ version: '', sha256: '', path: '', mirror: '' });
    expect(inputs.outputDir).toBe(path.join(workspace, '_temp', 'supply-chain-scan'));
    expect(inputs.githubToken).toBe(FAKE_GITHUB_TOKEN);
    expect(inputs.timeoutMinutes).toBe(15);
  });

  it('auto scanners follow the target', () => {
    withInputs({ image: 'ghcr.io/octo-org/app:1.0' });
    expect(getInputs().scanners).toEqual(['vuln', 'secret']);
    withInputs({ sbom: 'bom.json' });
    expect(getInputs().scanners).toEqual(['vuln']);
  });

  it('accepts lists separated by commas and newlines, in any case, and the old name "config"', () => {
    withInputs({ scanners: 'Secret,\nconfig\n', severities: 'CRITICAL, high' });
    const inputs = getInputs();
    expect(inputs.scanners).toEqual(['secret', 'misconfig']);
    expect(inputs.severities).toEqual(['critical', 'high']);
  });

  it('Grype: vulnerabilities only, no ignore file unless named, and the pinned DB defaults', () => {
    fs.writeFileSync(path.join(workspace, '.trivyignore'), 'CVE-2099-0001\n');
    fs.writeFileSync(path.join(workspace, '.grype.yaml'), 'ignore: []\n');
    withInputs({ scanner: 'grype' });
    const inputs = getInputs();
    expect(inputs.scanners).toEqual(['vuln']);
    expect(inputs.ignoreFiles).toEqual([]);
    expect(inputs.grypeConfig).toBe('');
    expect(inputs.db).toEqual({
      trivyRepositories: ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
      javaRepositories: ['mirror.gcr.io/aquasec/trivy-java-db:1', 'ghcr.io/aquasecurity/trivy-java-db:1'],
      checksRepositories: 'embedded',
      grypeUrl: 'https://grype.anchore.io/databases/v6/latest.json',
      maxAgeHours: 72,
      stale: 'fail',
      cache: 'auto',
    });
  });

  it('checks-bundle-repository: embedded by default, or repositories the action prepares the bundle from', () => {
    withInputs({});
    expect(getInputs().db.checksRepositories).toBe('embedded');
    withInputs({ 'checks-bundle-repository': '127.0.0.1:5000/trivy-checks:1,mirror.gcr.io/aquasec/trivy-checks:1' });
    expect(getInputs().db.checksRepositories).toEqual([
      '127.0.0.1:5000/trivy-checks:1',
      'mirror.gcr.io/aquasec/trivy-checks:1',
    ]);
  });

  it('always keeps the JSON report, and SARIF when it is uploaded', () => {
    withInputs({ formats: 'cyclonedx', 'upload-sarif': 'true' });
    expect(getInputs().formats).toEqual(['json', 'cyclonedx', 'sarif']);
  });

  it('never picks up a .trivyignore, trivy.yaml or trivy-secret.yaml that merely exists in the checkout', () => {
    for (const name of ['.trivyignore', 'trivy.yaml', 'trivy-secret.yaml'])
      fs.writeFileSync(path.join(workspace, name), 'x\n');
    withInputs({});
    expect(getInputs()).toMatchObject({
      ignoreFiles: [],
      trivyConfig: '',
      trivySecretConfig: '',
      skipDirs: [],
      skipFiles: [],
    });
  });

  it('reads the configuration inputs the workflow sets', () => {
    fs.mkdirSync(path.join(workspace, 'ci'));
    for (const name of ['trivy.yaml', 'secret.yaml', 'ignore'])
      fs.writeFileSync(path.join(workspace, 'ci', name), 'x\n');
    withInputs({
      'trivy-config': 'ci/trivy.yaml',
      'trivy-secret-config': 'ci/secret.yaml',
      'ignore-file': 'ci/ignore',
      'skip-dirs': 'vendor,\ntest/**/fixtures',
      'skip-files': '**/*.min.js',
    });
    expect(getInputs()).toMatchObject({
      trivyConfig: path.join(workspace, 'ci', 'trivy.yaml'),
      trivySecretConfig: path.join(workspace, 'ci', 'secret.yaml'),
      ignoreFiles: [path.join(workspace, 'ci', 'ignore')],
      skipDirs: ['vendor', 'test/**/fixtures'],
      skipFiles: ['**/*.min.js'],
    });
  });

  it('ignore-file is a list: several plain files for Trivy, config files for Grype', () => {
    for (const name of ['a.trivyignore', 'b.trivyignore']) fs.writeFileSync(path.join(workspace, name), 'x\n');
    withInputs({ 'ignore-file': 'a.trivyignore\nb.trivyignore' });
    expect(getInputs().ignoreFiles).toEqual([
      path.join(workspace, 'a.trivyignore'),
      path.join(workspace, 'b.trivyignore'),
    ]);
    withInputs({ scanner: 'grype', 'ignore-file': 'x.yaml, bom.json' });
    expect(getInputs().ignoreFiles).toEqual([path.join(workspace, 'x.yaml'), path.join(workspace, 'bom.json')]);
  });

  it('refuses a config file behind a symlink that leads out of the workspace', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-outside-'));
    fs.writeFileSync(path.join(outside, 'trivy.yaml'), 'severity: [LOW]\n');
    fs.symlinkSync(path.join(outside, 'trivy.yaml'), path.join(workspace, 'trivy.yaml'));
    withInputs({ 'trivy-config': 'trivy.yaml' });
    expect(() => getInputs()).toThrow(/`trivy-config` \('trivy.yaml'\) leads outside the workspace/);
  });

  it('resolves a relative path inside the workspace', () => {
    withInputs({ path: 'app' });
    expect(getInputs().target).toEqual({ kind: 'path', path: path.join(workspace, 'app'), relative: 'app' });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['two targets', { image: 'alpine:3.20', sbom: 'bom.json' }, /`image` and `sbom` cannot be used together/],
    [
      'image and a non-default path',
      { image: 'alpine:3.20', path: 'app' },
      /`image` and `path` cannot be used together/,
    ],
    [
      'a misspelt fail-on',
      { 'fail-on': 'hgh' },
      /`fail-on` must be one of critical, high, medium, low, none; got 'hgh'/,
    ],
    ['a non-boolean only-fixed', { 'only-fixed': 'yes' }, /`only-fixed` must be true or false; got 'yes'/],
    [
      'an unknown scanner',
      { scanners: 'vuln,rootkit' },
      /`scanners` accepts auto or any of vuln, secret, misconfig, license; got 'rootkit'/,
    ],
    [
      'secret scanning of an SBOM',
      { sbom: 'bom.json', scanners: 'secret' },
      /an SBOM can only be scanned for vuln and license/,
    ],
    [
      'an unknown severity',
      { severities: 'high,severe' },
      /`severities` accepts critical, high, medium, low, unknown; got 'severe'/,
    ],
    ['no severities', { severities: ' , ' }, /`severities` must list at least one/],
    ['a path outside the workspace', { path: '../../etc' }, /`path` .* resolves outside the workspace/],
    [
      'two ignore files, one of them YAML, for Trivy',
      { 'ignore-file': 'bom.json,x.yaml' },
      /`ignore-file`: Trivy reads one .trivyignore.yaml/,
    ],
    ['grype-config with Trivy', { 'grype-config': 'bom.json' }, /`grype-config` has no effect with `scanner: trivy`/],
    [
      'trivy-config with Grype',
      { scanner: 'grype', 'trivy-config': 'bom.json' },
      /`trivy-config` has no effect with `scanner: grype`/,
    ],
    ['a skip pattern that is an option', { 'skip-dirs': '--config=/etc/x' }, /`skip-dirs` takes glob patterns/],
    ['a skip pattern that climbs out', { 'skip-files': '../x' }, /`skip-files` takes glob patterns/],
    ['an absolute skip pattern', { 'skip-dirs': '/etc' }, /`skip-dirs` takes glob patterns/],
    [
      'an output-dir outside the workspace and RUNNER_TEMP',
      { 'output-dir': '/etc/scs' },
      /`output-dir` .* resolves outside the workspace/,
    ],
    ['a missing path', { path: 'nope' }, /`path`: 'nope' does not exist/],
    ['a URL where a path is expected', { path: 'https://evil.example/x' }, /`path` must be a path, not a URL/],
    [
      'a newline in path',
      { path: 'app\n::set-output name=gate::pass' },
      /`path` contains a newline or control character/,
    ],
    ['a NUL in image', { image: 'alpine\u0000:3' }, /`image` contains a newline or control character/],
    [
      'an image with an upper-case repository',
      { image: 'ghcr.io/Octo/App:1' },
      /not a valid image reference.*lower-case/,
    ],
    ['an image with a bad digest', { image: 'alpine@sha256:1234' }, /invalid digest 'sha256:1234'/],
    ['an image given as URL', { image: 'https://ghcr.io/o/a:1' }, /`image` must be an image reference/],
    ['shell in the image', { image: 'alpine:3;$(id)' }, /not a valid image reference/],
    ['a missing sbom', { sbom: 'missing.json' }, /`sbom`: 'missing.json' does not exist/],
    ['a missing ignore file', { 'ignore-file': '.nope' }, /`ignore-file`: '.nope' does not exist/],
    ['a version that escapes a URL', { 'trivy-version': 'v1/../../x' }, /`trivy-version` must be a release version/],
    ['a version with a query', { 'trivy-version': '0.75.0?x=1' }, /`trivy-version` must be a release version/],
    [
      'a digest that is not hex',
      { 'trivy-version': '0.74.0', 'trivy-sha256': 'z'.repeat(64) },
      /`trivy-sha256` .* 64 hexadecimal/,
    ],
    ['a digest without a version', { 'trivy-sha256': 'a'.repeat(64) }, /`trivy-sha256` needs `trivy-version`/],
    ['a relative trivy-path', { 'trivy-path': 'bin/trivy' }, /`trivy-path` must be an absolute path/],
    ['trivy-path with a version', { 'trivy-path': '/usr/bin/trivy', 'trivy-version': '0.75.0' }, /cannot be combined/],
    ['a mirror with a non-http scheme', { 'tools-mirror': 'file:///etc' }, /`tools-mirror` must be an http\(s\) URL/],
    ['a mirror with credentials', { 'tools-mirror': 'https://u:p@mirror.example' }, /must not embed credentials/],
    ['a zero timeout', { timeout: '0' }, /`timeout` .* whole number of minutes/],
    ['a very long value', { image: `a${'b'.repeat(600)}` }, /`image` is 601 characters long/],
    ['an unknown engine', { scanner: 'clair' }, /`scanner` must be one of trivy, grype; got 'clair'/],
    [
      'secret scanning with Grype',
      { scanner: 'grype', scanners: 'vuln,secret' },
      /Grype finds vulnerabilities only; use scanner: trivy for secret/,
    ],
    ['a relative grype-path', { 'grype-path': 'grype' }, /`grype-path` must be an absolute path/],
    ['grype-sha256 without a version', { 'grype-sha256': 'b'.repeat(64) }, /`grype-sha256` needs `grype-version`/],
    [
      'a DB repository without a tag',
      { 'db-repository': 'ghcr.io/aquasecurity/trivy-db' },
      /`db-repository` must list OCI repositories with a tag/,
    ],
    [
      'a DB repository given as URL',
      { 'db-repository': 'https://ghcr.io/aquasecurity/trivy-db:2' },
      /`db-repository` must list OCI repositories/,
    ],
    ['no DB repository', { 'db-repository': ' ' }, /`db-repository` must name at least one/],
    [
      'a checks bundle repository without a tag',
      { 'checks-bundle-repository': 'ghcr.io/aquasecurity/trivy-checks' },
      /`checks-bundle-repository` must list OCI repositories with a tag/,
    ],
    [
      'no checks bundle repository',
      { 'checks-bundle-repository': ' ' },
      /`checks-bundle-repository` must be `embedded` or name at least one/,
    ],
    ['a non-numeric db-max-age', { 'db-max-age': '3d' }, /`db-max-age` .* whole number of hours/],
    ['an unknown db-stale', { 'db-stale': 'ignore' }, /`db-stale` must be one of fail, warn/],
    ['an unknown db-cache', { 'db-cache': 'maybe' }, /`db-cache` must be one of auto, true, false/],
    [
      'a grype-db-url that is not http',
      { 'grype-db-url': 'file:///etc/passwd' },
      /`grype-db-url` must be an http\(s\) URL/,
    ],
    ['an unknown format', { formats: 'json,pdf' }, /`formats` accepts json, sarif, cyclonedx, cosign-vuln; got 'pdf'/],
    ['fail-on-new-only without a baseline', { 'fail-on-new-only': 'true' }, /`fail-on-new-only` needs `baseline`/],
    ['a missing baseline', { baseline: 'old.json' }, /`baseline`: 'old.json' does not exist/],
    [
      'baseline: Auto (the keyword in another case)',
      { baseline: 'Auto' },
      /`baseline` must be `auto` \(in lower case\)/,
    ],
    ['baseline: AUTO', { baseline: 'AUTO', 'fail-on-new-only': 'true' }, /`baseline` must be `auto` \(in lower case\)/],
    ['a missing VEX document', { vex: 'vex/a.json' }, /`vex`: 'vex\/a.json' does not exist/],
    ['a sarif-category with spaces', { 'sarif-category': 'my scan' }, /`sarif-category` .* letters, digits/],
    ['a non-boolean check-run', { 'check-run': 'on' }, /`check-run` must be true or false/],
    [
      'a platform without an os',
      { image: 'alpine', platform: 'amd64' },
      /`platform` is `all` or os\/arch\[\/variant\]/,
    ],
    ['a platform that is a flag', { image: 'alpine', platform: '--insecure' }, /`platform` is `all` or os\/arch/],
    ['a platform for a directory', { path: 'app', platform: 'linux/amd64' }, /`platform` picks a platform of `image`/],
    ['a platform for an SBOM', { sbom: 'bom.json', platform: 'all' }, /`platform` picks a platform of `image`/],
    [
      'platform: all from a Docker daemon',
      { image: 'alpine', platform: 'all', 'image-source': 'daemon' },
      /`platform`: all reads the image index from the registry/,
    ],
    [
      'platform: all with a baseline',
      { image: 'alpine', platform: 'all', baseline: 'bom.json' },
      /`baseline` compares one report; with `platform: all`/,
    ],
  ])('refuses %s with a clear message', (_name, inputs, message) => {
    withInputs(inputs);
    let error: unknown;
    try {
      getInputs();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('scan inputs: platform', () => {
  it('none by default; one platform goes with the image target; all is kept for main', () => {
    withInputs({ image: 'ghcr.io/octo-org/app:1.0' });
    expect(getInputs().platform).toEqual({ kind: 'none' });
    expect(getInputs().target).toEqual({ kind: 'image', image: 'ghcr.io/octo-org/app:1.0' });
    withInputs({ image: 'ghcr.io/octo-org/app:1.0', platform: 'linux/arm64/v8' });
    expect(getInputs().target).toEqual({
      kind: 'image',
      image: 'ghcr.io/octo-org/app:1.0',
      platform: 'linux/arm64/v8',
    });
    withInputs({ image: 'ghcr.io/octo-org/app:1.0', platform: 'all' });
    expect(getInputs().platform).toEqual({ kind: 'all' });
    expect(getInputs().target).toEqual({ kind: 'image', image: 'ghcr.io/octo-org/app:1.0' });
  });
});

describe('validateImageReference', () => {
  it.each([
    'alpine',
    'alpine:3.20',
    'docker.io/library/alpine:3.20',
    '127.0.0.1:5000/app:v1',
    `ghcr.io/octo-org/app@sha256:${'0'.repeat(64)}`,
    `ghcr.io/octo-org/app:1.0@sha256:${'f'.repeat(64)}`,
    'registry.example.com/a/b/c__d-e.f:tag_1.2-x',
  ])('accepts %s', (ref) => {
    expect(validateImageReference('image', ref)).toBe(ref);
  });
});
