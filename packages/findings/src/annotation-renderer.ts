import type { Annotation, AnnotationLevel } from '@scs/action-kit';
import type { Finding } from './model.js';
import { compareFindings } from './model.js';
import { repoRelativePath } from './paths.js';
import type { GateResult } from './gate.js';

/**
 * Finding → workflow annotation.
 *
 * Level mapping:
 * - With a gate verdict (`gate` or `tripped` given): findings that trip the gate are
 *   `error` (they are what fails the step); other critical/high/medium
 *   findings are `warning`; low/unknown are `notice`.
 * - Without one: critical/high → `error`, medium → `warning`,
 *   low/unknown → `notice`.
 *
 * A finding with a location in the scanned tree gets `file` (made
 * repository-relative with `pathPrefix`, the scanned directory relative to
 * the workspace) and lines; others are annotations without a file. Emitting
 * (and the 10-per-level budget) is the kit's `emitAnnotations`.
 */

export interface AnnotationRenderOptions {
  /** The scanned directory relative to the repository root ("" or "." for the root). */
  pathPrefix?: string;
  /** The gate verdict: its tripped findings switch to the gate-aware mapping. */
  gate?: GateResult;
  /** Findings that trip the gate, when there is no GateResult at hand. */
  tripped?: Iterable<Finding>;
}

function trippedSet(options: AnnotationRenderOptions): ReadonlySet<Finding> | undefined {
  if (options.gate) return new Set(options.gate.tripped);
  return options.tripped ? new Set(options.tripped) : undefined;
}

export function annotationLevel(finding: Finding, tripped?: ReadonlySet<Finding>): AnnotationLevel {
  if (tripped) {
    if (tripped.has(finding)) return 'error';
    return finding.severity === 'low' || finding.severity === 'unknown' ? 'notice' : 'warning';
  }
  switch (finding.severity) {
    case 'critical':
    case 'high':
      return 'error';
    case 'medium':
      return 'warning';
    default:
      return 'notice';
  }
}

/** e.g. "HIGH CVE-2024-1234 in openssl 3.1.2 (fixed in 3.1.3)". */
export function annotationTitle(finding: Finding): string {
  const severity = finding.severity.toUpperCase();
  switch (finding.kind) {
    case 'vulnerability': {
      const pkg = finding.packageName
        ? ` in ${finding.packageName}${finding.packageVersion ? ` ${finding.packageVersion}` : ''}`
        : '';
      const fix = finding.fixedVersion
        ? ` (fixed in ${finding.fixedVersion})`
        : finding.fixState === 'wont-fix'
          ? " (won't fix)"
          : ' (no fix yet)';
      return `${severity} ${finding.id}${pkg}${fix}`;
    }
    case 'misconfiguration':
      return `${severity} ${finding.id}: ${finding.title}`;
    case 'secret':
      return `${severity} secret (${finding.id}): ${finding.title}`;
    case 'license':
      return `${severity} license ${finding.id}${finding.packageName ? ` in ${finding.packageName}` : ''}`;
  }
}

function annotationMessage(finding: Finding): string {
  const lines: string[] = [];
  switch (finding.kind) {
    case 'vulnerability':
      lines.push(finding.title);
      break;
    case 'misconfiguration':
      lines.push(finding.message ?? finding.title);
      if (finding.resolution) lines.push(`Resolution: ${finding.resolution}`);
      break;
    case 'secret':
      // The match is left out on purpose, even redacted: annotations are widely visible.
      lines.push(`${finding.title} (rule ${finding.id}). Remove it and rotate the credential.`);
      break;
    case 'license':
      lines.push(finding.title);
      break;
  }
  lines.push(`Target: ${finding.target}`);
  if (finding.primaryUrl) lines.push(finding.primaryUrl);
  return lines.join('\n');
}

export function findingToAnnotation(
  finding: Finding,
  options: AnnotationRenderOptions = {},
  tripped?: ReadonlySet<Finding>,
): Annotation {
  const set = tripped ?? trippedSet(options);
  const annotation: Annotation = {
    level: annotationLevel(finding, set),
    title: annotationTitle(finding),
    message: annotationMessage(finding),
  };
  const loc = finding.location;
  const file = loc ? repoRelativePath(options.pathPrefix, loc.path) : undefined;
  if (loc && file) {
    annotation.file = file;
    if (loc.startLine) {
      annotation.startLine = loc.startLine;
      if (loc.endLine && loc.endLine >= loc.startLine) annotation.endLine = loc.endLine;
    }
  }
  return annotation;
}

/** All findings as annotations, most severe first (emitAnnotations then applies the budget). */
export function findingsToAnnotations(
  findings: readonly Finding[],
  options: AnnotationRenderOptions = {},
): Annotation[] {
  const tripped = trippedSet(options);
  return [...findings].sort(compareFindings).map((f) => findingToAnnotation(f, options, tripped));
}
