package inkwell.favorites;

import inkwell.articles.Article;
import inkwell.articles.Articles;
import inkwell.auth.Identity;
import io.javalin.http.Context;

/**
 * Favorites.
 *   curl -X POST   localhost:7070/api/articles/hello/favorite -H "Authorization: Token $TOKEN"
 *   curl -X DELETE localhost:7070/api/articles/hello/favorite -H "Authorization: Token $TOKEN"
 */
public final class FavoriteHandlers {
  private final FavoriteDao favorites;
  private final Articles articles;

  public FavoriteHandlers(FavoriteDao favorites, Articles articles) {
    this.favorites = favorites;
    this.articles = articles;
  }

  record ArticleResponse(Article article) {}

  public void add(Context ctx) {
    long me = Identity.of(ctx).userId();
    var key = articles.key(ctx.pathParam("slug"), me);
    favorites.add(me, key.id());
    ctx.json(new ArticleResponse(articles.one(key.slug(), me)));
  }

  public void remove(Context ctx) {
    long me = Identity.of(ctx).userId();
    var key = articles.key(ctx.pathParam("slug"), me);
    favorites.remove(me, key.id());
    ctx.json(new ArticleResponse(articles.one(key.slug(), me)));
  }
}
