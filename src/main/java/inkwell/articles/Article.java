package inkwell.articles;

import com.fasterxml.jackson.annotation.JsonInclude;
import inkwell.profiles.Profile;
import java.time.Instant;
import java.util.List;

/**
 * RealWorld's Article. In lists the body is left out (null, and so not written), as the spec's list shape has none.
 * draft (our extension) is true for a draft and null, so not written, for a published article: a plain RealWorld
 * client sees exactly the spec's shape, and only an author ever sees a draft.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
    String slug,
    String title,
    String description,
    String body,
    List<String> tagList,
    Instant createdAt,
    Instant updatedAt,
    boolean favorited,
    long favoritesCount,
    Profile author,
    Boolean draft) {

  static Article of(ArticleRow row, List<String> tags) {
    return new Article(row.slug(), row.title(), row.description(), row.body(), tags,
        row.createdAt(), row.updatedAt(), row.favorited(), row.favoritesCount(), row.author(),
        row.draft() ? Boolean.TRUE : null);
  }
}
