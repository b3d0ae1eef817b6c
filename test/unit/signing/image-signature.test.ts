/**
 * The image-signature statement against cosign v3's layout
 * (cmd/cosign/cli/sign/sign.go signDigestBundle: protojson of an in-toto v1
 * Statement, subject = digest only + annotations, predicate {}).
 */
import { describe, expect, it } from '@jest/globals';
import { COSIGN_SIGN_PREDICATE_TYPE, imageSignatureStatement } from '@scs/signing';

const HEX = 'c7904646c45cd8a7867584deb737f739b7c77f548f4d6aa4b113020c1196c9f1';

describe('imageSignatureStatement', () => {
  it('is byte for byte the compact protojson layout cosign signs', () => {
    expect(imageSignatureStatement(`sha256:${HEX}`).toString('utf8')).toBe(
      `{"_type":"https://in-toto.io/Statement/v1","subject":[{"digest":{"sha256":"${HEX}"},"annotations":{}}],"predicateType":"https://sigstore.dev/cosign/sign/v1","predicate":{}}`,
    );
    expect(COSIGN_SIGN_PREDICATE_TYPE).toBe('https://sigstore.dev/cosign/sign/v1');
  });

  it('has no subject name (cosign sets none) and sorts annotations like a protobuf Struct', () => {
    const statement = JSON.parse(imageSignatureStatement(`sha256:${HEX}`, { z: '1', a: '2' }).toString());
    expect(statement.subject[0].name).toBeUndefined();
    expect(Object.keys(statement.subject[0].annotations)).toEqual(['a', 'z']);
  });

  it('refuses anything that is not a manifest digest', () => {
    for (const bad of ['latest', 'sha256:abc', `sha256:${HEX.toUpperCase()}`, `md5:${HEX}`])
      expect(() => imageSignatureStatement(bad)).toThrow(/not a sha256/);
  });
});
