package inkwell.config;

/**
 * What the blog pages say about themselves: the name in every title, the description in meta tags and feeds, and the
 * public address that absolute links (feeds, sitemap, canonical, OpenGraph) start with. PUBLIC_URL is null when not
 * set: pages then use the address the request came to (fine on a laptop; set it behind a proxy).
 */
public record BlogSettings(String title, String description, String publicUrl) {
  public static final String DEFAULT_TITLE = "Inkwell";
  public static final String DEFAULT_DESCRIPTION = "A small, fast blog: Markdown, feeds, no tracking.";
}
