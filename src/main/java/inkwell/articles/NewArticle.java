package inkwell.articles;

import java.util.List;

/**
 * An article to create, validated: title trimmed, tags normalised (TagNames) in the order the author gave them, and
 * the title's slug (Slugs.base), worked out by the request so that the one writer of new articles has less to do.
 */
public record NewArticle(String title, String slug, String description, String body, List<String> tags,
                         boolean draft, long authorId) {
  public NewArticle(String title, String description, String body, List<String> tags, boolean draft, long authorId) {
    this(title, Slugs.base(title), description, body, tags, draft, authorId);
  }
}
