package inkwell.auth;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * Tokens as cookies for browsers (flask-jwt-extended's JWT_TOKEN_LOCATION=cookies with JWT_COOKIE_CSRF_PROTECT).
 * Asked for with ?cookie=true on login, register and refresh. The tokens go in HttpOnly cookies that scripts cannot
 * read (so an XSS cannot steal them); the CSRF value goes in a cookie scripts can read and must echo in the
 * X-CSRF-Token header on POST/PUT/PATCH/DELETE, which another site's form cannot do (OWASP CSRF Cheat Sheet,
 * "signed double-submit cookie": the value is also a claim of the signed token, so it cannot be planted).
 */
public final class CookieMode {
  public static final String ACCESS_COOKIE = "inkwell_access";
  public static final String REFRESH_COOKIE = "inkwell_refresh";
  public static final String CSRF_COOKIE = "inkwell_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  /** The blog's HTML forms carry the same value as a hidden field of this name (a form cannot set a header). */
  public static final String CSRF_FIELD = "csrf";
  /**
   * Before login there is no token to carry a csrf claim: the login and register forms use a plain double-submit
   * pair, this HttpOnly cookie and the same random value in the form (OWASP CSRF Cheat Sheet), against login CSRF.
   */
  public static final String ANONYMOUS_CSRF_COOKIE = "inkwell_form";

  /**
   * The refresh cookie goes to every path of the site: implicit renewal needs it on ordinary API requests and on the
   * blog's pages alike, which are served from / (see README, "Cookie mode"). It stays HttpOnly, so no script reads it.
   */
  static final String REFRESH_COOKIE_PATH = "/";

  private final boolean secure;
  private final String sameSite;
  private final Duration refreshTtl;

  public CookieMode(boolean secure, String sameSite, Duration refreshTtl) {
    this.secure = secure;
    this.sameSite = sameSite;
    this.refreshTtl = refreshTtl;
  }

  public static boolean requested(Context ctx) {
    return "true".equalsIgnoreCase(ctx.queryParam("cookie"));
  }

  /** After login, register or refresh in cookie mode: all three cookies (the refresh cookie only when one was issued). */
  public void set(Context ctx, Sessions.Issued issued) {
    setAccess(ctx, issued.token());
    if (issued.refreshToken() != null) add(ctx, REFRESH_COOKIE, issued.refreshToken(), REFRESH_COOKIE_PATH, true, maxAge());
    add(ctx, CSRF_COOKIE, issued.csrf(), "/", false, maxAge());
  }

  /**
   * The access cookie outlives the access token inside it (it lasts as long as the login), so that an expired token
   * still reaches the server, which can renew it from the refresh cookie.
   */
  public void setAccess(Context ctx, String token) {
    add(ctx, ACCESS_COOKIE, token, "/", true, maxAge());
  }

  /** On logout: the browser drops all three. */
  public void clear(Context ctx) {
    add(ctx, ACCESS_COOKIE, "", "/", true, 0);
    add(ctx, REFRESH_COOKIE, "", REFRESH_COOKIE_PATH, true, 0);
    add(ctx, CSRF_COOKIE, "", "/", false, 0);
  }

  /** The login and register forms' double-submit cookie (see {@link #ANONYMOUS_CSRF_COOKIE}), for this browser session. */
  public void setAnonymousCsrf(Context ctx, String value) {
    var cookie = ANONYMOUS_CSRF_COOKIE + "=" + value + "; Path=/; SameSite=" + sameSite + "; HttpOnly" + (secure ? "; Secure" : "");
    ctx.res().addHeader("Set-Cookie", cookie);
  }

  private long maxAge() {
    return refreshTtl.toSeconds();
  }

  private void add(Context ctx, String name, String value, String path, boolean httpOnly, long maxAge) {
    var cookie = new StringBuilder(name).append('=').append(value)
        .append("; Path=").append(path)
        .append("; Max-Age=").append(maxAge)
        .append("; SameSite=").append(sameSite);
    if (httpOnly) cookie.append("; HttpOnly");
    if (secure) cookie.append("; Secure");
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }
}
