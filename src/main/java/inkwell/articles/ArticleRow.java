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

  @JdbiProperty(map = false)
  public Profile author() {
    return new Profile(authorUsername, authorBio, authorImage, following);
  }
}
