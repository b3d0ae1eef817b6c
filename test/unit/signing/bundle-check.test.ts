/**
 * assertBundleSigns: a bundle is accepted only when it signs exactly what was
 * requested; the error says what differs. Real recorded bundles
 * (test/fixtures/cosign) are the "signs something else" cases.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InfrastructureError } from '@scs/action-kit';
import { assertBundleSigns, bundleSignsProblem, fileExpectation, imageSignatureStatement } from '@scs/signing';

const fixtures = path.join(process.cwd(), 'test', 'fixtures', 'cosign');
const load = (name: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8')) as Record<string, unknown>;

function dsse(statement: unknown, payloadType = 'application/vnd.in-toto+json'): object {
  return {
    dsseEnvelope: { payloadType, payload: Buffer.from(JSON.stringify(statement)).toString('base64'), signatures: [] },
  };
}

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const imageStatement = JSON.parse(imageSignatureStatement(DIGEST).toString('utf8')) as Record<string, unknown>;

describe('assertBundleSigns', () => {
  it('accepts a DSSE envelope over the same statement, whatever the key order and whitespace', () => {
    const reordered = {
      predicate: {},
      predicateType: imageStatement.predicateType,
      subject: [{ annotations: {}, digest: { sha256: 'ab'.repeat(32) } }],
      _type: imageStatement._type,
    };
    const bundle = {
      dsseEnvelope: {
        payloadType: 'application/vnd.in-toto+json',
        payload: Buffer.from(JSON.stringify(reordered, null, 1)).toString('base64'),
        signatures: [],
      },
    };
    expect(bundleSignsProblem(bundle, { kind: 'statement', statement: imageStatement })).toBeUndefined();
    expect(() => assertBundleSigns(bundle, { kind: 'statement', statement: imageStatement }, 'test')).not.toThrow();
  });

  it('names the digest and predicate type that differ, and says nothing was stored', () => {
    const other = JSON.parse(imageSignatureStatement(`sha256:${'cd'.repeat(32)}`).toString('utf8')) as Record<
      string,
      unknown
    >;
    let error: unknown;
    try {
      assertBundleSigns(
        dsse({ ...other, predicateType: 'https://slsa.dev/provenance/v1' }),
        { kind: 'statement', statement: imageStatement },
        'cosign sign app@x',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InfrastructureError);
    const message = (error as Error).message;
    expect(message).toContain(
      `cosign sign app@x returned a bundle that does not sign what was requested: it signs subject(s) sha256:${'cd'.repeat(32)}, not sha256:${'ab'.repeat(32)}`,
    );
    expect(message).toContain(
      'its predicate type is https://slsa.dev/provenance/v1, not https://sigstore.dev/cosign/sign/v1',
    );
    expect(message).toContain('nothing was stored');
  });

  it('refuses a statement that differs only in the predicate, a wrong payload type, and the wrong content kind', () => {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'a', digest: { sha256: '11'.repeat(32) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { a: 1 },
    };
    expect(bundleSignsProblem(dsse({ ...statement, predicate: { a: 2 } }), { kind: 'statement', statement })).toMatch(
      /subjects and predicate type match, but other fields/,
    );
    expect(bundleSignsProblem(dsse(statement, 'text/plain'), { kind: 'statement', statement })).toMatch(
      /payload type is 'text\/plain'/,
    );
    expect(
      bundleSignsProblem(load('conformance__happy-path-v0.3.sigstore.json'), { kind: 'statement', statement }),
    ).toMatch(/message signature, not a DSSE envelope/);
    expect(
      bundleSignsProblem(
        {
          dsseEnvelope: {
            payloadType: 'application/vnd.in-toto+json',
            payload: Buffer.from('not json').toString('base64'),
          },
        },
        { kind: 'statement', statement },
      ),
    ).toMatch(/not JSON/);
  });

  it('recorded bundles: accepted for what they sign, refused for anything else', () => {
    const intoto = load('conformance__happy-path-intoto-in-dsse-v3.sigstore.json');
    const signed = JSON.parse(
      Buffer.from((intoto.dsseEnvelope as { payload: string }).payload, 'base64').toString('utf8'),
    ) as Record<string, unknown>;
    expect(bundleSignsProblem(intoto, { kind: 'statement', statement: signed })).toBeUndefined();
    expect(
      bundleSignsProblem(load('cosign__oci-attestation.sigstore.json'), {
        kind: 'statement',
        statement: imageStatement,
      }),
    ).toMatch(
      /predicate type is https:\/\/cosign\.sigstore\.dev\/attestation\/v1, not https:\/\/sigstore\.dev\/cosign\/sign\/v1/,
    );

    const a = fs.readFileSync(path.join(fixtures, 'conformance__a.txt'));
    const message = load('conformance__happy-path-v0.3.sigstore.json');
    expect(bundleSignsProblem(message, fileExpectation(a))).toBeUndefined();
    const other = Buffer.from('something else');
    expect(bundleSignsProblem(message, fileExpectation(other))).toBe(
      `it signs a message with sha256 ${createHash('sha256').update(a).digest('hex')}, not the file's sha256 ${createHash('sha256').update(other).digest('hex')}`,
    );
    expect(bundleSignsProblem(intoto, fileExpectation(a))).toMatch(/DSSE envelope, not a message signature/);
  });
});
