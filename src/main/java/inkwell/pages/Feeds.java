package inkwell.pages;

import inkwell.articles.Article;
import inkwell.articles.ArticleFilter;
import inkwell.articles.Articles;
import inkwell.http.NotFound;
import inkwell.http.Paging;
import inkwell.profiles.ProfileDao;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * Atom feeds of the newest 20 articles, whole (rendered, sanitised Markdown), for feed readers. Cached and answered
 * 304 like the pages, so a reader polling every few minutes costs a hash comparison while nothing changes.
 *
 * <pre>
 * curl localhost:7070/feed.xml               # the whole blog
 * curl localhost:7070/tags/java/feed.xml     # one tag
 * curl localhost:7070/@alice/feed.xml        # one writer
 * </pre>
 */
public final class Feeds {
  private static final Paging NEWEST = new Paging(PageNumber.SIZE, 0);

  private final Pages pages;
  private final Articles articles;
  private final ProfileDao profiles;
  private final Markdown markdown;

  public Feeds(Pages pages, Articles articles, ProfileDao profiles, Markdown markdown) {
    this.pages = pages;
    this.articles = articles;
    this.profiles = profiles;
    this.markdown = markdown;
  }

  /** GET /feed.xml */
  public void blog(Context ctx) {
    pages.sendPublicAs(ctx, AtomFeed.CONTENT_TYPE, () -> {
      var site = pages.site();
      var list = articles.pageWithBodies(new ArticleFilter(List.of(), null, null, null), NEWEST);
      return feed(ctx, "/feed.xml", "/", site.title(), site.description(), site.title(), list.articles());
    });
  }

  /** GET /tags/{tag}/feed.xml: 404 for a tag no article carries. */
  public void tag(Context ctx) {
    String tag = ctx.pathParam("tag").toLowerCase(Locale.ROOT);
    pages.sendPublicAs(ctx, AtomFeed.CONTENT_TYPE, () -> {
      var list = articles.pageWithBodies(new ArticleFilter(List.of(tag), null, null, null), NEWEST);
      if (list.articlesCount() == 0) throw new NotFound("tag", tag);
      var site = pages.site();
      return feed(ctx, Format.tagPath(tag) + "/feed.xml", Format.tagPath(tag), "#" + tag + " · " + site.title(),
          "Articles tagged " + tag + " on " + site.title(), site.title(), list.articles());
    });
  }

  /** GET /@{username}/feed.xml: 404 for an unknown user. */
  public void author(Context ctx) {
    String asked = ctx.pathParam("username");
    pages.sendPublicAs(ctx, AtomFeed.CONTENT_TYPE, () -> {
      var profile = profiles.findByUsername(asked, null).orElseThrow(() -> new NotFound("profile", asked));
      var list = articles.pageWithBodies(new ArticleFilter(List.of(), profile.username(), null, null), NEWEST);
      String path = Format.profilePath(profile.username());
      return feed(ctx, path + "/feed.xml", path, profile.username() + " · " + pages.site().title(),
          profile.bio(), profile.username(), list.articles());
    });
  }

  private String feed(Context ctx, String feedPath, String pagePath, String title, String subtitle, String author,
      List<Article> newest) {
    var site = pages.site();
    var entries = newest.stream().map(a -> {
      String url = site.absolute(ctx, "/articles/" + Format.segment(a.slug()));
      return new AtomFeed.Entry(url, a.title(), url, a.createdAt(), a.updatedAt(), a.author().username(),
          site.absolute(ctx, Format.profilePath(a.author().username())), a.description(),
          markdown.article(a.slug(), a.updatedAt(), a.body()), a.tagList());
    }).toList();
    return new AtomFeed(site.absolute(ctx, feedPath), title, subtitle, site.absolute(ctx, pagePath), author, entries).write();
  }
}
