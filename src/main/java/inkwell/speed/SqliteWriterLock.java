package inkwell.speed;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * SQLite writers of this process take turns on one fair Java lock before they ask SQLite for its write lock.
 *
 * SQLite allows one writer at a time. Left to SQLite, a connection that finds the write lock taken sleeps in its busy
 * handler (1, 2, 5, 10 ... 100 ms between tries) although a write here holds the lock for well under a millisecond:
 * the benchmark's create scenario stalled at ~650 articles/s with the CPU half idle, and a polling busy handler
 * instead burnt the CPU on wake-ups. Queued on a fair lock, each writer sleeps once and is woken exactly when the
 * previous one commits. Readers never take it (WAL lets them read during a write).
 *
 * Every transaction takes the lock (in SQLite IMMEDIATE mode a transaction begins by taking the write lock anyway);
 * a write statement outside a transaction takes it for the statement. The lock is reentrant, so a write inside a
 * transaction costs nothing more.
 */
final class SqliteWriterLock {
  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER");

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Map<String, Boolean> writeBySql = new ConcurrentHashMap<>();

  private SqliteWriterLock() {}

  static void install(Jdbi jdbi) {
    var writers = new SqliteWriterLock();
    jdbi.setTransactionHandler(writers.new Serialized(jdbi.getTransactionHandler()));
    jdbi.addCustomizer(writers.new AutocommitWrites());
  }

  /** The first keyword after the comments that open our .sql files. */
  static boolean isWrite(String sql) {
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
      } else {
        break;
      }
    }
    int end = i;
    while (end < sql.length() && Character.isLetter(sql.charAt(end))) end++;
    return WRITES.contains(sql.substring(i, end).toUpperCase(Locale.ROOT));
  }

  private final class AutocommitWrites implements StatementCustomizer {
    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
      String sql = context.getRenderedSql();
      if (sql == null || !writeBySql.computeIfAbsent(sql, SqliteWriterLock::isWrite)) return;
      if (context.getConnection().getAutoCommit()) {
        lock.lock();
        context.addCleanable(lock::unlock);   // after the statement closes, whether it worked or failed
      }
    }
  }

  /** Wraps every transaction (and its specialised per-handle form) in the lock. */
  private final class Serialized extends DelegatingTransactionHandler {
    Serialized(TransactionHandler delegate) {
      super(delegate);
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
      return new Serialized(getDelegate().specialize(handle));
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
      lock.lock();
      try {
        return super.inTransaction(handle, callback);
      } finally {
        lock.unlock();
      }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
        HandleCallback<R, X> callback) throws X {
      lock.lock();
      try {
        return super.inTransaction(handle, level, callback);
      } finally {
        lock.unlock();
      }
    }
  }
}
