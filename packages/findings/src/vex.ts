import { ConfigurationError } from '@scs/action-kit';
import type { Finding, ScanReport } from './model.js';
import { SHA256_DIGEST, isObject, type JsonObject } from '@scs/vocabulary';

/**
 * OpenVEX documents (https://openvex.dev, spec v0.2.0; v0.0.x documents are
 * read too) and applying them to findings.
 *
 * This runs in our code, after parsing, for **both** engines: the same VEX
 * file suppresses the same findings whether Trivy or Grype scanned, and the
 * suppressed findings (with the statement that suppressed them) are kept for
 * the summary instead of vanishing inside a scanner. Neither scanner is given
 * the documents.
 *
 * A statement suppresses a finding when all of these hold:
 * - its status is `not_affected` or `fixed` (`affected` and
 *   `under_investigation` never suppress; they do override an older
 *   `not_affected`, see below);
 * - its vulnerability name or one of its aliases equals the finding's id or
 *   one of the finding's aliases (CVE ↔ GHSA), case-insensitively;
 * - it has no products (it applies to everything scanned), or one product
 *   matches:
 *   - a package URL matches the finding's purl on type, namespace and name;
 *     version, qualifiers and subpath are compared only when the statement's
 *     purl has them (`pkg:npm/lodash` covers every lodash; `…@4.17.20` only
 *     that version; `?arch=x86_64` only that arch);
 *   - an image (an OCI purl `pkg:oci/app@sha256%3A…?repository_url=…`, a
 *     reference `ghcr.io/org/app[:tag][@sha256:…]`, a bare `sha256:…`, or a
 *     `hashes.sha-256`) matches the scanned image by digest, or by repository
 *     (and tag, when given) when it has no digest. When that product lists
 *     `subcomponents`, the finding's purl must match one of them; without,
 *     the statement covers every finding in the image.
 * - Of all statements that apply to a finding, the latest wins (statement
 *   timestamp, else its document's; at equal or missing times the one read
 *   last): a newer `affected` brings back a finding an older `not_affected`
 *   suppressed.
 *
 * CPE identifiers are not matched (neither scanner gives one per finding in
 * our model).
 */

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
/** `https://openvex.dev/ns`, `…/ns/v0.0.1`, `…/ns/v0.2.0` and other 0.x releases. */
const CONTEXT_PATTERN = /^https:\/\/openvex\.dev\/ns(?:\/v0\.\d+\.\d+)?\/?$/;

export const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;
export type VexStatus = (typeof VEX_STATUSES)[number];

export const VEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

/** A product or subcomponent: every identifier it was given (@id, purl, sha256 digests). */
export interface VexComponent {
  identifiers: string[];
}

export interface VexProduct extends VexComponent {
  subcomponents: VexComponent[];
}

export interface VexStatement {
  vulnerability: string;
  aliases: string[];
  status: VexStatus;
  justification?: string;
  impactStatement?: string;
  /** Effective time: the statement's, else its document's (ISO 8601 as written). */
  timestamp?: string;
  products: VexProduct[];
}

export interface VexDocument {
  /** The file it was read from (for messages). */
  source: string;
  id?: string;
  author?: string;
  timestamp?: string;
  statements: VexStatement[];
}

export interface ParseVexOptions {
  /** The file name, named in every error. */
  source: string;
}

type Json = JsonObject;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A short, quoted rendering of an untrusted value for messages. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `'${label(text)}'`;
}

/** An untrusted name for messages: no control characters, bounded. */
function label(value: string): string {
  return [...value.slice(0, 80)]
    .map((c) => (c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) ? ' ' : c))
    .join('');
}

function fail(source: string, detail: string, cause?: unknown): never {
  throw new ConfigurationError(`VEX document ${source}: ${detail}`, cause === undefined ? undefined : { cause });
}

function timestampOf(value: unknown, source: string, where: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    fail(source, `${where} has an invalid timestamp ${shown(value)} (expected ISO 8601, e.g. 2024-05-01T12:00:00Z).`);
  }
  return value;
}

/** Identifiers of a component: strings (v0.0.x) or {@id, identifiers{purl,…}, hashes{sha-256,…}} (v0.2.0). */
function componentOf(value: unknown, source: string, where: string): VexComponent {
  if (typeof value === 'string') {
    if (value.trim() === '') fail(source, `${where} is an empty string.`);
    return { identifiers: [value.trim()] };
  }
  if (!isObject(value)) fail(source, `${where} must be an object or a string, got ${shown(value)}.`);
  const identifiers: string[] = [];
  const id = str(value['@id']);
  if (id) identifiers.push(id);
  if (value.identifiers !== undefined) {
    if (!isObject(value.identifiers)) fail(source, `${where}: \`identifiers\` must be an object.`);
    const purl = str(value.identifiers.purl);
    if (purl) identifiers.push(purl);
  }
  if (value.hashes !== undefined) {
    if (!isObject(value.hashes)) fail(source, `${where}: \`hashes\` must be an object.`);
    const sha256 = str(value.hashes['sha-256']) ?? str(value.hashes.sha256);
    if (sha256) identifiers.push(`sha256:${sha256.toLowerCase().replace(/^sha256:/, '')}`);
  }
  // CPEs are kept for display; they never match (see the module comment).
  const cpe = isObject(value.identifiers) ? (str(value.identifiers.cpe23) ?? str(value.identifiers.cpe22)) : undefined;
  if (cpe) identifiers.push(cpe);
  if (identifiers.length === 0) {
    fail(source, `${where} identifies nothing: give it an @id, identifiers.purl or hashes.sha-256.`);
  }
  return { identifiers: [...new Set(identifiers)] };
}

function componentList(value: unknown, source: string, where: string): VexComponent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(source, `${where} must be an array.`);
  return value.map((item, i) => componentOf(item, source, `${where}[${i}]`));
}

function statementOf(value: unknown, index: number, source: string, documentTime: string | undefined): VexStatement {
  const where = `statement ${index + 1}`;
  if (!isObject(value)) fail(source, `${where} must be an object.`);

  let vulnerability: string | undefined;
  let aliases: string[] = [];
  if (typeof value.vulnerability === 'string') {
    vulnerability = str(value.vulnerability);
  } else if (isObject(value.vulnerability)) {
    vulnerability = str(value.vulnerability.name);
    const rawAliases = value.vulnerability.aliases;
    if (rawAliases !== undefined && !Array.isArray(rawAliases))
      fail(source, `${where}: vulnerability.aliases must be an array of strings.`);
    aliases = (rawAliases ?? [])
      .map((a: unknown) => str(a))
      .filter((a: string | undefined): a is string => a !== undefined);
  }
  if (!vulnerability) fail(source, `${where} has no vulnerability name (expected "vulnerability": {"name": "CVE-…"}).`);

  const status = value.status;
  if (typeof status !== 'string' || !(VEX_STATUSES as readonly string[]).includes(status)) {
    fail(
      source,
      `${where} (${label(vulnerability)}): status ${shown(status)} is not one of ${VEX_STATUSES.join(', ')}.`,
    );
  }
  const justification = str(value.justification);
  if (justification && !(VEX_JUSTIFICATIONS as readonly string[]).includes(justification)) {
    fail(
      source,
      `${where} (${label(vulnerability)}): justification ${shown(justification)} is not one of ${VEX_JUSTIFICATIONS.join(', ')}.`,
    );
  }
  const impactStatement = str(value.impact_statement);
  if (status === 'not_affected' && !justification && !impactStatement) {
    fail(
      source,
      `${where} (${label(vulnerability)}): a not_affected statement needs a justification or an impact_statement.`,
    );
  }

  const statementSubcomponents = componentList(value.subcomponents, source, `${where} subcomponents`);
  if (value.products !== undefined && value.products !== null && !Array.isArray(value.products)) {
    fail(source, `${where} (${label(vulnerability)}): products must be an array.`);
  }
  const products: VexProduct[] = ((value.products as unknown[] | undefined) ?? []).map((item, i) => {
    const component = componentOf(item, source, `${where} product ${i + 1}`);
    const nested = isObject(item)
      ? componentList(item.subcomponents, source, `${where} product ${i + 1} subcomponents`)
      : [];
    return { ...component, subcomponents: [...nested, ...statementSubcomponents] };
  });
  // v0.0.x: subcomponents next to products; with no products they still narrow the statement.
  if (products.length === 0 && statementSubcomponents.length > 0) {
    products.push(...statementSubcomponents.map((c) => ({ identifiers: c.identifiers, subcomponents: [] })));
  }

  const statement: VexStatement = {
    vulnerability,
    aliases: [...new Set(aliases)],
    status: status as VexStatus,
    products,
  };
  if (justification) statement.justification = justification;
  if (impactStatement) statement.impactStatement = impactStatement;
  const timestamp = timestampOf(value.timestamp, source, where) ?? documentTime;
  if (timestamp) statement.timestamp = timestamp;
  return statement;
}

function notOpenVexHint(data: Json): string {
  if (isObject(data.document) && data.document.category === 'csaf_vex')
    return ' It looks like CSAF VEX; convert it to OpenVEX (e.g. `vexctl`).';
  if ('bomFormat' in data) return ' It looks like CycloneDX; only OpenVEX documents are read.';
  return '';
}

/** Reads one OpenVEX document. Throws ConfigurationError naming `options.source` when it is not one. */
export function parseVexDocument(input: string | Uint8Array, options: ParseVexOptions): VexDocument {
  const text = (typeof input === 'string' ? input : Buffer.from(input).toString('utf8')).replace(/^\uFEFF/, '');
  if (text.trim() === '') fail(options.source, 'the file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(options.source, `not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, error);
  }
  return vexDocumentFromJson(data, options);
}

/** Converts an already-parsed OpenVEX document. */
export function vexDocumentFromJson(data: unknown, options: ParseVexOptions): VexDocument {
  const { source } = options;
  if (!isObject(data))
    fail(
      source,
      `expected a JSON object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}.`,
    );
  const contexts = Array.isArray(data['@context']) ? data['@context'] : [data['@context']];
  if (!contexts.some((c) => typeof c === 'string' && CONTEXT_PATTERN.test(c))) {
    const got = data['@context'] === undefined ? 'no @context' : `@context ${shown(data['@context'])}`;
    fail(source, `not an OpenVEX document: it has ${got}; expected "${OPENVEX_CONTEXT}".${notOpenVexHint(data)}`);
  }
  if (!Array.isArray(data.statements)) fail(source, 'has no `statements` array.');
  const timestamp = timestampOf(data.timestamp, source, 'the document');
  const document: VexDocument = {
    source,
    statements: data.statements.map((s: unknown, i: number) => statementOf(s, i, source, timestamp)),
  };
  const id = str(data['@id']);
  if (id) document.id = id;
  const author = str(data.author);
  if (author) document.author = author;
  if (timestamp) document.timestamp = timestamp;
  return document;
}

// ---- matching ----

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export interface PackageUrl {
  type: string;
  namespace: string;
  name: string;
  version?: string;
  qualifiers: Map<string, string>;
  subpath?: string;
}

/** pkg:type/namespace/name@version?qualifiers#subpath (lenient: enough to compare). */
export function parsePackageUrl(value: string): PackageUrl | undefined {
  if (!/^pkg:/i.test(value)) return undefined;
  let rest = value.slice(4).replace(/^\/+/, '');
  let subpath: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    subpath = decode(rest.slice(hash + 1)).replace(/^\/+|\/+$/g, '') || undefined;
    rest = rest.slice(0, hash);
  }
  const qualifiers = new Map<string, string>();
  const question = rest.indexOf('?');
  if (question >= 0) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).toLowerCase();
      const val = decode(pair.slice(eq + 1));
      if (val !== '') qualifiers.set(key, val);
    }
    rest = rest.slice(0, question);
  }
  let version: string | undefined;
  // The version follows an '@' in the last segment (a raw '@' may start an npm scope).
  const at = rest.indexOf('@', rest.lastIndexOf('/') + 1);
  if (at >= 0) {
    version = decode(rest.slice(at + 1)) || undefined;
    rest = rest.slice(0, at);
  }
  const segments = rest.split('/').filter((s) => s !== '');
  const type = segments.shift()?.toLowerCase();
  const name = segments.pop();
  if (!type || !name) return undefined;
  const purl: PackageUrl = { type, namespace: segments.map(decode).join('/'), name: decode(name), qualifiers };
  if (version) purl.version = version;
  if (subpath) purl.subpath = subpath;
  return purl;
}

/** True when `pattern` (from a statement) covers `purl` (a finding's). */
export function packageUrlMatches(pattern: string, purl: string | undefined): boolean {
  if (!purl) return false;
  const p = parsePackageUrl(pattern);
  const f = parsePackageUrl(purl);
  if (!p || !f) return false;
  if (
    p.type !== f.type ||
    p.name.toLowerCase() !== f.name.toLowerCase() ||
    p.namespace.toLowerCase() !== f.namespace.toLowerCase()
  ) {
    return false;
  }
  if (p.version !== undefined && p.version !== f.version) return false;
  if (p.subpath !== undefined && p.subpath !== f.subpath) return false;
  for (const [key, value] of p.qualifiers) {
    if (f.qualifiers.get(key) !== value) return false;
  }
  return true;
}

interface ImageRef {
  repository?: string;
  tag?: string;
  digest?: string;
}

function canonicalRepository(repository: string): string {
  return repository
    .toLowerCase()
    .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '');
}

/** ghcr.io/org/app:1.0@sha256:… | sha256:… | pkg:oci/app@sha256%3A…?repository_url=…&tag=… */
function parseImage(value: string): ImageRef | undefined {
  const text = value.trim();
  if (SHA256_DIGEST.test(text.toLowerCase())) return { digest: text.toLowerCase() };
  if (/^pkg:/i.test(text)) {
    const purl = parsePackageUrl(text);
    if (!purl || purl.type !== 'oci') return undefined;
    const ref: ImageRef = {};
    if (purl.version && SHA256_DIGEST.test(purl.version.toLowerCase())) ref.digest = purl.version.toLowerCase();
    const repositoryUrl = purl.qualifiers.get('repository_url');
    if (repositoryUrl) ref.repository = canonicalRepository(repositoryUrl.replace(/^[a-z]+:\/\//, ''));
    const tag = purl.qualifiers.get('tag');
    if (tag) ref.tag = tag;
    return ref.digest || ref.repository ? ref : undefined;
  }
  if (text.includes('://') || /\s/.test(text) || /^cpe:/i.test(text)) return undefined;
  const at = text.indexOf('@');
  const ref: ImageRef = {};
  let name = text;
  if (at >= 0) {
    const digest = text.slice(at + 1).toLowerCase();
    if (!SHA256_DIGEST.test(digest)) return undefined;
    ref.digest = digest;
    name = text.slice(0, at);
  }
  const tagMatch = /:([\w][\w.-]{0,127})$/.exec(name);
  if (tagMatch) {
    ref.tag = tagMatch[1];
    name = name.slice(0, tagMatch.index);
  }
  if (name) ref.repository = canonicalRepository(name);
  return ref.digest || ref.repository ? ref : undefined;
}

interface ArtifactIdentity {
  repositories: Set<string>;
  tags: Set<string>;
  digests: Set<string>;
}

function artifactIdentity(options: ApplyVexOptions): ArtifactIdentity {
  const identity: ArtifactIdentity = { repositories: new Set(), tags: new Set(), digests: new Set() };
  for (const value of [options.artifactName, options.artifactDigest]) {
    if (!value) continue;
    const ref = parseImage(value);
    if (!ref) continue;
    if (ref.repository) identity.repositories.add(ref.repository);
    if (ref.tag) identity.tags.add(ref.tag);
    if (ref.digest) identity.digests.add(ref.digest);
  }
  return identity;
}

function imageMatches(identifier: string, artifact: ArtifactIdentity): boolean {
  const ref = parseImage(identifier);
  if (!ref) return false;
  if (ref.digest) return artifact.digests.has(ref.digest);
  if (!ref.repository || !artifact.repositories.has(ref.repository)) return false;
  return ref.tag === undefined || artifact.tags.has(ref.tag);
}

function statementApplies(statement: VexStatement, finding: Finding, artifact: ArtifactIdentity): boolean {
  if (statement.products.length === 0) return true;
  return statement.products.some((product) => {
    if (product.identifiers.some((id) => packageUrlMatches(id, finding.purl))) return true;
    if (!product.identifiers.some((id) => imageMatches(id, artifact))) return false;
    if (product.subcomponents.length === 0) return true;
    return product.subcomponents.some((sub) => sub.identifiers.some((id) => packageUrlMatches(id, finding.purl)));
  });
}

export interface ApplyVexOptions {
  /** The scanned artifact (image reference) for image products. */
  artifactName?: string;
  /** repo@sha256:… or sha256:… of the scanned image. */
  artifactDigest?: string;
}

export interface VexSuppression {
  finding: Finding;
  statement: {
    status: VexStatus;
    justification?: string;
    impactStatement?: string;
    vulnerability: string;
    /** Product identifiers as the statement wrote them (empty: every product). */
    products: string[];
    timestamp?: string;
    /** The document it came from. */
    source: string;
  };
}

export interface VexResult {
  kept: Finding[];
  suppressed: VexSuppression[];
}

/** Convenience: the artifact fields of a report, for `applyVex`. */
export function vexArtifactOf(report: Pick<ScanReport, 'artifactName' | 'artifactDigest'>): ApplyVexOptions {
  return {
    artifactName: report.artifactName,
    ...(report.artifactDigest ? { artifactDigest: report.artifactDigest } : {}),
  };
}

function timeOf(statement: VexStatement): number {
  const time = statement.timestamp ? Date.parse(statement.timestamp) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Splits findings into kept and suppressed by the documents' statements (see
 * the module comment for the matching rules). Order of `kept` is preserved.
 */
export function applyVex(
  findings: readonly Finding[],
  documents: readonly VexDocument[],
  options: ApplyVexOptions = {},
): VexResult {
  const artifact = artifactIdentity(options);
  // Index by upper-cased vulnerability name and alias; keep reading order for ties.
  const byVulnerability = new Map<string, { statement: VexStatement; source: string; order: number }[]>();
  let order = 0;
  for (const document of documents) {
    for (const statement of document.statements) {
      const entry = { statement, source: document.source, order: order++ };
      for (const name of new Set([statement.vulnerability, ...statement.aliases].map((n) => n.toUpperCase()))) {
        const list = byVulnerability.get(name) ?? [];
        list.push(entry);
        byVulnerability.set(name, list);
      }
    }
  }

  const kept: Finding[] = [];
  const suppressed: VexSuppression[] = [];
  for (const finding of findings) {
    const candidates = new Map<number, { statement: VexStatement; source: string; order: number }>();
    for (const id of [finding.id, ...finding.aliases]) {
      for (const entry of byVulnerability.get(id.toUpperCase()) ?? []) candidates.set(entry.order, entry);
    }
    let winner: { statement: VexStatement; source: string; order: number } | undefined;
    for (const entry of candidates.values()) {
      if (!statementApplies(entry.statement, finding, artifact)) continue;
      if (
        !winner ||
        timeOf(entry.statement) > timeOf(winner.statement) ||
        (timeOf(entry.statement) === timeOf(winner.statement) && entry.order > winner.order)
      ) {
        winner = entry;
      }
    }
    if (winner && (winner.statement.status === 'not_affected' || winner.statement.status === 'fixed')) {
      const { statement } = winner;
      suppressed.push({
        finding,
        statement: {
          status: statement.status,
          ...(statement.justification ? { justification: statement.justification } : {}),
          ...(statement.impactStatement ? { impactStatement: statement.impactStatement } : {}),
          vulnerability: statement.vulnerability,
          products: statement.products.map((p) => p.identifiers[0] ?? ''),
          ...(statement.timestamp ? { timestamp: statement.timestamp } : {}),
          source: winner.source,
        },
      });
    } else {
      kept.push(finding);
    }
  }
  return { kept, suppressed };
}
