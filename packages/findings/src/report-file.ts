import { InfrastructureError, SizeCapError, readFileCapped } from '@scs/action-kit';

/**
 * Largest scanner report read (1 GiB). Trivy reports of 100,000 findings are
 * ≈ 70 MB; anything near this is not a report a person or GitHub can use, and
 * reading it whole would exhaust the runner's memory first.
 */
export const MAX_REPORT_BYTES = 1024 ** 3;

/**
 * Reads a scanner's JSON report with the cap enforced while reading (never
 * more than MAX_REPORT_BYTES + 1 bytes in memory, whatever the file is or
 * becomes). Over the cap is an InfrastructureError naming the file.
 */
export async function readReportFile(file: string, tool: string, maxBytes = MAX_REPORT_BYTES): Promise<Buffer> {
  try {
    return await readFileCapped(file, maxBytes, `${tool}'s JSON report ${file}`);
  } catch (error) {
    if (error instanceof SizeCapError) {
      throw new InfrastructureError(
        `${error.message}: the action reads reports of at most ${maxBytes} bytes. Narrow the scan (scanners, skip-dirs) or raise it with the maintainers.`,
        { cause: error },
      );
    }
    throw error;
  }
}
