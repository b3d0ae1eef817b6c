/**
 * scan's `image-archive` (issue 17 item 1): how each tool is told about the
 * archive, and the shared archive model (action-kit image-archive.ts) that
 * sbom's `file` uses too — kind from tar headers, the image digest from the
 * archive's OCI index.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { imageArchiveDigest, readArchiveKind, validateImageArchive } from '@scs/action-kit';
import { MODERN_TRIVY, buildTrivyArgs, type TrivyRunPlan } from '../../../actions/scan/src/trivy-args.js';
import { grypeSubject } from '../../../actions/scan/src/grype-args.js';
import { sniffArchive } from '../../../actions/sbom/src/archive-kind.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'image-archive-unit-'));
const DIGEST = `sha256:${'ab'.repeat(32)}`;

function layoutDir(manifests: unknown[]): string {
  const dir = fs.mkdtempSync(path.join(work, 'layout-'));
  fs.writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }));
  return dir;
}

function tarOf(dir: string, name: string, entries: string[] = ['.']): string {
  const out = path.join(work, name);
  execFileSync('tar', ['-cf', out, '-C', dir, ...entries]);
  return out;
}

describe('buildTrivyArgs with an image archive', () => {
  it('runs `trivy image --input <archive>`, with nothing after it', () => {
    const plan: TrivyRunPlan = {
      target: { kind: 'archive', archive: { path: '/ws/app.tar', layout: 'docker-archive' } },
      scanners: ['vuln'],
      ignoreFile: '/rt/no-ignore',
      configFile: '/rt/empty.yaml',
      secretConfigFile: '/rt/no-secret.yaml',
      cacheDir: '/tmp/cache',
      outputFile: '/out/r.json',
      timeoutMinutes: 15,
      capabilities: MODERN_TRIVY,
      skipDbUpdate: true,
      javaDbRepositories: [],
    };
    const args = buildTrivyArgs(plan);
    expect(args[0]).toBe('image');
    expect(args.slice(-2)).toEqual(['--input', '/ws/app.tar']);
    expect(args).not.toContain('--');
  });
});

describe('grypeSubject with an image archive', () => {
  it.each([
    ['docker-archive', 'docker-archive:/ws/app.tar'],
    ['oci-archive', 'oci-archive:/ws/app.tar'],
    ['oci-dir', 'oci-dir:/ws/app.tar'],
  ] as const)('%s', (layout, expected) => {
    expect(grypeSubject({ kind: 'archive', archive: { path: '/ws/app.tar', layout } })).toBe(expected);
  });

  it('never guesses the source type of an archive of unknown kind', () => {
    expect(() => grypeSubject({ kind: 'archive', archive: { path: '/ws/app.tar.gz', layout: 'unknown' } })).toThrow(
      /unknown kind/,
    );
  });
});

describe('the shared image-archive model', () => {
  it('tells an OCI archive, a docker-archive and a compressed file apart from their headers (sbom uses the same code)', () => {
    const oci = tarOf(
      layoutDir([{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: DIGEST, size: 1 }]),
      'oci.tar',
    );
    expect(readArchiveKind(oci)).toBe('oci-archive');
    const docker = fs.mkdtempSync(path.join(work, 'docker-'));
    fs.writeFileSync(path.join(docker, 'manifest.json'), '[]');
    expect(readArchiveKind(tarOf(docker, 'docker.tar', ['manifest.json']))).toBe('docker-archive');
    const gz = path.join(work, 'x.tar.gz');
    fs.writeFileSync(gz, Buffer.from([0x1f, 0x8b, 8, 0]));
    expect(readArchiveKind(gz)).toBe('unknown');
    expect(sniffArchive((offset, length) => fs.readFileSync(oci).subarray(offset, offset + length))).toBe(
      'oci-archive',
    );
  });

  it('reads the image digest from the index of a layout directory and of an OCI archive', () => {
    const dir = layoutDir([{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: DIGEST, size: 1 }]);
    expect(imageArchiveDigest({ path: dir, layout: 'oci-dir' })).toBe(DIGEST);
    expect(imageArchiveDigest({ path: tarOf(dir, 'one.tar'), layout: 'oci-archive' })).toBe(DIGEST);
  });

  it('reports no digest rather than a guess: several manifests, a malformed digest, no index', () => {
    const two = layoutDir([{ digest: DIGEST }, { digest: `sha256:${'cd'.repeat(32)}` }]);
    expect(imageArchiveDigest({ path: two, layout: 'oci-dir' })).toBeUndefined();
    expect(imageArchiveDigest({ path: layoutDir([{ digest: 'sha256:1234' }]), layout: 'oci-dir' })).toBeUndefined();
    const docker = fs.mkdtempSync(path.join(work, 'docker-'));
    fs.writeFileSync(path.join(docker, 'manifest.json'), '[]');
    expect(
      imageArchiveDigest({ path: tarOf(docker, 'd.tar', ['manifest.json']), layout: 'docker-archive' }),
    ).toBeUndefined();
  });

  it('confines a relative path by real path and refuses a plain directory, naming the input', () => {
    const ws = fs.mkdtempSync(path.join(work, 'ws-'));
    fs.mkdirSync(path.join(ws, 'plain'));
    fs.symlinkSync(layoutDir([{ digest: DIGEST }]), path.join(ws, 'linked-layout'));
    expect(() => validateImageArchive('image-archive', 'plain', ws, 'Use `path`.')).toThrow(
      /^Input `image-archive`: 'plain' is a directory but not an OCI image layout .* Use `path`\.$/,
    );
    expect(() => validateImageArchive('image-archive', 'linked-layout', ws, '')).toThrow(/^Input `image-archive`/);
    const inside = layoutDir([{ digest: DIGEST }]);
    expect(validateImageArchive('image-archive', inside, ws, '')).toEqual({ path: inside, layout: 'oci-dir' });
  });
});
