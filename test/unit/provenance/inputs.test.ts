import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '@scs/action-kit';
import { getInputs } from '../../../actions/provenance/src/inputs.js';
import { FAKE_GITHUB_TOKEN, inputEnvironment } from '../../support/action-harness.js';

let workspace: string;
const saved = { ...process.env };

function withInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, inputEnvironment('provenance', inputs));
}

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-inputs-'));
  for (const name of ['sbom.json', 'report.json', 'predicate.json', 'checksums.txt', 'root.json'])
    fs.writeFileSync(path.join(workspace, name), '{}');
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(workspace, '_temp');
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

const HEX = 'e'.repeat(64);

describe('provenance inputs', () => {
  it('defaults: SLSA provenance, cosign on public-good, push to the registry, files in RUNNER_TEMP/provenance', () => {
    withInputs({ 'subject-image': 'ghcr.io/octo-org/app:1.0' });
    const inputs = getInputs();
    expect(inputs.subjects).toEqual({
      image: 'ghcr.io/octo-org/app:1.0',
      paths: [],
      checksums: '',
      digest: '',
      name: '',
    });
    expect(inputs.predicate).toEqual({ kind: 'slsa' });
    expect(inputs.engine).toBe('cosign');
    expect(inputs.sigstore).toEqual({
      instance: 'public-good',
      publicLog: false,
      fulcioUrl: '',
      rekorUrl: '',
      tsaUrl: '',
      trustedRoot: '',
    });
    expect(inputs.pushToRegistry).toBe(true);
    expect(inputs.githubAttestation).toBe('auto');
    expect(inputs.createStorageRecord).toBe(true);
    expect(inputs.perSubject).toBe(false);
    expect(inputs.outputDir).toBe(path.join(workspace, '_temp', 'provenance'));
    expect(inputs.githubToken).toBe(FAKE_GITHUB_TOKEN);
    expect(inputs.cosign).toEqual({ version: '', sha256: '', path: '', mirror: '' });
  });

  it('takes every subject source at once, and each predicate with its own inputs', () => {
    withInputs({
      'subject-path': 'dist/*.tar.gz\n!dist/skip.tar.gz',
      'subject-checksums': 'checksums.txt',
      'subject-digest': `sha256:${HEX}`,
      'subject-name': 'app.whl',
      predicate: 'custom',
      'predicate-type': 'https://example.com/review/v1',
      'predicate-path': 'predicate.json',
    });
    const inputs = getInputs();
    expect(inputs.subjects).toEqual({
      image: '',
      paths: ['dist/*.tar.gz', '!dist/skip.tar.gz'],
      checksums: path.join(workspace, 'checksums.txt'),
      digest: `sha256:${HEX}`,
      name: 'app.whl',
    });
    expect(inputs.predicate).toEqual({
      kind: 'custom',
      predicateType: 'https://example.com/review/v1',
      predicatePath: path.join(workspace, 'predicate.json'),
    });
    withInputs({ 'subject-digest': `sha256:${HEX}`, 'subject-name': 'x', predicate: 'SBOM', 'sbom-path': 'sbom.json' });
    expect(getInputs().predicate).toEqual({ kind: 'sbom', sbomPath: path.join(workspace, 'sbom.json') });
    withInputs({
      'subject-digest': `sha256:${HEX}`,
      'subject-name': 'x',
      predicate: 'vuln',
      'scan-report': 'report.json',
    });
    expect(getInputs().predicate).toEqual({ kind: 'vuln', scanReport: path.join(workspace, 'report.json') });
  });

  it.each([
    [
      { 'subject-digest': `sha256:${HEX.toUpperCase()}`, 'subject-name': 'x' },
      /^Input `subject-digest` must be sha256: followed by 64 lower-case hex/,
    ],
    [{ 'subject-digest': 'sha256:abc', 'subject-name': 'x' }, /^Input `subject-digest` must be sha256/],
    [{ 'subject-digest': `sha256:${HEX}` }, /^Input `subject-name` is required with `subject-digest`/],
    [{ 'subject-name': 'x' }, /^Input `subject-digest` is required with `subject-name`/],
    [{ 'subject-image': 'ghcr.io/o/a@sha256:1234' }, /^Input `subject-image` has an invalid digest/],
    [{ 'subject-image': 'https://ghcr.io/o/a' }, /^Input `subject-image` must be an image reference/],
    [{ 'subject-checksums': 'missing.txt' }, /^Input `subject-checksums`: 'missing.txt' does not exist/],
    [{ predicate: 'sbom' }, /^Input `sbom-path` is required with `predicate: sbom`/],
    [{ predicate: 'vuln' }, /^Input `scan-report` is required with `predicate: vuln`/],
    [
      { predicate: 'custom', 'predicate-path': 'predicate.json' },
      /^Input `predicate-type` is required with `predicate: custom`/,
    ],
    [
      { predicate: 'custom', 'predicate-type': 'review', 'predicate-path': 'predicate.json' },
      /^Input `predicate-type`: the predicate type must be an absolute URI/,
    ],
    [{ predicate: 'custom', 'predicate-type': 'https://x.test/p' }, /^Input `predicate-path` is required/],
    [
      { 'sbom-path': 'sbom.json' },
      /^Input `sbom-path` is used only with `predicate: sbom`; this step has `predicate: slsa`/,
    ],
    [{ predicate: 'intoto' }, /^Input `predicate` must be one of slsa, sbom, vuln, custom/],
    [{ engine: 'notary' }, /^Input `engine` must be one of cosign, sigstore/],
    [{ 'sigstore-instance': 'custom' }, /^Input `fulcio-url` is required with `sigstore-instance: custom`/],
    [
      { 'sigstore-instance': 'custom', 'fulcio-url': 'http://127.0.0.1:1', 'trusted-root': 'root.json' },
      /set `rekor-url` .* or `tsa-url`/,
    ],
    [
      { 'fulcio-url': 'https://fulcio.example.com' },
      /^Input `fulcio-url` is used only with `sigstore-instance: custom`/,
    ],
    [{ 'sigstore-instance': 'github', engine: 'sigstore', 'public-log': 'true' }, /no public log/],
    [{ 'sigstore-instance': 'github' }, /^`sigstore-instance: github` needs `engine: sigstore`/],
    [{ 'registry-username': 'bot' }, /^Input `registry-password` is required with `registry-username`/],
    [{ 'output-dir': '../elsewhere' }, /^Input `output-dir` .* must be inside the workspace/],
    [
      { 'github-attestation': 'true', 'github-token': '' },
      /^Input `github-token` is required with `github-attestation: true`/,
    ],
    [{ 'cosign-sha256': HEX }, /^Input `cosign-sha256` needs `cosign-version`/],
    [{ 'push-to-registry': 'yes' }, /^Input `push-to-registry` must be true or false/],
    [{ 'github-attestation': 'maybe' }, /^Input `github-attestation` must be one of auto, true, false/],
    [{ 'attestation-per-subject': 'yes' }, /^Input `attestation-per-subject` must be true or false/],
    [{ 'create-storage-record': '1' }, /^Input `create-storage-record` must be true or false/],
    // Inline JSON predicate (actions/attest's `predicate`): type required, predicate-path excluded, JSON object only, 16 MiB.
    [{ predicate: '{"a":1}' }, /^Input `predicate-type` is required with an inline JSON `predicate`/],
    [
      { predicate: '{"a":1}', 'predicate-type': 'https://example.com/p/v1', 'predicate-path': 'predicate.json' },
      /^Inputs `predicate` \(inline JSON\) and `predicate-path` cannot be used together/,
    ],
    [
      { predicate: '{"a":SECRET-ISH}', 'predicate-type': 'https://example.com/p/v1' },
      /^Input `predicate` starts like a JSON object but is not valid JSON/,
    ],
    [
      { predicate: '{"a":1} trailing', 'predicate-type': 'https://example.com/p/v1' },
      /^Input `predicate` starts like a JSON object but is not valid JSON/,
    ],
    [{ predicate: '{"a":1}', 'predicate-type': 'not a uri' }, /predicate-type/],
  ])('refuses %j, naming the input', (values, message) => {
    withInputs({ 'subject-path': 'dist/*', ...values });
    expect(() => getInputs()).toThrow(ConfigurationError);
    expect(() => getInputs()).toThrow(message);
  });

  it('takes an inline JSON predicate as a custom predicate, never quoting a broken one', () => {
    withInputs({
      'subject-path': 'a',
      predicate: '{"review":{"approved":true},"n":[1,2]}',
      'predicate-type': 'https://example.com/review/v1',
    });
    expect(getInputs().predicate).toEqual({
      kind: 'custom',
      predicateType: 'https://example.com/review/v1',
      predicatePath: '',
      inline: { review: { approved: true }, n: [1, 2] },
    });
    withInputs({
      'subject-path': 'a',
      predicate: '{"token":"ghp_NOTQUOTED',
      'predicate-type': 'https://example.com/review/v1',
    });
    expect(() => getInputs()).toThrow(ConfigurationError);
    try {
      getInputs();
    } catch (error) {
      expect((error as Error).message).not.toContain('ghp_NOTQUOTED');
    }
    withInputs({
      'subject-path': 'a',
      predicate: `{"a":"${'x'.repeat(16 * 1024 * 1024)}"}`,
      'predicate-type': 'https://example.com/p/v1',
    });
    expect(() => getInputs()).toThrow(
      /^Input `predicate` is 16777224 bytes of JSON; a predicate may be at most 16 MiB/,
    );
    withInputs({
      'subject-path': 'a',
      'github-attestation': 'true',
      'attestation-per-subject': 'true',
      'create-storage-record': 'false',
    });
    expect(getInputs()).toMatchObject({ githubAttestation: 'true', perSubject: true, createStorageRecord: false });
  });

  it('accepts a custom instance with its trusted root, and output-dir in the workspace or RUNNER_TEMP', () => {
    withInputs({
      'subject-path': 'a',
      'sigstore-instance': 'custom',
      'fulcio-url': 'http://127.0.0.1:3000/',
      'tsa-url': 'http://127.0.0.1:3001',
      'trusted-root': 'root.json',
      'output-dir': 'out/attestations',
    });
    const inputs = getInputs();
    expect(inputs.sigstore).toMatchObject({
      instance: 'custom',
      fulcioUrl: 'http://127.0.0.1:3000',
      tsaUrl: 'http://127.0.0.1:3001',
      trustedRoot: path.join(workspace, 'root.json'),
    });
    expect(inputs.outputDir).toBe(path.join(workspace, 'out', 'attestations'));
    withInputs({ 'subject-path': 'a', 'output-dir': path.join(workspace, '_temp', 'x') });
    expect(getInputs().outputDir).toBe(path.join(workspace, '_temp', 'x'));
  });
});
