/**
 * The one place that reads sign's inputs: typed, validated, every error
 * naming the input. Defaults live in action.yml. What to sign, the engine
 * and where signatures go are read as in sign-keyless (@scs/signing's
 * getSigningTargetInputs); this file adds the key and the services.
 *
 * The key: `key` (a PEM private key, from a secret; its password in
 * `key-password`) or `kms-key` (a KMS URI) — exactly one, checked in main so
 * that action.yml's empty defaults stay valid input. Neither ever reaches a
 * command line, a log line or a file.
 */
import * as core from '@actions/core';
import { ConfigurationError, getBoolean, getEnum, getSecret, getString } from '@scs/action-kit';
import {
  KEYED_INSTANCE_NAMES,
  getPemSecret,
  getServiceInputs,
  getSigningTargetInputs,
  parseKmsUri,
  type KeyedInstanceName,
  type SigningTargetInputs,
} from '@scs/signing';

export interface SignInputs extends SigningTargetInputs {
  /** The PEM private key ('' when kms-key is used). */
  key: string;
  keyPassword: string;
  /** The KMS key URI ('' when key is used). */
  kmsKey: string;
  instance: KeyedInstanceName;
  rekorUrl: string;
  tsaUrl: string;
  trustedRoot: string;
  tlogUpload: boolean;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): SignInputs {
  const targets = getSigningTargetInputs(env, { defaultOutputDir: 'sign' });
  const key = getPemSecret('key', (secret) => core.setSecret(secret));
  const keyPassword = getSecret('key-password');
  const kmsInput = getString('kms-key', { maxLength: 512 });
  const kmsKey = kmsInput ? parseKmsUri('kms-key', kmsInput).uri : '';
  if (key && kmsKey)
    throw new ConfigurationError('Inputs `key` and `kms-key` cannot be used together; set exactly one.');
  if (keyPassword && !key)
    throw new ConfigurationError('Input `key-password` applies to `key` (a PEM private key), which is not set.');
  const instance = getEnum('sigstore-instance', KEYED_INSTANCE_NAMES);
  const services = getServiceInputs(targets.workspace);
  const tlogUpload = getBoolean('tlog-upload');
  return { ...targets, key, keyPassword, kmsKey, instance, ...services, tlogUpload };
}
