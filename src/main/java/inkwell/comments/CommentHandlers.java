package inkwell.comments;

import inkwell.articles.Articles;
import inkwell.auth.Identity;
import inkwell.http.Invalid;
import inkwell.http.JsonBody;
import inkwell.http.Paging;
import io.javalin.http.Context;
import java.util.List;

/**
 * Comments.
 *   curl localhost:7070/api/articles/hello/comments
 *   curl -X POST localhost:7070/api/articles/hello/comments -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' -d '{"comment":{"body":"Nice."}}'
 *   curl -X DELETE localhost:7070/api/articles/hello/comments/1 -H "Authorization: Token $TOKEN"
 *   curl 'localhost:7070/api/user/comments?limit=20&offset=0' -H "Authorization: Token $TOKEN"
 */
public final class CommentHandlers {
  private final CommentDao comments;
  private final Articles articles;
  private final CommentWrites writes;

  public CommentHandlers(CommentDao comments, Articles articles, CommentWrites writes) {
    this.comments = comments;
    this.articles = articles;
    this.writes = writes;
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
    ctx.json(new CommentResponse(writes.add(ctx.pathParam("slug"), Identity.of(ctx).userId(), in.body())));
  }

  public void delete(Context ctx) {
    var me = Identity.of(ctx);
    writes.delete(ctx.pathParam("slug"), ctx.pathParam("id"), me.userId(), me.isAdmin());
    ctx.status(204);
  }

  public void mine(Context ctx) {
    long me = Identity.of(ctx).userId();
    var paging = Paging.of(ctx);
    var rows = comments.findByAuthor(me, paging.limit(), paging.offset());
    ctx.json(new CommentPage(rows.stream().map(row -> row.toComment(true)).toList(), comments.countByAuthor(me)));
  }
}
