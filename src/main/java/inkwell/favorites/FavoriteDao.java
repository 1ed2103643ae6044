package inkwell.favorites;

import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Who favorited what; SQL in resources/inkwell/favorites/FavoriteDao/. Both operations are idempotent. */
@UseClasspathSqlLocator
public interface FavoriteDao {
  @SqlUpdate
  void add(long userId, long articleId);

  @SqlUpdate
  void remove(long userId, long articleId);
}
