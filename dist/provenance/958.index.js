export const id = 958;
export const ids = [958];
export const modules = {

/***/ 1958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseGrypeReport: () => (/* reexport */ parseGrypeReport),
  parseTrivyReport: () => (/* reexport */ parseTrivyReport),
  renderCosignVulnPredicate: () => (/* reexport */ renderCosignVulnPredicate)
});

// UNUSED EXPORTS: COSIGN_VULN_PREDICATE_TYPE, CYCLONEDX_SPEC_VERSION, DEFAULT_SPLIT_ABOVE_BYTES, GRYPE_INFORMATION_URI, IN_TOTO_STATEMENT_TYPE, LOG_TABLE_BUDGET_BYTES, MAX_REPORT_BYTES, OPENVEX_CONTEXT, SARIF_DEFAULT_MAX_GZIP_BYTES, SARIF_FINGERPRINT_KEY, SARIF_LEVEL, SARIF_MAX_RESULTS_PER_RUN, SARIF_SCHEMA_URI, SECURITY_SEVERITY, SEVERITIES, SEVERITY_RANK, SUPPORTED_TRIVY_SCHEMA_VERSION, TRIVY_INFORMATION_URI, VEX_JUSTIFICATIONS, VEX_STATUSES, annotationLevel, annotationTitle, appendScanSummary, applyVex, atOrAbove, canonicalId, canonicalTarget, combineSarif, compareFindings, cosignVulnStatement, countBySeverity, cvssV3Severity, describeOffender, detectReportFormat, diffAgainstBaseline, emptyCounts, evaluateGate, filterBySeverity, filterFindings, findingKey, findingToAnnotation, findingsToAnnotations, gateLine, gateMessage, groupByTarget, groupThousands, grypeReportFromJson, hasFix, highestCvssV3, highestGrypeCvssV3, logCell, matchesFilter, normalizeFixState, normalizeGrypeFixState, normalizeGrypeSeverity, normalizeSeverity, packageUrlMatches, parseBaselineReport, parsePackageUrl, parseSeverity, parseVexDocument, readReportFile, renderCycloneDxVulnerabilities, renderLogTable, renderMarkdownSummary, renderSarif, repoRelativePath, scannerPurl, securitySeverity, severitiesAtOrAbove, tripsGate, trivyReportFromJson, vexArtifactOf, vexDocumentFromJson, vulnerabilitySource, writeSarifFile

;// CONCATENATED MODULE: ./packages/findings/src/model.ts
/**
 * One normalized model for what any scanner reports. Parsers (Trivy, later
 * Grype) fill it; SARIF, the job summary, annotations and the gate read it.
 */
const model_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
/** Higher is more severe; `unknown` ranks lowest. */
const model_SEVERITY_RANK = {
    critical: 4,
    high: 3,
    medium: 2,
    low: 1,
    unknown: 0,
};
/** CVSS v3 qualitative rating of a base score: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low, else unknown. */
function model_cvssV3Severity(score) {
    if (score >= 9.0)
        return 'critical';
    if (score >= 7.0)
        return 'high';
    if (score >= 4.0)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'unknown';
}
function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
function model_countBySeverity(findings) {
    const counts = emptyCounts();
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/** Most severe first, then kind, id, target, package: a stable order for every renderer. */
function model_compareFindings(a, b) {
    return (model_SEVERITY_RANK[b.severity] - model_SEVERITY_RANK[a.severity] ||
        (b.cvssScore ?? -1) - (a.cvssScore ?? -1) ||
        a.kind.localeCompare(b.kind) ||
        a.id.localeCompare(b.id) ||
        a.target.localeCompare(b.target) ||
        (a.packageName ?? '').localeCompare(b.packageName ?? ''));
}

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 17 modules
var src = __webpack_require__(4644);
;// CONCATENATED MODULE: ./packages/findings/src/json-split.ts
/**
 * Reading a big JSON report without building its whole object tree.
 *
 * Scanner reports are one object whose bulk is a single array (Trivy's
 * `Results`). `JSON.parse` of a 300 MB report holds the decoded text, the
 * complete tree and then the model at once (≈ 5× the file in RSS);
 * {@link splitTopLevelObject} instead finds the byte ranges of that array's
 * elements with a small structural scan (strings, escapes and nesting only),
 * so that each element can be decoded and parsed on its own, turned into
 * findings and dropped.
 *
 * It never decides what valid JSON is: every piece it hands out is parsed by
 * `JSON.parse`, and the punctuation between the pieces is checked strictly.
 * Whatever it cannot split (not an object, a syntax error, a truncated file)
 * it returns as undefined; the caller then parses the whole document as
 * before, which yields `JSON.parse`'s own error message.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
class NotSplittable extends Error {
}
function isSpace(b) {
    return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
/** Byte-level cursor over one document. */
class Scanner {
    text;
    constructor(bytes) {
        this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    skipSpace(i) {
        const t = this.text;
        while (isSpace(t[i]))
            i++;
        return i;
    }
    expect(i, byte) {
        if (this.text[i] !== byte)
            throw new NotSplittable();
        return i + 1;
    }
    /** `i` at an opening quote → just past the closing quote. */
    endOfString(i) {
        const t = this.text;
        let j = i;
        for (;;) {
            j = t.indexOf(QUOTE, j + 1);
            if (j < 0)
                throw new NotSplittable();
            let backslashes = 0;
            for (let k = j - 1; t[k] === BACKSLASH; k--)
                backslashes++;
            if (backslashes % 2 === 0)
                return j + 1;
        }
    }
    /** `i` at the first byte of a value → just past it. Brackets are only counted; JSON.parse checks the piece. */
    endOfValue(i) {
        const t = this.text;
        const first = t[i];
        if (first === QUOTE)
            return this.endOfString(i);
        if (first === OPEN_BRACE || first === OPEN_BRACKET) {
            let depth = 0;
            const n = t.length;
            for (let j = i; j < n; j++) {
                const b = t[j];
                if (b === QUOTE) {
                    j = this.endOfString(j) - 1;
                }
                else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
                    depth++;
                }
                else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                    depth--;
                    if (depth === 0)
                        return j + 1;
                }
            }
            throw new NotSplittable();
        }
        // number, true, false, null
        let j = i;
        while (j < t.length) {
            const b = t[j];
            if (isSpace(b) || b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET)
                break;
            j++;
        }
        if (j === i)
            throw new NotSplittable();
        return j;
    }
    /**
     * `i` at `open` → just past its `close`: the comma-separated members
     * between them, each read by `member` (called at its first byte, returning
     * just past it).
     */
    sequence(i, open, close, member) {
        i = this.skipSpace(this.expect(i, open));
        if (this.text[i] === close)
            return i + 1;
        for (;;) {
            i = this.skipSpace(member(i));
            if (this.text[i] !== COMMA)
                return this.expect(i, close);
            i = this.skipSpace(i + 1);
        }
    }
    parse(start, end) {
        return JSON.parse(this.text.toString('utf8', start, end));
    }
}
/**
 * Splits a JSON document whose top level is an object, parsing every member
 * but `arrayKey`, and locating the elements of `arrayKey` when it is an
 * array. Undefined when the document is anything else or not well-formed
 * around the pieces (elements are checked when the caller parses them with
 * {@link parseRange}).
 */
function splitTopLevelObject(bytes, arrayKey) {
    const s = new Scanner(bytes);
    try {
        const fields = {};
        let items;
        const end = s.sequence(s.skipSpace(0), OPEN_BRACE, CLOSE_BRACE, (start) => {
            if (s.text[start] !== QUOTE)
                throw new NotSplittable();
            const keyEnd = s.endOfString(start);
            const key = s.parse(start, keyEnd);
            const valueStart = s.skipSpace(s.expect(s.skipSpace(keyEnd), COLON));
            if (key === arrayKey && s.text[valueStart] === OPEN_BRACKET) {
                const found = [];
                const arrayEnd = s.sequence(valueStart, OPEN_BRACKET, CLOSE_BRACKET, (element) => {
                    const elementEnd = s.endOfValue(element);
                    found.push([element, elementEnd]);
                    return elementEnd;
                });
                items = found;
                delete fields[key];
                return arrayEnd;
            }
            const valueEnd = s.endOfValue(valueStart);
            // defineProperty: a "__proto__" member is an own property, as JSON.parse makes it.
            Object.defineProperty(fields, key, {
                value: s.parse(valueStart, valueEnd),
                enumerable: true,
                writable: true,
                configurable: true,
            });
            if (key === arrayKey)
                items = undefined;
            return valueEnd;
        });
        if (s.skipSpace(end) !== s.text.length)
            return undefined;
        return items === undefined ? { fields } : { fields, items };
    }
    catch {
        // NotSplittable or a SyntaxError from a piece: the whole-document parse reports it.
        return undefined;
    }
}
/** JSON.parse of bytes [start, end) of `bytes` (UTF-8). Throws SyntaxError like JSON.parse. */
function parseRange(bytes, [start, end]) {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end));
}
/**
 * A copy of `value` that shares no memory with the text it was parsed from.
 * V8 hands out long strings taken from a bigger one as slices that keep the
 * whole parent alive; a model built from per-element parses would otherwise
 * keep every element's text (≈ the report's size) for as long as it lives.
 * Concatenation + slice forces a flat copy of just these characters.
 */
function detachString(value) {
    return value.length < 13 ? value : (' ' + value).slice(1);
}

// EXTERNAL MODULE: ./packages/vocabulary/src/json.ts
var json = __webpack_require__(9522);
;// CONCATENATED MODULE: ./packages/findings/src/report-json.ts

/**
 * What the scanner-report parsers (Trivy, Grype) share: reading the report's
 * JSON text, naming what was found where something else was expected, and
 * building findings without undefined fields.
 */
/** A JSON value as an error message names it ("missing", "an array", "the string \"…\""). */
function describeJson(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}
/** Copies only defined optional fields, so findings compare cleanly in tests and JSON. */
function withOptional(finding, optional) {
    const out = { ...finding };
    for (const [key, value] of Object.entries(optional)) {
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
function describeSyntaxError(error, text, tool) {
    const message = error instanceof Error ? error.message : String(error);
    const trimmed = text.trimEnd();
    const position = /position (\d+)/.exec(message);
    const atEnd = position?.[1] !== undefined && Number(position[1]) >= trimmed.length;
    const truncated = /end of (JSON )?input/i.test(message) || atEnd || (trimmed !== '' && !/[}\]]$/.test(trimmed));
    return truncated ? `${message} (the file looks truncated: did ${tool} stop early or run out of disk?)` : message;
}
/**
 * A report's JSON text (or UTF-8 bytes), parsed. An empty or malformed report
 * is an InfrastructureError: `failure`, the source in parentheses when given,
 * then the reason (a cut-off file is called truncated, with `tool` named).
 */
function parseReportJson(input, failure, tool, source) {
    const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    const from = source ? ` (${source})` : '';
    if (text.trim() === '') {
        throw new src/* InfrastructureError */.EN(`${failure}${from}: the report is empty`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new src/* InfrastructureError */.EN(`${failure}${from}: ${describeSyntaxError(error, text, tool)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/findings/src/trivy-parser.ts





/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2) → ScanReport.
 *
 * One finding per vulnerability × package × target, per failed
 * misconfiguration, per secret and per license hit; exact duplicates are
 * dropped. The report is untrusted data, and a report this parser does not
 * understand must never read as "no findings": the shape Trivy writes is
 * checked (Results an array of objects with a Target; Vulnerabilities,
 * Misconfigurations, Secrets, Licenses arrays of objects, each with its id;
 * Severity one of Trivy's names) and anything else is an InfrastructureError
 * naming the path that was unexpected. An absent array is empty; an absent
 * Severity (Trivy omits an empty one) and Trivy's own UNKNOWN are `unknown`.
 */
const TRIVY_INFORMATION_URI = 'https://github.com/aquasecurity/trivy';
const SUPPORTED_TRIVY_SCHEMA_VERSION = 2;
const PARSE_FAILURE = "Trivy's JSON report could not be parsed";
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function trivy_parser_int(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function objects(value) {
    return Array.isArray(value) ? value.filter(json/* isObject */.G) : [];
}
/** An array of objects at `path` (absent or null: empty); anything else is refused. */
function objectList(value, path, ctx) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        ctx.unexpected(path, `is ${describeJson(value)}, expected an array`);
    value.forEach((item, index) => {
        if (!(0,json/* isObject */.G)(item))
            ctx.unexpected(`${path}[${index}]`, `is ${describeJson(item)}, expected an object`);
    });
    return value;
}
/** A non-empty string id at `path.field`; anything else is refused. */
function requiredId(entry, field, path, ctx) {
    const value = str(entry[field]);
    if (value === undefined)
        ctx.unexpected(`${path}.${field}`, `is ${describeJson(entry[field])}, expected a non-empty string`);
    return value;
}
const TRIVY_SEVERITY_NAMES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/** Trivy's Severity at `path`: absent → unknown; one of its names (any case) → that; anything else is refused. */
function checkedSeverity(value, path, ctx) {
    if (value === undefined || value === '')
        return 'unknown';
    if (typeof value !== 'string' || !TRIVY_SEVERITY_NAMES.includes(value.trim().toUpperCase())) {
        ctx.unexpected(`${path}.Severity`, `is ${describeJson(value)}, not one of ${TRIVY_SEVERITY_NAMES.join(', ')}`);
    }
    return normalizeSeverity(value);
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v !== '') : [];
}
/** Trivy's severity strings (CRITICAL, HIGH, ...) → model severity; anything else is `unknown`. */
function normalizeSeverity(value) {
    if (typeof value !== 'string')
        return 'unknown';
    const lower = value.trim().toLowerCase();
    return model_SEVERITIES.includes(lower) ? lower : 'unknown';
}
/**
 * Trivy's vulnerability Status → fix state. Without a Status (older Trivy),
 * a FixedVersion means `fixed`.
 */
function normalizeFixState(status, fixedVersion) {
    switch (typeof status === 'string' ? status.toLowerCase() : undefined) {
        case 'fixed':
            return 'fixed';
        case 'affected':
        case 'under_investigation':
        case 'fix_deferred':
            return 'not-fixed';
        case 'will_not_fix':
        case 'end_of_life':
            return 'wont-fix';
        case undefined:
        case '':
            return fixedVersion ? 'fixed' : 'unknown';
        default:
            return 'unknown';
    }
}
/** Highest CVSS v3 base score over all sources (nvd, redhat, ghsa...). */
function highestCvssV3(cvss) {
    if (!(0,json/* isObject */.G)(cvss))
        return undefined;
    let best;
    for (const source of Object.values(cvss)) {
        if (!(0,json/* isObject */.G)(source))
            continue;
        const score = source.V3Score;
        if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10) {
            best = best === undefined ? score : Math.max(best, score);
        }
    }
    return best;
}
function artifactType(value) {
    switch (value) {
        case 'container_image':
            return 'image';
        case 'filesystem':
            return 'filesystem';
        case 'repository':
            return 'repository';
        case 'cyclonedx':
        case 'spdx':
            return 'sbom';
        default:
            return 'unknown';
    }
}
/** The digest matching the scanned repository when there are several (repo@sha256:...). */
function pickDigest(artifactName, metadata) {
    if (!(0,json/* isObject */.G)(metadata))
        return undefined;
    const digests = strings(metadata.RepoDigests);
    if (digests.length === 0)
        return undefined;
    const repository = artifactName.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    return digests.find((d) => d.split('@')[0] === repository) ?? digests[0];
}
const ARCHIVE = /\.(tgz|tar\.gz|tar|zip|jar|war|ear)$/i;
/**
 * A repository-relative path for a Result target, or undefined when the
 * target is not a file in the scanned tree (image contents, SBOM components,
 * language names such as "Java", "Node.js").
 */
function repoPath(target, fileClass) {
    if (!target || target.includes('://') || /\s\(/.test(target) || LANGUAGE_TARGETS.has(target))
        return undefined;
    let path = target.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    let insideArchive = false;
    // Helm charts and other archives: "chart.tgz:templates/pod.yaml" → the archive is the file.
    const colon = path.indexOf(':');
    if (colon > 0) {
        const outer = path.slice(0, colon);
        if (!ARCHIVE.test(outer))
            return undefined;
        path = outer;
        insideArchive = true;
    }
    if (path === '' || path === '.' || path.startsWith('/') || path.split('/').includes('..'))
        return undefined;
    // Config and secret targets are always files; for packages require something file-like.
    if (!fileClass && !/[./]/.test(path))
        return undefined;
    return { path, insideArchive };
}
function trivy_parser_location(target, fileClass, repoArtifact, startLine, endLine) {
    if (!repoArtifact)
        return undefined;
    const resolved = repoPath(target, fileClass);
    if (!resolved)
        return undefined;
    const loc = { path: resolved.path };
    // Lines inside an archive member do not point into the archive file.
    if (!resolved.insideArchive && startLine !== undefined) {
        loc.startLine = startLine;
        if (endLine !== undefined && endLine >= startLine)
            loc.endLine = endLine;
    }
    return loc;
}
function dedupeKey(finding) {
    const loc = finding.location;
    switch (finding.kind) {
        case 'vulnerability':
            return ['v', finding.id, finding.packageName, finding.packageVersion, finding.target].join('\u0000');
        case 'misconfiguration':
            return ['m', finding.id, finding.target, loc?.startLine, loc?.endLine, finding.message].join('\u0000');
        case 'secret':
            return ['s', finding.id, finding.target, loc?.startLine, finding.message].join('\u0000');
        case 'license':
            return ['l', finding.id, finding.packageName, finding.target, loc?.path].join('\u0000');
    }
}
/** Lines of a package in its lockfile, from Result.Packages[].Locations (present with --list-all-pkgs). */
function packageLines(result, pkgId) {
    if (!pkgId)
        return [undefined, undefined];
    for (const pkg of objects(result.Packages)) {
        if (pkg.ID !== pkgId)
            continue;
        const first = objects(pkg.Locations)[0];
        return first ? [trivy_parser_int(first.StartLine), trivy_parser_int(first.EndLine)] : [undefined, undefined];
    }
    return [undefined, undefined];
}
/** Names Trivy gives aggregated language results (image scans, SBOMs): not files. */
const LANGUAGE_TARGETS = new Set([
    'Node.js',
    'Python',
    'Ruby',
    'Java',
    'PHP',
    '.NET',
    'Go',
    'Rust',
    'Elixir',
    'Dart',
    'Julia',
    'Swift',
    'C++',
    'Conan',
    'CocoaPods',
    'Bitnami',
]);
/** Each object of the Result's `key` array (checked by objectList) → its finding, if any. */
function readEntries(scope, key, read) {
    const path = `${scope.where}.${key}`;
    const findings = [];
    for (const [index, entry] of objectList(scope.result[key], path, scope.ctx).entries()) {
        const finding = read(entry, `${path}[${index}]`, scope);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
/** A finding that is not a vulnerability (no fix state), with only its defined optional fields. */
function nonVulnerability(required, optional) {
    const { kind, id, aliases, severity, title, target, references } = required;
    return withOptional({ kind, id, aliases, severity, title, target, references, fixState: 'not-applicable' }, optional);
}
function vulnerability(v, path, scope) {
    const { result, target, repoArtifact, ctx } = scope;
    const id = requiredId(v, 'VulnerabilityID', path, ctx);
    const severity = checkedSeverity(v.Severity, path, ctx);
    const fixedVersion = str(v.FixedVersion);
    const identifier = (0,json/* isObject */.G)(v.PkgIdentifier) ? v.PkgIdentifier : {};
    const finding = {
        kind: 'vulnerability',
        id,
        aliases: [...new Set(strings(v.VendorIDs).filter((alias) => alias !== id))],
        severity,
        title: str(v.Title) ?? id,
        target,
        references: strings(v.References),
        fixState: normalizeFixState(v.Status, fixedVersion),
    };
    // A lockfile/manifest target is the file to point at; OS packages have none.
    const isLangPkgs = result.Class === 'lang-pkgs';
    return withOptional(finding, {
        description: str(v.Description),
        targetType: scope.targetType,
        packageName: str(v.PkgName),
        packageVersion: str(v.InstalledVersion),
        purl: str(identifier.PURL),
        fixedVersion,
        primaryUrl: str(v.PrimaryURL),
        cvssScore: highestCvssV3(v.CVSS),
        location: isLangPkgs ? trivy_parser_location(target, false, repoArtifact, ...packageLines(result, str(v.PkgID))) : undefined,
    });
}
/** A failed check; passed and excepted ones are not findings. */
function misconfiguration(m, path, scope) {
    const { target, repoArtifact, ctx } = scope;
    if (m.Status !== 'FAIL' && m.Status !== 'PASS' && m.Status !== 'EXCEPTION') {
        ctx.unexpected(`${path}.Status`, `is ${describeJson(m.Status)}, not one of FAIL, PASS, EXCEPTION`);
    }
    if (m.Status !== 'FAIL')
        return undefined;
    const id = str(m.ID) ?? str(m.AVDID) ?? requiredId(m, 'ID', path, ctx);
    const severity = checkedSeverity(m.Severity, path, ctx);
    const cause = (0,json/* isObject */.G)(m.CauseMetadata) ? m.CauseMetadata : {};
    const avdId = str(m.AVDID);
    const aliases = avdId && avdId !== id ? [avdId] : [];
    const references = strings(m.References);
    return nonVulnerability({ kind: 'misconfiguration', id, aliases, severity, title: str(m.Title) ?? id, target, references }, {
        description: str(m.Description),
        targetType: scope.targetType,
        primaryUrl: str(m.PrimaryURL),
        message: str(m.Message),
        resolution: str(m.Resolution),
        location: trivy_parser_location(target, true, repoArtifact, trivy_parser_int(cause.StartLine), trivy_parser_int(cause.EndLine)),
    });
}
function secret(s, path, scope) {
    const { target, ctx } = scope;
    const id = requiredId(s, 'RuleID', path, ctx);
    const severity = checkedSeverity(s.Severity, path, ctx);
    const category = str(s.Category);
    return nonVulnerability({ kind: 'secret', id, aliases: [], severity, title: str(s.Title) ?? id, target, references: [] }, {
        description: category ? `Secret category: ${category}` : undefined,
        targetType: scope.targetType,
        // Trivy redacts the secret itself in Match.
        message: str(s.Match),
        location: trivy_parser_location(target, true, scope.repoArtifact, trivy_parser_int(s.StartLine), trivy_parser_int(s.EndLine)),
    });
}
function license(l, path, scope) {
    const name = requiredId(l, 'Name', path, scope.ctx);
    const severity = checkedSeverity(l.Severity, path, scope.ctx);
    const category = str(l.Category);
    const pkg = str(l.PkgName);
    const filePath = str(l.FilePath);
    const title = `${category ? `${category} license` : 'License'} ${name}${pkg ? ` (${pkg})` : ''}`;
    const link = str(l.Link);
    return nonVulnerability({ kind: 'license', id: name, aliases: [], severity, title, target: scope.target, references: [] }, {
        description: category ? `License category: ${category}` : undefined,
        targetType: scope.targetType,
        packageName: pkg,
        primaryUrl: link,
        references: link ? [link] : [],
        location: filePath ? trivy_parser_location(filePath, true, scope.repoArtifact) : undefined,
    });
}
/** The finding with each of its strings replaced by `copy(string)`. */
function detachFinding(finding, copy) {
    const out = finding;
    for (const [key, value] of Object.entries(out)) {
        if (typeof value === 'string')
            out[key] = copy(value);
        else if (Array.isArray(value))
            out[key] = value.map((v) => (typeof v === 'string' ? copy(v) : v));
    }
    if (finding.location)
        finding.location = { ...finding.location, path: copy(finding.location.path) };
    return finding;
}
const DEFAULT_SPLIT_ABOVE_BYTES = 1024 * 1024;
/** Parses Trivy's JSON text (or bytes). Throws InfrastructureError on anything unusable. */
function parseTrivyReport(input, options = {}) {
    if (typeof input !== 'string' && input.byteLength >= (options.splitAboveBytes ?? DEFAULT_SPLIT_ABOVE_BYTES)) {
        const report = parseSplit(input, options);
        if (report)
            return report;
    }
    return parseWhole(input, options);
}
/**
 * The element-at-a-time path: undefined whenever anything is off (not
 * splittable, an element that does not parse, a report that is refused), so
 * that {@link parseWhole} produces exactly the result or error it always did.
 */
function parseSplit(bytes, options) {
    const split = splitTopLevelObject(bytes, 'Results');
    if (!split)
        return undefined;
    const { fields, items } = split;
    try {
        if (!items)
            return trivy_parser_trivyReportFromJson(fields, options);
        const results = (function* () {
            for (const range of items)
                yield parseRange(bytes, range);
        })();
        return buildReport(fields, results, options, true);
    }
    catch {
        return undefined;
    }
}
function parseWhole(input, options) {
    return trivy_parser_trivyReportFromJson(parseReportJson(input, PARSE_FAILURE, 'Trivy', options.source), options);
}
/** Converts an already-parsed Trivy JSON document. */
function trivy_parser_trivyReportFromJson(data, options = {}) {
    const results = (0,json/* isObject */.G)(data) && Array.isArray(data.Results) ? data.Results : [];
    return buildReport(data, results, options, false);
}
/**
 * `data` is the report without (or with) its Results; `results` yields them.
 * With `detach`, every string kept in the model is copied out of the text it
 * was parsed from (see detachString), so no element's text outlives it.
 */
function buildReport(data, results, options, detach) {
    const from = options.source ? ` (${options.source})` : '';
    if (!(0,json/* isObject */.G)(data)) {
        throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: expected a JSON object, got ${Array.isArray(data) ? 'an array' : typeof data}`);
    }
    if (data.SchemaVersion !== SUPPORTED_TRIVY_SCHEMA_VERSION) {
        const got = data.SchemaVersion === undefined ? 'no SchemaVersion' : `SchemaVersion ${JSON.stringify(data.SchemaVersion)}`;
        const hint = 'bomFormat' in data || 'spdxVersion' in data ? ' (this looks like an SBOM, not a `--format json` report)' : '';
        throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: it has ${got}${hint}; this action reads SchemaVersion ${SUPPORTED_TRIVY_SCHEMA_VERSION}`);
    }
    if (!detach && data.Results !== undefined && data.Results !== null && !Array.isArray(data.Results)) {
        throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: Results is not an array`);
    }
    const artifactName = str(data.ArtifactName) ?? '';
    const type = artifactType(data.ArtifactType);
    // Only filesystem/repository scans have targets that are files of the checked-out tree.
    const repoArtifact = type === 'filesystem' || type === 'repository';
    const trivy = (0,json/* isObject */.G)(data.Trivy) ? data.Trivy : {};
    const ctx = {
        unexpected(path, problem) {
            throw new src/* InfrastructureError */.EN(`${PARSE_FAILURE}${from}: unexpected report shape: ${path} ${problem}. The report was not used (an unreadable report never ` +
                `counts as "no findings"); check that the Trivy version writes the SchemaVersion ${SUPPORTED_TRIVY_SCHEMA_VERSION} JSON format this action reads.`);
        },
    };
    const findings = [];
    const seen = new Set();
    const targets = new Set();
    const copies = new Map();
    let index = -1;
    const copy = (value) => {
        let detached = copies.get(value);
        if (detached === undefined)
            copies.set(value, (detached = detachString(value)));
        return detached;
    };
    for (const result of results) {
        index++;
        const where = `Results[${index}]`;
        if (!(0,json/* isObject */.G)(result))
            ctx.unexpected(where, `is ${describeJson(result)}, expected an object`);
        if (typeof result.Target !== 'string') {
            ctx.unexpected(`${where}.Target`, `is ${describeJson(result.Target)}, expected a string (every Trivy result names its target)`);
        }
        const target = str(result.Target) ?? artifactName;
        if (!targets.has(target))
            targets.add(detach ? detachString(target) : target);
        const targetType = str(result.Type) ?? str(result.Class);
        const scope = { result, target, targetType, repoArtifact, where, ctx };
        const all = [
            ...readEntries(scope, 'Vulnerabilities', vulnerability),
            ...readEntries(scope, 'Misconfigurations', misconfiguration),
            ...readEntries(scope, 'Secrets', secret),
            ...readEntries(scope, 'Licenses', license),
        ];
        for (const finding of all) {
            const key = dedupeKey(finding);
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(detach ? detachFinding(finding, copy) : finding);
        }
        if (detach)
            copies.clear();
    }
    const report = {
        tool: { name: 'Trivy', informationUri: TRIVY_INFORMATION_URI },
        artifactName,
        artifactType: type,
        findings,
        targets: [...targets],
    };
    const version = str(trivy.Version);
    if (version)
        report.tool.version = version;
    const digest = pickDigest(artifactName, data.Metadata);
    if (digest)
        report.artifactDigest = digest;
    return report;
}

;// CONCATENATED MODULE: ./packages/findings/src/report-file.ts

/**
 * Largest scanner report read (1 GiB). Trivy reports of 100,000 findings are
 * ≈ 70 MB; anything near this is not a report a person or GitHub can use, and
 * reading it whole would exhaust the runner's memory first.
 */
const MAX_REPORT_BYTES = (/* unused pure expression or super */ null && (1024 ** 3));
/**
 * Reads a scanner's JSON report with the cap enforced while reading (never
 * more than MAX_REPORT_BYTES + 1 bytes in memory, whatever the file is or
 * becomes). Over the cap is an InfrastructureError naming the file.
 */
async function readReportFile(file, tool, maxBytes = MAX_REPORT_BYTES) {
    try {
        return await readFileCapped(file, maxBytes, `${tool}'s JSON report ${file}`);
    }
    catch (error) {
        if (error instanceof SizeCapError) {
            throw new InfrastructureError(`${error.message}: the action reads reports of at most ${maxBytes} bytes. Narrow the scan (scanners, skip-dirs) or raise it with the maintainers.`, { cause: error });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/findings/src/filter.ts

/**
 * Selecting findings for reporting (summary, SARIF, annotations). The gate
 * (gate.ts) decides pass/fail; filters only decide what is shown.
 */
/** True when `severity` is `threshold` or more severe. */
function filter_atOrAbove(severity, threshold) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
/** Parses a severity name, case-insensitively ("HIGH", "high"); undefined when it is not one. */
function parseSeverity(value) {
    const lower = value.trim().toLowerCase();
    return SEVERITIES.includes(lower) ? lower : undefined;
}
/** Severities at or above `threshold`, most severe first. */
function severitiesAtOrAbove(threshold) {
    return SEVERITIES.filter((s) => filter_atOrAbove(s, threshold));
}
/** A vulnerability with a fix available (fixed state or a fixed version). */
function filter_hasFix(finding) {
    return finding.fixState === 'fixed' || (finding.fixedVersion !== undefined && finding.fixedVersion !== '');
}
function matchesFilter(finding, filter) {
    if (filter.severities && !filter.severities.includes(finding.severity))
        return false;
    if (filter.minSeverity && !filter_atOrAbove(finding.severity, filter.minSeverity))
        return false;
    if (filter.kinds && !filter.kinds.includes(finding.kind))
        return false;
    if (filter.onlyFixed && finding.kind === 'vulnerability' && !filter_hasFix(finding))
        return false;
    if (filter.ignoreIds && filter.ignoreIds.length > 0) {
        const ignored = new Set(filter.ignoreIds.map((id) => id.trim().toUpperCase()));
        if ([finding.id, ...finding.aliases].some((id) => ignored.has(id.toUpperCase())))
            return false;
    }
    return true;
}
function filterFindings(findings, filter) {
    if (filter.ignoreIds && filter.ignoreIds.length > 0) {
        const ignored = new Set(filter.ignoreIds.map((id) => id.trim().toUpperCase()));
        const rest = { ...filter, ignoreIds: [] };
        return findings.filter((f) => matchesFilter(f, rest) && ![f.id, ...f.aliases].some((id) => ignored.has(id.toUpperCase())));
    }
    return findings.filter((f) => matchesFilter(f, filter));
}
/**
 * Findings at or above `threshold`, or, given a list (Trivy's
 * `--severity CRITICAL,HIGH` style), findings whose severity is listed.
 */
function filterBySeverity(findings, threshold) {
    if (typeof threshold === 'string')
        return findings.filter((f) => filter_atOrAbove(f.severity, threshold));
    const allowed = new Set(threshold);
    return findings.filter((f) => allowed.has(f.severity));
}

;// CONCATENATED MODULE: ./packages/findings/src/gate.ts



function tripsGate(finding, policy) {
    if (policy.failOn === 'none')
        return false;
    if (finding.severity === 'unknown') {
        if (policy.failOn !== 'low' && policy.failOn !== 'unknown')
            return false;
    }
    else if (!atOrAbove(finding.severity, policy.failOn))
        return false;
    if (policy.onlyFixed && finding.kind === 'vulnerability' && !hasFix(finding))
        return false;
    return true;
}
function evaluateGate(findings, policy) {
    const tripped = findings.filter((f) => tripsGate(f, policy)).sort(compareFindings);
    return { outcome: tripped.length > 0 ? 'fail' : 'pass', tripped, policy };
}
function clean(value, max = 120) {
    return truncate(stripInvisible(value).replace(/\s+/g, ' ').trim(), max);
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** "CRITICAL CVE-2021-36159 apk-tools 2.10.6-r0 → 2.10.7-r0 (alpine:3.10 (alpine 3.10.9))" */
function describeOffender(finding) {
    const parts = [finding.severity.toUpperCase(), clean(finding.id, 80)];
    if (finding.kind === 'vulnerability') {
        if (finding.packageName) {
            const version = finding.packageVersion ? ` ${clean(finding.packageVersion, 60)}` : '';
            const fixed = finding.fixedVersion ? ` → ${clean(finding.fixedVersion, 60)}` : ' (no fix)';
            parts.push(`${clean(finding.packageName, 80)}${version}${fixed}`);
        }
    }
    else {
        parts.push(`${finding.kind}: ${clean(finding.title, 80)}`);
    }
    const where = finding.location
        ? `${finding.location.path}${finding.location.startLine ? `:${finding.location.startLine}` : ''}`
        : finding.target;
    parts.push(`(${clean(where, 120)})`);
    return parts.join(' ');
}
function countsText(findings) {
    const counts = countBySeverity(findings);
    return SEVERITIES.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
}
/**
 * One message for the log and the failed step: the policy, counts per
 * severity and the top offenders. Untrusted values are stripped of invisible
 * characters, folded to one line and capped.
 */
function gateMessage(result, options = {}) {
    const { policy, tripped } = result;
    const top = options.top ?? 5;
    if (policy.failOn === 'none')
        return 'Severity gate disabled (fail-on: none).';
    const threshold = policy.failOn.toUpperCase();
    const scope = policy.onlyFixed ? ' (vulnerabilities only when a fix is available)' : '';
    if (result.outcome === 'pass') {
        return `Severity gate passed: no findings at or above ${threshold}${scope}.`;
    }
    const lines = [
        `Severity gate failed: ${plural(tripped.length, 'finding')} at or above ${threshold}${scope}: ${countsText(tripped)}.`,
    ];
    const shown = tripped.slice(0, Math.max(0, top));
    if (shown.length > 0) {
        lines.push(`Top ${shown.length === 1 ? 'offender' : `${shown.length} offenders`}:`);
        for (const finding of shown)
            lines.push(`  - ${describeOffender(finding)}`);
        if (tripped.length > shown.length)
            lines.push(`  …and ${tripped.length - shown.length} more (see the job summary and SARIF report).`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/findings/src/paths.ts

/**
 * Joins the scanned directory (relative to the repository root) and a path
 * relative to it, giving a repository-relative path with forward slashes.
 * Undefined when the result would leave the repository (`..`, absolute).
 */
function paths_repoRelativePath(prefix, path) {
    const base = (prefix ?? '')
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    const relative = path.replace(/\\/g, '/');
    if (relative.startsWith('/') || base.startsWith('/'))
        return undefined;
    const joined = posix.normalize(posix.join(base === '.' ? '' : base, relative));
    if (joined === '.' || joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined.replace(/^\.\//, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(6141);
;// CONCATENATED MODULE: ./packages/findings/src/sarif-renderer.ts







/**
 * ScanReport → SARIF 2.1.0 for GitHub code scanning: one run per call (the
 * caller's category becomes `automationDetails.id = "<category>/"`), rules
 * deduplicated by id, results most severe first.
 *
 * GitHub's upload limits are enforced here rather than discovered at upload:
 * at most 25,000 results per run and a gzip-compressed size under 10 MB. When
 * over, the least severe results are dropped first and what was dropped is
 * returned and written to `run.properties`.
 *
 * security-severity (what GitHub turns into critical/high/medium/low: > 9.0,
 * 7.0–8.9, 4.0–6.9, ≤ 3.9) is the finding's CVSS v3 score when that score falls
 * in the same band as the finding's severity, otherwise a mapped value
 * (critical 9.5, high 8.0, medium 5.5, low 2.0, unknown 0.0). Trivy picks the
 * severity from the distribution's own rating, which can differ from NVD's
 * CVSS; the mapping keeps GitHub's label consistent with the gate and summary.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_MAX_RESULTS_PER_RUN = 25_000;
/** 10 MB gzip limit less a 5% margin. */
const SARIF_DEFAULT_MAX_GZIP_BYTES = 9_500_000;
const SARIF_FINGERPRINT_KEY = 'scsFindingHash/v1';
const SECURITY_SEVERITY = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0,
    unknown: 0.0,
};
const SARIF_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    unknown: 'note',
};
const RULE_NAME = {
    vulnerability: 'PackageVulnerability',
    misconfiguration: 'Misconfiguration',
    secret: 'ExposedSecret',
    license: 'LicenseIssue',
};
function oneLine(value, max) {
    return truncate(stripInvisible(value).replace(/\s+/g, ' ').trim(), max);
}
function sarif_renderer_text(value, max) {
    return truncate(stripInvisible(value), max);
}
/** Backslash-escapes Markdown metacharacters for SARIF markdown fields (rendered by GitHub). */
function mdText(value, max = 1000) {
    return oneLine(value, max)
        .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)
        .replace(/([\\`*_{}[\]()#+\-!|~])/g, '\\$1');
}
/** The security-severity GitHub reads, as a number (see the module comment). */
function securitySeverity(finding) {
    const score = finding.cvssScore;
    if (score !== undefined && finding.severity !== 'unknown' && cvssV3Severity(score) === finding.severity)
        return score;
    return SECURITY_SEVERITY[finding.severity];
}
function formatScore(score) {
    return score.toFixed(1);
}
/** Percent-encodes what is not allowed in a URI reference, keeping `/` and `:`. */
function uriReference(path) {
    return encodeURI(stripInvisible(path)).replace(/[#?[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function locationFor(finding, report, options) {
    const loc = finding.location;
    const path = loc ? repoRelativePath(options.pathPrefix, loc.path) : undefined;
    if (loc && path) {
        const region = {
            startLine: loc.startLine && loc.startLine >= 1 ? loc.startLine : 1,
        };
        if (loc.startLine && loc.endLine && loc.endLine >= loc.startLine)
            region.endLine = loc.endLine;
        return { physicalLocation: { artifactLocation: { uri: uriReference(path), uriBaseId: '%SRCROOT%' }, region } };
    }
    // No file in the repository (image contents, SBOM components): name the image or target, as Trivy does.
    const osTarget = report.artifactType === 'image' && report.artifactName && finding.target.startsWith(`${report.artifactName} (`);
    const name = osTarget ? report.artifactName : finding.target || report.artifactName || 'unknown';
    const what = finding.packageName
        ? `${name}: ${finding.packageName}${finding.packageVersion ? `@${finding.packageVersion}` : ''}`
        : name;
    return {
        physicalLocation: { artifactLocation: { uri: uriReference(name) }, region: { startLine: 1 } },
        message: { text: oneLine(what, 500) },
    };
}
function resultMessage(finding) {
    const lines = [];
    switch (finding.kind) {
        case 'vulnerability':
            if (finding.packageName)
                lines.push(`Package: ${finding.packageName}`);
            if (finding.packageVersion)
                lines.push(`Installed Version: ${finding.packageVersion}`);
            lines.push(`Vulnerability ${finding.id}`, `Severity: ${finding.severity.toUpperCase()}`);
            lines.push(`Fixed Version: ${finding.fixedVersion ?? (finding.fixState === 'wont-fix' ? "won't fix" : 'none')}`);
            if (finding.title !== finding.id)
                lines.push(finding.title);
            break;
        case 'misconfiguration':
            lines.push(`${finding.id}: ${finding.title}`, `Severity: ${finding.severity.toUpperCase()}`);
            if (finding.message)
                lines.push(`Message: ${finding.message}`);
            if (finding.resolution)
                lines.push(`Resolution: ${finding.resolution}`);
            break;
        case 'secret':
            lines.push(`Secret ${finding.id}: ${finding.title}`, `Severity: ${finding.severity.toUpperCase()}`);
            if (finding.message)
                lines.push(`Match (redacted): ${finding.message}`);
            break;
        case 'license':
            lines.push(`License ${finding.id}`, `Severity: ${finding.severity.toUpperCase()}`);
            if (finding.packageName)
                lines.push(`Package: ${finding.packageName}`);
            break;
    }
    lines.push(`Target: ${finding.target}`);
    return lines.map((line) => oneLine(line, 2000)).join('\n');
}
function ruleFor(finding, score) {
    const helpUri = safeUrl(finding.primaryUrl);
    const title = oneLine(finding.title, 1000);
    const description = finding.description ? sarif_renderer_text(finding.description, 8000) : title;
    const facts = [
        ['Severity', finding.severity.toUpperCase()],
        ['Kind', finding.kind],
        ['Package', finding.packageName],
        ['Fixed version', finding.fixedVersion],
        ['Resolution', finding.resolution],
    ];
    const present = facts.filter((f) => f[1] !== undefined && f[1] !== '');
    const helpText = [
        `${finding.id}: ${title}`,
        ...present.map(([k, v]) => `${k}: ${oneLine(v, 500)}`),
        ...(helpUri ? [`Link: ${helpUri}`] : []),
        '',
        description,
    ].join('\n');
    const link = helpUri
        ? `[${mdText(finding.id, 200)}](${helpUri.replace(/[()|\s]/g, encodeURIComponent)})`
        : mdText(finding.id, 200);
    const helpMarkdown = [
        `**${link}**: ${mdText(title)}`,
        '',
        '| Field | Value |',
        '| --- | --- |',
        ...present.map(([k, v]) => `| ${k} | ${mdText(v, 500)} |`),
        '',
        mdText(description, 8000),
    ].join('\n');
    const rule = {
        id: finding.id,
        name: RULE_NAME[finding.kind],
        shortDescription: { text: title },
        fullDescription: { text: description },
        help: { text: helpText, markdown: helpMarkdown },
        defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
        properties: {
            tags: ['security', finding.kind, finding.severity],
            'security-severity': formatScore(score),
            precision: 'very-high',
        },
    };
    if (helpUri)
        rule.helpUri = helpUri;
    if (finding.cvssScore !== undefined)
        rule.properties.cvssV3Score = finding.cvssScore;
    return rule;
}
function fingerprintBase(finding, uri) {
    // Stable across runs: no versions or line numbers (they move); the redacted
    // match or the check's message tells apart several hits in one file.
    const parts = [finding.kind, finding.id, uri, finding.packageName ?? ''];
    if (finding.kind === 'misconfiguration' || finding.kind === 'secret')
        parts.push(finding.message ?? '');
    return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}
/** The result for one finding (`ruleIndex` is added when the rule table is known). */
function resultFor(finding, report, options, occurrences) {
    const location = locationFor(finding, report, options);
    const base = fingerprintBase(finding, location.physicalLocation.artifactLocation.uri);
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    const result = {
        ruleId: finding.id,
        level: SARIF_LEVEL[finding.severity],
        message: { text: resultMessage(finding) },
        locations: [location],
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: `${base}:${seen + 1}` },
    };
    return result;
}
/**
 * The first `keep` findings (most severe first) with their results, built one
 * at a time: only the one being written is alive.
 */
function* keptResults(sorted, keep, report, options) {
    const occurrences = new Map();
    for (let i = 0; i < keep; i += 1) {
        const finding = sorted[i];
        yield { finding, score: securitySeverity(finding), result: resultFor(finding, report, options, occurrences) };
    }
}
/** One rule per id among the kept findings, in order of first appearance. */
function ruleTable(sorted, keep) {
    const rules = new Map();
    for (let i = 0; i < keep; i += 1) {
        const finding = sorted[i];
        const score = securitySeverity(finding);
        const rule = rules.get(finding.id);
        if (!rule) {
            rules.set(finding.id, { index: rules.size, finding, score, securitySeverity: formatScore(score) });
        }
        else if (Number(rule.securitySeverity) < score) {
            // Same id seen again (another package or file): keep the highest score on the rule.
            rule.securitySeverity = formatScore(score);
        }
    }
    return rules;
}
function ruleOf(entry) {
    const rule = ruleFor(entry.finding, entry.score);
    rule.properties['security-severity'] = entry.securitySeverity;
    return rule;
}
/** The document around its rules and results (the run's keys in their fixed order). */
function buildSkeleton(report, options, omitted, rules, results) {
    const properties = {
        artifactName: report.artifactName,
        artifactType: report.artifactType,
    };
    if (report.artifactDigest)
        properties.artifactDigest = report.artifactDigest;
    if (omitted.total > 0) {
        properties.omittedResults = {
            total: omitted.total,
            bySeverity: omitted.bySeverity,
            reason: omitted.reason,
            note: `${omitted.total} least severe result(s) were left out to stay within GitHub's upload limits ` +
                '(25,000 results per run, 10 MB gzip); the JSON report and job summary count them.',
        };
    }
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                informationUri: report.tool.informationUri,
                rules,
            },
        },
        automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` },
        columnKind: 'utf16CodeUnits',
        results,
        properties,
    };
    if (report.tool.version)
        run.tool.driver.version = report.tool.version;
    if (options.srcRoot) {
        const href = pathToFileURL(options.srcRoot).href;
        run.originalUriBaseIds = { '%SRCROOT%': { uri: href.endsWith('/') ? href : `${href}/` } };
    }
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
function buildLog(sorted, keep, report, options, omitted) {
    const table = ruleTable(sorted, keep);
    const results = [];
    for (const { finding, result } of keptResults(sorted, keep, report, options)) {
        results.push({ ...result, ruleIndex: table.get(finding.id).index });
    }
    return buildSkeleton(report, options, omitted, [...table.values()].map(ruleOf), results);
}
/** Which findings to keep, sorted most severe first, and the first attempt at GitHub's result limit. */
function plan(report, options) {
    if (!options.category || /[\s]/.test(options.category)) {
        throw new RangeError(`SARIF category must be a non-empty string without spaces, got '${options.category}'`);
    }
    const maxResults = Math.min(options.maxResults ?? SARIF_MAX_RESULTS_PER_RUN, SARIF_MAX_RESULTS_PER_RUN);
    const sorted = [...(options.findings ?? report.findings)].sort(compareFindings);
    const keep = Math.min(sorted.length, maxResults);
    const overCount = sorted.length > maxResults;
    return {
        sorted,
        maxGzip: options.maxGzipBytes ?? SARIF_DEFAULT_MAX_GZIP_BYTES,
        first: { keep, overCount, omitted: omissions(sorted, keep, overCount, false) },
    };
}
function omissions(sorted, keep, overCount, overSize) {
    const reason = overCount && overSize ? 'result-and-size-limit' : overSize ? 'size-limit' : overCount ? 'result-limit' : undefined;
    const out = { total: sorted.length - keep, bySeverity: countBySeverity(sorted.slice(keep)) };
    if (sorted.length > keep && reason)
        out.reason = reason;
    return out;
}
/**
 * Over the size budget: estimate from the compression ratio how many of the
 * most severe results (with the rules they bring in) fit; a next attempt with
 * fewer, or `undefined` when there is nothing left to try.
 */
function shrink(sorted, previous, sizes, report, options) {
    const { rawBytes, gzipBytes, maxGzip, attempt } = sizes;
    if (gzipBytes <= maxGzip || previous.keep === 0 || attempt > 20)
        return undefined;
    const ratio = gzipBytes / rawBytes;
    const ruleSeen = new Set();
    const itemSizes = [];
    for (const { finding, score, result } of keptResults(sorted, previous.keep, report, options)) {
        let size = Buffer.byteLength(JSON.stringify(result)) + 16;
        if (!ruleSeen.has(finding.id)) {
            ruleSeen.add(finding.id);
            size += Buffer.byteLength(JSON.stringify(ruleFor(finding, score)));
        }
        itemSizes.push(size);
    }
    const overhead = Math.max(0, rawBytes - itemSizes.reduce((a, b) => a + b, 0));
    const target = (maxGzip * 0.97) / ratio - overhead;
    let fit = 0;
    let total = 0;
    while (fit < itemSizes.length && total + (itemSizes[fit] ?? 0) <= target) {
        total += itemSizes[fit] ?? 0;
        fit += 1;
    }
    const keep = fit < previous.keep ? fit : Math.floor(previous.keep * 0.95);
    return { keep, overCount: previous.overCount, omitted: omissions(sorted, keep, previous.overCount, true) };
}
function renderSarif(report, options) {
    const { sorted, maxGzip, first } = plan(report, options);
    let current = first;
    for (let attempt = 0;; attempt += 1) {
        const sarif = buildLog(sorted, current.keep, report, options, current.omitted);
        const json = JSON.stringify(sarif);
        const gzipBytes = gzipSync(json).length;
        const sizes = { rawBytes: Buffer.byteLength(json), gzipBytes, maxGzip, attempt };
        const next = shrink(sorted, current, sizes, report, options);
        if (!next)
            return { sarif, json, gzipBytes, omitted: current.omitted };
        current = next;
    }
}
/** Placeholders in the skeleton where the rules and results are spliced in (JSON string values). */
const RULES_MARK = '\u0000scs-sarif-rules\u0000';
const RESULTS_MARK = '\u0000scs-sarif-results\u0000';
/**
 * The document as pieces of text whose concatenation is exactly
 * `renderSarif(...).json`: the skeleton with the rules and the results
 * serialized one at a time in between, so no copy of the whole document
 * (object or string) is ever held.
 */
function* sarifPieces(sorted, attempt, report, options) {
    const table = ruleTable(sorted, attempt.keep);
    const marked = buildSkeleton(report, options, attempt.omitted, RULES_MARK, RESULTS_MARK);
    const parts = JSON.stringify(marked).split(/"\\u0000scs-sarif-(?:rules|results)\\u0000"/);
    // Report text cannot form a mark (a quote inside a JSON string is escaped), but a document is never guessed at.
    if (parts.length !== 3)
        throw new Error(`SARIF skeleton with ${parts.length - 1} marks instead of 2`);
    const [head, middle, tail] = parts;
    yield `${head}[`;
    let first = true;
    for (const entry of table.values()) {
        yield `${first ? '' : ','}${JSON.stringify(ruleOf(entry))}`;
        first = false;
    }
    yield `]${middle}[`;
    first = true;
    for (const { finding, result } of keptResults(sorted, attempt.keep, report, options)) {
        yield `${first ? '' : ','}${JSON.stringify({ ...result, ruleIndex: table.get(finding.id).index })}`;
        first = false;
    }
    yield `]${tail}`;
}
/** Writes the pieces to `fd` from offset 0 in batches, gzip-counting them as they go; the file is cut to what was written. */
async function writePieces(fd, pieces) {
    const gzip = createGzip();
    let gzipBytes = 0;
    gzip.on('data', (chunk) => (gzipBytes += chunk.length));
    const ended = new Promise((resolve, reject) => {
        gzip.on('end', resolve);
        gzip.on('error', reject);
    });
    ended.catch(() => undefined); // awaited below; an early error must not count as unhandled meanwhile
    let bytes = 0;
    let batch = [];
    let batchLength = 0;
    const flush = async () => {
        const buffer = Buffer.from(batch.join(''), 'utf8');
        batch = [];
        batchLength = 0;
        for (let offset = 0; offset < buffer.length;)
            offset += fs.writeSync(fd, buffer, offset, buffer.length - offset, bytes + offset);
        bytes += buffer.length;
        if (!gzip.write(buffer))
            await Promise.race([new Promise((resolve) => gzip.once('drain', resolve)), ended]);
    };
    for (const piece of pieces) {
        batch.push(piece);
        batchLength += piece.length;
        if (batchLength >= WRITE_BATCH_CHARS)
            await flush();
    }
    await flush();
    gzip.end();
    await ended;
    fs.ftruncateSync(fd, bytes);
    return { bytes, gzipBytes };
}
/** Characters of JSON written at a time (about 1 MB). */
const WRITE_BATCH_CHARS = (/* unused pure expression or super */ null && (1 << 20));
/**
 * `renderSarif` written straight to an open file, byte for byte the same
 * document, without building it in memory: the results are serialized one at
 * a time and the gzip size is counted while writing. Over GitHub's size limit
 * the file is rewritten with fewer results, as `renderSarif` decides.
 */
async function writeSarifFile(fd, report, options) {
    const { sorted, maxGzip, first } = plan(report, options);
    let current = first;
    for (let attempt = 0;; attempt += 1) {
        const { bytes, gzipBytes } = await writePieces(fd, sarifPieces(sorted, current, report, options));
        const next = shrink(sorted, current, { rawBytes: bytes, gzipBytes, maxGzip, attempt }, report, options);
        if (!next)
            return { bytes, gzipBytes, results: current.keep, omitted: current.omitted };
        current = next;
    }
}
/**
 * Several rendered logs as one SARIF file, one run each (a scan of every
 * platform of an image index): each run keeps its own category
 * (`automationDetails.id`), which must differ between runs for GitHub to keep
 * them apart.
 */
function combineSarif(results) {
    const runs = results.flatMap((result) => result.sarif.runs);
    const ids = runs.map((run) => run.automationDetails.id);
    if (new Set(ids).size !== ids.length) {
        throw new RangeError(`SARIF runs combined in one file need distinct categories, got ${ids.join(', ')}`);
    }
    return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs });
}

;// CONCATENATED MODULE: ./packages/findings/src/markdown-renderer.ts


const KIND_LABEL = {
    vulnerability: 'Vulnerabilities',
    misconfiguration: 'Misconfigurations',
    secret: 'Secrets',
    license: 'Licenses',
};
const KINDS = (/* unused pure expression or super */ null && (['vulnerability', 'misconfiguration', 'secret', 'license']));
const SEVERITY_ICON = {
    critical: '🟥',
    high: '🟧',
    medium: '🟨',
    low: '🟦',
    unknown: '⬜',
};
const ARTIFACT_LABEL = {
    image: 'container image',
    filesystem: 'filesystem',
    repository: 'repository',
    sbom: 'SBOM',
    unknown: 'artifact',
};
function markdown_renderer_plural(n, one, many = `${one}s`) {
    return `${groupThousands(n)} ${n === 1 ? one : many}`;
}
/**
 * `12345` → `12,345`, as `toLocaleString('en-US')` prints an integer, but
 * without the first call's ICU number-format set-up, which alone cost about
 * 20 ms of every scan run (bench/RESULTS.md, action overhead).
 */
function groupThousands(n) {
    return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US');
}
function countsPhrase(findings) {
    const counts = countBySeverity(findings);
    return SEVERITIES.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
}
/** The gate's verdict as one summary line (what every scan summary shows under its header). */
function gateLine(gate) {
    const { policy } = gate;
    if (policy.failOn === 'none')
        return md.raw('**Gate:** disabled (`fail-on: none`)');
    const scope = `\`fail-on: ${policy.failOn}\`${policy.onlyFixed ? ', `only-fixed: true`' : ''}`;
    if (gate.outcome === 'pass') {
        return md.raw(`**Gate: ✅ passed**: no findings at or above ${policy.failOn.toUpperCase()} (${scope})`);
    }
    return md.raw(`**Gate: ❌ failed**: ${markdown_renderer_plural(gate.tripped.length, 'finding')} at or above ${policy.failOn.toUpperCase()} ` +
        `(${countsPhrase(gate.tripped)}; ${scope})`);
}
function header(builder, report, options) {
    const title = options.title ?? `${report.tool.name} scan`;
    builder.heading(md.join([md.text(title), md.code(report.artifactName || 'unknown artifact', 300)], ': '), 2);
    const version = report.tool.version && report.tool.version !== 'dev'
        ? report.tool.version
        : (options.toolVersion ?? report.tool.version);
    const facts = [
        md.raw(`${md.text(report.tool.name).text}${version ? ` ${md.text(version, 60).text}` : ''}`),
        md.raw(ARTIFACT_LABEL[report.artifactType]),
        md.raw(markdown_renderer_plural(report.targets.length, 'target')),
    ];
    if (report.artifactDigest)
        facts.push(md.join([md.raw('digest'), md.code(report.artifactDigest, 300)]));
    builder.paragraph(md.join(facts, ' · '));
    for (const note of options.notes ?? [])
        builder.paragraph(note);
    if (options.gate)
        builder.paragraph(gateLine(options.gate));
}
function severityTable(builder, findings) {
    const counts = new Map(KINDS.map((kind) => [kind, countBySeverity(findings.filter((f) => f.kind === kind))]));
    const totals = countBySeverity(findings);
    const rows = SEVERITIES.map((severity) => [
        md.raw(`${SEVERITY_ICON[severity]} ${severity[0]?.toUpperCase()}${severity.slice(1)}`),
        ...KINDS.map((kind) => md.raw(String(counts.get(kind)?.[severity] ?? 0))),
        md.raw(`**${totals[severity]}**`),
    ]);
    rows.push([
        md.raw('**Total**'),
        ...KINDS.map((kind) => md.raw(`**${findings.filter((f) => f.kind === kind).length}**`)),
        md.raw(`**${findings.length}**`),
    ]);
    builder.table({
        headers: ['Severity', ...KINDS.map((k) => KIND_LABEL[k]), 'Total'],
        rows,
        align: ['left', 'right', 'right', 'right', 'right', 'right'],
        itemsPerRow: 0,
    });
}
function where(finding) {
    const loc = finding.location;
    if (!loc)
        return undefined;
    if (!loc.startLine)
        return loc.path;
    return `${loc.path}:${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-${loc.endLine}` : ''}`;
}
function findingRow(finding, tripped) {
    const label = `${SEVERITY_ICON[finding.severity]} ${finding.severity.toUpperCase()}`;
    const severity = tripped.has(finding) ? md.raw(`**${label}**`) : md.raw(label);
    const id = md.link(md.text(finding.id, 120), finding.primaryUrl);
    let subject = '';
    let version = '';
    if (finding.kind === 'vulnerability' || finding.kind === 'license') {
        subject = finding.packageName ? md.code(finding.packageName, 200) : '';
    }
    else {
        const at = where(finding);
        subject = at ? md.code(at, 200) : '';
    }
    if (finding.kind === 'vulnerability') {
        const installed = finding.packageVersion ? md.code(finding.packageVersion, 120) : md.raw('?');
        const fixed = finding.fixedVersion
            ? md.code(finding.fixedVersion, 120)
            : md.raw(finding.fixState === 'wont-fix' ? "_won't fix_" : '_no fix_');
        version = md.join([installed, md.raw('→'), fixed]);
    }
    const title = finding.kind === 'misconfiguration' && finding.message ? `${finding.title}: ${finding.message}` : finding.title;
    return [severity, id, subject, version, md.text(title, 300)];
}
/** Findings by target, each sorted most severe first; the target with the most severe finding first (every renderer's order). */
function markdown_renderer_groupByTarget(findings) {
    const groups = new Map();
    for (const finding of findings) {
        let group = groups.get(finding.target);
        if (!group) {
            group = { target: finding.target, findings: [] };
            if (finding.targetType)
                group.targetType = finding.targetType;
            groups.set(finding.target, group);
        }
        group.findings.push(finding);
    }
    const list = [...groups.values()];
    for (const group of list)
        group.findings.sort(compareFindings);
    const top = (g) => SEVERITY_RANK[g.findings[0]?.severity ?? 'unknown'];
    return list.sort((a, b) => top(b) - top(a) || b.findings.length - a.findings.length || a.target.localeCompare(b.target));
}
/** Appends the scan's sections to `builder`. */
function appendScanSummary(builder, report, options = {}) {
    header(builder, report, options);
    const findings = report.findings;
    if (findings.length === 0) {
        builder.paragraph(md.raw(`✅ No findings in ${markdown_renderer_plural(report.targets.length, 'scanned target')}.`));
        return;
    }
    severityTable(builder, findings);
    builder.heading('Findings by target', 3);
    const tripped = new Set(options.gate?.tripped ?? []);
    const collapseAbove = options.collapseAbove ?? 10;
    for (const group of markdown_renderer_groupByTarget(findings)) {
        const type = group.targetType ? ` <i>(${htmlText(group.targetType, 60)})</i>` : '';
        const summary = md.raw(`<b>${htmlText(group.target, 300)}</b>${type}: ${markdown_renderer_plural(group.findings.length, 'finding')} (${countsPhrase(group.findings)})`);
        builder.details({
            summary,
            open: group.findings.length <= collapseAbove,
            table: {
                headers: ['Severity', 'ID', 'Package / location', 'Installed → fixed', 'Title'],
                rows: group.findings.map((f) => findingRow(f, tripped)),
            },
        });
    }
}
/**
 * The scan's job summary within the byte budget: `markdown` to write, plus
 * whether it was cut and how many findings were left out.
 */
function renderMarkdownSummary(report, options = {}) {
    const builder = new SummaryBuilder({
        seeAlso: options.seeAlso ?? 'the SARIF and JSON reports',
        ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    });
    appendScanSummary(builder, report, options);
    return builder.build();
}

;// CONCATENATED MODULE: ./packages/findings/src/log-table-renderer.ts



/** 256 KiB: a few thousand rows, which the log viewer still scrolls; the rest is in the reports. */
const LOG_TABLE_BUDGET_BYTES = (/* unused pure expression or super */ null && (256 * 1024));
function log_table_renderer_where(finding) {
    const loc = finding.location;
    if (!loc)
        return '';
    if (!loc.startLine)
        return loc.path;
    return `${loc.path}:${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-${loc.endLine}` : ''}`;
}
const COLUMNS = [
    { header: 'SEVERITY', max: 8, cell: (f) => f.severity.toUpperCase() },
    { header: 'ID', max: 32, cell: (f) => f.id },
    {
        header: 'PACKAGE / LOCATION',
        max: 40,
        cell: (f) => (f.kind === 'vulnerability' || f.kind === 'license' ? (f.packageName ?? '') : log_table_renderer_where(f)),
    },
    { header: 'INSTALLED', max: 24, cell: (f) => (f.kind === 'vulnerability' ? (f.packageVersion ?? '?') : '') },
    {
        header: 'FIXED',
        max: 24,
        cell: (f) => f.kind !== 'vulnerability'
            ? ''
            : f.fixedVersion
                ? f.fixedVersion
                : f.fixState === 'wont-fix'
                    ? "won't fix"
                    : 'no fix',
    },
    {
        header: 'TITLE',
        max: 80,
        cell: (f) => (f.kind === 'misconfiguration' && f.message ? `${f.title}: ${f.message}` : f.title),
    },
];
/** One line of report text, inert and bounded: see the module comment. */
function logCell(value, max) {
    const clean = stripInvisible(value.length > 4 * max ? value.slice(0, 4 * max) : value)
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        .replace(/#{2}\[/g, '#\u2009#[')
        .replace(/ {2,}/g, ' ')
        .trim();
    return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
function log_table_renderer_countsPhrase(findings) {
    const counts = countBySeverity(findings);
    return SEVERITIES.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
}
const log_table_renderer_plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
function renderLogTable(report, options = {}) {
    const findings = report.findings;
    if (findings.length === 0) {
        return { text: `No findings in ${log_table_renderer_plural(report.targets.length, 'scanned target')}.`, shown: 0, omitted: 0 };
    }
    const budget = options.budgetBytes ?? LOG_TABLE_BUDGET_BYTES;
    const tripped = new Set(options.tripped ?? []);
    const lines = [
        `${log_table_renderer_plural(findings.length, 'finding')} (${log_table_renderer_countsPhrase(findings)}) in ${log_table_renderer_plural(report.targets.length, 'target')}.`,
    ];
    if (tripped.size > 0) {
        lines.push(`* = at or above the gate's threshold${options.failOn ? ` (fail-on: ${logCell(options.failOn, 20)})` : ''}: ${log_table_renderer_plural(tripped.size, 'finding')}.`);
    }
    // The cut note is always affordable: its size is reserved from the start.
    const noteReserve = 400;
    let used = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    let shown = 0;
    let cut = false;
    for (const group of groupByTarget(findings)) {
        // Columns empty for the whole target (versions of a config file) are left out.
        const all = group.findings.map((f) => COLUMNS.map((column) => logCell(column.cell(f), column.max)));
        const keep = COLUMNS.map((column, i) => column.header === 'SEVERITY' ||
            column.header === 'ID' ||
            column.header === 'TITLE' ||
            all.some((row) => row[i] !== ''));
        const columns = COLUMNS.filter((_, i) => keep[i]);
        const cells = all.map((row) => row.filter((_, i) => keep[i]));
        const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((row) => row[i].length)));
        const format = (row, mark) => `  ${mark} ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd();
        const type = group.targetType ? ` (${logCell(group.targetType, 40)})` : '';
        const head = [
            '',
            `Target: ${logCell(group.target, 200)}${type}: ${log_table_renderer_plural(group.findings.length, 'finding')} (${log_table_renderer_countsPhrase(group.findings)})`,
            format(columns.map((c) => c.header), ' '),
        ];
        const headBytes = head.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
        const firstRow = format(cells[0], tripped.has(group.findings[0]) ? '*' : ' ');
        if (used + headBytes + Buffer.byteLength(firstRow) + 1 + noteReserve > budget) {
            cut = true;
            break;
        }
        lines.push(...head);
        used += headBytes;
        for (let i = 0; i < cells.length; i++) {
            const line = format(cells[i], tripped.has(group.findings[i]) ? '*' : ' ');
            const bytes = Buffer.byteLength(line) + 1;
            if (used + bytes + noteReserve > budget) {
                cut = true;
                break;
            }
            lines.push(line);
            used += bytes;
            shown += 1;
        }
        if (cut)
            break;
    }
    const omitted = findings.length - shown;
    if (omitted > 0) {
        lines.push('', `… ${log_table_renderer_plural(omitted, 'more finding')} not shown (log budget ${Math.round(budget / 1024)} KiB); the full list is in ${logCell(options.seeAlso ?? 'the SARIF and JSON reports', 300)}.`);
    }
    return { text: lines.join('\n'), shown, omitted };
}

;// CONCATENATED MODULE: ./packages/findings/src/annotation-renderer.ts


function trippedSet(options) {
    if (options.gate)
        return new Set(options.gate.tripped);
    return options.tripped ? new Set(options.tripped) : undefined;
}
function annotationLevel(finding, tripped) {
    if (tripped) {
        if (tripped.has(finding))
            return 'error';
        return finding.severity === 'low' || finding.severity === 'unknown' ? 'notice' : 'warning';
    }
    switch (finding.severity) {
        case 'critical':
        case 'high':
            return 'error';
        case 'medium':
            return 'warning';
        default:
            return 'notice';
    }
}
/** e.g. "HIGH CVE-2024-1234 in openssl 3.1.2 (fixed in 3.1.3)". */
function annotationTitle(finding) {
    const severity = finding.severity.toUpperCase();
    switch (finding.kind) {
        case 'vulnerability': {
            const pkg = finding.packageName
                ? ` in ${finding.packageName}${finding.packageVersion ? ` ${finding.packageVersion}` : ''}`
                : '';
            const fix = finding.fixedVersion
                ? ` (fixed in ${finding.fixedVersion})`
                : finding.fixState === 'wont-fix'
                    ? " (won't fix)"
                    : ' (no fix yet)';
            return `${severity} ${finding.id}${pkg}${fix}`;
        }
        case 'misconfiguration':
            return `${severity} ${finding.id}: ${finding.title}`;
        case 'secret':
            return `${severity} secret (${finding.id}): ${finding.title}`;
        case 'license':
            return `${severity} license ${finding.id}${finding.packageName ? ` in ${finding.packageName}` : ''}`;
    }
}
function annotationMessage(finding) {
    const lines = [];
    switch (finding.kind) {
        case 'vulnerability':
            lines.push(finding.title);
            break;
        case 'misconfiguration':
            lines.push(finding.message ?? finding.title);
            if (finding.resolution)
                lines.push(`Resolution: ${finding.resolution}`);
            break;
        case 'secret':
            // The match is left out on purpose, even redacted: annotations are widely visible.
            lines.push(`${finding.title} (rule ${finding.id}). Remove it and rotate the credential.`);
            break;
        case 'license':
            lines.push(finding.title);
            break;
    }
    lines.push(`Target: ${finding.target}`);
    if (finding.primaryUrl)
        lines.push(finding.primaryUrl);
    return lines.join('\n');
}
function findingToAnnotation(finding, options = {}, tripped) {
    const set = tripped ?? trippedSet(options);
    const annotation = {
        level: annotationLevel(finding, set),
        title: annotationTitle(finding),
        message: annotationMessage(finding),
    };
    const loc = finding.location;
    const file = loc ? repoRelativePath(options.pathPrefix, loc.path) : undefined;
    if (loc && file) {
        annotation.file = file;
        if (loc.startLine) {
            annotation.startLine = loc.startLine;
            if (loc.endLine && loc.endLine >= loc.startLine)
                annotation.endLine = loc.endLine;
        }
    }
    return annotation;
}
/** All findings as annotations, most severe first (emitAnnotations then applies the budget). */
function findingsToAnnotations(findings, options = {}) {
    const tripped = trippedSet(options);
    return [...findings].sort(compareFindings).map((f) => findingToAnnotation(f, options, tripped));
}

;// CONCATENATED MODULE: ./packages/findings/src/grype-parser.ts



/**
 * Grype's JSON report (`grype -o json`) → ScanReport, the same model the
 * Trivy parser fills, so every renderer, the gate and the outputs behave the
 * same for both engines.
 *
 * One finding per vulnerability × package × target (one per entry of
 * `matches[]`); exact duplicates are dropped. The report is untrusted data,
 * and a report this parser does not understand must never read as "no
 * findings": every match must be an object with a `vulnerability` object
 * holding a non-empty `id` and an `artifact` object, and a severity must be
 * one of Grype's names; anything else is an InfrastructureError naming the
 * path that was unexpected. An absent severity is `unknown`.
 * `ignoredMatches[]` (matches a `.grype.yaml` ignore rule removed) are not
 * findings.
 *
 * How Grype's fields map onto the model, where the two tools differ:
 * - Severity: Critical/High/Medium/Low map to themselves; **Negligible → low**.
 *   Trivy has no "negligible": it reports Ubuntu's "negligible" and Debian's
 *   "unimportant" as LOW, so mapping Negligible to low makes both engines
 *   count, gate and render the same advisory the same way. Unknown or
 *   anything else → unknown.
 * - Fix state: Grype's `fix.state` is already fixed / not-fixed / wont-fix /
 *   unknown (Trivy's Status is mapped onto the same four). An empty state
 *   means fixed when versions are listed, unknown otherwise. Fixed versions
 *   are joined with ", " as Trivy writes several.
 * - Aliases: the ids of `relatedVulnerabilities` (CVE ↔ GHSA), deduplicated,
 *   without the finding's own id.
 * - CVSS: the highest v3 base score over the vulnerability's and its related
 *   records' `cvss[]` (a distro record often has none, its NVD record has one;
 *   Trivy's CVSS map likewise spans nvd, ghsa, redhat, ...).
 * - Target (what findings group under): an OS package's target is the distro
 *   (`<distro.name> <distro.version>`, e.g. "redhat 9.1"); a language
 *   package's is the path of the manifest/lockfile/archive it was found in,
 *   without the leading '/' Grype writes (Trivy's targets have none:
 *   "package-lock.json", "usr/local/bin/app"). Without a location, the
 *   ecosystem ("Node.js", "Java", ...), as Trivy names aggregated results.
 * - Location: only for directory scans, only for language packages, and only
 *   when the path stays inside the scanned tree; Grype gives no line numbers.
 * - Title: Grype has none; the first sentence of the description (else the id).
 */
const GRYPE_INFORMATION_URI = 'https://github.com/anchore/grype';
const grype_parser_PARSE_FAILURE = "Grype's JSON report could not be parsed";
function grype_parser_str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function grype_parser_objects(value) {
    return Array.isArray(value) ? value.filter(json/* isObject */.G) : [];
}
function grype_parser_strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v.trim() !== '') : [];
}
const GRYPE_SEVERITY_NAMES = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown'];
/** Grype's severity names → model severity. Negligible is `low` (see the module comment). */
function normalizeGrypeSeverity(value) {
    if (typeof value !== 'string')
        return 'unknown';
    switch (value.trim().toLowerCase()) {
        case 'critical':
            return 'critical';
        case 'high':
            return 'high';
        case 'medium':
            return 'medium';
        case 'low':
        case 'negligible':
            return 'low';
        default:
            return 'unknown';
    }
}
/** Grype's `fix.state` → fix state. An empty state with fixed versions is `fixed`. */
function normalizeGrypeFixState(state, versions = []) {
    switch (typeof state === 'string' ? state.trim().toLowerCase() : '') {
        case 'fixed':
            return 'fixed';
        case 'not-fixed':
            return 'not-fixed';
        case 'wont-fix':
            return 'wont-fix';
        case '':
            return versions.length > 0 ? 'fixed' : 'unknown';
        default:
            return 'unknown';
    }
}
/** Highest CVSS v3.x base score over any number of Grype `cvss[]` arrays. */
function highestGrypeCvssV3(...lists) {
    let best;
    for (const list of lists) {
        for (const entry of grype_parser_objects(list)) {
            const version = typeof entry.version === 'string' ? entry.version : '';
            if (!version.startsWith('3'))
                continue;
            const metrics = (0,json/* isObject */.G)(entry.metrics) ? entry.metrics : {};
            const score = metrics.baseScore;
            if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10) {
                best = best === undefined ? score : Math.max(best, score);
            }
        }
    }
    return best;
}
/** Package types Grype matches against a distro's advisories (syft's OS package types). */
const OS_PACKAGE_TYPES = new Set(['apk', 'deb', 'rpm', 'alpm', 'portage', 'msrc-kb']);
/** Ecosystem names for language packages without a location, as Trivy names aggregated results. */
const ECOSYSTEMS = {
    npm: 'Node.js',
    python: 'Python',
    gem: 'Ruby',
    'java-archive': 'Java',
    'jenkins-plugin': 'Java',
    'graalvm-native-image': 'Java',
    'go-module': 'Go',
    'rust-crate': 'Rust',
    'php-composer': 'PHP',
    'php-pecl': 'PHP',
    'php-pear': 'PHP',
    dotnet: '.NET',
    hex: 'Elixir',
    'erlang-otp': 'Erlang',
    'dart-pub': 'Dart',
    swift: 'Swift',
    conan: 'Conan',
    pod: 'CocoaPods',
    hackage: 'Haskell',
    'lua-rocks': 'Lua',
    'github-action': 'GitHub Actions',
    'github-action-workflow': 'GitHub Actions',
};
/** Schemes Grype accepts before a source; userInput may carry one. */
const SOURCE_SCHEME = /^(registry|docker|podman|containerd|docker-archive|oci-archive|oci-dir|singularity|dir|file|sbom):/;
/** `ghcr.io/org/app:1.0@sha256:…` → `ghcr.io/org/app`. */
function repositoryOf(reference) {
    return reference.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
}
/** `docker.io/library/alpine` and `alpine` name the same repository. */
function canonicalRepository(repository) {
    const lower = repository.toLowerCase();
    const noHub = lower.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    return noHub.replace(/^library\//, '');
}
/** An image reference rather than an archive or layout path (`/tmp/app.tar`, `./oci`). */
const REFERENCE_LIKE = /^[a-z0-9][a-z0-9._:/-]*$/;
const ARCHIVE_LIKE = /\.(tar|tgz|tar\.gz|sif)$/i;
/**
 * The image digest as repo@sha256:… (what Trivy reports): the repo digest of
 * the scanned repository when there are several, else the manifest digest
 * under the scanned repository, else the bare manifest digest.
 */
function pickImageDigest(userInput, target) {
    const repository = repositoryOf(userInput);
    const repoDigests = grype_parser_strings(target.repoDigests).filter((d) => d.includes('@'));
    if (repoDigests.length > 0) {
        const wanted = canonicalRepository(repository);
        return repoDigests.find((d) => canonicalRepository(d.split('@')[0] ?? '') === wanted) ?? repoDigests[0];
    }
    const manifestDigest = grype_parser_str(target.manifestDigest);
    if (!manifestDigest)
        return undefined;
    return REFERENCE_LIKE.test(repository) && !ARCHIVE_LIKE.test(repository)
        ? `${repository}@${manifestDigest}`
        : manifestDigest;
}
function describeSource(source) {
    if (!(0,json/* isObject */.G)(source))
        return { artifactName: '', artifactType: 'unknown', directory: false };
    const type = grype_parser_str(source.type);
    const target = source.target;
    switch (type) {
        case 'image': {
            const meta = (0,json/* isObject */.G)(target) ? target : {};
            const userInput = (grype_parser_str(meta.userInput) ?? grype_parser_strings(meta.tags)[0] ?? grype_parser_str(meta.imageID) ?? '').replace(SOURCE_SCHEME, '');
            const info = { artifactName: userInput, artifactType: 'image', directory: false };
            const digest = pickImageDigest(userInput, meta);
            if (digest)
                info.artifactDigest = digest;
            return info;
        }
        case 'directory':
            return { artifactName: grype_parser_str(target) ?? '', artifactType: 'filesystem', directory: true };
        case 'file':
            return { artifactName: grype_parser_str(target) ?? '', artifactType: 'filesystem', directory: false };
        default:
            // purl, purl-file, cpe, unknown (an SBOM without source metadata)
            return {
                artifactName: typeof target === 'string' && target !== 'unknown' ? target : '',
                artifactType: 'unknown',
                directory: false,
            };
    }
}
/** A relative, forward-slash path inside the scanned tree, or undefined. */
function treePath(path) {
    const relative = path
        .replace(/\\/g, '/')
        .replace(/^\/+/, '')
        .replace(/^(\.\/)+/, '');
    if (relative === '' || relative === '.' || /^[a-zA-Z]:/.test(relative))
        return undefined;
    if (relative.split('/').some((segment) => segment === '..'))
        return undefined;
    return relative;
}
/** "A ReDoS issue was discovered in … Ruby. More text" → the first sentence, on one line, at most ~120 characters. */
function titleFrom(description, id) {
    if (!description)
        return id;
    const line = description.replace(/\s+/g, ' ').trim();
    const sentence = /^(.+?[.!?])(?:\s|$)/.exec(line)?.[1] ?? line;
    if (sentence.length <= 120)
        return sentence;
    const cut = sentence.slice(0, 119);
    const space = cut.lastIndexOf(' ');
    return `${space > 60 ? cut.slice(0, space) : cut}…`;
}
function grype_parser_dedupeKey(finding) {
    return [finding.id, finding.packageName, finding.packageVersion, finding.target].join('\u0000');
}
/**
 * The shape every Grype match has; throws `unexpected(path, problem)` for
 * anything else, so that a renamed or moved field cannot hide a finding.
 */
function checkMatch(match, path, unexpected) {
    if (!(0,json/* isObject */.G)(match))
        unexpected(path, `is ${describeJson(match)}, expected an object`);
    const { vulnerability, artifact } = match;
    if (!(0,json/* isObject */.G)(vulnerability))
        unexpected(`${path}.vulnerability`, `is ${describeJson(vulnerability)}, expected an object`);
    if (!(0,json/* isObject */.G)(artifact))
        unexpected(`${path}.artifact`, `is ${describeJson(artifact)}, expected an object`);
    const id = grype_parser_str(vulnerability.id)?.trim();
    if (!id)
        unexpected(`${path}.vulnerability.id`, `is ${describeJson(vulnerability.id)}, expected a non-empty string`);
    const raw = vulnerability.severity;
    if (raw !== undefined &&
        raw !== '' &&
        (typeof raw !== 'string' || !GRYPE_SEVERITY_NAMES.some((name) => name.toLowerCase() === raw.trim().toLowerCase()))) {
        unexpected(`${path}.vulnerability.severity`, `is ${describeJson(raw)}, not one of ${GRYPE_SEVERITY_NAMES.join(', ')}`);
    }
    return { vulnerability, artifact, id, severity: normalizeGrypeSeverity(raw) };
}
function matchToFinding(checked, match, context) {
    const { vulnerability, artifact, id } = checked;
    const related = grype_parser_objects(match.relatedVulnerabilities);
    const fix = (0,json/* isObject */.G)(vulnerability.fix) ? vulnerability.fix : {};
    const fixedVersions = [...new Set(grype_parser_strings(fix.versions))];
    const aliases = [
        ...new Set(related.map((r) => grype_parser_str(r.id)?.trim()).filter((a) => a !== undefined && a !== id)),
    ];
    const description = grype_parser_str(vulnerability.description) ?? related.map((r) => grype_parser_str(r.description)).find((d) => d !== undefined);
    const references = [...new Set([...grype_parser_strings(vulnerability.urls), ...related.flatMap((r) => grype_parser_strings(r.urls))])];
    const type = grype_parser_str(artifact.type);
    const isOsPackage = type !== undefined && OS_PACKAGE_TYPES.has(type);
    const firstPath = grype_parser_objects(artifact.locations)
        .map((l) => grype_parser_str(l.path))
        .find((p) => p !== undefined);
    const relativePath = firstPath ? treePath(firstPath) : undefined;
    let target;
    if (isOsPackage) {
        target = context.distroTarget ?? relativePath ?? (context.source.artifactName || type);
    }
    else {
        target =
            relativePath ?? (type ? ECOSYSTEMS[type] : undefined) ?? (context.source.artifactName || type || 'unknown');
    }
    const finding = {
        kind: 'vulnerability',
        id,
        aliases,
        severity: checked.severity,
        title: titleFrom(description, id),
        target,
        references,
        fixState: normalizeGrypeFixState(fix.state, fixedVersions),
    };
    return withOptional(finding, {
        description,
        targetType: isOsPackage ? (context.distroName ?? type) : type,
        packageName: grype_parser_str(artifact.name),
        packageVersion: grype_parser_str(artifact.version),
        purl: grype_parser_str(artifact.purl),
        fixedVersion: fixedVersions.length > 0 ? fixedVersions.join(', ') : undefined,
        primaryUrl: grype_parser_str(vulnerability.dataSource) ?? references[0],
        cvssScore: highestGrypeCvssV3(vulnerability.cvss, ...related.map((r) => r.cvss)),
        // A lockfile/manifest in the scanned directory is the file to point at; OS packages have none.
        location: context.source.directory && !isOsPackage && relativePath ? { path: relativePath } : undefined,
    });
}
/** Parses Grype's JSON text (or bytes). Throws InfrastructureError on anything unusable. */
function parseGrypeReport(input, options = {}) {
    return grype_parser_grypeReportFromJson(parseReportJson(input, grype_parser_PARSE_FAILURE, 'Grype', options.source), options);
}
function notGrypeHint(data) {
    if ('bomFormat' in data)
        return ' (this looks like a CycloneDX document: run Grype with `-o json`)';
    if ('spdxVersion' in data)
        return ' (this looks like an SPDX document, not a Grype report)';
    if ('runs' in data && 'version' in data)
        return ' (this looks like SARIF: run Grype with `-o json`)';
    if ('SchemaVersion' in data || 'Results' in data)
        return ' (this looks like a Trivy report)';
    if ('artifacts' in data && 'source' in data)
        return ' (this looks like a Syft SBOM, not a Grype report)';
    return '';
}
/** Converts an already-parsed Grype JSON document. */
function grype_parser_grypeReportFromJson(data, options = {}) {
    const from = options.source ? ` (${options.source})` : '';
    if (!(0,json/* isObject */.G)(data)) {
        throw new src/* InfrastructureError */.EN(`${grype_parser_PARSE_FAILURE}${from}: expected a JSON object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}`);
    }
    const descriptor = (0,json/* isObject */.G)(data.descriptor) ? data.descriptor : undefined;
    const isGrype = descriptor?.name === 'grype';
    if (!Array.isArray(data.matches) && !(isGrype && (data.matches === undefined || data.matches === null))) {
        const got = 'matches' in data ? 'a `matches` field that is not an array' : 'no `matches` array';
        throw new src/* InfrastructureError */.EN(`${grype_parser_PARSE_FAILURE}${from}: it has ${got}${notGrypeHint(data)}; this action reads \`grype -o json\` reports`);
    }
    const source = describeSource(data.source);
    if (options.artifactType)
        source.artifactType = options.artifactType;
    if (options.artifactType && options.artifactType !== 'filesystem' && options.artifactType !== 'repository')
        source.directory = false;
    const distro = (0,json/* isObject */.G)(data.distro) ? data.distro : {};
    const distroName = grype_parser_str(distro.name)?.trim();
    const distroTarget = distroName ? [distroName, grype_parser_str(distro.version)?.trim()].filter(Boolean).join(' ') : undefined;
    const context = {
        source,
        ...(distroTarget ? { distroTarget } : {}),
        ...(distroName ? { distroName } : {}),
    };
    const findings = [];
    const seen = new Set();
    const targets = new Set();
    if (distroTarget)
        targets.add(distroTarget);
    const unexpected = (path, problem) => {
        throw new src/* InfrastructureError */.EN(`${grype_parser_PARSE_FAILURE}${from}: unexpected report shape: ${path} ${problem}. The report was not used (an unreadable report never ` +
            'counts as "no findings"); check that the Grype version writes the `-o json` format this action reads.');
    };
    const matches = Array.isArray(data.matches) ? data.matches : [];
    for (const [index, match] of matches.entries()) {
        const checked = checkMatch(match, `matches[${index}]`, unexpected);
        const finding = matchToFinding(checked, match, context);
        const key = grype_parser_dedupeKey(finding);
        if (seen.has(key))
            continue;
        seen.add(key);
        targets.add(finding.target);
        findings.push(finding);
    }
    const report = {
        tool: { name: 'Grype', informationUri: GRYPE_INFORMATION_URI },
        artifactName: source.artifactName,
        artifactType: source.artifactType,
        findings,
        targets: [...targets],
    };
    // Development builds and Grype's own test snapshots say "[not provided]".
    const version = grype_parser_str(descriptor?.version)?.trim();
    if (version && !/^\[.*\]$/.test(version))
        report.tool.version = version.replace(/^v(?=\d)/, '');
    if (source.artifactDigest)
        report.artifactDigest = source.artifactDigest;
    return report;
}

;// CONCATENATED MODULE: ./packages/findings/src/vex.ts


/**
 * OpenVEX documents (https://openvex.dev, spec v0.2.0; v0.0.x documents are
 * read too) and applying them to findings.
 *
 * This runs in our code, after parsing, for **both** engines: the same VEX
 * file suppresses the same findings whether Trivy or Grype scanned, and the
 * suppressed findings (with the statement that suppressed them) are kept for
 * the summary instead of vanishing inside a scanner. Neither scanner is given
 * the documents.
 *
 * A statement suppresses a finding when all of these hold:
 * - its status is `not_affected` or `fixed` (`affected` and
 *   `under_investigation` never suppress; they do override an older
 *   `not_affected`, see below);
 * - its vulnerability name or one of its aliases equals the finding's id or
 *   one of the finding's aliases (CVE ↔ GHSA), case-insensitively;
 * - it has no products (it applies to everything scanned), or one product
 *   matches:
 *   - a package URL matches the finding's purl on type, namespace and name;
 *     version, qualifiers and subpath are compared only when the statement's
 *     purl has them (`pkg:npm/lodash` covers every lodash; `…@4.17.20` only
 *     that version; `?arch=x86_64` only that arch);
 *   - an image (an OCI purl `pkg:oci/app@sha256%3A…?repository_url=…`, a
 *     reference `ghcr.io/org/app[:tag][@sha256:…]`, a bare `sha256:…`, or a
 *     `hashes.sha-256`) matches the scanned image by digest, or by repository
 *     (and tag, when given) when it has no digest. When that product lists
 *     `subcomponents`, the finding's purl must match one of them; without,
 *     the statement covers every finding in the image.
 * - Of all statements that apply to a finding, the latest wins (statement
 *   timestamp, else its document's; at equal or missing times the one read
 *   last): a newer `affected` brings back a finding an older `not_affected`
 *   suppressed.
 *
 * CPE identifiers are not matched (neither scanner gives one per finding in
 * our model).
 */
const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
/** `https://openvex.dev/ns`, `…/ns/v0.0.1`, `…/ns/v0.2.0` and other 0.x releases. */
const CONTEXT_PATTERN = /^https:\/\/openvex\.dev\/ns(?:\/v0\.\d+\.\d+)?\/?$/;
const VEX_STATUSES = (/* unused pure expression or super */ null && (['not_affected', 'affected', 'fixed', 'under_investigation']));
const VEX_JUSTIFICATIONS = (/* unused pure expression or super */ null && ([
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
]));
function vex_str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** A short, quoted rendering of an untrusted value for messages. */
function shown(value) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return `'${label(text)}'`;
}
/** An untrusted name for messages: no control characters, bounded. */
function label(value) {
    return [...value.slice(0, 80)]
        .map((c) => (c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) ? ' ' : c))
        .join('');
}
function fail(source, detail, cause) {
    throw new ConfigurationError(`VEX document ${source}: ${detail}`, cause === undefined ? undefined : { cause });
}
function timestampOf(value, source, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
        fail(source, `${where} has an invalid timestamp ${shown(value)} (expected ISO 8601, e.g. 2024-05-01T12:00:00Z).`);
    }
    return value;
}
/** Identifiers of a component: strings (v0.0.x) or {@id, identifiers{purl,…}, hashes{sha-256,…}} (v0.2.0). */
function componentOf(value, source, where) {
    if (typeof value === 'string') {
        if (value.trim() === '')
            fail(source, `${where} is an empty string.`);
        return { identifiers: [value.trim()] };
    }
    if (!isObject(value))
        fail(source, `${where} must be an object or a string, got ${shown(value)}.`);
    const identifiers = [];
    const id = vex_str(value['@id']);
    if (id)
        identifiers.push(id);
    if (value.identifiers !== undefined) {
        if (!isObject(value.identifiers))
            fail(source, `${where}: \`identifiers\` must be an object.`);
        const purl = vex_str(value.identifiers.purl);
        if (purl)
            identifiers.push(purl);
    }
    if (value.hashes !== undefined) {
        if (!isObject(value.hashes))
            fail(source, `${where}: \`hashes\` must be an object.`);
        const sha256 = vex_str(value.hashes['sha-256']) ?? vex_str(value.hashes.sha256);
        if (sha256)
            identifiers.push(`sha256:${sha256.toLowerCase().replace(/^sha256:/, '')}`);
    }
    // CPEs are kept for display; they never match (see the module comment).
    const cpe = isObject(value.identifiers) ? (vex_str(value.identifiers.cpe23) ?? vex_str(value.identifiers.cpe22)) : undefined;
    if (cpe)
        identifiers.push(cpe);
    if (identifiers.length === 0) {
        fail(source, `${where} identifies nothing: give it an @id, identifiers.purl or hashes.sha-256.`);
    }
    return { identifiers: [...new Set(identifiers)] };
}
function componentList(value, source, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        fail(source, `${where} must be an array.`);
    return value.map((item, i) => componentOf(item, source, `${where}[${i}]`));
}
function statementOf(value, index, source, documentTime) {
    const where = `statement ${index + 1}`;
    if (!isObject(value))
        fail(source, `${where} must be an object.`);
    let vulnerability;
    let aliases = [];
    if (typeof value.vulnerability === 'string') {
        vulnerability = vex_str(value.vulnerability);
    }
    else if (isObject(value.vulnerability)) {
        vulnerability = vex_str(value.vulnerability.name);
        const rawAliases = value.vulnerability.aliases;
        if (rawAliases !== undefined && !Array.isArray(rawAliases))
            fail(source, `${where}: vulnerability.aliases must be an array of strings.`);
        aliases = (rawAliases ?? [])
            .map((a) => vex_str(a))
            .filter((a) => a !== undefined);
    }
    if (!vulnerability)
        fail(source, `${where} has no vulnerability name (expected "vulnerability": {"name": "CVE-…"}).`);
    const status = value.status;
    if (typeof status !== 'string' || !VEX_STATUSES.includes(status)) {
        fail(source, `${where} (${label(vulnerability)}): status ${shown(status)} is not one of ${VEX_STATUSES.join(', ')}.`);
    }
    const justification = vex_str(value.justification);
    if (justification && !VEX_JUSTIFICATIONS.includes(justification)) {
        fail(source, `${where} (${label(vulnerability)}): justification ${shown(justification)} is not one of ${VEX_JUSTIFICATIONS.join(', ')}.`);
    }
    const impactStatement = vex_str(value.impact_statement);
    if (status === 'not_affected' && !justification && !impactStatement) {
        fail(source, `${where} (${label(vulnerability)}): a not_affected statement needs a justification or an impact_statement.`);
    }
    const statementSubcomponents = componentList(value.subcomponents, source, `${where} subcomponents`);
    if (value.products !== undefined && value.products !== null && !Array.isArray(value.products)) {
        fail(source, `${where} (${label(vulnerability)}): products must be an array.`);
    }
    const products = (value.products ?? []).map((item, i) => {
        const component = componentOf(item, source, `${where} product ${i + 1}`);
        const nested = isObject(item)
            ? componentList(item.subcomponents, source, `${where} product ${i + 1} subcomponents`)
            : [];
        return { ...component, subcomponents: [...nested, ...statementSubcomponents] };
    });
    // v0.0.x: subcomponents next to products; with no products they still narrow the statement.
    if (products.length === 0 && statementSubcomponents.length > 0) {
        products.push(...statementSubcomponents.map((c) => ({ identifiers: c.identifiers, subcomponents: [] })));
    }
    const statement = {
        vulnerability,
        aliases: [...new Set(aliases)],
        status: status,
        products,
    };
    if (justification)
        statement.justification = justification;
    if (impactStatement)
        statement.impactStatement = impactStatement;
    const timestamp = timestampOf(value.timestamp, source, where) ?? documentTime;
    if (timestamp)
        statement.timestamp = timestamp;
    return statement;
}
function notOpenVexHint(data) {
    if (isObject(data.document) && data.document.category === 'csaf_vex')
        return ' It looks like CSAF VEX; convert it to OpenVEX (e.g. `vexctl`).';
    if ('bomFormat' in data)
        return ' It looks like CycloneDX; only OpenVEX documents are read.';
    return '';
}
/** Reads one OpenVEX document. Throws ConfigurationError naming `options.source` when it is not one. */
function parseVexDocument(input, options) {
    const text = (typeof input === 'string' ? input : Buffer.from(input).toString('utf8')).replace(/^\uFEFF/, '');
    if (text.trim() === '')
        fail(options.source, 'the file is empty.');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        fail(options.source, `not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, error);
    }
    return vexDocumentFromJson(data, options);
}
/** Converts an already-parsed OpenVEX document. */
function vexDocumentFromJson(data, options) {
    const { source } = options;
    if (!isObject(data))
        fail(source, `expected a JSON object, got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}.`);
    const contexts = Array.isArray(data['@context']) ? data['@context'] : [data['@context']];
    if (!contexts.some((c) => typeof c === 'string' && CONTEXT_PATTERN.test(c))) {
        const got = data['@context'] === undefined ? 'no @context' : `@context ${shown(data['@context'])}`;
        fail(source, `not an OpenVEX document: it has ${got}; expected "${OPENVEX_CONTEXT}".${notOpenVexHint(data)}`);
    }
    if (!Array.isArray(data.statements))
        fail(source, 'has no `statements` array.');
    const timestamp = timestampOf(data.timestamp, source, 'the document');
    const document = {
        source,
        statements: data.statements.map((s, i) => statementOf(s, i, source, timestamp)),
    };
    const id = vex_str(data['@id']);
    if (id)
        document.id = id;
    const author = vex_str(data.author);
    if (author)
        document.author = author;
    if (timestamp)
        document.timestamp = timestamp;
    return document;
}
// ---- matching ----
function decode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** pkg:type/namespace/name@version?qualifiers#subpath (lenient: enough to compare). */
function parsePackageUrl(value) {
    if (!/^pkg:/i.test(value))
        return undefined;
    let rest = value.slice(4).replace(/^\/+/, '');
    let subpath;
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        subpath = decode(rest.slice(hash + 1)).replace(/^\/+|\/+$/g, '') || undefined;
        rest = rest.slice(0, hash);
    }
    const qualifiers = new Map();
    const question = rest.indexOf('?');
    if (question >= 0) {
        for (const pair of rest.slice(question + 1).split('&')) {
            const eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const key = pair.slice(0, eq).toLowerCase();
            const val = decode(pair.slice(eq + 1));
            if (val !== '')
                qualifiers.set(key, val);
        }
        rest = rest.slice(0, question);
    }
    let version;
    // The version follows an '@' in the last segment (a raw '@' may start an npm scope).
    const at = rest.indexOf('@', rest.lastIndexOf('/') + 1);
    if (at >= 0) {
        version = decode(rest.slice(at + 1)) || undefined;
        rest = rest.slice(0, at);
    }
    const segments = rest.split('/').filter((s) => s !== '');
    const type = segments.shift()?.toLowerCase();
    const name = segments.pop();
    if (!type || !name)
        return undefined;
    const purl = { type, namespace: segments.map(decode).join('/'), name: decode(name), qualifiers };
    if (version)
        purl.version = version;
    if (subpath)
        purl.subpath = subpath;
    return purl;
}
/** True when `pattern` (from a statement) covers `purl` (a finding's). */
function packageUrlMatches(pattern, purl) {
    if (!purl)
        return false;
    const p = parsePackageUrl(pattern);
    const f = parsePackageUrl(purl);
    if (!p || !f)
        return false;
    if (p.type !== f.type ||
        p.name.toLowerCase() !== f.name.toLowerCase() ||
        p.namespace.toLowerCase() !== f.namespace.toLowerCase()) {
        return false;
    }
    if (p.version !== undefined && p.version !== f.version)
        return false;
    if (p.subpath !== undefined && p.subpath !== f.subpath)
        return false;
    for (const [key, value] of p.qualifiers) {
        if (f.qualifiers.get(key) !== value)
            return false;
    }
    return true;
}
function vex_canonicalRepository(repository) {
    return repository
        .toLowerCase()
        .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
        .replace(/^library\//, '');
}
/** ghcr.io/org/app:1.0@sha256:… | sha256:… | pkg:oci/app@sha256%3A…?repository_url=…&tag=… */
function parseImage(value) {
    const text = value.trim();
    if (SHA256_DIGEST.test(text.toLowerCase()))
        return { digest: text.toLowerCase() };
    if (/^pkg:/i.test(text)) {
        const purl = parsePackageUrl(text);
        if (!purl || purl.type !== 'oci')
            return undefined;
        const ref = {};
        if (purl.version && SHA256_DIGEST.test(purl.version.toLowerCase()))
            ref.digest = purl.version.toLowerCase();
        const repositoryUrl = purl.qualifiers.get('repository_url');
        if (repositoryUrl)
            ref.repository = vex_canonicalRepository(repositoryUrl.replace(/^[a-z]+:\/\//, ''));
        const tag = purl.qualifiers.get('tag');
        if (tag)
            ref.tag = tag;
        return ref.digest || ref.repository ? ref : undefined;
    }
    if (text.includes('://') || /\s/.test(text) || /^cpe:/i.test(text))
        return undefined;
    const at = text.indexOf('@');
    const ref = {};
    let name = text;
    if (at >= 0) {
        const digest = text.slice(at + 1).toLowerCase();
        if (!SHA256_DIGEST.test(digest))
            return undefined;
        ref.digest = digest;
        name = text.slice(0, at);
    }
    const tagMatch = /:([\w][\w.-]{0,127})$/.exec(name);
    if (tagMatch) {
        ref.tag = tagMatch[1];
        name = name.slice(0, tagMatch.index);
    }
    if (name)
        ref.repository = vex_canonicalRepository(name);
    return ref.digest || ref.repository ? ref : undefined;
}
function artifactIdentity(options) {
    const identity = { repositories: new Set(), tags: new Set(), digests: new Set() };
    for (const value of [options.artifactName, options.artifactDigest]) {
        if (!value)
            continue;
        const ref = parseImage(value);
        if (!ref)
            continue;
        if (ref.repository)
            identity.repositories.add(ref.repository);
        if (ref.tag)
            identity.tags.add(ref.tag);
        if (ref.digest)
            identity.digests.add(ref.digest);
    }
    return identity;
}
function imageMatches(identifier, artifact) {
    const ref = parseImage(identifier);
    if (!ref)
        return false;
    if (ref.digest)
        return artifact.digests.has(ref.digest);
    if (!ref.repository || !artifact.repositories.has(ref.repository))
        return false;
    return ref.tag === undefined || artifact.tags.has(ref.tag);
}
function statementApplies(statement, finding, artifact) {
    if (statement.products.length === 0)
        return true;
    return statement.products.some((product) => {
        if (product.identifiers.some((id) => packageUrlMatches(id, finding.purl)))
            return true;
        if (!product.identifiers.some((id) => imageMatches(id, artifact)))
            return false;
        if (product.subcomponents.length === 0)
            return true;
        return product.subcomponents.some((sub) => sub.identifiers.some((id) => packageUrlMatches(id, finding.purl)));
    });
}
/** Convenience: the artifact fields of a report, for `applyVex`. */
function vexArtifactOf(report) {
    return {
        artifactName: report.artifactName,
        ...(report.artifactDigest ? { artifactDigest: report.artifactDigest } : {}),
    };
}
function timeOf(statement) {
    const time = statement.timestamp ? Date.parse(statement.timestamp) : Number.NaN;
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
/**
 * Splits findings into kept and suppressed by the documents' statements (see
 * the module comment for the matching rules). Order of `kept` is preserved.
 */
function applyVex(findings, documents, options = {}) {
    const artifact = artifactIdentity(options);
    // Index by upper-cased vulnerability name and alias; keep reading order for ties.
    const byVulnerability = new Map();
    let order = 0;
    for (const document of documents) {
        for (const statement of document.statements) {
            const entry = { statement, source: document.source, order: order++ };
            for (const name of new Set([statement.vulnerability, ...statement.aliases].map((n) => n.toUpperCase()))) {
                const list = byVulnerability.get(name) ?? [];
                list.push(entry);
                byVulnerability.set(name, list);
            }
        }
    }
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const candidates = new Map();
        for (const id of [finding.id, ...finding.aliases]) {
            for (const entry of byVulnerability.get(id.toUpperCase()) ?? [])
                candidates.set(entry.order, entry);
        }
        let winner;
        for (const entry of candidates.values()) {
            if (!statementApplies(entry.statement, finding, artifact))
                continue;
            if (!winner ||
                timeOf(entry.statement) > timeOf(winner.statement) ||
                (timeOf(entry.statement) === timeOf(winner.statement) && entry.order > winner.order)) {
                winner = entry;
            }
        }
        if (winner && (winner.statement.status === 'not_affected' || winner.statement.status === 'fixed')) {
            const { statement } = winner;
            suppressed.push({
                finding,
                statement: {
                    status: statement.status,
                    ...(statement.justification ? { justification: statement.justification } : {}),
                    ...(statement.impactStatement ? { impactStatement: statement.impactStatement } : {}),
                    vulnerability: statement.vulnerability,
                    products: statement.products.map((p) => p.identifiers[0] ?? ''),
                    ...(statement.timestamp ? { timestamp: statement.timestamp } : {}),
                    source: winner.source,
                },
            });
        }
        else {
            kept.push(finding);
        }
    }
    return { kept, suppressed };
}

;// CONCATENATED MODULE: ./packages/findings/src/baseline.ts





const CVE = /^CVE-\d{4}-\d+$/i;
/** The identifier a finding is keyed by: its CVE when it has one, else its id (upper-cased). */
function canonicalId(finding) {
    const ids = [finding.id, ...finding.aliases].map((id) => id.trim().toUpperCase());
    if (finding.kind !== 'vulnerability')
        return ids[0] ?? '';
    const cves = ids.filter((id) => CVE.test(id)).sort();
    return cves[0] ?? ids[0] ?? '';
}
/** The target a finding is keyed by (see the module comment for OS targets). */
function canonicalTarget(finding) {
    const target = finding.target.trim().replace(/\\/g, '/');
    const lower = target.toLowerCase();
    const type = finding.targetType?.toLowerCase();
    if (type) {
        // Trivy: "<image or path> (<os> <version>)", the version possibly with parentheses ("2 (Karoo)").
        if (lower.endsWith(')') && lower.includes(` (${type} `))
            return `os:${type}`;
        // Grype: "<distro> <version>".
        if (!target.includes('/') && lower.startsWith(`${type} `))
            return `os:${type}`;
    }
    const trivyOs = /^[^()]+ \(([A-Za-z][\w.-]*) .*\)$/.exec(target);
    if (trivyOs?.[1])
        return `os:${trivyOs[1].toLowerCase()}`;
    return target.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}
/** Stable identity of a finding across scans (see the module comment for what is left out and why). */
function findingKey(finding) {
    return [finding.kind, canonicalId(finding), finding.packageName ?? '', canonicalTarget(finding)].join('\u0000');
}
function group(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const key = findingKey(finding);
        const list = groups.get(key);
        if (list)
            list.push(finding);
        else
            groups.set(key, [finding]);
    }
    return groups;
}
/** Pairs findings of one key: the same message first, then in order. */
function pair(current, baseline) {
    const remaining = [...baseline];
    const unmatched = [];
    const unchanged = [];
    for (const finding of current) {
        const index = remaining.findIndex((b) => (b.message ?? '') === (finding.message ?? ''));
        if (index >= 0) {
            remaining.splice(index, 1);
            unchanged.push(finding);
        }
        else {
            unmatched.push(finding);
        }
    }
    const added = [];
    for (const finding of unmatched) {
        if (remaining.length > 0) {
            remaining.shift();
            unchanged.push(finding);
        }
        else {
            added.push(finding);
        }
    }
    return { added, fixed: remaining, unchanged };
}
/** New, fixed and unchanged findings, each list most severe first. */
function diffAgainstBaseline(current, baseline) {
    const before = group(baseline);
    const diff = { added: [], fixed: [], unchanged: [] };
    for (const [key, findings] of group(current)) {
        const paired = pair(findings, before.get(key) ?? []);
        before.delete(key);
        diff.added.push(...paired.added);
        diff.fixed.push(...paired.fixed);
        diff.unchanged.push(...paired.unchanged);
    }
    for (const findings of before.values())
        diff.fixed.push(...findings);
    diff.added.sort(compareFindings);
    diff.fixed.sort(compareFindings);
    diff.unchanged.sort(compareFindings);
    return diff;
}
/** Which scanner wrote a JSON report, from its shape. */
function detectReportFormat(data) {
    if (!isObject(data))
        return undefined;
    if ('SchemaVersion' in data)
        return 'trivy';
    const descriptor = isObject(data.descriptor) ? data.descriptor : {};
    if (Array.isArray(data.matches) && descriptor.name === 'grype')
        return 'grype';
    return undefined;
}
/**
 * A baseline report file (Trivy `--format json` or Grype `-o json`, detected
 * from its content) → ScanReport. Anything unreadable is the user's input to
 * fix: a ConfigurationError naming `source`.
 */
function parseBaselineReport(text, source) {
    const where = `The baseline report ${source}`;
    if (text.trim() === '')
        throw new ConfigurationError(`${where} is empty`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ConfigurationError(`${where} is not JSON: ${errorMessage(error)}`, { cause: error });
    }
    const format = detectReportFormat(data);
    try {
        if (format === 'trivy')
            return trivyReportFromJson(data, { source });
        if (format === 'grype')
            return grypeReportFromJson(data, { source });
    }
    catch (error) {
        if (error instanceof InfrastructureError)
            throw new ConfigurationError(`${where} cannot be used: ${error.message}`, { cause: error });
        throw error;
    }
    throw new ConfigurationError(`${where} is neither a Trivy JSON report (with SchemaVersion) nor a Grype JSON report (with matches and descriptor.name "grype"): ` +
        "pass the scan's `json-file` output of an earlier run");
}

;// CONCATENATED MODULE: ./packages/findings/src/cyclonedx-vuln-renderer.ts



/**
 * ScanReport → a CycloneDX 1.6 JSON document of the vulnerabilities found
 * (a vulnerability disclosure report: the scanned artifact as
 * `metadata.component`, the affected packages as `components`, and one
 * `vulnerabilities` entry per identifier affecting one or more of them).
 *
 * - Components are the packages named by vulnerability findings, one per
 *   package URL (or, without one, per target + name + version); `bom-ref` is
 *   the purl, else that stable key, so the same package gets the same
 *   reference in every run.
 * - Ratings: the scanner's verdict as a severity-only rating, plus the
 *   highest CVSS v3 base score with its band when known (the two can differ:
 *   a distribution rates a flaw in its package lower than NVD does).
 * - `affects` lists each package with its installed version as affected and
 *   its fixed versions as unaffected; `recommendation` says what to upgrade.
 * - Misconfigurations, secrets and license findings are not vulnerabilities
 *   in CycloneDX's sense and are left out (counted in `omitted`).
 * Text from the report is stripped of invisible characters; links are kept
 * only when they are http(s) URLs.
 */
const CYCLONEDX_SPEC_VERSION = '1.6';
function cyclonedx_vuln_renderer_clean(value) {
    return stripInvisible(value).trim();
}
/** Where an identifier comes from, when its form says so. */
function vulnerabilitySource(id, fallbackUrl) {
    if (/^CVE-\d{4}-\d+$/i.test(id))
        return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id.toUpperCase()}` };
    if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i.test(id))
        return { name: 'GitHub Advisory Database', url: `https://github.com/advisories/${id}` };
    const url = safeUrl(fallbackUrl);
    return url ? { url } : {};
}
function componentRef(finding) {
    if (finding.purl)
        return cyclonedx_vuln_renderer_clean(finding.purl);
    return `scs:component:${cyclonedx_vuln_renderer_clean(finding.target)}:${cyclonedx_vuln_renderer_clean(finding.packageName ?? 'unknown')}@${cyclonedx_vuln_renderer_clean(finding.packageVersion ?? '')}`;
}
function splitVersions(value) {
    if (!value)
        return [];
    return [
        ...new Set(value
            .split(',')
            .map((v) => cyclonedx_vuln_renderer_clean(v))
            .filter((v) => v !== '')),
    ];
}
function artifactComponentType(type) {
    return type === 'image' ? 'container' : 'application';
}
/** The affected packages (one component per reference) and the findings grouped by vulnerability id. */
function collectComponents(vulns) {
    const components = new Map();
    const byId = new Map();
    for (const finding of vulns) {
        const ref = componentRef(finding);
        if (!components.has(ref)) {
            const component = {
                'bom-ref': ref,
                type: 'library',
                name: cyclonedx_vuln_renderer_clean(finding.packageName ?? '') || 'unknown',
            };
            if (finding.packageVersion)
                component.version = cyclonedx_vuln_renderer_clean(finding.packageVersion);
            if (finding.purl)
                component.purl = cyclonedx_vuln_renderer_clean(finding.purl);
            component.properties = [{ name: 'scs:target', value: cyclonedx_vuln_renderer_clean(finding.target) }];
            components.set(ref, component);
        }
        else {
            const properties = components.get(ref)?.properties;
            if (!properties.some((p) => p.value === cyclonedx_vuln_renderer_clean(finding.target)))
                properties.push({ name: 'scs:target', value: cyclonedx_vuln_renderer_clean(finding.target) });
        }
        const id = cyclonedx_vuln_renderer_clean(finding.id);
        const list = byId.get(id);
        if (list)
            list.push(finding);
        else
            byId.set(id, [finding]);
    }
    return { components, byId };
}
/** The scanner's severities, most severe first, plus the highest CVSS v3 score with its band. */
function ratingsOf(findings) {
    const ratings = [];
    const severities = [...new Set(findings.map((f) => f.severity))].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]);
    for (const severity of severities)
        ratings.push({ severity });
    const scores = findings.map((f) => f.cvssScore).filter((s) => s !== undefined);
    if (scores.length > 0) {
        const score = Math.max(...scores);
        ratings.push({ score, severity: cvssV3Severity(score), method: 'CVSSv3' });
    }
    return ratings;
}
/** Each affected package once (installed version affected, fixed versions unaffected) and what to upgrade. */
function affectsOf(findings) {
    const upgrades = new Map();
    const affects = new Map();
    for (const finding of findings) {
        const ref = componentRef(finding);
        const fixed = splitVersions(finding.fixedVersion);
        if (finding.packageName && fixed.length > 0)
            upgrades.set(cyclonedx_vuln_renderer_clean(finding.packageName), fixed.join(', '));
        if (affects.has(ref))
            continue;
        const versions = [];
        if (finding.packageVersion)
            versions.push({ version: cyclonedx_vuln_renderer_clean(finding.packageVersion), status: 'affected' });
        for (const version of fixed) {
            if (version !== finding.packageVersion)
                versions.push({ version, status: 'unaffected' });
        }
        affects.set(ref, versions.length > 0 ? { ref, versions } : { ref });
    }
    let recommendation;
    if (upgrades.size > 0) {
        recommendation = `Upgrade ${[...upgrades].map(([name, version]) => `${name} to ${version}`).join('; ')}.`;
    }
    else if (findings.every((f) => f.fixState === 'wont-fix')) {
        recommendation = "The maintainers will not fix this (won't fix): replace the package or accept the risk.";
    }
    return { affects: [...affects.values()], recommendation };
}
/** One `vulnerabilities` entry: an identifier and every finding of it. */
function vulnerabilityEntry(id, findings, report) {
    const first = findings[0];
    const entry = { 'bom-ref': `scs:vulnerability:${id}`, id };
    const source = vulnerabilitySource(id, first.primaryUrl);
    if (source.name || source.url)
        entry.source = source;
    const aliases = [...new Set(findings.flatMap((f) => f.aliases.map(cyclonedx_vuln_renderer_clean)))]
        .filter((a) => a !== '' && a !== id)
        .sort();
    if (aliases.length > 0) {
        entry.references = aliases.map((alias) => {
            const aliasSource = vulnerabilitySource(alias);
            return { id: alias, source: aliasSource.name || aliasSource.url ? aliasSource : { name: report.tool.name } };
        });
    }
    entry.ratings = ratingsOf(findings);
    const description = first.description ?? (first.title !== first.id ? first.title : undefined);
    if (description)
        entry.description = cyclonedx_vuln_renderer_clean(description);
    if (first.title && first.title !== first.id && first.description)
        entry.detail = cyclonedx_vuln_renderer_clean(first.title);
    const { affects, recommendation } = affectsOf(findings);
    if (recommendation)
        entry.recommendation = recommendation;
    const urls = [...new Set(findings.flatMap((f) => [f.primaryUrl, ...f.references]).map((u) => safeUrl(u)))].filter((u) => u !== undefined);
    if (urls.length > 0)
        entry.advisories = urls.slice(0, 50).map((url) => ({ url }));
    entry.affects = affects;
    return entry;
}
/** `metadata`: when, by which tool, about which artifact. */
function metadataOf(report, timestamp) {
    const tool = { type: 'application', name: report.tool.name };
    if (report.tool.version)
        tool.version = report.tool.version;
    const toolUrl = safeUrl(report.tool.informationUri);
    if (toolUrl)
        tool.externalReferences = [{ type: 'website', url: toolUrl }];
    const subject = {
        'bom-ref': 'scs:artifact',
        type: artifactComponentType(report.artifactType),
        name: cyclonedx_vuln_renderer_clean(report.artifactName) || 'unknown',
    };
    // As Syft writes it: an image's version is its digest.
    const digest = report.artifactDigest ? /sha256:[0-9a-f]{64}$/i.exec(report.artifactDigest)?.[0] : undefined;
    if (digest)
        subject.version = digest.toLowerCase();
    return {
        timestamp: typeof timestamp === 'string' ? timestamp : timestamp.toISOString(),
        tools: { components: [tool] },
        component: subject,
    };
}
function renderCycloneDxVulnerabilities(report, options = {}) {
    const all = options.findings ?? report.findings;
    const vulns = all.filter((f) => f.kind === 'vulnerability').sort(compareFindings);
    const { components, byId } = collectComponents(vulns);
    const vulnerabilities = [...byId].map(([id, findings]) => vulnerabilityEntry(id, findings, report));
    const bom = {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: CYCLONEDX_SPEC_VERSION,
        serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`,
        version: 1,
        metadata: metadataOf(report, options.timestamp ?? new Date()),
        components: [...components.values()],
        vulnerabilities,
    };
    return { bom, json: `${JSON.stringify(bom, null, 2)}\n`, omitted: all.length - vulns.length };
}

;// CONCATENATED MODULE: ./packages/findings/src/cosign-vuln-renderer.ts

/**
 * The predicate of cosign's vulnerability attestation type
 * (`cosign attest --type vuln`, predicate type
 * https://cosign.sigstore.dev/attestation/vuln/v1), which the provenance
 * action signs. Field names and shapes are cosign's (`CosignVulnPredicate` in
 * pkg/cosign/attestation): `invocation` {parameters, uri, event_id,
 * builder.id}, `scanner` {uri, version, db {uri, version}, result} and
 * `metadata` {scanStartedOn, scanFinishedOn} (RFC 3339). cosign's own Go
 * types decode it, so every string field is present (empty when unknown),
 * as in Trivy's `--format cosign-vuln`.
 *
 * - `scanner.result` is the scanner's raw JSON report, unchanged: the
 *   attestation vouches for what the tool said, not for our reading of it.
 * - `scanner.uri` is a package URL of the scanner's source repository
 *   (`pkg:github/aquasecurity/trivy@v0.50.0`), derived from the report's
 *   tool information URI.
 * - `invocation` describes the GitHub Actions run: `uri` the run attempt's
 *   page, `event_id` the run id, `builder.id` the workflow file at its ref
 *   (GITHUB_WORKFLOW_REF) when given.
 */

/** RFC 3339 in UTC, whole seconds. */
function rfc3339(date) {
    if (Number.isNaN(date.getTime()))
        throw new RangeError('scan times must be valid dates');
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** pkg:github/<owner>/<repo>@v<version> from a https://github.com/<owner>/<repo> URI. */
function scannerPurl(informationUri, version) {
    const match = /^https:\/\/github\.com\/([^/]+)\/([^/#?]+)/i.exec(informationUri);
    if (!match?.[1] || !match[2])
        return informationUri;
    const tag = version ? (/^\d/.test(version) ? `v${version}` : version) : undefined;
    return `pkg:github/${match[1].toLowerCase()}/${match[2].toLowerCase()}${tag ? `@${encodeURIComponent(tag)}` : ''}`;
}
function parsedReport(raw) {
    if (typeof raw !== 'string' && !(raw instanceof Uint8Array))
        return raw;
    const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new TypeError(`The scanner report for the cosign vuln predicate is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function renderCosignVulnPredicate(report, options) {
    const context = options.context;
    const runUri = context && context.repository && context.runId
        ? `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt || '1'}`
        : '';
    const builderId = options.workflowRef && context
        ? `${context.serverUrl.replace(/\/+$/, '')}/${options.workflowRef}`
        : (options.workflowRef ?? '');
    const predicate = {
        invocation: {
            parameters: options.parameters ?? null,
            uri: runUri,
            event_id: context?.runId ?? '',
            'builder.id': builderId,
        },
        scanner: {
            uri: options.scannerUri ?? scannerPurl(report.tool.informationUri, report.tool.version),
            version: report.tool.version ?? '',
            db: { uri: options.db?.uri ?? '', version: options.db?.version ?? '' },
            result: parsedReport(options.rawReport),
        },
        metadata: {
            scanStartedOn: rfc3339(options.scanStartedOn),
            scanFinishedOn: rfc3339(options.scanFinishedOn),
        },
    };
    return { predicate, json: `${JSON.stringify(predicate, null, 2)}\n` };
}
/** The predicate wrapped in an in-toto v1 Statement about `subjects` (what `cosign attest --type vuln` signs). */
function cosignVulnStatement(predicate, subjects) {
    if (subjects.length === 0)
        throw new RangeError('an in-toto statement needs at least one subject');
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType: COSIGN_VULN_V1,
        predicate,
    };
}

;// CONCATENATED MODULE: ./packages/findings/src/index.ts

















/***/ })

};
