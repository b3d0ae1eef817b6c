/**
 * verify's `public-key`: inline PEM or a workspace file; a policy is keyless OR keyed (the identity inputs
 * are refused beside it, naming them); KMS URIs, private keys and paths outside the workspace are refused.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputEnvironment } from '../../support/action-harness.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PUBLIC = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-verify-key-'));
fs.writeFileSync(path.join(workspace, 'cosign.pub'), PUBLIC);

async function inputs(values: Record<string, string>) {
  for (const [key, value] of Object.entries(inputEnvironment('verify', values))) process.env[key] = value;
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = '/tmp';
  const { getInputs } = await import('../../../actions/verify/src/inputs.js');
  return getInputs();
}

const image = `ghcr.io/octo-org/app@sha256:${'a'.repeat(64)}`;

describe('verify public-key', () => {
  it('takes the PEM inline or from a workspace file, the same key either way; no identity warning', async () => {
    const inline = await inputs({ image, 'public-key': PUBLIC });
    const file = await inputs({ image, 'public-key': 'cosign.pub' });
    expect(inline.policy.publicKey?.hint).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(file.policy.publicKey?.hint).toBe(inline.policy.publicKey?.hint);
    expect(inline.policyWarnings.join('\n')).not.toContain('No identity is required');
  });

  it('refuses identity inputs beside it, naming them', async () => {
    await expect(
      inputs({
        image,
        'public-key': PUBLIC,
        'certificate-identity': 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main',
        'owner-id': '42',
      }),
    ).rejects.toThrow(/`public-key` makes the policy keyed, and `certificate-identity`, `owner-id` describe a keyless/);
  });

  it.each([
    ['a KMS URI', 'awskms:///alias/release', /KMS key URI/],
    ['a private key', pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), /PRIVATE key/],
    ['a path outside the workspace', '../../etc/passwd', /public-key/],
    ['a missing file', 'missing.pub', /public-key/],
  ])('refuses %s', async (_what, value, message) => {
    await expect(inputs({ image, 'public-key': value })).rejects.toThrow(message);
  });
});
