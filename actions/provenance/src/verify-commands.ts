import { predicateTypeName } from '@scs/attestation';

/**
 * Copy-paste commands that verify what this step attested, with the exact
 * identity of the signing certificate (never a regular expression a
 * neighbouring workflow could also match).
 */

/** POSIX shell single-quoting: safe for any text (a quote becomes '\''). */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface VerifyCommandInput {
  /** image@sha256:… when the subject is an image. */
  imageWithDigest?: string;
  /** A file subject (its name) for blob verification, with the bundle path. */
  fileSubject?: string;
  bundlePath: string;
  predicateType: string;
  certificateIdentity: string;
  certificateIssuer: string;
  /** owner/name: gh attestation verify's -R. */
  repository: string;
  /** Stored with GitHub's attestation API. */
  githubStored: boolean;
  /** The Sigstore instance: public-good and github are known to gh; cosign knows public-good; custom needs its trusted root. */
  instance: 'public-good' | 'github' | 'custom';
}

/** cosign's --type: the short name it knows, else the URI. */
function cosignType(predicateType: string): string {
  const name = predicateTypeName(predicateType);
  if (name === 'slsaprovenance1' || name === 'cyclonedx' || name === 'spdxjson' || name === 'vuln') {
    return name === 'spdxjson' ? predicateType : name;
  }
  return predicateType;
}

export function verifyCommands(input: VerifyCommandInput): string[] {
  const commands: string[] = [];
  const type = shellQuote(cosignType(input.predicateType));
  const identity = `--certificate-identity ${shellQuote(input.certificateIdentity)} --certificate-oidc-issuer ${shellQuote(input.certificateIssuer)}`;
  // cosign trusts the public-good instance out of the box; for GitHub's instance or a custom one it needs
  // that instance's trusted root (GitHub's: `gh attestation trusted-root`).
  const trust = input.instance === 'public-good' ? '' : ' --trusted-root trusted_root.json';
  // gh knows public-good and GitHub's instance; a custom instance needs its trusted root.
  const ghTrust = input.instance === 'custom' ? ' --custom-trusted-root trusted_root.json' : '';
  if (input.imageWithDigest) {
    // gh finds an image's attestation in GitHub's attestation API, or in the registry with --bundle-from-oci.
    const source = input.githubStored ? '' : ' --bundle-from-oci';
    commands.push(
      `gh attestation verify ${shellQuote(`oci://${input.imageWithDigest}`)} -R ${shellQuote(input.repository)}${source} --predicate-type ${shellQuote(input.predicateType)}${ghTrust}`,
    );
    commands.push(`cosign verify-attestation --type ${type} ${identity}${trust} ${shellQuote(input.imageWithDigest)}`);
  }
  if (input.fileSubject) {
    const bundle = shellQuote(input.bundlePath);
    commands.push(
      `gh attestation verify ${shellQuote(input.fileSubject)} -R ${shellQuote(input.repository)} --bundle ${bundle} --predicate-type ${shellQuote(input.predicateType)}${ghTrust}`,
    );
    commands.push(
      `cosign verify-blob-attestation --bundle ${bundle} --type ${type} ${identity}${trust} ${shellQuote(input.fileSubject)}`,
    );
  }
  return commands;
}
