import { createHash } from 'node:crypto';
import { slugify } from './output-files.js';

/**
 * Names that must be unique per job and matrix combination: the default
 * artifact name (a second upload of the same name in one run is a 409 —
 * anchore/sbom-action#467) and the dependency snapshot's job correlator (a
 * snapshot replaces the last one with the same correlator).
 *
 * The matrix comes from the `matrix` input, whose default is
 * `${{ toJSON(matrix) }}`: readable values for people, plus a hash of the
 * canonical JSON so that combinations whose values slugify alike stay apart.
 */

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function leaves(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.keys(record)
      .sort()
      .flatMap((key) => leaves(record[key]));
  }
  return [String(value)];
}

/** `<values>-<hash8>` for a matrix job, undefined outside one (or for an empty matrix). */
export function matrixSuffix(matrix: Record<string, unknown> | undefined): string | undefined {
  if (!matrix || Object.keys(matrix).length === 0) return undefined;
  const hash = createHash('sha256').update(canonicalJson(matrix)).digest('hex').slice(0, 8);
  const values = slugify(leaves(matrix).join('-'), 40);
  return values ? `${values}-${hash}` : hash;
}

export interface NameParts {
  /** targetSlug() of what was described. */
  target: string;
  /** GITHUB_JOB (the job id). */
  job: string;
  matrix: Record<string, unknown> | undefined;
}

/** `sbom-<target>-<job>[-<matrix values>-<hash>]`, at most 200 characters, safe for GitHub. */
export function defaultArtifactName(parts: NameParts): string {
  const suffix = matrixSuffix(parts.matrix);
  const head = slugify(['sbom', parts.target, parts.job].filter(Boolean).join('-'), suffix ? 150 : 200);
  return suffix ? `${head}-${suffix}` : head;
}

/** `<workflow>_<job>[_<matrix>]_<target>` for the dependency snapshot's job.correlator. */
export function snapshotCorrelator(parts: NameParts & { workflow: string }): string {
  const suffix = matrixSuffix(parts.matrix);
  return [parts.workflow, parts.job, suffix, parts.target].filter(Boolean).join('_');
}
