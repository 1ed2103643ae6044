package inkwell.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database can be reached, learnt from real failures, with one log line when an outage starts and one
 * when it ends.
 *
 * Why: with PostgreSQL gone, every request waited out the pool's connection timeout (30 s) on a server thread, then
 * answered 500 and logged a stack trace. Now a failure to connect starts an outage, and so does a statement failing
 * on a broken connection when a probe cannot connect either. During an outage, a request that needs a connection
 * first tries a fresh one of its own (the probe, with short timeouts, outside the pool): if it answers, the outage is
 * over and the request goes on; if not, or while another request is probing, it is refused at once
 * ({@link DatabaseUnavailable}, answered 503) without waiting on the pool. So recovery is immediate (the first
 * request after the database returns is served), and at most one thread at a time waits, for the probe only.
 *
 * A database that refuses writes (read-only, full, failing storage) still serves reads, so that is no outage: the
 * first refusal is logged, and another only after {@link #QUIET} without any.
 */
public final class Availability {
  private static final Logger log = LoggerFactory.getLogger(Availability.class);
  static final Duration QUIET = Duration.ofMinutes(1);
  /** How long a request may wait for a connection when all are in use: as long as the pool's default. */
  static final Duration BUSY_WAIT = Duration.ofSeconds(30);

  /** Opens a connection; the probe's must not wait long (see Database's timeouts). */
  @FunctionalInterface
  public interface Connector {
    Connection connect() throws SQLException;
  }

  private record Outage(long startedNanos, DatabaseUnavailable refusal, AtomicLong refused) {}

  private final Connector probe;
  private final Consumer<Boolean> outageChanged;
  private final AtomicReference<Outage> outage = new AtomicReference<>();
  private final AtomicBoolean probing = new AtomicBoolean();
  private final AtomicLong lastWriteRefusal = new AtomicLong();

  /** A database whose outages change nothing else (a test's). */
  public Availability(Connector probe) {
    this(probe, down -> { });
  }

  /** {@code outage} is told true when an outage starts, false when it ends. */
  Availability(Connector probe, Consumer<Boolean> outage) {
    this.probe = probe;
    this.outageChanged = outage;
  }

  /**
   * A connection from {@code source} (the pool), or DatabaseUnavailable at once while an outage lasts. The pool
   * gives up after Database.CONNECTION_WAIT: when it could not connect, that starts an outage; when every connection
   * was merely in use (load, not a fault), the wait goes on, up to {@link #BUSY_WAIT} in all.
   */
  public Connection connect(Connector source) throws SQLException {
    long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
    while (true) {
      probeDuringOutage();
      try {
        return source.connect();
      } catch (SQLException e) {
        boolean poolBusy = e instanceof SQLTransientConnectionException && e.getCause() == null;
        if (poolBusy && System.nanoTime() < deadline) continue;   // the pool waited; every connection was in use
        var unavailable = DatabaseUnavailable.in(e);
        if (unavailable.isEmpty()) throw e;
        // failing to connect is proof enough
        if (unavailable.get().reason() == DatabaseUnavailable.Reason.UNREACHABLE) startOutage(unavailable.get());
        throw unavailable.get();
      }
    }
  }

  /**
   * During an outage: goes on if this caller's probe finds the database back, else throws the outage's
   * DatabaseUnavailable (at once when another caller is probing).
   */
  public void probeDuringOutage() {
    var current = outage.get();
    if (current == null) return;
    if (probing.compareAndSet(false, true)) {
      try {
        if (answers()) {
          endOutage(current);
          return;
        }
      } finally {
        probing.set(false);
      }
    }
    refuse(current);
  }

  /** During an outage: throws its DatabaseUnavailable, without probing (the caller has just had its chance). */
  public void refuseDuringOutage() {
    var current = outage.get();
    if (current != null) refuse(current);
  }

  private static void refuse(Outage current) {
    current.refused().incrementAndGet();
    throw current.refusal();
  }

  /**
   * What a failed statement says about the database: a broken connection starts an outage unless the probe finds
   * the database answering (one connection broke: a restart since, or a killed backend); a refused write is logged
   * (once per episode). Returns the DatabaseUnavailable to answer with, if that is what the failure was.
   */
  public Optional<DatabaseUnavailable> report(Throwable failure) {
    var unavailable = DatabaseUnavailable.in(failure);
    unavailable.ifPresent(e -> {
      switch (e.reason()) {
        case UNREACHABLE -> {
          if (outage.get() == null && !answersUnlessProbing()) startOutage(e);
        }
        case READ_ONLY, FULL, STORAGE_FAILING -> writeRefused(e);
        case BUSY -> { }   // load, not a fault: the client is told to retry
      }
    });
    return unavailable;
  }

  /** The probe's verdict; true (no news) when another caller is probing already. */
  private boolean answersUnlessProbing() {
    if (!probing.compareAndSet(false, true)) return true;
    try {
      return answers();
    } finally {
      probing.set(false);
    }
  }

  private void startOutage(DatabaseUnavailable cause) {
    if (outage.get() == null && outage.compareAndSet(null, new Outage(System.nanoTime(), cause, new AtomicLong()))) {
      log.warn("database unreachable: {}; answering 503 until it is back", cause.getMessage());
      outageChanged.accept(true);
    }
  }

  private boolean answers() {
    try (Connection connection = probe.connect()) {
      return connection.isValid(1);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private void endOutage(Outage ended) {
    if (!outage.compareAndSet(ended, null)) return;
    outageChanged.accept(false);
    long seconds = Math.round((System.nanoTime() - ended.startedNanos()) / 1e9);
    log.info("database reachable again after {} s ({} uses refused meanwhile)", seconds, ended.refused().get());
  }

  private void writeRefused(DatabaseUnavailable e) {
    long now = System.nanoTime();
    long previous = lastWriteRefusal.getAndSet(now);
    if (previous == 0 || now - previous > QUIET.toNanos()) {
      log.warn("database refuses writes ({}): {}; such requests are refused until it accepts them again",
          e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), e.getMessage());
    }
  }
}
