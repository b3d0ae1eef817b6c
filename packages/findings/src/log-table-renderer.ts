import { stripInvisible } from '@scs/action-kit';
import type { Finding, ScanReport, Severity } from './model.js';
import { SEVERITIES, countBySeverity } from './model.js';
import { groupByTarget } from './markdown-renderer.js';

/**
 * ScanReport → a compact plain-text table for the step log (what
 * trivy-action's `format: table` and scan-action's `output-format: table`
 * print): the findings grouped by target, most severe first, one line each
 * with fixed columns. Like the job summary it is budgeted: past
 * `budgetBytes` it stops at a row boundary and says how many findings were
 * left out and where the full list is.
 *
 * Every cell is report text, so untrusted: invisible and bidi characters are
 * removed, line breaks and tabs become spaces (a cell is one line), the
 * runner's `##[` command form is broken, and each cell is cut to its column's
 * width. Every line starts with fixed text of ours (never with report text),
 * so no line can start with `::`. The caller still prints the result through
 * the logger's untrusted path (stop-commands).
 */

export interface LogTableOptions {
  /** Findings that tripped the gate: marked with `*`. */
  tripped?: readonly Finding[];
  /** The gate's threshold, for the legend of `*`. */
  failOn?: string;
  /** Total budget in UTF-8 bytes (default {@link LOG_TABLE_BUDGET_BYTES}). */
  budgetBytes?: number;
  /** Where the full list is, for the cut note (default "the SARIF and JSON reports"). */
  seeAlso?: string;
}

export interface LogTable {
  /** The table, lines joined with `\n`, no trailing newline. */
  text: string;
  /** Findings shown as rows. */
  shown: number;
  /** Findings left out by the budget. */
  omitted: number;
}

/** 256 KiB: a few thousand rows, which the log viewer still scrolls; the rest is in the reports. */
export const LOG_TABLE_BUDGET_BYTES = 256 * 1024;

interface Column {
  header: string;
  max: number;
  cell: (finding: Finding) => string;
}

function where(finding: Finding): string {
  const loc = finding.location;
  if (!loc) return '';
  if (!loc.startLine) return loc.path;
  return `${loc.path}:${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-${loc.endLine}` : ''}`;
}

const COLUMNS: readonly Column[] = [
  { header: 'SEVERITY', max: 8, cell: (f) => f.severity.toUpperCase() },
  { header: 'ID', max: 32, cell: (f) => f.id },
  {
    header: 'PACKAGE / LOCATION',
    max: 40,
    cell: (f) => (f.kind === 'vulnerability' || f.kind === 'license' ? (f.packageName ?? '') : where(f)),
  },
  { header: 'INSTALLED', max: 24, cell: (f) => (f.kind === 'vulnerability' ? (f.packageVersion ?? '?') : '') },
  {
    header: 'FIXED',
    max: 24,
    cell: (f) =>
      f.kind !== 'vulnerability'
        ? ''
        : f.fixedVersion
          ? f.fixedVersion
          : f.fixState === 'wont-fix'
            ? "won't fix"
            : 'no fix',
  },
  {
    header: 'TITLE',
    max: 80,
    cell: (f) => (f.kind === 'misconfiguration' && f.message ? `${f.title}: ${f.message}` : f.title),
  },
];

/** One line of report text, inert and bounded: see the module comment. */
export function logCell(value: string, max: number): string {
  const clean = stripInvisible(value.length > 4 * max ? value.slice(0, 4 * max) : value)
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/#{2}\[/g, '#\u2009#[')
    .replace(/ {2,}/g, ' ')
    .trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

function countsPhrase(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.filter((s: Severity) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

export function renderLogTable(report: ScanReport, options: LogTableOptions = {}): LogTable {
  const findings = report.findings;
  if (findings.length === 0) {
    return { text: `No findings in ${plural(report.targets.length, 'scanned target')}.`, shown: 0, omitted: 0 };
  }
  const budget = options.budgetBytes ?? LOG_TABLE_BUDGET_BYTES;
  const tripped = new Set(options.tripped ?? []);
  const lines: string[] = [
    `${plural(findings.length, 'finding')} (${countsPhrase(findings)}) in ${plural(report.targets.length, 'target')}.`,
  ];
  if (tripped.size > 0) {
    lines.push(
      `* = at or above the gate's threshold${options.failOn ? ` (fail-on: ${logCell(options.failOn, 20)})` : ''}: ${plural(tripped.size, 'finding')}.`,
    );
  }
  // The cut note is always affordable: its size is reserved from the start.
  const noteReserve = 400;
  let used = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
  let shown = 0;
  let cut = false;
  for (const group of groupByTarget(findings)) {
    // Columns empty for the whole target (versions of a config file) are left out.
    const all = group.findings.map((f) => COLUMNS.map((column) => logCell(column.cell(f), column.max)));
    const keep = COLUMNS.map(
      (column, i) =>
        column.header === 'SEVERITY' ||
        column.header === 'ID' ||
        column.header === 'TITLE' ||
        all.some((row) => row[i] !== ''),
    );
    const columns = COLUMNS.filter((_, i) => keep[i]);
    const cells = all.map((row) => row.filter((_, i) => keep[i]));
    const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((row) => row[i]!.length)));
    const format = (row: readonly string[], mark: string): string =>
      `  ${mark} ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd();
    const type = group.targetType ? ` (${logCell(group.targetType, 40)})` : '';
    const head = [
      '',
      `Target: ${logCell(group.target, 200)}${type}: ${plural(group.findings.length, 'finding')} (${countsPhrase(group.findings)})`,
      format(
        columns.map((c) => c.header),
        ' ',
      ),
    ];
    const headBytes = head.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    const firstRow = format(cells[0]!, tripped.has(group.findings[0]!) ? '*' : ' ');
    if (used + headBytes + Buffer.byteLength(firstRow) + 1 + noteReserve > budget) {
      cut = true;
      break;
    }
    lines.push(...head);
    used += headBytes;
    for (let i = 0; i < cells.length; i++) {
      const line = format(cells[i]!, tripped.has(group.findings[i]!) ? '*' : ' ');
      const bytes = Buffer.byteLength(line) + 1;
      if (used + bytes + noteReserve > budget) {
        cut = true;
        break;
      }
      lines.push(line);
      used += bytes;
      shown += 1;
    }
    if (cut) break;
  }
  const omitted = findings.length - shown;
  if (omitted > 0) {
    lines.push(
      '',
      `… ${plural(omitted, 'more finding')} not shown (log budget ${Math.round(budget / 1024)} KiB); the full list is in ${logCell(options.seeAlso ?? 'the SARIF and JSON reports', 300)}.`,
    );
  }
  return { text: lines.join('\n'), shown, omitted };
}
