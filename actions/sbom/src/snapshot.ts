import { purlType, type ParsedSbom, type SbomPackage } from '@scs/sbom';
import type { SbomTarget } from './inputs.js';

/**
 * The dependency submission API's snapshot
 * (POST /repos/{owner}/{repo}/dependency-graph/snapshots), built from the SBOM
 * model. One manifest per file the packages were found in; each package by
 * its purl, with its dependencies and, where the SBOM says, whether the
 * manifest depends on it directly. Packages without a package URL (or with
 * something that is not one) cannot be represented and are counted instead.
 */

export interface SnapshotPackage {
  package_url: string;
  relationship?: 'direct' | 'indirect';
  dependencies: string[];
}

export interface SnapshotManifest {
  name: string;
  file?: { source_location: string };
  resolved: Record<string, SnapshotPackage>;
}

export interface DependencySnapshot {
  version: 0;
  sha: string;
  ref: string;
  job: { correlator: string; id: string; html_url?: string };
  detector: { name: string; version: string; url: string };
  scanned: string;
  manifests: Record<string, SnapshotManifest>;
}

export interface SnapshotContext {
  target: SbomTarget;
  eventName: string;
  sha: string;
  ref: string;
  /** Head commit of the pull request, for pull_request events. */
  pullRequestHeadSha?: string;
  correlator: string;
  runId: string;
  /** https://github.com/owner/repo/actions/runs/ID */
  runUrl?: string;
  detector: { name: string; version: string; url: string };
  scanned: Date;
}

export const DETECTOR_URLS: Readonly<Record<string, string>> = {
  syft: 'https://github.com/anchore/syft',
  trivy: 'https://github.com/aquasecurity/trivy',
};

/**
 * On `pull_request`, GITHUB_SHA is a merge commit that exists only on the
 * runner; the snapshot names the pull request's head commit, which is what
 * dependency review compares. Everywhere else: GITHUB_SHA.
 */
export function snapshotCommit(ctx: Pick<SnapshotContext, 'eventName' | 'sha' | 'pullRequestHeadSha'>): string {
  return ctx.eventName === 'pull_request' && ctx.pullRequestHeadSha ? ctx.pullRequestHeadSha : ctx.sha;
}

/** Where a manifest lives: workspace-relative for directories, as found for images and archives. */
export function manifestLocation(
  target: SbomTarget,
  found: string | undefined,
): { name: string; sourceLocation?: string } {
  if (target.kind === 'path') {
    const root = target.isDirectory ? target.relative : target.relative.split('/').slice(0, -1).join('/');
    const inRoot = (found ?? '').replace(/^\/+/, '');
    const joined = [root, inRoot].filter(Boolean).join('/') || target.relative || '.';
    return { name: joined, sourceLocation: joined };
  }
  const described = target.kind === 'image' ? target.image : target.file;
  return { name: found ?? described };
}

export function buildSnapshot(
  sbom: ParsedSbom,
  ctx: SnapshotContext,
): { snapshot: DependencySnapshot; skipped: number } {
  const hasPurl = (p: SbomPackage): p is SbomPackage & { purl: string } => purlType(p.purl) !== undefined;
  const purlByRef = new Map(sbom.packages.filter(hasPurl).map((p) => [p.ref, p.purl]));
  const manifests: Record<string, SnapshotManifest> = {};
  let skipped = 0;
  for (const pkg of sbom.packages) {
    if (!hasPurl(pkg)) {
      skipped += 1;
      continue;
    }
    const location = manifestLocation(ctx.target, pkg.manifest);
    const manifest = (manifests[location.name] ??= {
      name: location.name,
      ...(location.sourceLocation ? { file: { source_location: location.sourceLocation } } : {}),
      resolved: {},
    });
    const dependencies = [...new Set(pkg.dependsOn.map((ref) => purlByRef.get(ref)).filter((p): p is string => !!p))];
    const existing = manifest.resolved[pkg.purl];
    if (existing) {
      existing.dependencies = [...new Set([...existing.dependencies, ...dependencies])];
      if (pkg.direct) existing.relationship = 'direct';
      continue;
    }
    manifest.resolved[pkg.purl] = {
      package_url: pkg.purl,
      ...(pkg.direct === undefined ? {} : { relationship: pkg.direct ? 'direct' : 'indirect' }),
      dependencies,
    };
  }
  return {
    snapshot: {
      version: 0,
      sha: snapshotCommit(ctx),
      ref: ctx.ref,
      job: { correlator: ctx.correlator, id: ctx.runId, ...(ctx.runUrl ? { html_url: ctx.runUrl } : {}) },
      detector: ctx.detector,
      scanned: ctx.scanned.toISOString(),
      manifests,
    },
    skipped,
  };
}
