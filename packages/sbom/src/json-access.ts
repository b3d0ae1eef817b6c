/** Small, total accessors for untrusted JSON (documents written by other tools). */

import { isObject, type JsonObject } from '@scs/vocabulary';

export { isObject, type JsonObject };

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function objects(value: unknown): JsonObject[] {
  return arr(value).filter(isObject);
}

export function strings(value: unknown): string[] {
  return arr(value).filter((item): item is string => typeof item === 'string');
}
