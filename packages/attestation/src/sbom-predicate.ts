import { ConfigurationError } from '@scs/action-kit';
import { shown } from './digest.js';
import { readJsonObjectFile } from './predicate-file.js';
import { CYCLONEDX_BOM, SPDX_DOCUMENT_PREFIX } from './predicate-types.js';

/**
 * An SBOM as the predicate of an attestation, as actions/attest-sbom and the
 * in-toto predicate specs do it: the whole document is the predicate;
 * CycloneDX JSON → https://cyclonedx.org/bom, SPDX JSON →
 * https://spdx.dev/Document/v<version> (from the document's spdxVersion,
 * e.g. SPDX-2.3 → .../v2.3). Anything else (Syft JSON, SPDX tag-value,
 * CycloneDX XML, a scan report) is refused with what it looks like.
 */

export interface SbomPredicate {
  format: 'cyclonedx' | 'spdx';
  /** Document version: CycloneDX specVersion or SPDX version (2.3). */
  version: string;
  predicateType: string;
  predicate: Record<string, unknown>;
}

function describe(doc: Record<string, unknown>): string {
  if ('artifacts' in doc && 'source' in doc && 'descriptor' in doc)
    return 'a Syft JSON document (use -o cyclonedx-json or -o spdx-json)';
  if ('SchemaVersion' in doc || 'Results' in doc) return 'a Trivy report';
  if ('matches' in doc) return 'a Grype report';
  if ('runs' in doc && 'version' in doc) return 'a SARIF log';
  return 'not an SBOM';
}

export function sbomPredicateFrom(doc: Record<string, unknown>, what = 'Input `sbom-path`'): SbomPredicate {
  if (doc.bomFormat === 'CycloneDX') {
    const version = typeof doc.specVersion === 'string' ? doc.specVersion : '';
    if (!/^1\.\d+$/.test(version)) {
      throw new ConfigurationError(
        `${what}: the CycloneDX document has specVersion ${shown(String(doc.specVersion))}; expected 1.x.`,
      );
    }
    return { format: 'cyclonedx', version, predicateType: CYCLONEDX_BOM, predicate: doc };
  }
  if (typeof doc.spdxVersion === 'string') {
    const match = /^SPDX-(\d+\.\d+)$/.exec(doc.spdxVersion);
    if (!match?.[1]) {
      throw new ConfigurationError(
        `${what}: the SPDX document has spdxVersion ${shown(doc.spdxVersion)}; expected SPDX-<major>.<minor> such as SPDX-2.3.`,
      );
    }
    if (typeof doc.SPDXID !== 'string') throw new ConfigurationError(`${what}: the SPDX document has no SPDXID.`);
    return { format: 'spdx', version: match[1], predicateType: `${SPDX_DOCUMENT_PREFIX}/v${match[1]}`, predicate: doc };
  }
  if ('bomFormat' in doc) {
    throw new ConfigurationError(
      `${what}: bomFormat is ${shown(String(doc.bomFormat))}; only CycloneDX JSON and SPDX JSON documents can be attested.`,
    );
  }
  throw new ConfigurationError(`${what} is ${describe(doc)}: expected a CycloneDX JSON or SPDX JSON SBOM.`);
}

export async function sbomPredicateFromFile(file: string, what = 'Input `sbom-path`'): Promise<SbomPredicate> {
  const { value } = await readJsonObjectFile(file, what);
  return sbomPredicateFrom(value, what);
}
