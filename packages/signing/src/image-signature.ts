/**
 * The statement a plain image signature signs, in the layout cosign v3
 * produces for `cosign sign` with the new bundle format.
 *
 * Source: sigstore/cosign, cmd/cosign/cli/sign/sign.go, `signDigestBundle`:
 *
 *   subject := intotov1.ResourceDescriptor{
 *       Digest:      map[string]string{digestParts[0]: digestParts[1]},
 *       Annotations: annoStruct,            // structpb.NewStruct(annotations)
 *   }
 *   statement := &intotov1.Statement{
 *       Type:          intotov1.StatementTypeUri,           // https://in-toto.io/Statement/v1
 *       Subject:       []*intotov1.ResourceDescriptor{&subject},
 *       PredicateType: types.CosignSignPredicateType,       // https://sigstore.dev/cosign/sign/v1
 *       Predicate:     &structpb.Struct{},
 *   }
 *   payload, err := protojson.Marshal(statement)
 *
 * So: the subject has NO `name` (only the digest), `annotations` is always
 * present (`{}` without `-a` annotations), the predicate is `{}`, and the
 * fields come in proto field order (_type, subject, predicateType,
 * predicate; a ResourceDescriptor's digest before annotations). The DSSE
 * payload type is application/vnd.in-toto+json, and the referrer manifest is
 * annotated with `dev.sigstore.bundle.content: dsse-envelope` and
 * `dev.sigstore.bundle.predicateType: https://sigstore.dev/cosign/sign/v1`.
 *
 * One caveat on "byte for byte": Go's protojson deliberately makes its
 * whitespace unstable (it may add a space after a separator, fixed per
 * binary build) so that nobody depends on it. We write the compact form;
 * verifiers parse the JSON (cosign compares predicateType and subject
 * digests), so the two are interchangeable.
 */
import { ConfigurationError } from '@scs/action-kit';

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';

const DIGEST = /^(sha256|sha512):([a-f0-9]+)$/;

/** The cosign v3 image-signature statement for `digest` (sha256:…), as bytes to sign. */
export function imageSignatureStatement(digest: string, annotations: Record<string, string> = {}): Buffer {
  const match = DIGEST.exec(digest);
  if (
    !match ||
    (match[1] === 'sha256' && match[2]!.length !== 64) ||
    (match[1] === 'sha512' && match[2]!.length !== 128)
  ) {
    throw new ConfigurationError(`Cannot sign '${digest.slice(0, 100)}': not a sha256:/sha512: manifest digest.`);
  }
  // protojson emits a Struct's keys sorted.
  const sortedAnnotations: Record<string, string> = {};
  for (const key of Object.keys(annotations).sort()) sortedAnnotations[key] = annotations[key]!;
  const statement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ digest: { [match[1]!]: match[2]! }, annotations: sortedAnnotations }],
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    predicate: {},
  };
  return Buffer.from(JSON.stringify(statement), 'utf8');
}
