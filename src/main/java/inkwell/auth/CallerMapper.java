package inkwell.auth;

import inkwell.auth.SessionDao.Caller;
import inkwell.users.Role;
import inkwell.users.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The access check's row (CallerQuery/find.sql), mapped by hand: it runs on every request the cache of Sessions
 * cannot answer, and Jdbi's constructor mapper specialises itself anew for each result set (bench/README.md).
 * Times as Jdbi maps an Instant: JDBC timestamps (SQLite's epoch milliseconds, PostgreSQL's timestamptz). Used by
 * CallerQuery.
 */
public final class CallerMapper implements RowMapper<Caller> {
  @Override
  public Caller map(ResultSet rs, StatementContext ctx) throws SQLException {
    var user = new User(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
        rs.getString("password_hash"), rs.getString("bio"), rs.getString("image"), Role.valueOf(rs.getString("role")),
        instant(rs, "banned_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
    return new Caller(user, rs.getString("session_id"), instant(rs, "revoked_at"), instant(rs, "expires_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
