package inkwell.articles;

import inkwell.profiles.Profile;
import java.time.Instant;
import org.jdbi.v3.core.annotation.JdbiProperty;

/** An article with its author and the caller's view of it, as one query returns it (body is null in lists). */
public record ArticleRow(
    long id,
    String slug,
    String title,
    String description,
    String body,
    Instant createdAt,
    Instant updatedAt,
    long authorId,
    String authorUsername,
    String authorBio,
    String authorImage,
    boolean following,
    boolean favorited,
    long favoritesCount,
    boolean draft) {

  /** The same row with its body, for lists that carry whole articles (feeds). */
  public ArticleRow withBody(String text) {
    return new ArticleRow(id, slug, title, description, text, createdAt, updatedAt, authorId, authorUsername,
        authorBio, authorImage, following, favorited, favoritesCount, draft);
  }

  @JdbiProperty(map = false)
  public Profile author() {
    return new Profile(authorUsername, authorBio, authorImage, following);
  }
}
