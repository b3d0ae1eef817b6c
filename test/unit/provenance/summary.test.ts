import { describe, expect, it } from '@jest/globals';
import { renderProvenanceSummary, type ProvenanceSummary } from '../../../actions/provenance/src/summary.js';
import { shellQuote, verifyCommands } from '../../../actions/provenance/src/verify-commands.js';

const HEX = 'd'.repeat(64);
const HOSTILE = '<img src=x onerror=alert(1)>|[click](javascript:alert(1))`code`**b** ::error::x\n# heading';

function data(overrides: Partial<ProvenanceSummary> = {}): ProvenanceSummary {
  return {
    predicateLabel: 'SLSA v1 build provenance',
    predicateType: 'https://slsa.dev/provenance/v1',
    subjects: [{ name: 'ghcr.io/octo-org/app', digest: { sha256: HEX } }],
    engine: 'sigstore',
    instance: 'public-good',
    certificateIdentity: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1',
    certificateIssuer: 'https://token.actions.githubusercontent.com',
    tlog: { logIndex: '123456', url: 'https://search.sigstore.dev/?logIndex=123456' },
    timestamps: 0,
    bundlePath: '/tmp/provenance/slsa-0123.sigstore.json',
    predicatePath: '/tmp/provenance/slsa-0123.predicate.json',
    registry: [{ repository: 'ghcr.io/octo-org/app', manifestDigest: `sha256:${'f'.repeat(64)}`, via: 'tag-schema' }],
    github: { id: '987', url: 'https://github.com/octo-org/app/attestations/987' },
    verifyCommands: ['cosign verify-attestation --type slsaprovenance1 x'],
    ...overrides,
  };
}

describe('provenance job summary', () => {
  it('says what was attested, by whom, where it is stored and how to verify it', () => {
    const markdown = renderProvenanceSummary(data());
    expect(markdown).toContain('## Attestation: SLSA v1 build provenance');
    expect(markdown).toContain('<code>https://slsa.dev/provenance/v1</code>');
    // In the table the identity's `@` carries the mention separator (md.code); the verify commands copy back exactly (commandBlock).
    // Not a mention (a word character precedes the @): the identity stays byte-for-byte copyable.
    expect(markdown).toContain('https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1');
    expect(markdown).toContain('[#123456](https://search.sigstore.dev/?logIndex=123456)');
    expect(markdown).toContain('sha256-&lt;digest&gt; tag index');
    expect(markdown).toContain('[#987](https://github.com/octo-org/app/attestations/987)');
    expect(markdown).toContain(`<code>sha256:${HEX}</code>`);
    expect(markdown).toContain('### Verify');
    expect(markdown).toContain('<code>cosign verify-attestation --type slsaprovenance1 x</code>');
  });

  it('keeps hostile subject names, paths and identities inert', () => {
    const markdown = renderProvenanceSummary(
      data({
        subjects: [{ name: HOSTILE, digest: { sha256: HEX } }],
        bundlePath: HOSTILE,
        certificateIdentity: HOSTILE,
        tlog: { logIndex: '1) [x](javascript:1', url: 'javascript:tlogLink()' },
        github: { id: '<b>', url: 'javascript:githubLink()' },
        verifyCommands: [`gh attestation verify ${shellQuote(HOSTILE)}`],
      }),
    );
    expect(markdown).not.toMatch(/<img/);
    // Links with unsafe destinations are dropped; the hostile text is shown with its brackets as entities.
    expect(markdown).not.toMatch(/tlogLink|githubLink|javascript:1/);
    expect(markdown).not.toMatch(/\]\(/);
    expect(markdown).not.toMatch(/^# heading/m);
    expect(markdown).not.toMatch(/^::error::/m);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Every table row stays one row: each subject is one line.
    const subjectRows = markdown.split('\n').filter((line) => line.includes(`sha256:${HEX}`));
    expect(subjectRows).toHaveLength(1);
  });

  it('lists many subjects in a closed block with a cap, and stays within its byte budget', () => {
    const subjects = Array.from({ length: 1024 }, (_, i) => ({
      name: `artifact-${i}.tar.gz`,
      digest: { sha256: HEX },
    }));
    const markdown = renderProvenanceSummary(data({ subjects }));
    expect(markdown).toContain('<details><summary>Subjects (1024)</summary>');
    expect(markdown).toContain('824 more subject(s) are in the statement');
    expect(markdown.split('\n').filter((l) => l.startsWith('| <code>artifact-')).length).toBe(200);
    const small = renderProvenanceSummary(data({ subjects }), { budgetBytes: 6000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(6000);
    expect(small).toMatch(/subjects not shown/);
  });

  it('says why nothing is in the registry, and shows timestamps when there is no log', () => {
    const markdown = renderProvenanceSummary(
      data({
        registry: [],
        registryNote: 'not applicable (no subject-image)',
        tlog: undefined,
        timestamps: 1,
        github: undefined,
      }),
    );
    expect(markdown).toContain('not applicable (no subject-image)');
    expect(markdown).toContain('none (1 RFC 3161 timestamp)');
    expect(markdown).not.toContain('GitHub attestation');
  });
});

describe('verify commands', () => {
  it('quotes for the shell', () => {
    expect(shellQuote('ghcr.io/o/a@sha256:abc')).toBe('ghcr.io/o/a@sha256:abc');
    expect(shellQuote("it's $(rm -rf /)")).toBe(`'it'\\''s $(rm -rf /)'`);
  });

  it('gives gh and cosign commands with the exact identity for an image and for a file', () => {
    const commands = verifyCommands({
      imageWithDigest: `ghcr.io/o/a@sha256:${HEX}`,
      fileSubject: 'app 1.tar.gz',
      bundlePath: '/tmp/p/slsa.sigstore.json',
      predicateType: 'https://slsa.dev/provenance/v1',
      certificateIdentity: 'https://github.com/o/a/.github/workflows/r.yml@refs/heads/main',
      certificateIssuer: 'https://token.actions.githubusercontent.com',
      repository: 'o/a',
      githubStored: true,
      instance: 'public-good',
    });
    expect(commands).toEqual([
      `gh attestation verify oci://ghcr.io/o/a@sha256:${HEX} -R o/a --predicate-type https://slsa.dev/provenance/v1`,
      `cosign verify-attestation --type slsaprovenance1 --certificate-identity https://github.com/o/a/.github/workflows/r.yml@refs/heads/main --certificate-oidc-issuer https://token.actions.githubusercontent.com ghcr.io/o/a@sha256:${HEX}`,
      `gh attestation verify 'app 1.tar.gz' -R o/a --bundle /tmp/p/slsa.sigstore.json --predicate-type https://slsa.dev/provenance/v1`,
      `cosign verify-blob-attestation --bundle /tmp/p/slsa.sigstore.json --type slsaprovenance1 --certificate-identity https://github.com/o/a/.github/workflows/r.yml@refs/heads/main --certificate-oidc-issuer https://token.actions.githubusercontent.com 'app 1.tar.gz'`,
    ]);
  });

  it('passes the trusted root for a custom instance, and the SPDX type as a URI', () => {
    const commands = verifyCommands({
      imageWithDigest: `r/a@sha256:${HEX}`,
      bundlePath: 'b',
      predicateType: 'https://spdx.dev/Document/v2.3',
      certificateIdentity: 'id',
      certificateIssuer: 'iss',
      repository: 'o/a',
      githubStored: false,
      instance: 'custom',
    });
    expect(commands).toEqual([
      `gh attestation verify oci://r/a@sha256:${HEX} -R o/a --bundle-from-oci --predicate-type https://spdx.dev/Document/v2.3 --custom-trusted-root trusted_root.json`,
      `cosign verify-attestation --type https://spdx.dev/Document/v2.3 --certificate-identity id --certificate-oidc-issuer iss --trusted-root trusted_root.json r/a@sha256:${HEX}`,
    ]);
  });
});
