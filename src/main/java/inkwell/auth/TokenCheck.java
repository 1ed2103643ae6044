package inkwell.auth;

import inkwell.http.Forbidden;
import inkwell.http.JsonBody;
import inkwell.http.Unauthorized;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The one before-handler that enforces each route's {@link Access}. It runs only for matched routes
 * (beforeMatched), reads the Authorization header, verifies the token and attaches the caller's {@link Identity}.
 * Handlers never look at headers themselves.
 */
public final class TokenCheck implements Handler {
  private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String RENEWED = "inkwell.renewed";

  private final Tokens tokens;
  private final Sessions sessions;
  private final CookieMode cookies;

  public TokenCheck(Tokens tokens, Sessions sessions, CookieMode cookies) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.cookies = cookies;
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
        if (ctx.header("Authorization") != null) {
          optionalAccessToken(ctx);
        } else if (ctx.cookie(CookieMode.ACCESS_COOKIE) != null) {
          // A browser sends cookies whether or not the page meant to sign in: a stale cookie reads as anonymous
          // here rather than failing a public page.
          try {
            accessToken(ctx).attachTo(ctx);
          } catch (Unauthorized | Forbidden e) {
            // anonymous
          }
        }
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
      case REFRESH -> refreshIdentity(ctx).attachTo(ctx);
    }
  }

  /**
   * OPTIONAL routes (the public reads) with an Authorization header. A token we signed that is no longer honoured,
   * by time (expired) or by revocation (logged out, logged out everywhere, password changed, user banned or deleted),
   * is answered as anonymous, with the RFC 6750 §3 invalid_token challenge saying why, so the client can notice and
   * sign in again: a RealWorld frontend keeps its token and sends it on every request, and its reader must go on
   * reading after a coffee break. A token we did not sign, cannot read, or of the wrong type is an attack or a bug,
   * and is refused with 401 here as everywhere. (flask-jwt-extended's optional=True forgives only a missing token.)
   */
  private void optionalAccessToken(Context ctx) {
    try {
      accessToken(ctx).attachTo(ctx);
    } catch (Unauthorized e) {
      if (!e.isStale()) throw e;
      ctx.header("WWW-Authenticate", e.challenge());
    } catch (Forbidden e) {
      if (!e.isBan()) throw e;
      ctx.header("WWW-Authenticate", Unauthorized.invalidTokenChallenge("user is banned"));
    }
  }

  /**
   * A verified access token whose user and session the database still vouches for, with the user's current role.
   * The Authorization header wins; without one, the access cookie (cookie mode).
   */
  private Identity accessToken(Context ctx) {
    String token = bearer(ctx.header("Authorization"));
    if (token == null && ctx.cookie(CookieMode.ACCESS_COOKIE) != null) return fromCookies(ctx);
    if (token == null) throw Unauthorized.missingToken();
    return confirmed(ctx, tokens.verify(token, Tokens.Type.access));
  }

  /** The database's word on a verified access token; its user's row goes on the context too (Identity.user). */
  private Identity confirmed(Context ctx, Identity identity) {
    var user = sessions.currentUser(identity);
    Identity.attachUser(ctx, user);
    return identity.withRole(user.role());
  }

  /** Cookie mode: CSRF header required on unsafe methods; an expired access cookie is renewed from the refresh cookie. */
  private Identity fromCookies(Context ctx) {
    Identity identity;
    try {
      identity = tokens.verify(ctx.cookie(CookieMode.ACCESS_COOKIE), Tokens.Type.access);
    } catch (Unauthorized e) {
      String refreshCookie = ctx.cookie(CookieMode.REFRESH_COOKIE);
      if (!e.isExpiry() || refreshCookie == null) throw e;
      identity = renew(ctx, tokens.verify(refreshCookie, Tokens.Type.refresh));
    }
    requireCsrf(ctx, identity);
    return confirmed(ctx, identity);
  }

  /** Implicit renewal: the request goes on with a new (non-fresh) access token, which the response sets as a cookie. */
  private Identity renew(Context ctx, Identity refresh) {
    requireCsrf(ctx, refresh);   // before anything is issued
    String renewed = sessions.renewAccess(refresh, sessions.currentUser(refresh).role());
    cookies.setAccess(ctx, renewed);
    ctx.attribute(RENEWED, Boolean.TRUE);
    return tokens.verify(renewed, Tokens.Type.access);
  }

  /**
   * The signed double-submit check: X-CSRF-Token (scripts) or the form field csrf (the blog's HTML forms) must equal
   * the token's csrf claim, compared in constant time.
   */
  private static void requireCsrf(Context ctx, Identity identity) {
    if (!UNSAFE_METHODS.contains(ctx.method().name())) return;
    if (!sameSecret(sentCsrf(ctx), identity.csrf())) throw new Forbidden("csrf", "a cookie-authenticated "
        + ctx.method().name() + " needs the " + CookieMode.CSRF_COOKIE + " cookie's value in the "
        + CookieMode.CSRF_HEADER + " header (or a form's " + CookieMode.CSRF_FIELD + " field)");
  }

  private static String sentCsrf(Context ctx) {
    String header = ctx.header(CookieMode.CSRF_HEADER);
    if (header != null) return header;
    String type = ctx.contentType();
    boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    return form ? ctx.formParam(CookieMode.CSRF_FIELD) : null;
  }

  /** Both present and equal, in time that does not depend on where they differ. */
  public static boolean sameSecret(String sent, String expected) {
    return sent != null && expected != null
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether this request's expired access cookie was renewed from the refresh cookie (the token inspector shows it). */
  public static boolean renewedThisRequest(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(RENEWED));
  }

  /** The refresh token from the header or body, else (cookie mode, with the CSRF header) from the refresh cookie. */
  private Identity refreshIdentity(Context ctx) {
    String explicit = refreshToken(ctx);
    if (explicit != null) return tokens.verify(explicit, Tokens.Type.refresh);
    String cookie = ctx.cookie(CookieMode.REFRESH_COOKIE);
    if (cookie == null) throw Unauthorized.missingToken();
    var identity = tokens.verify(cookie, Tokens.Type.refresh);
    requireCsrf(ctx, identity);
    return identity;
  }

  /** As flask-jwt-extended: "Authorization: Bearer &lt;refresh&gt;"; for form-less clients also the JSON body. */
  private String refreshToken(Context ctx) {
    String fromHeader = bearer(ctx.header("Authorization"));
    if (fromHeader != null) return fromHeader;
    if (JsonBody.present(ctx)) {
      String fromBody = JsonBody.read(ctx, RefreshBody.class).refreshToken();
      if (fromBody != null && !fromBody.isBlank()) return fromBody.trim();
    }
    return null;
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
