package inkwell.auth;

import inkwell.http.Forbidden;
import inkwell.http.JsonBody;
import inkwell.http.Unauthorized;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The one before-handler that enforces each route's {@link Access}. It runs only for matched routes
 * (beforeMatched), reads the Authorization header, verifies the token and attaches the caller's {@link Identity}.
 * Handlers never look at headers themselves.
 */
public final class TokenCheck implements Handler {
  private final Tokens tokens;
  private final Sessions sessions;

  public TokenCheck(Tokens tokens, Sessions sessions) {
    this.tokens = tokens;
    this.sessions = sessions;
  }

  /** The refresh endpoint's optional body: {"refreshToken": "..."}. */
  record RefreshBody(String refreshToken) {}

  @Override
  public void handle(Context ctx) {
    var roles = ctx.routeRoles();
    if (roles.size() != 1) throw new IllegalStateException("route " + ctx.path() + " must declare exactly one Access level");
    switch ((Access) roles.iterator().next()) {
      case PUBLIC -> { }
      case OPTIONAL -> {
        if (ctx.header("Authorization") != null) accessToken(ctx).attachTo(ctx);
      }
      case USER -> accessToken(ctx).attachTo(ctx);
      case FRESH -> {
        var identity = accessToken(ctx);
        if (!identity.fresh()) throw Unauthorized.freshTokenRequired();
        identity.attachTo(ctx);
      }
      case ADMIN -> {
        var identity = accessToken(ctx);
        if (!identity.isAdmin()) throw new Forbidden("only an admin may do this");
        if (!identity.fresh()) throw Unauthorized.freshTokenRequired();   // every admin action is sensitive
        identity.attachTo(ctx);
      }
      case REFRESH -> tokens.verify(refreshToken(ctx), Tokens.Type.refresh).attachTo(ctx);
    }
  }

  /** A verified access token whose user and session the database still vouches for, with the user's current role. */
  private Identity accessToken(Context ctx) {
    String token = bearer(ctx.header("Authorization"));
    if (token == null) throw Unauthorized.missingToken();
    var identity = tokens.verify(token, Tokens.Type.access);
    return identity.withRole(sessions.currentRole(identity));
  }

  /** As flask-jwt-extended: "Authorization: Bearer &lt;refresh&gt;"; for form-less clients also the JSON body. */
  private String refreshToken(Context ctx) {
    String fromHeader = bearer(ctx.header("Authorization"));
    if (fromHeader != null) return fromHeader;
    if (JsonBody.present(ctx)) {
      String fromBody = JsonBody.read(ctx, RefreshBody.class).refreshToken();
      if (fromBody != null && !fromBody.isBlank()) return fromBody.trim();
    }
    throw Unauthorized.missingToken();
  }

  /**
   * The token of "Token &lt;jwt&gt;" (RealWorld) or "Bearer &lt;jwt&gt;" (RFC 6750 §2.1); scheme names are
   * case-insensitive (RFC 7235 §2.1). Null when there is no header; a header in any other form is refused.
   */
  static String bearer(String header) {
    if (header == null || header.isBlank()) return null;
    String[] parts = header.trim().split("\\s+");
    boolean knownScheme = parts.length == 2
        && (parts[0].equalsIgnoreCase("Bearer") || parts[0].equalsIgnoreCase("Token"));
    if (!knownScheme) throw Unauthorized.invalidToken("Authorization header must be 'Token <jwt>' or 'Bearer <jwt>'");
    return parts[1];
  }
}
