package inkwell.pages;

import inkwell.config.BlogSettings;
import io.javalin.http.Context;

/** The blog's name and description, and absolute addresses for feeds, the sitemap, canonical links and OpenGraph. */
public final class Site {
  private final BlogSettings settings;

  public Site(BlogSettings settings) {
    this.settings = settings;
  }

  public String title() {
    return settings.title();
  }

  public String description() {
    return settings.description();
  }

  /**
   * PUBLIC_URL + path, or, when PUBLIC_URL is not set, the scheme and Host the request came with (fine on a laptop;
   * behind a proxy set PUBLIC_URL, as a Host header is the client's to choose).
   */
  public String absolute(Context ctx, String path) {
    if (settings.publicUrl() != null) return settings.publicUrl() + path;
    String host = ctx.host();
    if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) host = "localhost";
    return ctx.scheme() + "://" + host + path;
  }
}
