/**
 * A multi-platform image for the `platform` tests: an image index whose
 * linux/amd64 image is alpine-app's Alpine 3.18 with openssl 3.1.3-r0 (the
 * fixed version) and whose linux/arm64/v8 image has the vulnerable 3.1.2-r0
 * of test/fixtures/images/alpine-app, so a scan finds CVE-2099-0001 (the DB
 * fixtures' planted vulnerability) on arm64 only and an SBOM differs by
 * platform.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './action-harness.js';
import { buildMultiPlatformLayout, pushOciLayout, type PushedImage } from './oci-image.js';

const ROOTFS = path.join(REPO_ROOT, 'test', 'fixtures', 'images', 'alpine-app', 'rootfs');

export interface PlatformVulnImage extends PushedImage {
  /** os/arch[/variant] → manifest digest, in index order. */
  platforms: Record<string, string>;
}

/** alpine-app's OS files with openssl at `version`. */
function alpineFiles(version: string): Record<string, string> {
  const read = (name: string) => fs.readFileSync(path.join(ROOTFS, name), 'utf8');
  return {
    'etc/os-release': read('etc/os-release'),
    'etc/alpine-release': read('etc/alpine-release'),
    'lib/apk/db/installed': read('lib/apk/db/installed').replaceAll('3.1.2-r0', version),
  };
}

/** Builds the index in `workDir` and pushes it (with every manifest) to `registry` as `repository:v1`. */
export async function pushPlatformVulnImage(
  registry: string,
  workDir: string,
  repository = 'platforms/app',
): Promise<PlatformVulnImage> {
  const layout = await buildMultiPlatformLayout({
    outDir: path.join(workDir, 'layout-platforms'),
    tag: 'v1',
    platforms: [
      { os: 'linux', architecture: 'amd64', files: alpineFiles('3.1.3-r0') },
      { os: 'linux', architecture: 'arm64', variant: 'v8', files: alpineFiles('3.1.2-r0') },
    ],
  });
  const pushed = await pushOciLayout(layout, { registry, repository, all: true });
  const platforms = Object.fromEntries(
    layout.platforms.map((p) => [
      [p.platform.os, p.platform.architecture, p.platform.variant].filter(Boolean).join('/'),
      p.manifest.digest,
    ]),
  );
  return { ...pushed, platforms };
}
