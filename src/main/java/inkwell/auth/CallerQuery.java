package inkwell.auth;

import inkwell.auth.SessionDao.Caller;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The access check's query (CallerQuery/find.sql) through Jdbi's core API, on the request's handle. It runs whenever
 * Sessions' cache cannot answer, which is after every commit: on every request that follows a write. As an
 * on-demand SqlObject method it cost more than the query itself (attaching the extension and locating the SQL file on
 * each call: a quarter of the CPU of a created article in the profile, bench/README.md).
 */
final class CallerQuery {
  private static final String SQL =
      ClasspathSqlLocator.removingComments().getResource("inkwell/auth/CallerQuery/find.sql");
  private static final CallerMapper MAPPER = new CallerMapper();

  private final Jdbi jdbi;

  CallerQuery(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Empty when the user is gone; the session's columns are null when the session is not the user's (or gone). */
  Optional<Caller> find(long userId, String sessionId) {
    return jdbi.withHandle(h -> h.createQuery(SQL).bind("userId", userId).bind("sessionId", sessionId)
        .map(MAPPER).findOne());
  }
}
