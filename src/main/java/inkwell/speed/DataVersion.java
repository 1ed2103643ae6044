package inkwell.speed;

import inkwell.db.Availability;
import inkwell.db.Dialect;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value that changes whenever anything commits a change to the database: this process, another app instance, or
 * the command line. Two equal readings mean nothing was written in between, so a response built after the first
 * reading is still exact at the second (ReadCache).
 *
 * - SQLite: PRAGMA data_version on a connection of its own that never writes. SQLite changes it whenever another
 *   connection, in any process, commits to the file.
 * - PostgreSQL: the current transaction snapshot (pg_current_snapshot()): any transaction that writes takes a new
 *   transaction id, and its commit leaves the in-progress list, so the snapshot text changes. Writes to other
 *   databases of the same cluster change it too; that only costs cache hits, never correctness.
 *
 * The reading is one tiny statement on its own connection (not from the pool, so it never waits behind requests).
 * Callers that queue for it share readings: a caller may take the result of any reading that STARTED after it
 * asked, which has seen every commit made before it asked, so it is as exact as a reading of its own. Under load
 * (every signed-in request asks, see auth/Sessions) one statement then answers all who arrived while the previous one
 * ran, instead of each waiting for a statement of its own. Nothing is reused across time: a caller never gets a
 * reading that began before it asked.
 * While the database is unreachable no reading can be had, and {@link #current()} throws DatabaseUnavailable: a
 * cached response could no longer be proven exact. Any other failure returns a fresh object that equals nothing,
 * and nothing is served from a cache.
 */
public final class DataVersion implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

  private final Availability.Connector connector;
  private final Availability availability;
  private final String query;
  private final ReentrantLock lock = new ReentrantLock();
  private Connection connection;
  private PreparedStatement statement;
  /** Readings begun so far; read without the lock when a caller arrives. */
  private final AtomicLong started = new AtomicLong();
  /** The number (in {@link #started}) of the last reading that succeeded, and its value; guarded by the lock. */
  private long lastNumber;
  private Object lastValue;

  /** {@code connector}: a connection outside the pool, with short timeouts (Database.directConnector). */
  public DataVersion(Dialect dialect, Availability.Connector connector, Availability availability) {
    this.connector = connector;
    this.availability = availability;
    this.query = dialect == Dialect.SQLITE ? "PRAGMA data_version" : "SELECT pg_current_snapshot()::text";
  }

  /** The current version; compare readings with equals(). DatabaseUnavailable while the database cannot answer. */
  public Object current() {
    // Outside the lock: during an outage one reader probes and the others are refused at once, rather than each
    // trying in turn while the rest wait for the lock.
    availability.probeDuringOutage();
    long before = started.get();
    lock.lock();
    try {
      if (lastNumber > before) return lastValue;   // that reading began after this caller arrived
      if (statement != null) {
        try {
          return read();
        } catch (SQLException stale) {
          // Most likely the server restarted, or an outage ended, since this connection was opened: try a fresh one,
          // as the pool checks a connection that sat idle. Not when the server said nothing at all: it is gone.
          closeQuietly();
          if (timedOut(stale)) throw stale;
        }
      }
      availability.refuseDuringOutage();   // one began while this reader waited for the lock
      open();
      return read();
    } catch (SQLException e) {
      closeQuietly();
      var unavailable = availability.report(e);
      if (unavailable.isPresent()) throw unavailable.get();
      log.warn("cannot read the data version ({}); serving without the read cache", e.getMessage());
      return new Object();
    } finally {
      lock.unlock();
    }
  }

  private String read() throws SQLException {
    long number = started.incrementAndGet();   // before the statement runs
    try (ResultSet rs = statement.executeQuery()) {
      rs.next();
      String value = rs.getString(1);
      lastNumber = number;
      lastValue = value;
      return value;
    }
  }

  private static boolean timedOut(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) return true;
    }
    return false;
  }

  private void open() throws SQLException {
    connection = availability.connect(connector);
    connection.setAutoCommit(true);
    statement = connection.prepareStatement(query);
  }

  private void closeQuietly() {
    try {
      if (connection != null) connection.close();
    } catch (SQLException ignored) {
      // already broken; a new one is opened at the next reading
    }
    connection = null;
    statement = null;
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closeQuietly();
    } finally {
      lock.unlock();
    }
  }
}
