package inkwell.comments;

import inkwell.articles.Articles;
import inkwell.auth.Identity;
import inkwell.db.Timestamps;
import inkwell.http.Forbidden;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.NotFound;
import inkwell.http.Paging;
import inkwell.http.Validation;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Comments.
 *   curl localhost:7070/api/articles/hello/comments
 *   curl -X POST localhost:7070/api/articles/hello/comments -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' -d '{"comment":{"body":"Nice."}}'
 *   curl -X DELETE localhost:7070/api/articles/hello/comments/1 -H "Authorization: Token $TOKEN"
 *   curl 'localhost:7070/api/user/comments?limit=20&offset=0' -H "Authorization: Token $TOKEN"
 */
public final class CommentHandlers {
  static final int MAX_BODY = 10_000;

  private final CommentDao comments;
  private final Articles articles;

  public CommentHandlers(CommentDao comments, Articles articles) {
    this.comments = comments;
    this.articles = articles;
  }

  record NewComment(String body) {}
  record Request(NewComment comment) {}
  record CommentResponse(Comment comment) {}
  record CommentList(List<Comment> comments) {}
  record CommentPage(List<Comment> comments, long commentsCount) {}

  public void list(Context ctx) {
    Long viewer = Identity.optional(ctx).map(Identity::userId).orElse(null);
    var article = articles.key(ctx.pathParam("slug"), viewer);
    var rows = comments.findForArticle(article.id(), viewer);
    ctx.json(new CommentList(rows.stream().map(row -> row.toComment(false)).toList()));
  }

  /** 200, not 201: the RealWorld spec says so for comments. */
  public void add(Context ctx) {
    var in = JsonBody.read(ctx, Request.class).comment();
    if (in == null) throw new Invalid("comment", "can't be blank");
    var v = new Validation();
    if (v.required("body", in.body())) v.length("body", in.body(), 1, MAX_BODY);
    v.orThrow();
    long me = Identity.of(ctx).userId();
    var article = articles.key(ctx.pathParam("slug"), me);
    long id = comments.insert(article.id(), me, in.body(), Timestamps.now());
    ctx.json(new CommentResponse(comments.findById(id, me).orElseThrow().toComment(false)));
  }

  /** The comment's author may delete it; so may an admin (moderation). */
  public void delete(Context ctx) {
    var me = Identity.of(ctx);
    var article = articles.key(ctx.pathParam("slug"), me.userId());
    var comment = commentId(ctx.pathParam("id"))
        .flatMap(id -> comments.findById(id, me.userId()))
        .filter(c -> c.articleId() == article.id())
        .orElseThrow(() -> new NotFound("comment", ctx.pathParam("id")));
    if (comment.authorId() != me.userId() && !me.isAdmin()) throw new Forbidden("only the comment's author or an admin may delete it");
    comments.delete(comment.id());
    ctx.status(204);
  }

  public void mine(Context ctx) {
    long me = Identity.of(ctx).userId();
    var paging = Paging.of(ctx);
    var rows = comments.findByAuthor(me, paging.limit(), paging.offset());
    ctx.json(new CommentPage(rows.stream().map(row -> row.toComment(true)).toList(), comments.countByAuthor(me)));
  }

  private static Optional<Long> commentId(String raw) {
    try {
      return Optional.of(Long.parseLong(raw));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
