/**
 * The pinned cosign must include the fix for GHSA-fx35-mq7g-6g98 (a
 * verification bypass with an unexpected public key in a legacy bundle),
 * fixed in cosign 3.1.3 on the v3 line (2.6.5 on v2).
 */
import { describe, expect, it } from '@jest/globals';
import { loadPinManifest } from '@scs/tool-installer';

function atLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

describe('pinned cosign', () => {
  it('is a v3 release at or after 3.1.3 (GHSA-fx35-mq7g-6g98)', () => {
    const version = loadPinManifest().cosign.defaultVersion;
    expect(version).toMatch(/^3\.\d+\.\d+$/);
    expect(atLeast(version, '3.1.3')).toBe(true);
    expect(atLeast('3.1.2', '3.1.3')).toBe(false);
  });
});
