/**
 * The job summary and the copy-paste verify commands (pure: data in,
 * Markdown out). Identities, paths and references are untrusted text (a
 * branch name can hold Markdown, HTML or shell syntax): they are escaped
 * for Markdown/HTML, and shell-quoted inside commands.
 */
import {
  SummaryBuilder,
  availableSummaryBytes,
  commandBlock,
  describeFailure,
  failureSummaryMarkdown,
  md,
  writeJobSummary,
  type SummaryResult,
} from '@scs/action-kit';
import type { SignedRun } from './sign-run.js';

export interface SignedImageRow {
  /** registry/repository@sha256:… */
  image: string;
  /** e.g. 'index', 'linux/amd64' */
  kind: string;
  bundlePath: string;
  stored?: { location: string; via: 'referrers-api' | 'tag-schema' };
  logIndex?: string;
  logUrl?: string;
  timestamps: number;
}

export interface SignedFileRow {
  /** Relative to the workspace. */
  file: string;
  sha256: string;
  bundlePath: string;
  logIndex?: string;
  logUrl?: string;
  timestamps: number;
}

export interface SignSummaryData {
  engine: string;
  instance: string;
  publicLog: boolean;
  identity: string;
  issuer: string;
  /** Keyed signing (actions/sign): the key, described (a KMS URI, or 'the PEM key (hint …)'); identity and issuer are ''. */
  key?: string;
  images: SignedImageRow[];
  files: SignedFileRow[];
  verifyCommands: string[];
  notes: string[];
}

/** POSIX shell single-quoting: safe for any string. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface VerifyOptions {
  identity: string;
  issuer: string;
  /** Keyed: the public key (a file name for the user to fill in, or the KMS URI) instead of identity and issuer. */
  key?: string;
  /** Keyed without a transparency log entry (tlog-upload: false): cosign needs --insecure-ignore-tlog. */
  noTlog?: boolean;
  /** For custom instances: the trusted root the verifier needs. */
  trustedRoot?: string;
}

function signerArgs(options: VerifyOptions): string {
  if (options.key !== undefined)
    return ` --key ${shellQuote(options.key)}${options.noTlog ? ' --insecure-ignore-tlog' : ''}`;
  return ` --certificate-identity ${shellQuote(options.identity)} --certificate-oidc-issuer ${shellQuote(options.issuer)}`;
}

function trustArgs(options: VerifyOptions): string {
  return options.trustedRoot ? ` --trusted-root ${shellQuote(options.trustedRoot)}` : '';
}

/** `cosign verify` for an image by digest, with the exact (anchored) identity and issuer, or the key. */
export function imageVerifyCommand(imageByDigest: string, options: VerifyOptions): string {
  return `cosign verify ${shellQuote(imageByDigest)}${signerArgs(options)}${trustArgs(options)}`;
}

/** `cosign verify-blob` for a file and its bundle. */
export function blobVerifyCommand(file: string, bundlePath: string, options: VerifyOptions): string {
  return `cosign verify-blob ${shellQuote(file)} --bundle ${shellQuote(bundlePath)}${signerArgs(options)}${trustArgs(options)}`;
}

function logCell(row: { logIndex?: string; logUrl?: string; timestamps: number }) {
  const parts = [];
  if (row.logIndex)
    parts.push(row.logUrl ? md.link(md.text(`#${row.logIndex}`), row.logUrl) : md.text(`#${row.logIndex}`));
  if (row.timestamps > 0) parts.push(md.text(`${row.timestamps} timestamp${row.timestamps === 1 ? '' : 's'}`));
  return parts.length > 0 ? md.join(parts, ', ') : md.text('none');
}

export function renderSignSummary(data: SignSummaryData, options: { budgetBytes?: number } = {}): SummaryResult {
  const builder = new SummaryBuilder({
    itemNoun: ['signature', 'signatures'],
    seeAlso: 'the bundle-paths output',
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
  });
  const count = data.images.length + data.files.length;
  builder.heading(md.raw(`${data.key ? 'Keyed' : 'Keyless'} signing: ${count} signature${count === 1 ? '' : 's'}`), 2);
  const signer = data.key
    ? [md.raw('Signed with'), md.code(data.key)]
    : [
        md.raw('Signed by'),
        md.code(data.identity),
        md.raw('(OIDC issuer'),
        md.join([md.code(data.issuer), md.raw(')')], ''),
      ];
  builder.paragraph(
    md.join([
      ...signer,
      md.raw(`with the ${data.engine} engine on the`),
      md.text(data.instance),
      md.raw(`Sigstore instance${data.publicLog ? ' (public transparency log)' : ''}.`),
    ]),
  );
  if (data.images.length > 0) {
    builder.table({
      headers: ['Image (by digest)', 'What', 'Stored in the registry', 'Transparency log'],
      rows: data.images.map((row) => [
        md.code(row.image),
        md.text(row.kind),
        row.stored
          ? md.join([md.code(row.stored.location), md.text(`(${row.stored.via})`)])
          : md.text('not pushed (push-to-registry: false)'),
        logCell(row),
      ]),
    });
  }
  if (data.files.length > 0) {
    builder.table({
      headers: ['File', 'SHA-256', 'Bundle', 'Transparency log'],
      rows: data.files.map((row) => [md.code(row.file), md.code(row.sha256), md.code(row.bundlePath), logCell(row)]),
    });
  }
  if (data.verifyCommands.length > 0) {
    builder.heading(md.raw('Verify'), 3);
    // A <pre> block is raw HTML to GitHub (no Markdown inside); the Markdown characters are entities all the same,
    // and the command copies back exactly (no mention separator in the identity's `@refs/…`).
    builder.markdown(md.raw(data.verifyCommands.map((command) => commandBlock(command)).join('\n')));
  }
  for (const note of data.notes) builder.paragraph(md.join([md.raw('> [!NOTE]\n>'), md.text(note)]));
  return builder.build();
}

/** Runs `sign`; when it fails, the job summary (if enabled) says that nothing of this step is reported as signed. */
export async function withFailureSummary(summary: boolean, what: string, sign: () => Promise<void>): Promise<void> {
  try {
    await sign();
  } catch (error) {
    if (summary)
      await writeJobSummary(
        failureSummaryMarkdown(
          `${what} did not complete (no signature of this step is reported as done)`,
          describeFailure(error),
        ),
      );
    throw error;
  }
}

/**
 * The job summary of a run: who signed (`who`: identity and issuer, or the key), the caller's notes, and
 * last the push-to-registry note when image signatures were kept as files only.
 */
export async function writeSignedRunSummary(
  run: SignedRun,
  pushToRegistry: boolean,
  who: Pick<SignSummaryData, 'identity' | 'issuer' | 'key'>,
  notes: string[],
): Promise<void> {
  if (!pushToRegistry && run.plan)
    notes.push(
      'push-to-registry is false: the image signatures exist only as the bundle files listed in bundle-paths.',
    );
  await writeSignSummary({
    engine: run.engine.name,
    instance: run.instance.name,
    publicLog: run.instance.publicLog,
    ...who,
    images: run.set.imageRows,
    files: run.set.fileRows,
    verifyCommands: run.verifyCommands,
    notes,
  });
}

/** The job summary of a signing run (the budget left in the summary file applied). */
export async function writeSignSummary(data: SignSummaryData): Promise<void> {
  const budgetBytes = await availableSummaryBytes();
  const summary = renderSignSummary(data, budgetBytes !== undefined ? { budgetBytes } : {});
  await writeJobSummary(summary.markdown);
}
