/** Small, total accessors for untrusted JSON (documents written by other tools). */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
