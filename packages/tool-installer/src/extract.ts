import { chmod, copyFile, mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import * as tc from '@actions/tool-cache';

/** How a release asset is packaged. */
export type AssetFormat = 'tar.gz' | 'zip' | 'binary';

export function assetFormat(file: string): AssetFormat {
  if (file.endsWith('.tar.gz') || file.endsWith('.tgz')) return 'tar.gz';
  if (file.endsWith('.zip')) return 'zip';
  return 'binary';
}

export interface Extractor {
  /**
   * Unpacks `file` into the (existing, empty) directory `dest`. For a raw
   * binary, copies it to `dest/binaryName`. Only ever called on a file whose
   * digest has been verified.
   */
  extract(file: string, format: AssetFormat, dest: string, binaryName: string): Promise<void>;
}

/** tool-cache's extractors (system `tar`; `unzip` or PowerShell for zip). */
export const toolCacheExtractor: Extractor = {
  async extract(file, format, dest, binaryName) {
    await mkdir(dest, { recursive: true });
    switch (format) {
      case 'tar.gz':
        await tc.extractTar(file, dest, 'xz');
        return;
      case 'zip':
        await tc.extractZip(file, dest);
        return;
      case 'binary':
        await copyFile(file, path.join(dest, binaryName));
        return;
    }
  },
};

/** `chmod 755` except on Windows, where the execute bit does not exist. */
export async function makeExecutable(file: string, platform: string): Promise<void> {
  if (platform !== 'win32') await chmod(file, 0o755);
}
