export { TrivyInstaller, GrypeInstaller, SyftInstaller, CosignInstaller, TOOL_SPECS, type ToolSpec } from './tools.js';
export {
  ToolInstaller,
  defaultInstallerDeps,
  INSTALL_RECORD_FILE,
  VERIFIED_ASSET_DIR,
  type InstallRequest,
  type InstalledTool,
  type InstallerDeps,
  type InstallRecord,
  type Logger,
  type ToolCache,
  type Downloader,
  type Hasher,
} from './tool-installer.js';
export {
  TOOL_NAMES,
  loadPinManifest,
  parsePinManifest,
  pinnedAsset,
  PinManifestError,
  type ToolName,
  type PlatformKey,
  type PinnedAsset,
  type PlatformAssets,
  type ToolPins,
  type PinManifest,
} from './pin-manifest.js';
export {
  GITHUB_BASE_URL,
  releaseAssetUrl,
  releaseAssetName,
  checksumsUrl,
  publishedPlatforms,
  validateMirrorUrl,
} from './release-url.js';
export { sha256File, normalizeSha256, isSha256 } from './sha256.js';
export { assetFormat, toolCacheExtractor, type AssetFormat, type Extractor } from './extract.js';
export {
  execRunner,
  parseVersionOutput,
  probeVersion,
  validateExecutablePath,
  type CommandRunner,
  type CommandResult,
  type VersionProbe,
} from './bring-your-own.js';
