import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '@scs/action-kit';
import { sha256File } from '@scs/vocabulary';
import { parseSha256Digest, parseSha256Hex, shown } from './digest.js';
import { MAX_CHECKSUMS_BYTES, MAX_SUBJECT_NAME_LENGTH, MAX_SUBJECTS, formatBytes } from './limits.js';

/** An in-toto ResourceDescriptor as a statement subject: a name and its sha256. */
export interface Subject {
  name: string;
  digest: { sha256: string };
}

// C0/C1 controls (tab included), DEL, line/paragraph separators, bidi embeddings, overrides and isolates,
// zero-width characters and the BOM: a subject name is shown in logs, summaries and by verifiers,
// and none of these may hide, reorder or break what it says.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

/**
 * A subject name as it goes into the statement: surrounding blanks trimmed;
 * empty names, over-long names and names with control, bidi or zero-width
 * characters refused (with `what` naming where the name came from).
 */
export function sanitizeSubjectName(name: string, what: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new ConfigurationError(`${what}: a subject name must not be empty.`);
  if (UNSAFE_NAME_CHARACTERS.test(trimmed)) {
    throw new ConfigurationError(
      `${what}: the subject name ${shown(trimmed)} contains a control, line-break, bidi or zero-width character; rename it.`,
    );
  }
  if (trimmed.length > MAX_SUBJECT_NAME_LENGTH) {
    throw new ConfigurationError(
      `${what}: the subject name is ${trimmed.length} characters long; at most ${MAX_SUBJECT_NAME_LENGTH} are accepted.`,
    );
  }
  return trimmed;
}

/** One subject from `subject-digest` + `subject-name`. */
export function subjectFromDigest(digest: string, name: string): Subject {
  const hex = parseSha256Digest(digest, 'Input `subject-digest`');
  return { name: sanitizeSubjectName(name, 'Input `subject-name`'), digest: { sha256: hex } };
}

/**
 * The subject name cosign gives an image in `cosign attest`: the repository
 * as go-containerregistry prints it (`name.Digest.Repository.String()`), so
 * Docker Hub names are expanded (`alpine` → `index.docker.io/library/alpine`,
 * `docker.io/org/app` → `index.docker.io/org/app`); no tag, no digest.
 */
export function imageSubjectName(reference: string): string {
  const withoutDigest = reference.replace(/@[^@]*$/, '');
  // A tag is what follows the last ':' after the last '/' (a registry port comes before a '/').
  const lastSlash = withoutDigest.lastIndexOf('/');
  const lastColon = withoutDigest.lastIndexOf(':');
  const repository = lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest;
  const slash = repository.indexOf('/');
  const first = slash === -1 ? '' : repository.slice(0, slash);
  const hasRegistry = slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = hasRegistry ? first.toLowerCase() : 'index.docker.io';
  let name = hasRegistry ? repository.slice(slash + 1) : repository;
  if (registry === 'docker.io') registry = 'index.docker.io';
  if (registry === 'index.docker.io' && !name.includes('/')) name = `library/${name}`;
  if (name === '') throw new ConfigurationError(`Input \`subject-image\`: ${shown(reference)} names no repository.`);
  return `${registry}/${name}`;
}

/** The subject for an image resolved to a manifest digest. */
export function imageSubject(reference: string, digest: string): Subject {
  const hex = parseSha256Digest(digest, 'Input `subject-image`');
  return { name: imageSubjectName(reference), digest: { sha256: hex } };
}

/**
 * Subjects from a checksums file in the format `sha256sum` writes:
 * `<64 hex><space><space or *><name>` per line (the `*` marks binary mode).
 * Blank lines and `#` comments are skipped; anything else that does not
 * parse is an error naming the line, since a silently skipped line would be
 * an artifact left unattested. sha512 lines (128 hex) are refused: the
 * statement carries sha256 only. `source` names the file in errors.
 */
export function parseChecksums(text: string, source: string): Subject[] {
  const subjects: Subject[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const where = `${source}, line ${index + 1}`;
    // GNU coreutils escapes names with a backslash or newline and starts the line with '\'.
    if (line.startsWith('\\')) {
      throw new ConfigurationError(
        `${where}: the name is escaped (sha256sum does that for names with a backslash or a newline); rename the file.`,
      );
    }
    const match = /^([0-9A-Za-z]+) ([ *])(.*)$/.exec(line);
    if (!match) {
      throw new ConfigurationError(
        `${where}: expected '<sha256 hex>  <name>' (or '<hex> *<name>'), the format sha256sum writes; got ${shown(line)}.`,
      );
    }
    const [, hex = '', , rawName = ''] = match;
    if (hex.length === 128) {
      throw new ConfigurationError(`${where}: this is a sha512 digest; the checksums must be sha256 (sha256sum).`);
    }
    const digest = parseSha256Hex(hex, where);
    subjects.push({ name: sanitizeSubjectName(rawName, where), digest: { sha256: digest } });
  });
  if (subjects.length === 0) {
    throw new ConfigurationError(
      `${source} lists no checksums: expected lines like '<sha256 hex>  <name>' as sha256sum writes.`,
    );
  }
  return subjects;
}

/** Reads and parses a checksums file, refusing one larger than 512 KiB (512 bytes per subject). */
export async function subjectsFromChecksumsFile(file: string, displayName: string): Promise<Subject[]> {
  const stat = await fsp.stat(file);
  if (!stat.isFile()) throw new ConfigurationError(`${displayName} is not a file.`);
  if (stat.size > MAX_CHECKSUMS_BYTES) {
    throw new ConfigurationError(
      `${displayName} is ${formatBytes(stat.size)}; a checksums file may be at most ${formatBytes(MAX_CHECKSUMS_BYTES)} (${MAX_SUBJECTS} subjects).`,
    );
  }
  return parseChecksums(await fsp.readFile(file, 'utf8'), displayName);
}

export { sha256File };

export interface PathSubjectOptions {
  /** The workspace: patterns are relative to it, and matches must stay inside it. */
  workspace: string;
  /** Stop (with an error) beyond this many files. Default MAX_SUBJECTS. */
  maxSubjects?: number;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Subjects from glob patterns (`*`, `**`, `?`, `[...]`, `{a,b}`; a leading
 * `!` excludes), relative to the workspace. Only regular files count;
 * symbolic links are followed only when they resolve inside the workspace.
 * Each file's sha256 is streamed. The subject name is the file's base name,
 * as actions/attest and actions/attest-build-provenance name path subjects
 * (their `getSubjectFromPath` uses `path.parse(file).base`), so an
 * attestation of `dist/app.tar.gz` is about `app.tar.gz`. Files are taken in
 * sorted path order; the same name with the same digest is listed once.
 */
export async function subjectsFromPaths(patterns: readonly string[], options: PathSubjectOptions): Promise<Subject[]> {
  const workspace = path.resolve(options.workspace);
  const max = options.maxSubjects ?? MAX_SUBJECTS;
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0)
    throw new ConfigurationError(
      'Input `subject-path` has only exclusions (!pattern); add a pattern that selects files.',
    );
  const realWorkspace = await fsp.realpath(workspace);

  const files = new Set<string>();
  for (const pattern of include) {
    if (path.isAbsolute(pattern) ? !isInside(workspace, pattern) : toPosix(path.normalize(pattern)).startsWith('../')) {
      throw new ConfigurationError(
        `Input \`subject-path\`: the pattern ${shown(pattern)} reaches outside the workspace (${workspace}).`,
      );
    }
    const relativePattern = path.isAbsolute(pattern) ? toPosix(path.relative(workspace, pattern)) : pattern;
    let matched = 0;
    for await (const entry of fsp.glob(relativePattern, { cwd: workspace, exclude })) {
      const absolute = path.resolve(workspace, entry);
      let stat;
      try {
        stat = await fsp.stat(absolute);
      } catch {
        continue; // a dangling link
      }
      if (!stat.isFile()) continue;
      const real = await fsp.realpath(absolute);
      if (!isInside(realWorkspace, real)) {
        throw new ConfigurationError(
          `Input \`subject-path\`: ${shown(toPosix(entry))} is a link to a file outside the workspace; attest files inside it.`,
        );
      }
      matched += 1;
      files.add(absolute);
      if (files.size > max) {
        throw new ConfigurationError(
          `Input \`subject-path\` matches more than ${max} files; an attestation may name at most ${max} subjects. Narrow the patterns, or attest an archive or a checksums file (subject-checksums) of the files.`,
        );
      }
    }
    if (matched === 0) {
      throw new ConfigurationError(
        `Input \`subject-path\`: the pattern ${shown(pattern)} matches no file in the workspace (${workspace}).`,
      );
    }
  }

  const subjects: Subject[] = [];
  for (const file of [...files].sort()) {
    const name = sanitizeSubjectName(
      path.basename(file),
      `Input \`subject-path\` (${toPosix(path.relative(workspace, file))})`,
    );
    subjects.push({ name, digest: { sha256: await sha256File(file) } });
  }
  return subjects;
}

function isInside(base: string, candidate: string): boolean {
  const relative = path.relative(base, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * All subjects from every source in order, the same name + digest listed once,
 * at most `max` (1024) of them. Two different names for one digest, or one name
 * with two digests, are both kept: each is a distinct claim.
 */
export function mergeSubjects(lists: readonly (readonly Subject[])[], max = MAX_SUBJECTS): Subject[] {
  const seen = new Set<string>();
  const merged: Subject[] = [];
  for (const list of lists) {
    for (const subject of list) {
      const key = `${subject.digest.sha256}\u0000${subject.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push({ name: subject.name, digest: { sha256: subject.digest.sha256 } });
    }
  }
  if (merged.length === 0)
    throw new ConfigurationError(
      'No subject to attest: set subject-image, subject-path, subject-checksums or subject-digest.',
    );
  if (merged.length > max) {
    throw new ConfigurationError(
      `${merged.length} subjects were given; an attestation may name at most ${max} (GitHub's limit). Split the attestation, or attest a checksums file or an archive of the files.`,
    );
  }
  return merged;
}
