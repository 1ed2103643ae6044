package inkwell.articles;

import inkwell.auth.Identity;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.Paging;
import inkwell.http.Validation;
import inkwell.speed.ReadCache;
import inkwell.tags.TagNames;
import io.javalin.http.Context;

/**
 * Articles: HTTP in and out; the rules live in Articles (reads) and ArticleWrites (writes), which the pages share.
 *   curl 'localhost:7070/api/articles?tag=java&tag=sql&author=ana&limit=10&offset=0'
 *   curl localhost:7070/api/articles/feed -H "Authorization: Token $TOKEN"
 *   curl -X POST localhost:7070/api/articles -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' \
 *        -d '{"article":{"title":"Hello","description":"First post","body":"...","tagList":["intro"]}}'
 *   curl localhost:7070/api/articles/hello
 *   curl -X PUT localhost:7070/api/articles/hello -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' -d '{"article":{"title":"Hello again"}}'
 *   curl -X DELETE localhost:7070/api/articles/hello-again -H "Authorization: Token $TOKEN"
 *   curl 'localhost:7070/api/user/drafts?limit=20&offset=0' -H "Authorization: Token $TOKEN"
 */
public final class ArticleHandlers {
  private final Articles articles;
  private final ArticleWrites writes;
  private final ReadCache reads;

  public ArticleHandlers(Articles articles, ArticleWrites writes, ReadCache reads) {
    this.articles = articles;
    this.writes = writes;
    this.reads = reads;
  }

  record Request(ArticleInput article) {}
  record ArticleResponse(Article article) {}

  public void list(Context ctx) {
    refuseNul(ctx, "tag", "author", "favorited");
    var filter = new ArticleFilter(TagNames.normalise(ctx.queryParams("tag")), blankToNull(ctx.queryParam("author")),
        blankToNull(ctx.queryParam("favorited")), viewer(ctx));
    var paging = Paging.of(ctx);
    reads.respond(ctx, () -> articles.page(filter, paging));
  }

  /** The caller's own feed, from memory while nothing at all was committed since it was built (ReadCache.respondTo). */
  public void feed(Context ctx) {
    long me = Identity.of(ctx).userId();
    var paging = Paging.of(ctx);
    reads.respondTo(ctx, me, () -> articles.feed(me, paging));
  }

  /** The caller's drafts (our extension), last edited first. */
  public void drafts(Context ctx) {
    long me = Identity.of(ctx).userId();
    ctx.json(articles.drafts(me, Paging.of(ctx)));
  }

  /** Anonymous answers may come from the read cache: they never include a draft, which only its author can read. */
  public void get(Context ctx) {
    reads.respond(ctx, () -> new ArticleResponse(articles.one(ctx.pathParam("slug"), viewer(ctx))));
  }

  public void create(Context ctx) {
    var in = input(ctx);
    ctx.status(201).json(new ArticleResponse(writes.create(Identity.user(ctx), in)));
  }

  /** Who may edit is settled before the body is read: someone else's article is 403 (or 404) whatever they sent. */
  public void update(Context ctx) {
    long me = Identity.of(ctx).userId();
    var key = writes.editable(ctx.pathParam("slug"), me);
    ctx.json(new ArticleResponse(writes.update(key, me, input(ctx))));
  }

  public void delete(Context ctx) {
    var me = Identity.of(ctx);
    writes.delete(ctx.pathParam("slug"), me.userId(), me.isAdmin());
    ctx.status(204);
  }

  private static ArticleInput input(Context ctx) {
    var in = JsonBody.read(ctx, Request.class).article();
    if (in == null) throw new Invalid("article", "can't be blank");
    return in;
  }

  /** A name holding U+0000 names nothing we store, and PostgreSQL refuses to compare one (a 500): 422, as for a body. */
  private static void refuseNul(Context ctx, String... params) {
    var v = new Validation();
    for (String name : params) ctx.queryParams(name).forEach(value -> v.noNul(name, value));
    v.orThrow();
  }

  private static Long viewer(Context ctx) {
    return Identity.optional(ctx).map(Identity::userId).orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
