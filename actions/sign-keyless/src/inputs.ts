/**
 * The one place that reads sign-keyless's inputs: typed, validated, every
 * error naming the input. Defaults live in action.yml. The inputs it shares
 * with actions/sign (what to sign, the engine, where signatures go) are read
 * by @scs/signing's getSigningTargetInputs.
 */
import {
  ENGINES,
  getKeylessServiceInputs,
  getSigningTargetInputs,
  type EngineName,
  type KeylessServiceInputs,
  type SigningTargetInputs,
} from '@scs/signing';

export { ENGINES, type EngineName };

export interface SignKeylessInputs extends SigningTargetInputs, KeylessServiceInputs {}

export function getInputs(env: NodeJS.ProcessEnv = process.env): SignKeylessInputs {
  const targets = getSigningTargetInputs(env, { defaultOutputDir: 'sign-keyless' });
  return { ...targets, ...getKeylessServiceInputs(targets.workspace) };
}
