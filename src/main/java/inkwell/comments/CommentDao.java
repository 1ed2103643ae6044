package inkwell.comments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Comments; SQL in resources/inkwell/comments/CommentDao/. viewerId (null when anonymous) decides "following". */
@UseClasspathSqlLocator
@RegisterConstructorMapper(CommentRow.class)
public interface CommentDao {
  @SqlQuery
  long insert(long articleId, long authorId, String body, Instant now);

  @SqlQuery
  Optional<CommentRow> findById(long id, Long viewerId);

  /** All comments of an article, newest first, with their authors: one statement. */
  @SqlQuery
  List<CommentRow> findForArticle(long articleId, Long viewerId);

  /** One user's comments across articles, newest first: one statement per page. */
  @SqlQuery
  List<CommentRow> findByAuthor(long authorId, int limit, int offset);

  @SqlQuery
  long countByAuthor(long authorId);

  @SqlUpdate
  void delete(long id);
}
