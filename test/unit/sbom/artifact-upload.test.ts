/**
 * Contract of the artifact uploader the action uses: the real
 * @actions/artifact client, loaded lazily, against a loopback service that
 * speaks the artifact protocol (Twirp + Azure Blob block upload).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import {
  actionsArtifactUploader,
  artifactUnavailableReason,
  describeUploadFailure,
} from '../../../actions/sbom/src/artifact-upload.js';
import { ArtifactService } from './support/artifact-service.js';

const service = new ArtifactService();
const saved = { ...process.env };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'artifact-upload-'));
const files = [path.join(dir, 'app.cdx.json'), path.join(dir, 'app.spdx.json')];
fs.writeFileSync(files[0]!, '{"bomFormat":"CycloneDX"}\n');
fs.writeFileSync(files[1]!, '{"spdxVersion":"SPDX-2.3"}\n');

beforeAll(() => service.start());
// @actions/artifact logs through @actions/core (stdout); keep the test output readable.
beforeEach(() => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterAll(() => service.stop());
afterEach(() => {
  jest.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

function runnerEnvironment(): void {
  Object.assign(process.env, service.runnerEnv(), { GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: dir });
}

describe('actionsArtifactUploader (@actions/artifact)', () => {
  it('creates, uploads a zip of the files (names relative to the root) and finalizes the artifact', async () => {
    runnerEnvironment();
    const result = await actionsArtifactUploader.upload('sbom-app-build', files, dir);
    expect(result.id).toBe(4242);
    expect(result.size).toBeGreaterThan(0);
    expect(service.created).toEqual([
      {
        name: 'sbom-app-build',
        workflowRunBackendId: 'run-backend-1',
        workflowJobRunBackendId: 'job-backend-7',
        version: expect.any(Number),
      },
    ]);
    expect(service.finalized).toEqual([
      { name: 'sbom-app-build', size: String(result.size), hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    ]);
    expect(service.authorizations.every((a) => a === `Bearer ${process.env.ACTIONS_RUNTIME_TOKEN}`)).toBe(true);
    const entries = service.zipEntries('sbom-app-build');
    expect(Object.keys(entries).sort()).toEqual(['app.cdx.json', 'app.spdx.json']);
    expect(entries['app.cdx.json']!.toString()).toBe('{"bomFormat":"CycloneDX"}\n');
  });

  it('a second upload of the same name in the run is a 409: a configuration error naming artifact-name', async () => {
    runnerEnvironment();
    service.existing.add('sbom-taken');
    const error = await actionsArtifactUploader.upload('sbom-taken', files, dir).catch((e: unknown) => e);
    const described = describeUploadFailure(error, 'sbom-taken');
    expect(described).toBeInstanceOf(ConfigurationError);
    expect(described.message).toContain("An artifact named 'sbom-taken' already exists in this workflow run");
    expect(described.message).toContain('`artifact-name`');
  });
});

describe('artifactUnavailableReason', () => {
  it.each([
    [{}, /ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/],
    [{ ACTIONS_RUNTIME_TOKEN: 't' }, /not set/],
    [
      { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://r/', GITHUB_SERVER_URL: 'https://ghes.example.com' },
      /ghes\.example\.com looks like GitHub Enterprise Server/,
    ],
  ])('%j', (env, reason) => {
    expect(artifactUnavailableReason(env)).toMatch(reason);
  });

  it.each(['https://github.com', 'https://octo.ghe.com', undefined])('available on %s', (server) => {
    expect(
      artifactUnavailableReason({
        ACTIONS_RUNTIME_TOKEN: 't',
        ACTIONS_RESULTS_URL: 'https://r/',
        ...(server ? { GITHUB_SERVER_URL: server } : {}),
      }),
    ).toBeUndefined();
  });

  it('other failures are infrastructure', () => {
    expect(
      describeUploadFailure(new Error('Failed to CreateArtifact: Unable to make request: ECONNREFUSED'), 'x'),
    ).toBeInstanceOf(InfrastructureError);
  });
});
