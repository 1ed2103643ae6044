package inkwell.articles;

import com.fasterxml.jackson.annotation.JsonInclude;
import inkwell.profiles.Profile;
import inkwell.tags.TagNames;
import inkwell.users.User;
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

  /**
   * A new article as a read back would show it to its author, built from what was written: the author's row as the
   * access check read it, tags sorted as the database reads them, no favorites, the stored time (milliseconds).
   */
  static Article created(NewArticle a, NewArticles.Saved saved, User author) {
    return new Article(saved.slug(), a.title(), a.description(), a.body(), TagNames.sorted(a.tags()),
        saved.createdAt(), saved.createdAt(), false, 0, new Profile(author.username(), author.bio(), author.image(), false),
        a.draft() ? Boolean.TRUE : null);
  }

  static Article of(ArticleRow row, List<String> tags) {
    return new Article(row.slug(), row.title(), row.description(), row.body(), tags,
        row.createdAt(), row.updatedAt(), row.favorited(), row.favoritesCount(), row.author(),
        row.draft() ? Boolean.TRUE : null);
  }
}
