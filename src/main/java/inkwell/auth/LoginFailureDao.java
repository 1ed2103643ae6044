package inkwell.auth;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The login_failures table (V005), for {@link LoginThrottle}; SQL in resources/inkwell/auth/LoginFailureDao/. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(LoginFailureDao.Count.class)
public interface LoginFailureDao {
  /** Failures of one key (account or address) in its current window. */
  record Count(String key, int failures, Instant windowEnd) {}

  @SqlUpdate
  void recordFailure(String key, Instant now, Instant windowEnd);

  @SqlQuery
  List<Count> current(String account, String address, Instant now);

  @SqlUpdate
  void reset(String key);

  @SqlUpdate
  int purgeEnded(Instant now);
}
