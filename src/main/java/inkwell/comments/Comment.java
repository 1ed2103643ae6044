package inkwell.comments;

import com.fasterxml.jackson.annotation.JsonInclude;
import inkwell.profiles.Profile;
import java.time.Instant;

/** RealWorld's Comment; "article" (slug and title) is added only in GET /api/user/comments, where it is needed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comment(long id, Instant createdAt, Instant updatedAt, String body, Profile author, ArticleRef article) {
  public record ArticleRef(String slug, String title) {}
}
