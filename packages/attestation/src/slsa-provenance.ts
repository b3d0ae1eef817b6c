import { ConfigurationError } from '@scs/action-kit';
import { SLSA_PROVENANCE_V1 } from './predicate-types.js';

/**
 * SLSA v1 build provenance in exactly the shape of GitHub's own artifact
 * attestations (actions/attest-build-provenance, through @actions/attest's
 * `buildSLSAProvenancePredicate`), built from the claims of the job's
 * GitHub OIDC token after its signature was verified:
 *
 *   buildDefinition.buildType           https://actions.github.io/buildtypes/workflow/v1
 *   externalParameters.workflow         {ref, repository, path} from workflow_ref
 *   internalParameters.github           {event_name, repository_id, repository_owner_id, runner_environment}
 *   resolvedDependencies                [{uri: git+<server>/<repo>@<ref>, digest: {gitCommit: sha}}]
 *   runDetails.builder.id               <server>/<job_workflow_ref>
 *   runDetails.metadata.invocationId    <server>/<repo>/actions/runs/<run_id>/attempts/<run_attempt>
 *
 * Member order is GitHub's, so the serialized statement is byte-identical to
 * one GitHub would write for the same run (tested against real attestations).
 */

export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/** The OIDC claims the predicate is built from (all strings, as GitHub issues them). */
export const PROVENANCE_CLAIMS = [
  'iss',
  'repository',
  'repository_id',
  'repository_owner_id',
  'ref',
  'sha',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

export type ProvenanceClaims = Record<(typeof PROVENANCE_CLAIMS)[number], string>;

export interface SlsaProvenancePredicate {
  buildDefinition: {
    buildType: string;
    /** `inputs`: what the build was given (e.g. a reusable workflow's inputs), when the caller states it. */
    externalParameters: { workflow: { ref: string; repository: string; path: string }; inputs?: ExternalInputs };
    internalParameters: {
      github: { event_name: string; repository_id: string; repository_owner_id: string; runner_environment: string };
    };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string };
  };
}

/**
 * The claims needed for provenance, taken from a verified token's payload.
 * Numbers are accepted and turned into strings (GitHub sends strings); a
 * missing or empty claim is an error naming it.
 */
export function provenanceClaims(payload: Record<string, unknown>): ProvenanceClaims {
  const missing: string[] = [];
  const claims = {} as ProvenanceClaims;
  for (const name of PROVENANCE_CLAIMS) {
    const value = payload[name];
    if (typeof value === 'string' && value !== '') claims[name] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) claims[name] = String(value);
    else missing.push(name);
  }
  if (missing.length > 0) {
    throw new ConfigurationError(
      `The GitHub OIDC token lacks the claim(s) ${missing.join(', ')} that SLSA provenance is built from; is this token from a GitHub Actions job?`,
    );
  }
  return claims;
}

/**
 * GitHub's OIDC issuer for a server URL: https://token.actions.githubusercontent.com
 * for github.com, https://token.actions.<tenant>.ghe.com for GHE.com tenants.
 * Undefined for GitHub Enterprise Server, whose issuer must be given
 * (https://HOST/_services/token).
 */
export function defaultOidcIssuer(serverUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === 'github.com') return 'https://token.actions.githubusercontent.com';
  const tenant = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.ghe\.com$/.exec(host)?.[1];
  if (tenant) return `https://token.actions.${tenant}.ghe.com`;
  return undefined;
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The GitHub server a verified OIDC token comes from, derived from its `iss`
 * claim — never from GITHUB_SERVER_URL, which an earlier step can rewrite
 * through GITHUB_ENV:
 *
 *   https://token.actions.githubusercontent.com[/<enterprise>]  https://github.com
 *   https://token.actions.<tenant>.ghe.com                      https://<tenant>.ghe.com
 *   https://<host>/_services/token                              https://<host> (GitHub Enterprise Server)
 *
 * A loopback issuer (http://127.0.0.1:PORT, the test suite's fake GitHub
 * issuer; a runner's token never comes from one and no public Fulcio accepts
 * it) stands for github.com. Any other issuer is refused: the predicate's
 * URLs would be guesses.
 */
export function githubServerUrlFromIssuer(iss: string): string {
  let url: URL;
  try {
    url = new URL(iss);
  } catch {
    throw new ConfigurationError(
      `The OIDC token's issuer '${iss.slice(0, 200)}' is not a URL; provenance is built from the token's claims only.`,
    );
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (isLoopbackHost(host) && !url.username && !url.password) return 'https://github.com';
  }
  if (url.protocol === 'https:' && !url.username && !url.password && !url.search && !url.hash) {
    if (host === 'token.actions.githubusercontent.com' && /^(\/[A-Za-z0-9_.-]{1,100})?\/?$/.test(url.pathname))
      return 'https://github.com';
    const tenant = /^token\.actions\.([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.ghe\.com$/.exec(host)?.[1];
    if (tenant && /^\/?$/.test(url.pathname)) return `https://${tenant}.ghe.com`;
    if (url.pathname.replace(/\/+$/, '') === '/_services/token') return `https://${url.host.toLowerCase()}`;
  }
  throw new ConfigurationError(
    `The OIDC token's issuer '${iss.slice(0, 200)}' is not a GitHub Actions issuer (token.actions.githubusercontent.com, token.actions.<tenant>.ghe.com or https://<GHES host>/_services/token): the GitHub server its claims belong to is unknown.`,
  );
}

/** Splits workflow_ref (`owner/repo/.github/workflows/ci.yml@refs/heads/main`) into path and ref. */
export function splitWorkflowRef(workflowRef: string, repository: string): { path: string; ref: string } {
  const prefix = `${repository}/`;
  const rest = workflowRef.startsWith(prefix) ? workflowRef.slice(prefix.length) : workflowRef;
  const at = rest.indexOf('@');
  if (at === -1) {
    throw new ConfigurationError(`The OIDC claim workflow_ref has no '@<ref>': '${workflowRef.slice(0, 200)}'.`);
  }
  // A ref may itself contain '@' (tags such as pkg@1.2.3): everything after the first '@' is the ref.
  return { path: rest.slice(0, at), ref: rest.slice(at + 1) };
}

/** Flat parameters of a build: names to strings, numbers, booleans or null. */
export type ExternalInputs = Record<string, string | number | boolean | null>;

export const MAX_EXTERNAL_INPUTS_BYTES = 65_536;
const MAX_EXTERNAL_INPUTS = 100;

/**
 * Parses the JSON object of external inputs (`${{ toJSON(inputs) }}` of a
 * reusable workflow): flat, at most 100 names of up to 100 characters, values
 * that are strings, numbers, booleans or null, at most 64 KiB in all. Anything
 * else is refused with `what` named (never recorded half).
 */
export function parseExternalInputs(text: string, what: string): ExternalInputs {
  if (Buffer.byteLength(text, 'utf8') > MAX_EXTERNAL_INPUTS_BYTES) {
    throw new ConfigurationError(`${what} is larger than ${MAX_EXTERNAL_INPUTS_BYTES} bytes.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${what} is not JSON: give a JSON object such as \${{ toJSON(inputs) }}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${what} must be a JSON object of names to strings, numbers, booleans or null.`);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_EXTERNAL_INPUTS)
    throw new ConfigurationError(`${what} has ${entries.length} names; at most ${MAX_EXTERNAL_INPUTS} are recorded.`);
  const out: ExternalInputs = {};
  for (const [name, v] of entries) {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) {
      throw new ConfigurationError(
        `${what}: the name '${name.slice(0, 40)}' is not 1-100 letters, digits, '_', '.' or '-'.`,
      );
    }
    if (!(
      v === null ||
      typeof v === 'string' ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v))
    )) {
      throw new ConfigurationError(
        `${what}: '${name}' is not a string, number, boolean or null (nested values are not recorded).`,
      );
    }
    out[name] = v as string | number | boolean | null;
  }
  return out;
}

export function buildSlsaProvenancePredicate(
  claims: ProvenanceClaims,
  serverUrl: string,
  externalInputs?: ExternalInputs,
): SlsaProvenancePredicate {
  const server = serverUrl.replace(/\/+$/, '');
  const workflow = splitWorkflowRef(claims.workflow_ref, claims.repository);
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: {
          ref: workflow.ref,
          repository: `${server}/${claims.repository}`,
          path: workflow.path,
        },
        ...(externalInputs ? { inputs: externalInputs } : {}),
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment,
        },
      },
      resolvedDependencies: [
        {
          uri: `git+${server}/${claims.repository}@${claims.ref}`,
          digest: { gitCommit: claims.sha },
        },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      },
    },
  };
}

export const SLSA_PREDICATE_TYPE = SLSA_PROVENANCE_V1;
