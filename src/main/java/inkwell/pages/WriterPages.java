package inkwell.pages;

import inkwell.articles.Articles;
import inkwell.auth.Identity;
import inkwell.comments.CommentWrites;
import inkwell.favorites.FavoriteDao;
import inkwell.http.Invalid;
import inkwell.profiles.Follows;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a signed-in reader does besides writing: comment, favourite, follow, and read their feed and their drafts.
 * Forms answer 303 back to where they came from; the rules are the API's (CommentWrites, FavoriteDao, Follows).
 *   POST /articles/{slug}/comments               body=...          -> /articles/{slug}#comment-{id}
 *   POST /articles/{slug}/comments/{id}/delete                     -> /articles/{slug}#comments
 *   POST /articles/{slug}/favorite               favorite=true|false
 *   POST /@{username}/follow                     follow=true|false [back=/local/path]
 *   GET  /feed?page=N   GET /drafts?page=N
 */
public final class WriterPages {
  private final Pages pages;
  private final Articles articles;
  private final CommentWrites comments;
  private final FavoriteDao favorites;
  private final Follows follows;

  public WriterPages(Pages pages, Articles articles, CommentWrites comments, FavoriteDao favorites, Follows follows) {
    this.pages = pages;
    this.articles = articles;
    this.comments = comments;
    this.favorites = favorites;
    this.follows = follows;
  }

  /** A refused comment comes back on a small page of its own with the text kept (422), to fix and send again. */
  public void comment(Context ctx) {
    long me = Identity.of(ctx).userId();
    String slug = ctx.pathParam("slug");
    String body = FormText.of(ctx, "body");
    try {
      FormText.refuseNul("body", body);
      var comment = comments.add(slug, me, body);
      pages.redirect(ctx, "/articles/" + slug + "#comment-" + comment.id());
    } catch (Invalid e) {
      var article = articles.one(slug, me);
      var frame = pages.frame(ctx, "Your comment", null, "/articles/" + article.slug());
      pages.send(ctx, 422, pages.render("comment.jte", "frame", frame, "article", article, "body", body,
          "errors", e.errors().values().stream().flatMap(java.util.List::stream).toList()));
    }
  }

  public void deleteComment(Context ctx) {
    var me = Identity.of(ctx);
    String slug = ctx.pathParam("slug");
    comments.delete(slug, ctx.pathParam("id"), me.userId(), me.isAdmin());
    pages.redirect(ctx, "/articles/" + slug + "#comments");
  }

  public void favorite(Context ctx) {
    long me = Identity.of(ctx).userId();
    var key = articles.key(ctx.pathParam("slug"), me);
    if (FormText.flag(ctx, "favorite")) favorites.add(me, key.id());
    else favorites.remove(me, key.id());
    pages.redirect(ctx, "/articles/" + key.slug());
  }

  public void follow(Context ctx) {
    long me = Identity.of(ctx).userId();
    String username = ctx.pathParam("username");
    var profile = FormText.flag(ctx, "follow") ? follows.follow(me, username) : follows.unfollow(me, username);
    String back = ctx.formParam("back");
    pages.redirect(ctx, back == null ? "/@" + URLEncoder.encode(profile.username(), StandardCharsets.UTF_8) : Pages.safeNext(back));
  }

  /** The articles of the people I follow, newest first, 20 a page. */
  public void feed(Context ctx) {
    var page = PageNumber.of(ctx);
    var list = articles.feed(Identity.of(ctx).userId(), page.paging());
    var frame = pages.frame(ctx, "Following", null, "/feed").inSection("feed");
    pages.send(ctx, 200, pages.render("feed.jte", "frame", frame, "articles", list.articles(),
        "pager", page.pager("/feed", list.articlesCount())));
  }

  /** My drafts, last edited first, each opening in the editor. */
  public void drafts(Context ctx) {
    var page = PageNumber.of(ctx);
    var list = articles.drafts(Identity.of(ctx).userId(), page.paging());
    var frame = pages.frame(ctx, "Drafts", null, "/drafts").inSection("drafts");
    pages.send(ctx, 200, pages.render("drafts.jte", "frame", frame, "articles", list.articles(),
        "pager", page.pager("/drafts", list.articlesCount())));
  }
}
