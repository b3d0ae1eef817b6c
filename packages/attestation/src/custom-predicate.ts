import { readJsonObjectFile } from './predicate-file.js';
import { validatePredicateType } from './statement.js';

export interface CustomPredicate {
  predicateType: string;
  predicate: Record<string, unknown>;
}

/** `predicate-type` (an absolute URI) + `predicate-path` (a JSON object of at most 16 MiB). */
export async function customPredicateFromFile(predicateType: string, file: string): Promise<CustomPredicate> {
  const type = validatePredicateType(predicateType, 'Input `predicate-type`');
  const { value } = await readJsonObjectFile(file, 'Input `predicate-path`');
  return { predicateType: type, predicate: value };
}
