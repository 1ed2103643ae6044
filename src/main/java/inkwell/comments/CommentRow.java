package inkwell.comments;

import inkwell.profiles.Profile;
import java.time.Instant;

/** A comment with its author, the caller's view of the author, and its article (slug, title). */
public record CommentRow(
    long id,
    long articleId,
    long authorId,
    String body,
    Instant createdAt,
    Instant updatedAt,
    String authorUsername,
    String authorBio,
    String authorImage,
    boolean following,
    String articleSlug,
    String articleTitle) {

  public Comment toComment(boolean withArticle) {
    return new Comment(id, createdAt, updatedAt, body,
        new Profile(authorUsername, authorBio, authorImage, following),
        withArticle ? new Comment.ArticleRef(articleSlug, articleTitle) : null);
  }
}
