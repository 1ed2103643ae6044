package inkwell.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * CORS_ORIGINS at work: lets a RealWorld frontend on another origin (localhost:4200, :3000, ...) call the API from a
 * browser. A listed origin gets the Access-Control-Allow-* headers, and its preflight is answered here, before the
 * access check and any handler. Any other origin gets the very answer it would get without an Origin header, only
 * without those headers: the browser then keeps the reply from that page, as the CORS standard intends. CORS is not
 * access control (the token check is), so a request is never refused or changed here: a same-origin POST (browsers
 * send Origin on those too) or a curl with a stray Origin is served as usual.
 *
 * Replaces Javalin's bundled CorsPlugin, which ran the handler for an unlisted origin and then turned its 200 into a
 * 400 (javalin/javalin#2105): a completed action reported as an error.
 */
final class Cors implements Handler {
  /** So a frontend can tell an expired token from a missing one (WWW-Authenticate) and when to try again. */
  private static final String EXPOSED = "WWW-Authenticate, Retry-After";
  private static final String METHODS = "GET, HEAD, POST, PUT, DELETE";
  private static final String PREFLIGHT_CACHE_SECONDS = "600";   // browsers may reuse a preflight answer for 10 minutes

  private final List<String> origins;
  private final boolean anyOrigin;

  /** origins: exact origins like "http://localhost:4200", each allowed with credentials; anyOrigin: "*", never with them. */
  Cors(List<String> origins, boolean anyOrigin) {
    this.origins = List.copyOf(origins);
    this.anyOrigin = anyOrigin;
  }

  @Override
  public void handle(Context ctx) {
    ctx.header("Vary", "Origin");   // the answer depends on Origin: a shared cache must not give one origin's to another
    String origin = ctx.header("Origin");
    if (origin == null || !allowed(origin)) return;
    if (anyOrigin) {
      ctx.header("Access-Control-Allow-Origin", "*");   // the Fetch standard forbids "*" with credentials
    } else {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Allow-Credentials", "true");   // cookie mode
    }
    if (isPreflight(ctx)) {
      ctx.header("Access-Control-Allow-Methods", METHODS);
      // Whatever headers the trusted page asks for (Authorization, Content-Type, X-CSRF-Token, ...); the server
      // still checks every one of them on the real request.
      String requested = ctx.header("Access-Control-Request-Headers");
      if (requested != null) ctx.header("Access-Control-Allow-Headers", requested);
      ctx.header("Access-Control-Max-Age", PREFLIGHT_CACHE_SECONDS);
      ctx.status(204).skipRemainingHandlers();   // no access check, no handler: a preflight carries no credentials
      return;
    }
    ctx.header("Access-Control-Expose-Headers", EXPOSED);
  }

  private boolean allowed(String origin) {
    return anyOrigin || origins.stream().anyMatch(origin::equalsIgnoreCase);   // scheme and host ignore case
  }

  /** The browser's question "may I send this?": OPTIONS naming the method it means to send. */
  private static boolean isPreflight(Context ctx) {
    return ctx.method().name().equals("OPTIONS") && ctx.header("Access-Control-Request-Method") != null;
  }
}
