package inkwell.auth;

import inkwell.db.Timestamps;
import inkwell.users.User;
import inkwell.users.SessionRevoker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The sessions table (see V004); each method runs the SQL file of its own name in resources/inkwell/auth/SessionDao/. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(SessionDao.Session.class)
@RegisterConstructorMapper(SessionDao.Login.class)
public interface SessionDao extends SessionRevoker {
  /**
   * What the access check needs to know about a token's user and session, read in one query: the user's row now,
   * and the session (all three null when the token's session is not the user's, or gone).
   */
  record Caller(User user, String sessionId, Instant revokedAt, Instant expiresAt) {}

  record Session(String id, long userId, String refreshJti, String previousJti, Instant rotatedAt,
                 Instant expiresAt, Instant revokedAt) {}

  /** One login as /settings/sessions lists it (V009); userAgent is null for sessions from before V009. */
  record Login(String id, Instant createdAt, Instant lastUsedAt, String userAgent) {}

  @SqlUpdate
  void insert(String id, long userId, String refreshJti, Instant now, Instant expiresAt, String userAgent);

  @SqlQuery
  Optional<Session> find(String id);

  /** 1 when {@code presentedJti} was the current refresh token and is now replaced by {@code newJti}; else 0. */
  @SqlUpdate
  int rotate(String id, String presentedJti, String newJti, Instant now);

  /** The session was used now (a renewal or refresh): "last used" on /settings/sessions. */
  @SqlUpdate
  int touch(String id, Instant now);

  @SqlQuery
  List<Login> findLiveOfUser(long userId, Instant now);

  @SqlUpdate
  int revoke(String id, Instant now);

  /** 1 when the session is the user's (revoked now, or already), 0 for an unknown id or someone else's. */
  @SqlUpdate
  int revokeOfUser(String id, long userId, Instant now);

  @SqlUpdate
  int revokeOthersOfUser(long userId, String keepId, Instant now);

  @SqlUpdate
  int revokeAllOfUser(long userId, Instant now);

  /** Every login of the user ends now (a ban, a new password, "log out everywhere"). */
  @Override
  default void revokeAll(long userId) {
    revokeAllOfUser(userId, Timestamps.now());
  }

  @SqlUpdate
  int purgeExpired(Instant now);

  @SqlQuery
  int count();
}
