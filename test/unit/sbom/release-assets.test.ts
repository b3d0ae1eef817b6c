/** Release assets through the REST API (nock), with the real fetch-based client. */
import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError, InfrastructureError } from '@scs/action-kit';
import { githubRequest } from '@scs/github-api';
import {
  assetUploadUrl,
  isTrustedUploadHost,
  releaseFromEvent,
  uploadReleaseAssets,
} from '../../../actions/sbom/src/release-assets.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-assets-'));
const files = [path.join(dir, 'app.cdx.json'), path.join(dir, 'app.spdx.json')];
fs.writeFileSync(files[0]!, '{"bomFormat":"CycloneDX"}');
fs.writeFileSync(files[1]!, '{"spdxVersion":"SPDX-2.3"}');
const release = {
  id: 77,
  tag: 'v1.2.0',
  uploadUrl: 'https://uploads.github.com/repos/octo-org/app/releases/77/assets{?name,label}',
};
const options = {
  api: githubRequest,
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  repository: 'octo-org/app',
  token: 'ghs_x',
  release,
  files,
};

describe('releaseFromEvent', () => {
  it.each([
    ['release', { release: { id: 77, tag_name: 'v1.2.0', upload_url: release.uploadUrl } }, release],
    ['push', { release: { id: 77, upload_url: release.uploadUrl } }, undefined],
    ['release', { release: { id: '77', upload_url: release.uploadUrl } }, undefined],
    ['release', {}, undefined],
  ])('%s %j', (eventName, payload, expected) => {
    expect(releaseFromEvent(eventName, payload)).toEqual(expected);
  });

  it('upload URLs and the hosts the token may go to', () => {
    expect(assetUploadUrl(release.uploadUrl, 'app 1.cdx.json')).toBe(
      'https://uploads.github.com/repos/octo-org/app/releases/77/assets?name=app%201.cdx.json',
    );
    expect(isTrustedUploadHost(release.uploadUrl, 'https://api.github.com', 'https://github.com')).toBe(true);
    expect(
      isTrustedUploadHost(
        'https://ghes.example.com/api/uploads/repos/o/r/releases/1/assets',
        'https://ghes.example.com/api/v3',
        'https://ghes.example.com',
      ),
    ).toBe(true);
    expect(isTrustedUploadHost('https://evil.example/upload', 'https://api.github.com', 'https://github.com')).toBe(
      false,
    );
    expect(isTrustedUploadHost('not a url', 'https://api.github.com', 'https://github.com')).toBe(false);
  });
});

describe('uploadReleaseAssets', () => {
  it('uploads each file; a same-named asset from an earlier run is replaced', async () => {
    const api = nock('https://api.github.com', { reqheaders: { authorization: 'Bearer ghs_x' } })
      .get('/repos/octo-org/app/releases/77/assets')
      .query({ per_page: '100' })
      .reply(200, [
        { id: 9, name: 'app.spdx.json' },
        { id: 10, name: 'other.txt' },
      ])
      .delete('/repos/octo-org/app/releases/assets/9')
      .reply(204);
    // Each upload carries the file's bytes (nock matches the body).
    const uploads = nock('https://uploads.github.com', {
      reqheaders: { authorization: 'Bearer ghs_x', 'content-type': 'application/json' },
    })
      .post('/repos/octo-org/app/releases/77/assets', { bomFormat: 'CycloneDX' })
      .query({ name: 'app.cdx.json' })
      .reply(201, { browser_download_url: 'https://github.com/octo-org/app/releases/download/v1.2.0/app.cdx.json' })
      .post('/repos/octo-org/app/releases/77/assets', { spdxVersion: 'SPDX-2.3' })
      .query({ name: 'app.spdx.json' })
      .reply(201, {});
    const uploaded = await uploadReleaseAssets(options);
    expect(uploaded).toEqual([
      {
        name: 'app.cdx.json',
        url: 'https://github.com/octo-org/app/releases/download/v1.2.0/app.cdx.json',
        replaced: false,
      },
      { name: 'app.spdx.json', url: '', replaced: true },
    ]);
    expect(api.isDone()).toBe(true);
    expect(uploads.isDone()).toBe(true);
  });

  it('403: the token lacks contents: write — a configuration error that says so', async () => {
    nock('https://api.github.com').get('/repos/octo-org/app/releases/77/assets').query(true).reply(200, []);
    nock('https://uploads.github.com')
      .post('/repos/octo-org/app/releases/77/assets')
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    const error = await uploadReleaseAssets(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('HTTP 403: Resource not accessible by integration');
    expect((error as Error).message).toContain('`upload-release-assets: false`');
  });

  it('an untrusted upload host gets no token and no request', async () => {
    const error = await uploadReleaseAssets({
      ...options,
      release: { ...release, uploadUrl: 'https://evil.example/assets{?name,label}' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((error as Error).message).toContain('the token was not sent');
  });

  it('a failing listing is an infrastructure error', async () => {
    nock('https://api.github.com').get('/repos/octo-org/app/releases/77/assets').query(true).reply(502, 'bad gateway');
    await expect(uploadReleaseAssets(options)).rejects.toThrow(
      'Listing the assets of release v1.2.0 failed (HTTP 502): bad gateway',
    );
  });
});
