import { SafeMarkdown, SummaryBuilder, htmlText, md } from '@scs/action-kit';
import type { MarkdownText, SummaryResult } from '@scs/action-kit';
import type { Finding, FindingKind, ScanReport, Severity } from './model.js';
import { SEVERITIES, SEVERITY_RANK, compareFindings, countBySeverity } from './model.js';
import type { GateResult } from './gate.js';

/**
 * ScanReport → job-summary Markdown: a header (artifact, tool, gate), a
 * severity × kind table, then the findings grouped by target, most severe
 * target first, each in a `<details>` block (collapsed when long). Everything
 * goes through the kit's SummaryBuilder, so untrusted text is escaped and the
 * whole stays under the step-summary budget, cut at row boundaries with a note.
 */

export interface MarkdownSummaryOptions {
  /** Heading text (default "<tool> scan"). */
  title?: string;
  /** Gate verdict to show; tripped findings are marked in the tables. */
  gate?: GateResult;
  /** Total budget in UTF-8 bytes (default: the kit's 1,000,000). */
  budgetBytes?: number;
  /** Where the full list is, for the cut note (default "the SARIF and JSON reports"). */
  seeAlso?: string;
  /** Targets with more rows than this start collapsed (default 10). */
  collapseAbove?: number;
  /** Tool version to show when the report's is missing or a dev build's. */
  toolVersion?: string;
  /** Short lines under the facts line (the tool configuration used). */
  notes?: readonly MarkdownText[];
}

const KIND_LABEL: Record<FindingKind, string> = {
  vulnerability: 'Vulnerabilities',
  misconfiguration: 'Misconfigurations',
  secret: 'Secrets',
  license: 'Licenses',
};
const KINDS: readonly FindingKind[] = ['vulnerability', 'misconfiguration', 'secret', 'license'];

const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  unknown: '⬜',
};

const ARTIFACT_LABEL: Record<ScanReport['artifactType'], string> = {
  image: 'container image',
  filesystem: 'filesystem',
  repository: 'repository',
  sbom: 'SBOM',
  unknown: 'artifact',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupThousands(n)} ${n === 1 ? one : many}`;
}

/**
 * `12345` → `12,345`, as `toLocaleString('en-US')` prints an integer, but
 * without the first call's ICU number-format set-up, which alone cost about
 * 20 ms of every scan run (bench/RESULTS.md, action overhead).
 */
export function groupThousands(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US');
}

function countsPhrase(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

/** The gate's verdict as one summary line (what every scan summary shows under its header). */
export function gateLine(gate: GateResult): SafeMarkdown {
  const { policy } = gate;
  if (policy.failOn === 'none') return md.raw('**Gate:** disabled (`fail-on: none`)');
  const scope = `\`fail-on: ${policy.failOn}\`${policy.onlyFixed ? ', `only-fixed: true`' : ''}`;
  if (gate.outcome === 'pass') {
    return md.raw(`**Gate: ✅ passed**: no findings at or above ${policy.failOn.toUpperCase()} (${scope})`);
  }
  return md.raw(
    `**Gate: ❌ failed**: ${plural(gate.tripped.length, 'finding')} at or above ${policy.failOn.toUpperCase()} ` +
      `(${countsPhrase(gate.tripped)}; ${scope})`,
  );
}

function header(builder: SummaryBuilder, report: ScanReport, options: MarkdownSummaryOptions): void {
  const title = options.title ?? `${report.tool.name} scan`;
  builder.heading(md.join([md.text(title), md.code(report.artifactName || 'unknown artifact', 300)], ': '), 2);
  const version =
    report.tool.version && report.tool.version !== 'dev'
      ? report.tool.version
      : (options.toolVersion ?? report.tool.version);
  const facts: MarkdownText[] = [
    md.raw(`${md.text(report.tool.name).text}${version ? ` ${md.text(version, 60).text}` : ''}`),
    md.raw(ARTIFACT_LABEL[report.artifactType]),
    md.raw(plural(report.targets.length, 'target')),
  ];
  if (report.artifactDigest) facts.push(md.join([md.raw('digest'), md.code(report.artifactDigest, 300)]));
  builder.paragraph(md.join(facts, ' · '));
  for (const note of options.notes ?? []) builder.paragraph(note);
  if (options.gate) builder.paragraph(gateLine(options.gate));
}

function severityTable(builder: SummaryBuilder, findings: readonly Finding[]): void {
  const counts = new Map<FindingKind, Record<Severity, number>>(
    KINDS.map((kind) => [kind, countBySeverity(findings.filter((f) => f.kind === kind))]),
  );
  const totals = countBySeverity(findings);
  const rows: MarkdownText[][] = SEVERITIES.map((severity) => [
    md.raw(`${SEVERITY_ICON[severity]} ${severity[0]?.toUpperCase()}${severity.slice(1)}`),
    ...KINDS.map((kind) => md.raw(String(counts.get(kind)?.[severity] ?? 0))),
    md.raw(`**${totals[severity]}**`),
  ]);
  rows.push([
    md.raw('**Total**'),
    ...KINDS.map((kind) => md.raw(`**${findings.filter((f) => f.kind === kind).length}**`)),
    md.raw(`**${findings.length}**`),
  ]);
  builder.table({
    headers: ['Severity', ...KINDS.map((k) => KIND_LABEL[k]), 'Total'],
    rows,
    align: ['left', 'right', 'right', 'right', 'right', 'right'],
    itemsPerRow: 0,
  });
}

function where(finding: Finding): string | undefined {
  const loc = finding.location;
  if (!loc) return undefined;
  if (!loc.startLine) return loc.path;
  return `${loc.path}:${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-${loc.endLine}` : ''}`;
}

function findingRow(finding: Finding, tripped: ReadonlySet<Finding>): MarkdownText[] {
  const label = `${SEVERITY_ICON[finding.severity]} ${finding.severity.toUpperCase()}`;
  const severity = tripped.has(finding) ? md.raw(`**${label}**`) : md.raw(label);
  const id = md.link(md.text(finding.id, 120), finding.primaryUrl);
  let subject: MarkdownText = '';
  let version: MarkdownText = '';
  if (finding.kind === 'vulnerability' || finding.kind === 'license') {
    subject = finding.packageName ? md.code(finding.packageName, 200) : '';
  } else {
    const at = where(finding);
    subject = at ? md.code(at, 200) : '';
  }
  if (finding.kind === 'vulnerability') {
    const installed = finding.packageVersion ? md.code(finding.packageVersion, 120) : md.raw('?');
    const fixed = finding.fixedVersion
      ? md.code(finding.fixedVersion, 120)
      : md.raw(finding.fixState === 'wont-fix' ? "_won't fix_" : '_no fix_');
    version = md.join([installed, md.raw('→'), fixed]);
  }
  const title =
    finding.kind === 'misconfiguration' && finding.message ? `${finding.title}: ${finding.message}` : finding.title;
  return [severity, id, subject, version, md.text(title, 300)];
}

export interface TargetGroup {
  target: string;
  targetType?: string;
  findings: Finding[];
}

/** Findings by target, each sorted most severe first; the target with the most severe finding first (every renderer's order). */
export function groupByTarget(findings: readonly Finding[]): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.target);
    if (!group) {
      group = { target: finding.target, findings: [] };
      if (finding.targetType) group.targetType = finding.targetType;
      groups.set(finding.target, group);
    }
    group.findings.push(finding);
  }
  const list = [...groups.values()];
  for (const group of list) group.findings.sort(compareFindings);
  const top = (g: TargetGroup): number => SEVERITY_RANK[g.findings[0]?.severity ?? 'unknown'];
  return list.sort(
    (a, b) => top(b) - top(a) || b.findings.length - a.findings.length || a.target.localeCompare(b.target),
  );
}

/** Appends the scan's sections to `builder`. */
export function appendScanSummary(
  builder: SummaryBuilder,
  report: ScanReport,
  options: MarkdownSummaryOptions = {},
): void {
  header(builder, report, options);
  const findings = report.findings;
  if (findings.length === 0) {
    builder.paragraph(md.raw(`✅ No findings in ${plural(report.targets.length, 'scanned target')}.`));
    return;
  }
  severityTable(builder, findings);
  builder.heading('Findings by target', 3);
  const tripped = new Set(options.gate?.tripped ?? []);
  const collapseAbove = options.collapseAbove ?? 10;
  for (const group of groupByTarget(findings)) {
    const type = group.targetType ? ` <i>(${htmlText(group.targetType, 60)})</i>` : '';
    const summary = md.raw(
      `<b>${htmlText(group.target, 300)}</b>${type}: ${plural(group.findings.length, 'finding')} (${countsPhrase(group.findings)})`,
    );
    builder.details({
      summary,
      open: group.findings.length <= collapseAbove,
      table: {
        headers: ['Severity', 'ID', 'Package / location', 'Installed → fixed', 'Title'],
        rows: group.findings.map((f) => findingRow(f, tripped)),
      },
    });
  }
}

/**
 * The scan's job summary within the byte budget: `markdown` to write, plus
 * whether it was cut and how many findings were left out.
 */
export function renderMarkdownSummary(report: ScanReport, options: MarkdownSummaryOptions = {}): SummaryResult {
  const builder = new SummaryBuilder({
    seeAlso: options.seeAlso ?? 'the SARIF and JSON reports',
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
  });
  appendScanSummary(builder, report, options);
  return builder.build();
}
