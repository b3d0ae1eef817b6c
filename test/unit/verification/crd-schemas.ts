/**
 * Validators for the admission exports, from the CRD OpenAPI schemas stored
 * in test/fixtures/schemas (sources in each file's $comment). Kubernetes
 * prunes fields a CRD does not declare, silently; so every object that lists
 * its properties is closed here (additionalProperties: false) and a field the
 * real CRD does not know fails the test instead of vanishing in the cluster.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { REPO_ROOT } from '../../support/action-harness.js';

type Schema = Record<string, unknown>;
type Validator = ((doc: unknown) => boolean) & { errors?: unknown[] | null };

function close(schema: Schema): Schema {
  const out: Schema = { ...schema };
  if (
    out.properties &&
    typeof out.properties === 'object' &&
    !out['x-kubernetes-preserve-unknown-fields'] &&
    out.additionalProperties === undefined
  ) {
    out.additionalProperties = false;
  }
  for (const [key, value] of Object.entries(out)) {
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([k, v]) => [k, close(v)]),
      );
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      out[key] = close(value as Schema);
    }
  }
  return out;
}

function load(name: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/schemas', name), 'utf8')) as Schema;
}

function validator(name: string, apiVersion: string, kind: string): Validator {
  const AjvClass = ((Ajv as unknown as { default?: unknown }).default ?? Ajv) as new (options: object) => {
    compile(schema: object): Validator;
  };
  const ajv = new AjvClass({ allErrors: true, strict: false });
  const schema = close(load(name));
  // The CRD cannot say which group/version/kind it is; the document must.
  (schema.properties as Record<string, Schema>).apiVersion = { const: apiVersion };
  (schema.properties as Record<string, Schema>).kind = { const: kind };
  (schema.properties as Record<string, Schema>).metadata = {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
      annotations: { type: 'object', additionalProperties: { type: 'string' } },
    },
    additionalProperties: false,
  };
  schema.required = ['apiVersion', 'kind', 'metadata', 'spec'];
  return ajv.compile(schema);
}

/** Kyverno v1.13.0, the oldest release the export supports (type SigstoreBundle, failureAction). */
export function kyvernoValidator(): Validator {
  return validator('kyverno-clusterpolicy-v1.v1.13.0.subset.schema.json', 'kyverno.io/v1', 'ClusterPolicy');
}

/** policy-controller v0.13.0, the oldest release the export supports (signatureFormat). */
export function policyControllerValidator(): Validator {
  return validator(
    'policy-controller-clusterimagepolicy-v1beta1.v0.13.0.schema.json',
    'policy.sigstore.dev/v1beta1',
    'ClusterImagePolicy',
  );
}

export function trustRootValidator(): Validator {
  return validator(
    'policy-controller-trustroot-v1alpha1.v0.13.0.schema.json',
    'policy.sigstore.dev/v1alpha1',
    'TrustRoot',
  );
}
