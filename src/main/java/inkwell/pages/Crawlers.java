package inkwell.pages;

import inkwell.articles.Articles;
import inkwell.profiles.ProfileDao;
import inkwell.tags.TagDao;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * What search engines read first: robots.txt (everything may be read but the private pages, and where the sitemap
 * is) and sitemap.xml (the home page, every published article with its last change, every tag and every writer).
 * The sitemap takes three statements at any size and stops at the protocol's 50,000 addresses, articles first.
 *
 * <pre>
 * curl localhost:7070/robots.txt
 * curl localhost:7070/sitemap.xml
 * </pre>
 */
public final class Crawlers {
  static final int MAX_URLS = 50_000;

  private final Pages pages;
  private final Articles articles;
  private final TagDao tags;
  private final ProfileDao profiles;

  public Crawlers(Pages pages, Articles articles, TagDao tags, ProfileDao profiles) {
    this.pages = pages;
    this.articles = articles;
    this.tags = tags;
    this.profiles = profiles;
  }

  /** GET /robots.txt */
  public void robots(Context ctx) {
    String robots = """
        User-agent: *
        Allow: /
        Disallow: /settings
        Disallow: /editor
        Disallow: /tokens
        Disallow: /drafts
        Disallow: /api/

        Sitemap: %s
        """.formatted(pages.site().absolute(ctx, "/sitemap.xml"));
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("text/plain; charset=utf-8").result(robots);
  }

  /** GET /sitemap.xml */
  public void sitemap(Context ctx) {
    pages.sendPublicAs(ctx, "application/xml; charset=utf-8", () -> {
      var xml = new Urls(ctx);
      xml.add("/", null);
      articles.stamps(xml.room()).forEach(a -> xml.add("/articles/" + Format.segment(a.slug()), a.updatedAt()));
      profiles.findAuthors(xml.room()).forEach(p -> xml.add(Format.profilePath(p.username()), p.updatedAt()));
      for (var tag : tags.countInUse()) {
        if (xml.room() == 0) break;
        xml.add(Format.tagPath(tag.name()), null);
      }
      return xml.end();
    });
  }

  /** The sitemap document as it grows, counting its addresses. */
  private final class Urls {
    private final Context ctx;
    private final StringBuilder xml = new StringBuilder(8192)
        .append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    private int count;

    Urls(Context ctx) {
      this.ctx = ctx;
    }

    int room() {
      return MAX_URLS - count;
    }

    void add(String path, Instant lastModified) {
      xml.append("  <url><loc>").append(Xml.escape(pages.site().absolute(ctx, path))).append("</loc>");
      if (lastModified != null) xml.append("<lastmod>").append(Format.iso(lastModified)).append("</lastmod>");
      xml.append("</url>\n");
      count++;
    }

    String end() {
      return xml.append("</urlset>\n").toString();
    }
  }
}
