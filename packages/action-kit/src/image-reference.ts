import { ConfigurationError } from './errors.js';

/**
 * Container image references as inputs: registry/repository[:tag][@sha256:64hex].
 * Lower-case repository (as the distribution spec requires), no whitespace, no
 * scheme. Shared by every action that takes an image.
 */
const IMAGE_PATTERN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

/** Returns `value` when it is a valid image reference; otherwise throws a ConfigurationError naming `input`. */
export function validateImageReference(input: string, value: string): string {
  if (value.includes('://')) {
    throw new ConfigurationError(
      `Input \`${input}\` must be an image reference such as ghcr.io/org/app:1.0 or ghcr.io/org/app@sha256:…, not a URL.`,
    );
  }
  const digest = /@([^@]*)$/.exec(value)?.[1];
  if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw new ConfigurationError(
      `Input \`${input}\` has an invalid digest '${digest.slice(0, 80)}': expected sha256: followed by 64 lower-case hex characters.`,
    );
  }
  if (!IMAGE_PATTERN.test(value)) {
    const repo = value.replace(/@.*$/, '').replace(/:[\w][\w.-]*$/, '');
    const hint = /[A-Z]/.test(repo.split('/').slice(1).join('/') || repo)
      ? ' Repository names must be lower-case.'
      : '';
    throw new ConfigurationError(`Input \`${input}\` is not a valid image reference: '${value.slice(0, 200)}'.${hint}`);
  }
  return value;
}

/** The registry host of a reference ('docker.io' when it names none). */
export function imageRegistry(reference: string): string {
  const first = reference.split('/')[0] ?? '';
  return reference.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first.toLowerCase()
    : 'docker.io';
}
