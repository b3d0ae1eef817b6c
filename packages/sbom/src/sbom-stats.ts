import type { ParsedSbom } from './sbom-model.js';

/** What the job summary shows about an SBOM's contents. */
export interface SbomStats {
  componentCount: number;
  /** Sorted by count (descending), then name. */
  byEcosystem: { ecosystem: string; count: number }[];
  licenses: {
    /** The most frequent licenses, by number of components that state them. */
    top: { license: string; count: number }[];
    /** Distinct license values across all components. */
    distinct: number;
    /** Components that state no license (absent, NONE or NOASSERTION). */
    withoutLicense: number;
  };
}

export interface StatsOptions {
  /** How many licenses `top` lists (default 10). */
  topLicenses?: number;
}

const byCountThenName =
  <T extends { count: number }>(key: (item: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || key(a).localeCompare(key(b));

export function computeSbomStats(sbom: ParsedSbom, options: StatsOptions = {}): SbomStats {
  const ecosystems = new Map<string, number>();
  const licenses = new Map<string, number>();
  let withoutLicense = 0;
  for (const pkg of sbom.packages) {
    ecosystems.set(pkg.ecosystem, (ecosystems.get(pkg.ecosystem) ?? 0) + 1);
    const stated = [...new Set(pkg.licenses.map((l) => l.trim()).filter(Boolean))];
    if (stated.length === 0) withoutLicense += 1;
    for (const license of stated) licenses.set(license, (licenses.get(license) ?? 0) + 1);
  }
  const top = [...licenses]
    .map(([license, count]) => ({ license, count }))
    .sort(byCountThenName((l) => l.license))
    .slice(0, options.topLicenses ?? 10);
  return {
    componentCount: sbom.packages.length,
    byEcosystem: [...ecosystems]
      .map(([ecosystem, count]) => ({ ecosystem, count }))
      .sort(byCountThenName((e) => e.ecosystem)),
    licenses: { top, distinct: licenses.size, withoutLicense },
  };
}
