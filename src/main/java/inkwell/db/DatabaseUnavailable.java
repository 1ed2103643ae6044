package inkwell.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteException;

/**
 * The database cannot serve a request right now, for a reason outside our code: it cannot be reached, it refuses
 * writes (read-only), its storage is full or failing, or every connection is busy. web/Errors answers 503 with
 * Retry-After (507 when full), never 500. Nothing is half-written: the failed statement or transaction was rolled
 * back by the database.
 *
 * {@link #in} recognises these among the drivers' exceptions, for both databases; everything else stays an
 * unexpected failure.
 */
public final class DatabaseUnavailable extends RuntimeException {
  public enum Reason {
    UNREACHABLE("is unreachable; retry shortly"),
    BUSY("is busy: every connection is in use; retry shortly"),
    READ_ONLY("is read-only for now; nothing was written"),
    FULL("is out of space; nothing was written"),
    STORAGE_FAILING("cannot read or write its storage; nothing was written");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    /** For the client, after the word "database": never a host, user, file or SQL. */
    public String message() {
      return message;
    }
  }

  /** PostgreSQL's SQLStates (class 08 is every connection failure): the server is going or gone. */
  private static final Set<String> PG_GONE = Set.of("57P01", "57P02", "57P03");

  private final Reason reason;

  /** {@code cause} goes to the log only (it may name the host or file); the message is a one-line summary of it. */
  DatabaseUnavailable(Reason reason, Throwable cause) {
    super(summary(cause), cause, false, false);   // no stack trace: an expected outcome, not a bug
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The unavailability that caused {@code failure}, if that is what it was. */
  public static Optional<DatabaseUnavailable> in(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth++ < 20; t = next(t)) {
      if (t instanceof DatabaseUnavailable known) return Optional.of(known);
      Reason reason = reasonOf(t);
      if (reason != null) return Optional.of(new DatabaseUnavailable(reason, t));
    }
    return Optional.empty();
  }

  private static Reason reasonOf(Throwable t) {
    if (t instanceof SQLiteException sqlite) {
      String code = sqlite.getResultCode().name();
      if (code.startsWith("SQLITE_CANTOPEN")) return Reason.UNREACHABLE;
      if (code.startsWith("SQLITE_READONLY")) return Reason.READ_ONLY;
      if (code.equals("SQLITE_FULL")) return Reason.FULL;
      if (code.startsWith("SQLITE_IOERR")) return Reason.STORAGE_FAILING;
      // locked by another process (the command line) for longer than busy_timeout
      if (code.startsWith("SQLITE_BUSY")) return Reason.BUSY;
      return null;
    }
    if (!(t instanceof SQLException sql)) return null;
    String state = sql.getSQLState();
    if (state == null) {
      // Hikari's "Connection is not available, request timed out" carries the last failure to connect as its
      // cause; without one, no connection was free in time.
      return t instanceof SQLTransientConnectionException && t.getCause() == null ? Reason.BUSY : null;
    }
    if (state.startsWith("08") || PG_GONE.contains(state)) return Reason.UNREACHABLE;
    return switch (state) {
      case "53300" -> Reason.BUSY;             // too_many_connections
      case "53100" -> Reason.FULL;             // disk_full
      case "25006" -> Reason.READ_ONLY;        // read_only_sql_transaction: a standby, or default_transaction_read_only
      case "58030" -> Reason.STORAGE_FAILING;  // io_error
      default -> null;
    };
  }

  private static Throwable next(Throwable t) {
    if (t.getCause() != null) return t.getCause();
    return t instanceof SQLException sql ? sql.getNextException() : null;
  }

  /** The innermost SQLException says most (the pool's timeout wraps the driver's failure to connect). */
  private static String summary(Throwable failure) {
    Throwable cause = failure;
    for (Throwable t = failure.getCause(); t != null && t != cause; t = t.getCause()) {
      if (t instanceof SQLException) cause = t;
    }
    String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").trim();
    if (message.length() > 200) message = message.substring(0, 200) + "...";
    return cause.getClass().getSimpleName() + ": " + message;
  }
}
