package inkwell.pages;

import io.javalin.http.Context;

/**
 * The headers every HTML page of the blog carries (OWASP Secure Headers; ASVS 14.4):
 * a strict Content-Security-Policy (our own origin only, no inline script or style, images also from https: for
 * avatars, no framing, forms only to us), nosniff, no referrer to other sites, and no framing for old browsers.
 */
public final class PageHeaders {
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' https:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  private PageHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
  }
}
