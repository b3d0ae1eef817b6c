/**
 * The built scan bundle scanning an image in a real registry on 127.0.0.1
 * (Debian's docker-registry; the image was built as an OCI layout and pushed
 * with skopeo by the integration global setup), with the real Trivy binary.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { runAction } from '../support/action-harness.js';
import { requireInfra, requireTrivy, testImage } from '../support/test-tools.js';
import { validateSarif } from '../support/sarif-schema.js';

const trivy = requireTrivy();
const infra = trivy ? requireInfra() : undefined;
const describeWithInfra = trivy && infra ? describe : describe.skip;

describeWithInfra('scan of an image in a local registry', () => {
  it('finds the secret baked into a layer, by digest, and fails the gate', async () => {
    const image = testImage(infra!, 'alpine-app');
    const run = await runAction('scan', {
      inputs: { image: image.refByDigest, scanners: 'secret', 'trivy-path': trivy!, 'fail-on': 'critical' },
    });
    expect(run.outputs.gate).toBe('fail');
    expect(Number(run.outputs.critical)).toBeGreaterThanOrEqual(1);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8'));
    expect(report.ArtifactName).toBe(image.refByDigest);
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(run.summary).toContain(image.digest.slice(0, 19));
  });

  it('reports a missing image as an infrastructure failure, not as clean', async () => {
    const run = await runAction('scan', {
      inputs: { image: `${infra!.registry}/does-not-exist:1.0`, scanners: 'secret', 'trivy-path': trivy! },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.gate).toBe('error');
    expect(run.commands.filter((c) => c.command === 'error').at(-1)!.message).toMatch(
      /^Infrastructure failure \(not a finding\): Trivy exited/,
    );
  });
});
