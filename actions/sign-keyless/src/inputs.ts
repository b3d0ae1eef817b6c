/**
 * The one place that reads sign-keyless's inputs: typed, validated, every
 * error naming the input. Defaults live in action.yml. The inputs it shares
 * with actions/sign (what to sign, the engine, where signatures go) are read
 * by @scs/signing's getSigningTargetInputs.
 */
import { getBoolean, getEnum, getUrl } from '@scs/action-kit';
import {
  ENGINES,
  SIGSTORE_INSTANCE_NAMES,
  getSigningTargetInputs,
  getTrustedRootInput,
  requireSecureServiceUrl,
  type EngineName,
  type SigningTargetInputs,
  type SigstoreInstanceName,
} from '@scs/signing';

export { ENGINES, type EngineName };

export interface SignKeylessInputs extends SigningTargetInputs {
  instance: SigstoreInstanceName;
  publicLog: boolean;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  trustedRoot: string;
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): SignKeylessInputs {
  const targets = getSigningTargetInputs(env, { defaultOutputDir: 'sign-keyless' });
  const instance = getEnum('sigstore-instance', SIGSTORE_INSTANCE_NAMES);
  const publicLog = getBoolean('public-log');
  const fulcioUrl = requireSecureServiceUrl('fulcio-url', getUrl('fulcio-url'));
  const rekorUrl = requireSecureServiceUrl('rekor-url', getUrl('rekor-url'));
  const tsaUrl = requireSecureServiceUrl('tsa-url', getUrl('tsa-url'));
  const trustedRoot = getTrustedRootInput(targets.workspace);
  return { ...targets, instance, publicLog, fulcioUrl, rekorUrl, tsaUrl, trustedRoot };
}
