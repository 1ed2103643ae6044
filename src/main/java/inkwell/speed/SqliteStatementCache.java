package inkwell.speed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * SQLite: each pooled connection keeps its prepared statements and reuses them, as PostgreSQL's driver already does
 * on its own (prepareThreshold). sqlite-jdbc compiles the SQL again for every statement, and our list query (a view
 * with per-row subqueries) took longer to compile than to run: in the profile of GET /api/articles, compiling was a
 * large part of SQLite's time (bench/README.md).
 *
 * Statements are prepared on the driver's own connection (under Hikari's proxy), so they outlive one borrowing of
 * it; they are closed with the connection. A statement is handed out to one user at a time: if the same SQL is
 * needed again while its statement is still in use (a query inside the loop over the same query's rows), a fresh
 * one is prepared and closed as usual. Statements that return generated keys are never kept.
 */
final class SqliteStatementCache implements StatementBuilderFactory {
  /** Distinct SQL texts kept per connection; we have fewer than a hundred statements in all. */
  static final int MAX_PER_CONNECTION = 128;

  private final Map<SQLiteConnection, Kept> byConnection = Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public StatementBuilder createStatementBuilder(Connection connection) {
    return new Builder();
  }

  /** One connection's statements; a connection is used by one thread at a time, so no locking inside. */
  private static final class Kept {
    final Map<String, PreparedStatement> bySql = new HashMap<>();
    final Set<Statement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private final class Builder extends DefaultStatementBuilder {
    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
      if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) return super.create(connection, sql, ctx);
      var driverConnection = connection.unwrap(SQLiteConnection.class);
      var kept = byConnection.computeIfAbsent(driverConnection, c -> new Kept());
      var statement = kept.bySql.get(sql);
      if (statement == null || statement.isClosed()) {
        if (kept.bySql.size() >= MAX_PER_CONNECTION) return super.create(connection, sql, ctx);
        statement = driverConnection.prepareStatement(sql);
        kept.bySql.put(sql, statement);
      } else if (kept.inUse.contains(statement)) {
        return super.create(connection, sql, ctx);
      }
      kept.inUse.add(statement);
      return statement;
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
      var kept = byConnection.get(connection.unwrap(SQLiteConnection.class));
      if (kept != null && kept.inUse.remove(statement)) {
        // back to the connection's shelf, without the last caller's values (its result set is closed by now,
        // which resets the SQLite statement)
        ((PreparedStatement) statement).clearParameters();
        ((PreparedStatement) statement).clearBatch();
        return;
      }
      super.close(connection, sql, statement);
    }
  }
}
