/**
 * verify's `public-key` (a keyed policy): the PEM itself, or a file in the
 * workspace holding it (cosign.pub), read confined and capped. A policy is
 * keyless OR keyed: next to `public-key`, the inputs that describe a
 * certificate identity are refused (certificate-oidc-issuer, which has a
 * default, is ignored and documented so).
 */
import { ConfigurationError, errorMessage, rawInput, validatePath } from '@scs/action-kit';
import { parsePublicKey, readConfinedFile, type TrustedPublicKey } from '@scs/verification';

/** A PEM public key is under 1 kB (RSA-4096: ~800 bytes); a file holding more is not one. */
const MAX_PUBLIC_KEY_BYTES = 16 * 1024;

export function getPublicKeyInput(
  workspace: string,
  identityInputs: Record<string, string | boolean | undefined>,
): TrustedPublicKey | undefined {
  const value = rawInput('public-key').replace(/\r\n/g, '\n');
  if (!value) return undefined;
  if (value.length > MAX_PUBLIC_KEY_BYTES)
    throw new ConfigurationError(
      `Input \`public-key\` is ${value.length} characters long; at most ${MAX_PUBLIC_KEY_BYTES}.`,
    );
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0009\u000B-\u001F\u007F\u2028\u2029]/.test(value))
    throw new ConfigurationError('Input `public-key` contains a control character other than a line break.');
  const conflicting = Object.entries(identityInputs)
    .filter(([, given]) => given)
    .map(([name]) => `\`${name}\``);
  if (conflicting.length > 0) {
    throw new ConfigurationError(
      `Input \`public-key\` makes the policy keyed, and ${conflicting.join(', ')} describe a keyless (certificate) identity: a policy is one or the other. Remove ${conflicting.length === 1 ? 'it' : 'them'}, or remove public-key.`,
    );
  }
  if (value.startsWith('-----BEGIN ') || /^[a-z0-9]+:\/\//.test(value)) return parsePublicKey('public-key', value);
  if (value.includes('\n'))
    throw new ConfigurationError(
      'Input `public-key` is neither a PEM block (-----BEGIN PUBLIC KEY-----) nor one file path.',
    );
  const file = validatePath('public-key', value, { base: workspace, mustExist: 'file', allowAbsolute: false });
  let text: string;
  try {
    text = readConfinedFile(file, {
      roots: [workspace],
      rootsLabel: 'the workspace',
      maxBytes: MAX_PUBLIC_KEY_BYTES,
    }).toString('utf8');
  } catch (error) {
    throw new ConfigurationError(`Input \`public-key\`: cannot read ${value.slice(0, 200)}: ${errorMessage(error)}`);
  }
  return parsePublicKey('public-key', text);
}
