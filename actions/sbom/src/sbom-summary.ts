import { SummaryBuilder, md, type MarkdownText, type SafeMarkdown } from '@scs/action-kit';

// Values from SBOMs (ecosystems, licenses) go through md.text, not md.code:
// inside an inline <code> element GitHub still parses Markdown, links included.
import type { SbomStats, SbomSubject } from '@scs/sbom';

/** What happened to one destination of the SBOM. */
export type Delivery<T> =
  | { state: 'off' }
  | { state: 'skipped'; reason: string }
  | { state: 'failed'; reason: string }
  | ({ state: 'done' } & T);

export interface SummaryData {
  generator: { name: string; version: string };
  /** The configuration inputs used, and configuration files in the checkout that were not read. */
  configuration?: { used: string[]; unused: string[] };
  /** 'image', 'path' or 'file', and the value as given. */
  target: { input: 'image' | 'path' | 'file'; value: string };
  subject: SbomSubject;
  documents: { format: string; file: string; sha256: string; bytes: number }[];
  stats: SbomStats;
  artifact: Delivery<{ name: string; id: number; url?: string }>;
  release: Delivery<{ tag: string; assets: string[] }>;
  snapshot: Delivery<{ id: number | string; result: string; manifests: number; skipped: number }>;
}

function delivery<T>(label: string, outcome: Delivery<T>, done: (value: T) => MarkdownText): MarkdownText | undefined {
  const head = md.raw(`**${label}:**`);
  switch (outcome.state) {
    case 'off':
      return undefined;
    case 'skipped':
      return md.join([head, md.raw('not done —'), outcome.reason]);
    case 'failed':
      return md.join([md.raw(':x:'), head, md.raw('failed —'), outcome.reason]);
    case 'done':
      return md.join([head, done(outcome)]);
  }
}

function kib(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function renderSbomSummary(data: SummaryData, options: { budgetBytes?: number } = {}): string {
  const builder = new SummaryBuilder({
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    itemNoun: ['row', 'rows'],
    seeAlso: 'the SBOM files',
  });
  const { stats } = data;
  builder.heading(md.join([md.raw('SBOM of'), md.code(data.target.value)], ' '), 2);

  const facts: (readonly MarkdownText[])[] = [
    [md.raw(`Target (\`${data.target.input}\`)`), md.code(data.target.value)],
  ];
  if (data.subject.kind === 'image') {
    facts.push([
      md.raw('Image digest'),
      data.subject.digest ? md.code(data.subject.digest) : md.raw(':warning: not recorded in the SBOM'),
    ]);
  }
  facts.push([md.raw('Generator'), md.join([md.raw(data.generator.name), md.code(data.generator.version)])]);
  if (data.configuration) {
    const { used, unused } = data.configuration;
    const parts: MarkdownText[] = [
      used.length > 0
        ? md.join(
            used.map((entry) => md.code(entry, 300)),
            ', ',
          )
        : md.raw('none (built-in defaults)'),
    ];
    if (unused.length > 0)
      parts.push(
        md.join([
          md.raw('· not read from the checkout:'),
          md.join(
            unused.slice(0, 10).map((file) => md.code(file, 200)),
            ', ',
          ),
        ]),
      );
    facts.push([md.raw('Configuration'), md.join(parts, ' ')]);
  }
  facts.push([md.raw('Components'), md.raw(String(stats.componentCount))]);
  builder.table({ headers: [md.raw('&nbsp;'), md.raw('&nbsp;')], rows: facts });

  builder.table({
    headers: [md.raw('Format'), md.raw('File'), md.raw('SHA-256'), md.raw('Size')],
    rows: data.documents.map((doc) => [
      md.raw(doc.format),
      md.code(doc.file),
      md.code(doc.sha256),
      md.raw(kib(doc.bytes)),
    ]),
    align: ['left', 'left', 'left', 'right'],
  });

  const where = [
    delivery('Artifact', data.artifact, (a) => md.join([md.link(md.code(a.name), a.url), md.raw(`(ID ${a.id})`)])),
    delivery('Release assets', data.release, (r) =>
      md.join([md.raw(`${r.assets.length} file(s) attached to`), md.code(r.tag)]),
    ),
    delivery('Dependency snapshot', data.snapshot, (s) =>
      md.raw(
        `submitted, ID ${md.text(String(s.id)).text} (${md.text(s.result).text}), ${s.manifests} manifest(s)` +
          (s.skipped > 0 ? `; ${s.skipped} component(s) without a package URL left out` : ''),
      ),
    ),
  ].filter((line): line is MarkdownText => line !== undefined);
  builder.heading(md.raw('Where the SBOM went'), 3);
  builder.list([md.raw('**Files:** on the runner, listed above (output `sbom-files`)'), ...where]);

  builder.heading(md.raw('Components by ecosystem'), 3);
  if (stats.byEcosystem.length === 0) {
    builder.paragraph(md.raw('No components were found.'));
  } else {
    builder.table({
      headers: [md.raw('Ecosystem'), md.raw('Components')],
      rows: stats.byEcosystem.map((e) => [md.text(e.ecosystem, 100), md.raw(String(e.count))]),
      align: ['left', 'right'],
    });
  }

  builder.heading(md.raw('Licenses'), 3);
  const without = stats.licenses.withoutLicense;
  const licenseLine: SafeMarkdown = md.raw(
    `${stats.licenses.distinct} distinct license value(s); ${without} of ${stats.componentCount} component(s) state no license (unknown or none).`,
  );
  builder.paragraph(licenseLine);
  if (stats.licenses.top.length > 0) {
    builder.table({
      headers: [md.raw(`Top ${stats.licenses.top.length} licenses`), md.raw('Components')],
      rows: stats.licenses.top.map((l) => [md.text(l.license, 200), md.raw(String(l.count))]),
      align: ['left', 'right'],
    });
  }
  return builder.build().markdown;
}
