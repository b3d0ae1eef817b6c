import { SummaryBuilder, commandBlock, md, truncate, type MarkdownText } from '@scs/action-kit';
import type { Subject } from '@scs/attestation';

/** Everything the job summary says about one attestation. */
export interface ProvenanceSummary {
  predicateLabel: string;
  predicateType: string;
  /** os/arch[/variant] when the subject is a platform manifest of an image index (text from the registry). */
  platform?: string;
  subjects: readonly Subject[];
  engine: string;
  instance: string;
  certificateIdentity: string;
  certificateIssuer: string;
  tlog?: { logIndex: string; url?: string };
  timestamps: number;
  bundlePath: string;
  predicatePath: string;
  registry: readonly { repository: string; manifestDigest: string; via: string }[];
  /** Why nothing went to the registry (no image subject, push-to-registry: false). */
  registryNote?: string;
  github?: { id: string; url: string };
  verifyCommands: readonly string[];
}

/** At most this many subject rows; the rest is counted in the note (the statement has them all). */
const MAX_SUBJECT_ROWS = 200;

export function renderProvenanceSummary(data: ProvenanceSummary, options: { budgetBytes?: number } = {}): string {
  const builder = new SummaryBuilder({
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    itemNoun: ['subject', 'subjects'],
    seeAlso: 'the bundle file (the statement lists every subject)',
  });
  builder.heading(md.raw(`Attestation: ${data.predicateLabel}`), 2);

  const facts: (readonly MarkdownText[])[] = [
    [md.raw('Predicate type'), md.code(data.predicateType)],
    ...(data.platform ? [[md.raw('Platform manifest'), md.code(data.platform)]] : []),
    [md.raw('Subjects'), md.raw(String(data.subjects.length))],
    [md.raw('Signed by (certificate identity)'), md.code(data.certificateIdentity)],
    [md.raw('OIDC issuer'), md.code(data.certificateIssuer)],
    [md.raw('Engine / Sigstore instance'), md.join([md.code(data.engine), md.raw('/'), md.code(data.instance)])],
  ];
  if (data.tlog) {
    facts.push([
      md.raw('Transparency log entry'),
      data.tlog.url
        ? md.link(md.raw(`#${escapeIndex(data.tlog.logIndex)}`), data.tlog.url)
        : md.code(data.tlog.logIndex),
    ]);
  } else {
    facts.push([
      md.raw('Transparency log entry'),
      md.raw(
        data.timestamps > 0
          ? `none (${data.timestamps} RFC 3161 timestamp${data.timestamps === 1 ? '' : 's'})`
          : 'none',
      ),
    ]);
  }
  facts.push([md.raw('Bundle file'), md.code(data.bundlePath)]);
  facts.push([md.raw('Predicate file'), md.code(data.predicatePath)]);
  if (data.registry.length > 0) {
    for (const ref of data.registry) {
      facts.push([
        md.raw('Stored in the registry'),
        md.join([
          md.code(`${ref.repository}@${ref.manifestDigest}`),
          md.raw(`(${ref.via === 'referrers-api' ? 'OCI referrers API' : 'sha256-&lt;digest&gt; tag index'})`),
        ]),
      ]);
    }
  } else if (data.registryNote) {
    facts.push([md.raw('Stored in the registry'), md.text(data.registryNote)]);
  }
  if (data.github)
    facts.push([md.raw('GitHub attestation'), md.link(md.raw(`#${escapeIndex(data.github.id)}`), data.github.url)]);
  builder.table({ headers: [md.raw('What'), md.raw('Value')], rows: facts });

  const rows = data.subjects
    .slice(0, MAX_SUBJECT_ROWS)
    .map((s) => [md.code(s.name, 300), md.code(`sha256:${s.digest.sha256}`)] as const);
  builder.details({
    summary: md.raw(`Subjects (${data.subjects.length})`),
    open: data.subjects.length <= 10,
    table: { headers: [md.raw('Name'), md.raw('Digest')], rows },
    ...(data.subjects.length > MAX_SUBJECT_ROWS
      ? {
          footer: md.raw(
            `${data.subjects.length - MAX_SUBJECT_ROWS} more subject(s) are in the statement (see the bundle file).`,
          ),
        }
      : {}),
  });

  if (data.verifyCommands.length > 0) {
    builder.heading(md.raw('Verify'), 3);
    // Copy-paste commands: exact when copied (commandBlock adds no mention separator to `…@refs/…`).
    builder.markdown(md.raw(data.verifyCommands.map((command) => commandBlock(truncate(command, 4000))).join('\n')));
  }
  return builder.build().markdown;
}

function escapeIndex(value: string): string {
  return /^[0-9A-Za-z_-]{1,64}$/.test(value) ? value : '?';
}
