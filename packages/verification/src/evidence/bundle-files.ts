import * as fs from 'node:fs';
import { errorMessage } from '@scs/action-kit';

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
  /** sha256 hex digests the bundle claims to be about (unverified; routing only). */
  claimedDigests: string[];
}

export function readBundleFile(file: string): BundleFile {
  const out: BundleFile = { path: file, claimedDigests: [] };
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_BUNDLE_BYTES) {
      out.error = `the file is ${size} bytes; a bundle is at most ${MAX_BUNDLE_BYTES}`;
      return out;
    }
    out.json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    out.error = `cannot be read as JSON: ${errorMessage(error)}`;
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
      const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { subject?: { digest?: { sha256?: unknown } }[] };
      for (const s of statement.subject ?? []) {
        if (typeof s?.digest?.sha256 === 'string') digests.push(s.digest.sha256.toLowerCase());
      }
    } catch {
      // Not a statement: verification says so when the bundle is used.
    }
  }
  return digests;
}
