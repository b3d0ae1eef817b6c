/** The kit's image reference helpers (added for sbom; shared by every action that takes an image). */
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, imageRegistry, validateImageReference } from '@scs/action-kit';

describe('validateImageReference', () => {
  it.each([
    'alpine',
    'alpine:3.20',
    'ghcr.io/octo-org/app:1.0',
    `ghcr.io/octo-org/app@sha256:${'a'.repeat(64)}`,
    `ghcr.io/octo-org/app:1.0@sha256:${'a'.repeat(64)}`,
    '127.0.0.1:5000/alpine-app:v1',
    'localhost/app',
  ])('accepts %s', (reference) => {
    expect(validateImageReference('image', reference)).toBe(reference);
  });

  it.each([
    ['https://ghcr.io/app', 'not a URL'],
    ['ghcr.io/app@sha256:abc', "invalid digest 'sha256:abc'"],
    ['ghcr.io/Org/App:1', 'Repository names must be lower-case.'],
    ['app name', 'is not a valid image reference'],
    ['-rf', 'is not a valid image reference'],
  ])('refuses %s, naming the input', (reference, message) => {
    expect(() => validateImageReference('subject', reference)).toThrow(ConfigurationError);
    expect(() => validateImageReference('subject', reference)).toThrow(message);
    expect(() => validateImageReference('subject', reference)).toThrow('Input `subject`');
  });
});

describe('imageRegistry', () => {
  it.each([
    ['alpine', 'docker.io'],
    ['library/alpine:3', 'docker.io'],
    ['ghcr.io/octo-org/app:1.0', 'ghcr.io'],
    ['GHCR.IO/octo-org/app', 'ghcr.io'],
    ['127.0.0.1:5000/app', '127.0.0.1:5000'],
    ['localhost/app', 'localhost'],
  ])('%s → %s', (reference, registry) => {
    expect(imageRegistry(reference)).toBe(registry);
  });
});
