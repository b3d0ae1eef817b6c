/**
 * What kind of image archive a file is, from its tar headers: the one
 * implementation lives in @scs/action-kit (image-archive.ts), shared with
 * scan's `image-archive`.
 */
export { sniffArchive, type ArchiveKind, type ReadAt } from '@scs/action-kit';
