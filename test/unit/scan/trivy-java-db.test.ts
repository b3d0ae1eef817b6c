/**
 * The Java DB is prepared when Trivy refuses a Java archive for want of it
 * (issue 17 item 5): what the refusal looks like in Trivy's log. The lines
 * are the real Trivy test binary's, run on a rootfs holding a jar with
 * `--skip-java-db-update` and an empty cache (see scan-trivy-artifacts.test.ts,
 * where the whole round trip runs from dist/).
 */
import { describe, expect, it } from '@jest/globals';
import { JAVA_DB_REFUSAL } from '../../../actions/scan/src/trivy-engine.js';

describe('JAVA_DB_REFUSAL', () => {
  it("matches Trivy's refusal to analyse Java archives without a Java DB", () => {
    expect(JAVA_DB_REFUSAL.test('ERROR\tThe first run cannot skip downloading Java DB')).toBe(true);
    expect(
      JAVA_DB_REFUSAL.test(
        "ERROR\tUnable to initialize the Java DB: Java DB update failed: Java DB update error: '--skip-java-db-update' cannot be specified on the first run",
      ),
    ).toBe(true);
  });

  it('does not match other failures, which stay failures', () => {
    for (const line of [
      'FATAL\tinit error: DB error: failed to download vulnerability DB',
      'ERROR\tThe first run cannot skip downloading DB',
      'FATAL\tscan error: image scan failed: unable to inspect the image',
    ]) {
      expect(JAVA_DB_REFUSAL.test(line)).toBe(false);
    }
  });
});
