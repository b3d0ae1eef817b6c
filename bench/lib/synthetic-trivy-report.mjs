/**
 * Synthetic Trivy JSON reports of any size, built from the real reports in
 * test/fixtures/trivy/: their results (vulnerabilities, misconfigurations,
 * secrets, licenses) are replicated round-robin with varied IDs, package
 * names and targets, 100 findings per result, under the metadata of the
 * alpine-39 image report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../test/support/action-harness.ts';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'trivy');
const KINDS = ['Vulnerabilities', 'Misconfigurations', 'Secrets', 'Licenses'];
const PER_RESULT = 100;

/** [{result (without findings), kind, items}] from every fixture report. */
function templates() {
  const out = [];
  for (const file of fs.readdirSync(FIXTURES).sort()) {
    let report;
    try {
      report = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    } catch {
      continue;
    }
    if (report.SchemaVersion !== 2 || !Array.isArray(report.Results)) continue;
    for (const result of report.Results) {
      for (const kind of KINDS) {
        if (!Array.isArray(result[kind]) || result[kind].length === 0) continue;
        const bare = Object.fromEntries(
          Object.entries(result).filter(([k]) => !KINDS.includes(k) && k !== 'MisconfSummary'),
        );
        out.push({ result: bare, kind, items: result[kind] });
      }
    }
  }
  return out;
}

function vary(item, kind, i) {
  const copy = structuredClone(item);
  const n = String(i).padStart(6, '0');
  switch (kind) {
    case 'Vulnerabilities':
      copy.VulnerabilityID = `CVE-2099-${n}`;
      copy.PkgName = `${copy.PkgName}-${i % 997}`;
      if (copy.PkgID) copy.PkgID = `${copy.PkgName}@${copy.InstalledVersion ?? ''}`;
      copy.PrimaryURL = `https://avd.aquasec.com/nvd/cve-2099-${n}`;
      break;
    case 'Misconfigurations':
      copy.ID = `${copy.ID}-${n}`;
      if (copy.AVDID) copy.AVDID = `${copy.AVDID}-${n}`;
      break;
    case 'Secrets':
      copy.RuleID = `${copy.RuleID}-${n}`;
      if (copy.StartLine) copy.StartLine += i % 500;
      break;
    case 'Licenses':
      copy.Name = `${copy.Name}-${i % 997}`;
      break;
  }
  return copy;
}

/** A Trivy report (object) with exactly `count` findings. */
export function syntheticTrivyReport(count) {
  const pool = templates();
  const base = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'alpine-39.json.golden'), 'utf8'));
  const results = [];
  for (let start = 0, group = 0; start < count; start += PER_RESULT, group += 1) {
    const template = pool[group % pool.length];
    const size = Math.min(PER_RESULT, count - start);
    const items = [];
    for (let j = 0; j < size; j += 1)
      items.push(vary(template.items[j % template.items.length], template.kind, start + j));
    results.push({ ...template.result, Target: `group-${group}/${template.result.Target}`, [template.kind]: items });
  }
  return { ...base, Results: results };
}

/** Writes the report for `count` findings into `dir` (once) and returns its path and size. */
export function writeSyntheticTrivyReport(dir, count) {
  const file = path.join(dir, `trivy-${count}.json`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(syntheticTrivyReport(count), null, 2));
  return { file, bytes: fs.statSync(file).size };
}
