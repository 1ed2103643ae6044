package inkwell.pages;

import inkwell.auth.CookieMode;
import inkwell.auth.Identity;
import inkwell.auth.TokenCheck;
import inkwell.speed.ReadCache;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every page handler shares: who is looking, the frame around the page, rendering, the form token, and the
 * ways a page answers (a public page with ETag and 304, a private page never stored, a 303 after a form).
 */
public final class Pages {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Site site;
  private final Templates templates;
  private final Assets assets;
  private final CookieMode cookies;
  private final ReadCache reads;

  public Pages(Site site, Templates templates, Assets assets, CookieMode cookies, ReadCache reads) {
    this.site = site;
    this.templates = templates;
    this.assets = assets;
    this.cookies = cookies;
    this.reads = reads;
  }

  public Site site() {
    return site;
  }

  /**
   * The signed-in user looking at this page, or {@link Viewer#ANONYMOUS}: the users row the access check read for this
   * request (Identity.user), so no statement of its own.
   */
  public Viewer viewer(Context ctx) {
    var cached = ctx.attribute("inkwell.viewer");
    if (cached != null) return (Viewer) cached;
    var viewer = Identity.optional(ctx)
        .map(identity -> {
          var u = Identity.user(ctx);
          return new Viewer(u.id(), u.username(), u.image(), identity.csrf(), identity.isAdmin());
        })
        .orElse(Viewer.ANONYMOUS);
    ctx.attribute("inkwell.viewer", viewer);
    return viewer;
  }

  /** The frame of a page at {@code path} (its canonical address), with the blog's feed linked. */
  public Frame frame(Context ctx, String title, String description, String path) {
    var viewer = viewer(ctx);
    String csrf = viewer.signedIn() ? viewer.csrf() : null;
    return new Frame(site.title(), title, description == null || description.isBlank() ? site.description() : description,
        site.absolute(ctx, path), List.of(new Frame.Feed(site.title(), site.absolute(ctx, "/feed.xml"))), null, viewer,
        csrf, assets.stylesheet(), assets.script(), "");
  }

  /** A frame that asks the database nothing (for an error page while the database is down). */
  public Frame anonymousFrame(Context ctx, String title, String path) {
    return new Frame(site.title(), title, site.description(), site.absolute(ctx, path), List.of(), null,
        Viewer.ANONYMOUS, null, assets.stylesheet(), assets.script(), "");
  }

  /** A frame for the login and register forms, whose csrf value is the anonymous double-submit cookie's. */
  public Frame anonymousFormFrame(Context ctx, String title, String path) {
    var frame = frame(ctx, title, null, path);
    return new Frame(frame.blogTitle(), frame.title(), frame.description(), frame.canonical(), frame.feeds(), null,
        frame.viewer(), anonymousCsrf(ctx), frame.stylesheet(), frame.script(), frame.main());
  }

  /** Renders a template: {@code params} in pairs, name then value ("frame", frame, "articles", list, ...). */
  public String render(String template, Object... params) {
    Map<String, Object> byName = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) byName.put((String) params[i], params[i + 1]);
    return templates.render(template, byName);
  }

  /**
   * A page anyone may see: for anonymous readers built once per database version and answered 304 when the
   * browser's copy (If-None-Match) is current, with the read cache's exact invalidation; for a signed-in reader
   * (whose page shows their own buttons) built every time and kept private.
   */
  public void sendPublic(Context ctx, Supplier<String> html) {
    PageHeaders.apply(ctx);
    reads.respondPage(ctx, html);
  }

  /** {@link #sendPublic} for a document that is not HTML (a feed, the sitemap): cached, ETag and 304 the same way. */
  public void sendPublicAs(Context ctx, String contentType, Supplier<String> document) {
    PageHeaders.apply(ctx);
    reads.respondPage(ctx, contentType, document);
  }

  /** A page that is someone's own (settings, editor, drafts, the token inspector): never stored anywhere. */
  public void send(Context ctx, int status, String html) {
    PageHeaders.apply(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType("text/html; charset=utf-8").result(html);
  }

  /** After a form: 303 See Other, so reloading the next page does not send the form again. */
  public void redirect(Context ctx, String path) {
    ctx.header("Cache-Control", "no-store");
    ctx.status(303).header("Location", path);
  }

  /** The login and register forms' double-submit value: the cookie's, or a new one set now. */
  public String anonymousCsrf(Context ctx) {
    String current = ctx.cookie(CookieMode.ANONYMOUS_CSRF_COOKIE);
    if (current != null && current.matches("[A-Za-z0-9_-]{22,64}")) return current;
    var bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    cookies.setAnonymousCsrf(ctx, value);
    return value;
  }

  /** Whether a login or register form came with the double-submit value of this browser's cookie. */
  public boolean anonymousCsrfMatches(Context ctx) {
    return TokenCheck.sameSecret(ctx.formParam(CookieMode.CSRF_FIELD), ctx.cookie(CookieMode.ANONYMOUS_CSRF_COOKIE));
  }

  /** A local path to go to after login: only "/something" on this site, never "//evil.example" or "https://...". */
  public static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "/";
    }
    return next;
  }
}
