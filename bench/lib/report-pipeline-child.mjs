/**
 * One run of the report pipeline on a Trivy JSON report, in its own process
 * (for its peak RSS): read → parse into the findings model → gate → SARIF
 * (streamed to disk) + job-summary Markdown + annotations. Prints JSON:
 * stage times (ms), RSS after loading the code and peak RSS (bytes).
 *
 *   node --experimental-transform-types --import ./bench/lib/typescript-sources.mjs \
 *     bench/lib/report-pipeline-child.mjs REPORT.json OUT.sarif
 */
import * as fs from 'node:fs';
import {
  evaluateGate,
  findingsToAnnotations,
  parseTrivyReport,
  renderMarkdownSummary,
  writeSarifFile,
} from '@scs/findings';

const [reportFile, sarifFile] = process.argv.slice(2);
const loadedRss = process.resourceUsage().maxRSS * 1024;
const t0 = performance.now();
const report = parseTrivyReport(fs.readFileSync(reportFile));
const t1 = performance.now();
const gate = evaluateGate(report.findings, { failOn: 'high', onlyFixed: true });
// As the scan action writes it: streamed to the file, never held whole.
const fd = fs.openSync(sarifFile, 'w');
const sarif = await writeSarifFile(fd, report, { category: 'bench', pathPrefix: '' });
fs.closeSync(fd);
const t2 = performance.now();
const summary = renderMarkdownSummary(report, { gate });
const t3 = performance.now();
const annotations = findingsToAnnotations(report.findings, { gate });
const t4 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    findings: report.findings.length,
    sarifResults: sarif.results,
    sarifOmitted: sarif.omitted.total,
    summaryBytes: Buffer.byteLength(
      typeof summary === 'string' ? summary : (summary.markdown ?? JSON.stringify(summary)),
    ),
    annotations: annotations.length,
    ms: { parse: t1 - t0, sarif: t2 - t1, summary: t3 - t2, annotations: t4 - t3, total: t4 - t0 },
    loadedRss,
    peakRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
