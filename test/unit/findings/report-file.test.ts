import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InfrastructureError } from '@scs/action-kit';
import { readReportFile } from '@scs/findings';

describe('readReportFile (issue 13, item 5)', () => {
  it('reads a report and refuses one over the cap while reading, naming the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-report-'));
    try {
      const file = path.join(dir, 'trivy-report.json');
      fs.writeFileSync(file, '{"SchemaVersion":2}');
      expect((await readReportFile(file, 'Trivy')).toString()).toBe('{"SchemaVersion":2}');
      const error = await readReportFile(file, 'Trivy', 10).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InfrastructureError);
      expect((error as Error).message).toBe(
        `Trivy's JSON report ${file} is over the 10-byte limit; refused: the action reads reports of at most 10 bytes. Narrow the scan (scanners, skip-dirs) or raise it with the maintainers.`,
      );
      // a report path that is a device never ending is refused after the cap, not read forever
      await expect(readReportFile('/dev/zero', 'Grype', 2 * 1024 * 1024)).rejects.toThrow(
        /over the 2097152-byte limit/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
