import { stripInvisible, truncate } from '@scs/action-kit';
import type { Finding, Severity } from './model.js';
import { SEVERITIES, compareFindings, countBySeverity } from './model.js';
import { atOrAbove, hasFix } from './filter.js';

/**
 * The severity gate: which findings fail the step.
 *
 * A finding trips the gate when its severity is at or above `failOn`. With
 * `onlyFixed`, a vulnerability trips it only when a fix exists (fixState
 * `fixed` or a fixed version); misconfigurations, secrets and license
 * findings always count, as "no fix available" does not apply to them.
 * `failOn: 'none'` never fails.
 *
 * `unknown` (the scanner rated the finding UNKNOWN / Unknown, or gave no
 * rating) ranks below `low`: it trips only `failOn: 'low'` (the lowest
 * setting, meaning "any finding") and `failOn: 'unknown'`. A severity string the scanner does not define never
 * gets here: the parsers refuse the report.
 */

export interface GatePolicy {
  failOn: Severity | 'none';
  onlyFixed: boolean;
}

export interface GateResult {
  outcome: 'pass' | 'fail';
  /** Findings that trip the gate, most severe first. */
  tripped: Finding[];
  policy: GatePolicy;
}

export function tripsGate(finding: Finding, policy: GatePolicy): boolean {
  if (policy.failOn === 'none') return false;
  if (finding.severity === 'unknown') {
    if (policy.failOn !== 'low' && policy.failOn !== 'unknown') return false;
  } else if (!atOrAbove(finding.severity, policy.failOn)) return false;
  if (policy.onlyFixed && finding.kind === 'vulnerability' && !hasFix(finding)) return false;
  return true;
}

export function evaluateGate(findings: readonly Finding[], policy: GatePolicy): GateResult {
  const tripped = findings.filter((f) => tripsGate(f, policy)).sort(compareFindings);
  return { outcome: tripped.length > 0 ? 'fail' : 'pass', tripped, policy };
}

function clean(value: string, max = 120): string {
  return truncate(stripInvisible(value).replace(/\s+/g, ' ').trim(), max);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "CRITICAL CVE-2021-36159 apk-tools 2.10.6-r0 → 2.10.7-r0 (alpine:3.10 (alpine 3.10.9))" */
export function describeOffender(finding: Finding): string {
  const parts = [finding.severity.toUpperCase(), clean(finding.id, 80)];
  if (finding.kind === 'vulnerability') {
    if (finding.packageName) {
      const version = finding.packageVersion ? ` ${clean(finding.packageVersion, 60)}` : '';
      const fixed = finding.fixedVersion ? ` → ${clean(finding.fixedVersion, 60)}` : ' (no fix)';
      parts.push(`${clean(finding.packageName, 80)}${version}${fixed}`);
    }
  } else {
    parts.push(`${finding.kind}: ${clean(finding.title, 80)}`);
  }
  const where = finding.location
    ? `${finding.location.path}${finding.location.startLine ? `:${finding.location.startLine}` : ''}`
    : finding.target;
  parts.push(`(${clean(where, 120)})`);
  return parts.join(' ');
}

function countsText(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

export interface GateMessageOptions {
  /** How many offenders to list (default 5). */
  top?: number;
}

/**
 * One message for the log and the failed step: the policy, counts per
 * severity and the top offenders. Untrusted values are stripped of invisible
 * characters, folded to one line and capped.
 */
export function gateMessage(result: GateResult, options: GateMessageOptions = {}): string {
  const { policy, tripped } = result;
  const top = options.top ?? 5;
  if (policy.failOn === 'none') return 'Severity gate disabled (fail-on: none).';
  const threshold = policy.failOn.toUpperCase();
  const scope = policy.onlyFixed ? ' (vulnerabilities only when a fix is available)' : '';
  if (result.outcome === 'pass') {
    return `Severity gate passed: no findings at or above ${threshold}${scope}.`;
  }
  const lines = [
    `Severity gate failed: ${plural(tripped.length, 'finding')} at or above ${threshold}${scope}: ${countsText(tripped)}.`,
  ];
  const shown = tripped.slice(0, Math.max(0, top));
  if (shown.length > 0) {
    lines.push(`Top ${shown.length === 1 ? 'offender' : `${shown.length} offenders`}:`);
    for (const finding of shown) lines.push(`  - ${describeOffender(finding)}`);
    if (tripped.length > shown.length)
      lines.push(`  …and ${tripped.length - shown.length} more (see the job summary and SARIF report).`);
  }
  return lines.join('\n');
}
