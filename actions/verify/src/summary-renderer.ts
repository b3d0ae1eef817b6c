import { SummaryBuilder, md, type MarkdownText } from '@scs/action-kit';
import { predicateDisplayName, type SubjectVerdict } from '@scs/verification';

/**
 * The job summary: one section per subject with the evidence found, the
 * checks, and a table of bundles (identity, log entry, verdict, reasons).
 * Everything read from bundles and certificates is untrusted: it goes
 * through md.text / md.code / md.link, never into raw Markdown.
 */
export interface SummaryInput {
  verdicts: SubjectVerdict[];
  /** Per subject label: problems reading evidence sources, and notes. */
  sourceProblems: Map<string, string[]>;
  sourceNotes: Map<string, string[]>;
  trustSource: string;
  policyWarnings: string[];
  policyLines: string[];
  exportFiles: ExportFiles;
  budgetBytes?: number;
}

/** The admission exports written (or refused), for the summary. */
export interface ExportFiles {
  written?: { label: string; file: string }[];
  /** Looser than the gate, accepted through allow-unenforced. */
  notEnforced?: string[];
  /** Stricter than the gate. */
  stricter?: string[];
  /** Trust material or settings the admin must provide. */
  adminSteps?: string[];
  /** The export was refused (an input a controller cannot enforce). */
  refused?: string;
}

function exportSection(builder: SummaryBuilder, files: ExportFiles): void {
  if (!files.written?.length && !files.refused) return;
  const lines: MarkdownText[] = [];
  for (const w of files.written ?? []) lines.push(md.join([md.raw(`${w.label}:`), md.code(w.file, 400)]));
  for (const n of files.notEnforced ?? [])
    lines.push(md.join([md.raw(':warning: NOT enforced by the cluster (allow-unenforced):'), md.text(n, 600)]));
  for (const n of files.stricter ?? []) lines.push(md.join([md.raw('stricter than the gate:'), md.text(n, 600)]));
  for (const n of files.adminSteps ?? []) lines.push(md.join([md.raw('admin step:'), md.text(n, 600)]));
  if (files.refused) lines.push(md.join([md.raw(`${FAIL} not exported:`), md.text(files.refused, 4000)]));
  builder.heading(md.raw('Admission export'), 3);
  builder.list(lines, 0);
}

/** The summary of an export-only run. */
export function renderExportSummary(files: ExportFiles, policyLines: string[], policyWarnings: string[]): string {
  const builder = new SummaryBuilder({
    budgetBytes: 1_000_000,
    itemNoun: ['line', 'lines'],
    seeAlso: 'the exported files',
  });
  builder.heading(md.raw('Supply-chain verify: admission policies exported (export-only, nothing verified)'), 2);
  if (policyLines.length > 0) builder.list(policyLines.map((line) => md.text(line, 600)));
  if (policyWarnings.length > 0)
    builder.list(policyWarnings.map((w) => md.join([md.raw(':warning:'), md.text(w, 600)])));
  exportSection(builder, files);
  return builder.build().markdown;
}

const PASS = ':white_check_mark:';
const FAIL = ':x:';

export function renderSummary(input: SummaryInput): string {
  const builder = new SummaryBuilder({
    budgetBytes: input.budgetBytes ?? 1_000_000,
    itemNoun: ['bundle', 'bundles'],
    seeAlso: 'the results JSON file',
  });
  const passed = input.verdicts.every((v) => v.passed);
  builder.heading(md.raw(`Supply-chain verify: ${passed ? `${PASS} policy passed` : `${FAIL} policy failed`}`), 2);
  builder.paragraph(md.join([md.raw('Trusted root:'), md.text(input.trustSource, 300)]));
  if (input.policyLines.length > 0) builder.list(input.policyLines.map((line) => md.text(line, 600)));
  for (const warning of input.policyWarnings) builder.paragraph(md.join([md.raw(':warning:'), md.text(warning, 600)]));

  for (const verdict of input.verdicts) {
    builder.heading(md.join([md.raw(verdict.passed ? PASS : FAIL), md.code(verdict.label, 300)]), 3);
    const bySource = new Map<string, number>();
    for (const o of verdict.outcomes)
      bySource.set(o.bundle.origin.source, (bySource.get(o.bundle.origin.source) ?? 0) + 1);
    const found = [...bySource].map(([s, n]) => `${s} ${n}`).join(', ');
    builder.paragraph(md.raw(`**Evidence found:** ${verdict.outcomes.length} bundle(s)${found ? ` (${found})` : ''}`));
    if (verdict.signerIdentity)
      builder.paragraph(md.join([md.raw('**Identity:**'), md.code(verdict.signerIdentity, 300)]));
    const problems = input.sourceProblems.get(verdict.label) ?? [];
    const notes = input.sourceNotes.get(verdict.label) ?? [];
    if (problems.length > 0 || notes.length > 0) {
      builder.list([
        ...problems.map((p) => md.join([md.raw(':warning:'), md.text(p, 500)])),
        ...notes.map((n) => md.text(n, 500)),
      ]);
    }
    const checks: MarkdownText[][] = verdict.checks.map((c) => [
      md.text(c.name, 200),
      md.raw(c.passed ? `${PASS} passed` : `${FAIL} failed`),
      md.text(c.detail, 500),
    ]);
    for (const reason of verdict.reasons.filter(
      (r) => !verdict.checks.some((c) => !c.passed && r.includes(c.detail) && c.detail),
    )) {
      checks.push([md.raw('policy'), md.raw(`${FAIL} failed`), md.text(reason, 500)]);
    }
    builder.table({ headers: ['Check', 'Result', 'Detail'], rows: checks, itemsPerRow: 0 });
    if (verdict.outcomes.length > 0) {
      builder.table({
        headers: ['Source', 'Type', 'Identity', 'Log entry', 'Signed', 'Result', 'Reasons'],
        rows: verdict.outcomes.map((o) => {
          const b = o.bundle;
          const type = b.type === 'dsse' ? `DSSE ${predicateDisplayName(b.predicateType) || ''}`.trim() : b.type;
          const log = b.logEntry ? md.link(md.text(`#${b.logEntry.logIndex}`, 40), b.logEntry.url) : md.raw('none');
          const reasons = [...b.reasons, ...o.policyReasons];
          return [
            md.text(`${b.origin.source}: ${b.origin.location}`, 200),
            md.text(type, 120),
            b.identity?.subjectAlternativeName ? md.code(b.identity.subjectAlternativeName, 300) : md.raw('–'),
            log,
            md.text(b.signedAt ?? '–', 40),
            md.raw(o.passed ? `${PASS} pass` : `${FAIL} fail`),
            reasons.length > 0 ? md.text(reasons.join('; '), 1200) : md.text(o.notes.join('; ') || '–', 400),
          ];
        }),
      });
    }
  }
  exportSection(builder, input.exportFiles);
  return builder.build().markdown;
}
