import { errorMessage } from '@scs/action-kit';
import { ConfinedFileError, readConfinedFile } from '../confined-file.js';

/**
 * Bundle files on disk: `<file>.sigstore.json` next to a verified file, and
 * the `bundle-paths` the user lists. A listed bundle is used for a subject
 * when it names the subject's digest (message digest or statement subject);
 * which digest a bundle names only routes it: verification decides.
 */
export const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;

export interface BundleFile {
  path: string;
  /** Parsed JSON, or the reason it could not be read. */
  json?: unknown;
  error?: string;
  /** Bytes read. */
  bytes?: number;
  /** sha256 hex digests the bundle claims to be about (unverified; routing only). */
  claimedDigests: string[];
}

export interface BundleFileOptions {
  /** Folders the file's real path must be in (the workspace and RUNNER_TEMP). */
  roots: string[];
  rootsLabel?: string;
  maxBytes?: number;
}

/**
 * Reads one bundle file: confined to the roots (real path), a regular file,
 * at most MAX_BUNDLE_BYTES (enforced while reading); a refusal never quotes
 * the file's bytes.
 */
export function readBundleFile(file: string, options: BundleFileOptions): BundleFile {
  const out: BundleFile = { path: file, claimedDigests: [] };
  let bytes: Buffer;
  try {
    bytes = readConfinedFile(file, {
      roots: options.roots,
      maxBytes: options.maxBytes ?? MAX_BUNDLE_BYTES,
      rootsLabel: options.rootsLabel ?? 'the workspace and RUNNER_TEMP',
    });
  } catch (error) {
    out.error =
      error instanceof ConfinedFileError ? `the file ${error.message}` : `cannot be read: ${errorMessage(error)}`;
    return out;
  }
  out.bytes = bytes.length;
  try {
    out.json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    // JSON.parse quotes the text near the error: say where, not what.
    out.error = `is not JSON${error instanceof SyntaxError && /position \d+/.test(error.message) ? ` (${/position \d+/.exec(error.message)![0]})` : ''}`;
    return out;
  }
  out.claimedDigests = claimedDigests(out.json);
  return out;
}

/** The digests a bundle says it is about, read without trusting them. */
export function claimedDigests(json: unknown): string[] {
  const digests: string[] = [];
  if (typeof json !== 'object' || json === null) return digests;
  const bundle = json as {
    messageSignature?: { messageDigest?: { digest?: string } };
    dsseEnvelope?: { payload?: string };
  };
  const message = bundle.messageSignature?.messageDigest?.digest;
  if (typeof message === 'string') digests.push(Buffer.from(message, 'base64').toString('hex'));
  const payload = bundle.dsseEnvelope?.payload;
  if (typeof payload === 'string') {
    try {
      const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
        subject?: { digest?: { sha256?: unknown } }[];
      };
      for (const s of statement.subject ?? []) {
        if (typeof s?.digest?.sha256 === 'string') digests.push(s.digest.sha256.toLowerCase());
      }
    } catch {
      // Not a statement: verification says so when the bundle is used.
    }
  }
  return digests;
}
