package inkwell.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Users table access; each method runs the SQL file of its own name in resources/inkwell/users/UserDao/. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(User.class)
public interface UserDao extends SqlObject {

  /** The new id, or empty when the username or email is already taken (ON CONFLICT DO NOTHING, both databases). */
  @SqlQuery
  Optional<Long> insert(String username, String email, String passwordHash, Instant now);

  @SqlQuery
  Optional<User> findById(long id);

  @SqlQuery
  Optional<User> findByEmail(String email);

  /** Which of the two (username, email) another account already uses: rows of "username" / "email". */
  @SqlQuery
  List<String> findTaken(String username, String email, long exceptId);

  @SqlUpdate
  int update(@BindMethods User user);

  @SqlUpdate
  int updatePasswordHash(long id, String passwordHash);

  /** Case-insensitive, like the unique rule on usernames. */
  @SqlQuery
  Optional<User> findByUsername(String username);

  @SqlQuery
  List<User> listAll();

  @SqlQuery
  List<User> listPage(int limit, int offset);

  @SqlQuery
  int countAll();

  /** Deletes the account; its articles, comments, favorites, follows and sessions go by ON DELETE CASCADE. */
  @SqlUpdate
  int delete(long id);

  @SqlUpdate
  int setRole(long id, Role role);

  /** A time bans the account; null lifts the ban. */
  @SqlUpdate
  int setBannedAt(long id, Instant bannedAt);
}
