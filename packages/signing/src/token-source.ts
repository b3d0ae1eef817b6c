/** Wraps an OIDC token source so that a token is reused until shortly before it expires. */
export function cachedTokenSource(source: () => Promise<string>, now: () => number = Date.now): () => Promise<string> {
  let cached: { token: string; expiresAt: number } | undefined;
  return async () => {
    if (cached && cached.expiresAt - 60_000 > now()) return cached.token;
    const token = await source();
    let expiresAt = now() + 60_000;
    try {
      const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
        exp?: unknown;
      };
      if (typeof payload.exp === 'number') expiresAt = payload.exp * 1000;
    } catch {
      // not decodable: use it once
    }
    cached = { token, expiresAt };
    return token;
  };
}
