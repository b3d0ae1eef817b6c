/**
 * The validators the tests rely on do reject invalid documents (so a test
 * that validates a produced SBOM can fail), and accept real tool output.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../support/action-harness.js';
import { validateCycloneDx, validateSpdx } from './support/sbom-schemas.js';

const TRIVY = path.join(REPO_ROOT, 'test', 'unit', 'sbom', 'fixtures');
const SYFT = path.join(REPO_ROOT, 'test', 'fixtures', 'syft');
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('CycloneDX validation (cyclonedx-library, official schemas)', () => {
  it.each([
    [TRIVY, 'trivy-dev__npm-app.cdx.json'],
    [TRIVY, 'trivy-dev__alpine-app.cdx.json'],
    [SYFT, 'cyclonedxjson__identify-1.6.json'],
  ])('accepts %s/%s', async (dir, name) => {
    expect(await validateCycloneDx(read(dir, name))).toEqual([]);
  });

  it("rejects Syft's redacted snapshot (serial number is not a UUID URN)", async () => {
    const errors = await validateCycloneDx(read(SYFT, 'cyclonedxjson__TestCycloneDxImageEncoder.golden.json'));
    expect(errors.join('\n')).toMatch(/serialNumber/);
  });

  it('rejects a component without a name', async () => {
    const doc = JSON.parse(read(TRIVY, 'trivy-dev__npm-app.cdx.json'));
    delete doc.components[1].name;
    expect(await validateCycloneDx(JSON.stringify(doc))).not.toEqual([]);
  });
});

describe('SPDX 2.3 validation (the specification’s JSON schema)', () => {
  it.each([
    [TRIVY, 'trivy-dev__npm-app.spdx.json'],
    [TRIVY, 'trivy-dev__alpine-app.spdx.json'],
    [SYFT, 'spdxjson__identify-2.3.json'],
  ])('accepts %s/%s', (dir, name) => {
    expect(validateSpdx(JSON.parse(read(dir, name)))).toEqual([]);
  });

  it("rejects Syft's redacted snapshot (created is not a date)", () => {
    expect(validateSpdx(JSON.parse(read(SYFT, 'spdxjson__TestSPDXJSONImageEncoder.golden.json')))).toEqual([
      '/creationInfo/created must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]|23:59:60)Z$"',
    ]);
  });

  it('rejects a package without downloadLocation and an unknown property', () => {
    const doc = JSON.parse(read(TRIVY, 'trivy-dev__npm-app.spdx.json'));
    delete doc.packages[1].downloadLocation;
    doc.packages[2].licence = 'MIT';
    const errors = validateSpdx(doc);
    expect(errors).toContain("/packages/1 must have required property 'downloadLocation'");
    expect(errors).toContain('/packages/2 must NOT have additional properties');
  });
});
