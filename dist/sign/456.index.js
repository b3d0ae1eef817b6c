export const id = 456;
export const ids = [456];
export const modules = {

/***/ 6075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SigstoreEngine: () => (/* binding */ SigstoreEngine)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5179);
/* harmony import */ var _scs_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4644);
/* harmony import */ var _bundle_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9864);
/* harmony import */ var _image_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1593);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7227);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5229);
/* harmony import */ var _signing_key_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6830);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3558);
/* harmony import */ var _token_source_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2750);
/**
 * engine: sigstore — in-process signing with the official Sigstore
 * JavaScript libraries: @sigstore/sign's FulcioSigner (an ephemeral key and a
 * Fulcio certificate for our OIDC token), RekorWitness when the instance has
 * a log, TSAWitness when it has a timestamp authority;
 * DSSEBundleBuilder for statements (image signatures and attestations),
 * MessageSignatureBundleBuilder for files; bundle v0.3 JSON via
 * @sigstore/bundle.
 *
 * Retries: @sigstore/sign's fetch layer resends the same request on 5xx,
 * 408, 429, network errors and timeouts (bounded exponential backoff with
 * jitter, see retry.ts). Rekor retries are idempotent: a resent entry that
 * the log already holds is answered 409 with its location, and the existing
 * entry is fetched (TLogClient fetchOnConflict) — no second entry, and the
 * bundle carries the entry that exists.
 *
 * Like the cosign engine, every operation checks that the bundle signs
 * exactly what was requested (bundle-check.ts) before the bundle file is
 * written or anything is stored.
 */












/**
 * A signer over a private key (ECDSA P-256, SHA-256): the bundle carries a public key instead of a
 * certificate, and Rekor gets that key as the entry's verifier. The signer gives no hint: @sigstore/bundle
 * would copy it into the DSSE signature's keyid, where cosign 3.1.3 writes none — and where cosign's
 * verifier then skips the signature as another key's ("accepted signatures do not match threshold",
 * seen with the real cosign in test/interop/sign-keyed.test.ts). The hint is set in the bundle's
 * verification material afterwards (withKeyHint), as cosign writes it; it is covered by no signature.
 */
function keySigner(privateKey) {
    const { pem, hint } = (0,_signing_key_js__WEBPACK_IMPORTED_MODULE_9__/* .publicKeyOf */ .kc)(privateKey);
    return {
        hint,
        signer: {
            sign: async (data) => ({
                signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, privateKey),
                key: { $case: 'publicKey', publicKey: pem, hint: '' },
            }),
        },
    };
}
/** The bundle JSON with the key's hint in its verification material (keyed bundles). */
function withKeyHint(bundle, hint) {
    const json = bundle;
    if (json.verificationMaterial?.publicKey)
        json.verificationMaterial.publicKey.hint = hint;
    return bundle;
}
class SigstoreEngine {
    config;
    name = 'sigstore';
    instance;
    policy;
    token;
    now;
    keySigner;
    constructor(config) {
        this.config = config;
        this.instance = config.instance;
        this.policy = config.retry ?? _retry_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_SERVICE_RETRY */ .L2;
        this.token = (0,_token_source_js__WEBPACK_IMPORTED_MODULE_11__/* .cachedTokenSource */ .T)(config.idToken);
        this.now = config.now ?? (() => new Date());
        if (config.key?.kind === 'kms') {
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('A KMS key (kms-key) signs with engine: cosign only: the sigstore engine has no KMS clients. Set engine: cosign.');
        }
        if (config.key)
            this.keySigner = keySigner((0,_signing_key_js__WEBPACK_IMPORTED_MODULE_9__/* .loadPrivateKey */ .PM)(config.key.pem, config.key.password));
        // A keyed signature may go without log and timestamp (tlog-upload: false): the key, not a certificate's
        // ten-minute validity, is what verifiers trust.
        if (!config.key && !this.instance.rekorUrl && !this.instance.tsaUrl) {
            throw new _scs_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`The Sigstore instance ${this.instance.name} has neither a transparency log nor a timestamp authority; nothing could vouch for the signing time.`);
        }
    }
    signer() {
        if (this.keySigner)
            return this.keySigner.signer;
        return new _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__/* .FulcioSigner */ .$o({
            fulcioBaseURL: this.instance.fulcioUrl,
            identityProvider: { getToken: () => this.token() },
            ...(0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .sigstoreFetchOptions */ .V8)(this.policy),
        });
    }
    witnesses() {
        const witnesses = [];
        if (this.instance.rekorUrl) {
            witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__/* .RekorWitness */ .fU({
                rekorBaseURL: this.instance.rekorUrl,
                fetchOnConflict: true,
                entryType: 'dsse',
                ...(0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .sigstoreFetchOptions */ .V8)(this.policy),
            }));
        }
        if (this.instance.tsaUrl)
            witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__/* .TSAWitness */ .gs({ tsaBaseURL: this.instance.tsaUrl, ...(0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .sigstoreFetchOptions */ .V8)(this.policy) }));
        return witnesses;
    }
    /** Runs a bundle builder, turning service failures into errors that name the service. */
    async build(create) {
        let bundle;
        try {
            bundle = await create();
        }
        catch (error) {
            throw this.classify(error);
        }
        const json = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.bundleToJSON)(bundle);
        return this.keySigner ? withKeyHint(json, this.keySigner.hint) : json;
    }
    classify(error) {
        const code = error.code;
        // Our own token errors (no permission, endpoint down) come back wrapped: unwrap them.
        if (code === 'IDENTITY_TOKEN_READ_ERROR' && error.cause instanceof Error)
            return error.cause;
        const service = (0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .serviceOfErrorCode */ .UN)(code);
        if (service === 'Fulcio')
            return (0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .serviceFailure */ .Kr)('Fulcio', this.instance.fulcioUrl, error, this.policy);
        if (service === 'Rekor')
            return (0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .serviceFailure */ .Kr)('Rekor', this.instance.rekorUrl ?? '', error, this.policy);
        if (service === 'TSA')
            return (0,_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .serviceFailure */ .Kr)('TSA', this.instance.tsaUrl ?? '', error, this.policy);
        if (service === 'OIDC')
            return new _scs_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .InfrastructureError */ .EN('The OIDC token could not be used for signing (it is not a valid JWT).');
        return error instanceof Error ? error : new _scs_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .InfrastructureError */ .EN(String(error));
    }
    /** Checks that the bundle signs `expected` (before anything is written or stored), then writes the bundle file. */
    finish(bundle, bundlePath, expected, what) {
        (0,_bundle_check_js__WEBPACK_IMPORTED_MODULE_5__/* .assertBundleSigns */ .xX)(bundle, expected, `The sigstore engine (${what})`);
        const result = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .outcomeFromBundle */ .lN)(bundle, bundlePath, this.instance, this.keySigner ? 'key' : 'certificate');
        (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .writeBundleFile */ .AM)(bundlePath, result.outcome.bundleJson);
        return result;
    }
    /** An in-toto statement signed as a DSSE envelope, checked, written, and stored as a referrer of `pushTo`. */
    async signStatement(payload, bundlePath, pushTo, what) {
        const bundle = await this.build(() => new _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__/* .DSSEBundleBuilder */ .VV({ signer: this.signer(), witnesses: this.witnesses() }).create({
            data: payload,
            type: _image_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .IN_TOTO_PAYLOAD_TYPE */ .T4,
        }));
        const expected = { kind: 'statement', statement: JSON.parse(payload.toString('utf8')) };
        const made = this.finish(bundle, bundlePath, expected, what);
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .withStoredBundle */ .Mm)(this.config.registry, pushTo, made, this.now);
    }
    async signImage(target, options) {
        return this.signStatement((0,_image_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .imageSignatureStatement */ .l6)(target.digest), options.bundlePath, options.push ? target : undefined, `signing ${target.repository}@${target.digest}`);
    }
    async signBlob(file, options) {
        const data = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file);
        const bundle = await this.build(() => new _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__/* .MessageSignatureBundleBuilder */ .z3({ signer: this.signer(), witnesses: this.witnesses() }).create({ data }));
        return this.finish(bundle, options.bundlePath, (0,_bundle_check_js__WEBPACK_IMPORTED_MODULE_5__/* .fileExpectation */ .Vd)(data, file), `signing ${file}`).outcome;
    }
    async attest(statement, options) {
        (0,_statement_js__WEBPACK_IMPORTED_MODULE_10__/* .validateStatement */ .G)(statement, options.pushTo);
        const payload = Buffer.from(JSON.stringify(statement), 'utf8');
        return this.signStatement(payload, options.bundlePath, options.pushTo, `attesting ${statement.predicateType}`);
    }
}


/***/ })

};
