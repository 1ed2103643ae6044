package inkwell.auth;

import io.javalin.http.Context;

/**
 * GET /.well-known/jwks.json: the public keys (RFC 7517) other services use to verify Inkwell's RS256/ES256 tokens
 * without asking Inkwell. Empty under HS256, whose shared secret is never published.
 */
public final class JwksHandler {
  private final SigningKeys keys;

  public JwksHandler(SigningKeys keys) {
    this.keys = keys;
  }

  public void jwks(Context ctx) {
    ctx.header("Cache-Control", "max-age=300").json(keys.jwks());
  }
}
