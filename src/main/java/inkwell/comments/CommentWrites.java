package inkwell.comments;

import inkwell.articles.Articles;
import inkwell.db.Timestamps;
import inkwell.http.Forbidden;
import inkwell.http.NotFound;
import inkwell.http.Validation;
import java.util.Optional;

/**
 * The rules for writing comments, for the API handlers and the HTML pages alike: a body of 1 to 10,000 characters
 * on an article the writer can see; only the comment's author or an admin may delete it.
 */
public final class CommentWrites {
  static final int MAX_BODY = 10_000;

  private final CommentDao comments;
  private final Articles articles;

  public CommentWrites(CommentDao comments, Articles articles) {
    this.comments = comments;
    this.articles = articles;
  }

  /** Adds the comment and returns it as the API shows it (its id names the page anchor #comment-id). */
  public Comment add(String slug, long userId, String body) {
    var v = new Validation();
    if (v.required("body", body)) v.length("body", body, 1, MAX_BODY);
    v.orThrow();
    var article = articles.key(slug, userId);
    long id = comments.insert(article.id(), userId, body, Timestamps.now());
    return comments.findById(id, userId).orElseThrow().toComment(false);
  }

  /** rawId as it came in the path; a comment of another article, or none, is a 404. */
  public void delete(String slug, String rawId, long userId, boolean isAdmin) {
    var article = articles.key(slug, userId);
    var comment = commentId(rawId)
        .flatMap(id -> comments.findById(id, userId))
        .filter(c -> c.articleId() == article.id())
        .orElseThrow(() -> new NotFound("comment", rawId));
    if (comment.authorId() != userId && !isAdmin) throw new Forbidden("only the comment's author or an admin may delete it");
    comments.delete(comment.id());
  }

  private static Optional<Long> commentId(String raw) {
    try {
      return Optional.of(Long.parseLong(raw));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
