/**
 * A loopback Sigstore stack for tests: Fulcio, Rekor and a timestamp
 * authority (the @sigstore/mock 0.13 handlers mounted on real HTTP servers, so
 * a child process such as a built `dist/` bundle can use them), a fake GitHub
 * Actions OIDC issuer (discovery document + JWKS, jose-generated RSA key) with
 * the Actions ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN
 * semantics), and a Sigstore trusted_root.json (v0.1 media type) for the mock
 * CA, CT log, transparency log and TSA, so that @sigstore/verify verifies
 * what the stack signs.
 *
 * What the stack does in front of the mock handlers, to behave like the real
 * services:
 * - Fulcio verifies the identity token's signature against the stack's issuer
 *   key, its expiry and its `aud` (must be `sigstore`), answering 401 like
 *   Fulcio does; then the certificate is issued by the mock CA with the SAN
 *   that real Fulcio puts in a GitHub Actions certificate:
 *   `https://github.com/<job_workflow_ref>` (Fulcio's `github-workflow` CI
 *   provider), and the claims turned into the 1.3.6.1.4.1.57264.1.* extensions
 *   by the mock (1.1–1.6 legacy, 1.8 issuer, 1.9/1.10 build signer, 1.11
 *   runner environment, 1.12–1.17 source repository, 1.18/1.19 build config,
 *   1.20 trigger, 1.21 run invocation URI, 1.22 visibility).
 * - Rekor refuses a duplicate entry with 409 and a Location header naming the
 *   existing entry, and serves GET /api/v1/log/entries/<uuid>, as Rekor does
 *   (the mock handler alone would log the same entry twice).
 * - What the real cosign 3.1.3 (sigstore-go) needs, found by running it
 *   (test/interop): Fulcio takes the token from `Authorization: Bearer` when
 *   the body has no credentials and answers 200 (the mock: body only, 201);
 *   Rekor puts the new entry's UUID in ETag (the Go client keys the answer by
 *   it; without it cosign panics); the TSA takes an RFC 3161 DER
 *   TimeStampReq (application/timestamp-query) besides the JSON form (a
 *   request without a nonce gets the mock's fixed nonce in its TSTInfo).
 *
 * Deviations from the real services (documented, not hidden):
 * - The issuer is `http://127.0.0.1:PORT`, not
 *   `https://token.actions.githubusercontent.com`; the certificate's issuer
 *   extensions (1.1, 1.8) carry that loopback URL (override `iss` in the
 *   claims to get another value: Fulcio here accepts any `iss` as long as the
 *   token is signed by the stack's key).
 * - The mock CA issues the leaf directly from a self-signed root (real
 *   Fulcio has an intermediate), with a fixed serial number; the leaf is
 *   valid for 10 minutes like Fulcio's. No proof-of-possession check of the
 *   CSR / signed challenge.
 * - Rekor is the v1 API (hashedrekord / dsse / intoto entries) with
 *   inclusion promises and proofs made by the mock log; a `dsse` entry is
 *   canonicalized as Rekor does (see canonicalRekorEntry).
 * - The TSA's clock is nudged by 1 ms off instants whose milliseconds end in
 *   0: DER drops trailing fraction zeros and @sigstore/core 4 then refuses
 *   the genTime (see the TSA section).
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { ASN1Obj } from '@sigstore/core';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import { fulcioHandler, initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog, rekorHandler } from '@sigstore/mock/dist/rekor/index.js';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';
import { generateKeyPair as generateMockKeyPair } from '@sigstore/mock/dist/util/key.js';
import { closeServer, listenOnLoopback } from './loopback-server.js';

/** The claims of a GitHub Actions OIDC token (all strings, as GitHub sends them). */
export interface GitHubOidcClaims {
  iss: string;
  sub: string;
  aud: string;
  jti: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: string;
  ref: string;
  ref_type: string;
  ref_protected: string;
  sha: string;
  workflow: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  runner_environment: string;
  event_name: string;
  actor: string;
  actor_id: string;
  head_ref: string;
  base_ref: string;
  /** Only on some tokens (enterprise accounts, environments). */
  enterprise?: string;
  enterprise_id?: string;
  environment?: string;
  environment_node_id?: string;
  [claim: string]: string | undefined;
}

/** Realistic claims for a release workflow on the default branch of a public repository, on a GitHub-hosted runner. */
export function githubClaims(overrides: Partial<GitHubOidcClaims> = {}): GitHubOidcClaims {
  const repository = overrides.repository ?? 'octo-org/octo-repo';
  const ref = overrides.ref ?? 'refs/heads/main';
  const sha = overrides.sha ?? 'a3f1c2d4e5b6978812345678901234567890abcd';
  const workflowRef = `${repository}/.github/workflows/release.yml@${ref}`;
  const base: GitHubOidcClaims = {
    iss: 'https://token.actions.githubusercontent.com',
    sub: `repo:${repository}:ref:${ref}`,
    aud: 'sigstore',
    jti: '6f2b7c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e',
    repository,
    repository_id: '123456789',
    repository_owner: repository.split('/')[0] ?? 'octo-org',
    repository_owner_id: '987654',
    repository_visibility: 'public',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: 'true',
    sha,
    workflow: 'Release',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha,
    run_id: '4242424242',
    run_number: '17',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    event_name: 'push',
    actor: 'octocat',
    actor_id: '583231',
    head_ref: '',
    base_ref: '',
  };
  const merged: GitHubOidcClaims = { ...base };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  return merged;
}

/** Injected before the real handler; counted down per request (no `times`: every request). */
export interface Fault {
  /** Status to answer (default 503 unless only `hangMs` is set, then the request goes on to the handler). */
  status?: number;
  /** How many requests the fault applies to. */
  times?: number;
  /** Wait this long before answering (a client timeout shorter than this sees a hang). */
  hangMs?: number;
  /** Let the real handler do its work (e.g. Rekor logs the entry), then answer `status` instead: a lost response. */
  afterHandler?: boolean;
}

export interface SigstoreStack {
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** Path of a trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json;version=0.1). */
  trustedRootPath: string;
  /** The same trusted root as JSON. */
  trustedRoot: Record<string, unknown>;
  /** The fake GitHub OIDC issuer, http://127.0.0.1:PORT. */
  issuer: string;
  idTokenRequestUrl: string;
  idTokenRequestToken: string;
  setClaims(overrides: Partial<GitHubOidcClaims>): void;
  /** Claims the next tokens carry (iss = issuer unless overridden). */
  claims(): GitHubOidcClaims;
  /** A signed token (default audience `sigstore`). */
  mintToken(overrides?: Partial<GitHubOidcClaims>, audience?: string): Promise<string>;
  /** ACTIONS_ID_TOKEN_REQUEST_URL + ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  env(): Record<string, string>;
  faults: { fulcio?: Fault; rekor?: Fault; tsa?: Fault; oidc?: Fault };
  /** Requests received per service (for oidc: ID-token requests). */
  requests: { fulcio: number; rekor: number; tsa: number; oidc: number };
  /** Entries in the transparency log (duplicates refused with 409 are not counted). */
  rekorEntries(): number;
  /** Tokens the ID-token endpoint handed out (for "never leaked" greps). */
  issuedTokens: string[];
  close(): Promise<void>;
}

type Service = 'fulcio' | 'rekor' | 'tsa' | 'oidc';
interface MockResult {
  statusCode: number;
  response: string | ArrayBufferView;
  contentType?: string;
}

const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
/** Claim the stack adds to the token it hands the mock Fulcio handler (its `subjectClaim`). */
const SAN_CLAIM = 'scs_fulcio_san';
const TOKEN_LIFETIME_SECONDS = 300;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(
  res: ServerResponse,
  status: number,
  body: string | ArrayBufferView,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): void {
  if (res.writableEnded || res.destroyed) return;
  const payload =
    typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(payload.length), ...headers });
  res.end(payload);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const b64 = (bytes: ArrayBufferView | Buffer): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/**
 * What Rekor stores for a `dsse` v0.0.1 proposal (rekor pkg/types/dsse/v0.0.1
 * Canonicalize): the envelope and payload hashes and the signatures with their
 * verifiers, not the proposed content. The mock handler logs the proposal
 * verbatim, which @sigstore/verify rejects ("signature count mismatch"); other
 * kinds go through unchanged.
 */
function canonicalRekorEntry(text: string): string {
  let proposed: {
    kind?: string;
    apiVersion?: string;
    spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
  };
  try {
    proposed = JSON.parse(text) as typeof proposed;
  } catch {
    return text;
  }
  const content = proposed.spec?.proposedContent;
  if (proposed.kind !== 'dsse' || proposed.apiVersion !== '0.0.1' || typeof content?.envelope !== 'string') return text;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
  const verifiers = content.verifiers ?? [];
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((signature, index) => ({
        signature: signature.sig,
        verifier: verifiers[index] ?? verifiers[0],
      })),
    },
  });
}

const OID_TSA_POLICY = '1.3.6.1.4.1.57264.2';
/** What @sigstore/mock's TSA puts in a TSTInfo when the request has no nonce (its TSTInfo always carries one). */
const MOCK_DEFAULT_NONCE = 1234567890;

/**
 * An RFC 3161 TimeStampReq (DER) as the mock TSA's request: SEQUENCE { version,
 * messageImprint { hashAlgorithm, hashedMessage }, reqPolicy OID OPTIONAL,
 * nonce INTEGER OPTIONAL, certReq BOOLEAN DEFAULT FALSE, [0] extensions OPTIONAL }.
 */
function timestampRequestFromDer(der: Buffer): {
  artifactHash: Buffer;
  hashAlgorithmOID: string;
  nonce: number;
  policyOID: string;
  certReq: boolean;
} {
  const root = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>);
  const [version, imprint, ...rest] = root.subs;
  if (!version?.tag.isInteger() || version.toInteger() !== 1n) throw new Error('not a TimeStampReq v1');
  const [algorithm, hashed] = imprint?.subs ?? [];
  const oid = algorithm?.subs[0];
  if (!oid?.tag.isOID() || !hashed?.tag.isOctetString()) throw new Error('bad messageImprint');
  let policyOID = OID_TSA_POLICY;
  let nonce = MOCK_DEFAULT_NONCE;
  let certReq = false;
  for (const field of rest) {
    if (field.tag.isOID()) policyOID = field.toOID();
    else if (field.tag.isInteger()) {
      const value = field.toInteger();
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('the mock TSA takes nonces up to 2^53 only');
      nonce = Number(value);
    } else if (field.tag.isBoolean()) certReq = field.toBoolean();
  }
  return { artifactHash: Buffer.from(hashed.value), hashAlgorithmOID: oid.toOID(), nonce, policyOID, certReq };
}

export async function startSigstoreStack(options: { claims?: Partial<GitHubOidcClaims> } = {}): Promise<SigstoreStack> {
  const servers: Partial<Record<Service, Server>> = {};
  const faults: SigstoreStack['faults'] = {};
  const requests = { fulcio: 0, rekor: 0, tsa: 0, oidc: 0 };
  const issuedTokens: string[] = [];
  const routes: Partial<Record<Service, (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void>>> =
    {};

  /** Applies the service's fault (if any) and reports whether the request was answered by it. */
  const takeFault = (service: Service): Fault | undefined => {
    const fault = faults[service];
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      if (fault.times <= 0) {
        delete faults[service];
        return undefined;
      }
      fault.times -= 1;
      if (fault.times <= 0) delete faults[service];
    }
    return { ...fault };
  };

  const startServer = async (service: Service): Promise<string> => {
    const server = createServer((req, res) => {
      void (async () => {
        try {
          const body = await readBody(req);
          const route = routes[service];
          if (!route) return send(res, 503, JSON.stringify({ message: `${service} not ready` }));
          await route(req, res, body);
        } catch (error) {
          send(res, 500, JSON.stringify({ message: (error as Error).message }));
        }
      })();
    });
    servers[service] = server;
    const port = await listenOnLoopback(server);
    return `http://127.0.0.1:${port}`;
  };

  /**
   * Counts the request and applies the service's fault: `work` does the real
   * handling and returns how to answer; `fail` answers with a fault status.
   */
  const faulted = async (
    service: Service,
    res: ServerResponse,
    work: () => Promise<() => void>,
    fail: (status: number) => void,
  ): Promise<void> => {
    requests[service] += 1;
    const fault = takeFault(service);
    if (fault?.hangMs) await sleep(fault.hangMs);
    if (res.destroyed) return;
    if (fault?.afterHandler) {
      await work(); // the work is done (e.g. the entry is logged), the answer is lost
      return fail(fault.status ?? 503);
    }
    if (fault && (fault.status !== undefined || !fault.hangMs)) return fail(fault.status ?? 503);
    (await work())();
  };

  try {
    const [fulcioUrl, rekorUrl, tsaUrl, issuer] = await Promise.all([
      startServer('fulcio'),
      startServer('rekor'),
      startServer('tsa'),
      startServer('oidc'),
    ]);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scs-sigstore-stack-'));

    // ---- the OIDC issuer (RS256 like GitHub's) ----
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = createHash('sha256')
      .update(JSON.stringify(await exportJWK(publicKey)))
      .digest('hex')
      .slice(0, 16);
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    let currentClaims: GitHubOidcClaims = githubClaims({ iss: issuer, ...options.claims });
    const idTokenRequestToken = `scs-request-${randomBytes(16).toString('hex')}`;
    const idTokenPath = '/_apis/distributedtask/hubs/build/plans/plan-id/jobs/job-id/idtoken';
    const idTokenRequestUrl = `${issuer}${idTokenPath}?api-version=2.0`;

    const sign = async (claims: Record<string, unknown>, key: CryptoKey = privateKey): Promise<string> => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid, x5t: kid })
        .setIssuedAt(now)
        .setNotBefore(now - 5)
        .setExpirationTime(now + TOKEN_LIFETIME_SECONDS)
        .sign(key);
    };
    const mintToken = async (overrides: Partial<GitHubOidcClaims> = {}, audience = 'sigstore'): Promise<string> => {
      const claims: Record<string, string> = {};
      for (const [key, value] of Object.entries({ ...currentClaims, ...overrides }))
        if (value !== undefined) claims[key] = value;
      claims.aud = audience;
      claims.jti = randomBytes(16).toString('hex');
      return sign(claims);
    };

    routes.oidc = async (req, res) => {
      const url = new URL(req.url ?? '/', issuer);
      if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
        return send(
          res,
          200,
          JSON.stringify({
            issuer,
            jwks_uri: `${issuer}/.well-known/jwks`,
            subject_types_supported: ['public', 'pairwise'],
            response_types_supported: ['id_token'],
            claims_supported: [
              'sub',
              'aud',
              'exp',
              'iat',
              'iss',
              'jti',
              'nbf',
              'ref',
              'repository',
              'repository_id',
              'repository_owner',
              'repository_owner_id',
              'run_id',
              'run_number',
              'run_attempt',
              'actor',
              'actor_id',
              'workflow',
              'workflow_ref',
              'workflow_sha',
              'head_ref',
              'base_ref',
              'event_name',
              'ref_type',
              'environment',
              'environment_node_id',
              'job_workflow_ref',
              'job_workflow_sha',
              'repository_visibility',
              'runner_environment',
            ],
            id_token_signing_alg_values_supported: ['RS256'],
            scopes_supported: ['openid'],
          }),
        );
      }
      if (req.method === 'GET' && url.pathname === '/.well-known/jwks')
        return send(res, 200, JSON.stringify({ keys: [jwk] }));
      if (url.pathname === idTokenPath) {
        return faulted(
          'oidc',
          res,
          async () => {
            if (req.headers.authorization !== `Bearer ${idTokenRequestToken}`) {
              return () => send(res, 401, JSON.stringify({ message: 'Unauthorized: bad ID token request token' }));
            }
            // Like GitHub: no audience → the repository owner's URL.
            const audience = url.searchParams.get('audience') || `https://github.com/${currentClaims.repository_owner}`;
            const token = await mintToken({}, audience);
            issuedTokens.push(token);
            return () => send(res, 200, JSON.stringify({ count: 1, value: token }));
          },
          (status) => send(res, status, JSON.stringify({ message: `injected ID-token endpoint fault (${status})` })),
        );
      }
      send(res, 404, JSON.stringify({ message: 'not found' }));
    };

    // ---- Fulcio ----
    const caKeys = generateMockKeyPair('prime256v1');
    const ctlog = await initializeCTLog(caKeys);
    const ca = await initializeCA(caKeys, ctlog);
    const fulcio = fulcioHandler(ca, { strict: true, subjectClaim: SAN_CLAIM });
    routes.fulcio = async (req, res, body) => {
      const url = new URL(req.url ?? '/', fulcioUrl);
      if (req.method !== 'POST' || url.pathname !== fulcio.path)
        return send(res, 404, JSON.stringify({ code: 5, message: 'Not Found' }));
      let result: MockResult | undefined;
      const work = async (): Promise<void> => {
        let request: { credentials?: { oidcIdentityToken?: string } };
        try {
          request = JSON.parse(body.toString('utf8')) as typeof request;
        } catch {
          result = {
            statusCode: 400,
            response: JSON.stringify({ code: 3, message: 'error parsing request body' }),
            contentType: 'application/json',
          };
          return;
        }
        // Like Fulcio's v2 API: the token in the body's credentials, or (what sigstore-go, hence
        // cosign v3, sends) in an `Authorization: Bearer` header with no credentials in the body.
        const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
        const token = request.credentials?.oidcIdentityToken ?? bearer ?? '';
        let claims: Record<string, unknown>;
        try {
          ({ payload: claims } = await jwtVerify(token, publicKey, { audience: 'sigstore', algorithms: ['RS256'] }));
        } catch (error) {
          result = {
            statusCode: 401,
            response: JSON.stringify({
              code: 16,
              message: `There was an error processing the identity token: ${(error as Error).message}`,
            }),
            contentType: 'application/json',
          };
          return;
        }
        const jobWorkflowRef = claims.job_workflow_ref;
        if (typeof jobWorkflowRef !== 'string' || !jobWorkflowRef) {
          result = {
            statusCode: 400,
            response: JSON.stringify({ code: 3, message: 'the token has no job_workflow_ref claim' }),
            contentType: 'application/json',
          };
          return;
        }
        // Hand the mock handler a token whose SAN claim holds what real Fulcio derives.
        const forMock = await sign({ ...claims, [SAN_CLAIM]: `https://github.com/${jobWorkflowRef}` });
        const rewritten = JSON.stringify({
          ...request,
          credentials: { ...request.credentials, oidcIdentityToken: forMock },
        });
        const out = (await fulcio.fn(rewritten)) as MockResult;
        // The mock puts the SAN claim into no extension; drop nothing else. Fulcio's v2
        // signingCert answers 200 (only the legacy v1 API answers 201); sigstore-go, hence
        // cosign v3, refuses anything but 200 ("Fulcio returned 201").
        result =
          out.statusCode >= 400
            ? {
                ...out,
                response: JSON.stringify({ code: 3, message: String(out.response) }),
                contentType: 'application/json',
              }
            : { ...out, statusCode: out.statusCode === 201 ? 200 : out.statusCode };
      };
      await faulted(
        'fulcio',
        res,
        async () => {
          await work();
          return () => {
            if (result) send(res, result.statusCode, result.response, result.contentType);
          };
        },
        (status) => send(res, status, JSON.stringify({ code: 14, message: `injected Fulcio fault (${status})` })),
      );
    };

    // ---- Rekor (v1) with duplicate detection ----
    const tlog = await initializeTLog(rekorUrl, generateMockKeyPair('prime256v1'));
    const rekor = rekorHandler(tlog, { strict: true });
    const entriesByBody = new Map<string, { uuid: string; response: string }>();
    const entriesByUuid = new Map<string, string>();
    routes.rekor = async (req, res, body) => {
      const url = new URL(req.url ?? '/', rekorUrl);
      const getMatch = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(url.pathname);
      if (req.method === 'GET' && getMatch) {
        const stored = entriesByUuid.get(getMatch[1] ?? '');
        return stored
          ? send(res, 200, stored)
          : send(res, 404, JSON.stringify({ code: 404, message: 'entry not found' }));
      }
      if (req.method !== 'POST' || url.pathname !== rekor.path)
        return send(res, 404, JSON.stringify({ code: 404, message: 'Not Found' }));
      const key = createHash('sha256').update(body).digest('hex');
      let answer: (() => void) | undefined;
      const work = async (): Promise<void> => {
        const existing = entriesByBody.get(key);
        if (existing) {
          answer = () =>
            send(
              res,
              409,
              JSON.stringify({
                code: 409,
                message: `an equivalent entry already exists in the transparency log with UUID ${existing.uuid}`,
              }),
              'application/json',
              {
                location: `/api/v1/log/entries/${existing.uuid}`,
              },
            );
          return;
        }
        const out = (await rekor.fn(canonicalRekorEntry(body.toString('utf8')))) as MockResult;
        if (out.statusCode === 201) {
          const text = String(out.response);
          const uuid = Object.keys(JSON.parse(text) as Record<string, unknown>)[0] ?? '';
          entriesByBody.set(key, { uuid, response: text });
          entriesByUuid.set(uuid, text);
          // Like Rekor: the entry's UUID in ETag too (the Go client, hence cosign v3, keys the answer by it).
          answer = () =>
            send(res, 201, text, 'application/json', { location: `/api/v1/log/entries/${uuid}`, etag: uuid });
        } else {
          answer = () =>
            send(res, out.statusCode, JSON.stringify({ code: out.statusCode, message: String(out.response) }));
        }
      };
      await faulted(
        'rekor',
        res,
        async () => {
          await work();
          return () => answer?.();
        },
        (status) => send(res, status, JSON.stringify({ code: status, message: `injected Rekor fault (${status})` })),
      );
    };

    // ---- Timestamp authority ----
    const tsa = await initializeTSA(generateMockKeyPair('prime256v1'));
    // The mock encodes genTime as DER GeneralizedTime, which drops trailing zeros of the fraction
    // (…00.12Z); @sigstore/core 4 parses only exactly three fractional digits and rejects those
    // ("invalid time"). Keep the TSA's clock 1 ms off such instants so every timestamp verifies.
    (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => {
      const now = new Date();
      const ms = now.getUTCMilliseconds();
      if (ms !== 0 && ms % 10 === 0) now.setUTCMilliseconds(ms + 1);
      return now;
    };
    const tsaRoute = tsaHandler(tsa, { strict: true });
    routes.tsa = async (req, res, body) => {
      const url = new URL(req.url ?? '/', tsaUrl);
      if (req.method !== 'POST' || url.pathname !== tsaRoute.path)
        return send(res, 404, JSON.stringify({ message: 'Not Found' }));
      await faulted(
        'tsa',
        res,
        async () => {
          // Like timestamp-authority: an RFC 3161 TimeStampReq (DER, application/timestamp-query;
          // what sigstore-go, hence cosign v3, sends) or the JSON form (what @sigstore/sign sends).
          if (/^application\/timestamp-query\b/i.test(req.headers['content-type'] ?? '')) {
            let request: ReturnType<typeof timestampRequestFromDer>;
            try {
              request = timestampRequestFromDer(body);
            } catch (error) {
              return () =>
                send(
                  res,
                  400,
                  JSON.stringify({
                    code: 400,
                    message: `error parsing timestamp request: ${(error as Error).message}`,
                  }),
                );
            }
            const reply = Buffer.from(
              await (tsa as unknown as { timestamp(r: typeof request): Promise<Uint8Array> }).timestamp(request),
            );
            return () => send(res, 201, reply, 'application/timestamp-reply');
          }
          const out = (await tsaRoute.fn(body.toString('utf8'))) as MockResult;
          return () => send(res, out.statusCode, out.response, out.contentType ?? 'text/plain');
        },
        (status) => send(res, status, JSON.stringify({ message: `injected TSA fault (${status})` })),
      );
    };

    // ---- trusted_root.json (shape as in @sigstore/mock's trust-root.js, serialized per the protobuf-specs JSON mapping) ----
    const start = new Date(Date.now() - 60_000).toISOString();
    const keyId = (der: Buffer): string => createHash('sha256').update(der).digest('base64');
    const trustedRoot: Record<string, unknown> = {
      mediaType: TRUSTED_ROOT_MEDIA_TYPE,
      tlogs: [
        {
          baseUrl: rekorUrl,
          hashAlgorithm: 'SHA2_256',
          publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
          logId: { keyId: keyId(tlog.publicKey) },
        },
      ],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: fulcioUrl,
          certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
          validFor: { start },
        },
      ],
      ctlogs: [
        {
          baseUrl: `${fulcioUrl}/ct`,
          hashAlgorithm: 'SHA2_256',
          publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
          logId: { keyId: b64(ctlog.logID) },
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'tsa' },
          uri: tsaUrl,
          certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
          validFor: { start },
        },
      ],
    };
    const trustedRootPath = path.join(tmp, 'trusted_root.json');
    fs.writeFileSync(trustedRootPath, `${JSON.stringify(trustedRoot, null, 2)}\n`);

    return {
      fulcioUrl,
      rekorUrl,
      tsaUrl,
      trustedRootPath,
      trustedRoot,
      issuer,
      idTokenRequestUrl,
      idTokenRequestToken,
      setClaims(overrides) {
        const next: GitHubOidcClaims = { ...currentClaims };
        for (const [key, value] of Object.entries(overrides)) if (value !== undefined) next[key] = value;
        currentClaims = next;
      },
      claims: () => ({ ...currentClaims }),
      mintToken,
      env: () => ({
        ACTIONS_ID_TOKEN_REQUEST_URL: idTokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: idTokenRequestToken,
      }),
      faults,
      requests,
      rekorEntries: () => entriesByUuid.size,
      issuedTokens,
      async close() {
        await Promise.all(Object.values(servers).map((server) => closeServer(server)));
        fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(Object.values(servers).map((server) => closeServer(server)));
    throw error;
  }
}
