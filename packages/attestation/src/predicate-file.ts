import { promises as fsp } from 'node:fs';
import { ConfigurationError } from '@scs/action-kit';
import { MAX_PREDICATE_BYTES, formatBytes } from './limits.js';

/**
 * Reads a JSON document that becomes (or feeds) a predicate: refuses a file
 * over 16 MiB before reading it, text that is not UTF-8 JSON, and anything
 * but an object. `what` names the input in every error.
 */
export async function readJsonObjectFile(
  file: string,
  what: string,
  maxBytes = MAX_PREDICATE_BYTES,
): Promise<{ value: Record<string, unknown>; bytes: number }> {
  let size: number;
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) throw new ConfigurationError(`${what}: '${file}' is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `${what}: '${file}' cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  if (size > maxBytes) {
    throw tooLarge(what, size, maxBytes);
  }
  const buffer = await fsp.readFile(file);
  if (buffer.length > maxBytes) {
    throw tooLarge(what, buffer.length, maxBytes);
  }
  return { value: parseJsonObject(buffer, what), bytes: buffer.length };
}

/** Parses JSON text (UTF-8, optional BOM) that must be an object. */
export function parseJsonObject(input: string | Uint8Array, what: string): Record<string, unknown> {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new ConfigurationError(`${what} is not UTF-8 text; a predicate must be a JSON document.`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const head = text.replace(/^\uFEFF/, '').trimStart();
    const hint = head.startsWith('<')
      ? ' (it looks like XML)'
      : /^SPDXVersion:/m.test(head.slice(0, 4096))
        ? ' (it looks like an SPDX tag-value document)'
        : '';
    throw new ConfigurationError(`${what} is not valid JSON${hint}: ${(error as Error).message.slice(0, 200)}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(
      `${what} must be a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}.`,
    );
  }
  return value as Record<string, unknown>;
}

function tooLarge(what: string, size: number, maxBytes: number): ConfigurationError {
  return new ConfigurationError(
    `${what} is ${size.toLocaleString('en-US')} bytes; a predicate may be at most ${formatBytes(maxBytes)} (${maxBytes.toLocaleString('en-US')} bytes), GitHub's limit.`,
  );
}
