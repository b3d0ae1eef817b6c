export const id = 143;
export const ids = [143];
export const modules = {

/***/ 8143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CosignInstaller: () => (/* reexport */ CosignInstaller),
  GITHUB_BASE_URL: () => (/* reexport */ GITHUB_BASE_URL),
  GrypeInstaller: () => (/* reexport */ GrypeInstaller),
  INSTALL_RECORD_FILE: () => (/* reexport */ INSTALL_RECORD_FILE),
  PinManifestError: () => (/* reexport */ PinManifestError),
  SyftInstaller: () => (/* reexport */ SyftInstaller),
  TOOL_NAMES: () => (/* reexport */ TOOL_NAMES),
  TOOL_SPECS: () => (/* reexport */ TOOL_SPECS),
  ToolInstaller: () => (/* reexport */ ToolInstaller),
  TrivyInstaller: () => (/* reexport */ TrivyInstaller),
  VERIFIED_ASSET_DIR: () => (/* reexport */ VERIFIED_ASSET_DIR),
  assetFormat: () => (/* reexport */ assetFormat),
  checksumsUrl: () => (/* reexport */ checksumsUrl),
  defaultInstallerDeps: () => (/* reexport */ defaultInstallerDeps),
  execRunner: () => (/* reexport */ execRunner),
  isSha256: () => (/* reexport */ isSha256),
  loadPinManifest: () => (/* reexport */ loadPinManifest),
  normalizeSha256: () => (/* reexport */ normalizeSha256),
  parsePinManifest: () => (/* reexport */ parsePinManifest),
  parseVersionOutput: () => (/* reexport */ parseVersionOutput),
  pinnedAsset: () => (/* reexport */ pinnedAsset),
  probeVersion: () => (/* reexport */ probeVersion),
  publishedPlatforms: () => (/* reexport */ publishedPlatforms),
  releaseAssetName: () => (/* reexport */ releaseAssetName),
  releaseAssetUrl: () => (/* reexport */ releaseAssetUrl),
  sha256File: () => (/* reexport */ sha256File),
  toolCacheExtractor: () => (/* reexport */ toolCacheExtractor),
  validateExecutablePath: () => (/* reexport */ validateExecutablePath),
  validateMirrorUrl: () => (/* reexport */ validateMirrorUrl)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __webpack_require__(2543);
;// CONCATENATED MODULE: ./packages/tool-installer/src/http-download.ts




class DownloadHttpError extends Error {
    httpStatusCode;
    name = 'DownloadHttpError';
    constructor(httpStatusCode) {
        super(`HTTP ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
    }
}
/** The download did not finish in time (not retried: a slow mirror stays slow). */
class DownloadDeadlineError extends Error {
    name = 'DownloadDeadlineError';
}
/** The body is larger than any release asset this installer downloads. */
class DownloadTooLargeError extends Error {
    name = 'DownloadTooLargeError';
}
const DEFAULT_ATTEMPT_DEADLINE_MS = 10 * 60_000;
const DEFAULT_TOTAL_DEADLINE_MS = 15 * 60_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;
const RETRYABLE = (status) => status >= 500 || status === 408 || status === 429;
function httpDownloader(options = {}) {
    const attempts = options.attempts ?? 3;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    return async (url, dest) => {
        let lastError;
        const deadlineAt = Date.now() + (options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS);
        for (let attempt = 1; attempt <= attempts; attempt++) {
            try {
                await downloadOnce(url, dest, options, deadlineAt);
                return dest;
            }
            catch (error) {
                lastError = error;
                await (0,promises_.rm)(dest, { force: true });
                const status = error instanceof DownloadHttpError ? error.httpStatusCode : undefined;
                if ((status !== undefined && !RETRYABLE(status)) || attempt === attempts)
                    break;
                if (error instanceof DownloadDeadlineError || error instanceof DownloadTooLargeError)
                    break;
                const delay = (options.retryDelayMs ?? 2000) * 2 ** (attempt - 1);
                if (Date.now() + delay >= deadlineAt)
                    break;
                options.log?.(`Download attempt ${attempt} of ${attempts} failed (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms.`);
                await sleep(delay);
            }
        }
        throw lastError;
    };
}
async function downloadOnce(url, dest, options, deadlineAt) {
    const total = options.totalDeadlineMs ?? DEFAULT_TOTAL_DEADLINE_MS;
    const perAttempt = options.attemptDeadlineMs ?? DEFAULT_ATTEMPT_DEADLINE_MS;
    const limitMs = Math.max(0, Math.min(perAttempt, deadlineAt - Date.now()));
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
    const client = new lib/* HttpClient */.Qq(options.userAgent ?? 'supply-chain-actions', [], {
        allowRetries: false,
        socketTimeout: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    });
    let received = 0;
    let message;
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            const which = limitMs < perAttempt
                ? `the ${Math.round(total / 1000)} s total deadline for all attempts`
                : `the ${Math.round(perAttempt / 1000)} s deadline per attempt`;
            const error = new DownloadDeadlineError(`the download did not finish within ${which} (${received} bytes received; the mirror or the network is too slow, or stalls on purpose)`);
            message?.destroy(error);
            client.dispose();
            reject(error);
        }, limitMs);
    });
    const work = (async () => {
        const response = await client.get(url);
        message = response.message;
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.resume();
            throw new DownloadHttpError(status);
        }
        const declared = Number(response.message.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBytes) {
            response.message.destroy();
            throw new DownloadTooLargeError(`the server announces ${declared} bytes, over the ${maxBytes}-byte limit for a release asset`);
        }
        response.message.on('data', (chunk) => {
            received += chunk.length;
            if (received > maxBytes)
                response.message.destroy(new DownloadTooLargeError(`more than ${maxBytes} bytes, the limit for a release asset`));
        });
        await (0,external_node_stream_promises_.pipeline)(response.message, external_node_fs_.createWriteStream(dest));
        if (Number.isFinite(declared) && received !== declared) {
            throw new Error(`the connection closed after ${received} of ${declared} bytes`);
        }
    })();
    work.catch(() => undefined); // settled by the race below; a late rejection after the deadline is expected
    try {
        await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 15 modules
var src = __webpack_require__(7738);
;// CONCATENATED MODULE: ./packages/tool-installer/src/bring-your-own.ts




/** Version probes get a minute: a binary that hangs on `--version` is not a usable tool. */
const VERSION_PROBE_TIMEOUT_MS = 60_000;
/** Runs the binary with argv (no shell), bounded in time and output. */
const execRunner = async (file, args) => {
    const { exitCode, stdout, stderr, timedOut } = await (0,src/* runProcess */.R3)(file, args, {
        timeoutMs: VERSION_PROBE_TIMEOUT_MS,
        maxCapture: 64 * 1024,
    });
    return {
        exitCode,
        stdout,
        stderr: timedOut ? `${stderr}\n(timed out after ${VERSION_PROBE_TIMEOUT_MS / 1000} s)` : stderr,
    };
};
/** Validates a user-supplied executable path; returns it normalised. `label` names the setting. */
async function validateExecutablePath(value, platform, label) {
    const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001F\u007F"]/.test(value)) {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} contains a control character or a double quote.`);
    }
    if (!external_node_path_.isAbsolute(value)) {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an absolute path to an executable; got ${shown}.`);
    }
    const file = external_node_path_.resolve(value);
    let info;
    try {
        info = await (0,promises_.stat)(file);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} does not exist.`);
    }
    if (!info.isFile()) {
        throw new src/* ConfigurationError */.j1(`The ${label} ${shown} is not a regular file.`);
    }
    if (platform !== 'win32') {
        try {
            await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`The ${label} ${shown} is not executable (run \`chmod +x\` on it).`);
        }
    }
    return file;
}
/**
 * The first capture group of the first pattern that matches, with a leading
 * `v` removed; `dev`/`devel` builds are reported as is. Anything else
 * (including a match that is not a plausible version) gives undefined.
 */
function parseVersionOutput(output, patterns) {
    for (const pattern of patterns) {
        const token = pattern.exec(output)?.[1];
        if (token === undefined)
            continue;
        const version = token.replace(/^v(?=\d)/, '');
        if (src/* VERSION_PATTERN */.Q6.test(version) || /^(dev|devel)$/.test(version))
            return version;
    }
    return undefined;
}
async function probeVersion(runner, binary, args, patterns) {
    const command = [binary, ...args].join(' ');
    let result;
    try {
        result = await runner(binary, args);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Could not run \`${command}\` to check its version: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const version = parseVersionOutput(`${result.stdout}\n${result.stderr}`, patterns);
    if (version !== undefined)
        return { version };
    const firstLine = (result.stdout.trim() || result.stderr.trim()).split(/\r?\n/, 1)[0] ?? '';
    const excerpt = firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
    return {
        version: 'unknown',
        problem: `\`${command}\` exited with code ${result.exitCode} and printed no recognisable version` +
            (excerpt ? ` (first line: ${JSON.stringify(excerpt)})` : ' (no output)'),
    };
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/extract.ts



function assetFormat(file) {
    if (file.endsWith('.tar.gz') || file.endsWith('.tgz'))
        return 'tar.gz';
    if (file.endsWith('.zip'))
        return 'zip';
    return 'binary';
}
/** tool-cache's extractors (system `tar`; `unzip` or PowerShell for zip). */
const toolCacheExtractor = {
    async extract(file, format, dest, binaryName) {
        await (0,promises_.mkdir)(dest, { recursive: true });
        switch (format) {
            case 'tar.gz':
                await tool_cache/* extractTar */.nN(file, dest, 'xz');
                return;
            case 'zip':
                await tool_cache/* extractZip */.JE(file, dest);
                return;
            case 'binary':
                await (0,promises_.copyFile)(file, external_node_path_.join(dest, binaryName));
                return;
        }
    },
};
/** `chmod 755` except on Windows, where the execute bit does not exist. */
async function makeExecutable(file, platform) {
    if (platform !== 'win32')
        await (0,promises_.chmod)(file, 0o755);
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/pins.json
const pins_namespaceObject = /*#__PURE__*/JSON.parse('{"trivy":{"version":"0.75.0","assets":{"linux-x64":{"file":"trivy_0.75.0_Linux-64bit.tar.gz","sha256":"c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f"},"linux-arm64":{"file":"trivy_0.75.0_Linux-ARM64.tar.gz","sha256":"a1ee9f6ffb7d112b64ff726a2a0717c21175c1114361391f4a132956751a13b3"},"darwin-x64":{"file":"trivy_0.75.0_macOS-64bit.tar.gz","sha256":"291edaa9778acbe4693d067b5ad60ee11570e5ac68296e85595417528ca641e4"},"darwin-arm64":{"file":"trivy_0.75.0_macOS-ARM64.tar.gz","sha256":"4a77108cccf8e55c8d6823e1e759939a622277e66cd0daa3c1fc621ed69e4568"},"win32-x64":{"file":"trivy_0.75.0_windows-64bit.zip","sha256":"4e43bd71a30f51aee39525f60f2b47043af77eb8df8fe082aae4372b69c6660f"}}},"grype":{"version":"0.120.1","assets":{"linux-x64":{"file":"grype_0.120.1_linux_amd64.tar.gz","sha256":"0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d"},"linux-arm64":{"file":"grype_0.120.1_linux_arm64.tar.gz","sha256":"29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514"},"darwin-x64":{"file":"grype_0.120.1_darwin_amd64.tar.gz","sha256":"5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62"},"darwin-arm64":{"file":"grype_0.120.1_darwin_arm64.tar.gz","sha256":"cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732"},"win32-x64":{"file":"grype_0.120.1_windows_amd64.zip","sha256":"32e3c811f31822d17592908bafdc6288aaaca3d52583c479167a8dc8399ed65d"}}},"syft":{"version":"1.54.1","assets":{"linux-x64":{"file":"syft_1.54.1_linux_amd64.tar.gz","sha256":"c069905b391cc4c20a5ba65ad5c10be2a7ba074f8ea6ad203e24d14e303dad47"},"linux-arm64":{"file":"syft_1.54.1_linux_arm64.tar.gz","sha256":"dfdf0537610113edbefe1f1fc6548bc957b2d77439636ec824fcf0e10d46d054"},"darwin-x64":{"file":"syft_1.54.1_darwin_amd64.tar.gz","sha256":"2956322838b2f64e470eea474495f0cd96be4f222b1ac037258cdc47d965064e"},"darwin-arm64":{"file":"syft_1.54.1_darwin_arm64.tar.gz","sha256":"b4319c3abaa87a0170ab76ee83ea2260ca34b53aecfa3ab0dd5428d2319d744f"},"win32-x64":{"file":"syft_1.54.1_windows_amd64.zip","sha256":"8b56e8285e295e0bbed26eeea9b16ed51c493be97ccdf42dae6326c84fe8e19f"},"win32-arm64":{"file":"syft_1.54.1_windows_arm64.zip","sha256":"440019acac7c5b3b44edb8d224aa226b52aadca66a1c3a0a8d58a9525f675e36"}}},"cosign":{"version":"3.1.3","assets":{"linux-x64":{"file":"cosign-linux-amd64","sha256":"4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71"},"linux-arm64":{"file":"cosign-linux-arm64","sha256":"c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a"},"darwin-x64":{"file":"cosign-darwin-amd64","sha256":"2347488e5d5b25336644024dfeca5601b190e91197a71a917bda44744aff106c"},"darwin-arm64":{"file":"cosign-darwin-arm64","sha256":"5cf948c2f4dfe59687bdd0b8523709067383e03982cc543475c8a7dc70e92a76"},"win32-x64":{"file":"cosign-windows-amd64.exe","sha256":"9fe59be0eca1271873ce019061335eb1ac419b7059202e797828467ddabe33be"}}}}');
;// CONCATENATED MODULE: ./packages/tool-installer/src/pin-manifest.ts


/**
 * The committed pin manifest: tool → version → release asset + SHA-256 per
 * platform. The digests are the trust anchor for every download (they are
 * never fetched from the release that is being verified).
 *
 * Two shapes are accepted per tool, so the committed file can grow from "one
 * pinned version" to "several" without a code change:
 *
 *   { "version": "0.75.0", "assets": { "linux-x64": { "file": …, "sha256": … } } }
 *   { "default": "0.75.0", "versions": { "0.75.0": { "linux-x64": { … } }, "0.74.0": { … } } }
 *
 * Both are normalised into {@link ToolPins}.
 */
const TOOL_NAMES = ['trivy', 'grype', 'syft', 'cosign'];
const SHA256 = /^[0-9a-f]{64}$/;
const PLATFORM_KEY = /^(linux|darwin|win32)-(x64|arm64)$/;
const ASSET_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
class PinManifestError extends Error {
    name = 'PinManifestError';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseAssets(raw, where) {
    if (!isRecord(raw) || Object.keys(raw).length === 0) {
        throw new PinManifestError(`${where}: expected a non-empty object of platform → asset.`);
    }
    const assets = {};
    for (const [key, value] of Object.entries(raw)) {
        if (!PLATFORM_KEY.test(key)) {
            throw new PinManifestError(`${where}: '${key}' is not a platform key like linux-x64 or darwin-arm64.`);
        }
        if (!isRecord(value))
            throw new PinManifestError(`${where}.${key}: expected { file, sha256 }.`);
        const { file, sha256, binarySha256 } = value;
        const extra = Object.keys(value).filter((k) => !['file', 'sha256', 'binarySha256'].includes(k));
        if (extra.length > 0)
            throw new PinManifestError(`${where}.${key}: unknown field(s) ${extra.join(', ')}.`);
        if (typeof file !== 'string' || !ASSET_FILE.test(file) || file.includes('..')) {
            throw new PinManifestError(`${where}.${key}.file: expected a plain file name, got ${JSON.stringify(file)}.`);
        }
        if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
            throw new PinManifestError(`${where}.${key}.sha256: expected 64 lower-case hex digits.`);
        }
        if (binarySha256 !== undefined) {
            if (typeof binarySha256 !== 'string' || !SHA256.test(binarySha256)) {
                throw new PinManifestError(`${where}.${key}.binarySha256: expected 64 lower-case hex digits.`);
            }
            if (!/\.(tar\.gz|tgz|zip)$/.test(file) && binarySha256 !== sha256) {
                throw new PinManifestError(`${where}.${key}.binarySha256: ${file} is the binary itself, so it must equal sha256.`);
            }
            assets[key] = Object.freeze({ file, sha256, binarySha256 });
        }
        else {
            assets[key] = Object.freeze({ file, sha256 });
        }
    }
    return Object.freeze(assets);
}
function parseVersion(value, where) {
    if (typeof value !== 'string' || value.startsWith('v') || !src/* VERSION_PATTERN */.Q6.test(value)) {
        throw new PinManifestError(`${where}: expected a version like 0.75.0 (no leading v), got ${JSON.stringify(value)}.`);
    }
    return value;
}
function parseTool(raw, tool) {
    if (!isRecord(raw))
        throw new PinManifestError(`${tool}: expected an object.`);
    if ('versions' in raw) {
        const defaultVersion = parseVersion(raw['default'], `${tool}.default`);
        if (!isRecord(raw['versions']))
            throw new PinManifestError(`${tool}.versions: expected an object.`);
        const versions = {};
        for (const [version, assets] of Object.entries(raw['versions'])) {
            versions[parseVersion(version, `${tool}.versions key`)] = parseAssets(assets, `${tool}.versions.${version}`);
        }
        if (!(defaultVersion in versions)) {
            throw new PinManifestError(`${tool}.default: ${defaultVersion} has no entry in ${tool}.versions.`);
        }
        return Object.freeze({ defaultVersion, versions: Object.freeze(versions) });
    }
    const defaultVersion = parseVersion(raw['version'], `${tool}.version`);
    return Object.freeze({
        defaultVersion,
        versions: Object.freeze({ [defaultVersion]: parseAssets(raw['assets'], `${tool}.assets`) }),
    });
}
/** Validates and normalises a manifest (the committed one, or one a test injects). */
function parsePinManifest(raw) {
    if (!isRecord(raw))
        throw new PinManifestError('Pin manifest: expected an object.');
    const unknownTools = Object.keys(raw).filter((key) => !TOOL_NAMES.includes(key));
    if (unknownTools.length > 0) {
        throw new PinManifestError(`Pin manifest: unknown tool(s) ${unknownTools.join(', ')}.`);
    }
    const manifest = {};
    for (const tool of TOOL_NAMES) {
        if (!(tool in raw))
            throw new PinManifestError(`Pin manifest: no entry for ${tool}.`);
        manifest[tool] = parseTool(raw[tool], tool);
    }
    return Object.freeze(manifest);
}
let committed;
/** The manifest committed as `pins.json` (parsed on first use, not at import time). */
function loadPinManifest() {
    committed ??= parsePinManifest(pins_namespaceObject);
    return committed;
}
/** The pinned asset for a tool/version/platform, or undefined. */
function pinnedAsset(manifest, tool, version, platform) {
    return manifest[tool].versions[version]?.[platform];
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/release-url.ts

/**
 * Official release download URLs. Every tool publishes its assets as GitHub
 * release assets at `https://github.com/<owner>/<repo>/releases/download/v<V>/<file>`;
 * a mirror (GHES, air-gapped runners) replaces `https://github.com` and keeps
 * the rest of the path.
 */
const GITHUB_BASE_URL = 'https://github.com';
function goreleaserAssets(tool, platforms) {
    const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
    const arch = { x64: 'amd64', arm64: 'arm64' };
    const table = {};
    for (const key of platforms) {
        const [platform = '', cpu = ''] = key.split('-');
        const ext = platform === 'win32' ? 'zip' : 'tar.gz';
        table[key] = (v) => `${tool}_${v}_${os[platform]}_${arch[cpu]}.${ext}`;
    }
    return table;
}
const LAYOUTS = {
    trivy: {
        repository: 'aquasecurity/trivy',
        assets: {
            'linux-x64': (v) => `trivy_${v}_Linux-64bit.tar.gz`,
            'linux-arm64': (v) => `trivy_${v}_Linux-ARM64.tar.gz`,
            'darwin-x64': (v) => `trivy_${v}_macOS-64bit.tar.gz`,
            'darwin-arm64': (v) => `trivy_${v}_macOS-ARM64.tar.gz`,
            'win32-x64': (v) => `trivy_${v}_windows-64bit.zip`,
        },
        checksums: (v) => `trivy_${v}_checksums.txt`,
    },
    grype: {
        repository: 'anchore/grype',
        assets: goreleaserAssets('grype', ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']),
        checksums: (v) => `grype_${v}_checksums.txt`,
    },
    syft: {
        repository: 'anchore/syft',
        assets: goreleaserAssets('syft', [
            'linux-x64',
            'linux-arm64',
            'darwin-x64',
            'darwin-arm64',
            'win32-x64',
            'win32-arm64',
        ]),
        checksums: (v) => `syft_${v}_checksums.txt`,
    },
    cosign: {
        repository: 'sigstore/cosign',
        assets: {
            'linux-x64': () => 'cosign-linux-amd64',
            'linux-arm64': () => 'cosign-linux-arm64',
            'darwin-x64': () => 'cosign-darwin-amd64',
            'darwin-arm64': () => 'cosign-darwin-arm64',
            'win32-x64': () => 'cosign-windows-amd64.exe',
        },
        checksums: () => 'cosign_checksums.txt',
    },
};
/** Platforms for which the project publishes a release asset (for unpinned versions). */
function publishedPlatforms(tool) {
    return Object.keys(LAYOUTS[tool].assets);
}
/** The release asset's file name for a version and platform, or undefined when none is published. */
function releaseAssetName(tool, version, platform) {
    return LAYOUTS[tool].assets[platform]?.(version);
}
function releaseRepository(tool) {
    return LAYOUTS[tool].repository;
}
/**
 * `<base>/<owner>/<repo>/releases/download/v<version>/<file>`. `version` and
 * `file` must already be validated; they are still percent-encoded as path
 * segments so nothing in them can change the URL's structure.
 */
function releaseAssetUrl(tool, version, file, baseUrl = GITHUB_BASE_URL) {
    const base = baseUrl.replace(/\/+$/, '');
    return `${base}/${LAYOUTS[tool].repository}/releases/download/${encodeURIComponent(`v${version}`)}/${encodeURIComponent(file)}`;
}
function checksumsUrl(tool, version, baseUrl = GITHUB_BASE_URL) {
    return releaseAssetUrl(tool, version, LAYOUTS[tool].checksums(version), baseUrl);
}
/**
 * Validates a mirror base URL: http(s), no credentials, query or fragment.
 * Returns it without trailing slashes. `label` names the setting in errors.
 */
function validateMirrorUrl(value, label = 'mirror') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an http(s) URL such as https://ghes.example.com; got ${show(value)}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new src/* ConfigurationError */.j1(`The ${label} must be an http(s) URL; got scheme '${url.protocol}'.`);
    }
    if (url.username || url.password) {
        throw new src/* ConfigurationError */.j1(`The ${label} must not embed credentials in the URL.`);
    }
    if (url.search || url.hash || value.includes('?') || value.includes('#')) {
        throw new src/* ConfigurationError */.j1(`The ${label} must not have a query string or fragment; got ${show(value)}.`);
    }
    return url.toString().replace(/\/+$/, '');
}
function show(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/tool-installer/src/sha256.ts




/** SHA-256 of a file as lower-case hex, computed by streaming (constant memory). */
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), hash);
    return hash.digest('hex');
}
const SHA256_HEX = /^[0-9a-f]{64}$/;
function isSha256(value) {
    return SHA256_HEX.test(value);
}
/**
 * A digest given by the user: 64 hex digits, optionally prefixed `sha256:`;
 * returned lower-case. `label` names the setting in errors.
 */
function normalizeSha256(value, label = 'sha256') {
    const digest = value
        .trim()
        .replace(/^sha256:/i, '')
        .toLowerCase();
    if (!isSha256(digest)) {
        const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
        throw new src/* ConfigurationError */.j1(`The ${label} must be 64 hexadecimal digits (a SHA-256); got ${JSON.stringify(shown)}.`);
    }
    return digest;
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/tool-installer.ts












/** The collaborators used in a real workflow run: a bounded HTTP download, @actions/tool-cache, @actions/core. */
function defaultInstallerDeps() {
    return {
        manifest: loadPinManifest(),
        platform: process.platform,
        arch: process.arch,
        downloader: httpDownloader({ log: (message) => core/* info */.pq(message) }),
        toolCache: {
            find: (tool, version, arch) => tool_cache/* find */.I6(tool, version, arch),
            cacheDir: (sourceDir, tool, version, arch) => tool_cache/* cacheDir */.e8(sourceDir, tool, version, arch),
        },
        extractor: toolCacheExtractor,
        hasher: sha256File,
        addPath: (dir) => core/* addPath */.fM(dir),
        logger: {
            info: (message) => core/* info */.pq(message),
            warning: (message) => core/* warning */.$e(message),
            debug: (message) => core/* debug */.Yz(message),
        },
        runner: execRunner,
        tempDir: () => process.env['RUNNER_TEMP'] || external_node_os_.tmpdir(),
    };
}
/**
 * Written next to the binary in every tool-cache entry this installer creates:
 * what was installed from which asset, for people and tools that inspect the
 * cache. It is **not** trusted on a cache hit: anyone who can write the tool
 * cache (a persistent runner, a pre-baked image, a restored cache) can write
 * it too, so a hit is checked against the committed pins only (see
 * {@link ToolInstaller}).
 */
const INSTALL_RECORD_FILE = '.scs-install.json';
/**
 * Folder of a cache entry that keeps the verified release archive (tar.gz and
 * zip assets), so that a cache hit can check the cached binary against the
 * pinned archive digest when the pins carry no digest of the binary itself.
 */
const VERIFIED_ASSET_DIR = '.scs-asset';
/**
 * Download → verify (SHA-256 against the pin, before anything is extracted or
 * run) → extract → cache → add to PATH, for one tool. Subclasses only supply a
 * {@link ToolSpec}.
 *
 * A cache hit is re-verified against committed data only — never against
 * anything stored in the cache, which whoever planted an entry also wrote:
 * - the pins carry the binary's own SHA-256 (`binarySha256`, recorded by
 *   scripts/bump-tool-pin.mjs), or the asset is the binary itself (cosign):
 *   the cached binary is hashed and must equal it;
 * - otherwise the entry must keep the verified release archive
 *   ({@link VERIFIED_ASSET_DIR}): it is hashed and must equal the pinned (or
 *   given) archive digest, the binary is unpacked from it again into a
 *   scratch folder, and the cached binary must be byte-for-byte that member
 *   (equal SHA-256).
 * An entry that fails is reported as a warning naming what did not match, is
 * never run, and is replaced from the release, which is verified again
 * before use.
 */
class ToolInstaller {
    spec;
    deps;
    constructor(spec, deps = {}) {
        this.spec = spec;
        const defaults = defaultInstallerDeps();
        this.deps = { ...defaults, ...deps, manifest: deps.manifest ?? defaults.manifest };
    }
    /** The pinned default version of this tool. */
    defaultVersion() {
        return this.deps.manifest[this.spec.name].defaultVersion;
    }
    async install(request = {}) {
        const req = this.validateRequest(request);
        if (req.path !== undefined)
            return this.useExisting(req.path, req);
        const target = this.resolveTarget(req);
        const cached = await this.fromCache(target);
        if (cached)
            return cached;
        return this.download(target, req.mirror ?? GITHUB_BASE_URL);
    }
    get label() {
        return this.spec.displayName;
    }
    validateRequest(request) {
        const valid = {};
        const { version, sha256, mirror, path: binaryPath } = request;
        if (version !== undefined && version !== '') {
            if (typeof version !== 'string' || version.length > 64 || !src/* VERSION_PATTERN */.Q6.test(version)) {
                const shown = typeof version === 'string' ? JSON.stringify(version.slice(0, 80)) : typeof version;
                throw new src/* ConfigurationError */.j1(`The ${this.label} version must be a release version such as ${this.defaultVersion()} or v${this.defaultVersion()}; got ${shown}.`);
            }
            valid.version = version.replace(/^v/, '');
        }
        if (sha256)
            valid.sha256 = normalizeSha256(sha256, `${this.label} sha256`);
        if (mirror)
            valid.mirror = validateMirrorUrl(mirror, `${this.label} download mirror`);
        if (binaryPath)
            valid.path = binaryPath;
        return valid;
    }
    resolveTarget(req) {
        const tool = this.spec.name;
        const pins = this.deps.manifest[tool];
        const version = req.version ?? pins.defaultVersion;
        const platform = `${this.deps.platform}-${this.deps.arch}`;
        const binaryName = this.spec.binaryName(this.deps.platform);
        const pinnedAssets = pins.versions[version];
        if (pinnedAssets) {
            const asset = pinnedAssets[platform];
            if (!asset)
                throw this.unsupportedPlatform(version, platform, Object.keys(pinnedAssets));
            if (req.sha256 !== undefined && req.sha256 !== asset.sha256) {
                throw new src/* ConfigurationError */.j1(`The ${this.label} sha256 ${req.sha256} does not match the digest pinned for ${asset.file} (${asset.sha256}). ` +
                    `Remove the sha256 setting to use the pinned digest.`);
            }
            return { version, platform, asset, digestSource: 'manifest', format: assetFormat(asset.file), binaryName };
        }
        const file = releaseAssetName(tool, version, platform);
        if (!file)
            throw this.unsupportedPlatform(version, platform, publishedPlatforms(tool));
        if (req.sha256 === undefined) {
            const pinned = Object.keys(pins.versions).join(', ');
            throw new src/* ConfigurationError */.j1(`${this.label} ${version} is not pinned by this action (pinned: ${pinned}), so its digest must be given. ` +
                `Set sha256 to the SHA-256 of ${file} (the ${platform} asset), as listed in ` +
                `${checksumsUrl(tool, version)} — or leave the version empty to use ${pins.defaultVersion}.`);
        }
        this.deps.logger.info(`${this.label} ${version} is not pinned; using the SHA-256 given for ${file} (${req.sha256}).`);
        return {
            version,
            platform,
            asset: { file, sha256: req.sha256 },
            digestSource: 'request',
            format: assetFormat(file),
            binaryName,
        };
    }
    unsupportedPlatform(version, platform, supported) {
        return new src/* ConfigurationError */.j1(`${this.label} ${version} is not available for ${platform}. Supported platforms: ${supported.join(', ')}.`);
    }
    // ---- tool cache ---------------------------------------------------------------------------
    async fromCache(target) {
        const { name } = this.spec;
        let dir;
        try {
            dir = this.deps.toolCache.find(name, target.version, this.deps.arch);
        }
        catch (error) {
            throw new src/* InfrastructureError */.EN(`The tool cache could not be searched for ${name} ${target.version}.`, {
                cause: error,
            });
        }
        if (!dir)
            return undefined;
        const check = await this.verifyCacheEntry(dir, target);
        if (check.problem !== undefined) {
            this.deps.logger.warning(`Cached ${name} ${target.version} in ${dir} failed verification (${check.problem}); it will not be used. ` +
                `Reinstalling it from the verified release asset.`);
            return undefined;
        }
        this.deps.addPath(dir);
        this.deps.logger.info(`Using cached ${name} ${target.version} from ${dir} (${check.how}).`);
        return {
            name,
            version: target.version,
            binary: external_node_path_.join(dir, target.binaryName),
            source: 'cache',
            sha256: target.asset.sha256,
        };
    }
    /**
     * Whether the entry can be trusted, and how that was established — from the
     * pins (or the digest the workflow gave), never from files in the entry
     * other than the binary and the kept archive, whose bytes are checked.
     */
    async verifyCacheEntry(dir, target) {
        const { binaryName, asset } = target;
        const binary = external_node_path_.join(dir, binaryName);
        const info = await (0,promises_.lstat)(binary).catch(() => undefined);
        if (!info)
            return { problem: `${binaryName} is missing` };
        if (!info.isFile())
            return { problem: `${binaryName} is not a regular file` };
        const pinnedBinary = asset.binarySha256 ?? (target.format === 'binary' ? asset.sha256 : undefined);
        if (pinnedBinary !== undefined) {
            const actual = await this.hashOrProblem(binary, binaryName);
            if (typeof actual !== 'string')
                return actual;
            if (actual !== pinnedBinary) {
                return {
                    problem: `${binaryName} has SHA-256 ${actual}, but the ${this.digestOrigin(target)} SHA-256 of that binary is ${pinnedBinary}`,
                };
            }
            return { how: `binary SHA-256 matches the ${this.digestOrigin(target)} ${pinnedBinary}` };
        }
        const archive = external_node_path_.join(dir, VERIFIED_ASSET_DIR, asset.file);
        const archiveInfo = await (0,promises_.lstat)(archive).catch(() => undefined);
        if (!archiveInfo?.isFile()) {
            return {
                problem: `it does not keep the release archive ${VERIFIED_ASSET_DIR}/${asset.file} to check ${binaryName} against`,
            };
        }
        const archiveDigest = await this.hashOrProblem(archive, asset.file);
        if (typeof archiveDigest !== 'string')
            return archiveDigest;
        if (archiveDigest !== asset.sha256) {
            return {
                problem: `the kept ${asset.file} has SHA-256 ${archiveDigest}, expected ${asset.sha256} (${this.digestOrigin(target)})`,
            };
        }
        const tempDir = this.deps.tempDir();
        await (0,promises_.mkdir)(tempDir, { recursive: true });
        const scratch = await (0,promises_.mkdtemp)(external_node_path_.join(tempDir, `scs-${this.spec.name}-check-`));
        try {
            try {
                await this.deps.extractor.extract(archive, target.format, scratch, binaryName);
            }
            catch (error) {
                return { problem: `the kept ${asset.file} could not be unpacked (${(0,src/* errorMessage */.gJ)(error)})` };
            }
            const member = external_node_path_.join(scratch, binaryName);
            if (!(await (0,promises_.lstat)(member).catch(() => undefined))?.isFile()) {
                return { problem: `the kept ${asset.file} has no ${binaryName} at its top level` };
            }
            const [expected, actual] = await Promise.all([this.deps.hasher(member), this.hashOrProblem(binary, binaryName)]);
            if (typeof actual !== 'string')
                return actual;
            if (actual !== expected) {
                return {
                    problem: `${binaryName} has SHA-256 ${actual}, but the ${binaryName} in the verified ${asset.file} has ${expected}`,
                };
            }
            return {
                how: `${asset.file} re-verified against the ${this.digestOrigin(target)} SHA-256 and ${binaryName} identical to its member`,
            };
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    digestOrigin(target) {
        return target.digestSource === 'manifest' ? 'pinned' : 'given';
    }
    async hashOrProblem(file, label) {
        try {
            return await this.deps.hasher(file);
        }
        catch (error) {
            return { problem: `${label} could not be read (${(0,src/* errorMessage */.gJ)(error)})` };
        }
    }
    // ---- download -----------------------------------------------------------------------------
    async download(target, baseUrl) {
        const { name } = this.spec;
        const { asset, version, binaryName } = target;
        const url = releaseAssetUrl(name, version, asset.file, baseUrl);
        const tempDir = this.deps.tempDir();
        await (0,promises_.mkdir)(tempDir, { recursive: true });
        const work = await (0,promises_.mkdtemp)(external_node_path_.join(tempDir, `scs-${name}-`));
        try {
            const downloaded = external_node_path_.join(work, asset.file);
            this.deps.logger.info(`Downloading ${name} ${version} from ${url}`);
            try {
                await this.deps.downloader(url, downloaded);
            }
            catch (error) {
                throw this.downloadError(error, url, target, baseUrl !== GITHUB_BASE_URL);
            }
            const actual = await this.deps.hasher(downloaded);
            if (actual !== asset.sha256) {
                await (0,promises_.rm)(downloaded, { force: true });
                const origin = target.digestSource === 'manifest' ? 'pinned by this action' : 'given as sha256';
                const hint = target.digestSource === 'request'
                    ? ` If you supplied the digest, compare it with ${checksumsUrl(name, version)}.`
                    : baseUrl !== GITHUB_BASE_URL
                        ? ' Check that the mirror serves the original release asset.'
                        : '';
                throw new src/* InfrastructureError */.EN(`SHA-256 mismatch for ${asset.file} downloaded from ${url}: expected ${asset.sha256} (${origin}), ` +
                    `got ${actual}. The download was deleted; nothing from it was extracted or run.${hint}`);
            }
            this.deps.logger.info(`Verified SHA-256 of ${asset.file}: ${actual}`);
            const stage = external_node_path_.join(work, 'stage');
            await (0,promises_.mkdir)(stage);
            try {
                await this.deps.extractor.extract(downloaded, target.format, stage, binaryName);
            }
            catch (error) {
                throw new src/* InfrastructureError */.EN(`Unpacking ${asset.file} failed.`, { cause: error });
            }
            const stagedBinary = external_node_path_.join(stage, binaryName);
            const info = await (0,promises_.lstat)(stagedBinary).catch(() => undefined);
            if (!info?.isFile()) {
                throw new src/* InfrastructureError */.EN(`${asset.file} does not contain the executable ${binaryName} at its top level.`);
            }
            await makeExecutable(stagedBinary, this.deps.platform);
            const binarySha256 = await this.deps.hasher(stagedBinary);
            if (asset.binarySha256 !== undefined && binarySha256 !== asset.binarySha256) {
                throw new src/* InfrastructureError */.EN(`${asset.file} matches its pinned SHA-256, but the ${binaryName} in it has SHA-256 ${binarySha256}, not the pinned ` +
                    `${asset.binarySha256}. The pins in this action are inconsistent; nothing was installed or run.`);
            }
            if (target.format !== 'binary') {
                // Kept so that a later cache hit can be checked against the pinned archive digest.
                await (0,promises_.mkdir)(external_node_path_.join(stage, VERIFIED_ASSET_DIR));
                await (0,promises_.rename)(downloaded, external_node_path_.join(stage, VERIFIED_ASSET_DIR, asset.file));
            }
            await (0,promises_.rm)(downloaded, { force: true });
            const record = {
                tool: name,
                version,
                asset: asset.file,
                assetSha256: asset.sha256,
                binary: binaryName,
                binarySha256,
            };
            await (0,promises_.writeFile)(external_node_path_.join(stage, INSTALL_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
            let dir;
            try {
                dir = await this.deps.toolCache.cacheDir(stage, name, version, this.deps.arch);
            }
            catch (error) {
                throw new src/* InfrastructureError */.EN(`Adding ${name} ${version} to the tool cache failed.`, { cause: error });
            }
            this.deps.addPath(dir);
            this.deps.logger.info(`Installed ${name} ${version} in ${dir}`);
            return { name, version, binary: external_node_path_.join(dir, binaryName), source: 'download', sha256: asset.sha256, url };
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    downloadError(error, url, target, viaMirror) {
        const status = error?.httpStatusCode;
        const what = `Downloading ${this.spec.name} ${target.version} (${target.asset.file}) from ${url} failed`;
        if (status === 404) {
            return new src/* InfrastructureError */.EN(`${what}: HTTP 404 Not Found. Check that release v${target.version} publishes ${target.asset.file}` +
                `${viaMirror ? ' and that the mirror carries it' : ''}.`, { cause: error });
        }
        if (typeof status === 'number') {
            const retried = status >= 500 || status === 408 || status === 429 ? ' (after retries)' : '';
            return new src/* InfrastructureError */.EN(`${what}: HTTP ${status}${retried}.`, { cause: error });
        }
        return new src/* InfrastructureError */.EN(`${what}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    // ---- bring your own -----------------------------------------------------------------------
    async useExisting(binaryPath, req) {
        const { name } = this.spec;
        if (req.sha256 !== undefined || req.mirror !== undefined) {
            this.deps.logger.warning(`${this.label}: a path is given, so the sha256 and mirror settings are ignored.`);
        }
        const binary = await validateExecutablePath(binaryPath, this.deps.platform, `${this.label} path`);
        const sha256 = await this.deps.hasher(binary);
        const probe = await probeVersion(this.deps.runner, binary, this.spec.versionArgs, this.spec.versionPatterns);
        if (probe.problem !== undefined) {
            this.deps.logger.warning(`${this.label} at ${binary}: version unknown: ${probe.problem}.`);
        }
        else if (req.version !== undefined && probe.version !== req.version) {
            this.deps.logger.warning(`${this.label} at ${binary} reports version ${probe.version}, but ${req.version} was requested; using it anyway.`);
        }
        this.deps.logger.info(`Using ${name} ${probe.version} from ${binary} (SHA-256 ${sha256}); nothing was downloaded.`);
        return { name, version: probe.version, binary, source: 'path', sha256 };
    }
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/tools.ts

const exe = (name) => (platform) => (platform === 'win32' ? `${name}.exe` : name);
/** `trivy --version`: `Version: 0.75.0` (then DB information), or `Version: dev` for source builds. */
const TRIVY = {
    name: 'trivy',
    displayName: 'Trivy',
    binaryName: exe('trivy'),
    versionArgs: ['--version'],
    versionPatterns: [/^\s*Version:\s*(\S+)/m],
};
/** `grype --version`: `grype 0.120.1`; `grype version` prints `Version:   0.120.1`. */
const GRYPE = {
    name: 'grype',
    displayName: 'Grype',
    binaryName: exe('grype'),
    versionArgs: ['--version'],
    versionPatterns: [/^\s*grype(?:\s+version)?\s+(\S+)/m, /^\s*Version:\s*(\S+)/m],
};
/** `syft --version`: `syft 1.54.1`; `syft version` prints `Version:   1.54.1`. */
const SYFT = {
    name: 'syft',
    displayName: 'Syft',
    binaryName: exe('syft'),
    versionArgs: ['--version'],
    versionPatterns: [/^\s*syft(?:\s+version)?\s+(\S+)/m, /^\s*Version:\s*(\S+)/m],
};
/** `cosign version`: an ASCII banner, then `GitVersion:    v3.1.3`. */
const COSIGN = {
    name: 'cosign',
    displayName: 'cosign',
    binaryName: exe('cosign'),
    versionArgs: ['version'],
    versionPatterns: [/^\s*GitVersion:\s*(\S+)/m],
};
const TOOL_SPECS = {
    trivy: TRIVY,
    grype: GRYPE,
    syft: SYFT,
    cosign: COSIGN,
};
class TrivyInstaller extends ToolInstaller {
    constructor(deps = {}) {
        super(TRIVY, deps);
    }
}
class GrypeInstaller extends ToolInstaller {
    constructor(deps = {}) {
        super(GRYPE, deps);
    }
}
class SyftInstaller extends ToolInstaller {
    constructor(deps = {}) {
        super(SYFT, deps);
    }
}
class CosignInstaller extends ToolInstaller {
    constructor(deps = {}) {
        super(COSIGN, deps);
    }
}

;// CONCATENATED MODULE: ./packages/tool-installer/src/index.ts









/***/ })

};
