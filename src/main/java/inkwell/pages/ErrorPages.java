package inkwell.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Errors as pages for people. A browser asking for a page (Accept: text/html) or sending one of the blog's forms
 * gets an HTML page with the same status; an API client keeps the JSON shape, and everything under /api/ is always
 * JSON. A page that needs a login (401) sends the browser to the login form, which brings it back afterwards.
 */
public final class ErrorPages {
  private static final Set<String> MACHINE_PATHS = Set.of("/openapi.json", "/health", "/ready", "/docs", "/tokens/now.json");

  private final Pages pages;

  public ErrorPages(Pages pages) {
    this.pages = pages;
  }

  public boolean wantsPage(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/.well-known/") || MACHINE_PATHS.contains(path)) return false;
    String accept = ctx.header("Accept");
    String type = ctx.contentType();
    return (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html"))
        || (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
  }

  public void show(Context ctx, int status, Map<String, List<String>> errors) {
    if (status == 401) {
      String back = ctx.method().name().equals("GET") ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
      pages.redirect(ctx, "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
      return;
    }
    Frame frame;
    try {
      frame = pages.frame(ctx, heading(status), null, ctx.path());
    } catch (RuntimeException databaseDown) {
      frame = pages.anonymousFrame(ctx, heading(status), ctx.path());
    }
    pages.send(ctx, status, pages.render("error.jte", "frame", frame, "status", status, "heading", heading(status),
        "explanation", explanation(status, errors)));
  }

  private static String heading(int status) {
    return switch (status) {
      case 403 -> "Not allowed";
      case 404 -> "Page not found";
      case 405 -> "Not served here";
      case 409 -> "Changed at the same moment";
      case 413 -> "Too large";
      case 422 -> "Cannot be saved";
      case 429 -> "Too many attempts";
      case 503, 507 -> "Temporarily unavailable";
      default -> status >= 500 ? "Something went wrong" : "Cannot do that";
    };
  }

  private static String explanation(int status, Map<String, List<String>> errors) {
    if (errors.containsKey("csrf")) {
      return "This form was sent without its security token (or with a stale one), so nothing was changed. "
          + "Go back, reload the page and try again.";
    }
    return switch (status) {
      case 404 -> "There is nothing at this address. It may have been moved or deleted, or it is a draft.";
      case 500 -> "Something went wrong on our side. It has been logged; please try again later.";
      default -> String.join("; ", errors.entrySet().stream()
          .map(e -> e.getKey() + " " + String.join(", ", e.getValue())).toList());
    };
  }
}
