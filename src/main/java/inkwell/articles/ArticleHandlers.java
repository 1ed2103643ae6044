package inkwell.articles;

import inkwell.auth.Identity;
import inkwell.db.Timestamps;
import inkwell.http.Forbidden;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.Paging;
import inkwell.speed.ReadCache;
import inkwell.http.Validation;
import inkwell.tags.TagNames;
import io.javalin.http.Context;
import java.util.List;

/**
 * Articles.
 *   curl 'localhost:7070/api/articles?tag=java&tag=sql&author=ana&limit=10&offset=0'
 *   curl localhost:7070/api/articles/feed -H "Authorization: Token $TOKEN"
 *   curl -X POST localhost:7070/api/articles -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' \
 *        -d '{"article":{"title":"Hello","description":"First post","body":"...","tagList":["intro"]}}'
 *   curl localhost:7070/api/articles/hello
 *   curl -X PUT localhost:7070/api/articles/hello -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' -d '{"article":{"title":"Hello again"}}'
 *   curl -X DELETE localhost:7070/api/articles/hello-again -H "Authorization: Token $TOKEN"
 */
public final class ArticleHandlers {
  private final ArticleDao dao;
  private final Articles articles;
  private final ReadCache reads;

  public ArticleHandlers(ArticleDao dao, Articles articles, ReadCache reads) {
    this.dao = dao;
    this.articles = articles;
    this.reads = reads;
  }

  /** Create: title, description, body required. Update: every field optional; tagList (our extension) replaces the tags. */
  record Fields(String title, String description, String body, List<String> tagList) {}
  record Request(Fields article) {}
  record ArticleResponse(Article article) {}

  public void list(Context ctx) {
    refuseNul(ctx, "tag", "author", "favorited");
    var filter = new ArticleFilter(TagNames.normalise(ctx.queryParams("tag")), blankToNull(ctx.queryParam("author")),
        blankToNull(ctx.queryParam("favorited")), viewer(ctx));
    var paging = Paging.of(ctx);
    reads.respond(ctx, () -> articles.page(filter, paging));
  }

  public void feed(Context ctx) {
    long me = Identity.of(ctx).userId();
    ctx.json(articles.feed(me, Paging.of(ctx)));
  }

  public void get(Context ctx) {
    reads.respond(ctx, () -> new ArticleResponse(articles.one(ctx.pathParam("slug"), viewer(ctx))));
  }

  public void create(Context ctx) {
    var in = fields(ctx);
    var v = new Validation();
    v.required("title", in.title());
    v.required("description", in.description());
    v.required("body", in.body());
    var tags = validate(v, in);
    long me = Identity.of(ctx).userId();
    String slug = dao.create(in.title().trim(), in.description(), in.body(), tags, me, Timestamps.now());
    ctx.status(201).json(new ArticleResponse(articles.one(slug, me)));
  }

  public void update(Context ctx) {
    var me = Identity.of(ctx);
    var key = articles.key(ctx.pathParam("slug"));
    if (key.authorId() != me.userId()) throw new Forbidden("only the author may edit this article");
    var in = fields(ctx);
    var v = new Validation();
    if (in.title() != null) v.required("title", in.title());
    if (in.description() != null) v.required("description", in.description());
    if (in.body() != null) v.required("body", in.body());
    var tags = validate(v, in);
    var current = articles.one(key.slug(), me.userId());
    String slug = dao.edit(key, current.title(),
        in.title() == null ? current.title() : in.title().trim(),
        in.description() == null ? current.description() : in.description(),
        in.body() == null ? current.body() : in.body(),
        in.tagList() == null ? null : tags, Timestamps.now());
    ctx.json(new ArticleResponse(articles.one(slug, me.userId())));
  }

  /** The author may delete; so may an admin (moderation). */
  public void delete(Context ctx) {
    var me = Identity.of(ctx);
    var key = articles.key(ctx.pathParam("slug"));
    if (key.authorId() != me.userId() && !me.isAdmin()) throw new Forbidden("only the author or an admin may delete this article");
    dao.delete(key.id());
    ctx.status(204);
  }

  private static Fields fields(Context ctx) {
    var in = JsonBody.read(ctx, Request.class).article();
    if (in == null) throw new Invalid("article", "can't be blank");
    return in;
  }

  /** Checks lengths and tags (after the caller's own required-field checks); returns the normalised tags. */
  private static List<String> validate(Validation v, Fields in) {
    v.length("title", in.title(), 0, 200);
    v.length("description", in.description(), 0, 1000);
    v.length("body", in.body(), 0, 100_000);
    var tags = TagNames.normalise(in.tagList() == null ? List.of() : in.tagList());
    TagNames.validate(v, tags);
    v.orThrow();
    return tags;
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
