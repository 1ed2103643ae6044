package inkwell.profiles;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Profiles and follows; SQL in resources/inkwell/profiles/ProfileDao/. viewerId is null for anonymous callers. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ProfileRow.class)
@RegisterConstructorMapper(AuthorStamp.class)
public interface ProfileDao {
  @SqlQuery
  Optional<ProfileRow> findByUsername(String username, Long viewerId);

  /** Users with at least one published article and when their newest change was, by name, at most {@code limit}. */
  @SqlQuery
  List<AuthorStamp> findAuthors(int limit);

  /** Idempotent: following twice is one follow. */
  @SqlUpdate
  void follow(long followerId, long followedId);

  @SqlUpdate
  void unfollow(long followerId, long followedId);
}
