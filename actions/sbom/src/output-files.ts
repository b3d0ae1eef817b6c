import * as path from 'node:path';
import type { SbomFormat } from '@scs/sbom';
import type { SbomTarget } from './inputs.js';

/** File name extensions, as the formats' own conventions have them. */
export const FORMAT_EXTENSIONS: Readonly<Record<SbomFormat, string>> = {
  'cyclonedx-json': '.cdx.json',
  'spdx-json': '.spdx.json',
  'syft-json': '.syft.json',
};

export interface OutputFile {
  format: SbomFormat;
  file: string;
}

/** Letters, digits, `.`, `_`, `-` only; runs of anything else become one `-`; at most `max` characters. */
export function slugify(value: string, max = 80): string {
  const slug = value
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug.length > max ? slug.slice(slug.length - max).replace(/^[-.]+/, '') : slug;
}

/**
 * A short, file-name-safe name for what was described: the image's repository
 * (last segment) and tag, or the first 12 hex digits of its digest; the
 * directory's workspace-relative path (the repository name for the workspace
 * itself); the archive's name without its extension.
 */
export function targetSlug(target: SbomTarget, repository = ''): string {
  let name: string;
  switch (target.kind) {
    case 'image': {
      const withoutDigest = target.image.replace(/@sha256:([a-f0-9]{64})$/, '');
      const digest = /@sha256:([a-f0-9]{12})/.exec(target.image)?.[1];
      const lastSegment = withoutDigest.split('/').pop() ?? withoutDigest;
      const [repo = '', tag] = lastSegment.split(':');
      name = [repo, tag ?? digest].filter(Boolean).join('-');
      break;
    }
    case 'path':
      name = target.relative || repository.split('/').pop() || 'workspace';
      break;
    case 'file':
      name = path.basename(target.file).replace(/(\.tar(\.gz)?|\.tgz)$/i, '');
      break;
  }
  return slugify(name, 60) || 'sbom';
}

/** One file per format: `output-file` for a single format, else `<dir>/<slug><ext>`. */
export function planOutputFiles(options: {
  formats: readonly SbomFormat[];
  outputFile: string;
  outputDir: string;
  baseName: string;
}): OutputFile[] {
  if (options.outputFile) return [{ format: options.formats[0]!, file: options.outputFile }];
  return options.formats.map((format) => ({
    format,
    file: path.join(options.outputDir, `${options.baseName}${FORMAT_EXTENSIONS[format]}`),
  }));
}
