/**
 * The built sign bundle with engine: cosign at its process boundary, for what
 * no real tool can show offline: a KMS key (no KMS is reachable here — none
 * was used) and the exact environment cosign gets. cosign is NOT run:
 * test/fixtures/bin/cosign-stand-in.mjs stands in for it and records argv and
 * environment (the key only as a SHA-256); with `--key` it signs with a key
 * of its own and writes a keyed bundle. The same PEM path runs against the
 * real cosign 3.1.3 in test/interop/sign-keyed.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction, type ActionRun } from '../support/action-harness.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore-stack.js';

const standIn = path.join(process.cwd(), 'test', 'fixtures', 'bin', 'cosign-stand-in.mjs');
const PEM = [
  '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----',
  'eyJrZGYiOnsibmFtZSI6InNjcnlwdCIsInBhcmFtcyI6eyJOIjo2NTUzNiwiciI6OCwicCI6MX19',
  '-----END ENCRYPTED SIGSTORE PRIVATE KEY-----',
].join('\n');
const CLOUD = {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'aws-secret-example',
  GOOGLE_APPLICATION_CREDENTIALS: '/tmp/gcp.json',
  AZURE_CLIENT_ID: 'azure-client',
  VAULT_ADDR: 'http://127.0.0.1:8200',
  VAULT_TOKEN: 'vault-token-example',
  UNRELATED_SECRET: 'must-not-reach-cosign',
  COSIGN_PRIVATE_KEY: 'a key left in the runner environment',
};

interface RecordLine {
  argv: string[];
  signingConfig: { caUrls: unknown[]; rekorTlogUrls: { url: string }[] } | null;
  env: {
    SIGSTORE_ID_TOKEN_sha256: string | null;
    COSIGN_PRIVATE_KEY_sha256: string | null;
    COSIGN_PASSWORD: string | null;
    names: string[];
  };
}

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstoreStack();
  fs.chmodSync(standIn, 0o755);
});
afterAll(async () => {
  await stack?.close();
});

async function signFile(inputs: Record<string, string>): Promise<{ run: ActionRun; calls: RecordLine[] }> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-sign-keyed-'));
  fs.writeFileSync(path.join(workspace, 'app.tar.gz'), 'app\n');
  const record = path.join(workspace, '..', `${path.basename(workspace)}.jsonl`);
  const run = await runAction('sign', {
    inputs: {
      files: 'app.tar.gz',
      engine: 'cosign',
      'cosign-path': standIn,
      'sigstore-instance': 'custom',
      'rekor-url': stack.rekorUrl,
      ...inputs,
    },
    env: { ...CLOUD, COSIGN_STANDIN_RECORD: record },
    workspace,
  });
  const calls = fs.existsSync(record)
    ? fs
        .readFileSync(record, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RecordLine)
        .filter((line) => line.argv[0] !== 'version')
    : [];
  return { run, calls };
}

const failure = (run: ActionRun) =>
  run.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');

describe('sign (dist), engine: cosign — the key reaches cosign only through its environment', () => {
  it.each([
    [
      'awskms:///arn:aws:kms:eu-west-1:111122223333:alias/release',
      ['AWS_ACCESS_KEY_ID', 'AWS_REGION', 'AWS_SECRET_ACCESS_KEY'],
    ],
    ['hashivault://release-key', ['VAULT_ADDR', 'VAULT_TOKEN']],
    [
      'gcpkms://projects/octo-project/locations/global/keyRings/ring/cryptoKeys/release',
      ['GOOGLE_APPLICATION_CREDENTIALS'],
    ],
    ['azurekms://octovault.vault.azure.net/release', ['AZURE_CLIENT_ID']],
  ])(
    'KMS %s: --key <uri> in argv, the provider credentials allowed, no token, no PEM, nothing unrelated',
    async (uri, allowed) => {
      const { run, calls } = await signFile({ 'kms-key': uri });
      expect(failure(run)).toBe('');
      expect(calls).toHaveLength(1);
      const call = calls[0]!;
      expect(call.argv.slice(call.argv.indexOf('--key'), call.argv.indexOf('--key') + 2)).toEqual(['--key', uri]);
      expect(call.signingConfig?.caUrls).toEqual([]);
      expect(call.signingConfig?.rekorTlogUrls.map((u) => u.url)).toEqual([stack.rekorUrl]);
      expect(call.env.SIGSTORE_ID_TOKEN_sha256).toBeNull();
      expect(call.env.COSIGN_PRIVATE_KEY_sha256).toBeNull();
      expect(call.env.COSIGN_PASSWORD).toBeNull();
      for (const name of allowed) expect(call.env.names).toContain(name);
      expect(call.env.names).not.toContain('UNRELATED_SECRET');
      // Only the chosen provider's variables beyond cosign's base list (registry helpers keep AWS_/AZURE_/GOOGLE_…).
      if (!uri.startsWith('hashivault')) expect(call.env.names).not.toContain('VAULT_TOKEN');
      expect(run.outputs['public-key-hint']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      expect(run.outputs['verify-command']).toContain(`--key '${uri}'`);
    },
  );

  it('a PEM key: COSIGN_PRIVATE_KEY holds exactly the key, COSIGN_PASSWORD the password; neither in argv nor the log', async () => {
    const { run, calls } = await signFile({ key: PEM, 'key-password': 'pw-example-123' });
    expect(failure(run)).toBe('');
    const call = calls[0]!;
    expect(call.argv).toContain('env://COSIGN_PRIVATE_KEY');
    expect(call.env.COSIGN_PRIVATE_KEY_sha256).toBe(createHash('sha256').update(`${PEM}\n`).digest('hex'));
    expect(call.env.COSIGN_PASSWORD).toBe('set');
    expect(call.env.SIGSTORE_ID_TOKEN_sha256).toBeNull();
    expect(JSON.stringify(call.argv)).not.toContain('pw-example-123');
    expect(JSON.stringify(call.argv)).not.toContain('eyJrZGYi');
    // Everything the runner would show: the add-mask commands (which carry the secrets to mask) are not shown.
    const log = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(run.stdout).toContain('::add-mask::pw-example-123');
    expect(log).not.toContain('pw-example-123');
    expect(log).not.toContain('eyJrZGYiOnsibmFtZSI6InNjcnlwdCIsInBhcmFtcyI6eyJOIjo2NTUzNiwiciI6OCwicCI6MX19');
    // Nothing of the key is left in RUNNER_TEMP after the step.
    const leftovers = fs.readdirSync(run.runnerTemp, { recursive: true }).map(String);
    for (const entry of leftovers) {
      const full = path.join(run.runnerTemp, entry);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8')).not.toContain('eyJrZGYi');
    }
  });

  it('tlog-upload: false: a signing config without a log, no log index, a verify command with --insecure-ignore-tlog', async () => {
    const { run, calls } = await signFile({ key: PEM, 'rekor-url': '', 'tlog-upload': 'false' });
    expect(failure(run)).toBe('');
    expect(calls[0]!.signingConfig?.rekorTlogUrls).toEqual([]);
    expect(run.outputs['rekor-log-index']).toBeUndefined();
    expect(run.outputs['verify-command']).toContain('--insecure-ignore-tlog');
  });

  it('kms-key with engine: sigstore is refused before anything runs', async () => {
    const { run, calls } = await signFile({ 'kms-key': 'hashivault://release-key', engine: 'sigstore' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain('`kms-key` needs engine: cosign');
    expect(calls).toEqual([]);
  });
});
