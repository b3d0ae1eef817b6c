import type { SbomPackage } from './sbom-model.js';

/**
 * A node of a document's graph that is not a package but groups packages: a
 * lockfile or manifest (Trivy's per-file results), an operating system's
 * package database. Packages reachable from it were found in `manifest`.
 */
export interface PackageGroup {
  manifest: string;
  /** refs the group points at (dependencies or containment). */
  members: readonly string[];
  /** true when `members` are the manifest's direct dependencies (not just everything it contains). */
  membersAreDirect: boolean;
}

/**
 * Sets `manifest` (and `direct`, where the graph says) on packages reachable
 * from each group, breadth first, so a package's direct relationship wins
 * over a transitive one. A package keeps the first manifest that reaches it.
 * Packages that already have a manifest are left alone.
 */
export function assignManifests(packages: readonly SbomPackage[], groups: readonly PackageGroup[]): void {
  const byRef = new Map(packages.map((pkg) => [pkg.ref, pkg]));
  for (const group of groups) {
    const seen = new Set<string>();
    let frontier = group.members.filter((ref) => byRef.has(ref));
    let depth = 0;
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const ref of frontier) {
        if (seen.has(ref)) continue;
        seen.add(ref);
        const pkg = byRef.get(ref)!;
        if (pkg.manifest === undefined) {
          pkg.manifest = group.manifest;
          if (group.membersAreDirect) pkg.direct = depth === 0;
        }
        for (const child of pkg.dependsOn) if (byRef.has(child) && !seen.has(child)) next.push(child);
      }
      frontier = next;
      depth += 1;
    }
  }
}
