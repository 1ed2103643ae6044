package inkwell.web;

import inkwell.db.Availability;
import inkwell.db.DatabaseUnavailable;
import inkwell.db.UniqueViolation;
import inkwell.http.ApiError;
import inkwell.pages.ErrorPages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure becomes {"errors":{"field":["message"]}} here, and only here. Nothing else writes an error. */
final class Errors {
  private static final Logger log = LoggerFactory.getLogger(Errors.class);

  private final Availability database;
  private final ErrorPages pages;

  private Errors(Availability database, ErrorPages pages) {
    this.database = database;
    this.pages = pages;
  }

  record Body(Map<String, List<String>> errors) {}

  /**
   * {@code pages}: the blog's HTML error pages for browsers (a page path asked for with Accept: text/html, or a form);
   * null for JSON everywhere. /api/... always answers JSON.
   */
  static void register(RoutesConfig routes, Availability database, ErrorPages pages) {
    new Errors(database, pages).register(routes);
  }

  private void register(RoutesConfig routes) {
    routes.exception(ApiError.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      write(ctx, e.status(), e.errors());
    });
    // Javalin's own refusals: 404 for an unmatched route, 413 from ctx.body() past http.maxRequestSize, and the like.
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 404) write(ctx, 404, Map.of("route", List.of("no such route: " + ctx.method() + " " + ctx.path())));
      else if (e instanceof MethodNotAllowedResponse) methodNotAllowed(e, ctx);
      else write(ctx, e.getStatus(), Map.of("request", List.of(describe(e.getStatus()))));
    });
    // A write that lost a race for a unique value the handler did not foresee: the client may retry, nothing broke.
    routes.exception(JdbiException.class, (e, ctx) -> {
      if (UniqueViolation.isCauseOf(e)) write(ctx, 409, Map.of("request", List.of("conflicts with a change made at the same moment; retry")));
      else unexpected(e, ctx);
    });
    routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx));
  }

  /**
   * A known path, a method it does not serve. Javalin names the methods it does serve (HEAD with every GET), and with
   * OPTIONS they make the Allow header (RFC 9110). OPTIONS asks exactly that question, so it gets 204 and the list,
   * without a token (a CORS preflight from a listed origin never gets here: Cors answers it). Anything else (PROPFIND,
   * TRACE, PATCH, ...) is 405; nothing of the request is echoed but its method.
   */
  private void methodNotAllowed(HttpResponseException e, Context ctx) {
    String allowed = String.join(", ", e.getDetails().values()) + ", OPTIONS";
    ctx.header("Allow", allowed);
    if (ctx.method().equals(HandlerType.OPTIONS)) ctx.status(204);
    else write(ctx, 405, Map.of("method", List.of(ctx.method() + " is not served here; allowed: " + allowed)));
  }

  private void unexpected(Exception e, Context ctx) {
    // The database unreachable, read-only or full is no bug of ours: the client is told to retry (nothing was
    // written), and the log says it once per outage (Availability), not once per request.
    var unavailable = database.report(e);
    if (unavailable.isPresent()) {
      unavailable(unavailable.get(), ctx);
      return;
    }
    log.error("unexpected failure in {} {}", ctx.method(), ctx.path(), e);
    write(ctx, 500, Map.of("server", List.of("something went wrong on our side; it has been logged")));
  }

  /** 503 + Retry-After, or 507 when the database is out of space (waiting will not help until someone frees some). */
  private void unavailable(DatabaseUnavailable e, Context ctx) {
    if (e.reason() == DatabaseUnavailable.Reason.FULL) {
      write(ctx, 507, Map.of("database", List.of(e.reason().message())));
      return;
    }
    ctx.header("Retry-After", e.reason() == DatabaseUnavailable.Reason.BUSY ? "1" : "5");
    write(ctx, 503, Map.of("database", List.of(e.reason().message())));
  }

  private void write(Context ctx, int status, Map<String, List<String>> errors) {
    if (pages != null && pages.wantsPage(ctx)) pages.show(ctx, status, errors);
    else ctx.status(status).json(new Body(errors));
  }

  private static String describe(int status) {
    return switch (status) {
      case 413 -> "body is too large";
      case 405 -> "method not allowed";
      default -> "cannot be handled (" + status + ")";
    };
  }
}
