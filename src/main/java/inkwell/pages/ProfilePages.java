package inkwell.pages;

import inkwell.articles.ArticleFilter;
import inkwell.articles.Articles;
import inkwell.http.NotFound;
import inkwell.profiles.ProfileDao;
import inkwell.profiles.ProfileRow;
import io.javalin.http.Context;
import java.util.List;

/**
 * A writer's page: bio, picture and articles, or the articles they favourited. An unknown name is a 404 page.
 *
 * <pre>
 * curl localhost:7070/@alice
 * curl localhost:7070/@alice/favorites?page=2
 * </pre>
 */
public final class ProfilePages {
  private final Pages pages;
  private final Articles articles;
  private final ProfileDao profiles;

  public ProfilePages(Pages pages, Articles articles, ProfileDao profiles) {
    this.pages = pages;
    this.articles = articles;
    this.profiles = profiles;
  }

  /** What the page shows below the writer: their own articles or their favourites. */
  public record Tab(String name, String path, String empty) {}

  /** GET /@{username}: their articles, newest first, 20 a page. */
  public void articles(Context ctx) {
    show(ctx, "articles");
  }

  /** GET /@{username}/favorites: the articles they favourited, newest first, 20 a page. */
  public void favorites(Context ctx) {
    show(ctx, "favorites");
  }

  private void show(Context ctx, String tabName) {
    String asked = ctx.pathParam("username");
    var page = PageNumber.of(ctx);
    pages.sendPublic(ctx, () -> {
      var viewer = pages.viewer(ctx);
      Long viewerId = viewer.signedIn() ? viewer.id() : null;
      ProfileRow profile = profiles.findByUsername(asked, viewerId).orElseThrow(() -> new NotFound("profile", asked));
      String home = Format.profilePath(profile.username());
      boolean favorites = tabName.equals("favorites");
      var tab = favorites
          ? new Tab("favorites", home + "/favorites", profile.username() + " has not favourited anything yet.")
          : new Tab("articles", home, profile.username() + " has not published anything yet.");
      var filter = favorites
          ? new ArticleFilter(List.of(), null, profile.username(), viewerId)
          : new ArticleFilter(List.of(), profile.username(), null, viewerId);
      var list = articles.page(filter, page.paging());
      var pager = page.pager(tab.path(), list.articlesCount());
      String title = (favorites ? "Favourites of " : "") + profile.username() + (page.number() == 1 ? "" : " · page " + page.number());
      var frame = pages.frame(ctx, title, description(profile), pager.href(page.number()))
          .withFeed(new Frame.Feed(profile.username() + " · " + pages.site().title(), pages.site().absolute(ctx, home + "/feed.xml")));
      return pages.render("profile.jte", "frame", frame, "profile", profile, "picture", picture(profile.image()),
          "tab", tab, "articles", list.articles(), "pager", pager);
    });
  }

  private String description(ProfileRow profile) {
    return profile.bio() == null || profile.bio().isBlank()
        ? "Articles by " + profile.username() + " on " + pages.site().title() + "."
        : profile.bio();
  }

  /** The picture's address if it is one a browser may load here (http or https), else null: no picture shown. */
  static String picture(String image) {
    if (image == null) return null;
    String trimmed = image.trim();
    return trimmed.regionMatches(true, 0, "https://", 0, 8) || trimmed.regionMatches(true, 0, "http://", 0, 7) ? trimmed : null;
  }
}
