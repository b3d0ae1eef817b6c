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
  exportFiles: { kyverno?: string; policyController?: string; notEnforced?: string[] };
  budgetBytes?: number;
}

const PASS = ':white_check_mark:';
const FAIL = ':x:';

export function renderSummary(input: SummaryInput): string {
  const builder = new SummaryBuilder({ budgetBytes: input.budgetBytes ?? 1_000_000, itemNoun: ['bundle', 'bundles'], seeAlso: 'the results JSON file' });
  const passed = input.verdicts.every((v) => v.passed);
  builder.heading(md.raw(`Supply-chain verify: ${passed ? `${PASS} policy passed` : `${FAIL} policy failed`}`), 2);
  builder.paragraph(md.join([md.raw('Trusted root:'), md.text(input.trustSource, 300)]));
  if (input.policyLines.length > 0) builder.list(input.policyLines.map((line) => md.text(line, 600)));
  for (const warning of input.policyWarnings) builder.paragraph(md.join([md.raw(':warning:'), md.text(warning, 600)]));

  for (const verdict of input.verdicts) {
    builder.heading(md.join([md.raw(verdict.passed ? PASS : FAIL), md.code(verdict.label, 300)]), 3);
    const bySource = new Map<string, number>();
    for (const o of verdict.outcomes) bySource.set(o.bundle.origin.source, (bySource.get(o.bundle.origin.source) ?? 0) + 1);
    const found = [...bySource].map(([s, n]) => `${s} ${n}`).join(', ');
    builder.paragraph(md.raw(`**Evidence found:** ${verdict.outcomes.length} bundle(s)${found ? ` (${found})` : ''}`));
    if (verdict.signerIdentity) builder.paragraph(md.join([md.raw('**Identity:**'), md.code(verdict.signerIdentity, 300)]));
    const problems = input.sourceProblems.get(verdict.label) ?? [];
    const notes = input.sourceNotes.get(verdict.label) ?? [];
    if (problems.length > 0 || notes.length > 0) {
      builder.list([...problems.map((p) => md.join([md.raw(':warning:'), md.text(p, 500)])), ...notes.map((n) => md.text(n, 500))]);
    }
    const checks: MarkdownText[][] = verdict.checks.map((c) => [md.text(c.name, 200), md.raw(c.passed ? `${PASS} passed` : `${FAIL} failed`), md.text(c.detail, 500)]);
    for (const reason of verdict.reasons.filter((r) => !verdict.checks.some((c) => !c.passed && r.includes(c.detail) && c.detail))) {
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
  if (input.exportFiles.kyverno || input.exportFiles.policyController) {
    const lines: MarkdownText[] = [];
    if (input.exportFiles.kyverno) lines.push(md.join([md.raw('Kyverno ClusterPolicy:'), md.code(input.exportFiles.kyverno, 400)]));
    if (input.exportFiles.policyController) lines.push(md.join([md.raw('policy-controller ClusterImagePolicy:'), md.code(input.exportFiles.policyController, 400)]));
    for (const n of input.exportFiles.notEnforced ?? []) lines.push(md.join([md.raw('not enforced by the admission export:'), md.text(n, 300)]));
    builder.heading(md.raw('Admission export'), 3);
    builder.list(lines, 0);
  }
  return builder.build().markdown;
}
